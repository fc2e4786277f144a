//! The background jobs page.

use maud::{Markup, html};

use super::layout;
use crate::db::cities::City;
use crate::db::jobs::JobRun;
use crate::i18n::Arg;
use crate::web::Ctx;

/// Every job, with its last run.
pub fn page(ctx: &Ctx, city: &City, known: &[&'static str], runs: &[JobRun]) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("jobs-title"),
        &html! {
            h1 { (lang.t("jobs-title")) }
            p { (lang.t("jobs-intro")) }
            table {
                thead { tr {
                    th scope="col" { (lang.t("jobs-job")) }
                    th scope="col" { (lang.t("jobs-last-run")) }
                    th scope="col" { (lang.t("jobs-outcome")) }
                } }
                tbody {
                    @for name in known {
                        @let run = runs.iter().find(|r| r.name == *name);
                        tr {
                            th scope="row" { (lang.t(&format!("job-{name}"))) }
                            td { @if let Some(at) = run.and_then(|r| r.last_started_at) { (lang.datetime(at)) } @else { "—" } }
                            td {
                                @match run {
                                    Some(run) if run.failures > 0 => {
                                        strong.error { (lang.t_args("jobs-failed", &[
                                            ("count", Arg::Num(run.failures.into())),
                                            ("next", Arg::Str(lang.datetime(run.next_run_at))),
                                        ])) }
                                        @if let Some(error) = &run.last_error { br; code { (error) } }
                                    }
                                    Some(run) => (lang.t_args("jobs-done", &[("count", Arg::Num(run.last_count.into()))])),
                                    None => (lang.t("jobs-never")),
                                }
                            }
                        }
                    }
                }
            }
            p { a href=(format!("/cities/{}", city.slug)) { (city.name) } }
        },
    )
}

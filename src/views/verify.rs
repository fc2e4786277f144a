//! The verification page.

use maud::{Markup, html};

use super::{components, layout};
use crate::db::versions::Found;
use crate::error::Message;
use crate::i18n::Arg;
use crate::web::Ctx;

/// The form, and what a fingerprint matches.
pub fn page(ctx: &Ctx, asked: &str, found: Option<&[Found]>, error: Option<&Message>) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("check-title"),
        &html! {
            h1 { (lang.t("check-title")) }
            p { (lang.t("check-intro")) }
            form.stack method="get" action="/verify" {
                div.field {
                    label for="f-hash" { (lang.t("check-hash")) }
                    p.hint #f-hash-hint { (lang.t("check-hash-hint")) }
                    input #f-hash type="text" name="hash" value=(asked) autocomplete="off" spellcheck="false"
                        aria-describedby="f-hash-hint" aria-invalid=[error.map(|_| "true")];
                    @if let Some(error) = error { p.field-error role="alert" { (error.render(lang)) } }
                }
                button type="submit" { (lang.t("check-submit")) }
            }
            @if let Some(found) = found {
                section.verify-result aria-live="polite" {
                    @if found.is_empty() {
                        p.notice role="status" { (lang.t("check-none")) }
                    }
                    @for f in found {
                        article.found {
                            h2 { a href=(format!("/cities/{}/pacts/{}", f.city.0, f.number)) { (f.number) " — " (f.title) } }
                            p { (f.city.1) }
                            p { (lang.t_args("check-version", &[
                                ("version", Arg::Num(f.version.into())),
                                ("versions", Arg::Num(f.versions)),
                                ("date", Arg::Str(lang.date(f.created_at.date()))),
                            ])) }
                            p { (lang.t("check-status")) " " (components::status(lang, f.status)) }
                            p { (lang.t("pact-sha256")) " " code.hash { (f.sha256) } }
                        }
                    }
                }
            }
        },
    )
}

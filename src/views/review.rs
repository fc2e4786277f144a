//! The officers' inbox of proposals.

use maud::{Markup, html};

use super::{forms, layout};
use crate::db::cities::{City, District};
use crate::db::review::{INBOX_STATUSES, InboxItem};
use crate::domain::lifecycle::ReviewClock;
use crate::domain::vocab::Vocabulary;
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;

/// The filters as typed, to show them again.
pub struct InboxEcho {
    /// Status name.
    pub status: String,
    /// District slug.
    pub district: String,
    /// `overdue` or `week`.
    pub deadline: String,
}

/// The review clock, in words.
pub fn clock(lang: Lang, clock: &ReviewClock) -> String {
    match clock {
        ReviewClock::Running { due, days_left } if *days_left < 0 => lang.t_args(
            "clock-late",
            &[
                ("count", Arg::Num(-days_left)),
                ("due", Arg::Str(lang.date(*due))),
            ],
        ),
        ReviewClock::Running { due, days_left } => lang.t_args(
            "clock-left",
            &[
                ("count", Arg::Num(*days_left)),
                ("due", Arg::Str(lang.date(*due))),
            ],
        ),
        ReviewClock::Paused { days_left } => {
            lang.t_args("clock-paused", &[("count", Arg::Num(*days_left))])
        }
        ReviewClock::Stopped => String::new(),
        ReviewClock::Unknown => lang.t("clock-unknown"),
    }
}

/// The inbox: filters, the proposals with their clock, bulk actions.
pub fn inbox(
    ctx: &Ctx,
    city: &City,
    items: &[InboxItem],
    districts: &[District],
    echo: &InboxEcho,
    done: Option<u32>,
    failed: Option<u32>,
) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("inbox-title"),
        &html! {
            h1 { (lang.t("inbox-title")) " — " (city.name) }
            @if let Some(done) = done {
                p.notice role="status" {
                    (lang.t_args("inbox-bulk-result", &[("done", Arg::Num(done.into())), ("failed", Arg::Num(failed.unwrap_or(0).into()))]))
                }
            }
            form.filters method="get" action=(format!("/admin/{}/proposals", city.slug)) {
                div.field {
                    label for="status" { (lang.t("filter-status")) }
                    select #status name="status" {
                        option value="" { (lang.t("filter-any")) }
                        @for status in INBOX_STATUSES {
                            option value=(status.name()) selected[echo.status == status.name()] { (lang.label(status)) }
                        }
                    }
                }
                div.field {
                    label for="district" { (lang.t("filter-district")) }
                    select #district name="district" {
                        option value="" { (lang.t("filter-any")) }
                        @for district in districts {
                            option value=(district.slug) selected[echo.district == district.slug] { (district.name) }
                        }
                    }
                }
                div.field {
                    label for="deadline" { (lang.t("inbox-deadline")) }
                    select #deadline name="deadline" {
                        option value="" { (lang.t("filter-any")) }
                        option value="week" selected[echo.deadline == "week"] { (lang.t("inbox-deadline-week")) }
                        option value="overdue" selected[echo.deadline == "overdue"] { (lang.t("inbox-deadline-overdue")) }
                    }
                }
                div.actions { button type="submit" { (lang.t("filter-apply")) } }
            }
            p.count role="status" { (lang.t_args("registry-count", &[("count", Arg::Num(i64::try_from(items.len()).unwrap_or(0)))])) }
            form method="post" action=(format!("/admin/{}/proposals/bulk", city.slug)) {
                (forms::csrf(ctx))
                table.staff {
                    caption.visually-hidden { (lang.t("inbox-title")) }
                    thead { tr {
                        th scope="col" { span.visually-hidden { (lang.t("inbox-select")) } }
                        th scope="col" { (lang.t("pact-number")) }
                        th scope="col" { (lang.t("proposal-title")) }
                        th scope="col" { (lang.t("filter-status")) }
                        th scope="col" { (lang.t("filter-district")) }
                        th scope="col" { (lang.t("inbox-clock")) }
                        th scope="col" { (lang.t("inbox-assigned")) }
                    } }
                    tbody {
                        @for item in items {
                            tr {
                                td {
                                    input type="checkbox" name="number" value=(item.number) id=(format!("n-{}", item.number))
                                        aria-label=(lang.t_args("inbox-select-one", &[("number", Arg::Str(item.number.clone()))]));
                                }
                                td { (item.number) }
                                td { a href=(format!("/cities/{}/pacts/{}", city.slug, item.number)) { (item.title) } }
                                td { (lang.label(item.lifecycle.status)) }
                                td { (item.district.clone().unwrap_or_default()) }
                                td { (clock(lang, &item.clock)) }
                                td { (item.assigned.clone().unwrap_or_default()) }
                            }
                        }
                    }
                }
                fieldset.field {
                    legend { (lang.t("inbox-bulk")) }
                    div.field {
                        label for="f-action" { (lang.t("inbox-action")) }
                        select #f-action name="action" {
                            @for kind in ["start_review", "request_documents", "publish_for_comments", "start_co_design", "reject"] {
                                option value=(kind) { (lang.t(&format!("do-{kind}"))) }
                            }
                        }
                    }
                    div.field {
                        label for="f-reason" { (lang.t("inbox-reason")) }
                        p.hint { (lang.t("inbox-reason-hint")) }
                        textarea #f-reason name="reason" rows="3" {}
                    }
                    button type="submit" { (lang.t("inbox-apply")) }
                }
            }
        },
    )
}

//! The officer's dashboard.

use maud::{Markup, html};

use super::layout;
use crate::db::dashboard::List;
use crate::db::imports::ToComplete;
use crate::domain::import::Gap;
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::dashboard::Dashboard;

/// The page: one section per thing needing attention.
pub fn page(ctx: &Ctx, d: &Dashboard) -> Markup {
    let lang = ctx.lang;
    let slug = &d.city.slug;
    let (waiting, pending) = &d.awaiting_signatures;
    layout::page(
        ctx,
        &lang.t("dashboard-title"),
        &html! {
            h1 { (lang.t("dashboard-title")) " — " (d.city.name) }
            (section(ctx, slug, "dashboard-ending", &lang.t_args("dashboard-ending", &[("days", Arg::Num(d.horizon_days.into()))]), &d.ending))
            (section(ctx, slug, "dashboard-renewals", &lang.t("dashboard-renewals"), &d.renewals_waiting))
            (section(ctx, slug, "dashboard-review", &lang.t("dashboard-review"), &d.review_due))
            p { a href=(format!("/admin/{slug}/proposals?deadline=week")) { (lang.t("dashboard-inbox")) } }
            (section(ctx, slug, "dashboard-approval", &lang.t("dashboard-approval"), &d.awaiting_approval))
            (section(ctx, slug, "dashboard-signatures", &lang.t_args("dashboard-signatures", &[("pending", Arg::Num(*pending))]), waiting))
            (section(ctx, slug, "dashboard-suspended", &lang.t("dashboard-suspended"), &d.suspended))
            (section(ctx, slug, "dashboard-reports-waiting", &lang.t("dashboard-reports-waiting"), &d.reports_waiting))
            (section(ctx, slug, "dashboard-reports-overdue", &lang.t("dashboard-reports-overdue"), &d.reports_overdue))
            (section(ctx, slug, "dashboard-seal", &lang.t("dashboard-seal"), &d.sealing_failed))
            (imported(ctx, slug, &d.imported))
        },
    )
}

/// The worklist of imported pacts with fields to complete (shown once a
/// city has imported some).
fn imported(ctx: &Ctx, slug: &str, (items, total): &(Vec<ToComplete>, usize)) -> Markup {
    let lang = ctx.lang;
    let total = i64::try_from(*total).unwrap_or(i64::MAX);
    html! {
        @if total > 0 {
            section aria-labelledby="dashboard-imported" {
                h2 #dashboard-imported { (lang.t("dashboard-imported")) " " span.count { "(" (lang.number(total)) ")" } }
                p.hint { (lang.t("dashboard-imported-hint")) }
                ul {
                    @for item in items {
                        li {
                            a href=(format!("/cities/{slug}/pacts/{}", item.number)) { (item.number) " — " (item.title) }
                            " · " (lang.label(item.status))
                            " · " (gaps(lang, &item.gaps))
                            " · " a href=(format!("/admin/{slug}/pacts/{}/complete", item.number)) { (lang.t("import-complete")) }
                        }
                    }
                }
                @if total > i64::try_from(items.len()).unwrap_or(0) {
                    p.hint { (lang.t_args("dashboard-more", &[("count", Arg::Num(total - i64::try_from(items.len()).unwrap_or(0)))])) }
                }
            }
        }
    }
}

/// Missing fields, named in the reader's language.
pub fn gaps(lang: Lang, gaps: &[Gap]) -> String {
    gaps.iter()
        .map(|g| lang.t(&format!("gap-{}", g.name())))
        .collect::<Vec<_>>()
        .join(", ")
}

fn section(ctx: &Ctx, slug: &str, id: &str, title: &str, list: &List) -> Markup {
    let lang = ctx.lang;
    html! {
        section aria-labelledby=(id) {
            h2 id=(id) { (title) " " span.count { "(" (lang.number(list.count)) ")" } }
            @if list.lines.is_empty() {
                p.hint { (lang.t("dashboard-none")) }
            } @else {
                ul {
                    @for line in &list.lines {
                        li {
                            a href=(format!("/cities/{slug}/pacts/{}", line.number)) { (line.number) " — " (line.title) }
                            @if let Some(date) = line.date { " · " (lang.date(date)) }
                        }
                    }
                }
                @if list.count > i64::try_from(list.lines.len()).unwrap_or(0) {
                    p.hint { (lang.t_args("dashboard-more", &[("count", Arg::Num(list.count - i64::try_from(list.lines.len()).unwrap_or(0)))])) }
                }
            }
        }
    }
}

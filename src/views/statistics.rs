//! The statistics page: figures, and bar charts drawn as SVG by Pacta,
//! each with its numbers in a table beside it (for screen readers, and
//! for those who prefer numbers).

use maud::{Markup, html};

use super::{components, layout};
use crate::domain::vocab::Vocabulary;
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::statistics::StatisticsData;

const WIDTH: f64 = 640.0;
const LABEL: f64 = 220.0;
const ROW: f64 = 26.0;

/// A horizontal bar chart of `rows` (label, value), with its table.
fn chart(lang: Lang, id: &str, title: &str, rows: &[(String, i64)]) -> Markup {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let height = ROW * f64::from(u32::try_from(rows.len()).unwrap_or(0)) + 8.0;
    let bar = |value: i64| {
        let value = f64::from(u32::try_from(value).unwrap_or(0));
        let max = f64::from(u32::try_from(max).unwrap_or(1));
        ((WIDTH - LABEL - 60.0) * value / max).round()
    };
    html! {
        section.chart aria-labelledby=(id) {
            h2 id=(id) { (title) }
            @if rows.is_empty() {
                p.hint { (lang.t("statistics-none")) }
            } @else {
                svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-labelledby=(id) {
                    @for (i, (label, value)) in rows.iter().enumerate() {
                        @let y = ROW * f64::from(u32::try_from(i).unwrap_or(0)) + 4.0;
                        text x=(LABEL - 8.0) y=(y + 16.0) text-anchor="end" { (label) }
                        rect x=(LABEL) y=(y) width=(bar(*value)) height=(ROW - 8.0) {}
                        text.value x=(LABEL + bar(*value) + 6.0) y=(y + 16.0) { (lang.number(*value)) }
                    }
                }
                table.numbers {
                    caption { (title) }
                    tbody {
                        @for (label, value) in rows {
                            tr { th scope="row" { (label) } td { (lang.number(*value)) } }
                        }
                    }
                }
            }
        }
    }
}

fn labelled<V: Vocabulary>(
    lang: Lang,
    counts: &[crate::db::registry::Count<V>],
) -> Vec<(String, i64)> {
    counts
        .iter()
        .map(|c| (lang.label(c.value), c.count))
        .collect()
}

/// `/statistics` and `/cities/{city}/statistics`.
pub fn page(ctx: &Ctx, data: &StatisticsData) -> Markup {
    let lang = ctx.lang;
    let s = &data.statistics;
    let f = &s.facets;
    let title = match &data.city {
        Some(city) => lang.t_args(
            "statistics-city-title",
            &[("city", Arg::Str(city.name.clone()))],
        ),
        None => lang.t("statistics-title"),
    };
    let days = |value: Option<f64>| match value {
        Some(days) => lang.t_args(
            "statistics-days",
            &[("days", Arg::Str(format!("{days:.1}")))],
        ),
        None => lang.t("statistics-unknown"),
    };
    let places = |places: &[crate::db::registry::Place]| -> Vec<(String, i64)> {
        places.iter().map(|p| (p.name.clone(), p.count)).collect()
    };
    let years: Vec<(String, i64)> = s
        .signed_by_year
        .iter()
        .map(|(y, n)| (y.to_string(), *n))
        .collect();
    layout::page(
        ctx,
        &title,
        &html! {
            h1 { (title) }
            @if !data.current {
                p.hint role="status" { (lang.t("statistics-updating")) }
            }
            nav.cities aria-label=(lang.t("statistics-cities")) {
                ul {
                    li { a href="/statistics" aria-current=[data.city.is_none().then_some("page")] { (lang.t("statistics-everywhere")) } }
                    @for city in &data.cities {
                        li { a href=(format!("/cities/{}/statistics", city.slug)) aria-current=[data.city.as_ref().is_some_and(|c| c.slug == city.slug).then_some("page")] { (city.name) } }
                    }
                }
            }
            (components::figures(lang, &s.figures))
            dl.figures {
                div { dt { (lang.t("statistics-to-signature")) } dd { (days(s.days_to_signature)) } }
                div { dt { (lang.t("statistics-to-report")) } dd { (days(s.days_to_first_report)) } }
                div { dt { (lang.t("statistics-renewed")) } dd { (lang.number(s.renewed)) } }
                div { dt { (lang.t("statistics-expired")) } dd { (lang.number(s.expired)) } }
            }
            (chart(lang, "by-status", &lang.t("statistics-by-status"), &labelled(lang, &f.status)))
            (chart(lang, "by-year", &lang.t("statistics-by-year"), &years))
            @if data.city.is_some() {
                (chart(lang, "by-district", &lang.t("statistics-by-district"), &places(&f.district)))
            } @else {
                (chart(lang, "by-city", &lang.t("statistics-by-city"), &places(&f.city)))
            }
            (chart(lang, "by-category", &lang.t("statistics-by-category"), &labelled(lang, &f.category)))
            (chart(lang, "by-party", &lang.t("statistics-by-party"), &labelled(lang, &f.party)))
            (chart(lang, "renewals", &lang.t("statistics-renewals"), &[
                (lang.t("statistics-renewed"), s.renewed),
                (lang.t("statistics-expired"), s.expired),
            ]))
            p.api { a href=(format!("/api/v1/statistics{}", data.city.as_ref().map(|c| format!("?city={}", c.slug)).unwrap_or_default())) type="application/json" { (lang.t("statistics-json")) } }
        },
    )
}

//! The registry: filters and a page of pacts.

use maud::{Markup, html};

use super::{components, layout};
use crate::db::registry::Count;
use crate::domain::filter::RegistryFilter;
use crate::domain::lifecycle::Status;
use crate::domain::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::pages::RegistryData;

/// The filter form, the results and the pagination.
pub fn page(ctx: &Ctx, data: &RegistryData) -> Markup {
    let lang = ctx.lang;
    let filter = &data.filter;
    let results = &data.results;
    layout::page(
        ctx,
        &lang.t("registry-title"),
        &html! {
            h1 { (lang.t("registry-title")) }
            form.filters method="get" action="/pacts" role="search" {
                div.field {
                    label for="q" { (lang.t("filter-q")) }
                    input #q type="search" name="q" value=[filter.q.as_deref()] maxlength="200";
                }
                div.field {
                    label for="city" { (lang.t("filter-city")) }
                    select #city name="city" {
                        option value="" { (lang.t("filter-any")) }
                        @for city in &data.cities {
                            option value=(city.slug) selected[filter.city.as_deref() == Some(city.slug.as_str())] { (city.name) }
                        }
                    }
                }
                (vocabulary_select(lang, "status", "filter-status", &Status::all(), filter.status))
                (vocabulary_select(lang, "kind", "filter-kind", &PactKind::all(), filter.kind))
                (vocabulary_select(lang, "category", "filter-category", &CommonsCategory::all(), filter.category))
                @if data.districts.is_empty() {
                    @if let Some(district) = &filter.district { input type="hidden" name="district" value=(district); }
                } @else {
                    div.field {
                        label for="district" { (lang.t("filter-district")) }
                        select #district name="district" {
                            option value="" { (lang.t("filter-any")) }
                            @for district in &data.districts {
                                option value=(district.slug) selected[filter.district.as_deref() == Some(district.slug.as_str())] { (district.name) }
                            }
                        }
                    }
                }
                (vocabulary_select(lang, "intensity", "filter-intensity", &Intensity::all(), filter.intensity))
                (vocabulary_select(lang, "party", "filter-party", &PartyKind::all(), filter.party))
                div.field {
                    label for="year" { (lang.t("filter-year")) }
                    input #year type="text" name="year" inputmode="numeric" pattern="[0-9]{4}" size="4"
                        value=[filter.year.map(|y| y.to_string())];
                }
                fieldset.field {
                    legend { (lang.t("filter-in-force")) }
                    label for="from" { (lang.t("filter-from")) }
                    input #from type="date" name="from" value=[filter.from.map(|d| d.to_string())];
                    label for="to" { (lang.t("filter-to")) }
                    input #to type="date" name="to" value=[filter.to.map(|d| d.to_string())];
                }
                div.actions {
                    button type="submit" { (lang.t("filter-apply")) }
                    a href="/pacts" { (lang.t("filter-reset")) }
                }
            }
            p.count role="status" { (lang.t_args("registry-count", &[("count", Arg::Num(results.total))])) }
            div.registry {
                @if results.total > 0 {
                    (facets(lang, data))
                }
                div.results {
                    @if results.items.is_empty() {
                        p.empty { (lang.t("registry-empty")) }
                    } @else {
                        (components::pact_list(lang, &results.items))
                    }
                }
            }
            @if results.pages > 1 {
                nav.pagination aria-label=(lang.t("pagination")) {
                    @if results.page > 1 {
                        a rel="prev" href=(page_url(data, results.page - 1)) { (lang.t("pagination-previous")) }
                    }
                    span { (lang.t_args("pagination-position", &[("page", Arg::Num(results.page.into())), ("pages", Arg::Num(results.pages.into()))])) }
                    @if results.page < results.pages {
                        a rel="next" href=(page_url(data, results.page + 1)) { (lang.t("pagination-next")) }
                    }
                }
            }
            p.api {
                a href=(format!("/api/v1{}", page_url(data, results.page))) type="application/json" { (lang.t("registry-json")) }
                " · "
                a href=(format!("/pacts/feed.atom{}", search_query(filter, 1))) type="application/atom+xml" { (lang.t("feed-search")) }
                " · "
                a href=(format!("/open-data/pacts.csv{}", search_query(filter, 1))) type="text/csv" download { (lang.t("registry-open-data")) }
                " · "
                a href=(format!("/map{}", search_query(filter, 1))) { (lang.t("registry-map")) }
            }
        },
    )
}

/// The facets: for each filter, its values among the pacts found, with
/// how many, each a link to the narrower search (the chosen value is
/// marked and links back to the wider one).
fn facets(lang: Lang, data: &RegistryData) -> Markup {
    let facets = &data.facets;
    let filter = &data.filter;
    let places =
        |key: &'static str, chosen: Option<&str>, places: &[crate::db::registry::Place]| {
            let links: Vec<Link> = places
                .iter()
                .map(|p| Link {
                    label: p.name.clone(),
                    count: p.count,
                    chosen: chosen == Some(p.slug.as_str()),
                    href: narrower(filter, key, &p.slug, chosen == Some(p.slug.as_str())),
                })
                .collect();
            links
        };
    html! {
        aside.facets aria-labelledby="facets-title" {
            h2 #facets-title { (lang.t("facets-title")) }
            (facet(lang, "filter-city", &places("city", filter.city.as_deref(), &facets.city)))
            (facet(lang, "filter-district", &places("district", filter.district.as_deref(), &facets.district)))
            (facet(lang, "filter-status", &vocabulary_links(lang, filter, "status", filter.status, &facets.status)))
            (facet(lang, "filter-kind", &vocabulary_links(lang, filter, "kind", filter.kind, &facets.kind)))
            (facet(lang, "filter-intensity", &vocabulary_links(lang, filter, "intensity", filter.intensity, &facets.intensity)))
            (facet(lang, "filter-category", &vocabulary_links(lang, filter, "category", filter.category, &facets.category)))
            (facet(lang, "filter-party", &vocabulary_links(lang, filter, "party", filter.party, &facets.party)))
        }
    }
}

/// One value of a facet, as shown.
struct Link {
    label: String,
    count: i64,
    chosen: bool,
    href: String,
}

fn facet(lang: Lang, title_key: &str, links: &[Link]) -> Markup {
    html! {
        @if !links.is_empty() {
            section.facet {
                h3 { (lang.t(title_key)) }
                ul {
                    @for link in links {
                        li {
                            a href=(link.href) aria-current=[link.chosen.then_some("true")] {
                                (link.label)
                            }
                            " "
                            span.facet-count { "(" (lang.number(link.count)) ")" }
                        }
                    }
                }
            }
        }
    }
}

fn vocabulary_links<V: Vocabulary + PartialEq>(
    lang: Lang,
    filter: &RegistryFilter,
    key: &'static str,
    chosen: Option<V>,
    counts: &[Count<V>],
) -> Vec<Link> {
    counts
        .iter()
        .map(|c| {
            let is_chosen = chosen == Some(c.value);
            Link {
                label: lang.label(c.value),
                count: c.count,
                chosen: is_chosen,
                href: narrower(filter, key, c.value.name(), is_chosen),
            }
        })
        .collect()
}

/// The search with `key` set to `value` (or, when it is the value chosen,
/// without it), from its first page.
fn narrower(filter: &RegistryFilter, key: &str, value: &str, chosen: bool) -> String {
    let mut pairs: Vec<(&str, String)> = filter
        .to_query(1)
        .into_iter()
        .filter(|(k, _)| *k != key && !(key == "city" && *k == "district"))
        .collect();
    if !chosen {
        pairs.push((key, value.to_owned()));
    }
    let query = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", super::layout::encode(&v)))
        .collect::<Vec<_>>()
        .join("&");
    if query.is_empty() {
        "/pacts".to_owned()
    } else {
        format!("/pacts?{query}")
    }
}

fn page_url(data: &RegistryData, page: u32) -> String {
    format!("/pacts{}", search_query(&data.filter, page))
}

/// The query string (`?city=…&status=…`, or nothing) that reproduces a
/// search, at `page`: for the registry's links and its feed.
pub fn search_query(filter: &RegistryFilter, page: u32) -> String {
    let query = filter
        .to_query(page)
        .into_iter()
        .map(|(k, v)| format!("{k}={}", super::layout::encode(&v)))
        .collect::<Vec<_>>()
        .join("&");
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

fn vocabulary_select<V: Vocabulary + PartialEq>(
    lang: Lang,
    name: &str,
    label_key: &str,
    values: &[V],
    selected: Option<V>,
) -> Markup {
    html! {
        div.field {
            label for=(name) { (lang.t(label_key)) }
            select id=(name) name=(name) {
                option value="" { (lang.t("filter-any")) }
                @for &value in values {
                    option value=(value.name()) selected[selected == Some(value)] { (lang.label(value)) }
                }
            }
        }
    }
}

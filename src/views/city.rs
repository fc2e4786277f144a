//! A city's page.

use maud::{Markup, html};

use super::{components, layout};
use crate::domain::lifecycle::publication_days;
use crate::domain::vocab::PactKind;
use crate::i18n::Arg;
use crate::web::Ctx;
use crate::web::pages::CityData;

/// The city, the regulation it applies, its deadlines and districts.
pub fn page(ctx: &Ctx, data: &CityData) -> Markup {
    let lang = ctx.lang;
    let city = &data.city;
    let settings = city.settings();
    layout::page(
        ctx,
        &city.name,
        &html! {
            h1 { (city.name) }
            p { (lang.t("city-regulation")) " " cite { (city.regulation_title) } " (" (city.regulation_act) ")" }
            (components::figures(lang, &data.figures))
            p {
                a.button href=(format!("/pacts?city={}", city.slug)) { (lang.t("city-see-pacts")) }
                " "
                a href=(format!("/cities/{}/feed.atom", city.slug)) type="application/atom+xml" { (lang.t("feed-city")) }
            }
            (super::calls::section(lang, &city.slug, &data.calls))
            section aria-labelledby="deadlines" {
                h2 #deadlines { (lang.t("city-deadlines")) }
                dl.facts {
                    dt { (lang.t("city-review-days")) }
                    dd { (lang.t_args("days", &[("count", Arg::Num(settings.review_days.into()))])) }
                    dt { (lang.t("city-publication-days")) }
                    dd {
                        (lang.t_args("days", &[("count", Arg::Num(publication_days(PactKind::Ordinary, &settings).into()))]))
                        " · "
                        (lang.t_args("city-publication-complex", &[("count", Arg::Num(publication_days(PactKind::Complex, &settings).into()))]))
                    }
                    dt { (lang.t("city-notice-days")) }
                    dd { (settings.expiry_notice_days.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")) }
                }
            }
            @if !data.districts.is_empty() {
                section aria-labelledby="districts" {
                    h2 #districts { (lang.t("city-districts")) }
                    ul.districts {
                        @for district in &data.districts {
                            li { a href=(format!("/pacts?city={}&district={}", city.slug, district.slug)) { (district.name) } }
                        }
                    }
                }
            }
        },
    )
}

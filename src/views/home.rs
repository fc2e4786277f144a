//! The home page.

use maud::{Markup, html};

use super::{components, layout};
use crate::web::Ctx;
use crate::web::pages::HomeData;

/// What the registry is, its figures and its cities.
pub fn page(ctx: &Ctx, data: &HomeData) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("home-title"),
        &html! {
            h1 { (lang.t("home-title")) }
            p.lead { (lang.t("home-intro")) }
            p { (lang.t("home-pacts-explained")) }
            section aria-labelledby="figures" {
                h2 #figures { (lang.t("home-figures")) }
                @if !data.current {
                    p.hint role="status" { (lang.t("statistics-updating")) }
                }
                (components::figures(lang, &data.figures))
            }
            section aria-labelledby="cities" {
                h2 #cities { (lang.t("home-cities")) }
                ul.cities {
                    @for entry in &data.cities {
                        li {
                            a href=(format!("/cities/{}", entry.city.slug)) { (entry.city.name) }
                            " — "
                            (lang.t_args("home-city-in-force", &[("count", crate::i18n::Arg::Num(entry.figures.pacts_in_force))]))
                        }
                    }
                }
            }
            p { a.button href="/pacts" { (lang.t("home-browse")) } }
        },
    )
}

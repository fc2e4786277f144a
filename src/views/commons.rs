//! A commons' public page.

use maud::{Markup, html};

use super::{components, layout};
use crate::web::Ctx;
use crate::web::pages::CommonsData;

/// The commons and every pact on it.
pub fn page(ctx: &Ctx, data: &CommonsData) -> Markup {
    let lang = ctx.lang;
    let commons = &data.commons;
    layout::page(
        ctx,
        &commons.name,
        &html! {
            nav.breadcrumb aria-label=(lang.t("breadcrumb")) {
                ol {
                    li { a href=(format!("/cities/{}", data.city.slug)) { (data.city.name) } }
                    li aria-current="page" { (commons.name) }
                }
            }
            h1 { (commons.name) }
            p.lead { (commons.description) }
            dl.facts {
                dt { (lang.t("commons-kind")) } dd { (lang.label(commons.kind)) }
                dt { (lang.t("commons-category")) } dd { (lang.label(commons.category)) }
                dt { (lang.t("commons-address")) } dd { (commons.address) }
                @if let Some(district) = &commons.district {
                    dt { (lang.t("commons-district")) } dd { (district.name) }
                }
                @if let (Some(lat), Some(lon)) = (commons.latitude, commons.longitude) {
                    dt { (lang.t("commons-coordinates")) }
                    dd { a href=(format!("geo:{lat:.6},{lon:.6}")) { (format!("{lat:.5}, {lon:.5}")) } }
                }
            }
            (super::calls::section(lang, &data.city.slug, &data.calls))
            section aria-labelledby="pacts" {
                h2 #pacts { (lang.t_args("commons-pacts", &[("count", crate::i18n::Arg::Num(i64::try_from(data.pacts.len()).unwrap_or(0)))])) }
                (components::pact_list(lang, &data.pacts))
            }
        },
    )
}

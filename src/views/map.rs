//! The map: an SVG Pacta draws from the data (districts as polygons,
//! commons as points, each a link to its page), and the same commons
//! listed below it, for keyboards, screen readers and printing.

use maud::{Markup, html};

use super::layout;
use super::registry::search_query;
use crate::domain::map::{Projection, Rings, boundary};
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::map::MapData;

const WIDTH: f64 = 800.0;
const MAX_HEIGHT: f64 = 600.0;
const PADDING: f64 = 24.0;

/// `/map`.
pub fn page(ctx: &Ctx, data: &MapData) -> Markup {
    let lang = ctx.lang;
    let rings: Vec<(String, Rings)> = data
        .areas
        .iter()
        .filter_map(|a| boundary(&a.boundary).map(|r| (a.name.clone(), r)))
        .collect();
    let mut extent: Vec<(f64, f64)> = data
        .points
        .iter()
        .map(|p| (p.longitude, p.latitude))
        .collect();
    if extent.is_empty() || data.filter.city.is_some() {
        extent.extend(rings.iter().flat_map(|(_, r)| r.iter().flatten().copied()));
    }
    let projection = Projection::fit(&extent, WIDTH, MAX_HEIGHT, PADDING);
    let query = search_query(&data.filter, 1);
    layout::page(
        ctx,
        &lang.t("map-title"),
        &html! {
            h1 { (lang.t("map-title")) }
            p {
                (lang.t_args("map-count", &[("count", Arg::Num(i64::try_from(data.points.len()).unwrap_or(0)))]))
                @if data.unplaced > 0 { " " (lang.t_args("map-unplaced", &[("count", Arg::Num(data.unplaced))])) }
            }
            p { a href=(format!("/pacts{query}")) { (lang.t("map-registry")) } }
            figure.map {
                svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {}", projection.height))
                    role="group" aria-labelledby="map-caption" {
                    @if let Some(template) = &data.tiles {
                        g.tiles aria-hidden="true" {
                            @for tile in projection.tiles(template) {
                                image href=(tile.href) x=(tile.x) y=(tile.y) width=(tile.size) height=(tile.size) {}
                            }
                        }
                    }
                    g.districts {
                        @for (name, rings) in &rings {
                            g.district {
                                title { (name) }
                                @for ring in rings {
                                    polygon points=(projection.polygon(ring)) {}
                                }
                            }
                        }
                    }
                    g.commons {
                        @for point in &data.points {
                            @let (x, y) = projection.project((point.longitude, point.latitude));
                            a href=(format!("/cities/{}/commons/{}", point.city, point.slug)) {
                                title { (point.name) " — " (pacts(lang, point.pacts)) }
                                circle cx=(x) cy=(y) r=(radius(point.pacts)) {}
                            }
                        }
                    }
                }
                figcaption #map-caption {
                    (lang.t("map-caption"))
                    @if !data.attribution.is_empty() { " " small { (data.attribution) } }
                }
            }
            @if !data.points.is_empty() {
                h2 { (lang.t("map-list")) }
                ul.map-list {
                    @for point in &data.points {
                        li { a href=(format!("/cities/{}/commons/{}", point.city, point.slug)) { (point.name) } " — " (pacts(lang, point.pacts)) }
                    }
                }
            }
        },
    )
}

fn pacts(lang: Lang, count: i64) -> String {
    lang.t_args("map-pacts", &[("count", Arg::Num(count))])
}

/// Points grow with the pacts on a commons, gently.
fn radius(pacts: i64) -> f64 {
    let pacts = u32::try_from(pacts.clamp(1, 100)).unwrap_or(1);
    (5.0 + 2.0 * f64::from(pacts).sqrt()).round()
}

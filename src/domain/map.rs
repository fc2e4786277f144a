//! The map Pacta draws itself, with no tile server required: district
//! boundaries (GeoJSON polygons) and commons (points) projected in Web
//! Mercator onto an SVG view box fitted to what is shown; optional tiles
//! from a configured server are placed behind at the matching zoom.

use std::f64::consts::PI;

/// A point, longitude and latitude in degrees.
pub type LonLat = (f64, f64);

/// A boundary: its rings.
pub type Rings = Vec<Vec<LonLat>>;

/// The rings of a district's boundary, from a GeoJSON `Polygon` or
/// `MultiPolygon`, a `Feature` holding one, or a `FeatureCollection` of
/// such features (as GIS tools export a single shape); `None` when it is
/// none of these, or a point is not a longitude and latitude.
pub fn boundary(geojson: &str) -> Option<Rings> {
    let value: serde_json::Value = serde_json::from_str(geojson).ok()?;
    let geometries: Vec<&serde_json::Value> = match value["type"].as_str()? {
        "FeatureCollection" => value["features"]
            .as_array()?
            .iter()
            .map(|f| &f["geometry"])
            .collect(),
        "Feature" => vec![&value["geometry"]],
        _ => vec![&value],
    };
    let mut rings = Vec::new();
    for geometry in geometries {
        rings.extend(geometry_rings(geometry)?);
    }
    (!rings.is_empty()).then_some(rings)
}

/// The rings of a `Polygon` or `MultiPolygon` geometry.
fn geometry_rings(geometry: &serde_json::Value) -> Option<Rings> {
    let ring = |ring: &serde_json::Value| -> Option<Vec<LonLat>> {
        let points: Option<Vec<LonLat>> = ring
            .as_array()?
            .iter()
            .map(|p| {
                let lon = p.get(0)?.as_f64()?;
                let lat = p.get(1)?.as_f64()?;
                ((-180.0..=180.0).contains(&lon) && (-85.0..=85.0).contains(&lat))
                    .then_some((lon, lat))
            })
            .collect();
        points.filter(|p| p.len() >= 3)
    };
    let polygons: Vec<&serde_json::Value> = match geometry["type"].as_str()? {
        "Polygon" => vec![&geometry["coordinates"]],
        "MultiPolygon" => geometry["coordinates"].as_array()?.iter().collect(),
        _ => return None,
    };
    let mut rings = Vec::new();
    for polygon in polygons {
        for r in polygon.as_array()? {
            rings.push(ring(r)?);
        }
    }
    (!rings.is_empty()).then_some(rings)
}

/// Web Mercator, the world as the unit square (x east, y south).
fn mercator((lon, lat): LonLat) -> (f64, f64) {
    let x = (lon + 180.0) / 360.0;
    let phi = lat.to_radians();
    let y = (1.0 - (phi.tan() + 1.0 / phi.cos()).ln() / PI) / 2.0;
    (x, y)
}

/// How world coordinates become SVG ones.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// World x at the view's left edge (padding included).
    pub x0: f64,
    /// World y at the view's top edge.
    pub y0: f64,
    /// SVG units per world unit.
    pub scale: f64,
    /// View width.
    pub width: f64,
    /// View height.
    pub height: f64,
}

impl Projection {
    /// The projection that fits `points` in a view `width` wide (height
    /// following, at most `max_height`), with `padding` around; a single
    /// point or none gets a neighbourhood of about a kilometre.
    pub fn fit(points: &[LonLat], width: f64, max_height: f64, padding: f64) -> Projection {
        let projected: Vec<(f64, f64)> = points.iter().copied().map(mercator).collect();
        let (mut min_x, mut min_y, mut max_x, mut max_y) = projected
            .iter()
            .fold((1.0f64, 1.0f64, 0.0f64, 0.0f64), |(a, b, c, d), (x, y)| {
                (a.min(*x), b.min(*y), c.max(*x), d.max(*y))
            });
        if projected.is_empty() {
            (min_x, min_y, max_x, max_y) = (0.0, 0.0, 1.0, 1.0);
        }
        let least = 2.5e-5; // about a kilometre at mid latitudes
        let (cx, cy) = (f64::midpoint(min_x, max_x), f64::midpoint(min_y, max_y));
        let span_x = (max_x - min_x).max(least);
        let span_y = (max_y - min_y).max(least);
        let inner_w = width - 2.0 * padding;
        let inner_h = max_height - 2.0 * padding;
        let scale = (inner_w / span_x).min(inner_h / span_y);
        let height = (span_y * scale + 2.0 * padding).min(max_height);
        Projection {
            x0: cx - width / scale / 2.0,
            y0: cy - height / scale / 2.0,
            scale,
            width,
            height,
        }
    }

    /// A point in SVG coordinates, rounded to a tenth.
    pub fn project(&self, point: LonLat) -> (f64, f64) {
        let (x, y) = mercator(point);
        let round = |v: f64| (v * 10.0).round() / 10.0;
        (
            round((x - self.x0) * self.scale),
            round((y - self.y0) * self.scale),
        )
    }

    /// A ring as the `points` of an SVG polygon.
    pub fn polygon(&self, ring: &[LonLat]) -> String {
        ring.iter()
            .map(|p| {
                let (x, y) = self.project(*p);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The tiles of a `{z}/{x}/{y}` URL template that cover the view, at
    /// the zoom whose tiles are closest to 256 units wide.
    pub fn tiles(&self, template: &str) -> Vec<Tile> {
        let zoom = (self.scale / 256.0).log2().round().clamp(0.0, 19.0);
        let count = 2f64.powf(zoom);
        let size = self.scale / count;
        let first_x = (self.x0 * count).floor().max(0.0);
        let first_y = (self.y0 * count).floor().max(0.0);
        let last_x = ((self.x0 + self.width / self.scale) * count)
            .floor()
            .min(count - 1.0);
        let last_y = ((self.y0 + self.height / self.scale) * count)
            .floor()
            .min(count - 1.0);
        let mut tiles = Vec::new();
        let mut ty = first_y;
        while ty <= last_y && tiles.len() < 64 {
            let mut tx = first_x;
            while tx <= last_x && tiles.len() < 64 {
                // Whole numbers, in range: the casts are exact.
                #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let (z, x, y) = (zoom as u32, tx as u32, ty as u32);
                tiles.push(Tile {
                    href: template
                        .replace("{z}", &z.to_string())
                        .replace("{x}", &x.to_string())
                        .replace("{y}", &y.to_string()),
                    x: (tx / count - self.x0) * self.scale,
                    y: (ty / count - self.y0) * self.scale,
                    size,
                });
                tx += 1.0;
            }
            ty += 1.0;
        }
        tiles
    }
}

/// A map tile placed in the view.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// Its URL.
    pub href: String,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width and height.
    pub size: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_multipolygons_and_features_are_read_and_nonsense_refused() {
        let square =
            r#"{"type":"Polygon","coordinates":[[[6.6,46.7],[6.7,46.7],[6.7,46.8],[6.6,46.7]]]}"#;
        assert_eq!(boundary(square).map(|r| r.len()), Some(1));
        let multi = r#"{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}}"#;
        assert_eq!(boundary(multi).map(|r| r.len()), Some(2));
        let collection = format!(
            r#"{{"type":"FeatureCollection","features":[{multi},{{"type":"Feature","geometry":{square}}}]}}"#
        );
        assert_eq!(boundary(&collection).map(|r| r.len()), Some(3));
        for bad in [
            "",
            "{}",
            r#"{"type":"FeatureCollection","features":[]}"#,
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}}]}"#,
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1]],"x"]}"#,
            r#"{"type":"Point","coordinates":[1,2]}"#,
            r#"{"type":"Polygon","coordinates":[[[0,0],[500,0],[1,1]]]}"#,
        ] {
            assert_eq!(boundary(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_view_fits_every_point_inside_its_padding() {
        let points = [(6.63, 46.77), (6.65, 46.79), (6.64, 46.78)];
        let projection = Projection::fit(&points, 800.0, 600.0, 20.0);
        assert!(projection.height <= 600.0);
        for point in points {
            let (x, y) = projection.project(point);
            assert!((19.0..=781.0).contains(&x), "{x}");
            assert!((19.0..=projection.height - 19.0).contains(&y), "{y}");
        }
        // North is up, east is right.
        let (west, north) = projection.project((6.63, 46.79));
        let (east, south) = projection.project((6.65, 46.77));
        assert!(west < east && north < south);
    }

    #[test]
    fn tiles_cover_the_view_at_a_fitting_zoom() {
        let projection = Projection::fit(&[(6.63, 46.77), (6.65, 46.79)], 800.0, 600.0, 20.0);
        let tiles = projection.tiles("https://tiles.example/{z}/{x}/{y}.png");
        assert!(!tiles.is_empty() && tiles.len() <= 64);
        assert!(
            tiles[0].href.starts_with("https://tiles.example/1"),
            "{}",
            tiles[0].href
        );
        assert!(tiles.iter().all(|t| (128.0..=512.0).contains(&t.size)));
        assert!(
            tiles.iter().any(|t| t.x <= 0.0 && t.y <= 0.0),
            "the top left corner is covered"
        );
    }
}

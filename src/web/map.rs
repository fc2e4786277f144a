//! The map page: the commons of the pacts a search finds, drawn by Pacta
//! as SVG over the districts' boundaries (tiles behind only when a tile
//! server is configured).

use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::extract::Ctx;
use crate::app::AppState;
use crate::db;
use crate::domain::filter::{RawFilter, RegistryFilter};
use crate::error::AppError;
use crate::views;

/// What the map page shows.
#[derive(Debug)]
pub struct MapData {
    /// The search.
    pub filter: RegistryFilter,
    /// The commons placed.
    pub points: Vec<db::map::Point>,
    /// How many commons found have no coordinates.
    pub unplaced: i64,
    /// District boundaries of the cities shown.
    pub areas: Vec<db::map::Area>,
    /// Tile URL template, if configured.
    pub tiles: Option<String>,
    /// The tiles' credit.
    pub attribution: String,
}

/// `GET /map?<registry filters>`.
pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(raw): Query<RawFilter>,
) -> Result<Response, AppError> {
    let filter = RegistryFilter::parse(&raw)?;
    let tiles = state.config.map_tiles.clone();
    let attribution = state.config.map_attribution.clone();
    let data = state
        .db(move |conn| {
            let (points, unplaced) = db::map::points(conn, &filter)?;
            let mut cities: Vec<String> = match &filter.city {
                Some(city) => vec![city.clone()],
                None => points.iter().map(|p| p.city.clone()).collect(),
            };
            cities.sort();
            cities.dedup();
            let areas = db::map::areas(conn, &cities)?;
            Ok(MapData {
                filter,
                points,
                unplaced,
                areas,
                tiles,
                attribution,
            })
        })
        .await?;
    let tile_origin = data.tiles.as_deref().and_then(origin);
    let mut response = views::map::page(&ctx, &data).into_response();
    if let Some(origin) = tile_origin {
        // The page's images may come from the tile server too.
        let policy = format!(
            "default-src 'self'; img-src 'self' data: {origin}; style-src 'self'; \
             script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
             frame-ancestors 'none'"
        );
        if let Ok(value) = HeaderValue::from_str(&policy) {
            response
                .headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    Ok(response)
}

/// The scheme and host of a URL template.
fn origin(template: &str) -> Option<String> {
    let (scheme, rest) = template.split_once("://")?;
    let host = rest.split('/').next()?;
    let safe = host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'{' | b'}'));
    (matches!(scheme, "http" | "https") && safe && !host.is_empty())
        .then(|| format!("{scheme}://{}", host.replace("{s}", "*")))
}

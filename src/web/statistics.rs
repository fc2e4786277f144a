//! The public statistics, for the whole installation and per city, as a
//! page with charts Pacta draws (SVG) and as JSON.

use axum::Json;
use axum::extract::{Query, State};
use maud::Markup;
use serde::{Deserialize, Serialize};

use super::extract::{Ctx, Path};
use crate::app::AppState;
use crate::db;
use crate::db::statistics::Statistics;
use crate::domain::filter::is_slug;
use crate::error::AppError;
use crate::views;

/// What the statistics page shows.
#[derive(Debug, Serialize)]
pub struct StatisticsData {
    /// The city, when one is chosen.
    pub city: Option<db::pacts::CityRef>,
    /// Its statistics (or every city's).
    #[serde(flatten)]
    pub statistics: Statistics,
    /// Every city, for the page's links.
    #[serde(skip)]
    pub cities: Vec<db::pacts::CityRef>,
}

async fn load(state: &AppState, slug: Option<String>) -> Result<StatisticsData, AppError> {
    if slug.as_deref().is_some_and(|s| !is_slug(s)) {
        return Err(AppError::NotFound);
    }
    let index = std::sync::Arc::clone(&state.registry);
    state
        .db(move |conn| {
            let cities: Vec<db::pacts::CityRef> = db::cities::list(conn)?
                .into_iter()
                .map(|c| db::pacts::CityRef {
                    slug: c.slug,
                    name: c.name,
                })
                .collect();
            let city = match &slug {
                Some(slug) => Some(db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?),
                None => None,
            };
            // Computed once per state of the registry: every write to it
            // starts a new one.
            let key = format!("statistics {slug:?}");
            let statistics = index.memo(conn, &key, |conn, index| {
                db::statistics::compute(conn, index, city.as_ref().map(|c| (c.id, c.slug.as_str())))
            })?;
            let statistics = Statistics::clone(&statistics);
            Ok(StatisticsData {
                city: city.map(|c| db::pacts::CityRef {
                    slug: c.slug,
                    name: c.name,
                }),
                statistics,
                cities,
            })
        })
        .await
}

/// `GET /statistics`.
pub async fn all(State(state): State<AppState>, ctx: Ctx) -> Result<Markup, AppError> {
    Ok(views::statistics::page(&ctx, &load(&state, None).await?))
}

/// `GET /cities/{city}/statistics`.
pub async fn city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Markup, AppError> {
    Ok(views::statistics::page(
        &ctx,
        &load(&state, Some(slug)).await?,
    ))
}

/// The API's choice of city.
#[derive(Debug, Deserialize)]
pub struct Which {
    /// A city's slug; every city without it.
    pub city: Option<String>,
}

/// `GET /api/v1/statistics?city=`.
pub async fn api(
    State(state): State<AppState>,
    Query(which): Query<Which>,
) -> Result<Json<StatisticsData>, AppError> {
    let city = which.city.filter(|c| !c.trim().is_empty());
    Ok(Json(load(&state, city).await?))
}

//! The public statistics, for the whole installation and per city, as a
//! page with charts Pacta draws (SVG) and as JSON.

use axum::Json;
use axum::extract::{Query, State};
use axum::response::Response;
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
    /// False when these are the figures from before the latest changes to
    /// the registry (the new ones are being computed).
    #[serde(skip)]
    pub current: bool,
}

async fn load(state: &AppState, slug: Option<String>) -> Result<StatisticsData, AppError> {
    if slug.as_deref().is_some_and(|s| !is_slug(s)) {
        return Err(AppError::NotFound);
    }
    let (cities, city) = state
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
            Ok((cities, city))
        })
        .await?;
    let which = city.as_ref().map(|c| (c.id, c.slug.clone()));
    let key = format!("statistics {:?}", which.as_ref().map(|(_, slug)| slug));
    let latest = super::slow::latest(state, key, move |conn, index| {
        let which = which.as_ref().map(|(id, slug)| (*id, slug.as_str()));
        Ok(db::statistics::compute(conn, index, which)?)
    })
    .await?;
    Ok(StatisticsData {
        city: city.map(|c| db::pacts::CityRef {
            slug: c.slug,
            name: c.name,
        }),
        statistics: Statistics::clone(&latest.value),
        cities,
        current: latest.current,
    })
}

/// Computes the statistics of every city together.
pub(super) async fn warm(state: &AppState) -> Result<(), AppError> {
    load(state, None).await.map(drop)
}

/// `GET /statistics`.
pub async fn all(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let data = load(&state, None).await?;
    Ok(super::slow::answer(
        views::statistics::page(&ctx, &data),
        data.current,
    ))
}

/// `GET /cities/{city}/statistics`.
pub async fn city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let data = load(&state, Some(slug)).await?;
    Ok(super::slow::answer(
        views::statistics::page(&ctx, &data),
        data.current,
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
) -> Result<Response, AppError> {
    let city = which.city.filter(|c| !c.trim().is_empty());
    let data = load(&state, city).await?;
    let current = data.current;
    Ok(super::slow::answer(Json(data), current))
}

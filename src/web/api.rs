//! The JSON twins of the public pages, under `/api/v1`: same data, same
//! filters, same errors (as JSON).

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use super::extract::{Path, Query};
use super::pages::{self, CityData, CommonsData, PactData, RegistryData};
use crate::app::AppState;
use crate::db;
use crate::db::cities::City;
use crate::domain::filter::RawFilter;
use crate::error::AppError;

/// `GET /api/v1/stats`: the home page's figures.
pub async fn stats(State(state): State<AppState>) -> Result<axum::response::Response, AppError> {
    let data = pages::load_home(&state).await?;
    let current = data.current;
    Ok(super::slow::answer(Json(data), current))
}

/// `GET /api/v1/pacts`: the registry, with the same filters as `/pacts`.
pub async fn registry(
    State(state): State<AppState>,
    Query(raw): Query<RawFilter>,
) -> Result<Json<RegistryData>, AppError> {
    Ok(Json(pages::load_registry(&state, &raw).await?))
}

/// The list of cities.
#[derive(Debug, Serialize)]
pub struct Cities {
    /// Every city of the installation.
    pub cities: Vec<City>,
}

/// `GET /api/v1/cities`: every city.
pub async fn cities(State(state): State<AppState>) -> Result<Json<Cities>, AppError> {
    let cities = state.db(|conn| Ok(db::cities::list(conn)?)).await?;
    Ok(Json(Cities { cities }))
}

/// `GET /api/v1/cities/{city}`.
pub async fn city(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<CityData>, AppError> {
    Ok(Json(pages::load_city(&state, slug).await?))
}

/// `GET /api/v1/cities/{city}/pacts/{number}`.
pub async fn pact(
    State(state): State<AppState>,
    Path((city, number)): Path<(String, String)>,
) -> Result<Json<PactData>, AppError> {
    Ok(Json(pages::load_pact(&state, city, number, None).await?))
}

/// `GET /api/v1/cities/{city}/commons/{commons}`.
pub async fn commons(
    State(state): State<AppState>,
    Path((city, slug)): Path<(String, String)>,
) -> Result<Json<CommonsData>, AppError> {
    Ok(Json(pages::load_commons(&state, city, slug).await?))
}

/// The OpenAPI document of this API (`src/web/openapi.json`; a test checks
/// that every route it documents answers as it says).
pub const OPENAPI: &str = include_str!("openapi.json");

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> axum::response::Response {
    use axum::response::IntoResponse as _;
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI,
    )
        .into_response()
}

//! The background jobs as administrators see them: when each last ran,
//! what it did, and the error of a failing one with when it runs again.

use axum::extract::State;
use maud::Markup;

use super::extract::{Ctx, Path};
use crate::app::AppState;
use crate::db;
use crate::error::AppError;
use crate::views::jobs as view;

/// `GET /admin/{city}/jobs`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Markup, AppError> {
    let (city, runs) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok((city, db::jobs::all(conn)?))
        })
        .await?;
    let known: Vec<&'static str> = crate::jobs::Job::ALL.iter().map(|j| j.name()).collect();
    Ok(view::page(&ctx, &city, &known, &runs))
}

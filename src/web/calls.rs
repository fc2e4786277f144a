//! Calls for proposals: officers publish one for a listed commons, with a
//! closing date, and may close it early; the public sees the open calls on
//! the city's page, the commons' page and their own list (and the API), and
//! proposes in answer from there.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::calls::Call;
use crate::domain::call::CallFields;
use crate::error::{AppError, Message};
use crate::views::calls as view;
use crate::views::forms::FieldErrors;

/// The staff page: every call, and the form to publish one.
async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    slug: String,
    fields: &CallFields,
    errors: &FieldErrors,
) -> Result<Response, AppError> {
    let (city, calls, commons) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let calls = db::calls::all(conn, city.id)?;
            let commons = db::proposals::commons_of(conn, city.id)?;
            Ok((city, calls, commons))
        })
        .await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let today = state.clock.now().date_naive();
    let page = view::admin(
        ctx,
        &view::AdminPage {
            city: &city,
            calls: &calls,
            commons: &commons,
            fields,
            errors,
            today,
        },
    );
    Ok((status, page).into_response())
}

/// `GET /admin/{city}/calls`.
pub async fn admin(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    admin_page(
        &state,
        &ctx,
        slug,
        &CallFields::default(),
        &FieldErrors::default(),
    )
    .await
}

/// A call as typed.
#[derive(Debug, Default, Deserialize)]
pub struct CallForm {
    #[serde(default)]
    commons: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    closes_on: String,
}

/// `POST /admin/{city}/calls`: publishes a call from today.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(form): Form<CallForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let fields = CallFields {
        commons: form.commons,
        title: form.title,
        description: form.description,
        closes_on: form.closes_on,
    };
    let now = state.clock.now();
    let mut errors = FieldErrors::default();
    let checked = match fields.check(now.date_naive()) {
        Ok(checked) => checked,
        Err(list) => {
            for (field, key) in list {
                errors.add(field, key);
            }
            return admin_page(&state, &ctx, slug, &fields, &errors).await;
        }
    };
    let city_slug = slug.clone();
    let created = state
        .db(move |conn| {
            let city = db::cities::find(conn, &city_slug)?.ok_or(AppError::NotFound)?;
            let Some(commons) = db::commons::find(conn, city.id, &checked.commons)? else {
                return Ok(false);
            };
            db::calls::create(conn, city.id, commons.id, &checked, user.id, now)?;
            Ok(true)
        })
        .await?;
    if !created {
        errors.add("commons", "call-error-commons");
        return admin_page(&state, &ctx, slug, &fields, &errors).await;
    }
    Ok((
        StatusCode::SEE_OTHER,
        [(header::LOCATION, format!("/admin/{slug}/calls"))],
    )
        .into_response())
}

/// `POST /admin/{city}/calls/{id}/close`: stops taking proposals today.
pub async fn close(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let today = state.clock.now().date_naive();
    let back = format!("/admin/{slug}/calls");
    let closed = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok(db::calls::close(conn, city.id, id, today)?)
        })
        .await?;
    if !closed {
        return Err(AppError::BadRequest(Message::new("error-not-now")));
    }
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

/// The city's open calls.
async fn open_calls(
    state: &AppState,
    slug: String,
) -> Result<(db::cities::City, Vec<Call>), AppError> {
    if !crate::domain::filter::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let today = state.clock.now().date_naive();
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let calls = db::calls::open(conn, city.id, today)?;
            Ok((city, calls))
        })
        .await
}

/// `GET /cities/{city}/calls`: the calls open today.
pub async fn public(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Markup, AppError> {
    let (city, calls) = open_calls(&state, slug).await?;
    Ok(view::public(&ctx, &city, &calls))
}

/// `GET /api/v1/cities/{city}/calls`: the calls open today, as JSON.
pub async fn api(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Call>>, AppError> {
    Ok(Json(open_calls(&state, slug).await?.1))
}

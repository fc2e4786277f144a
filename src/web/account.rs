//! The signed-in person's account page, and a city administrator's page of
//! the city's staff.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use super::session::Viewer;
use crate::accounts::{self, NewStaff, StaffError};
use crate::app::AppState;
use crate::db;
use crate::domain::account::Role;
use crate::domain::vocab::Vocabulary;
use crate::error::AppError;
use crate::views::account as view;
use crate::views::auth::FieldErrors;

/// `GET /account`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Markup, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let city = match user.city_id {
        Some(id) => Some(state.db(move |conn| Ok(db::cities::get(conn, id)?)).await?),
        None => None,
    };
    Ok(view::show(&ctx, &user, city.as_ref()))
}

/// `GET /admin/{city}/staff`: the city's officers and administrators.
pub async fn staff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(city): Path<String>,
) -> Result<Markup, AppError> {
    let (city, staff) = load_staff(&state, city).await?;
    Ok(view::staff(
        &ctx,
        &city,
        &staff,
        &StaffForm::default(),
        &FieldErrors::default(),
    ))
}

async fn load_staff(
    state: &AppState,
    slug: String,
) -> Result<(db::cities::City, Vec<db::users::User>), AppError> {
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let staff = db::users::staff_of(conn, city.id)?;
            Ok((city, staff))
        })
        .await
}

/// The form adding staff.
#[derive(Debug, Default, Deserialize)]
pub struct StaffForm {
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// `officer` or `admin`.
    #[serde(default)]
    pub role: String,
    /// `on` when they may sign for the city.
    pub can_sign: Option<String>,
}

/// `POST /admin/{city}/staff`: creates the account and e-mails the link
/// to set a password.
pub async fn add_staff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<StaffForm>,
) -> Result<Response, AppError> {
    let role = Role::parse(&form.role).filter(|r| r.is_staff());
    let new = NewStaff {
        city: slug.clone(),
        email: form.email.clone(),
        name: form.name.clone(),
        role: role.unwrap_or(Role::Officer),
        can_sign: form.can_sign.is_some(),
        language: ctx.lang,
    };
    let base = state.config.base_url.clone();
    let now = state.clock.now();
    let mut errors = FieldErrors::default();
    if role.is_none() {
        errors.add("role", "error-role");
    } else {
        let result = state
            .db(move |conn| Ok(accounts::create_staff(conn, &new, &base, true, now)))
            .await?;
        match result {
            Ok(_) => {
                return Ok((
                    StatusCode::SEE_OTHER,
                    [(header::LOCATION, format!("/admin/{slug}/staff"))],
                )
                    .into_response());
            }
            Err(StaffError::BadEmail) => errors.add("email", "error-email"),
            Err(StaffError::BadName) => errors.add("name", "error-name"),
            Err(StaffError::Exists) => errors.add("email", "error-email-taken"),
            Err(StaffError::NotStaff) => errors.add("role", "error-role"),
            Err(StaffError::UnknownCity(_)) => return Err(AppError::NotFound),
            Err(StaffError::Db(e)) => return Err(e.into()),
        }
    }
    let (city, staff) = load_staff(&state, slug).await?;
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        view::staff(&ctx, &city, &staff, &form, &errors),
    )
        .into_response())
}

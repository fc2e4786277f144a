//! City staff record who belongs to and who represents each organisation
//! (associations, schools, businesses…), after checking it as they do
//! today (statutes, a mandate). Representatives may later act and sign for
//! the organisation.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use crate::app::AppState;
use crate::db;
use crate::domain::account::normalize_email;
use crate::error::AppError;
use crate::views::forms::FieldErrors;
use crate::views::parties as view;

async fn page(
    state: &AppState,
    ctx: &Ctx,
    slug: String,
    form: &MemberForm,
    errors: &FieldErrors,
) -> Result<Response, AppError> {
    let (city, organisations) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let organisations = db::parties::organisations_of(conn, city.id)?;
            Ok((city, organisations))
        })
        .await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, view::page(ctx, &city, &organisations, form, errors)).into_response())
}

/// `GET /admin/{city}/parties`.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    page(
        &state,
        &ctx,
        slug,
        &MemberForm::default(),
        &FieldErrors::default(),
    )
    .await
}

/// The form adding a member.
#[derive(Debug, Default, Deserialize)]
pub struct MemberForm {
    /// Party id.
    #[serde(default)]
    pub party: String,
    /// The member's account address.
    #[serde(default)]
    pub email: String,
    /// `on` for a representative.
    pub representative: Option<String>,
}

/// `POST /admin/{city}/parties/members`.
pub async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<MemberForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    let party = form.party.parse::<i64>().ok();
    if party.is_none() {
        errors.add("party", "error-party");
    }
    let email = normalize_email(&form.email);
    if email.is_none() {
        errors.add("email", "error-email");
    }
    if let (Some(party), Some(email), true) = (party, email, errors.is_empty()) {
        let (city_slug, now, representative) = (
            slug.clone(),
            state.clock.now(),
            form.representative.is_some(),
        );
        let outcome = state
            .db(move |conn| {
                let city = db::cities::find(conn, &city_slug)?.ok_or(AppError::NotFound)?;
                let Some((user, _)) = db::users::find_by_email(conn, &email)? else {
                    return Ok(Err("error-no-account"));
                };
                if !db::parties::add_member(conn, city.id, party, user.id, representative, now)? {
                    return Ok(Err("error-party"));
                }
                Ok(Ok(()))
            })
            .await?;
        match outcome {
            Ok(()) => {
                return Ok((
                    StatusCode::SEE_OTHER,
                    [(header::LOCATION, format!("/admin/{slug}/parties"))],
                )
                    .into_response());
            }
            Err("error-party") => errors.add("party", "error-party"),
            Err(key) => errors.add("email", key),
        }
    }
    page(&state, &ctx, slug, &form, &errors).await
}

/// The form removing a member.
#[derive(Debug, Default, Deserialize)]
pub struct RemoveForm {
    /// Membership id.
    #[serde(default)]
    pub membership: String,
}

/// `POST /admin/{city}/parties/members/remove`.
pub async fn remove_member(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(form): Form<RemoveForm>,
) -> Result<Response, AppError> {
    let membership = form
        .membership
        .parse::<i64>()
        .map_err(|_| AppError::NotFound)?;
    let back = format!("/admin/{slug}/parties");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok(db::parties::remove_member(conn, city.id, membership)?)
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

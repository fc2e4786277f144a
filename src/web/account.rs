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
use crate::db::users::User;
use crate::domain::account::Role;
use crate::domain::vocab::Vocabulary;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::views::account as view;
use crate::views::auth::FieldErrors;

/// `GET /account`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Markup, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let page = load_account(&state, user).await?;
    Ok(view::show(&ctx, &page, None, &FieldErrors::default()))
}

/// What the account page shows.
pub struct AccountPage {
    /// The account.
    pub user: User,
    /// Staff's city.
    pub city: Option<db::cities::City>,
    /// Parties the person belongs to.
    pub memberships: Vec<db::users::Membership>,
    /// Pacts waiting for their signature: city slug, number and title.
    pub to_sign: Vec<(String, String, String)>,
}

async fn load_account(state: &AppState, user: User) -> Result<AccountPage, AppError> {
    state
        .db(move |conn| {
            let city = user
                .city_id
                .map(|id| db::cities::get(conn, id))
                .transpose()?;
            let memberships = db::users::memberships_of(conn, user.id)?;
            let to_sign = db::signing::pending_of_user(conn, user.id)?
                .into_iter()
                .map(|(_, slug, number, title)| (slug, number, title))
                .collect();
            Ok(AccountPage {
                user,
                city,
                memberships,
                to_sign,
            })
        })
        .await
}

/// The profile form.
#[derive(Debug, Default, Deserialize)]
pub struct ProfileForm {
    /// Name seen by city staff.
    #[serde(default)]
    pub name: String,
    /// Name shown publicly; empty for none.
    #[serde(default)]
    pub public_name: String,
    /// Language code.
    #[serde(default)]
    pub language: String,
}

/// `POST /account/profile`.
pub async fn update_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<ProfileForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    let name = form.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 100 {
        errors.add("name", "error-name");
    }
    let public_name = form
        .public_name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if public_name.chars().count() > 100 {
        errors.add("public_name", "error-name");
    }
    let language = Lang::parse(&form.language).filter(|l| l.code() == form.language);
    if language.is_none() {
        errors.add("language", "error-language");
    }
    let (Some(language), true) = (language, errors.is_empty()) else {
        let page = load_account(&state, user).await?;
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::show(&ctx, &page, Some(&form), &errors),
        )
            .into_response());
    };
    let id = user.id;
    state
        .db(move |conn| {
            let public = Some(public_name.as_str()).filter(|p| !p.is_empty());
            Ok(db::users::update_profile(
                conn,
                id,
                &name,
                public,
                language.code(),
            )?)
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, "/account")]).into_response())
}

/// `GET /account/export`: everything held about the person, as JSON.
pub async fn export(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let data = state
        .db(move |conn| Ok(db::users::personal_data(conn, user)?))
        .await?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"pacta-my-data.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

/// The account closing form.
#[derive(Debug, Default, Deserialize)]
pub struct CloseForm {
    /// `yes` when the person ticked the confirmation.
    pub confirm: Option<String>,
}

/// `POST /account/close`: closes the account after an explicit confirmation.
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<CloseForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    if form.confirm.as_deref() != Some("yes") {
        let mut errors = FieldErrors::default();
        errors.add("confirm", "error-close-confirm");
        let page = load_account(&state, user).await?;
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::show(&ctx, &page, None, &errors),
        )
            .into_response());
    }
    let (id, now) = (user.id, state.clock.now());
    state
        .db(move |conn| Ok(db::users::close(conn, id, now)?))
        .await?;
    tracing::info!(user = id, "account closed");
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/".to_owned()),
            (
                header::SET_COOKIE,
                super::session::set_cookie(
                    &state,
                    super::session::SESSION_COOKIE,
                    "",
                    Some(chrono::TimeDelta::zero()),
                )
                .to_str()
                .unwrap_or_default()
                .to_owned(),
            ),
        ],
    )
        .into_response())
}

/// `GET /admin/{city}/staff`: the city's officers and administrators.
pub async fn staff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(city): Path<String>,
) -> Result<Markup, AppError> {
    let page = load_staff(&state, city).await?;
    Ok(view::staff(
        &ctx,
        &page,
        &StaffForm::default(),
        &FieldErrors::default(),
    ))
}

/// What the staff page shows.
pub struct StaffPage {
    /// The city.
    pub city: db::cities::City,
    /// Its staff.
    pub staff: Vec<User>,
    /// Its districts.
    pub districts: Vec<db::cities::District>,
    /// Staff id → names of the districts they work for.
    pub staff_districts: Vec<(i64, String)>,
}

async fn load_staff(state: &AppState, slug: String) -> Result<StaffPage, AppError> {
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok(StaffPage {
                staff: db::users::staff_of(conn, city.id)?,
                districts: db::cities::districts(conn, city.id)?,
                staff_districts: db::users::districts_of_staff(conn, city.id)?,
                city,
            })
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
    /// Slugs of the districts they work for (one checkbox each).
    #[serde(skip)]
    pub districts: Vec<String>,
}

impl StaffForm {
    /// Reads the form from its pairs: `districts` may repeat, which the
    /// struct form of `serde_urlencoded` cannot express.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> StaffForm {
        let mut form = StaffForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "email" => form.email = value,
                "name" => form.name = value,
                "role" => form.role = value,
                "can_sign" => form.can_sign = Some(value),
                "districts" => form.districts.push(value),
                _ => {}
            }
        }
        form
    }
}

/// `POST /admin/{city}/staff`: creates the account and e-mails the link
/// to set a password.
pub async fn add_staff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = StaffForm::from_pairs(pairs);
    let role = Role::parse(&form.role).filter(|r| r.is_staff());
    let new = NewStaff {
        city: slug.clone(),
        email: form.email.clone(),
        name: form.name.clone(),
        role: role.unwrap_or(Role::Officer),
        can_sign: form.can_sign.is_some(),
        language: ctx.lang,
        districts: form.districts.clone(),
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
            Err(StaffError::UnknownDistrict(_)) => errors.add("districts", "error-district"),
            Err(StaffError::Db(e)) => return Err(e.into()),
        }
    }
    let page = load_staff(&state, slug).await?;
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        view::staff(&ctx, &page, &form, &errors),
    )
        .into_response())
}

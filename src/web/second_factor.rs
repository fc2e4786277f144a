//! The second factor: setting up an authenticator app (TOTP) with recovery
//! codes, turning it off, the code asked after the password, and a city
//! administrator's rule that the city's staff must use one.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::extract::{Ctx, Form, Path, Query};
use super::limits::Limit;
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::error::{AppError, Message};
use crate::security;
use crate::views::second_factor as view;

/// Second-factor codes tried for one account.
const CODE_ACCOUNT: Limit = Limit {
    name: "second-factor-account",
    max: 5,
    minutes: 15,
};

fn unix(state: &AppState) -> u64 {
    u64::try_from(state.clock.now().timestamp()).unwrap_or(0)
}

/// `GET /account/security`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let id = user.id;
    let left = state
        .db(move |conn| Ok(db::users::recovery_codes_left(conn, id)?))
        .await?;
    Ok(view::show(&ctx, &user, left, None).into_response())
}

/// `POST /account/totp/start`: a new secret, awaiting its first code.
pub async fn start(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    if user.totp_enabled {
        return Ok(see_other("/account/security"));
    }
    let secret = security::new_totp_secret();
    state
        .db(move |conn| Ok(db::users::set_pending_totp(conn, user.id, &secret)?))
        .await?;
    Ok(see_other("/account/totp/setup"))
}

/// `GET /account/totp/setup`: the QR code and the field for the first code.
pub async fn setup(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let id = user.id;
    let (secret, _) = state
        .db(move |conn| Ok(db::users::totp_state(conn, id)?))
        .await?;
    match secret.filter(|_| !user.totp_enabled) {
        Some(secret) => Ok(setup_page(&ctx, &user.email, &secret, None)),
        None => Ok(see_other("/account/security")),
    }
}

fn setup_page(ctx: &Ctx, account: &str, secret: &str, error: Option<&Message>) -> Response {
    let url = security::otpauth_url(secret, account, "Pacta");
    let qr = security::qr_svg(&url).unwrap_or_default();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    (status, view::setup(ctx, secret, &qr, error)).into_response()
}

/// A code typed by the person.
#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    /// Six digits, or a recovery code.
    #[serde(default)]
    pub code: String,
    /// Where to go next.
    pub next: Option<String>,
}

/// `POST /account/totp/confirm`: the first code turns the second factor on
/// and shows the recovery codes, once.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let (id, session, now, unix) = (user.id, viewer.session, state.clock.now(), unix(&state));
    let codes = security::new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| security::hash_recovery_code(c))
        .collect();
    let outcome = state
        .db(move |conn| {
            let (Some(secret), _) = db::users::totp_state(conn, id)? else {
                return Ok(Err(None));
            };
            let Some(step) = security::totp_step(&secret, &form.code, unix) else {
                return Ok(Err(Some(secret)));
            };
            db::transaction(conn, |conn| {
                db::users::use_totp_step(conn, id, step)?;
                db::users::enable_totp(conn, id, &hashes, now)?;
                if let Some(session) = &session {
                    db::users::mark_second_factor_done(conn, session)?;
                }
                Ok::<_, diesel::result::Error>(())
            })?;
            Ok(Ok(()))
        })
        .await?;
    match outcome {
        Ok(()) => {
            tracing::info!(user = id, "second factor turned on");
            Ok(view::recovery_codes(&ctx, &codes).into_response())
        }
        Err(Some(secret)) => Ok(setup_page(
            &ctx,
            &user.email,
            &secret,
            Some(&Message::new("error-code")),
        )),
        Err(None) => Ok(see_other("/account/security")),
    }
}

/// `POST /account/totp/disable`: needs a current code; refused when the
/// city requires a second factor.
pub async fn disable(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    if user.second_factor_required {
        return Err(AppError::Forbidden(Message::new(
            "error-second-factor-required",
        )));
    }
    let (id, unix) = (user.id, unix(&state));
    let done = state
        .db(move |conn| {
            let (Some(secret), _) = db::users::totp_state(conn, id)? else {
                return Ok(false);
            };
            let Some(step) = security::totp_step(&secret, &form.code, unix) else {
                return Ok(false);
            };
            if !db::users::use_totp_step(conn, id, step)? {
                return Ok(false);
            }
            db::users::disable_totp(conn, id)?;
            Ok(true)
        })
        .await?;
    if done {
        tracing::info!(user = id, "second factor turned off");
        return Ok(see_other("/account/security"));
    }
    let left = state
        .db(move |conn| Ok(db::users::recovery_codes_left(conn, id)?))
        .await?;
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        view::show(&ctx, &user, left, Some(&Message::new("error-code"))),
    )
        .into_response())
}

/// Where to go after the code.
#[derive(Debug, Default, Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// `GET /signin/second-factor`: the code asked after the password.
pub async fn prompt(ctx: Ctx, viewer: Viewer, Query(next): Query<Next>) -> Response {
    if viewer.pending.is_none() {
        return see_other("/signin");
    }
    view::prompt(&ctx, next.next.as_deref(), None).into_response()
}

/// `POST /signin/second-factor`: a TOTP code (once per step) or a
/// recovery code (once ever) completes the sign-in.
pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let (Some(user), Some(session)) = (viewer.pending, viewer.session) else {
        return Ok(see_other("/signin"));
    };
    let (id, now, unix) = (user.id, state.clock.now(), unix(&state));
    let code = form.code.clone();
    let key = user.email.clone();
    let passed = state
        .db(move |conn| {
            CODE_ACCOUNT.check(conn, &key, now)?;
            let (secret, _) = db::users::totp_state(conn, id)?;
            let by_totp = match secret.and_then(|s| security::totp_step(&s, &code, unix)) {
                Some(step) => db::users::use_totp_step(conn, id, step)?,
                None => false,
            };
            let passed = by_totp
                || db::users::use_recovery_code(
                    conn,
                    id,
                    &security::hash_recovery_code(&code),
                    now,
                )?;
            if passed {
                db::users::mark_second_factor_done(conn, &session)?;
            } else {
                CODE_ACCOUNT.record(conn, &key, now)?;
            }
            Ok(passed)
        })
        .await?;
    let next = super::auth::safe_next(form.next.as_deref()).to_owned();
    if passed {
        Ok(see_other(&next))
    } else {
        Ok((
            StatusCode::UNAUTHORIZED,
            view::prompt(
                &ctx,
                form.next.as_deref(),
                Some(&Message::new("error-code")),
            ),
        )
            .into_response())
    }
}

/// The administrator's form.
#[derive(Debug, Default, Deserialize)]
pub struct RuleForm {
    /// `on` when required.
    pub required: Option<String>,
}

/// `POST /admin/{city}/security`: require (or not) a second factor of the
/// city's staff.
pub async fn set_rule(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(form): Form<RuleForm>,
) -> Result<Response, AppError> {
    let required = form.required.is_some();
    let back = format!("/admin/{slug}/staff");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok(db::cities::set_require_second_factor(
                conn, city.id, required,
            )?)
        })
        .await?;
    Ok(see_other(&back))
}

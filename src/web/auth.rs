//! Signing up, confirming an address, signing in and out, and setting a
//! password from an e-mailed link. Messages never reveal whether an address
//! has an account.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::TimeDelta;
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Query};
use super::limits::{self, ClientAddress};
use super::session::{self, SESSION_COOKIE, Viewer};
use crate::app::AppState;
use crate::db;
use crate::db::users::NewUser;
use crate::domain::account::{Role, TokenPurpose, check_password, normalize_email};
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::mail::messages;
use crate::security;
use crate::views::auth::{self as view, FieldErrors};

/// The sign-up form.
#[derive(Debug, Default, Deserialize)]
pub struct SignupForm {
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Password.
    #[serde(default)]
    pub password: String,
}

/// `GET /signup`.
pub async fn signup_form(ctx: Ctx) -> Markup {
    view::signup(&ctx, &SignupForm::default(), &FieldErrors::default())
}

/// `POST /signup`: checks every field and shows every error at once; when
/// all is well, creates the account and queues the confirmation message in
/// one transaction. An address that already has an account gets a message
/// saying so, and the page is the same, so nobody learns who has an account.
pub async fn signup(
    State(state): State<AppState>,
    ctx: Ctx,
    address: ClientAddress,
    Form(form): Form<SignupForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    let email = normalize_email(&form.email);
    if email.is_none() {
        errors.add("email", "error-email");
    }
    let name = form.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 100 {
        errors.add("name", "error-name");
    }
    if let Err(e) = check_password(&form.password, &[&name, &form.email]) {
        errors.add("password", password_error_key(e));
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::signup(&ctx, &form, &errors),
        )
            .into_response());
    };
    let hash = security::hash_password(&form.password)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let now = state.clock.now();
    let lang = ctx.lang;
    let base = state.config.base_url.clone();
    let address = address.0;
    state
        .db(move |conn| {
            limits::SIGNUP_ADDRESS.check(conn, &address, now)?;
            limits::SIGNUP_ACCOUNT.check(conn, &email, now)?;
            limits::SIGNUP_ADDRESS.record(conn, &address, now)?;
            limits::SIGNUP_ACCOUNT.record(conn, &email, now)?;
            Ok(db::transaction(conn, |conn| {
                if let Some((existing, _)) = db::users::find_by_email(conn, &email)? {
                    let mail = messages::already_registered(
                        lang_of(&existing.language, lang),
                        &email,
                        &existing.display_name,
                        &format!("{base}/signin"),
                    );
                    db::outbox::enqueue(conn, &mail, now)?;
                    return Ok::<_, diesel::result::Error>(());
                }
                let user = NewUser {
                    email: email.clone(),
                    display_name: name.clone(),
                    language: lang.code().to_owned(),
                    password_hash: Some(hash.clone()),
                    role: Role::Resident,
                    city_id: None,
                    can_sign: false,
                    verified: false,
                };
                let id = db::users::insert(conn, &user, now)?;
                let (token, token_hash) = security::new_token();
                db::users::insert_token(conn, id, TokenPurpose::VerifyEmail, &token_hash, now)?;
                let link = format!("{base}/account/verify/{token}");
                db::outbox::enqueue(
                    conn,
                    &messages::verify_email(lang, &email, &name, &link),
                    now,
                )?;
                Ok(())
            })?)
        })
        .await?;
    Ok(view::check_mailbox(&ctx).into_response())
}

fn lang_of(code: &str, fallback: Lang) -> Lang {
    Lang::parse(code).unwrap_or(fallback)
}

pub(super) fn password_error_key(e: crate::domain::account::PasswordError) -> &'static str {
    match e {
        crate::domain::account::PasswordError::TooShort => "error-password-short",
        crate::domain::account::PasswordError::TooLong => "error-password-long",
        crate::domain::account::PasswordError::TooGuessable => "error-password-guessable",
    }
}

/// Opens a session for `user_id` and redirects to `next`.
pub(super) async fn start_session(
    state: &AppState,
    user_id: i64,
    next: &str,
) -> Result<Response, AppError> {
    let (token, hash) = security::new_token();
    let now = state.clock.now();
    let lifetime = TimeDelta::days(i64::from(state.config.session_days));
    state
        .db(move |conn| {
            Ok(db::users::insert_session(
                conn, &hash, user_id, now, lifetime,
            )?)
        })
        .await?;
    tracing::info!(user = user_id, "signed in");
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, safe_next(Some(next)).to_owned()),
            (
                header::SET_COOKIE,
                session::set_cookie(state, SESSION_COOKIE, &token, Some(lifetime))
                    .to_str()
                    .unwrap_or_default()
                    .to_owned(),
            ),
        ],
    )
        .into_response())
}

/// A local path to go to after signing in; anything else goes home.
pub(super) fn safe_next(next: Option<&str>) -> &str {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains(['\\', '\r', '\n']))
        .unwrap_or("/account")
}

/// Where to go after signing in.
#[derive(Debug, Default, Deserialize)]
pub struct Next {
    /// Local path.
    pub next: Option<String>,
}

/// The sign-in form.
#[derive(Debug, Default, Deserialize)]
pub struct SigninForm {
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Password.
    #[serde(default)]
    pub password: String,
    /// Where to go next.
    pub next: Option<String>,
}

/// `GET /signin`.
pub async fn signin_form(ctx: Ctx, Query(next): Query<Next>) -> Markup {
    view::signin(
        &ctx,
        &SigninForm {
            next: next.next,
            ..SigninForm::default()
        },
        None,
    )
}

/// `POST /signin`: one answer for every failure (unknown address, wrong
/// password, address not confirmed), in the same time.
pub async fn signin(
    State(state): State<AppState>,
    ctx: Ctx,
    address: ClientAddress,
    Form(form): Form<SigninForm>,
) -> Result<Response, AppError> {
    let email = normalize_email(&form.email).unwrap_or_default();
    let now = state.clock.now();
    let (lookup, account_key, address_key) = (email.clone(), email, address.0);
    let found = {
        let (account_key, address_key) = (account_key.clone(), address_key.clone());
        state
            .db(move |conn| {
                limits::SIGNIN_ACCOUNT.check(conn, &account_key, now)?;
                limits::SIGNIN_ADDRESS.check(conn, &address_key, now)?;
                Ok(db::users::find_by_email(conn, &lookup)?)
            })
            .await?
    };
    let (user, hash) = match found {
        Some((user, Some(hash))) => (Some(user), hash),
        _ => (None, security::dummy_hash().to_owned()),
    };
    let password = form.password.clone();
    let matches = tokio::task::spawn_blocking(move || security::verify_password(&password, &hash))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    match user {
        Some(user) if matches && user.email_verified => {
            start_session(&state, user.id, safe_next(form.next.as_deref())).await
        }
        _ => {
            state
                .db(move |conn| {
                    limits::SIGNIN_ACCOUNT.record(conn, &account_key, now)?;
                    limits::SIGNIN_ADDRESS.record(conn, &address_key, now)
                })
                .await?;
            let page = view::signin(
                &ctx,
                &SigninForm {
                    password: String::new(),
                    ..form
                },
                Some(&Message::new("error-signin")),
            );
            Ok((StatusCode::UNAUTHORIZED, page).into_response())
        }
    }
}

/// `POST /signout`: ends the session on the server and clears the cookie.
pub async fn signout(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    if let Some(hash) = viewer.session {
        state
            .db(move |conn| Ok(db::users::delete_session(conn, &hash)?))
            .await?;
    }
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/".to_owned()),
            (
                header::SET_COOKIE,
                session::set_cookie(&state, SESSION_COOKIE, "", Some(TimeDelta::zero()))
                    .to_str()
                    .unwrap_or_default()
                    .to_owned(),
            ),
        ],
    )
        .into_response())
}

//! Everything reached from an e-mailed link: confirming an address, signing
//! in without a password, resetting a password, choosing a first password.
//! Links open a page with a button rather than acting on `GET`, so that mail
//! scanners that follow links do not use them up.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::Markup;
use serde::Deserialize;

use super::auth::{password_error_key, start_session};
use super::extract::{Ctx, Form, Path};
use super::limits::{self, ClientAddress};
use crate::app::AppState;
use crate::db;
use crate::domain::account::{TokenPurpose, check_password, normalize_email};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::messages;
use crate::security;
use crate::views::auth::{self as view, FieldErrors};

async fn token_valid(
    state: &AppState,
    token: &str,
    purpose: TokenPurpose,
) -> Result<bool, AppError> {
    let hash = security::hash_token(token);
    let now = state.clock.now();
    state
        .db(move |conn| Ok(db::users::token_is_valid(conn, &hash, purpose, now)?))
        .await
}

fn expired(ctx: &Ctx) -> Response {
    (StatusCode::GONE, view::link_expired(ctx)).into_response()
}

/// A page with one button for a link still usable, else "expired".
async fn confirm_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    purpose: TokenPurpose,
    (title, body, action, button): (&str, &str, String, &str),
) -> Result<Response, AppError> {
    if !token_valid(state, token, purpose).await? {
        return Ok(expired(ctx));
    }
    Ok(view::confirm(ctx, title, body, &action, button).into_response())
}

/// Uses a link once: in one transaction, the token is spent and `then`
/// runs for its account; then the person is signed in. A spent or expired
/// link gets the "expired" page.
async fn use_link(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    purpose: TokenPurpose,
    then: impl Fn(&mut db::DbConn, i64, chrono::DateTime<chrono::Utc>) -> diesel::QueryResult<()>
    + Send
    + 'static,
) -> Result<Response, AppError> {
    let hash = security::hash_token(token);
    let now = state.clock.now();
    let user = state
        .db(move |conn| {
            Ok(db::transaction(conn, |conn| {
                let Some(user_id) = db::users::consume_token(conn, &hash, purpose, now)? else {
                    return Ok::<_, diesel::result::Error>(None);
                };
                then(conn, user_id, now)?;
                Ok(Some(user_id))
            })?)
        })
        .await?;
    match user {
        Some(user_id) => start_session(state, user_id, "/account").await,
        None => Ok(expired(ctx)),
    }
}

/// `GET /account/verify/{token}`: a button to confirm the address.
pub async fn verify_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let page = (
        "verify-title",
        "verify-body",
        format!("/account/verify/{token}"),
        "verify-submit",
    );
    confirm_page(&state, &ctx, &token, TokenPurpose::VerifyEmail, page).await
}

/// `POST /account/verify/{token}`: confirms the address and signs in.
pub async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    use_link(
        &state,
        &ctx,
        &token,
        TokenPurpose::VerifyEmail,
        db::users::mark_verified,
    )
    .await
}

/// A form asking for an address.
#[derive(Debug, Default, Deserialize)]
pub struct EmailForm {
    /// The address.
    #[serde(default)]
    pub email: String,
}

/// `GET /signin/link`: ask for a sign-in link.
pub async fn link_form(ctx: Ctx) -> Markup {
    view::ask_link(&ctx, "/signin/link", "link-title", "link-intro")
}

/// `GET /password/reset`: ask for a reset link.
pub async fn reset_request_form(ctx: Ctx) -> Markup {
    view::ask_link(&ctx, "/password/reset", "reset-title", "reset-intro")
}

/// `POST /signin/link`.
pub async fn send_link(
    State(state): State<AppState>,
    ctx: Ctx,
    address: ClientAddress,
    Form(form): Form<EmailForm>,
) -> Result<Response, AppError> {
    send(&state, &ctx, &address, &form, TokenPurpose::SignInLink).await
}

/// `POST /password/reset`.
pub async fn send_reset(
    State(state): State<AppState>,
    ctx: Ctx,
    address: ClientAddress,
    Form(form): Form<EmailForm>,
) -> Result<Response, AppError> {
    send(&state, &ctx, &address, &form, TokenPurpose::ResetPassword).await
}

/// Sends a sign-in or reset link if the address has a confirmed account;
/// answers the same either way.
async fn send(
    state: &AppState,
    ctx: &Ctx,
    address: &ClientAddress,
    form: &EmailForm,
    purpose: TokenPurpose,
) -> Result<Response, AppError> {
    let email = normalize_email(&form.email).unwrap_or_default();
    let now = state.clock.now();
    let base = state.config.base_url.clone();
    let address = address.0.clone();
    let fallback = ctx.lang;
    state
        .db(move |conn| {
            limits::LINK_ADDRESS.check(conn, &address, now)?;
            limits::LINK_ACCOUNT.check(conn, &email, now)?;
            limits::LINK_ADDRESS.record(conn, &address, now)?;
            limits::LINK_ACCOUNT.record(conn, &email, now)?;
            db::transaction(conn, |conn| {
                let Some((user, _)) = db::users::find_by_email(conn, &email)? else {
                    return Ok::<_, diesel::result::Error>(());
                };
                if !user.email_verified {
                    return Ok(());
                }
                let (token, hash) = security::new_token();
                db::users::insert_token(conn, user.id, purpose, &hash, now)?;
                let lang = Lang::parse(&user.language).unwrap_or(fallback);
                let mail = match purpose {
                    TokenPurpose::ResetPassword => messages::reset_password(
                        lang,
                        &user.email,
                        &user.display_name,
                        &format!("{base}/account/reset/{token}"),
                    ),
                    _ => messages::sign_in_link(
                        lang,
                        &user.email,
                        &user.display_name,
                        &format!("{base}/signin/link/{token}"),
                    ),
                };
                db::outbox::enqueue(conn, &mail, now)?;
                Ok(())
            })?;
            Ok(())
        })
        .await?;
    Ok(view::check_mailbox(ctx).into_response())
}

/// `GET /signin/link/{token}`: a button to sign in.
pub async fn link_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let page = (
        "link-title",
        "link-confirm-body",
        format!("/signin/link/{token}"),
        "signin-submit",
    );
    confirm_page(&state, &ctx, &token, TokenPurpose::SignInLink, page).await
}

/// `POST /signin/link/{token}`: signs in, once.
pub async fn link_sign_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    use_link(&state, &ctx, &token, TokenPurpose::SignInLink, |_, _, _| {
        Ok(())
    })
    .await
}

/// The form to choose a password.
#[derive(Debug, Default, Deserialize)]
pub struct PasswordForm {
    /// New password.
    #[serde(default)]
    pub password: String,
}

/// `GET /account/password/{token}`: new staff choose their first password.
pub async fn set_password_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    password_form(&state, &ctx, &token, TokenPurpose::SetPassword).await
}

/// `GET /account/reset/{token}`: choose a new password.
pub async fn reset_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    password_form(&state, &ctx, &token, TokenPurpose::ResetPassword).await
}

async fn password_form(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    purpose: TokenPurpose,
) -> Result<Response, AppError> {
    if !token_valid(state, token, purpose).await? {
        return Ok(expired(ctx));
    }
    Ok(view::set_password(ctx, &action(purpose, token), &FieldErrors::default()).into_response())
}

fn action(purpose: TokenPurpose, token: &str) -> String {
    match purpose {
        TokenPurpose::ResetPassword => format!("/account/reset/{token}"),
        _ => format!("/account/password/{token}"),
    }
}

/// `POST /account/password/{token}`.
pub async fn set_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    save_password(&state, &ctx, &token, &form, TokenPurpose::SetPassword).await
}

/// `POST /account/reset/{token}`.
pub async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    save_password(&state, &ctx, &token, &form, TokenPurpose::ResetPassword).await
}

/// Sets the password, confirms the address (the link came to it), uses up
/// the link, ends every other session of the account, and signs in.
async fn save_password(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    form: &PasswordForm,
    purpose: TokenPurpose,
) -> Result<Response, AppError> {
    if let Err(e) = check_password(&form.password, &[]) {
        let mut errors = FieldErrors::default();
        errors.add("password", password_error_key(e));
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::set_password(ctx, &action(purpose, token), &errors),
        )
            .into_response());
    }
    let password_hash = security::hash_password(&form.password)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    use_link(state, ctx, token, purpose, move |conn, user_id, now| {
        db::users::set_password(conn, user_id, &password_hash)?;
        // The link came to the address: it is confirmed.
        db::users::mark_verified(conn, user_id, now)?;
        db::users::delete_sessions_of(conn, user_id).map(drop)
    })
    .await
}

//! Extractors: the request context (language, path) and wrappers around
//! axum's `Path` and `Query` whose rejections become our error pages.

use axum::extract::rejection::{FormRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::app::AppState;
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::web::session::Viewer;

/// Name of the cookie that keeps the chosen language.
pub const LANG_COOKIE: &str = "pacta_lang";

/// What every page needs to know about the request.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The visitor's language.
    pub lang: Lang,
    /// The path and query of this page, for links back to it.
    pub path: String,
    /// The signed-in account's name and role, if any.
    pub user: Option<CtxUser>,
    /// The CSRF token for this page's forms.
    pub csrf: String,
}

/// What pages show of the signed-in account.
#[derive(Debug, Clone)]
pub struct CtxUser {
    /// Name.
    pub name: String,
    /// Role.
    pub role: crate::domain::account::Role,
    /// Notifications not read yet.
    pub unread: i64,
}

impl Ctx {
    /// The context of a request, from its headers and the viewer loaded by
    /// the session layer.
    pub fn of(parts: &Parts, default: Lang) -> Ctx {
        let viewer = parts.extensions.get::<Viewer>();
        Ctx {
            lang: language(&parts.headers, default),
            path: parts
                .uri
                .path_and_query()
                .map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned()),
            user: viewer
                .and_then(|v| v.user.as_ref().map(|u| (u, v.unread)))
                .map(|(u, unread)| CtxUser {
                    name: u.display_name.clone(),
                    role: u.role,
                    unread,
                }),
            csrf: viewer.map(|v| v.csrf.clone()).unwrap_or_default(),
        }
    }
}

/// The language of a request: the visitor's choice (cookie), else the
/// browser's preference, else the configured default.
pub fn language(headers: &HeaderMap, default: Lang) -> Lang {
    let chosen = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::parse(value));
    chosen
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        })
        .unwrap_or(default)
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Ctx::of(parts, state.config.default_language))
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the session layer did not run")))
    }
}

/// `axum::extract::Path` with our error page.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

/// `axum::extract::Query` with our error page.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);

/// `axum::Form` with our error page.
#[derive(FromRequest)]
#[from_request(via(axum::Form), rejection(AppError))]
pub struct Form<T>(pub T);

impl From<FormRejection> for AppError {
    fn from(_: FormRejection) -> Self {
        AppError::BadRequest(Message::new("error-bad-form"))
    }
}

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        AppError::BadRequest(Message::new("error-bad-path"))
    }
}

impl From<QueryRejection> for AppError {
    fn from(_: QueryRejection) -> Self {
        AppError::BadRequest(Message::new("error-bad-query"))
    }
}

//! Extractors: the request context (language, path) and wrappers around
//! axum's `Path` and `Query` whose rejections become our error pages.

use axum::extract::FromRequestParts;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::app::AppState;
use crate::error::{AppError, Message};
use crate::i18n::Lang;

/// Name of the cookie that keeps the chosen language.
pub const LANG_COOKIE: &str = "pacta_lang";

/// What every page needs to know about the request.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The visitor's language.
    pub lang: Lang,
    /// The path and query of this page, for links back to it.
    pub path: String,
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
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned());
        Ok(Ctx {
            lang: language(&parts.headers, state.config.default_language),
            path,
        })
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

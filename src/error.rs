//! The application's error type. Handlers return `Result<_, AppError>`;
//! the response carries the error as an extension and
//! [`crate::web::render_errors`] turns it into a page (or JSON under
//! `/api/`) in the visitor's language.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::domain::filter::{FilterError, MAX_PAGE, MAX_QUERY_CHARS};
use crate::i18n::{Arg, Lang};

/// A message to translate: a key and its arguments.
#[derive(Debug, Clone)]
pub struct Message {
    /// Translation key.
    pub key: &'static str,
    /// Arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The message in a language.
    pub fn render(&self, lang: Lang) -> String {
        lang.t_args(self.key, &self.args)
    }
}

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing here.
    #[error("not found")]
    NotFound,
    /// The request is malformed; the message says how.
    #[error("bad request: {}", .0.key)]
    BadRequest(Message),
    /// Signed in, but not allowed; the message says why.
    #[error("forbidden: {}", .0.key)]
    Forbidden(Message),
    /// It existed but is no longer available (an expired link); the
    /// message says what to do.
    #[error("gone: {}", .0.key)]
    Gone(Message),
    /// Too many attempts; the message says when to try again.
    #[error("too many requests")]
    TooManyRequests(Message),
    /// The database cannot be reached.
    #[error("service unavailable")]
    Unavailable,
    /// A bug or a failure of something we depend on; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<FilterError> for AppError {
    fn from(e: FilterError) -> Self {
        AppError::BadRequest(match e {
            FilterError::UnknownValue { field, value } => Message::new("error-unknown-value")
                .arg("field", Arg::Str(field.to_owned()))
                .arg("value", Arg::Str(value)),
            FilterError::BadYear => Message::new("error-bad-year"),
            FilterError::BadPage => {
                Message::new("error-bad-page").arg("max", Arg::Num(i64::from(MAX_PAGE)))
            }
            FilterError::QueryTooLong => Message::new("error-query-too-long")
                .arg("max", Arg::Num(i64::try_from(MAX_QUERY_CHARS).unwrap_or(0))),
            FilterError::BadDate { field } => {
                Message::new("error-bad-date").arg("field", Arg::Str(field.to_owned()))
            }
            FilterError::EmptyPeriod => Message::new("error-empty-period"),
            FilterError::BadCursor => Message::new("error-bad-cursor"),
        })
    }
}

/// The error, kept on the response for the rendering middleware.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    /// HTTP status.
    pub status: StatusCode,
    /// What to tell the visitor.
    pub message: Message,
}

impl AppError {
    /// The status and the message shown for this error.
    pub fn page(&self) -> ErrorPage {
        let (status, key) = match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            AppError::BadRequest(message) => {
                return ErrorPage {
                    status: StatusCode::BAD_REQUEST,
                    message: message.clone(),
                };
            }
            AppError::Forbidden(message) => {
                return ErrorPage {
                    status: StatusCode::FORBIDDEN,
                    message: message.clone(),
                };
            }
            AppError::Gone(message) => {
                return ErrorPage {
                    status: StatusCode::GONE,
                    message: message.clone(),
                };
            }
            AppError::TooManyRequests(message) => {
                return ErrorPage {
                    status: StatusCode::TOO_MANY_REQUESTS,
                    message: message.clone(),
                };
            }
            AppError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable"),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
        };
        ErrorPage {
            status,
            message: Message::new(key),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(e) = &self {
            // Logged once, here; the visitor gets a generic message.
            tracing::error!(error = format!("{e:#}"), "internal error");
        }
        let page = self.page();
        let mut response = page.status.into_response();
        response.extensions_mut().insert(page);
        response
    }
}

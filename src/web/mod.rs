//! HTTP: the route table, the layers every response goes through, and the
//! handlers (thin: parse, query, render).

pub mod account;
pub mod amendments;
pub mod api;
pub mod attachments;
pub mod auth;
mod calls;
mod comments;
mod conditional;
pub mod dashboard;
pub mod disputes;
pub mod districts;
pub mod drafting;
mod extract;
mod feeds;
pub mod imports;
pub mod invitations;
mod jobs;
mod limits;
mod links;
pub mod map;
pub mod notifications;
pub mod open_data;
pub mod pages;
pub mod parties;
pub mod proposals;
mod public_cache;
pub mod rate_limit;
pub mod renewals;
pub mod reports;
pub mod review;
pub mod routes;
mod seal;
mod second_factor;
pub mod session;
pub mod settings;
pub mod signing;
pub mod slow;
pub mod statistics;
mod templates;
pub mod verify;

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

pub use extract::Ctx;

use crate::app::AppState;
use crate::error::{AppError, ErrorPage, Message};

/// The stylesheet, served from memory.
const STYLE: &str = include_str!("style.css");

/// A redirect after a form: `303 See Other` to `to`.
pub(crate) fn see_other(to: &str) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    (
        axum::http::StatusCode::SEE_OTHER,
        [(axum::http::header::LOCATION, to.to_owned())],
    )
        .into_response()
}

/// The stylesheet's URL, with a fingerprint of its content so that browsers
/// may cache it for good and still see every new version.
pub fn stylesheet_url() -> &'static str {
    static URL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "/static/style.css?v={}",
            &crate::security::hash_token(STYLE)[..12]
        )
    });
    &URL
}

/// Builds the registry's index and computes its figures, so that the
/// first visitors after a start do not wait for them (seconds at a million
/// pacts).
pub async fn warm(state: &AppState) {
    let index = std::sync::Arc::clone(&state.registry);
    if let Err(e) = state.db(move |conn| Ok(index.current(conn)?)).await {
        tracing::warn!(error = %e, "registry index not built at start");
        return;
    }
    if let Err(e) = pages::load_home(state).await {
        tracing::warn!(error = %e, "figures not computed at start");
    }
    if let Err(e) = statistics::warm(state).await {
        tracing::warn!(error = %e, "statistics not computed at start");
    }
}

/// The application: every route of [`routes::route_table`] behind its
/// guard, and the layers every response goes through.
pub fn router(state: AppState) -> Router {
    let csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
               object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    let hsts = state.config.is_https().then(|| {
        SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        )
    });

    // Uploads are read whole by the CSRF check first, within this limit.
    let body_limit = state.config.max_upload_bytes() + (2 << 20);
    routes::routes(&state)
        .fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn_with_state(state.clone(), session::load_viewer))
        // Outside the session layer, so that its refusals (CSRF) are rendered too.
        .layer(middleware::from_fn_with_state(state.clone(), render_errors))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(tower::util::option_layer(hsts))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(
            // One line per request, by path only: query strings may carry
            // search text, and later tokens, which do not belong in logs.
            TraceLayer::new_for_http()
.make_span_with(|request: &Request| {
                    tracing::info_span!("request", method = %request.method(), path = %crate::telemetry::redact_path(request.uri().path()))
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .with_state(state)
}

async fn not_found() -> AppError {
    AppError::NotFound
}

pub(crate) async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLE,
    )
}

/// `200 ok` when the database answers, `503` otherwise.
pub(crate) async fn health(State(state): State<AppState>) -> Response {
    let ok = state
        .db(|conn| Ok(crate::db::ping(conn)))
        .await
        .unwrap_or(false);
    let (status, body) = if ok {
        (
            StatusCode::OK,
            serde_json::json!({ "status": "ok", "database": "ok" }),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            serde_json::json!({ "status": "error", "database": "unreachable" }),
        )
    };
    (status, axum::Json(body)).into_response()
}

/// Renders errors in the visitor's language: a page in the site's layout,
/// or a JSON body under `/api/`. Also gives a proper page to errors
/// produced outside our handlers (unknown method, time-out).
async fn render_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let ctx = Ctx::of(&parts, state.config.default_language);
    let is_api = parts.uri.path().starts_with("/api/");
    let path = parts.uri.path().to_owned();
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    let has_error = response.extensions().get::<ErrorPage>().is_some();
    // Pages a handler rendered itself (a form with its errors, say) pass
    // through; errors raised as `AppError`, and axum's own plain-text
    // rejections, get the error page.
    if !(status.is_client_error() || status.is_server_error())
        || path == "/healthz"
        || (is_page && !has_error)
    {
        return response;
    }
    let page = response
        .extensions()
        .get::<ErrorPage>()
        .cloned()
        .unwrap_or_else(|| ErrorPage {
            status,
            message: Message::new(match status {
                StatusCode::NOT_FOUND => "error-not-found",
                StatusCode::METHOD_NOT_ALLOWED => "error-method",
                StatusCode::REQUEST_TIMEOUT => "error-timeout",
                s if s.is_client_error() => "error-bad-request",
                _ => "error-internal",
            }),
        });
    let text = page.message.render(ctx.lang);
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    if is_api {
        let body =
            serde_json::json!({ "error": { "status": page.status.as_u16(), "message": text } });
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        Response::from_parts(parts, Body::from(body.to_string()))
    } else {
        let html = crate::views::errors::page(&ctx, page.status, &text).into_string();
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        Response::from_parts(parts, Body::from(html))
    }
}

//! Public answers kept whole for visitors who are not signed in: the
//! registry, its statistics and their JSON twins are the same for every
//! such visitor (no form token, no name in the menu), so one rendering
//! serves them all until the registry changes.
//!
//! An answer is kept per registry generation (every write a public page
//! shows moves it on: pacts' events, reports reviewed, cities and their
//! districts), language, day and URL; each request reads the generation
//! (one row), so a page is never older than the database, on any server.
//! The answer keeps its tag, so revalidations cost no hashing either.

use std::sync::Arc;

use axum::body::{Body, Bytes, HttpBody as _, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::extract::language;
use super::session::Viewer;
use crate::app::AppState;

/// Larger answers are not kept.
const MAX_BODY: usize = 1 << 20;

/// A kept answer: its headers (with its tag) and body.
#[derive(Debug)]
struct Kept {
    headers: HeaderMap,
    body: Bytes,
}

impl Kept {
    fn response(&self) -> Response {
        let mut response = Response::new(Body::from(self.body.clone()));
        response.headers_mut().clone_from(&self.headers);
        response
    }
}

/// The middleware, on the routes whose answer depends only on the public
/// registry, the language and the URL.
pub async fn shared(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let anonymous = request
        .extensions()
        .get::<Viewer>()
        .is_some_and(|v| v.user.is_none() && v.pending.is_none());
    if request.method() != Method::GET || !anonymous {
        return next.run(request).await;
    }
    let key = format!(
        "{} {} {}",
        language(request.headers(), state.config.default_language).code(),
        state.clock.now().date_naive(),
        request
            .uri()
            .path_and_query()
            .map_or("/", axum::http::uri::PathAndQuery::as_str),
    );
    let index = Arc::clone(&state.registry);
    let generation = match state.db(move |conn| Ok(index.current(conn)?)).await {
        Ok(generation) => generation,
        Err(e) => return e.into_response(),
    };
    if let Some(kept) = state.registry.answer::<Kept>(generation, &key) {
        return kept.response();
    }
    let response = next.run(request).await;
    let small = response
        .body()
        .size_hint()
        .exact()
        .is_some_and(|n| n <= MAX_BODY as u64);
    let provisional = response
        .extensions()
        .get::<super::slow::Provisional>()
        .is_some();
    if response.status() != StatusCode::OK || !small || provisional {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !parts.headers.contains_key(header::ETAG) {
        parts
            .headers
            .insert(header::ETAG, super::conditional::tag_of(&body));
    }
    let kept = Kept {
        headers: parts.headers,
        body,
    };
    let response = kept.response();
    let size = kept.body.len() + key.len();
    state
        .registry
        .keep_answer(generation, &key, Arc::new(kept), size);
    response
}

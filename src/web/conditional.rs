//! Conditional requests for public pages and the public API: each `200`
//! answer to a `GET` carries an `ETag` (weak, since the same content may
//! go out compressed or not: from the SHA-256 of its body, unless the
//! handler set one), and a request whose `If-None-Match` names
//! it gets `304 Not Modified` without the body, so browsers and proxies
//! skip pages that did not change. Answers are revalidated every time
//! (`no-cache`) and kept out of shared caches (`private`) unless the
//! handler chose otherwise: a page carries its visitor's form token.

use axum::body::{Body, HttpBody as _, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Bodies larger than this, or streamed, are sent as they are, without an
/// ETag.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// The middleware.
pub async fn etag(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let asked = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    if let Some(tag) = parts.headers.get(header::ETAG).cloned() {
        return finish(parts, body, (&tag, asked.as_ref()));
    }
    // Streamed or very large answers go out as they are.
    let small = body
        .size_hint()
        .exact()
        .is_some_and(|n| n <= MAX_BODY as u64);
    if !small {
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let digest = hex::encode(Sha256::digest(&bytes));
    let Ok(tag) = HeaderValue::from_str(&format!("W/\"{}\"", &digest[..32])) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.insert(header::ETAG, tag.clone());
    finish(parts, Body::from(bytes), (&tag, asked.as_ref()))
}

/// The answer: `304` when the tag asked about is the current one.
fn finish(
    mut parts: axum::http::response::Parts,
    body: Body,
    (tag, asked): (&HeaderValue, Option<&HeaderValue>),
) -> Response {
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        parts.headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    if asked.is_some_and(|asked| matches(asked, tag)) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, body)
}

/// Whether an `If-None-Match` value names `tag` (or is `*`); weak
/// comparison, as RFC 9110 asks for this header.
fn matches(asked: &HeaderValue, tag: &HeaderValue) -> bool {
    let (Ok(asked), Ok(tag)) = (asked.to_str(), tag.to_str()) else {
        return false;
    };
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    asked.trim() == "*"
        || asked
            .split(',')
            .any(|candidate| bare(candidate) == bare(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_lists_and_weak_tags_match() {
        let tag = HeaderValue::from_static("\"abc\"");
        for asked in ["\"abc\"", "W/\"abc\"", "\"x\", \"abc\"", "*"] {
            assert!(matches(&HeaderValue::from_static(asked), &tag), "{asked}");
        }
        for asked in ["\"abd\"", "abc", ""] {
            assert!(!matches(&HeaderValue::from_static(asked), &tag), "{asked}");
        }
    }
}

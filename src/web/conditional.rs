//! Conditional requests for public pages and the public API: each `200`
//! answer to a `GET` carries an `ETag` (weak, since the same content may
//! go out compressed or not: from the SHA-256 of its body, unless the
//! handler set one), and a request whose `If-None-Match` names
//! it gets `304 Not Modified` without the body, so browsers and proxies
//! skip pages that did not change. Answers are revalidated every time
//! (`no-cache`) and kept out of shared caches (`private`) unless the
//! handler chose otherwise: a page carries its visitor's form token.
//!
//! `Last-Modified` is the time this server first sent the current
//! representation of the URL (its tag): never earlier than the change,
//! so an `If-Modified-Since` answered `304` is never wrong — at worst,
//! after a restart or when one URL alternates between representations (a
//! page in two languages), a client gets the page again. It needs no
//! date kept with the data, which many changes (comments, reports…) do
//! not move. `If-None-Match`, when sent, decides alone (RFC 9110).

use axum::body::{Body, HttpBody as _, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::SystemTime;

/// Bodies larger than this, or streamed, are sent as they are, without an
/// ETag.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// URLs remembered, with their current tag and since when it is sent;
/// past this many, the memory starts again (dates then move later, which
/// is safe).
const REMEMBERED: usize = 50_000;

static SEEN: LazyLock<Mutex<HashMap<String, (String, SystemTime)>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Since when `url` answers with `tag`, as this server saw it.
fn since(url: &str, tag: &str, now: SystemTime) -> SystemTime {
    let Ok(mut seen) = SEEN.lock() else {
        return now;
    };
    if seen.len() > REMEMBERED {
        seen.clear();
    }
    let at = match seen.get(url) {
        Some((current, at)) if current == tag => return *at,
        // A change within the second of the last one is dated a second
        // later, since HTTP dates count whole seconds.
        Some((_, at)) => now.max(*at + std::time::Duration::from_secs(1)),
        None => now,
    };
    seen.insert(url.to_owned(), (tag.to_owned(), at));
    at
}

/// What a conditional request asks.
struct Asked {
    none_match: Option<HeaderValue>,
    modified_since: Option<SystemTime>,
    url: String,
}

/// The middleware.
pub async fn etag(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let asked = Asked {
        none_match: request.headers().get(header::IF_NONE_MATCH).cloned(),
        modified_since: request
            .headers()
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok()),
        url: request
            .uri()
            .path_and_query()
            .map_or_else(String::new, |pq| pq.as_str().to_owned()),
    };
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    if let Some(tag) = parts.headers.get(header::ETAG).cloned() {
        return finish(parts, body, &tag, &asked);
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
    let tag = tag_of(&bytes);
    parts.headers.insert(header::ETAG, tag.clone());
    finish(parts, Body::from(bytes), &tag, &asked)
}

/// The (weak) tag of a body: the start of its SHA-256.
pub fn tag_of(body: &[u8]) -> HeaderValue {
    let digest = hex::encode(&Sha256::digest(body)[..16]);
    HeaderValue::from_str(&format!("W/\"{digest}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("W/\"\""))
}

/// The answer: `304` when the tag asked about is the current one, or,
/// without a tag asked about, when nothing changed since the date asked.
fn finish(
    mut parts: axum::http::response::Parts,
    body: Body,
    tag: &HeaderValue,
    asked: &Asked,
) -> Response {
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        parts.headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    let modified = since(
        &asked.url,
        tag.to_str().unwrap_or_default(),
        SystemTime::now(),
    );
    if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(modified)) {
        parts.headers.insert(header::LAST_MODIFIED, value);
    }
    let unchanged = match (&asked.none_match, asked.modified_since) {
        (Some(none_match), _) => matches(none_match, tag),
        // Dates are compared to the second, as HTTP writes them.
        (None, Some(date)) => httpdate::HttpDate::from(modified) <= httpdate::HttpDate::from(date),
        (None, None) => false,
    };
    if unchanged {
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
    fn a_url_is_dated_from_when_its_current_tag_was_first_sent() {
        let start = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        let later = start + std::time::Duration::from_secs(60);
        let url = "/test/a-url-dated-by-its-tag";
        assert_eq!(since(url, "\"one\"", start), start);
        assert_eq!(since(url, "\"one\"", later), start, "unchanged");
        assert_eq!(since(url, "\"two\"", later), later, "changed");
        assert_eq!(
            since(url, "\"three\"", later),
            later + std::time::Duration::from_secs(1),
            "a change in the same second is a second later"
        );
        let much_later = later + std::time::Duration::from_secs(10);
        assert_eq!(
            since(url, "\"one\"", much_later),
            much_later,
            "back to an old one is a change too"
        );
    }

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

//! Rate limits of the public API: each client address may make
//! `api_rate_limit` requests a minute, in bursts of as many (GCRA, kept in
//! memory, forgotten once replenished). Every answer says where the client
//! stands (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`,
//! as the IETF draft names them); a client over the limit gets `429` with
//! `Retry-After` and a message in its language.

use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use super::limits::ClientAddress;
use crate::app::AppState;
use crate::error::{AppError, Message};
use crate::i18n::Arg;

type Limiter =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

/// Addresses remembered before those whose quota is full again are
/// forgotten.
const REMEMBERED: usize = 10_000;

/// The API's limiter, shared by its routes.
#[derive(Clone)]
pub struct ApiLimit {
    limiter: Arc<Limiter>,
    per_minute: u32,
}

impl std::fmt::Debug for ApiLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiLimit")
            .field("per_minute", &self.per_minute)
            .finish_non_exhaustive()
    }
}

impl ApiLimit {
    /// A limiter of `per_minute` requests per address; none for 0.
    pub fn new(per_minute: u32) -> Option<ApiLimit> {
        let quota = Quota::per_minute(NonZeroU32::new(per_minute)?);
        Some(ApiLimit {
            limiter: Arc::new(RateLimiter::keyed(quota).with_middleware()),
            per_minute,
        })
    }

    /// Seconds until `remaining` is back to the whole burst.
    fn reset_seconds(&self, remaining: u32) -> u64 {
        let missing = u64::from(self.per_minute.saturating_sub(remaining));
        (missing * 60).div_ceil(u64::from(self.per_minute))
    }
}

fn header(value: u64) -> HeaderValue {
    HeaderValue::from(value)
}

/// The middleware: counts the request against its address.
pub async fn limit(
    State((state, api)): State<(AppState, ApiLimit)>,
    request: Request,
    next: Next,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let address = ClientAddress::from_request_parts(&mut parts, &state)
        .await
        .map_or_else(|_| "unknown".to_owned(), |a| a.0);
    if api.limiter.len() > REMEMBERED {
        api.limiter.retain_recent();
    }
    let limit = u64::from(api.per_minute);
    match api.limiter.check_key(&address) {
        Ok(snapshot) => {
            let remaining = snapshot.remaining_burst_capacity();
            let mut response = next.run(Request::from_parts(parts, body)).await;
            let headers = response.headers_mut();
            headers.insert("ratelimit-limit", header(limit));
            headers.insert("ratelimit-remaining", header(u64::from(remaining)));
            headers.insert("ratelimit-reset", header(api.reset_seconds(remaining)));
            response
        }
        Err(not_until) => {
            let wait = not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                .max(1);
            let mut response = AppError::TooManyRequests(
                Message::new("error-api-rate-limit")
                    .arg("seconds", Arg::Num(i64::try_from(wait).unwrap_or(60))),
            )
            .into_response();
            let headers = response.headers_mut();
            headers.insert("retry-after", header(wait));
            headers.insert("ratelimit-limit", header(limit));
            headers.insert("ratelimit-remaining", header(0));
            headers.insert("ratelimit-reset", header(wait));
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_limit_at_zero_and_reset_grows_with_use() {
        assert!(ApiLimit::new(0).is_none());
        let api = ApiLimit::new(120).expect("a limit");
        assert_eq!(api.reset_seconds(120), 0);
        assert_eq!(api.reset_seconds(119), 1);
        assert_eq!(api.reset_seconds(0), 60);
    }
}

//! Rate limits on authentication: sign-in failures per account and per
//! network address, sign-ups and e-mailed links per address and per account;
//! and on the files checked on the verification page, per address.
//! Attempts are recorded under a hash of the account or address, never the
//! address itself.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use chrono::{DateTime, TimeDelta, Utc};

use crate::app::AppState;
use crate::db::{self, DbConn};
use crate::error::{AppError, Message};
use crate::i18n::Arg;
use crate::security;

/// A limit: at most `max` attempts per `window` under one key.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// What is limited, the first part of the scope.
    pub name: &'static str,
    /// Attempts allowed in the window.
    pub max: i64,
    /// The window, in minutes.
    pub minutes: i64,
}

/// Failed sign-ins for one account.
pub const SIGNIN_ACCOUNT: Limit = Limit {
    name: "signin-account",
    max: 5,
    minutes: 15,
};
/// Failed sign-ins from one network address.
pub const SIGNIN_ADDRESS: Limit = Limit {
    name: "signin-address",
    max: 30,
    minutes: 15,
};
/// Sign-ups from one network address.
pub const SIGNUP_ADDRESS: Limit = Limit {
    name: "signup-address",
    max: 10,
    minutes: 60,
};
/// Sign-ups with one address (each sends a message to it).
pub const SIGNUP_ACCOUNT: Limit = Limit {
    name: "signup-account",
    max: 3,
    minutes: 60,
};
/// E-mailed links (sign-in, reset) asked for one account.
pub const LINK_ACCOUNT: Limit = Limit {
    name: "link-account",
    max: 3,
    minutes: 60,
};
/// E-mailed links asked from one network address.
pub const LINK_ADDRESS: Limit = Limit {
    name: "link-address",
    max: 20,
    minutes: 60,
};

/// Files checked on the verification page from one network address (each
/// is parsed and a PDF rendered to compare it).
pub const VERIFY_UPLOAD_ADDRESS: Limit = Limit {
    name: "verify-upload-address",
    max: 30,
    minutes: 10,
};

/// One-time codes e-mailed for one signing request.
pub const SIGN_CODE: Limit = Limit {
    name: "sign-code",
    max: 5,
    minutes: 60,
};

impl Limit {
    fn scope(self, key: &str) -> String {
        format!("{}:{}", self.name, security::hash_token(key))
    }

    /// Refuses with a clear message when the limit is reached for `key`.
    pub fn check(self, conn: &mut DbConn, key: &str, now: DateTime<Utc>) -> Result<(), AppError> {
        let since = now - TimeDelta::minutes(self.minutes);
        if db::users::count_attempts(conn, &self.scope(key), since)? >= self.max {
            return Err(AppError::TooManyRequests(
                Message::new("error-too-many").arg("minutes", Arg::Num(self.minutes)),
            ));
        }
        Ok(())
    }

    /// Counts one attempt for `key`.
    pub fn record(self, conn: &mut DbConn, key: &str, now: DateTime<Utc>) -> Result<(), AppError> {
        Ok(db::users::record_attempt(conn, &self.scope(key), now)?)
    }
}

/// The network address of the client: the peer, or, when the peer is the
/// configured trusted proxy, the last address it appended to
/// `X-Forwarded-For`. `unknown` when neither is available (in tests).
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded = || {
            parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
                .and_then(|ip| ip.trim().parse::<IpAddr>().ok())
        };
        let address = match (peer, state.config.trusted_proxy) {
            (Some(peer), Some(proxy)) if peer == proxy => forwarded().unwrap_or(peer),
            (Some(peer), _) => peer,
            (None, _) => return Ok(ClientAddress("unknown".to_owned())),
        };
        Ok(ClientAddress(address.to_string()))
    }
}

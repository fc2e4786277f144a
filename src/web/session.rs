//! Who is asking: the session cookie (server-side sessions, stored by the
//! hash of the cookie value) and the CSRF token every state-changing form
//! must carry (double-submit: a cookie and the same value in the form).

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::TimeDelta;

use crate::app::AppState;
use crate::db;
use crate::db::users::User;
use crate::error::{AppError, Message};
use crate::security;

/// Cookie holding the session token.
pub const SESSION_COOKIE: &str = "pacta_session";
/// Cookie holding the CSRF token.
pub const CSRF_COOKIE: &str = "pacta_csrf";
/// Name of the form field carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf";
/// Largest form body read for the CSRF check.
const MAX_FORM_BYTES: usize = 1 << 20;

/// The person behind a request, put in the request's extensions by
/// [`load_viewer`] for every request.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// The signed-in account, if any (and past its second factor).
    pub user: Option<User>,
    /// An account that gave its password but not yet its second factor.
    pub pending: Option<User>,
    /// The CSRF token to put in forms.
    pub csrf: String,
    /// Hash of the session token, if signed in.
    pub session: Option<String>,
    /// How many notifications the signed-in account has not read.
    pub unread: i64,
}

/// The value of cookie `name`, if sent.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

/// A `Set-Cookie` value with Pacta's attributes: HttpOnly, SameSite=Lax,
/// Secure when served over HTTPS.
pub fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age: Option<TimeDelta>,
) -> HeaderValue {
    let secure = if state.config.is_https() {
        "; Secure"
    } else {
        ""
    };
    let age = max_age
        .map(|a| format!("; Max-Age={}", a.num_seconds()))
        .unwrap_or_default();
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax{age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Loads the viewer, checks the CSRF token of state-changing requests, and
/// gives first-time visitors a CSRF cookie.
pub async fn load_viewer(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let csrf_cookie = cookie(request.headers(), CSRF_COOKIE)
        .filter(|t| t.len() == 64)
        .map(str::to_owned);
    let (csrf, new_csrf) = match csrf_cookie {
        Some(token) => (token, false),
        None => (security::new_token().0, true),
    };
    let session = cookie(request.headers(), SESSION_COOKIE).map(security::hash_token);
    let found = match &session {
        Some(hash) => {
            let hash = hash.clone();
            let now = state.clock.now();
            match state
                .db(move |conn| {
                    let Some((user, done)) = db::users::session_user(conn, &hash, now)? else {
                        return Ok(None);
                    };
                    let unread = db::notifications::unread(conn, user.id)?;
                    Ok(Some((user, done, unread)))
                })
                .await
            {
                Ok(found) => found,
                Err(e) => return e.into_response(),
            }
        }
        None => None,
    };
    let (user, pending, unread) = match found {
        Some((user, done, _)) if user.totp_enabled && !done => (None, Some(user), 0),
        Some((user, _, unread)) => (Some(user), None, unread),
        None => (None, None, 0),
    };
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if unsafe_method {
        request = match check_csrf(&state, request, &csrf, new_csrf).await {
            Ok(request) => request,
            Err(e) => return e.into_response(),
        };
    }
    let session = user.as_ref().or(pending.as_ref()).and(session);
    request.extensions_mut().insert(Viewer {
        user,
        pending,
        csrf: csrf.clone(),
        session,
        unread,
    });
    let mut response = next.run(request).await;
    if new_csrf {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(&state, CSRF_COOKIE, &csrf, None),
        );
    }
    response
}

/// Refuses a state-changing request whose form does not carry the CSRF
/// token of its cookie, or that comes from another site.
async fn check_csrf(
    state: &AppState,
    request: Request,
    csrf: &str,
    new_csrf: bool,
) -> Result<Request, AppError> {
    let refused = || AppError::Forbidden(Message::new("error-csrf"));
    if let Some(origin) = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
    {
        let same_host = request
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .is_some_and(|host| origin.split_once("://").is_some_and(|(_, o)| o == host));
        if origin != state.config.base_url && !same_host {
            return Err(refused());
        }
    }
    if new_csrf {
        return Err(refused());
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let multipart = multer::parse_boundary(&content_type).ok();
    if multipart.is_none() && !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(refused());
    }
    let limit = if multipart.is_some() {
        state.config.max_upload_bytes() + MAX_FORM_BYTES
    } else {
        MAX_FORM_BYTES
    };
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, limit).await.map_err(|_| {
        AppError::BadRequest(Message::new("error-upload-too-large").arg(
            "megabytes",
            crate::i18n::Arg::Num(state.config.max_upload_mb.into()),
        ))
    })?;
    let sent = match multipart {
        Some(boundary) => multipart_field(bytes.clone(), boundary, CSRF_FIELD).await,
        None => form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.into_owned()),
    };
    if !sent.is_some_and(|sent| security::same_secret(&sent, csrf)) {
        return Err(refused());
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// The first text field `name` of a multipart body, if any.
async fn multipart_field(bytes: axum::body::Bytes, boundary: String, name: &str) -> Option<String> {
    let stream =
        futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.ok();
        }
    }
    None
}

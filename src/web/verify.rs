//! Verification: anyone gives the fingerprint printed on an agreement (the
//! SHA-256 of its text, or the short code, its first characters) and learns
//! which pact and version it is and where the pact stands today.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::extract::{Ctx, Path, Query};
use crate::app::AppState;
use crate::db;
use crate::db::versions::Found;
use crate::error::{AppError, Message};
use crate::views::verify as view;

/// A fingerprint as typed or printed (`2E80-2F0E-D722`, spaces, any case)
/// in lower-case hex, if it is one: 8 to 64 hexadecimal digits.
pub fn fingerprint(raw: &str) -> Option<String> {
    let hex: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_lowercase();
    (8..=64).contains(&hex.len()).then_some(())?;
    hex.chars().all(|c| c.is_ascii_hexdigit()).then_some(hex)
}

/// The short code printed on an agreement for a version's SHA-256.
pub fn code_of(sha256: &str) -> String {
    sha256.get(..12).unwrap_or(sha256).to_uppercase()
}

async fn lookup(state: &AppState, hex: String) -> Result<Vec<Found>, AppError> {
    state
        .db(move |conn| Ok(db::versions::by_fingerprint(conn, &hex)?))
        .await
}

/// What was asked.
#[derive(Debug, Default, Deserialize)]
pub struct VerifyQuery {
    #[serde(default)]
    hash: String,
}

/// `GET /verify?hash=…`: the form, and the answer when a fingerprint was
/// given.
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<VerifyQuery>,
) -> Result<Response, AppError> {
    let asked = query.hash.trim();
    if asked.is_empty() {
        return Ok(view::page(&ctx, "", None, None).into_response());
    }
    match fingerprint(asked) {
        None => {
            let error = Message::new("check-error-hash");
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                view::page(&ctx, asked, None, Some(&error)),
            )
                .into_response())
        }
        Some(hex) => {
            let found = lookup(&state, hex).await?;
            Ok(view::page(&ctx, asked, Some(&found), None).into_response())
        }
    }
}

/// `GET /verify/{code}`: the answer for the code of an agreement (the
/// address its QR code holds).
pub async fn code(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let hex = fingerprint(&code).ok_or(AppError::NotFound)?;
    let found = lookup(&state, hex).await?;
    Ok(view::page(&ctx, &code, Some(&found), None).into_response())
}

/// What an uploaded file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileCheck {
    /// Not a PDF Pacta made (or its reference was removed).
    NotIssued,
    /// Made by Pacta for this pact and version, and byte for byte the
    /// document Pacta issues: the pact's path and the version.
    Identical(String, i32),
    /// Claims to be Pacta's for this pact and version, but differs from
    /// what Pacta issues: altered.
    Altered(String, i32),
}

/// `POST /verify`: an uploaded PDF, compared byte for byte with the
/// document Pacta issues for the pact and version it names (30 files per
/// network address in 10 minutes).
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    super::limits::ClientAddress(address): super::limits::ClientAddress,
    upload: super::attachments::Upload,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    state
        .db(move |conn| {
            let limit = super::limits::VERIFY_UPLOAD_ADDRESS;
            limit.check(conn, &address, now)?;
            limit.record(conn, &address, now)
        })
        .await?;
    let Some(file) = upload.files.into_iter().next() else {
        let error = match upload.refused {
            Some((name, e)) => Message::new(e.key()).arg("name", crate::i18n::Arg::Str(name)),
            None => Message::new("check-error-file"),
        };
        let page = view::page(&ctx, "", None, Some(&error));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    // An agreement Pacta issued is stored as issued: its hash finds it.
    let sha256 = crate::security::sha256_hex(&file.data);
    let issued = lookup(&state, sha256).await?;
    if let Some(found) = issued.iter().find(|f| f.file.is_some()) {
        let path = format!("/cities/{}/pacts/{}", found.city.0, found.number);
        let check = FileCheck::Identical(path, found.version);
        return Ok(view::file_result(&ctx, &check).into_response());
    }
    let site = state.config.base_url.clone();
    let check = tokio::task::spawn_blocking(move || {
        crate::pdf::agreement::reference_of(&file.data).map(|reference| (reference, file.data))
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    let check = match check {
        None => FileCheck::NotIssued,
        Some((reference, data)) => {
            let mut parts = reference.splitn(3, '/');
            let (slug, number, version) = (
                parts.next().unwrap_or_default().to_owned(),
                parts.next().unwrap_or_default().to_owned(),
                parts
                    .next()
                    .and_then(|v| v.parse::<i32>().ok())
                    .unwrap_or(0),
            );
            let issued = state
                .db(move |conn| {
                    crate::agreements::version_pdf(conn, (&slug, &number, version), &site)
                        .map(|b| (b, slug, number))
                })
                .await?;
            match issued {
                (None, _, _) => FileCheck::NotIssued,
                (Some(bytes), slug, number) => {
                    let path = format!("/cities/{slug}/pacts/{number}");
                    if bytes == data {
                        FileCheck::Identical(path, version)
                    } else {
                        FileCheck::Altered(path, version)
                    }
                }
            }
        }
    };
    Ok(view::file_result(&ctx, &check).into_response())
}

/// The JSON answer.
#[derive(Debug, Serialize)]
pub struct Answer {
    /// The fingerprint looked up, in lower-case hex.
    pub fingerprint: String,
    /// The versions it matches, with their pact's status today.
    pub found: Vec<Found>,
}

/// `GET /api/v1/verify/{code}`.
pub async fn api(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Answer>, AppError> {
    let hex =
        fingerprint(&code).ok_or_else(|| AppError::BadRequest(Message::new("check-error-hash")))?;
    Ok(Json(Answer {
        found: lookup(&state, hex.clone()).await?,
        fingerprint: hex,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_read_as_printed_or_typed() {
        assert_eq!(
            fingerprint("2E80-2F0E-D722").as_deref(),
            Some("2e802f0ed722")
        );
        assert_eq!(fingerprint(" 2e80 2f0e ").as_deref(), Some("2e802f0e"));
        assert_eq!(fingerprint("2e80"), None, "too short to mean anything");
        assert_eq!(fingerprint("2e80-2f0e-zz"), None);
        assert_eq!(fingerprint(&"a".repeat(65)), None);
        assert_eq!(code_of(&"ab".repeat(32)), "ABABABABABAB");
    }
}

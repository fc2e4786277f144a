//! A city administrator sees the certificate the city seals its
//! agreements with, and configures the city's own PKCS#12 certificate in
//! place of the self-signed one Pacta made.

use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::extract::{Ctx, Path, Query};
use crate::app::AppState;
use crate::db;
use crate::error::{AppError, Message};
use crate::views::seal as view;

/// Largest PKCS#12 file accepted (certificate chains are a few kilobytes).
const MAX_PKCS12: usize = 256 * 1024;

/// After saving.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: Option<u8>,
}

/// `GET /admin/{city}/seal`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let (city, seal) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let seal = crate::seal::ensure(conn, (city.id, &city.slug, &city.name), now)
                .map_err(|e| AppError::Internal(e.into()))?;
            Ok((city, seal))
        })
        .await?;
    Ok(view::page(&ctx, &city, &seal, saved.saved.is_some(), None).into_response())
}

/// `POST /admin/{city}/seal`: a PKCS#12 file and its password.
pub async fn configure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let bad = |_| AppError::BadRequest(Message::new("error-bad-form"));
    let (mut file, mut password) = (Vec::new(), String::new());
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name() {
            Some("pkcs12") => {
                let bytes = field.bytes().await.map_err(bad)?;
                if bytes.len() > MAX_PKCS12 {
                    return Err(AppError::BadRequest(Message::new("seal-error-certificate")));
                }
                file = bytes.to_vec();
            }
            Some("password") => password = field.text().await.map_err(bad)?,
            _ => {}
        }
    }
    let now = state.clock.now();
    let read = tokio::task::spawn_blocking(move || crate::seal::read(&file, &password))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let lookup = slug.clone();
    let city = state
        .db(move |conn| db::cities::find(conn, &lookup)?.ok_or(AppError::NotFound))
        .await?;
    let Ok(certificate) = read else {
        let (id, slug, name) = (city.id, city.slug.clone(), city.name.clone());
        let seal = state
            .db(move |conn| {
                crate::seal::ensure(conn, (id, &slug, &name), now)
                    .map_err(|e| AppError::Internal(e.into()))
            })
            .await?;
        let error = Message::new("seal-error-certificate");
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::page(&ctx, &city, &seal, false, Some(&error)),
        )
            .into_response());
    };
    let id = city.id;
    state
        .db(move |conn| {
            crate::seal::configure(conn, id, &certificate, now)
                .map_err(|e| AppError::Internal(e.into()))
        })
        .await?;
    Ok(super::see_other(&format!("/admin/{slug}/seal?saved=1")))
}

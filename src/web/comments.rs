//! The public's comments on a proposal published for comments: a comment,
//! support, an objection or a request to join. The proponents are told of
//! each by e-mail, queued in the same transaction.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::extract::{Form, Path};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::domain::vocab::{CommentKind, Vocabulary};
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::mail::messages;

/// Longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 5000;

/// A comment as posted.
#[derive(Debug, Default, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    body: String,
}

/// `POST /cities/{city}/pacts/{number}/comments`.
pub async fn add(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let kind = CommentKind::parse(&form.kind)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    let body = form.body.trim().to_owned();
    if body.is_empty() && kind != CommentKind::Support {
        return Err(AppError::BadRequest(Message::new("error-comment-empty")));
    }
    if body.chars().count() > MAX_COMMENT_CHARS {
        return Err(AppError::BadRequest(Message::new("error-too-long")));
    }
    let now = state.clock.now();
    let base = state.config.base_url.clone();
    let back = format!("/cities/{slug}/pacts/{number}#comments");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let detail = db::pacts::find(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            if !detail.pact.lifecycle.comments_open(now.date_naive()) {
                return Err(AppError::BadRequest(Message::new("error-comments-closed")));
            }
            let pact_id = detail.pact.id;
            Ok(db::transaction(conn, |conn| {
                db::comments::insert(
                    conn,
                    pact_id,
                    user.id,
                    kind,
                    &body,
                    user.public_name.as_deref(),
                    now,
                )?;
                if let Some((email, name, language)) = db::review::proponent_contact(conn, pact_id)?
                {
                    let lang = Lang::parse(&language).unwrap_or_default();
                    let link = format!("{base}/cities/{slug}/pacts/{number}#comments");
                    let mail = messages::new_comment(
                        lang,
                        &email,
                        &name,
                        &detail.pact.title,
                        &lang.label(kind),
                        &body,
                        &link,
                    );
                    db::outbox::enqueue(conn, &mail, now)?;
                }
                Ok::<_, diesel::result::Error>(())
            })?)
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

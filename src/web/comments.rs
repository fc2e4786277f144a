//! The public's comments on a proposal published for comments: a comment,
//! support, an objection or a request to join. The proponents and the
//! officer in charge are told of each by e-mail, queued in the same
//! transaction; followers of the pact get it in their daily digest.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::attachments::Upload;
use super::extract::{Ctx, Path};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::attachments::Owner;
use crate::domain::vocab::{CommentKind, Vocabulary};
use crate::error::{AppError, Message};
use crate::i18n::{Arg, Lang};
use crate::mail::messages;

/// `POST /cities/{city}/pacts/{number}/comments`: a comment, with files
/// (photos, documents) if any. A refused file or a missing text brings the
/// form back with what was typed.
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    upload: Upload,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let kind = CommentKind::parse(upload.field("kind"))
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    let body = upload.field("body").trim().to_owned();
    let error = match &upload.refused {
        Some((name, e)) => Some(Message::new(e.key()).arg("name", Arg::Str(name.clone()))),
        None if body.is_empty() && kind != CommentKind::Support => {
            Some(Message::new("error-comment-empty"))
        }
        None if body.chars().count() > state.config.text_limits().comment => {
            Some(Message::new("error-too-long"))
        }
        None => None,
    };
    let typed = upload.field("body").to_owned();
    let files = upload.files;
    let retry = |error: &Message| {
        let page = crate::views::pacts::comment_retry(
            &ctx,
            &crate::views::pacts::CommentRetry {
                path: &format!("/cities/{slug}/pacts/{number}"),
                kind,
                body: &typed,
                error,
                max_mb: state.config.max_upload_mb,
            },
        );
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    };
    if let Some(error) = error {
        return Ok(retry(&error));
    }
    let now = state.clock.now();
    let base = state.config.base_url.clone();
    let back = format!("/cities/{slug}/pacts/{number}#comments");
    let (slug_db, number_db) = (slug.clone(), number.clone());
    let posted = state
        .db(move |conn| {
            let (slug, number) = (slug_db, number_db);
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let detail = db::pacts::find(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            if !detail.pact.lifecycle.comments_open(now.date_naive()) {
                return Ok(false);
            }
            let pact_id = detail.pact.id;
            Ok(db::transaction(conn, |conn| {
                let comment = db::comments::insert(
                    conn,
                    pact_id,
                    user.id,
                    kind,
                    &body,
                    user.public_name.as_deref(),
                    now,
                )?;
                for f in &files {
                    db::attachments::insert(
                        conn,
                        Owner::Comment(comment),
                        user.id,
                        &f.file,
                        &f.data,
                        now,
                    )?;
                }
                // The proponents and the officer in charge, one message each.
                let proponent = db::review::proponent_contact(conn, pact_id)?;
                let officer = db::review::assignee_contact(conn, pact_id)?;
                let parties = proponent.into_iter().map(|c| (c, true));
                for ((email, name, language), party) in
                    parties.chain(officer.into_iter().map(|c| (c, false)))
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
                    let about = crate::notify::About {
                        kind: crate::domain::notification::NotificationKind::Comment,
                        pact_id: Some(detail.pact.id),
                        party,
                        link: &link,
                    };
                    crate::notify::send(conn, &about, &mail, now)?;
                }
                Ok::<_, diesel::result::Error>(true)
            })?)
        })
        .await?;
    if !posted {
        // The period ended while they wrote: their text comes back.
        return Ok(retry(&Message::new("error-comments-closed")));
    }
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

/// Whether to follow or stop following.
#[derive(Debug, Default, serde::Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
}

/// `POST /cities/{city}/pacts/{number}/follow`: follows the pact (a daily
/// digest of what happens to it), or stops.
pub async fn follow(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    super::extract::Form(form): super::extract::Form<FollowForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let back = format!("/cities/{slug}/pacts/{number}");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let pact_id = db::review::pact_id(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            match form.follow.as_str() {
                "1" => db::follows::follow(conn, user.id, pact_id, now)?,
                "0" => db::follows::unfollow(conn, user.id, pact_id)?,
                _ => return Err(AppError::BadRequest(Message::new("error-bad-form"))),
            }
            Ok(())
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

//! Co-proponents: invited by e-mail when a proposal is submitted (the
//! addresses typed on the form) or later by its author, they answer through
//! the link: join, alone or for an organisation they represent, or decline.
//! Only the account with the invited address may answer.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, TimeDelta, Utc};
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::invitations::{AnswerError, Invitation, JoinAs, OPEN_TO_CO_PROPONENTS};
use crate::db::users::User;
use crate::domain::proposal::co_proponent_emails;
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::mail::messages;
use crate::security;
use crate::views::invitations as view;

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 30;

/// What an invitation is about.
pub struct About {
    /// The pact's title and path.
    pub title: String,
    /// `/cities/{city}/pacts/{number}`.
    pub path: String,
    /// The city's name and language.
    pub city: (String, String),
    /// The city's id.
    pub city_id: i64,
}

/// Who invites: account and name, and the comment asking to join that the
/// invitation answers, if any.
#[derive(Debug, Clone, Copy)]
pub struct Inviter<'a> {
    /// The account.
    pub user_id: i64,
    /// The name the invitation gives.
    pub name: &'a str,
    /// The request to join answered.
    pub comment: Option<i64>,
}

/// Invites each address to join pact `pact_id` and queues the e-mails,
/// inside the caller's transaction. Addresses already invited are skipped.
/// Returns how many were invited.
pub fn invite_all(
    conn: &mut db::DbConn,
    pact_id: i64,
    about: &About,
    inviter: Inviter<'_>,
    emails: &[String],
    (site, now): (&str, DateTime<Utc>),
) -> diesel::QueryResult<usize> {
    let lang = Lang::parse(&about.city.1).unwrap_or_default();
    let expires = now + TimeDelta::days(INVITATION_DAYS);
    let mut sent = 0;
    for email in emails {
        let (token, hash) = security::new_token();
        let by = (inviter.user_id, inviter.comment);
        if !db::invitations::create(conn, pact_id, email, &hash, by, now, expires)? {
            continue;
        }
        let mail = messages::co_proponent_invitation(
            lang,
            email,
            inviter.name,
            &about.title,
            &about.city.0,
            &format!("{site}/invitations/{token}"),
        );
        db::outbox::enqueue(conn, &mail, now)?;
        sent += 1;
    }
    Ok(sent)
}

/// The pact an invitation is about.
pub fn about(conn: &mut db::DbConn, pact_id: i64) -> diesel::QueryResult<About> {
    let to = db::invitations::invited_to(conn, pact_id)?;
    Ok(About {
        path: format!("/cities/{}/pacts/{}", to.city_slug, to.number),
        title: to.title,
        city: (to.city_name, to.city_language),
        city_id: to.city_id,
    })
}

/// An address to invite.
#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    /// A public comment asking to join: its author is invited, at the
    /// address of their account, which the proposal's author never sees.
    #[serde(default)]
    comment: String,
}

/// `POST /proposals/{id}/invitations`: the author invites more
/// co-proponents, until the text is final: by address, or whoever asked to
/// join in a public comment.
pub async fn invite(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    let back = state
        .db(move |conn| {
            let proposal = db::proposals::find_own(conn, id, user.id)?.ok_or(AppError::NotFound)?;
            let pact_id = proposal.pact_id.ok_or(AppError::NotFound)?;
            if !OPEN_TO_CO_PROPONENTS.contains(&db::pacts::status_of(conn, pact_id)?) {
                return Err(AppError::BadRequest(Message::new("error-not-now")));
            }
            let (mut emails, comment) = match form.comment.trim() {
                "" => (
                    co_proponent_emails(&form.email)
                        .map_err(|key| AppError::BadRequest(Message::new(key)))?,
                    None,
                ),
                comment => {
                    let comment = comment
                        .parse()
                        .map_err(|_| AppError::BadRequest(Message::new("error-bad-form")))?;
                    let asker = db::comments::join_request_author(conn, pact_id, comment)?
                        .ok_or(AppError::NotFound)?;
                    (vec![asker], Some(comment))
                }
            };
            emails.retain(|e| *e != user.email);
            if emails.is_empty() {
                return Err(AppError::BadRequest(Message::new("error-co-proponents")));
            }
            let about = about(conn, pact_id)?;
            let name = user
                .public_name
                .clone()
                .unwrap_or(user.display_name.clone());
            db::transaction(conn, |conn| {
                invite_all(
                    conn,
                    pact_id,
                    &about,
                    Inviter {
                        user_id: user.id,
                        name: &name,
                        comment,
                    },
                    &emails,
                    (&site, now),
                )
            })?;
            Ok(format!("{}#co-proponents", about.path))
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

/// Where an invitation stands for the person who opened its link.
pub enum Standing {
    /// Not signed in: sign in (or up) with the invited address first.
    SignIn,
    /// Signed in with another address.
    WrongAccount,
    /// Expired, answered, or the proposal no longer takes co-proponents.
    Closed,
    /// They may answer; the organisations they represent in the city.
    Open(Vec<(i64, String)>),
}

/// The invitation, its pact and the viewer's standing.
fn standing(
    conn: &mut db::DbConn,
    token: &str,
    user: Option<&User>,
    now: DateTime<Utc>,
) -> Result<(Invitation, About, Standing), AppError> {
    let invitation =
        db::invitations::by_token(conn, &security::hash_token(token))?.ok_or(AppError::NotFound)?;
    let about = about(conn, invitation.pact_id)?;
    let open = invitation.answered_at.is_none()
        && invitation.expires_at > db::timestamp(now)
        && OPEN_TO_CO_PROPONENTS.contains(&db::pacts::status_of(conn, invitation.pact_id)?);
    let standing = match user {
        _ if !open => Standing::Closed,
        None => Standing::SignIn,
        Some(u) if u.email != invitation.email => Standing::WrongAccount,
        Some(u) => Standing::Open(db::proposals::represented(conn, u.id, about.city_id)?),
    };
    Ok((invitation, about, standing))
}

/// `GET /invitations/{token}`: what the invitation is about, and the
/// answer form for the invited account.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Markup, AppError> {
    let now = state.clock.now();
    let path = ctx.path.clone();
    let (invitation, about, standing) = state
        .db(move |conn| standing(conn, &token, viewer.user.as_ref(), now))
        .await?;
    Ok(view::show(&ctx, &invitation, &about, &standing, &path))
}

/// The answer.
#[derive(Debug, Default, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    party: String,
}

/// `POST /invitations/{token}`: joins (alone or for an organisation) or
/// declines; the author is told either way.
pub async fn answer(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let user = viewer
        .user
        .ok_or_else(|| AppError::Forbidden(Message::new("error-sign-in-needed")))?;
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    let back = state
        .db(move |conn| {
            let (invitation, about, standing) = standing(conn, &token, Some(&user), now)?;
            match standing {
                Standing::Open(_) => {}
                Standing::WrongAccount => {
                    return Err(AppError::Forbidden(Message::new(
                        "invitation-wrong-account",
                    )));
                }
                Standing::SignIn | Standing::Closed => {
                    return Err(AppError::BadRequest(Message::new("invitation-closed")));
                }
            }
            let join = match form.party.trim() {
                "" => JoinAs::Individual {
                    name: user.display_name.clone(),
                    public_name: user.public_name.clone(),
                },
                party => JoinAs::Party(
                    party
                        .parse()
                        .map_err(|_| AppError::BadRequest(Message::new("error-bad-form")))?,
                ),
            };
            let accepted = match form.answer.as_str() {
                "accept" => true,
                "decline" => false,
                _ => return Err(AppError::BadRequest(Message::new("error-bad-form"))),
            };
            let outcome = db::transaction(conn, |conn| {
                if accepted {
                    db::invitations::accept(conn, &invitation, user.id, &join, now)?;
                } else {
                    db::invitations::decline(conn, &invitation, user.id, now)?;
                }
                tell_author(conn, &invitation, &about, (&user, accepted), &site, now)?;
                Ok::<_, AnswerError>(())
            });
            match outcome {
                Ok(()) => Ok(about.path),
                Err(AnswerError::AlreadyAnswered | AnswerError::Closed) => {
                    Err(AppError::BadRequest(Message::new("invitation-closed")))
                }
                Err(AnswerError::NotRepresentative) => {
                    Err(AppError::BadRequest(Message::new("error-party")))
                }
                Err(AnswerError::Db(e)) => Err(e.into()),
            }
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

/// E-mails whoever invited that the invitation was answered.
fn tell_author(
    conn: &mut db::DbConn,
    invitation: &Invitation,
    about: &About,
    (user, accepted): (&User, bool),
    site: &str,
    now: DateTime<Utc>,
) -> diesel::QueryResult<()> {
    let Some(author) = db::users::get(conn, invitation.invited_by)? else {
        return Ok(());
    };
    let lang = Lang::parse(&author.language).unwrap_or_default();
    let link = format!("{site}{}", about.path);
    let mail = messages::invitation_answered(
        lang,
        (&author.email, &author.display_name),
        &about.title,
        &user.display_name,
        accepted,
        &link,
    );
    let notice = crate::notify::About {
        kind: crate::domain::notification::NotificationKind::Proposal,
        pact_id: Some(invitation.pact_id),
        party: true,
        link: &link,
    };
    crate::notify::send(conn, &notice, &mail, now).map(drop)
}

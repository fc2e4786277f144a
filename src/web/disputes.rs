//! Disputes over a pact in force: either side opens one; the officer
//! records the conciliation attempt (when, who, what came of it) and
//! closes it with the pact continuing, to be amended, or ended. Everyone
//! concerned is e-mailed; the public history says only that it happened.

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::drafting::{Participant, load};
use super::extract::{Form, Path};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::domain::lifecycle::{Action, Actor, Resolution};
use crate::domain::vocab::Vocabulary;
use crate::error::{AppError, Message};
use crate::i18n::Arg;
use crate::mail::messages::PactNotice;
use crate::signatures::PactRef;

/// The disputes section of a pact page: only for its parties and the
/// city's staff.
pub fn section(
    conn: &mut db::DbConn,
    pact: &crate::db::pacts::Pact,
    participant: bool,
    staff: bool,
) -> Result<crate::views::disputes::Section, AppError> {
    if !participant {
        return Ok(crate::views::disputes::Section::default());
    }
    let disputes = db::disputes::of_pact(conn, pact.id)?;
    Ok(crate::views::disputes::Section {
        participant,
        staff,
        can_open: pact.lifecycle.status.is_in_force()
            && disputes.iter().all(|d| d.closed_at.is_some()),
        disputes,
    })
}

/// Opening a dispute.
#[derive(Debug, Default, Deserialize)]
pub struct OpenForm {
    #[serde(default)]
    subject: String,
}

/// `POST /cities/{city}/pacts/{number}/disputes`: a party or an officer
/// opens a dispute over a pact in force (one at a time).
pub async fn open(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<OpenForm>,
) -> Result<Response, AppError> {
    let subject = form.subject.trim().to_owned();
    let limit = state.config.text_limits().comment;
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let back = format!("/cities/{slug}/pacts/{number}#disputes");
    state
        .db(move |conn| {
            let user = viewer.user.as_ref().ok_or(AppError::NotFound)?;
            let loaded = load(conn, &slug, &number, Some(user))?;
            let by_city = match loaded.participant {
                Some(Participant::Staff) => true,
                Some(Participant::Proponent) => false,
                None => return Err(AppError::Forbidden(Message::new("dispute-error-not-party"))),
            };
            if subject.is_empty() || subject.chars().count() > limit {
                return Err(AppError::BadRequest(Message::new("dispute-error-subject")));
            }
            let pact_id = loaded.detail.pact.id;
            if !loaded.detail.pact.lifecycle.status.is_in_force() {
                return Err(AppError::BadRequest(Message::new("dispute-error-not-now")));
            }
            let pact = PactRef::load(conn, pact_id)?;
            let done = db::transaction(conn, |conn| {
                if db::disputes::has_open(conn, pact_id)? {
                    return Ok(false);
                }
                db::disputes::open(conn, pact_id, (user.id, by_city), &subject, now)?;
                let actor = if by_city {
                    Actor::Officer
                } else {
                    Actor::Proponent
                };
                db::pacts::record_event(conn, pact_id, now, (actor, ""), "dispute_opened", "")?;
                let by = if by_city { "city" } else { "party" };
                let args = [("by", Arg::Str(by.to_owned()))];
                crate::terms::tell(
                    conn,
                    &pact,
                    PactNotice::DisputeOpened,
                    (&args, Some(&subject)),
                    (now, &site),
                )?;
                Ok::<_, diesel::result::Error>(true)
            })?;
            if !done {
                return Err(AppError::BadRequest(Message::new("dispute-error-open")));
            }
            Ok(())
        })
        .await?;
    Ok(see_other(&back))
}

/// The conciliation attempt.
#[derive(Debug, Default, Deserialize)]
pub struct ConciliationForm {
    #[serde(default)]
    on: String,
    #[serde(default)]
    participants: String,
    #[serde(default)]
    notes: String,
}

/// A dispute of the city named in the path, and its pact.
fn of_city(conn: &mut db::DbConn, slug: &str, id: i64) -> Result<PactRef, AppError> {
    let city = db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?;
    let dispute = db::disputes::get(conn, id)?.ok_or(AppError::NotFound)?;
    let pact = PactRef::load(conn, dispute.pact_id)?;
    if pact.city.id == city.id {
        Ok(pact)
    } else {
        Err(AppError::NotFound)
    }
}

/// `POST /admin/{city}/disputes/{id}/conciliation`: records the
/// conciliation meeting.
pub async fn conciliation(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ConciliationForm>,
) -> Result<Response, AppError> {
    let on = chrono::NaiveDate::parse_from_str(form.on.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::BadRequest(Message::new("dispute-error-date")))?;
    let (participants, notes) = (
        form.participants.trim().to_owned(),
        form.notes.trim().to_owned(),
    );
    let limit = state.config.text_limits().comment;
    if participants.is_empty() || notes.is_empty() || notes.chars().count() > limit {
        return Err(AppError::BadRequest(Message::new(
            "dispute-error-conciliation",
        )));
    }
    let now = state.clock.now();
    let name = viewer.user.map(|u| u.display_name).unwrap_or_default();
    let back = state
        .db(move |conn| {
            let pact = of_city(conn, &slug, id)?;
            let done = db::transaction(conn, |conn| {
                if !db::disputes::record_conciliation(conn, id, (on, &participants, &notes))? {
                    return Ok(false);
                }
                db::pacts::record_event(
                    conn,
                    pact.pact_id,
                    now,
                    (Actor::Officer, &name),
                    "conciliation_recorded",
                    &on.to_string(),
                )?;
                Ok::<_, diesel::result::Error>(true)
            })?;
            if !done {
                return Err(AppError::BadRequest(Message::new("dispute-error-closed")));
            }
            Ok(format!("/cities/{slug}/pacts/{}#disputes", pact.number))
        })
        .await?;
    Ok(see_other(&back))
}

/// Closing a dispute.
#[derive(Debug, Default, Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    resolution: String,
    #[serde(default)]
    note: String,
}

/// `POST /admin/{city}/disputes/{id}/close`: the pact continues, is to be
/// amended, or is ended (then as a termination for breach of the
/// agreement, with the note as reasons); everyone is told.
pub async fn close(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<CloseForm>,
) -> Result<Response, AppError> {
    let resolution = Resolution::parse(&form.resolution)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    let note = form.note.trim().to_owned();
    if note.is_empty() {
        return Err(AppError::BadRequest(Message::new("dispute-error-note")));
    }
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let actor = if user.can_sign {
        Actor::SigningOfficer
    } else {
        Actor::Officer
    };
    let back = state
        .db(move |conn| {
            let pact = of_city(conn, &slug, id)?;
            let outcome = db::transaction(conn, |conn| {
                if !db::disputes::close(conn, id, (resolution, &note), now)? {
                    return Ok(false);
                }
                db::pacts::record_event(
                    conn,
                    pact.pact_id,
                    now,
                    (actor, &user.display_name),
                    "dispute_closed",
                    resolution.name(),
                )?;
                if resolution == Resolution::Amended {
                    // The amendment starts at once, with the decision as
                    // its reasons (unless one is already under way).
                    let by = (actor, user.display_name.as_str());
                    match crate::amendments::open_in(conn, &pact, by, &note, (now, &site)) {
                        Ok(()) | Err(crate::amendments::AmendmentFailure::Rule(_)) => {}
                        Err(crate::amendments::AmendmentFailure::Db(e)) => return Err(e.into()),
                    }
                }
                if resolution == Resolution::Terminated {
                    let lang = crate::i18n::Lang::parse(&pact.city.language).unwrap_or_default();
                    let reason = format!(
                        "{} — {note}",
                        lang.label(crate::domain::lifecycle::TerminationKind::Breach)
                    );
                    let action = Action::Terminate {
                        reason: reason.clone(),
                    };
                    db::pacts::apply(
                        conn,
                        pact.pact_id,
                        &action,
                        actor,
                        &user.display_name,
                        now,
                        &pact.city.settings(),
                    )?;
                    db::terms::set_suspended_until(conn, pact.pact_id, None)?;
                    crate::terms::tell(
                        conn,
                        &pact,
                        PactNotice::Terminated,
                        (&[], Some(&reason)),
                        (now, &site),
                    )?;
                } else {
                    let args = [("resolution", Arg::Str(resolution.name().to_owned()))];
                    crate::terms::tell(
                        conn,
                        &pact,
                        PactNotice::DisputeClosed,
                        (&args, Some(&note)),
                        (now, &site),
                    )?;
                }
                Ok::<_, db::pacts::WriteError>(true)
            });
            match outcome {
                Ok(true) => Ok(format!("/cities/{slug}/pacts/{}#disputes", pact.number)),
                Ok(false) => Err(AppError::BadRequest(Message::new("dispute-error-closed"))),
                Err(db::pacts::WriteError::Transition(_) | db::pacts::WriteError::Conflict) => {
                    Err(AppError::BadRequest(Message::new("error-not-now")))
                }
                Err(e) => Err(AppError::Internal(e.into())),
            }
        })
        .await?;
    Ok(see_other(&back))
}

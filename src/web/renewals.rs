//! Renewals over the web: the renewal section of a pact page, a party
//! (or an officer) asking for renewal or objecting to a tacit one, and the
//! officer's answer to a renewal asked for.

use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use serde::Deserialize;

use super::drafting::{Participant, as_participant, reasoned};
use super::extract::{Form, Path};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::pacts::Pact;
use crate::domain::lifecycle::Status;
use crate::domain::renewal::{self as rules, RenewalError};
use crate::error::{AppError, Message};
use crate::i18n::Arg;
use crate::renewals::{Decision, RenewalFailure, Request};
use crate::views::renewals::{Previous, Section, Tacit};

impl From<RenewalError> for AppError {
    fn from(e: RenewalError) -> Self {
        let date = Arg::Date;
        AppError::BadRequest(match e {
            RenewalError::NotInForce => Message::new("renewal-error-not-in-force"),
            RenewalError::NotYet { opens } => {
                Message::new("renewal-error-not-yet").arg("date", date(opens))
            }
            RenewalError::AlreadyRenewed => Message::new("renewal-error-already"),
            RenewalError::NotTacit => Message::new("renewal-error-not-tacit"),
            RenewalError::ObjectionsClosed { deadline } => {
                Message::new("renewal-error-objections-closed").arg("date", date(deadline))
            }
            RenewalError::AlreadyObjected => Message::new("renewal-error-objected"),
            RenewalError::Gap { days } => {
                Message::new("renewal-error-gap").arg("days", Arg::Num(days))
            }
            RenewalError::Overlap { days } => {
                Message::new("renewal-error-overlap").arg("days", Arg::Num(days))
            }
        })
    }
}

impl From<RenewalFailure> for AppError {
    fn from(e: RenewalFailure) -> Self {
        match e {
            RenewalFailure::Rule(e) => e.into(),
            RenewalFailure::Write(
                db::pacts::WriteError::Transition(_) | db::pacts::WriteError::Conflict,
            ) => AppError::BadRequest(Message::new("error-not-now")),
            RenewalFailure::Write(e) => AppError::Internal(e.into()),
        }
    }
}

/// The renewal section of a pact page: what became of its renewal, and
/// for its parties and the city's staff what they may do about it today.
pub fn section(
    conn: &mut db::DbConn,
    (pact, city): (&Pact, &db::cities::City),
    participant: Option<Participant>,
    today: NaiveDate,
) -> Result<Section, AppError> {
    let life = &pact.lifecycle;
    let renewal = if life.status.was_signed() {
        db::renewals::of_term(conn, pact.id)?
    } else {
        None
    };
    let previous = match pact.renews_pact_id {
        Some(id) if pact.term > 0 => {
            let number = db::pacts::get(conn, id)?.number;
            let last_report = db::reports::of_pact(conn, id)?
                .into_iter()
                .map(|r| r.period)
                .max();
            Some(Previous {
                number,
                last_report,
            })
        }
        _ => None,
    };
    let settings = city.renewal();
    let tacit = match life.end_date {
        Some(end)
            if life.status == Status::Active
                && renewal.is_none()
                && settings.is_tacit_for(pact.kind) =>
        {
            let objected = pact.renewal_objection.is_some();
            Some(Tacit {
                start: rules::next_start(end),
                deadline: settings.objection_deadline(end),
                may_object: participant.is_some()
                    && rules::may_object(life, (objected, false), today, &settings).is_ok(),
                objected,
                objection: participant.and(pact.renewal_objection.clone()),
            })
        }
        _ => None,
    };
    let notice_days = city.settings().expiry_notice_days;
    let (may_ask, opens) = match participant {
        Some(_) => match rules::may_ask(life, renewal.is_some(), today, &notice_days) {
            Ok(()) => (true, None),
            Err(RenewalError::NotYet { opens }) => (false, Some(opens)),
            Err(_) => (false, None),
        },
        None => (false, None),
    };
    Ok(Section {
        renewal,
        previous,
        tacit,
        may_ask,
        opens,
        duration_months: life.duration_months,
        decide: participant == Some(Participant::Staff)
            && pact.term > 0
            && life.status == Status::Submitted,
    })
}

/// Asking for renewal.
#[derive(Debug, Default, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    duration_months: String,
    #[serde(default)]
    changes: String,
}

/// `POST /cities/{city}/pacts/{number}/renewal`: a party (or an officer)
/// asks for the renewal of a pact in force, from its first expiry notice
/// on.
pub async fn ask(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<AskForm>,
) -> Result<Response, AppError> {
    let limit = state.config.text_limits().comment;
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let renewal = state
        .db(move |conn| {
            let user = viewer.user.as_ref().ok_or(AppError::NotFound)?;
            let (loaded, actor) =
                as_participant(conn, (&slug, &number), user, "renewal-error-not-party")?;
            let duration_months = form
                .duration_months
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=120).contains(m))
                .ok_or_else(|| AppError::BadRequest(Message::new("renewal-error-duration")))?;
            let changes = form.changes.trim().to_owned();
            if changes.chars().count() > limit {
                return Err(AppError::BadRequest(Message::new("error-too-long")));
            }
            let request = Request {
                duration_months,
                changes: &changes,
            };
            let renewal = crate::renewals::ask(
                conn,
                loaded.detail.pact.id,
                (actor, &user.display_name),
                &request,
                (now, &site),
            )?;
            Ok(format!("/cities/{slug}/pacts/{renewal}"))
        })
        .await?;
    Ok(see_other(&renewal))
}

/// Objecting to a tacit renewal.
#[derive(Debug, Default, Deserialize)]
pub struct ObjectForm {
    #[serde(default)]
    reason: String,
}

/// `POST /cities/{city}/pacts/{number}/renewal/objection`: a party or an
/// officer objects to the tacit renewal, before the deadline.
pub async fn object(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<ObjectForm>,
) -> Result<Response, AppError> {
    let back = format!("/cities/{slug}/pacts/{number}#renewal");
    reasoned(
        &state,
        (viewer, (slug, number)),
        &form.reason,
        ("renewal-error-not-party", "renewal-error-reason"),
        (crate::renewals::object, back),
    )
    .await
}

/// The officer's answer.
#[derive(Debug, Default, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    note: String,
}

/// `POST /admin/{city}/pacts/{number}/renewal`: the officer accepts a
/// renewal asked for, asks for changes or refuses it (both with a note).
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<DecideForm>,
) -> Result<Response, AppError> {
    let note = form.note.trim().to_owned();
    let decision = match form.decision.as_str() {
        "accept" => Decision::Accept,
        "changes" => Decision::AskChanges { note },
        "refuse" => Decision::Refuse { reason: note },
        _ => return Err(AppError::BadRequest(Message::new("error-bad-form"))),
    };
    if matches!(&decision, Decision::AskChanges { note: text } | Decision::Refuse { reason: text } if text.is_empty())
    {
        return Err(AppError::BadRequest(Message::new("error-reason-required")));
    }
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let back = format!("/cities/{slug}/pacts/{number}");
    state
        .db(move |conn| {
            let (loaded, actor) =
                as_participant(conn, (&slug, &number), &user, "renewal-error-not-party")?;
            let pact = &loaded.detail.pact;
            if pact.term == 0 || loaded.participant != Some(Participant::Staff) {
                return Err(AppError::NotFound);
            }
            crate::renewals::decide(
                conn,
                pact.id,
                &decision,
                (actor, &user.display_name),
                (now, &site),
            )?;
            Ok(())
        })
        .await?;
    Ok(see_other(&back))
}

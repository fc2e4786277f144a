//! Renewals of pacts in force. From the first expiry notice on, a party
//! (or the city) asks for renewal in one action: the new term is created
//! from the current one (same parties, the text in force as its first
//! version, the start the day after the current term ends) and waits for
//! the officer, who accepts it (on to approval and signatures), asks for
//! changes (co-design) or refuses it. In a city that allows it, ordinary
//! pacts nobody objected to renew tacitly when their term ends.
//!
//! Each step is one transaction with its messages.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::db::renewals::NewTerm;
use crate::db::{self, DbConn, RetryableError};
use crate::domain::lifecycle::{Action, Actor, Lifecycle, Status};
use crate::domain::renewal::{self as rules, RenewalError};
use crate::domain::vocab::PactKind;
use crate::i18n::Arg;
use crate::mail::messages::PactNotice;
use crate::signatures::PactRef;
use crate::terms::tell;

/// Why a renewal step was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum RenewalFailure {
    /// The renewal rules refuse it.
    #[error(transparent)]
    Rule(#[from] RenewalError),
    /// The lifecycle refused it, or the database failed.
    #[error(transparent)]
    Write(#[from] db::pacts::WriteError),
}

impl From<diesel::result::Error> for RenewalFailure {
    fn from(e: diesel::result::Error) -> Self {
        RenewalFailure::Write(e.into())
    }
}

impl RetryableError for RenewalFailure {
    fn is_retryable(&self) -> bool {
        matches!(self, RenewalFailure::Write(e) if e.is_retryable())
    }
}

/// What the parties ask for.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// Duration of the new term, months.
    pub duration_months: u32,
    /// The changes they would like, if any (free text).
    pub changes: &'a str,
}

/// Asks for the renewal of the term `previous_id`, by `by`: creates the
/// new term (submitted, to start the day after this one ends) and tells
/// the parties and the officer. Returns the new term's number; a second
/// request for the same term (even a simultaneous one) is refused.
pub fn ask(
    conn: &mut DbConn,
    previous_id: i64,
    by: (Actor, &str),
    request: &Request<'_>,
    (now, site): (DateTime<Utc>, &str),
) -> Result<String, RenewalFailure> {
    let pact = PactRef::load(conn, previous_id)?;
    let notice_days = pact.city.settings().expiry_notice_days;
    let today = now.date_naive();
    db::transaction(conn, |conn| {
        let previous = db::pacts::get(conn, previous_id)?;
        let renewed = !db::renewals::renewed(conn, &[previous_id])?.is_empty();
        rules::may_ask(&previous.lifecycle, renewed, today, &notice_days)?;
        let end = previous
            .lifecycle
            .end_date
            .ok_or(RenewalError::NotInForce)?;
        let new = NewTerm {
            previous: &previous,
            lifecycle: Lifecycle::submitted(previous.kind, request.duration_months, today),
            agreed_start: Some(rules::next_start(end)),
            by,
            event: "renewal_requested",
            details: request.changes,
        };
        let (_, number) = db::renewals::create(conn, &new, now)?;
        let args = [("renewal", Arg::Str(number.clone()))];
        let changes = Some(request.changes).filter(|c| !c.is_empty());
        tell(
            conn,
            &pact,
            PactNotice::RenewalRequested,
            (&args, changes),
            (now, site),
        )?;
        Ok(number)
    })
}

/// The officer's answer to a renewal asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// On to approval (and, for a signing officer and an ordinary pact,
    /// approved: ready to be sent for signature).
    Accept,
    /// Back to the parties in co-design, saying what to change.
    AskChanges {
        /// What to change.
        note: String,
    },
    /// Refused, with reasons.
    Refuse {
        /// Why.
        reason: String,
    },
}

/// Records the officer's answer to the renewal `renewal_id` (a term still
/// submitted) and tells the parties. Returns the new status.
pub fn decide(
    conn: &mut DbConn,
    renewal_id: i64,
    decision: &Decision,
    officer: (Actor, &str),
    (now, site): (DateTime<Utc>, &str),
) -> Result<Status, RenewalFailure> {
    let pact = PactRef::load(conn, renewal_id)?;
    let settings = pact.city.settings();
    let (actor, name) = officer;
    db::transaction(conn, |conn| {
        let renewal = db::pacts::get(conn, renewal_id)?;
        if renewal.term == 0 || renewal.lifecycle.status != Status::Submitted {
            return Err(RenewalError::NotInForce.into());
        }
        let apply = |conn: &mut DbConn, action: &Action| {
            db::pacts::apply(conn, renewal_id, action, actor, name, now, &settings)
        };
        let (status, notice, reasons) = match decision {
            Decision::Accept => {
                apply(conn, &Action::StartReview)?;
                apply(conn, &Action::StartCoDesign)?;
                let mut life = apply(conn, &Action::SubmitForApproval)?;
                if actor == Actor::SigningOfficer && renewal.kind == PactKind::Ordinary {
                    let version =
                        crate::proposals::approved_version(conn, renewal_id, &pact.city.language)?;
                    life = apply(conn, &Action::Approve { version })?;
                }
                (life.status, PactNotice::RenewalAccepted, None)
            }
            Decision::AskChanges { note } => {
                apply(conn, &Action::StartReview)?;
                let life = apply(conn, &Action::StartCoDesign)?;
                db::pacts::record_event(
                    conn,
                    renewal_id,
                    now,
                    (actor, name),
                    "renewal_changes_asked",
                    note,
                )?;
                (life.status, PactNotice::RenewalChanges, Some(note.as_str()))
            }
            Decision::Refuse { reason } => {
                let life = apply(
                    conn,
                    &Action::Reject {
                        reason: reason.clone(),
                    },
                )?;
                (
                    life.status,
                    PactNotice::RenewalRefused,
                    Some(reason.as_str()),
                )
            }
        };
        tell(conn, &pact, notice, (&[], reasons), (now, site))?;
        Ok(status)
    })
}

/// A party or the city objects to the tacit renewal of `pact_id` before
/// the deadline; the reason goes to the parties and the officer (the
/// public history says only that someone objected).
pub fn object(
    conn: &mut DbConn,
    pact_id: i64,
    by: (Actor, &str),
    reason: &str,
    (now, site): (DateTime<Utc>, &str),
) -> Result<(), RenewalFailure> {
    let pact = PactRef::load(conn, pact_id)?;
    let settings = pact.city.renewal();
    db::transaction(conn, |conn| {
        let previous = db::pacts::get(conn, pact_id)?;
        let renewed = !db::renewals::renewed(conn, &[pact_id])?.is_empty();
        rules::may_object(
            &previous.lifecycle,
            (previous.renewal_objection.is_some(), renewed),
            now.date_naive(),
            &settings,
        )?;
        if !db::renewals::object(conn, pact_id, reason)? {
            return Err(RenewalError::AlreadyObjected.into());
        }
        db::pacts::record_event(conn, pact_id, now, by, "tacit_renewal_objected", "")?;
        tell(
            conn,
            &pact,
            PactNotice::RenewalObjected,
            (&[], Some(reason)),
            (now, site),
        )?;
        Ok(())
    })
}

/// Which of the pacts in force `candidates` (id, city) renew tacitly: in a
/// city that allows it, ordinary, active (a suspended pact expires),
/// nobody objected, no renewal asked for.
pub fn tacit_among(
    conn: &mut DbConn,
    candidates: &[(i64, i64)],
) -> diesel::QueryResult<std::collections::HashSet<i64>> {
    let tacit_cities: HashMap<i64, bool> = db::cities::list(conn)?
        .iter()
        .map(|city| (city.id, city.renewal().tacit))
        .collect();
    let ids: Vec<i64> = candidates
        .iter()
        .filter(|(_, city)| tacit_cities.get(city).copied().unwrap_or(false))
        .map(|(id, _)| *id)
        .collect();
    if ids.is_empty() {
        return Ok(std::collections::HashSet::new());
    }
    let renewed = db::renewals::renewed(conn, &ids)?;
    let mut open = db::renewals::without_objection(conn, &ids)?;
    open.retain(|id| !renewed.contains_key(id));
    Ok(open)
}

/// At the end of their term, renews tacitly the pacts `ids` (from
/// [`tacit_among`]): each, in one transaction, gets its next term in force
/// from the day after for the same duration, is moved to expired, and its
/// parties are told. A pact another runner renewed first, or that changed
/// meanwhile, is skipped. Returns how many were renewed.
pub fn renew_tacitly(
    conn: &mut DbConn,
    ids: &[i64],
    (now, site): (DateTime<Utc>, &str),
) -> Result<usize, db::pacts::WriteError> {
    let today = now.date_naive();
    let mut renewed = 0;
    for &pact_id in ids {
        let pact = PactRef::load(conn, pact_id)?;
        let settings = pact.city.settings();
        let done = db::transaction(conn, |conn| {
            let previous = db::pacts::get(conn, pact_id)?;
            let ended = previous.lifecycle.end_date.is_some_and(|end| end < today);
            if previous.lifecycle.status != Status::Active
                || !ended
                || previous.renewal_objection.is_some()
                || !db::renewals::renewed(conn, &[pact_id])?.is_empty()
            {
                return Ok(false);
            }
            match db::pacts::apply(
                conn,
                pact_id,
                &Action::Expire,
                Actor::System,
                "Pacta",
                now,
                &settings,
            ) {
                Ok(_) => {}
                // It moved meanwhile: nothing written, nothing renewed.
                Err(db::pacts::WriteError::Transition(_) | db::pacts::WriteError::Conflict) => {
                    return Ok(false);
                }
                Err(e) => return Err(e),
            }
            let lifecycle = rules::tacit_term(&previous.lifecycle, today)?;
            let (start, end) = (lifecycle.start_date, lifecycle.end_date);
            let new = NewTerm {
                previous: &previous,
                lifecycle,
                agreed_start: None,
                by: (Actor::System, "Pacta"),
                event: "renewed_tacitly",
                details: "",
            };
            let (_, number) = db::renewals::create(conn, &new, now)?;
            db::terms::set_suspended_until(conn, pact_id, None)?;
            let date = |d: Option<chrono::NaiveDate>| {
                Arg::Str(d.map(|d| d.to_string()).unwrap_or_default())
            };
            let args = [
                ("renewal", Arg::Str(number)),
                ("start", date(start)),
                ("end", date(end)),
            ];
            tell(
                conn,
                &pact,
                PactNotice::RenewedTacitly,
                (&args, None),
                (now, site),
            )?;
            Ok::<_, db::pacts::WriteError>(true)
        })?;
        renewed += usize::from(done);
    }
    Ok(renewed)
}

//! Amendments during the term, as a flow: a party or an officer starts
//! one on a pact in force (with the reasons); the text is drafted as in
//! co-design while the signed text stays in force; an officer submits it,
//! a signing officer approves it (or sends it back), it is sent for
//! signature as usual, and the last signature makes it the version in
//! force (see `signatures::complete`). Each step is one transaction with
//! its messages; the state read guards every move.

use chrono::{DateTime, Utc};

use crate::db::{self, DbConn, RetryableError};
use crate::domain::amendment::{self as rules, AmendmentError, AmendmentState, AmendmentStep};
use crate::domain::lifecycle::Actor;
use crate::mail::messages::PactNotice;
use crate::signatures::PactRef;
use crate::terms::tell;

/// Why an amendment step was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum AmendmentFailure {
    /// The amendment rules refuse it.
    #[error(transparent)]
    Rule(#[from] AmendmentError),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

impl RetryableError for AmendmentFailure {
    fn is_retryable(&self) -> bool {
        matches!(self, AmendmentFailure::Db(e) if e.is_retryable())
    }
}

/// Starts an amendment of the pact in force `pact_id`, from its current
/// version, and tells the parties and the officer.
pub fn start(
    conn: &mut DbConn,
    pact_id: i64,
    (actor, name): (Actor, &str),
    reason: &str,
    (now, site): (DateTime<Utc>, &str),
) -> Result<(), AmendmentFailure> {
    let pact = PactRef::load(conn, pact_id)?;
    db::transaction(conn, |conn| {
        open_in(conn, &pact, (actor, name), reason, (now, site))
    })
}

/// [`start`], for a caller holding the transaction (a dispute closed with
/// the pact to be amended).
pub fn open_in(
    conn: &mut DbConn,
    pact: &PactRef,
    (actor, name): (Actor, &str),
    reason: &str,
    (now, site): (DateTime<Utc>, &str),
) -> Result<(), AmendmentFailure> {
    let pact_id = pact.pact_id;
    db::signing::lock_pact(conn, pact_id)?;
    let status = db::pacts::status_of(conn, pact_id)?;
    let open = db::amendments::open_of(conn, pact_id)?.is_some();
    rules::may_start(status, open)?;
    let (latest, _) = db::pacts::latest_version(conn, pact_id)?;
    let version = db::pacts::get(conn, pact_id)?
        .version_in_force
        .unwrap_or(latest);
    if latest != version {
        // Drafts of an amendment given up come after the text in force:
        // the new draft starts again from that text.
        let text = db::versions::get(conn, pact_id, version)?
            .ok_or(diesel::result::Error::NotFound)?
            .text;
        let note = format!("v{version}");
        db::pacts::add_version(conn, pact_id, &text, actor, name, &note, now).map_err(
            |e| match e {
                db::pacts::WriteError::Db(e) => AmendmentFailure::Db(e),
                _ => AmendmentFailure::Rule(AmendmentError::NotNow),
            },
        )?;
    }
    db::amendments::insert(conn, pact_id, (reason, version, name), now)?;
    db::pacts::record_event(
        conn,
        pact_id,
        now,
        (actor, name),
        "amendment_started",
        reason,
    )?;
    tell(
        conn,
        pact,
        PactNotice::AmendmentStarted,
        (&[], Some(reason)),
        (now, site),
    )?;
    Ok(())
}

/// Takes `step` on the amendment under way of `pact_id`, as `actor`.
/// Sending it back or abandoning it cancels the signatures under way;
/// abandoning it tells the parties. Returns the new state.
pub fn step(
    conn: &mut DbConn,
    pact_id: i64,
    step: AmendmentStep,
    (actor, name): (Actor, &str),
    (now, site): (DateTime<Utc>, &str),
) -> Result<AmendmentState, AmendmentFailure> {
    let pact = PactRef::load(conn, pact_id)?;
    db::transaction(conn, |conn| {
        db::signing::lock_pact(conn, pact_id)?;
        let amendment = db::amendments::open_of(conn, pact_id)?.ok_or(AmendmentError::NoneOpen)?;
        let (latest, sha256) = db::pacts::latest_version(conn, pact_id)?;
        let in_force = db::versions::get(conn, pact_id, amendment.from_version)?
            .ok_or(diesel::result::Error::NotFound)?;
        let next = rules::next(amendment.state, step, actor, in_force.sha256 != sha256)?;
        if !db::amendments::set_state(conn, amendment.id, (amendment.state, next), now)? {
            return Err(AmendmentError::NotNow.into());
        }
        if matches!(step, AmendmentStep::Return | AmendmentStep::Abandon) {
            db::signing::cancel_open(conn, pact_id)?;
        }
        let details = match step {
            AmendmentStep::Approve => format!("v{latest} · SHA-256 {sha256}"),
            _ => String::new(),
        };
        let kind = format!("amendment_{}", step_event(step));
        db::pacts::record_event(conn, pact_id, now, (actor, name), &kind, &details)?;
        if step == AmendmentStep::Abandon {
            tell(
                conn,
                &pact,
                PactNotice::AmendmentAbandoned,
                (&[], None),
                (now, site),
            )?;
        }
        Ok(next)
    })
}

/// The history's word for a step.
fn step_event(step: AmendmentStep) -> &'static str {
    match step {
        AmendmentStep::Submit => "submitted",
        AmendmentStep::Return => "returned",
        AmendmentStep::Approve => "approved",
        AmendmentStep::Abandon => "abandoned",
    }
}

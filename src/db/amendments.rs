//! Amendments in storage: the amendments of a pact, the one under way,
//! and its moves (each guarded by the state read, so that two officers
//! acting at once move it once).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::amendments;
use super::{DbConn, timestamp, vocab};
use crate::domain::amendment::AmendmentState;
use crate::domain::vocab::Vocabulary;

/// An amendment of a pact.
#[derive(Debug, Clone, Serialize)]
pub struct Amendment {
    /// Id.
    #[serde(skip)]
    pub id: i64,
    /// Where it stands.
    pub state: AmendmentState,
    /// Why the text is changed.
    pub reason: String,
    /// The version in force when it started.
    pub from_version: i32,
    /// Who started it (name).
    pub started_by: String,
    /// When it started (UTC).
    pub created_at: NaiveDateTime,
}

type Row = (i64, String, String, i32, String, NaiveDateTime);

const COLUMNS: (
    amendments::id,
    amendments::state,
    amendments::reason,
    amendments::from_version,
    amendments::started_by,
    amendments::created_at,
) = (
    amendments::id,
    amendments::state,
    amendments::reason,
    amendments::from_version,
    amendments::started_by,
    amendments::created_at,
);

fn into_amendment(
    (id, state, reason, from_version, started_by, created_at): Row,
) -> QueryResult<Amendment> {
    Ok(Amendment {
        id,
        state: vocab(&state)?,
        reason,
        from_version,
        started_by,
        created_at,
    })
}

/// The amendments of a pact, latest first.
pub fn of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Amendment>> {
    amendments::table
        .filter(amendments::pact_id.eq(pact_id))
        .order(amendments::id.desc())
        .select(COLUMNS)
        .load::<Row>(conn)?
        .into_iter()
        .map(into_amendment)
        .collect()
}

/// The amendment under way on a pact, if any.
pub fn open_of(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<Amendment>> {
    let open: Vec<&str> = [
        AmendmentState::Drafting,
        AmendmentState::AwaitingApproval,
        AmendmentState::Approved,
    ]
    .map(AmendmentState::name)
    .to_vec();
    amendments::table
        .filter(amendments::pact_id.eq(pact_id))
        .filter(amendments::state.eq_any(open))
        .order(amendments::id.desc())
        .select(COLUMNS)
        .first::<Row>(conn)
        .optional()?
        .map(into_amendment)
        .transpose()
}

/// Starts an amendment from version `from_version`; the caller checked
/// none is under way, holding the pact's lock. Returns its id.
pub fn insert(
    conn: &mut DbConn,
    pact_id: i64,
    (reason, from_version, started_by): (&str, i32, &str),
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    let at = timestamp(now);
    diesel::insert_into(amendments::table)
        .values((
            amendments::pact_id.eq(pact_id),
            amendments::state.eq(AmendmentState::Drafting.name()),
            amendments::reason.eq(reason),
            amendments::from_version.eq(from_version),
            amendments::started_by.eq(started_by),
            amendments::created_at.eq(at),
            amendments::updated_at.eq(at),
        ))
        .returning(amendments::id)
        .get_result(conn)
}

/// Moves amendment `id` from `from` to `to`; `false` if it was no longer
/// in `from`.
pub fn set_state(
    conn: &mut DbConn,
    id: i64,
    (from, to): (AmendmentState, AmendmentState),
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(amendments::table.find(id))
        .filter(amendments::state.eq(from.name()))
        .set((
            amendments::state.eq(to.name()),
            amendments::updated_at.eq(timestamp(now)),
        ))
        .execute(conn)
        .map(|n| n == 1)
}

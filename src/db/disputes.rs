//! Disputes over pacts in force: opened, the conciliation recorded,
//! closed with a resolution.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::disputes;
use super::{DbConn, timestamp, vocab};
use crate::domain::lifecycle::Resolution;
use crate::domain::vocab::Vocabulary;

/// A dispute.
#[derive(Debug, Clone, Serialize)]
pub struct Dispute {
    /// Id.
    pub id: i64,
    /// Its pact.
    #[serde(skip)]
    pub pact_id: i64,
    /// Whether the city opened it (else a party).
    pub by_city: bool,
    /// What it is about.
    pub subject: String,
    /// When it was opened.
    pub opened_at: NaiveDateTime,
    /// The conciliation meeting: its date, who took part, what came of it.
    pub conciliation: Option<(NaiveDate, String, String)>,
    /// How it ended, with a note.
    pub resolution: Option<(Resolution, String)>,
    /// When it was closed.
    pub closed_at: Option<NaiveDateTime>,
}

type Row = (
    i64,
    i64,
    bool,
    String,
    NaiveDateTime,
    (Option<NaiveDate>, Option<String>, Option<String>),
    (Option<String>, Option<String>, Option<NaiveDateTime>),
);

/// A pact's disputes, latest first.
pub fn of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Dispute>> {
    select(conn, (Some(pact_id), None))
}

/// One dispute.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<Option<Dispute>> {
    Ok(select(conn, (None, Some(id)))?.pop())
}

/// The disputes of a pact, or one dispute.
fn select(
    conn: &mut DbConn,
    (pact_id, id): (Option<i64>, Option<i64>),
) -> QueryResult<Vec<Dispute>> {
    let mut query = disputes::table.into_boxed();
    if let Some(pact_id) = pact_id {
        query = query.filter(disputes::pact_id.eq(pact_id));
    }
    if let Some(id) = id {
        query = query.filter(disputes::id.eq(id));
    }
    let rows: Vec<Row> = query
        .order(disputes::id.desc())
        .select((
            disputes::id,
            disputes::pact_id,
            disputes::by_city,
            disputes::subject,
            disputes::opened_at,
            (
                disputes::conciliation_on,
                disputes::participants,
                disputes::conciliation_notes,
            ),
            (
                disputes::resolution,
                disputes::resolution_note,
                disputes::closed_at,
            ),
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, pact_id, by_city, subject, opened_at, meeting, end)| {
            let resolution = match end.0 {
                Some(r) => Some((vocab::<Resolution>(&r)?, end.1.unwrap_or_default())),
                None => None,
            };
            Ok(Dispute {
                id,
                pact_id,
                by_city,
                subject,
                opened_at,
                conciliation: match meeting {
                    (Some(on), participants, notes) => Some((
                        on,
                        participants.unwrap_or_default(),
                        notes.unwrap_or_default(),
                    )),
                    _ => None,
                },
                resolution,
                closed_at: end.2,
            })
        })
        .collect()
}

/// Whether the pact has a dispute still open.
pub fn has_open(conn: &mut DbConn, pact_id: i64) -> QueryResult<bool> {
    let open: i64 = disputes::table
        .filter(disputes::pact_id.eq(pact_id))
        .filter(disputes::closed_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(open > 0)
}

/// Opens a dispute. Returns its id.
pub fn open(
    conn: &mut DbConn,
    pact_id: i64,
    (opened_by, by_city): (i64, bool),
    subject: &str,
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    diesel::insert_into(disputes::table)
        .values((
            disputes::pact_id.eq(pact_id),
            disputes::opened_by.eq(opened_by),
            disputes::by_city.eq(by_city),
            disputes::subject.eq(subject),
            disputes::opened_at.eq(timestamp(now)),
        ))
        .returning(disputes::id)
        .get_result(conn)
}

/// Records the conciliation attempt of an open dispute. Returns whether
/// it was open.
pub fn record_conciliation(
    conn: &mut DbConn,
    id: i64,
    (on, participants, notes): (NaiveDate, &str, &str),
) -> QueryResult<bool> {
    diesel::update(
        disputes::table
            .filter(disputes::id.eq(id))
            .filter(disputes::closed_at.is_null()),
    )
    .set((
        disputes::conciliation_on.eq(on),
        disputes::participants.eq(participants),
        disputes::conciliation_notes.eq(notes),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Closes an open dispute with its resolution. Returns whether it was open.
pub fn close(
    conn: &mut DbConn,
    id: i64,
    (resolution, note): (Resolution, &str),
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        disputes::table
            .filter(disputes::id.eq(id))
            .filter(disputes::closed_at.is_null()),
    )
    .set((
        disputes::resolution.eq(resolution.name()),
        disputes::resolution_note.eq(note),
        disputes::closed_at.eq(timestamp(now)),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

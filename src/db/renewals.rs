//! Renewals in storage: the new term of a pact (a pact row numbered
//! `-R1`, `-R2`…, linked by `renews_pact_id`, with the parties and the
//! text of the term it follows), which terms already have one, and the
//! objections to tacit renewals.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::pacts::{Pact, WriteError, insert_event, insert_version};
use super::schema::{pact_parties, pact_versions, pacts};
use super::{DbConn, timestamp, vocab};
use crate::domain::lifecycle::{Actor, Lifecycle, Status};
use crate::domain::number::renewal_number;
use crate::domain::vocab::{PactKind, Vocabulary};

/// The renewal of a term, as its page and the previous term's page show it.
#[derive(Debug, Clone, Serialize)]
pub struct Renewal {
    /// Its number (`2026-0042-R1`).
    pub number: String,
    /// Where it stands.
    pub status: Status,
    /// First day in force, once signed (or renewed tacitly).
    pub start_date: Option<NaiveDate>,
}

/// The renewal of the term `pact_id`, if one was asked for or made.
pub fn of_term(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<Renewal>> {
    pacts::table
        .filter(pacts::renews_pact_id.eq(pact_id))
        .order(pacts::id.desc())
        .select((pacts::number, pacts::status, pacts::start_date))
        .first::<(String, String, Option<NaiveDate>)>(conn)
        .optional()?
        .map(|(number, status, start_date)| {
            Ok(Renewal {
                number,
                status: vocab(&status)?,
                start_date,
            })
        })
        .transpose()
}

/// Which of the terms `ids` already have a renewal (asked for, refused or
/// made), and where it stands.
pub fn renewed(conn: &mut DbConn, ids: &[i64]) -> QueryResult<HashMap<i64, Status>> {
    let mut renewed = HashMap::new();
    // In slices, to stay within the parameter limits of both databases.
    for ids in ids.chunks(500) {
        for (id, status) in pacts::table
            .filter(pacts::renews_pact_id.eq_any(ids))
            .select((pacts::renews_pact_id.assume_not_null(), pacts::status))
            .load::<(i64, String)>(conn)?
        {
            renewed.insert(id, vocab(&status)?);
        }
    }
    Ok(renewed)
}

/// Of the pacts `ids`, the ordinary ones in force and not suspended that
/// nobody objected to renewing tacitly.
pub fn without_objection(conn: &mut DbConn, ids: &[i64]) -> QueryResult<HashSet<i64>> {
    let mut open = HashSet::new();
    for ids in ids.chunks(500) {
        open.extend(
            pacts::table
                .filter(pacts::id.eq_any(ids))
                .filter(pacts::status.eq(Status::Active.name()))
                .filter(pacts::kind.eq(PactKind::Ordinary.name()))
                .filter(pacts::renewal_objection.is_null())
                .select(pacts::id)
                .load::<i64>(conn)?,
        );
    }
    Ok(open)
}

/// Records an objection to the tacit renewal of a pact; `false` when
/// someone objected first.
pub fn object(conn: &mut DbConn, pact_id: i64, reason: &str) -> QueryResult<bool> {
    diesel::update(pacts::table.find(pact_id))
        .filter(pacts::renewal_objection.is_null())
        .set(pacts::renewal_objection.eq(reason))
        .execute(conn)
        .map(|n| n == 1)
}

/// A new term to record.
#[derive(Debug, Clone)]
pub struct NewTerm<'a> {
    /// The term it follows.
    pub previous: &'a Pact,
    /// Its state: submitted (asked for) or in force (renewed tacitly).
    pub lifecycle: Lifecycle,
    /// The start the parties agree on, for a renewal still to be signed.
    pub agreed_start: Option<NaiveDate>,
    /// Who asked for it, or Pacta.
    pub by: (Actor, &'a str),
    /// The history event on both terms (`renewal_requested`, `renewed_tacitly`).
    pub event: &'a str,
    /// Its details on the new term (the changes asked for).
    pub details: &'a str,
}

/// Inserts the term following `new.previous`: same city, commons, title,
/// kind, template, officer, report frequency and parties, and the text in
/// force as its first version; the event goes in both histories. The
/// caller holds the transaction. Returns the id and number; a second term
/// for the same previous one fails on the unique number.
pub fn create(
    conn: &mut DbConn,
    new: &NewTerm<'_>,
    now: DateTime<Utc>,
) -> Result<(i64, String), WriteError> {
    let previous = new.previous;
    let at = timestamp(now);
    let term = previous.term + 1;
    let number = renewal_number(&previous.number, term);
    let (sequence, template, assigned, frequency): (Option<i32>, Option<i64>, Option<i64>, String) =
        pacts::table
            .find(previous.id)
            .select((
                pacts::sequence,
                pacts::template_version_id,
                pacts::assigned_to,
                pacts::report_frequency,
            ))
            .first(conn)?;
    let life = &new.lifecycle;
    let pact_id: i64 = diesel::insert_into(pacts::table)
        .values((
            (
                pacts::city_id.eq(previous.city_id),
                pacts::commons_id.eq(previous.commons_id),
                pacts::renews_pact_id.eq(previous.id),
                pacts::number.eq(&number),
                pacts::year.eq(previous.year),
                pacts::sequence.eq(sequence),
                pacts::term.eq(i32::try_from(term).unwrap_or(i32::MAX)),
                pacts::title.eq(&previous.title),
                pacts::summary.eq(&previous.summary),
                pacts::kind.eq(life.kind.name()),
                pacts::intensity.eq(previous.intensity.name()),
                pacts::status.eq(life.status.name()),
            ),
            (
                pacts::duration_months.eq(life
                    .duration_months
                    .map(|m| i32::try_from(m).unwrap_or(i32::MAX))),
                pacts::submitted_on.eq(life.submitted_on),
                pacts::review_paused_days.eq(0),
                pacts::executive_decision.eq(&life.executive_decision),
                pacts::start_date.eq(life.start_date),
                pacts::end_date.eq(life.end_date),
                pacts::agreed_start_on.eq(new.agreed_start),
                pacts::template_version_id.eq(template),
                pacts::assigned_to.eq(assigned),
                pacts::report_frequency.eq(frequency),
                pacts::created_at.eq(at),
                pacts::updated_at.eq(at),
            ),
        ))
        .returning(pacts::id)
        .get_result(conn)?;
    copy_parties(conn, previous.id, pact_id)?;
    // The text in force (not a draft of an amendment given up); a pact
    // imported without its text renews without one, to be drafted.
    let text: Option<(String, String)> = pact_versions::table
        .filter(pact_versions::pact_id.eq(previous.id))
        .filter(pact_versions::number.le(previous.version_in_force.unwrap_or(i32::MAX)))
        .order(pact_versions::number.desc())
        .select((pact_versions::content, pact_versions::sha256))
        .first(conn)
        .optional()?;
    let (actor, name) = new.by;
    if let Some((content, sha256)) = text {
        insert_version(conn, pact_id, 1, &content, &sha256, name, "", at)?;
        if life.status.is_in_force() {
            super::pacts::set_version_in_force(conn, pact_id, 1)?;
        }
    }
    insert_event(
        conn,
        pact_id,
        at,
        actor,
        name,
        new.event,
        None,
        Some(life.status),
        new.details,
    )?;
    insert_event(
        conn,
        previous.id,
        at,
        actor,
        name,
        new.event,
        None,
        None,
        &number,
    )?;
    Ok((pact_id, number))
}

/// Gives the pact `to` the parties of `from`, in the same roles and order.
fn copy_parties(conn: &mut DbConn, from: i64, to: i64) -> QueryResult<()> {
    let parties: Vec<(i64, String, i32)> = pact_parties::table
        .filter(pact_parties::pact_id.eq(from))
        .select((
            pact_parties::party_id,
            pact_parties::role,
            pact_parties::position,
        ))
        .load(conn)?;
    for (party_id, role, position) in parties {
        diesel::insert_into(pact_parties::table)
            .values((
                pact_parties::pact_id.eq(to),
                pact_parties::party_id.eq(party_id),
                pact_parties::role.eq(role),
                pact_parties::position.eq(position),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// For a renewal (a term after the first), the last day of the term it
/// follows; `None` for a first term.
pub fn previous_end(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<NaiveDate>> {
    let (renews, term): (Option<i64>, i32) = pacts::table
        .find(pact_id)
        .select((pacts::renews_pact_id, pacts::term))
        .first(conn)?;
    match renews {
        Some(previous) if term > 0 => pacts::table
            .find(previous)
            .select(pacts::end_date)
            .first(conn),
        _ => Ok(None),
    }
}

//! What an officer's dashboard counts and lists for a city: pacts ending
//! soon, signatures pending, suspensions, agreements whose seal failed.
//! Each list is a count and its first lines, from indexed queries, so the
//! page stays fast with thousands of pacts.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::domain::signing::SealState;
use serde::Serialize;

use super::DbConn;
use super::schema::{agreements, pacts, signing_requests};
use crate::domain::lifecycle::Status;
use crate::domain::signing::RequestState;
use crate::domain::vocab::Vocabulary;

/// Lines shown per list.
pub const LINES: i64 = 20;

/// A pact in a list.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    /// Its number.
    pub number: String,
    /// Its title.
    pub title: String,
    /// The date that matters (end date, end of suspension).
    pub date: Option<NaiveDate>,
}

/// A count and its first lines.
#[derive(Debug, Clone, Serialize)]
pub struct List {
    /// How many in all.
    pub count: i64,
    /// The first [`LINES`].
    pub lines: Vec<Line>,
}

fn lines(rows: Vec<(String, String, Option<NaiveDate>)>) -> Vec<Line> {
    rows.into_iter()
        .map(|(number, title, date)| Line {
            number,
            title,
            date,
        })
        .collect()
}

/// Pacts in force ending between `today` and `until`, soonest first.
pub fn ending(
    conn: &mut DbConn,
    city_id: i64,
    today: NaiveDate,
    until: NaiveDate,
) -> QueryResult<List> {
    let query = || {
        pacts::table
            .filter(pacts::city_id.eq(city_id))
            .filter(pacts::status.eq_any([Status::Active.name(), Status::Suspended.name()]))
            .filter(pacts::end_date.ge(today))
            .filter(pacts::end_date.le(until))
    };
    Ok(List {
        count: query().count().get_result(conn)?,
        lines: lines(
            query()
                .order((pacts::end_date, pacts::id))
                .limit(LINES)
                .select((pacts::number, pacts::title, pacts::end_date))
                .load(conn)?,
        ),
    })
}

/// Pacts in one status, oldest change first; `date` is the end of a
/// suspension.
pub fn in_status(conn: &mut DbConn, city_id: i64, status: Status) -> QueryResult<List> {
    let query = || {
        pacts::table
            .filter(pacts::city_id.eq(city_id))
            .filter(pacts::status.eq(status.name()))
    };
    Ok(List {
        count: query().count().get_result(conn)?,
        lines: lines(
            query()
                .order((pacts::updated_at, pacts::id))
                .limit(LINES)
                .select((pacts::number, pacts::title, pacts::suspended_until))
                .load(conn)?,
        ),
    })
}

/// Renewals asked for and waiting for the officer's answer, oldest first;
/// `date` is the start they would have.
pub fn renewals_waiting(conn: &mut DbConn, city_id: i64) -> QueryResult<List> {
    let query = || {
        pacts::table
            .filter(pacts::city_id.eq(city_id))
            .filter(pacts::status.eq(Status::Submitted.name()))
            .filter(pacts::term.gt(0))
    };
    Ok(List {
        count: query().count().get_result(conn)?,
        lines: lines(
            query()
                .order(pacts::id)
                .limit(LINES)
                .select((pacts::number, pacts::title, pacts::agreed_start_on))
                .load(conn)?,
        ),
    })
}

/// Signing requests still pending in the city.
pub fn pending_signatures(conn: &mut DbConn, city_id: i64) -> QueryResult<i64> {
    signing_requests::table
        .inner_join(pacts::table)
        .filter(pacts::city_id.eq(city_id))
        .filter(pacts::status.eq(Status::AwaitingSignatures.name()))
        .filter(signing_requests::state.eq(RequestState::Pending.name()))
        .count()
        .get_result(conn)
}

/// Pacts with an agreement whose seal failed.
pub fn sealing_failed(conn: &mut DbConn, city_id: i64) -> QueryResult<List> {
    let query = || {
        agreements::table
            .inner_join(pacts::table)
            .filter(pacts::city_id.eq(city_id))
            .filter(agreements::seal_state.eq(SealState::Failed.name()))
    };
    Ok(List {
        count: query().count().get_result(conn)?,
        lines: lines(
            query()
                .order(agreements::id)
                .limit(LINES)
                .select((pacts::number, pacts::title, pacts::end_date))
                .load(conn)?,
        ),
    })
}

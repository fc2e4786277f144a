//! Calls for proposals: recording one, listing a city's (open ones for the
//! public, all for its staff), finding the one a proposal answers.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{calls, commons};
use super::{DbConn, timestamp};
use crate::domain::call::CheckedCall;

/// A call, with its commons.
#[derive(Debug, Clone, Serialize)]
pub struct Call {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// What the city looks for.
    pub description: String,
    /// First day proposals are taken.
    pub opens_on: NaiveDate,
    /// Last day proposals are taken.
    pub closes_on: NaiveDate,
    /// The commons: slug and name.
    pub commons: (String, String),
    /// The commons' id.
    #[serde(skip)]
    pub commons_id: i64,
    /// Published (UTC).
    pub created_at: NaiveDateTime,
}

type Row = (
    i64,
    String,
    String,
    NaiveDate,
    NaiveDate,
    String,
    String,
    i64,
    NaiveDateTime,
);

fn call(
    (id, title, description, opens_on, closes_on, slug, name, commons_id, created_at): Row,
) -> Call {
    Call {
        id,
        title,
        description,
        opens_on,
        closes_on,
        commons: (slug, name),
        commons_id,
        created_at,
    }
}

/// The columns a [`Call`] is read from.
type Columns = (
    calls::id,
    calls::title,
    calls::description,
    calls::opens_on,
    calls::closes_on,
    commons::slug,
    commons::name,
    commons::id,
    calls::created_at,
);

const COLUMNS: Columns = (
    calls::id,
    calls::title,
    calls::description,
    calls::opens_on,
    calls::closes_on,
    commons::slug,
    commons::name,
    commons::id,
    calls::created_at,
);

fn query() -> diesel::dsl::Select<diesel::dsl::InnerJoin<calls::table, commons::table>, Columns> {
    calls::table.inner_join(commons::table).select(COLUMNS)
}

/// Publishes a call from today; returns its id.
pub fn create(
    conn: &mut DbConn,
    city_id: i64,
    commons_id: i64,
    checked: &CheckedCall,
    created_by: i64,
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    diesel::insert_into(calls::table)
        .values((
            calls::city_id.eq(city_id),
            calls::commons_id.eq(commons_id),
            calls::title.eq(&checked.title),
            calls::description.eq(&checked.description),
            calls::opens_on.eq(now.date_naive()),
            calls::closes_on.eq(checked.closes_on),
            calls::created_by.eq(created_by),
            calls::created_at.eq(timestamp(now)),
        ))
        .returning(calls::id)
        .get_result(conn)
}

/// The city's calls open `today`, closing soonest first.
pub fn open(conn: &mut DbConn, city_id: i64, today: NaiveDate) -> QueryResult<Vec<Call>> {
    query()
        .filter(calls::city_id.eq(city_id))
        .filter(calls::opens_on.le(today))
        .filter(calls::closes_on.ge(today))
        .order((calls::closes_on, calls::id))
        .load::<Row>(conn)
        .map(|rows| rows.into_iter().map(call).collect())
}

/// Every call of the city, newest first.
pub fn all(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<Call>> {
    query()
        .filter(calls::city_id.eq(city_id))
        .order(calls::id.desc())
        .load::<Row>(conn)
        .map(|rows| rows.into_iter().map(call).collect())
}

/// A call of the city, by id.
pub fn find(conn: &mut DbConn, city_id: i64, id: i64) -> QueryResult<Option<Call>> {
    query()
        .filter(calls::city_id.eq(city_id))
        .filter(calls::id.eq(id))
        .first::<Row>(conn)
        .optional()
        .map(|row| row.map(call))
}

/// A call by id, whatever its city.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<Option<Call>> {
    query()
        .filter(calls::id.eq(id))
        .first::<Row>(conn)
        .optional()
        .map(|row| row.map(call))
}

/// Closes a call early: its last day becomes yesterday (a call published
/// today then ends before it opened, which is closed all the same).
pub fn close(conn: &mut DbConn, city_id: i64, id: i64, today: NaiveDate) -> QueryResult<bool> {
    let yesterday = today.pred_opt().unwrap_or(today);
    diesel::update(
        calls::table
            .filter(calls::city_id.eq(city_id))
            .filter(calls::id.eq(id))
            .filter(calls::closes_on.ge(today)),
    )
    .set(calls::closes_on.eq(yesterday))
    .execute(conn)
    .map(|n| n == 1)
}

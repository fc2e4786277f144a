//! Bulk writes of a synthetic registry (`pacta seed synthetic`): rows
//! made by `crate::synthetic`, inserted many per statement. Multi-row
//! inserts do not compile through `MultiConnection`, so each batch is
//! written on the backend's own connection (the same code, checked once
//! per backend).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::DbConn;
use super::schema::{commons, events, pact_parties, pact_versions, pacts, parties, reports, users};

/// Rows per statement: under SQLite's 32,766 and PostgreSQL's 65,535
/// parameters for the widest table (pacts, 25 columns).
const BATCH: usize = 1000;

/// Inserts `rows` into `table`, `BATCH` per statement.
macro_rules! insert_batches {
    ($conn:expr, $table:expr, $rows:expr) => {{
        let mut count = 0;
        for chunk in $rows.chunks(BATCH) {
            count += match $conn {
                DbConn::Pg(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                DbConn::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
            };
        }
        QueryResult::Ok(count)
    }};
}

/// A commons.
#[derive(Debug, Insertable)]
#[diesel(table_name = commons, treat_none_as_default_value = false)]
pub struct CommonsRow {
    pub city_id: i64,
    pub district_id: Option<i64>,
    pub slug: String,
    pub name: String,
    pub kind: &'static str,
    pub category: &'static str,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub description: String,
    pub created_at: NaiveDateTime,
}

/// A party.
#[derive(Debug, Insertable)]
#[diesel(table_name = parties, treat_none_as_default_value = false)]
pub struct PartyRow {
    pub city_id: i64,
    pub kind: &'static str,
    pub name: String,
    pub public_name: Option<String>,
    pub referent_name: Option<String>,
    pub created_at: NaiveDateTime,
}

/// A resident's account (the authors of reports).
#[derive(Debug, Insertable)]
#[diesel(table_name = users, treat_none_as_default_value = false)]
pub struct UserRow {
    pub email: String,
    pub display_name: String,
    pub language: &'static str,
    pub role: &'static str,
    pub can_sign: bool,
    pub created_at: NaiveDateTime,
}

/// A pact, with its id chosen beforehand (its versions, parties, events
/// and reports refer to it in the same batch).
#[derive(Debug, Insertable)]
#[diesel(table_name = pacts, treat_none_as_default_value = false)]
pub struct PactRow {
    pub id: i64,
    pub city_id: i64,
    pub commons_id: i64,
    pub renews_pact_id: Option<i64>,
    pub number: String,
    pub year: Option<i32>,
    pub sequence: Option<i32>,
    pub title: String,
    pub summary: String,
    pub kind: &'static str,
    pub intensity: &'static str,
    pub status: &'static str,
    pub duration_months: Option<i32>,
    pub submitted_on: Option<NaiveDate>,
    pub review_paused_days: i32,
    pub review_paused_since: Option<NaiveDate>,
    pub comments_close_on: Option<NaiveDate>,
    pub executive_decision: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub report_frequency: &'static str,
    pub term: i32,
    pub version_in_force: Option<i32>,
    /// The registry's generation it was written in (see
    /// `db::registry_index`).
    pub generation: i64,
}

/// A party of a pact.
#[derive(Debug, Insertable)]
#[diesel(table_name = pact_parties)]
pub struct PactPartyRow {
    pub pact_id: i64,
    pub party_id: i64,
    pub role: &'static str,
    pub position: i32,
}

/// A version of a pact's text (canonical JSON and its SHA-256).
#[derive(Debug, Insertable)]
#[diesel(table_name = pact_versions)]
pub struct VersionRow {
    pub pact_id: i64,
    pub number: i32,
    pub content: String,
    pub sha256: String,
    pub author: String,
    pub note: String,
    pub created_at: NaiveDateTime,
}

/// An event of a pact's history.
#[derive(Debug, Insertable)]
#[diesel(table_name = events, treat_none_as_default_value = false)]
pub struct EventRow {
    pub pact_id: i64,
    pub occurred_at: NaiveDateTime,
    pub actor_role: &'static str,
    pub actor_name: String,
    pub kind: &'static str,
    pub status_before: Option<String>,
    pub status_after: Option<String>,
    pub details: String,
}

/// An activity report.
#[derive(Debug, Insertable)]
#[diesel(table_name = reports, treat_none_as_default_value = false)]
pub struct ReportRow {
    pub pact_id: i64,
    pub author_id: i64,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub activities: String,
    pub places: String,
    pub beneficiaries: i32,
    pub volunteers: i32,
    pub hours: i32,
    pub resources_parties: String,
    pub resources_city: String,
    pub problems: String,
    pub state: &'static str,
    pub review_note: Option<String>,
    pub reviewed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A pact's entry in the search index: the terms of its title and body.
#[derive(Debug)]
pub struct SearchRow {
    pub pact_id: i64,
    pub title: String,
    pub body: String,
}

/// The search index's tables as bulk writes see them: SQLite's FTS5 tables
/// of whole entries and of titles (the rowid is the pact's id) and
/// PostgreSQL's table (its `document` is generated from the terms).
mod index {
    diesel::table! {
        #[sql_name = "pact_search"]
        fts (rowid) {
            rowid -> BigInt,
            title -> Text,
            body -> Text,
        }
    }
    diesel::table! {
        #[sql_name = "pact_titles"]
        titles (rowid) {
            rowid -> BigInt,
            title -> Text,
        }
    }
    diesel::table! {
        #[sql_name = "pact_search"]
        pg (pact_id) {
            pact_id -> BigInt,
            title -> Text,
            body -> Text,
        }
    }
}

/// Inserts commons; returns how many.
pub fn commons(conn: &mut DbConn, rows: &[CommonsRow]) -> QueryResult<usize> {
    insert_batches!(conn, commons::table, rows)
}

/// Inserts parties; returns how many.
pub fn parties(conn: &mut DbConn, rows: &[PartyRow]) -> QueryResult<usize> {
    insert_batches!(conn, parties::table, rows)
}

/// Inserts accounts; returns how many.
pub fn users(conn: &mut DbConn, rows: &[UserRow]) -> QueryResult<usize> {
    insert_batches!(conn, users::table, rows)
}

/// The rows of a batch of pacts.
#[derive(Debug, Default)]
pub struct PactBatch {
    pub pacts: Vec<PactRow>,
    pub parties: Vec<PactPartyRow>,
    pub versions: Vec<VersionRow>,
    pub events: Vec<EventRow>,
    pub reports: Vec<ReportRow>,
    pub search: Vec<SearchRow>,
}

impl PactBatch {
    /// Whether the batch holds no pact.
    pub fn is_empty(&self) -> bool {
        self.pacts.is_empty()
    }
}

/// Inserts a batch of pacts with their parties, versions, events, reports
/// and search entries; the caller holds the transaction.
pub fn pacts(conn: &mut DbConn, batch: &PactBatch) -> QueryResult<()> {
    insert_batches!(conn, pacts::table, batch.pacts)?;
    insert_batches!(conn, pact_parties::table, batch.parties)?;
    insert_batches!(conn, pact_versions::table, batch.versions)?;
    insert_batches!(conn, events::table, batch.events)?;
    insert_batches!(conn, reports::table, batch.reports)?;
    for chunk in batch.search.chunks(BATCH) {
        match conn {
            DbConn::Pg(c) => {
                let rows: Vec<_> = chunk
                    .iter()
                    .map(|r| {
                        (
                            index::pg::pact_id.eq(r.pact_id),
                            index::pg::title.eq(&r.title),
                            index::pg::body.eq(&r.body),
                        )
                    })
                    .collect();
                diesel::insert_into(index::pg::table)
                    .values(rows)
                    .execute(c)?;
            }
            DbConn::Sqlite(c) => {
                let rows: Vec<_> = chunk
                    .iter()
                    .map(|r| {
                        (
                            index::fts::rowid.eq(r.pact_id),
                            index::fts::title.eq(&r.title),
                            index::fts::body.eq(&r.body),
                        )
                    })
                    .collect();
                diesel::insert_into(index::fts::table)
                    .values(rows)
                    .execute(c)?;
                let titles: Vec<_> = chunk
                    .iter()
                    .map(|r| {
                        (
                            index::titles::rowid.eq(r.pact_id),
                            index::titles::title.eq(&r.title),
                        )
                    })
                    .collect();
                diesel::insert_into(index::titles::table)
                    .values(titles)
                    .execute(c)?;
            }
        }
    }
    Ok(())
}

/// The greatest pact id so far (0 when there is none).
pub fn last_pact_id(conn: &mut DbConn) -> QueryResult<i64> {
    pacts::table
        .select(diesel::dsl::max(pacts::id))
        .first::<Option<i64>>(conn)
        .map(Option::unwrap_or_default)
}

/// After pacts were inserted with their ids, moves PostgreSQL's sequence
/// past them (SQLite's AUTOINCREMENT follows by itself).
pub fn sync_pact_ids(conn: &mut DbConn) -> QueryResult<()> {
    if let DbConn::Pg(c) = conn {
        diesel::sql_query(
            "SELECT setval(pg_get_serial_sequence('pacts', 'id'), \
             (SELECT COALESCE(MAX(id), 0) + 1 FROM pacts), false)",
        )
        .execute(c)?;
    }
    Ok(())
}

/// The ids of a city's commons or parties (the city's own first), in the
/// order they were inserted.
pub fn commons_ids(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<i64>> {
    commons::table
        .filter(commons::city_id.eq(city_id))
        .order(commons::id)
        .select(commons::id)
        .load(conn)
}

/// See [`commons_ids`].
pub fn party_ids(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<i64>> {
    parties::table
        .filter(parties::city_id.eq(city_id))
        .order(parties::id)
        .select(parties::id)
        .load(conn)
}

/// The ids of the accounts whose address ends with `domain`.
pub fn user_ids(conn: &mut DbConn, domain: &str) -> QueryResult<Vec<i64>> {
    users::table
        .filter(users::email.like(format!("%@{domain}")))
        .order(users::id)
        .select(users::id)
        .load(conn)
}

//! The background jobs' runs: when each last ran, how it ended, and when it
//! may run again (a failing job waits longer after each failure).

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::job_runs;
use super::{DbConn, timestamp};

/// One job's last run, as administrators see it.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = job_runs)]
pub struct JobRun {
    /// The job's name.
    pub name: String,
    /// When it last started.
    pub last_started_at: Option<NaiveDateTime>,
    /// When it last ended well.
    pub last_finished_at: Option<NaiveDateTime>,
    /// The error of its last run, if it failed.
    pub last_error: Option<String>,
    /// Failures in a row.
    pub failures: i32,
    /// What its last good run did (messages sent, pacts moved…).
    pub last_count: i32,
    /// When it may run again.
    pub next_run_at: NaiveDateTime,
}

/// Whether the job may run `now` (never run, or its backoff is over).
pub fn is_due(conn: &mut DbConn, name: &str, now: DateTime<Utc>) -> QueryResult<bool> {
    let next: Option<NaiveDateTime> = job_runs::table
        .find(name)
        .select(job_runs::next_run_at)
        .first(conn)
        .optional()?;
    Ok(next.is_none_or(|next| next <= timestamp(now)))
}

/// Records that the job starts.
pub fn started(conn: &mut DbConn, name: &str, now: DateTime<Utc>) -> QueryResult<()> {
    let at = timestamp(now);
    let updated = diesel::update(job_runs::table.find(name))
        .set(job_runs::last_started_at.eq(at))
        .execute(conn)?;
    if updated == 0 {
        let inserted = diesel::insert_into(job_runs::table)
            .values((
                job_runs::name.eq(name),
                job_runs::last_started_at.eq(at),
                job_runs::failures.eq(0),
                job_runs::last_count.eq(0),
                job_runs::next_run_at.eq(at),
            ))
            .execute(conn);
        // Another runner inserted it meanwhile: its row will do.
        if let Err(e) = inserted
            && !matches!(
                e,
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _
                )
            )
        {
            return Err(e);
        }
    }
    Ok(())
}

/// Records a good run that did `count` things.
pub fn finished(
    conn: &mut DbConn,
    name: &str,
    now: DateTime<Utc>,
    count: usize,
) -> QueryResult<()> {
    let at = timestamp(now);
    diesel::update(job_runs::table.find(name))
        .set((
            job_runs::last_finished_at.eq(at),
            job_runs::last_error.eq(None::<String>),
            job_runs::failures.eq(0),
            job_runs::last_count.eq(i32::try_from(count).unwrap_or(i32::MAX)),
            job_runs::next_run_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// Records a failure: the job waits 1, 2, 4… minutes (at most an hour)
/// before it runs again. Returns the failures in a row.
pub fn failed(conn: &mut DbConn, name: &str, now: DateTime<Utc>, error: &str) -> QueryResult<i32> {
    let failures: i32 = job_runs::table
        .find(name)
        .select(job_runs::failures)
        .first(conn)?;
    let failures = failures.saturating_add(1);
    let delay = TimeDelta::minutes(1i64 << (failures - 1).clamp(0, 6)).min(TimeDelta::hours(1));
    diesel::update(job_runs::table.find(name))
        .set((
            job_runs::last_error.eq(error),
            job_runs::failures.eq(failures),
            job_runs::next_run_at.eq(timestamp(now + delay)),
        ))
        .execute(conn)?;
    Ok(failures)
}

/// Every job that has run, by name.
pub fn all(conn: &mut DbConn) -> QueryResult<Vec<JobRun>> {
    job_runs::table
        .order(job_runs::name)
        .select(JobRun::as_select())
        .load(conn)
}

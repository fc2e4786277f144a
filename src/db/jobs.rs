//! The background jobs' runs: when each last ran, how it ended, and when it
//! may run again (a failing job waits longer after each failure).

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};
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

/// The jobs waiting `now` after failures (their backoff not over).
pub fn waiting(conn: &mut DbConn, now: DateTime<Utc>) -> QueryResult<Vec<String>> {
    job_runs::table
        .filter(job_runs::next_run_at.gt(timestamp(now)))
        .select(job_runs::name)
        .load(conn)
}

/// The sweeping jobs' last good runs: name, the day of the pass and the
/// registry's generation when it started.
pub fn swept(conn: &mut DbConn) -> QueryResult<Vec<(String, NaiveDate, i64)>> {
    let rows: Vec<(String, Option<NaiveDate>, Option<i64>)> = job_runs::table
        .select((
            job_runs::name,
            job_runs::swept_on,
            job_runs::swept_generation,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(name, day, generation)| Some((name, day?, generation?)))
        .collect())
}

/// One job's run in a pass.
#[derive(Debug, Clone)]
pub struct Run {
    /// The job.
    pub name: &'static str,
    /// When it started.
    pub started: DateTime<Utc>,
    /// How many things it did, or its error.
    pub outcome: Result<usize, String>,
    /// For a sweep that ran through: the day of the pass and the registry's
    /// generation when it started.
    pub swept: Option<(NaiveDate, i64)>,
}

/// Records the runs of a pass, in one transaction: a good run clears the
/// failures; a failure makes the job wait 1, 2, 4… minutes (at most an
/// hour) before it runs again.
pub fn record(conn: &mut DbConn, runs: &[Run], now: DateTime<Utc>) -> QueryResult<()> {
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        for run in runs {
            let previous: Option<i32> = job_runs::table
                .find(run.name)
                .select(job_runs::failures)
                .first(conn)
                .optional()?;
            let (failures, error, count, next, finished) = match &run.outcome {
                Ok(count) => (0, None, *count, at, Some(at)),
                Err(error) => {
                    let failures = previous.unwrap_or(0).saturating_add(1);
                    let delay = TimeDelta::minutes(1i64 << (failures - 1).clamp(0, 6))
                        .min(TimeDelta::hours(1));
                    (
                        failures,
                        Some(error.as_str()),
                        0,
                        timestamp(now + delay),
                        None,
                    )
                }
            };
            let count = i32::try_from(count).unwrap_or(i32::MAX);
            if previous.is_some() {
                let target = job_runs::table.find(run.name);
                diesel::update(target)
                    .set((
                        job_runs::last_started_at.eq(timestamp(run.started)),
                        job_runs::last_error.eq(error),
                        job_runs::failures.eq(failures),
                        job_runs::next_run_at.eq(next),
                    ))
                    .execute(conn)?;
                if let Some(finished) = finished {
                    diesel::update(target)
                        .set((
                            job_runs::last_finished_at.eq(finished),
                            job_runs::last_count.eq(count),
                        ))
                        .execute(conn)?;
                }
                if let Some((day, generation)) = run.swept {
                    diesel::update(target)
                        .set((
                            job_runs::swept_on.eq(day),
                            job_runs::swept_generation.eq(generation),
                        ))
                        .execute(conn)?;
                }
            } else {
                diesel::insert_into(job_runs::table)
                    .values((
                        job_runs::name.eq(run.name),
                        job_runs::last_started_at.eq(timestamp(run.started)),
                        job_runs::last_finished_at.eq(finished),
                        job_runs::last_error.eq(error),
                        job_runs::failures.eq(failures),
                        job_runs::last_count.eq(count),
                        job_runs::next_run_at.eq(next),
                        job_runs::swept_on.eq(run.swept.map(|s| s.0)),
                        job_runs::swept_generation.eq(run.swept.map(|s| s.1)),
                    ))
                    .execute(conn)?;
            }
        }
        Ok(())
    })
}

/// Every job that has run, by name.
pub fn all(conn: &mut DbConn) -> QueryResult<Vec<JobRun>> {
    job_runs::table
        .order(job_runs::name)
        .select(JobRun::as_select())
        .load(conn)
}

//! The e-mail outbox: messages are written here in the same transaction as
//! the action that causes them, and a worker delivers them.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;

use super::schema::outbox;
use super::{DbConn, timestamp};

/// A message ready to be queued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// Recipient address.
    pub to: String,
    /// Recipient's name, for the `To:` header.
    pub to_name: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
}

/// A queued message.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct QueuedMail {
    /// Outbox id, also used in the Message-ID so a retry can be recognised.
    pub id: i64,
    /// Recipient address.
    pub recipient: String,
    /// Recipient's name.
    pub recipient_name: String,
    /// Subject.
    pub subject: String,
    /// Plain text.
    pub text_body: String,
    /// HTML.
    pub html_body: String,
    /// Attempts so far.
    pub attempts: i32,
    /// When it was queued.
    pub created_at: NaiveDateTime,
}

/// Queues a message, to be sent as soon as the worker runs.
pub fn enqueue(conn: &mut DbConn, mail: &OutgoingMail, now: DateTime<Utc>) -> QueryResult<i64> {
    let at = timestamp(now);
    diesel::insert_into(outbox::table)
        .values((
            outbox::recipient.eq(&mail.to),
            outbox::recipient_name.eq(&mail.to_name),
            outbox::subject.eq(&mail.subject),
            outbox::text_body.eq(&mail.text),
            outbox::html_body.eq(&mail.html),
            outbox::created_at.eq(at),
            outbox::next_attempt_at.eq(at),
        ))
        .returning(outbox::id)
        .get_result(conn)
}

/// How long a worker may hold a claimed message before another may retry it.
const LEASE: TimeDelta = TimeDelta::minutes(5);

/// Claims up to `limit` messages due now, so that no other worker sends
/// them meanwhile. PostgreSQL skips rows another worker has locked;
/// SQLite serialises writers, so the UPDATE of the lease is enough.
pub fn claim_due(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<QueuedMail>> {
    let at = timestamp(now);
    // Retried when it loses a race with another writer (on SQLite, a read
    // that must become a write while another runner writes).
    super::transaction(conn, |conn| {
        let due = outbox::table
            .filter(outbox::sent_at.is_null())
            .filter(outbox::next_attempt_at.le(at))
            .filter(
                outbox::locked_until
                    .is_null()
                    .or(outbox::locked_until.lt(at)),
            )
            .order(outbox::id)
            .limit(limit)
            .select(outbox::id);
        let ids: Vec<i64> = match conn {
            // FOR UPDATE SKIP LOCKED is PostgreSQL's: two workers never
            // claim the same row. SQLite has one writer at a time, so the
            // lease written below is enough.
            DbConn::Pg(pg) => due.for_update().skip_locked().load(pg)?,
            DbConn::Sqlite(sqlite) => due.load(sqlite)?,
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
            .set(outbox::locked_until.eq(timestamp(now + LEASE)))
            .execute(conn)?;
        outbox::table
            .filter(outbox::id.eq_any(&ids))
            .order(outbox::id)
            .select(QueuedMail::as_select())
            .load(conn)
    })
}

/// Marks a message delivered.
pub fn mark_sent(conn: &mut DbConn, id: i64, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::sent_at.eq(timestamp(now)),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)
        .map(drop)
}

/// Records a failed attempt and schedules the next one with exponential
/// backoff (1, 2, 4… minutes, at most an hour). Messages are never dropped.
pub fn mark_failed(
    conn: &mut DbConn,
    id: i64,
    attempts: i32,
    error: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let attempts = attempts.saturating_add(1);
    let delay = TimeDelta::minutes(1_i64 << attempts.clamp(1, 7).saturating_sub(1))
        .min(TimeDelta::hours(1));
    diesel::update(outbox::table.find(id))
        .set((
            outbox::attempts.eq(attempts),
            outbox::next_attempt_at.eq(timestamp(now + delay)),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(error.chars().take(500).collect::<String>()),
        ))
        .execute(conn)
        .map(drop)
}

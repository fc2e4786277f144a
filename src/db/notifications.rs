//! Notifications in storage: each person's list (kind, pact, subject, link,
//! how it was delivered, read or not), their choice of delivery per kind,
//! and the notifications waiting for the daily digest.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{notification_preferences, notifications, users};
use super::{DbConn, timestamp, vocab};
use crate::domain::notification::{Delivery, NotificationKind};
use crate::domain::vocab::Vocabulary;

/// Notifications shown per page of the list.
pub const PAGE: i64 = 100;

/// One notification, as its recipient sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Notification {
    /// What it is about.
    pub kind: NotificationKind,
    /// Its subject line.
    pub subject: String,
    /// The page it points to.
    pub link: String,
    /// How it was delivered.
    pub delivery: Delivery,
    /// When (UTC).
    pub created_at: NaiveDateTime,
    /// Whether it was read.
    pub read: bool,
}

/// The account with this address, if one is open: its id.
pub fn account_of(conn: &mut DbConn, email: &str) -> QueryResult<Option<i64>> {
    users::table
        .filter(users::email.eq(email))
        .filter(users::closed_at.is_null())
        .select(users::id)
        .first(conn)
        .optional()
}

/// What `user_id` chose for `kind`, if anything.
pub fn preference(
    conn: &mut DbConn,
    user_id: i64,
    kind: NotificationKind,
) -> QueryResult<Option<Delivery>> {
    notification_preferences::table
        .filter(notification_preferences::user_id.eq(user_id))
        .filter(notification_preferences::kind.eq(kind.name()))
        .select(notification_preferences::delivery)
        .first::<String>(conn)
        .optional()
        .map(|chosen| chosen.as_deref().and_then(Delivery::parse))
}

/// Every choice of `user_id`, by kind.
pub fn preferences(
    conn: &mut DbConn,
    user_id: i64,
) -> QueryResult<HashMap<NotificationKind, Delivery>> {
    Ok(notification_preferences::table
        .filter(notification_preferences::user_id.eq(user_id))
        .select((
            notification_preferences::kind,
            notification_preferences::delivery,
        ))
        .load::<(String, String)>(conn)?
        .into_iter()
        .filter_map(|(kind, delivery)| {
            Some((NotificationKind::parse(&kind)?, Delivery::parse(&delivery)?))
        })
        .collect())
}

/// Replaces the choices of `user_id` (one transaction).
pub fn set_preferences(
    conn: &mut DbConn,
    user_id: i64,
    chosen: &[(NotificationKind, Delivery)],
) -> QueryResult<()> {
    conn.transaction(|conn| {
        diesel::delete(
            notification_preferences::table.filter(notification_preferences::user_id.eq(user_id)),
        )
        .execute(conn)?;
        for (kind, delivery) in chosen {
            diesel::insert_into(notification_preferences::table)
                .values((
                    notification_preferences::user_id.eq(user_id),
                    notification_preferences::kind.eq(kind.name()),
                    notification_preferences::delivery.eq(delivery.name()),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// A notification to record.
#[derive(Debug, Clone)]
pub struct NewNotification<'a> {
    /// Its recipient.
    pub user_id: i64,
    /// What it is about.
    pub kind: NotificationKind,
    /// The pact concerned, if any.
    pub pact_id: Option<i64>,
    /// Its subject line.
    pub subject: &'a str,
    /// The page it points to (never a personal link).
    pub link: &'a str,
    /// How it is delivered.
    pub delivery: Delivery,
}

/// Records a notification.
pub fn insert(conn: &mut DbConn, new: &NewNotification<'_>, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::insert_into(notifications::table)
        .values((
            notifications::user_id.eq(new.user_id),
            notifications::kind.eq(new.kind.name()),
            notifications::pact_id.eq(new.pact_id),
            notifications::subject.eq(new.subject),
            notifications::link.eq(new.link),
            notifications::delivery.eq(new.delivery.name()),
            notifications::created_at.eq(timestamp(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// The latest notifications of `user_id`, newest first, and how many are
/// unread in all.
pub fn of_user(conn: &mut DbConn, user_id: i64) -> QueryResult<(Vec<Notification>, i64)> {
    let rows: Vec<(
        String,
        String,
        String,
        String,
        NaiveDateTime,
        Option<NaiveDateTime>,
    )> = notifications::table
        .filter(notifications::user_id.eq(user_id))
        .order(notifications::id.desc())
        .limit(PAGE)
        .select((
            notifications::kind,
            notifications::subject,
            notifications::link,
            notifications::delivery,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)?;
    let list = rows
        .into_iter()
        .map(|(kind, subject, link, delivery, created_at, read_at)| {
            Ok(Notification {
                kind: vocab(&kind)?,
                subject,
                link,
                delivery: vocab(&delivery)?,
                created_at,
                read: read_at.is_some(),
            })
        })
        .collect::<QueryResult<Vec<_>>>()?;
    Ok((list, unread(conn, user_id)?))
}

/// How many notifications `user_id` has not read.
pub fn unread(conn: &mut DbConn, user_id: i64) -> QueryResult<i64> {
    notifications::table
        .filter(notifications::user_id.eq(user_id))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)
}

/// Marks every notification of `user_id` read.
pub fn mark_read(conn: &mut DbConn, user_id: i64, now: DateTime<Utc>) -> QueryResult<usize> {
    diesel::update(
        notifications::table
            .filter(notifications::user_id.eq(user_id))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(timestamp(now)))
    .execute(conn)
}

/// The accounts (open) with notifications waiting for the digest: id,
/// address, name, language.
pub fn awaiting_digest(conn: &mut DbConn) -> QueryResult<Vec<(i64, String, String, String)>> {
    notifications::table
        .inner_join(users::table)
        .filter(notifications::delivery.eq(Delivery::Digest.name()))
        .filter(notifications::digested_at.is_null())
        .filter(users::closed_at.is_null())
        .select((
            users::id,
            users::email,
            users::display_name,
            users::language,
        ))
        .distinct()
        .load(conn)
}

/// Takes the notifications of `user_id` waiting for the digest, made up to
/// `until`, marking them carried: subject and link of each, oldest first.
/// The caller holds the transaction.
pub fn take_for_digest(
    conn: &mut DbConn,
    user_id: i64,
    until: NaiveDateTime,
) -> QueryResult<Vec<(String, String)>> {
    let pending = || {
        notifications::table
            .filter(notifications::user_id.eq(user_id))
            .filter(notifications::delivery.eq(Delivery::Digest.name()))
            .filter(notifications::digested_at.is_null())
            .filter(notifications::created_at.le(until))
    };
    let rows: Vec<(i64, String, String)> = pending()
        .order(notifications::id)
        .select((
            notifications::id,
            notifications::subject,
            notifications::link,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(id, _, _)| *id).collect();
    diesel::update(notifications::table.filter(notifications::id.eq_any(&ids)))
        .set(notifications::digested_at.eq(until))
        .execute(conn)?;
    Ok(rows
        .into_iter()
        .map(|(_, subject, link)| (subject, link))
        .collect())
}

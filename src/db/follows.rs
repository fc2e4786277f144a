//! Following pacts, and what the daily digest of a follower holds: the
//! events and public comments of the pacts they follow since their last
//! digest (or since they followed).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{cities, comments, digests, events, follows, pacts, users};
use super::{DbConn, timestamp};

/// Starts following a pact (nothing happens if already followed).
pub fn follow(
    conn: &mut DbConn,
    user_id: i64,
    pact_id: i64,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    if is_following(conn, user_id, pact_id)? {
        return Ok(());
    }
    diesel::insert_into(follows::table)
        .values((
            follows::user_id.eq(user_id),
            follows::pact_id.eq(pact_id),
            follows::created_at.eq(timestamp(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// Stops following a pact.
pub fn unfollow(conn: &mut DbConn, user_id: i64, pact_id: i64) -> QueryResult<()> {
    diesel::delete(
        follows::table
            .filter(follows::user_id.eq(user_id))
            .filter(follows::pact_id.eq(pact_id)),
    )
    .execute(conn)
    .map(drop)
}

/// Whether the user follows the pact.
pub fn is_following(conn: &mut DbConn, user_id: i64, pact_id: i64) -> QueryResult<bool> {
    follows::table
        .filter(follows::user_id.eq(user_id))
        .filter(follows::pact_id.eq(pact_id))
        .count()
        .get_result::<i64>(conn)
        .map(|n| n > 0)
}

/// A follower due a digest today: who, where to write, and what the last
/// digest covered.
#[derive(Debug, Clone)]
pub struct Follower {
    /// Account.
    pub user_id: i64,
    /// Address.
    pub email: String,
    /// Name.
    pub name: String,
    /// Language.
    pub language: String,
    /// The last digest: the day it was made and what it covered up to.
    pub last: Option<(NaiveDate, NaiveDateTime)>,
}

/// Followers, and people with notifications waiting for the digest (open
/// accounts), with no digest made today yet.
pub fn due(conn: &mut DbConn, today: NaiveDate) -> QueryResult<Vec<Follower>> {
    let mut rows: Vec<(i64, String, String, String)> = follows::table
        .inner_join(users::table)
        .filter(users::closed_at.is_null())
        .select((
            users::id,
            users::email,
            users::display_name,
            users::language,
        ))
        .distinct()
        .load(conn)?;
    for row in super::notifications::awaiting_digest(conn)? {
        if !rows.iter().any(|r| r.0 == row.0) {
            rows.push(row);
        }
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let made: Vec<(i64, NaiveDate, NaiveDateTime)> = digests::table
        .filter(digests::user_id.eq_any(&ids))
        .select((digests::user_id, digests::made_on, digests::covered_until))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, email, name, language)| Follower {
            last: made
                .iter()
                .find(|(u, _, _)| *u == user_id)
                .map(|(_, on, until)| (*on, *until)),
            user_id,
            email,
            name,
            language,
        })
        .filter(|f| f.last.is_none_or(|(on, _)| on < today))
        .collect())
}

/// Records that the digest of `today` was made, covering up to `until`,
/// unless another runner did it first: the guard that makes a digest go
/// out once. Returns whether this call recorded it.
pub fn record(
    conn: &mut DbConn,
    follower: &Follower,
    today: NaiveDate,
    until: NaiveDateTime,
) -> QueryResult<bool> {
    match follower.last {
        None => {
            // In a savepoint: on PostgreSQL a failed insert would otherwise
            // spoil the caller's transaction.
            let inserted = conn.transaction(|conn| {
                diesel::insert_into(digests::table)
                    .values((
                        digests::user_id.eq(follower.user_id),
                        digests::made_on.eq(today),
                        digests::covered_until.eq(until),
                    ))
                    .execute(conn)
            });
            match inserted {
                Ok(n) => Ok(n == 1),
                // Another runner recorded it first.
                Err(diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                )) => Ok(false),
                Err(e) => Err(e),
            }
        }
        Some((on, _)) => {
            let updated = diesel::update(digests::table)
                .filter(digests::user_id.eq(follower.user_id))
                .filter(digests::made_on.eq(on))
                .set((digests::made_on.eq(today), digests::covered_until.eq(until)))
                .execute(conn)?;
            Ok(updated == 1)
        }
    }
}

/// What happened to one followed pact.
#[derive(Debug, Clone)]
pub struct PactActivity {
    /// Title.
    pub title: String,
    /// `/cities/{city}/pacts/{number}`.
    pub path: String,
    /// History entries (kinds), oldest first.
    pub events: Vec<String>,
    /// New public comments.
    pub comments: i64,
}

/// The activity on the pacts `user_id` follows, after the later of
/// `since` and the moment they followed each, up to `until`.
pub fn activity(
    conn: &mut DbConn,
    user_id: i64,
    since: Option<NaiveDateTime>,
    until: NaiveDateTime,
) -> QueryResult<Vec<PactActivity>> {
    let followed: Vec<(i64, NaiveDateTime, String, String, String)> = follows::table
        .inner_join(pacts::table.inner_join(cities::table.on(cities::id.eq(pacts::city_id))))
        .filter(follows::user_id.eq(user_id))
        .order(pacts::number)
        .select((
            pacts::id,
            follows::created_at,
            pacts::title,
            pacts::number,
            cities::slug,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (pact_id, followed_at, title, number, slug) in followed {
        let from = since.map_or(followed_at, |s| s.max(followed_at));
        let kinds: Vec<String> = events::table
            .filter(events::pact_id.eq(pact_id))
            .filter(events::occurred_at.gt(from))
            .filter(events::occurred_at.le(until))
            .order((events::occurred_at, events::id))
            .select(events::kind)
            .load(conn)?;
        let comments: i64 = comments::table
            .filter(comments::pact_id.eq(pact_id))
            .filter(comments::created_at.gt(from))
            .filter(comments::created_at.le(until))
            .count()
            .get_result(conn)?;
        if !kinds.is_empty() || comments > 0 {
            out.push(PactActivity {
                title,
                path: format!("/cities/{slug}/pacts/{number}"),
                events: kinds,
                comments,
            });
        }
    }
    Ok(out)
}

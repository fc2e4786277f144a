//! The notices sent about a pact (expiry notices, the end of its term…):
//! one row per notice, unique, written in the same transaction as the
//! messages, so that no notice goes out twice whichever runner sends it.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::notices;
use super::{DbConn, timestamp};

/// Whether this notice was already sent for the pact.
pub fn was_sent(conn: &mut DbConn, pact_id: i64, kind: &str, key: &str) -> QueryResult<bool> {
    let count: i64 = notices::table
        .filter(notices::pact_id.eq(pact_id))
        .filter(notices::kind.eq(kind))
        .filter(notices::key.eq(key))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// The notices of this kind already sent for these pacts: pact id and key.
pub fn sent(
    conn: &mut DbConn,
    kind: &str,
    pact_ids: &[i64],
) -> QueryResult<std::collections::HashSet<(i64, String)>> {
    let mut sent = std::collections::HashSet::new();
    // In slices, to stay within the parameter limits of both databases.
    for ids in pact_ids.chunks(500) {
        let rows: Vec<(i64, String)> = notices::table
            .filter(notices::kind.eq(kind))
            .filter(notices::pact_id.eq_any(ids))
            .select((notices::pact_id, notices::key))
            .load(conn)?;
        sent.extend(rows);
    }
    Ok(sent)
}

/// Records the notice as sent; a second runner's insert fails on the
/// unique key, and its transaction (with its messages) rolls back.
pub fn record(
    conn: &mut DbConn,
    pact_id: i64,
    kind: &str,
    key: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(notices::table)
        .values((
            notices::pact_id.eq(pact_id),
            notices::kind.eq(kind),
            notices::key.eq(key),
            notices::created_at.eq(timestamp(now)),
        ))
        .execute(conn)
        .map(drop)
}

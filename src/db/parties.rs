//! Parties: the residents, groups, organisations and public bodies that
//! sign pacts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConn;
use super::schema::parties;

/// A party to insert.
#[derive(Debug, Insertable)]
#[diesel(table_name = parties)]
pub struct NewParty<'a> {
    /// City whose registry holds the party.
    pub city_id: i64,
    /// Kind name.
    pub kind: &'a str,
    /// Full name (for individuals: personal data, never shown publicly).
    pub name: &'a str,
    /// Name an individual chose to publish.
    pub public_name: Option<&'a str>,
    /// Referent of an informal group.
    pub referent_name: Option<&'a str>,
    /// Creation time.
    pub created_at: NaiveDateTime,
}

/// Inserts a party and returns its id.
pub fn insert(conn: &mut DbConn, party: &NewParty<'_>) -> QueryResult<i64> {
    diesel::insert_into(parties::table)
        .values(party)
        .returning(parties::id)
        .get_result(conn)
}

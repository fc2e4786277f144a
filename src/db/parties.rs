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

/// An organisation and the accounts that belong to it.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// Party id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Kind name.
    pub kind: String,
    /// Its members.
    pub members: Vec<Member>,
}

/// A member of an organisation.
#[derive(Debug, Clone, Queryable)]
pub struct Member {
    /// Membership id.
    pub id: i64,
    /// Party id.
    pub party_id: i64,
    /// The member's name.
    pub name: String,
    /// The member's address (staff see it; the public never does).
    pub email: String,
    /// Whether they represent the organisation.
    pub is_representative: bool,
}

/// The city's parties other than private individuals, by name, with their
/// members.
pub fn organisations_of(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<Organisation>> {
    use super::schema::{memberships, users};
    let parties: Vec<(i64, String, String)> = parties::table
        .filter(parties::city_id.eq(city_id))
        .filter(parties::kind.ne("individual"))
        .filter(parties::kind.ne("public_body"))
        .order(parties::name)
        .select((parties::id, parties::name, parties::kind))
        .load(conn)?;
    let ids: Vec<i64> = parties.iter().map(|p| p.0).collect();
    let members: Vec<Member> = memberships::table
        .inner_join(users::table)
        .filter(memberships::party_id.eq_any(&ids))
        .filter(users::closed_at.is_null())
        .order(users::display_name)
        .select((
            memberships::id,
            memberships::party_id,
            users::display_name,
            users::email,
            memberships::is_representative,
        ))
        .load(conn)?;
    Ok(parties
        .into_iter()
        .map(|(id, name, kind)| Organisation {
            members: members
                .iter()
                .filter(|m| m.party_id == id)
                .cloned()
                .collect(),
            id,
            name,
            kind,
        })
        .collect())
}

/// Makes an account a member (or representative) of a party of `city_id`;
/// updates the role if already a member. Returns false if the party is not
/// the city's.
pub fn add_member(
    conn: &mut DbConn,
    city_id: i64,
    party_id: i64,
    user_id: i64,
    is_representative: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> QueryResult<bool> {
    use super::schema::memberships;
    conn.transaction(|conn| {
        let in_city: i64 = parties::table
            .filter(parties::id.eq(party_id))
            .filter(parties::city_id.eq(city_id))
            .count()
            .get_result(conn)?;
        if in_city == 0 {
            return Ok(false);
        }
        let updated = diesel::update(memberships::table)
            .filter(memberships::party_id.eq(party_id))
            .filter(memberships::user_id.eq(user_id))
            .set(memberships::is_representative.eq(is_representative))
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(memberships::table)
                .values((
                    memberships::party_id.eq(party_id),
                    memberships::user_id.eq(user_id),
                    memberships::is_representative.eq(is_representative),
                    memberships::created_at.eq(super::timestamp(now)),
                ))
                .execute(conn)?;
        }
        Ok(true)
    })
}

/// Removes a membership of one of the city's parties.
pub fn remove_member(conn: &mut DbConn, city_id: i64, membership_id: i64) -> QueryResult<usize> {
    use super::schema::memberships;
    let city_parties = parties::table
        .filter(parties::city_id.eq(city_id))
        .select(parties::id);
    diesel::delete(
        memberships::table
            .filter(memberships::id.eq(membership_id))
            .filter(memberships::party_id.eq_any(city_parties)),
    )
    .execute(conn)
}

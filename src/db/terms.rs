//! Pacts in force and their term: which end soon or have ended, which
//! suspensions are over, and who to tell.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::DbConn;
use super::schema::{memberships, pact_parties, pacts, proposals, users};
use crate::domain::lifecycle::Status;
use crate::domain::vocab::{PartyRole, Vocabulary};

const IN_FORCE: [&str; 2] = ["active", "suspended"];

/// Pacts in force whose last day falls between `from` and `to`: id, city
/// and end date.
pub fn ending_between(
    conn: &mut DbConn,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<(i64, i64, NaiveDate)>> {
    debug_assert_eq!(IN_FORCE, [Status::Active.name(), Status::Suspended.name()]);
    pacts::table
        .filter(pacts::status.eq_any(IN_FORCE))
        .filter(pacts::end_date.ge(from))
        .filter(pacts::end_date.le(to))
        .order(pacts::id)
        .select((pacts::id, pacts::city_id, pacts::end_date.assume_not_null()))
        .load(conn)
}

/// Pacts in force whose last day is before `today`: id and city.
pub fn ended(conn: &mut DbConn, today: NaiveDate) -> QueryResult<Vec<(i64, i64)>> {
    pacts::table
        .filter(pacts::status.eq_any(IN_FORCE))
        .filter(pacts::end_date.lt(today))
        .order(pacts::id)
        .select((pacts::id, pacts::city_id))
        .load(conn)
}

/// Suspended pacts whose suspension ended before `today`: id and city.
pub fn suspensions_over(conn: &mut DbConn, today: NaiveDate) -> QueryResult<Vec<(i64, i64)>> {
    pacts::table
        .filter(pacts::status.eq(Status::Suspended.name()))
        .filter(pacts::suspended_until.lt(today))
        .order(pacts::id)
        .select((pacts::id, pacts::city_id))
        .load(conn)
}

/// Records until when a pact is suspended (`None`: until lifted).
pub fn set_suspended_until(
    conn: &mut DbConn,
    pact_id: i64,
    until: Option<NaiveDate>,
) -> QueryResult<()> {
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::suspended_until.eq(until))
        .execute(conn)
        .map(drop)
}

/// Until when a pact is suspended, if a date was given.
pub fn suspended_until(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<NaiveDate>> {
    pacts::table
        .find(pact_id)
        .select(pacts::suspended_until)
        .first(conn)
}

/// Who speaks for the pact's parties other than the city: address, name
/// and language of each representative with an open account, and of the
/// proposal's author; each once.
pub fn party_contacts(
    conn: &mut DbConn,
    pact_id: i64,
) -> QueryResult<Vec<(String, String, String)>> {
    let mut contacts: Vec<(String, String, String)> = pact_parties::table
        .inner_join(memberships::table.on(memberships::party_id.eq(pact_parties::party_id)))
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(pact_parties::pact_id.eq(pact_id))
        .filter(pact_parties::role.ne(PartyRole::City.name()))
        .filter(memberships::is_representative.eq(true))
        .filter(users::closed_at.is_null())
        .order(users::id)
        .select((users::email, users::display_name, users::language))
        .load(conn)?;
    let author: Option<(String, String, String)> = proposals::table
        .inner_join(users::table.on(users::id.eq(proposals::user_id)))
        .filter(proposals::pact_id.eq(pact_id))
        .filter(users::closed_at.is_null())
        .select((users::email, users::display_name, users::language))
        .first(conn)
        .optional()?;
    contacts.extend(author);
    let mut seen = std::collections::HashSet::new();
    contacts.retain(|(email, _, _)| seen.insert(email.clone()));
    Ok(contacts)
}

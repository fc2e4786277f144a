//! Key figures of the registry, for the home page and the city pages.

use diesel::dsl::count;
use diesel::prelude::*;
use serde::Serialize;

use super::DbConn;
use super::schema::{pact_parties, pacts};
use crate::domain::lifecycle::Status;
use crate::domain::vocab::{PartyRole, Vocabulary};

/// What the registry holds, in three numbers and a total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KeyFigures {
    /// Pacts active today.
    pub pacts_in_force: i64,
    /// Distinct commons with an active pact.
    pub commons_cared_for: i64,
    /// Distinct parties (other than the city) to an active pact.
    pub parties: i64,
    /// Every pact and proposal in the registry.
    pub pacts_total: i64,
}

/// The key figures of one city, or of the whole installation.
pub fn key_figures(conn: &mut DbConn, city_id: Option<i64>) -> QueryResult<KeyFigures> {
    let active = Status::Active.name();
    let in_city = |query: pacts::BoxedQuery<'static, super::Db>| match city_id {
        Some(id) => query.filter(pacts::city_id.eq(id)),
        None => query,
    };
    let pacts_total = in_city(pacts::table.into_boxed())
        .count()
        .get_result(conn)?;
    let pacts_in_force = in_city(pacts::table.into_boxed())
        .filter(pacts::status.eq(active))
        .count()
        .get_result(conn)?;
    let commons_cared_for = in_city(pacts::table.into_boxed())
        .filter(pacts::status.eq(active))
        .select(count(pacts::commons_id).aggregate_distinct())
        .get_result(conn)?;
    let mut parties = pact_parties::table
        .inner_join(pacts::table)
        .filter(pacts::status.eq(active))
        .filter(pact_parties::role.ne(PartyRole::City.name()))
        .into_boxed();
    if let Some(id) = city_id {
        parties = parties.filter(pacts::city_id.eq(id));
    }
    let parties = parties
        .select(count(pact_parties::party_id).aggregate_distinct())
        .get_result(conn)?;
    Ok(KeyFigures {
        pacts_in_force,
        commons_cared_for,
        parties,
        pacts_total,
    })
}

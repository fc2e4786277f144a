//! Key figures of the registry, for the home page and the city pages.
//! Computed with one grouped query per figure, whatever the number of cities.

use std::collections::HashMap;

use diesel::dsl::{count, count_star};
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
    /// Volunteers counted in accepted activity reports.
    pub volunteers: i64,
    /// Hours given, from accepted activity reports.
    pub hours: i64,
}

impl std::ops::Add for KeyFigures {
    type Output = KeyFigures;
    fn add(self, other: KeyFigures) -> KeyFigures {
        KeyFigures {
            pacts_in_force: self.pacts_in_force + other.pacts_in_force,
            commons_cared_for: self.commons_cared_for + other.commons_cared_for,
            parties: self.parties + other.parties,
            pacts_total: self.pacts_total + other.pacts_total,
            volunteers: self.volunteers + other.volunteers,
            hours: self.hours + other.hours,
        }
    }
}

/// The key figures of every city, by city id. Commons and parties belong to
/// one city each, so the figures of the installation are their sum.
pub fn by_city(conn: &mut DbConn) -> QueryResult<HashMap<i64, KeyFigures>> {
    grouped(conn, i64::MIN, i64::MAX)
}

/// The key figures of one city.
pub fn of_city(conn: &mut DbConn, city_id: i64) -> QueryResult<KeyFigures> {
    Ok(grouped(conn, city_id, city_id)?
        .remove(&city_id)
        .unwrap_or_default())
}

/// Figures of the cities whose ids lie in `first..=last` (a range rather
/// than an optional filter, so every query keeps one static shape).
fn grouped(conn: &mut DbConn, first: i64, last: i64) -> QueryResult<HashMap<i64, KeyFigures>> {
    let active = Status::Active.name();
    let in_range = pacts::city_id.between(first, last);
    let mut figures: HashMap<i64, KeyFigures> = HashMap::new();
    let totals: Vec<(i64, i64)> = pacts::table
        .filter(in_range)
        .group_by(pacts::city_id)
        .select((pacts::city_id, count_star()))
        .load(conn)?;
    for (city, n) in totals {
        figures.entry(city).or_default().pacts_total = n;
    }
    let in_force: Vec<(i64, i64, i64)> = pacts::table
        .filter(in_range)
        .filter(pacts::status.eq(active))
        .group_by(pacts::city_id)
        .select((
            pacts::city_id,
            count_star(),
            count(pacts::commons_id).aggregate_distinct(),
        ))
        .load(conn)?;
    for (city, n, commons) in in_force {
        let entry = figures.entry(city).or_default();
        entry.pacts_in_force = n;
        entry.commons_cared_for = commons;
    }
    let parties: Vec<(i64, i64)> = pact_parties::table
        .inner_join(pacts::table)
        .filter(in_range)
        .filter(pacts::status.eq(active))
        .filter(pact_parties::role.ne(PartyRole::City.name()))
        .group_by(pacts::city_id)
        .select((
            pacts::city_id,
            count(pact_parties::party_id).aggregate_distinct(),
        ))
        .load(conn)?;
    for (city, n) in parties {
        figures.entry(city).or_default().parties = n;
    }
    for (city, (volunteers, hours)) in super::reports::totals_by_city(conn)? {
        if (first..=last).contains(&city) {
            let entry = figures.entry(city).or_default();
            entry.volunteers = volunteers;
            entry.hours = hours;
        }
    }
    Ok(figures)
}

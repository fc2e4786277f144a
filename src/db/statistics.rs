//! The public statistics of a city or of the whole installation: the
//! registry's facets (by status, kind, intensity, district, category,
//! party kind), pacts signed per year, volunteers and hours reported, the
//! time from proposal to signature and from signature to first report,
//! and renewals against expiries.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::{count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::Integer;
use serde::Serialize;

use super::DbConn;
use super::registry::{Facets, facets};
use super::registry_index::RegistryIndex;
use super::schema::{events, pacts, reports};
use super::search::Dialect;
use super::stats::KeyFigures;
use crate::domain::filter::RegistryFilter;
use crate::domain::lifecycle::Status;
use crate::domain::vocab::Vocabulary;

/// Statuses of pacts that were signed.
const SIGNED: [Status; 4] = [
    Status::Active,
    Status::Suspended,
    Status::Expired,
    Status::Terminated,
];

/// A city's (or every city's) statistics.
#[derive(Debug, Clone, Serialize)]
pub struct Statistics {
    /// Key figures (pacts in force, commons, parties, volunteers, hours).
    pub figures: KeyFigures,
    /// Counts by status, kind, intensity, district, category, party kind.
    pub facets: Facets,
    /// Pacts that came into force, by year of their start.
    pub signed_by_year: Vec<(i32, i64)>,
    /// Average days from submission to the last signature, over the pacts
    /// signed in Pacta; `None` without any.
    pub days_to_signature: Option<f64>,
    /// Average days from the last signature to the first report sent.
    pub days_to_first_report: Option<f64>,
    /// Terms renewed (a renewal signed).
    pub renewed: i64,
    /// Terms expired without a signed renewal.
    pub expired: i64,
}

/// Pacts of the city, or of every city: one typed condition for plain and
/// joined queries.
fn in_city(city_id: Option<i64>) -> diesel::dsl::Between<pacts::city_id, i64, i64> {
    let (first, last) = city_id.map_or((i64::MIN, i64::MAX), |id| (id, id));
    pacts::city_id.between(first, last)
}

/// The statistics of the city `slug` (with its id), or of every city.
pub fn compute(
    conn: &mut DbConn,
    index: &RegistryIndex,
    city: Option<(i64, &str)>,
) -> QueryResult<Statistics> {
    let filter = RegistryFilter {
        city: city.map(|(_, slug)| slug.to_owned()),
        page: 1,
        ..RegistryFilter::default()
    };
    let city_id = city.map(|(id, _)| id);
    let figures = match city_id {
        Some(id) => super::stats::of_city(conn, id)?,
        None => super::stats::by_city(conn)?
            .into_values()
            .fold(KeyFigures::default(), |a, b| a + b),
    };
    let signed: Vec<&str> = SIGNED.iter().map(|s| s.name()).collect();
    let year = match Dialect::of(conn) {
        Dialect::Sqlite => "CAST(strftime('%Y', pacts.start_date) AS INTEGER)",
        Dialect::Pg => "CAST(EXTRACT(YEAR FROM pacts.start_date) AS INTEGER)",
    };
    let signed_by_year: Vec<(i32, i64)> = pacts::table
        .filter(in_city(city_id))
        .filter(pacts::status.eq_any(&signed))
        .filter(pacts::start_date.is_not_null())
        .group_by(sql::<Integer>(year))
        .select((sql::<Integer>(year), count_star()))
        .order(sql::<Integer>(year))
        .load(conn)?;
    let (days_to_signature, days_to_first_report) = durations(conn, city_id)?;
    // Terms whose renewal was signed, as a subquery (a list of ids would
    // pass SQLite's limit on bound values in a large registry).
    let renewals = diesel::alias!(pacts as renewal);
    let renewed_terms = || {
        renewals
            .filter(renewals.field(pacts::renews_pact_id).is_not_null())
            .filter(renewals.field(pacts::status).eq_any(&signed))
            .select(renewals.field(pacts::renews_pact_id).assume_not_null())
    };
    let renewed: i64 = pacts::table
        .filter(in_city(city_id))
        .filter(pacts::id.eq_any(renewed_terms()))
        .count()
        .get_result(conn)?;
    let expired: i64 = pacts::table
        .filter(in_city(city_id))
        .filter(pacts::status.eq(Status::Expired.name()))
        .filter(pacts::id.ne_all(renewed_terms()))
        .count()
        .get_result(conn)?;
    Ok(Statistics {
        figures,
        facets: facets(conn, index, &filter)?,
        signed_by_year,
        days_to_signature,
        days_to_first_report,
        renewed,
        expired,
    })
}

/// Average days from submission to the last signature (the event that
/// put the pact in force), and from it to the first report.
fn durations(conn: &mut DbConn, city_id: Option<i64>) -> QueryResult<(Option<f64>, Option<f64>)> {
    let signatures: Vec<(i64, Option<NaiveDate>, NaiveDateTime)> = events::table
        .inner_join(pacts::table)
        .filter(in_city(city_id))
        .filter(events::status_before.eq(Status::AwaitingSignatures.name()))
        .filter(events::status_after.eq(Status::Active.name()))
        .select((pacts::id, pacts::submitted_on, events::occurred_at))
        .load(conn)?;
    let mut signed_at: BTreeMap<i64, NaiveDateTime> = BTreeMap::new();
    let mut to_signature = Vec::new();
    for (pact, submitted, at) in signatures {
        if let Some(submitted) = submitted {
            to_signature.push((at.date() - submitted).num_days());
        }
        signed_at.entry(pact).or_insert(at);
    }
    let first_reports: Vec<(i64, Option<NaiveDateTime>)> = reports::table
        .inner_join(pacts::table)
        .filter(in_city(city_id))
        .group_by(reports::pact_id)
        .select((reports::pact_id, diesel::dsl::min(reports::created_at)))
        .load(conn)?;
    let to_report: Vec<i64> = first_reports
        .into_iter()
        .filter_map(|(pact, first)| Some((first? - *signed_at.get(&pact)?).num_days()))
        .filter(|days| *days >= 0)
        .collect();
    Ok((average(&to_signature), average(&to_report)))
}

fn average(days: &[i64]) -> Option<f64> {
    if days.is_empty() {
        return None;
    }
    let total: i64 = days.iter().sum();
    let count = i32::try_from(days.len()).unwrap_or(i32::MAX);
    let mean = f64::from(i32::try_from(total).unwrap_or(i32::MAX)) / f64::from(count);
    Some((mean * 10.0).round() / 10.0)
}

//! The public statistics of a city or of the whole installation: the
//! registry's facets (by status, kind, intensity, district, category,
//! party kind), pacts signed per year, volunteers and hours reported, the
//! time from proposal to signature and from signature to first report,
//! and renewals against expiries.

use diesel::dsl::{count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Integer, Nullable};
use serde::Serialize;

use super::DbConn;
use super::registry::{Facets, facets};
use super::registry_index::RegistryIndex;
use super::schema::pacts;
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
    // Terms with a signed renewal, as correlated `EXISTS` subqueries: a
    // list of ids would pass SQLite's limit on bound values in a large
    // registry, and PostgreSQL runs `NOT IN` over a large subquery row by
    // row (minutes at a million pacts) where `NOT EXISTS` is an anti-join.
    let renewals = diesel::alias!(pacts as renewal);
    let renewal_signed = || {
        diesel::dsl::exists(
            renewals
                .filter(
                    renewals
                        .field(pacts::renews_pact_id)
                        .eq(pacts::id.nullable()),
                )
                .filter(renewals.field(pacts::status).eq_any(&signed))
                .select(renewals.field(pacts::id)),
        )
    };
    let renewed: i64 = pacts::table
        .filter(in_city(city_id))
        .filter(renewal_signed())
        .count()
        .get_result(conn)?;
    let expired: i64 = pacts::table
        .filter(in_city(city_id))
        .filter(pacts::status.eq(Status::Expired.name()))
        .filter(diesel::dsl::not(renewal_signed()))
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
/// put the pact in force), and from it to the first report: computed by
/// the database, whose rows at a million pacts (every activation, every
/// report) would take tens of megabytes here.
fn durations(conn: &mut DbConn, city_id: Option<i64>) -> QueryResult<(Option<f64>, Option<f64>)> {
    let (first, last) = city_id.map_or((i64::MIN, i64::MAX), |id| (id, id));
    // Whole days between two dates, and between two times (counted down).
    let (dates, times) = match Dialect::of(conn) {
        Dialect::Sqlite => (
            "(unixepoch(date(events.occurred_at)) - unixepoch(pacts.submitted_on)) / 86400",
            "(unixepoch(r.first_at) - unixepoch(s.signed_at)) / 86400",
        ),
        Dialect::Pg => (
            "(CAST(events.occurred_at AS DATE) - pacts.submitted_on)",
            "CAST(EXTRACT(EPOCH FROM (r.first_at - s.signed_at)) AS BIGINT) / 86400",
        ),
    };
    let activated = format!(
        "events.status_before = '{}' AND events.status_after = '{}' \
         AND pacts.city_id BETWEEN $1 AND $2",
        Status::AwaitingSignatures.name(),
        Status::Active.name()
    );
    let to_signature: Average = diesel::sql_query(format!(
        "SELECT CAST(AVG({dates}) AS DOUBLE PRECISION) AS days \
         FROM events JOIN pacts ON pacts.id = events.pact_id \
         WHERE {activated} AND pacts.submitted_on IS NOT NULL"
    ))
    .bind::<BigInt, _>(first)
    .bind::<BigInt, _>(last)
    .get_result(conn)?;
    let to_report: Average = diesel::sql_query(format!(
        "SELECT CAST(AVG(days) AS DOUBLE PRECISION) AS days FROM (\
           SELECT {times} AS days FROM \
           (SELECT events.pact_id, MIN(events.occurred_at) AS signed_at \
            FROM events JOIN pacts ON pacts.id = events.pact_id \
            WHERE {activated} GROUP BY events.pact_id) s \
           JOIN (SELECT reports.pact_id, MIN(reports.created_at) AS first_at \
            FROM reports JOIN pacts ON pacts.id = reports.pact_id \
            WHERE pacts.city_id BETWEEN $1 AND $2 GROUP BY reports.pact_id) r \
           ON r.pact_id = s.pact_id\
         ) delays WHERE days >= 0"
    ))
    .bind::<BigInt, _>(first)
    .bind::<BigInt, _>(last)
    .get_result(conn)?;
    Ok((tenths(to_signature.days), tenths(to_report.days)))
}

/// An average of days.
#[derive(QueryableByName)]
struct Average {
    #[diesel(sql_type = Nullable<Double>)]
    days: Option<f64>,
}

/// Days to the tenth.
fn tenths(days: Option<f64>) -> Option<f64> {
    days.map(|mean| (mean * 10.0).round() / 10.0)
}

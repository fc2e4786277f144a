//! What the map draws: the commons of the pacts a search finds, with how
//! many, and the districts of their cities with a boundary.

use std::collections::BTreeMap;

use diesel::dsl::count_star;
use diesel::prelude::*;
use serde::Serialize;

use super::DbConn;
use super::registry::condition;
use super::schema::{cities, commons, districts, pacts};
use super::search::Dialect;
use crate::domain::filter::RegistryFilter;

/// A commons on the map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// Its city's slug.
    pub city: String,
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Pacts found on it.
    pub pacts: i64,
}

/// A commons' id, city, slug, name, latitude and longitude.
type CommonsCells = (i64, String, String, String, Option<f64>, Option<f64>);

/// A district with a boundary.
#[derive(Debug, Clone, Serialize)]
pub struct Area {
    /// Its name.
    pub name: String,
    /// Its boundary, GeoJSON.
    pub boundary: String,
}

/// The commons (with coordinates) of the pacts matching `filter`, by name,
/// and how many commons of theirs have none.
pub fn points(conn: &mut DbConn, filter: &RegistryFilter) -> QueryResult<(Vec<Point>, i64)> {
    let per_commons: BTreeMap<i64, i64> = pacts::table
        .filter(condition(filter, Dialect::of(conn)))
        .group_by(pacts::commons_id)
        .select((pacts::commons_id, count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let ids: Vec<i64> = per_commons.keys().copied().collect();
    let mut points = Vec::new();
    let mut unplaced = 0;
    for chunk in ids.chunks(10_000) {
        let rows: Vec<CommonsCells> = commons::table
            .inner_join(cities::table.on(cities::id.eq(commons::city_id)))
            .filter(commons::id.eq_any(chunk))
            .select((
                commons::id,
                cities::slug,
                commons::slug,
                commons::name,
                commons::latitude,
                commons::longitude,
            ))
            .load(conn)?;
        for (id, city, slug, name, latitude, longitude) in rows {
            match latitude.zip(longitude) {
                Some((latitude, longitude)) => points.push(Point {
                    city,
                    slug,
                    name,
                    latitude,
                    longitude,
                    pacts: per_commons.get(&id).copied().unwrap_or(0),
                }),
                None => unplaced += 1,
            }
        }
    }
    points.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((points, unplaced))
}

/// The districts with a boundary of the cities named (by slug).
pub fn areas(conn: &mut DbConn, city_slugs: &[String]) -> QueryResult<Vec<Area>> {
    districts::table
        .inner_join(cities::table)
        .filter(cities::slug.eq_any(city_slugs))
        .filter(districts::boundary.is_not_null())
        .order(districts::name)
        .select((districts::name, districts::boundary.assume_not_null()))
        .load::<(String, String)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(name, boundary)| Area { name, boundary })
                .collect()
        })
}

//! The commons: places, facilities and schemes that pacts take care of.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{commons, districts};
use super::{DbConn, vocab};
use crate::domain::vocab::{CommonsCategory, CommonsKind};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = commons)]
struct CommonsRow {
    id: i64,
    city_id: i64,
    slug: String,
    name: String,
    kind: String,
    category: String,
    address: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
    description: String,
}

/// A commons, with its district's name.
#[derive(Debug, Clone, Serialize)]
pub struct Commons {
    /// Internal id.
    #[serde(skip)]
    pub id: i64,
    /// Its city.
    #[serde(skip)]
    pub city_id: i64,
    /// URL name, unique in the city.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Tangible, intangible or digital.
    pub kind: CommonsKind,
    /// Category, for filters and statistics.
    pub category: CommonsCategory,
    /// Street address or location.
    pub address: String,
    /// The district's slug and name, if any.
    pub district: Option<DistrictRef>,
    /// WGS84 latitude.
    pub latitude: Option<f64>,
    /// WGS84 longitude.
    pub longitude: Option<f64>,
    /// What the commons is.
    pub description: String,
}

/// A district named by a commons.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct DistrictRef {
    /// URL name.
    pub slug: String,
    /// Display name.
    pub name: String,
}

/// A commons to insert.
#[derive(Debug, Insertable)]
#[diesel(table_name = commons)]
pub struct NewCommons<'a> {
    /// City.
    pub city_id: i64,
    /// District.
    pub district_id: Option<i64>,
    /// URL name.
    pub slug: &'a str,
    /// Name.
    pub name: &'a str,
    /// Kind name.
    pub kind: &'a str,
    /// Category name.
    pub category: &'a str,
    /// Address.
    pub address: &'a str,
    /// Latitude.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// Description.
    pub description: &'a str,
    /// Creation time.
    pub created_at: NaiveDateTime,
}

fn with_district(row: CommonsRow, district: Option<DistrictRef>) -> QueryResult<Commons> {
    Ok(Commons {
        id: row.id,
        city_id: row.city_id,
        kind: vocab(&row.kind)?,
        category: vocab(&row.category)?,
        slug: row.slug,
        name: row.name,
        address: row.address,
        district,
        latitude: row.latitude,
        longitude: row.longitude,
        description: row.description,
    })
}

fn convert(rows: Vec<(CommonsRow, Option<DistrictRef>)>) -> QueryResult<Vec<Commons>> {
    rows.into_iter()
        .map(|(row, district)| with_district(row, district))
        .collect()
}

/// The commons with this slug in a city.
pub fn find(conn: &mut DbConn, city_id: i64, slug: &str) -> QueryResult<Option<Commons>> {
    let rows = commons::table
        .left_join(districts::table)
        .filter(commons::city_id.eq(city_id))
        .filter(commons::slug.eq(slug))
        .select((
            CommonsRow::as_select(),
            (districts::slug, districts::name).nullable(),
        ))
        .load(conn)?;
    Ok(convert(rows)?.into_iter().next())
}

/// The commons with these ids, in any order.
pub fn by_ids(conn: &mut DbConn, ids: &[i64]) -> QueryResult<Vec<Commons>> {
    let rows = commons::table
        .left_join(districts::table)
        .filter(commons::id.eq_any(ids))
        .select((
            CommonsRow::as_select(),
            (districts::slug, districts::name).nullable(),
        ))
        .load(conn)?;
    convert(rows)
}

/// How many commons a city has.
pub fn count(conn: &mut DbConn, city_id: i64) -> QueryResult<i64> {
    commons::table
        .filter(commons::city_id.eq(city_id))
        .count()
        .get_result(conn)
}

/// Inserts a commons and returns its id.
pub fn insert(conn: &mut DbConn, new: &NewCommons<'_>) -> QueryResult<i64> {
    diesel::insert_into(commons::table)
        .values(new)
        .returning(commons::id)
        .get_result(conn)
}

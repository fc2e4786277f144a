//! Cities and their districts.

use crate::domain::renewal::RenewalSettings;
use crate::domain::signing::{SigningOrder, SigningSettings};
use crate::domain::vocab::Vocabulary;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use std::collections::HashMap;

use super::DbConn;
use super::schema::{cities, commons, districts};
use crate::domain::city::CitySettings;

/// A city as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cities)]
pub struct City {
    /// Internal id.
    #[serde(skip)]
    pub id: i64,
    /// URL name, unique in the installation.
    pub slug: String,
    /// Display name ("Ville de Valmont-sur-Orbe").
    pub name: String,
    /// Language of the city's documents (`fr`, `it`, `en`).
    pub language: String,
    /// Title of the regulation on the commons the city applies.
    pub regulation_title: String,
    /// The act that adopted it.
    pub regulation_act: String,
    /// Review period, days.
    pub review_days: i32,
    /// Publication period for comments, days.
    pub publication_days: i32,
    /// Factor for the publication period of complex pacts.
    pub complex_multiplier: i32,
    /// Expiry notice offsets, days, comma-separated.
    pub expiry_notice_days: String,
    /// When the city was added.
    #[serde(skip)]
    pub created_at: NaiveDateTime,
    /// Whether its staff must use a second factor.
    pub require_second_factor: bool,
    /// Order of signatures (`parties_then_city`, `sequential`).
    pub signing_order: String,
    /// Days a signing link stays valid.
    pub signing_link_days: i32,
    /// Days before a signatory is reminded.
    pub reminder_days: i32,
    /// Reminders at most.
    pub reminder_cap: i32,
    /// Whether ordinary pacts renew tacitly.
    pub tacit_renewal: bool,
    /// Days before the end date by which one may object to a tacit renewal.
    pub objection_days: i32,
}

impl City {
    /// The city's procedural settings. Stored values are validated on the
    /// way in; a corrupt row falls back to the defaults rather than
    /// breaking every page of the city.
    pub fn settings(&self) -> CitySettings {
        let days = |v: i32| u32::try_from(v).unwrap_or(0);
        let settings = CitySettings {
            review_days: days(self.review_days),
            publication_days: days(self.publication_days),
            complex_multiplier: days(self.complex_multiplier),
            expiry_notice_days: CitySettings::parse_notice_days(&self.expiry_notice_days)
                .unwrap_or_default(),
        };
        if settings.validate().is_ok() {
            settings
        } else {
            tracing::warn!(city = %self.slug, "invalid stored settings, using defaults");
            CitySettings::default()
        }
    }
}

impl City {
    /// The city's rules for signatures (defaults for a corrupt row).
    pub fn signing(&self) -> SigningSettings {
        let settings = SigningSettings {
            order: SigningOrder::parse(&self.signing_order)
                .unwrap_or(SigningOrder::PartiesThenCity),
            link_days: u32::try_from(self.signing_link_days).unwrap_or(0),
            reminder_days: u32::try_from(self.reminder_days).unwrap_or(0),
            reminder_cap: u32::try_from(self.reminder_cap).unwrap_or(0),
        };
        if settings.validate().is_ok() {
            settings
        } else {
            tracing::warn!(city = %self.slug, "invalid stored signing settings, using defaults");
            SigningSettings::default()
        }
    }

    /// How the city renews its pacts.
    pub fn renewal(&self) -> RenewalSettings {
        let settings = RenewalSettings {
            tacit: self.tacit_renewal,
            objection_days: u32::try_from(self.objection_days).unwrap_or(0),
        };
        if settings.is_valid() {
            settings
        } else {
            tracing::warn!(city = %self.slug, "invalid stored renewal settings, using defaults");
            RenewalSettings::default()
        }
    }
}

/// A city to insert.
#[derive(Debug, Insertable)]
#[diesel(table_name = cities)]
pub struct NewCity<'a> {
    /// URL name.
    pub slug: &'a str,
    /// Display name.
    pub name: &'a str,
    /// Language code.
    pub language: &'a str,
    /// Regulation title.
    pub regulation_title: &'a str,
    /// Adoption act.
    pub regulation_act: &'a str,
    /// Review period.
    pub review_days: i32,
    /// Publication period.
    pub publication_days: i32,
    /// Complex multiplier.
    pub complex_multiplier: i32,
    /// Stored notice offsets.
    pub expiry_notice_days: String,
    /// Creation time.
    pub created_at: NaiveDateTime,
}

/// A district of a city.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = districts)]
pub struct District {
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
    /// Its boundary, GeoJSON (drawn on the map).
    #[serde(skip)]
    pub boundary: Option<String>,
}

/// Sets a district's boundary (GeoJSON, checked by the caller).
pub fn set_boundary(conn: &mut DbConn, district_id: i64, geojson: &str) -> QueryResult<()> {
    diesel::update(districts::table.find(district_id))
        .set(districts::boundary.eq(geojson))
        .execute(conn)?;
    shown(conn)
}

/// Cities and districts appear on the public pages kept per generation of
/// the registry: a change to them starts a new one.
fn shown(conn: &mut DbConn) -> QueryResult<()> {
    super::registry_index::next_generation(conn).map(drop)
}

/// Every city, by name.
pub fn list(conn: &mut DbConn) -> QueryResult<Vec<City>> {
    cities::table
        .order(cities::name)
        .select(City::as_select())
        .load(conn)
}

/// The city with this slug.
pub fn find(conn: &mut DbConn, slug: &str) -> QueryResult<Option<City>> {
    cities::table
        .filter(cities::slug.eq(slug))
        .select(City::as_select())
        .first(conn)
        .optional()
}

/// The city with this id.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<City> {
    cities::table.find(id).select(City::as_select()).first(conn)
}

/// Inserts a city and returns its id.
pub fn insert(conn: &mut DbConn, city: &NewCity<'_>) -> QueryResult<i64> {
    let id = diesel::insert_into(cities::table)
        .values(city)
        .returning(cities::id)
        .get_result(conn)?;
    shown(conn)?;
    Ok(id)
}

/// The districts of a city, by name.
pub fn districts(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<District>> {
    districts::table
        .filter(districts::city_id.eq(city_id))
        .order(districts::name)
        .select(District::as_select())
        .load(conn)
}

/// Inserts a district and returns its id.
pub fn insert_district(
    conn: &mut DbConn,
    city_id: i64,
    slug: &str,
    name: &str,
) -> QueryResult<i64> {
    let id = diesel::insert_into(districts::table)
        .values((
            districts::city_id.eq(city_id),
            districts::slug.eq(slug),
            districts::name.eq(name),
        ))
        .returning(districts::id)
        .get_result(conn)?;
    shown(conn)?;
    Ok(id)
}

/// The district of a city with this slug.
pub fn find_district(conn: &mut DbConn, city_id: i64, slug: &str) -> QueryResult<Option<District>> {
    districts::table
        .filter(districts::city_id.eq(city_id))
        .filter(districts::slug.eq(slug))
        .select(District::as_select())
        .first(conn)
        .optional()
}

/// Renames a district and sets or clears its boundary (GeoJSON, checked
/// by the caller); its slug, in URLs, stays.
pub fn update_district(
    conn: &mut DbConn,
    district_id: i64,
    name: &str,
    boundary: Option<&str>,
) -> QueryResult<()> {
    diesel::update(districts::table.find(district_id))
        .set((districts::name.eq(name), districts::boundary.eq(boundary)))
        .execute(conn)?;
    shown(conn)
}

/// How many commons each district of a city holds, by district id.
pub fn commons_per_district(conn: &mut DbConn, city_id: i64) -> QueryResult<HashMap<i64, i64>> {
    Ok(commons::table
        .filter(commons::city_id.eq(city_id))
        .filter(commons::district_id.is_not_null())
        .group_by(commons::district_id)
        .select((
            commons::district_id.assume_not_null(),
            diesel::dsl::count_star(),
        ))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect())
}

/// Sets whether the city's staff must use a second factor.
pub fn set_require_second_factor(
    conn: &mut DbConn,
    city_id: i64,
    required: bool,
) -> QueryResult<()> {
    diesel::update(cities::table.find(city_id))
        .set(cities::require_second_factor.eq(required))
        .execute(conn)
        .map(drop)
}

/// What an administrator may change about a city.
#[derive(Debug, Clone)]
pub struct CityUpdate {
    /// Regulation title.
    pub regulation_title: String,
    /// Adoption act.
    pub regulation_act: String,
    /// Language code of the city's documents.
    pub language: String,
    /// Procedural settings (validated).
    pub settings: CitySettings,
    /// Rules for signatures (validated).
    pub signing: SigningSettings,
    /// How pacts are renewed (validated).
    pub renewal: RenewalSettings,
}

/// Saves a city's regulation and settings.
pub fn update(conn: &mut DbConn, city_id: i64, update: &CityUpdate) -> QueryResult<()> {
    let days = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
    diesel::update(cities::table.find(city_id))
        .set((
            cities::regulation_title.eq(&update.regulation_title),
            cities::regulation_act.eq(&update.regulation_act),
            cities::language.eq(&update.language),
            cities::review_days.eq(days(update.settings.review_days)),
            cities::publication_days.eq(days(update.settings.publication_days)),
            cities::complex_multiplier.eq(days(update.settings.complex_multiplier)),
            cities::expiry_notice_days.eq(update.settings.notice_days_to_string()),
            cities::signing_order.eq(update.signing.order.name()),
            cities::signing_link_days.eq(days(update.signing.link_days)),
            cities::reminder_days.eq(days(update.signing.reminder_days)),
            cities::reminder_cap.eq(days(update.signing.reminder_cap)),
            cities::tacit_renewal.eq(update.renewal.tacit),
            cities::objection_days.eq(days(update.renewal.objection_days)),
        ))
        .execute(conn)?;
    shown(conn)
}

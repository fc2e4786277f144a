//! The open data of the registry: one record per pact, the same columns in
//! CSV, JSON and GeoJSON, described once here (the schema page, the Table
//! Schema and the DCAT-AP description are made from this list).
//!
//! Personal data of private individuals never appears: a private person
//! is counted among the parties by kind, never named, even by a public
//! name chosen for the website.

use serde::Serialize;

use super::lifecycle::Status;
use super::vocab::{CommonsCategory, CommonsKind, Intensity, PactKind, PartyKind, Vocabulary};

/// A column's type, as Table Schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Type {
    /// Text.
    String,
    /// Whole number.
    Integer,
    /// Decimal number.
    Number,
    /// `YYYY-MM-DD`.
    Date,
    /// RFC 3339, UTC.
    Datetime,
    /// `true` or `false`.
    Boolean,
}

/// One column of the open data.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its name (CSV header, JSON key, GeoJSON property).
    pub name: &'static str,
    /// Its type.
    pub kind: Type,
    /// Whether it may be empty.
    pub optional: bool,
    /// The values it takes, for a controlled vocabulary.
    pub vocabulary: Option<fn() -> Vec<&'static str>>,
    /// Whether it lists several values, separated by `; `.
    pub list: bool,
}

fn names<V: Vocabulary>() -> Vec<&'static str> {
    V::all().into_iter().map(Vocabulary::name).collect()
}

const fn column(name: &'static str, kind: Type, optional: bool) -> Column {
    Column {
        name,
        kind,
        optional,
        vocabulary: None,
        list: false,
    }
}

const fn vocabulary(name: &'static str, values: fn() -> Vec<&'static str>, list: bool) -> Column {
    Column {
        name,
        kind: Type::String,
        optional: list,
        vocabulary: Some(values),
        list,
    }
}

/// Every column, in order.
pub const COLUMNS: [Column; 25] = [
    column("city", Type::String, false),
    column("city_name", Type::String, false),
    column("number", Type::String, false),
    column("title", Type::String, false),
    column("summary", Type::String, true),
    vocabulary("status", names::<Status>, false),
    vocabulary("kind", names::<PactKind>, false),
    vocabulary("intensity", names::<Intensity>, false),
    column("term", Type::Integer, false),
    column("submitted_on", Type::Date, true),
    column("start_date", Type::Date, true),
    column("end_date", Type::Date, true),
    column("duration_months", Type::Integer, true),
    column("commons", Type::String, false),
    column("commons_name", Type::String, false),
    vocabulary("commons_kind", names::<CommonsKind>, false),
    vocabulary("commons_category", names::<CommonsCategory>, false),
    column("address", Type::String, true),
    column("district", Type::String, true),
    column("latitude", Type::Number, true),
    column("longitude", Type::Number, true),
    column("organisations", Type::String, true),
    vocabulary("party_kinds", names::<PartyKind>, true),
    column("text_sha256", Type::String, true),
    column("url", Type::String, false),
];

/// One pact, as the open data publishes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// City slug.
    pub city: String,
    /// City name.
    pub city_name: String,
    /// Pact number.
    pub number: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Status name.
    pub status: &'static str,
    /// Kind name.
    pub kind: &'static str,
    /// Intensity name.
    pub intensity: &'static str,
    /// 0 for the first term, 1 for its first renewal…
    pub term: u32,
    /// Day of submission.
    pub submitted_on: Option<chrono::NaiveDate>,
    /// First day in force.
    pub start_date: Option<chrono::NaiveDate>,
    /// Last day in force.
    pub end_date: Option<chrono::NaiveDate>,
    /// Duration in months.
    pub duration_months: Option<u32>,
    /// Commons slug.
    pub commons: String,
    /// Commons name.
    pub commons_name: String,
    /// Commons kind name.
    pub commons_kind: &'static str,
    /// Commons category name.
    pub commons_category: &'static str,
    /// Commons address.
    pub address: String,
    /// District name.
    pub district: Option<String>,
    /// Latitude, decimal degrees.
    pub latitude: Option<f64>,
    /// Longitude, decimal degrees.
    pub longitude: Option<f64>,
    /// Names of the parties that are not private persons, the city aside,
    /// `; `-separated.
    pub organisations: String,
    /// Kinds of the parties, the city aside, `; `-separated, in order.
    pub party_kinds: String,
    /// SHA-256 of the text in force (or the latest before signature).
    pub text_sha256: Option<String>,
    /// The pact's page.
    pub url: String,
}

impl Record {
    /// The record's values in [`COLUMNS`] order, as CSV cells.
    pub fn cells(&self) -> Vec<String> {
        let opt = |v: Option<String>| v.unwrap_or_default();
        vec![
            self.city.clone(),
            self.city_name.clone(),
            self.number.clone(),
            self.title.clone(),
            self.summary.clone(),
            self.status.to_owned(),
            self.kind.to_owned(),
            self.intensity.to_owned(),
            self.term.to_string(),
            opt(self.submitted_on.map(|d| d.to_string())),
            opt(self.start_date.map(|d| d.to_string())),
            opt(self.end_date.map(|d| d.to_string())),
            opt(self.duration_months.map(|d| d.to_string())),
            self.commons.clone(),
            self.commons_name.clone(),
            self.commons_kind.to_owned(),
            self.commons_category.to_owned(),
            self.address.clone(),
            opt(self.district.clone()),
            opt(self.latitude.map(|v| v.to_string())),
            opt(self.longitude.map(|v| v.to_string())),
            self.organisations.clone(),
            self.party_kinds.clone(),
            opt(self.text_sha256.clone()),
            self.url.clone(),
        ]
    }

    /// The record as a GeoJSON feature: a point at its commons, or no
    /// geometry when the commons has no coordinates.
    pub fn feature(&self) -> serde_json::Value {
        let geometry = match (self.longitude, self.latitude) {
            (Some(lon), Some(lat)) => {
                serde_json::json!({"type": "Point", "coordinates": [lon, lat]})
            }
            _ => serde_json::Value::Null,
        };
        serde_json::json!({
            "type": "Feature",
            "id": format!("{}/{}", self.city, self.number),
            "geometry": geometry,
            "properties": self,
        })
    }
}

/// The Table Schema (Frictionless Data) of the CSV file.
pub fn table_schema() -> serde_json::Value {
    let fields: Vec<serde_json::Value> = COLUMNS
        .iter()
        .map(|c| {
            let mut field = serde_json::json!({
                "name": c.name,
                "type": c.kind,
                "constraints": {"required": !c.optional},
            });
            if let (Some(values), false) = (c.vocabulary, c.list) {
                field["constraints"]["enum"] = serde_json::json!(values());
            }
            if c.list {
                field["description"] =
                    serde_json::json!(format!("values of {:?} separated by \"; \"", values_of(c)));
            }
            field
        })
        .collect();
    serde_json::json!({
        "fields": fields,
        "primaryKey": ["city", "number"],
        "missingValues": [""],
    })
}

fn values_of(column: &Column) -> Vec<&'static str> {
    column.vocabulary.map(|v| v()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record {
            city: "valmont".into(),
            city_name: "Valmont".into(),
            number: "2025-0001".into(),
            title: "Jardin, \"partagé\"".into(),
            summary: String::new(),
            status: "active",
            kind: "ordinary",
            intensity: "continuous_care",
            term: 0,
            submitted_on: None,
            start_date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
            end_date: None,
            duration_months: Some(24),
            commons: "jardin".into(),
            commons_name: "Jardin".into(),
            commons_kind: "tangible",
            commons_category: "green_space",
            address: String::new(),
            district: None,
            latitude: Some(45.1),
            longitude: Some(5.7),
            organisations: "Les Amis".into(),
            party_kinds: "association; individual".into(),
            text_sha256: None,
            url: "http://x/cities/valmont/pacts/2025-0001".into(),
        }
    }

    #[test]
    fn every_column_has_a_cell_and_a_json_key() {
        let record = record();
        assert_eq!(record.cells().len(), COLUMNS.len());
        let json = serde_json::to_value(&record).expect("json");
        for column in COLUMNS {
            assert!(json.get(column.name).is_some(), "{}", column.name);
        }
    }

    #[test]
    fn features_are_points_at_longitude_then_latitude() {
        let feature = record().feature();
        assert_eq!(
            feature["geometry"]["coordinates"],
            serde_json::json!([5.7, 45.1])
        );
        let mut nowhere = record();
        nowhere.latitude = None;
        assert!(nowhere.feature()["geometry"].is_null());
    }

    #[test]
    fn the_table_schema_lists_vocabularies() {
        let schema = table_schema();
        let status = &schema["fields"][5];
        assert_eq!(status["name"], "status");
        assert!(
            status["constraints"]["enum"]
                .as_array()
                .expect("enum")
                .contains(&serde_json::json!("active"))
        );
    }
}

//! Importing a registry kept in a spreadsheet: the mapping file that says
//! which column is which and how its values map onto Pacta's
//! vocabularies, and the reading of one row into what Pacta records, with
//! the fields the row does not give (never invented) and the acts its
//! notes cite. No I/O here: `db::imports` writes what this reads.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::filter::fold;
use super::lifecycle::Status;
use super::vocab::{CommonsCategory, CommonsKind, Intensity, PactKind, PartyKind, Vocabulary};

/// A mapping file (TOML): see `fixtures/import/palermo.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Names the source; with each row's reference, it identifies an
    /// imported pact, so that importing the same rows again creates nothing.
    pub source: String,
    /// Put before each row's reference to make the pact's number.
    #[serde(default)]
    pub number_prefix: String,
    /// The city, when the import creates it.
    #[serde(default)]
    pub city: Option<CityInfo>,
    /// Which column holds what.
    pub columns: Columns,
    /// How a district's name is written from its column (`{}` is the value).
    #[serde(default)]
    pub district_name: Option<String>,
    /// Values for what the source does not say; each use is listed among
    /// the pact's missing fields, for an officer to confirm.
    #[serde(default)]
    pub defaults: Defaults,
    /// The source's values for each vocabulary, as Pacta's names. Keys are
    /// compared without regard to case, accents and spaces.
    #[serde(default)]
    pub values: Values,
}

/// The city an import creates.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CityInfo {
    /// Display name.
    pub name: String,
    /// `fr`, `it` or `en`.
    pub language: String,
    /// Title of its regulation on the commons.
    #[serde(default)]
    pub regulation_title: String,
    /// The act that adopted it.
    #[serde(default)]
    pub regulation_act: String,
}

/// Column names, as in the file's header (surrounding spaces ignored).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    /// The row's identifier in the source.
    pub reference: String,
    /// Title of the pact.
    pub title: String,
    /// Status, mapped by `values.status`.
    pub status: String,
    /// Summary.
    pub summary: Option<String>,
    /// Kind of the proponent, mapped by `values.party_kind`.
    pub proponent_kind: Option<String>,
    /// Name of the proponent.
    pub proponent_name: Option<String>,
    /// Name of the commons; the address when absent.
    pub commons: Option<String>,
    /// Address of the commons.
    pub address: Option<String>,
    /// District of the commons.
    pub district: Option<String>,
    /// Latitude, decimal degrees.
    pub latitude: Option<String>,
    /// Longitude, decimal degrees.
    pub longitude: Option<String>,
    /// Category of the commons, mapped by `values.category`.
    pub category: Option<String>,
    /// Pact kind, mapped by `values.kind`.
    pub kind: Option<String>,
    /// Intensity, mapped by `values.intensity`.
    pub intensity: Option<String>,
    /// Free-text notes, kept in the history; acts they cite are read.
    pub notes: Option<String>,
    /// Link to the signed document.
    pub document: Option<String>,
    /// Date of submission (`YYYY-MM-DD` or `DD/MM/YYYY`).
    pub submitted_on: Option<String>,
    /// First day in force.
    pub start_date: Option<String>,
    /// Last day in force.
    pub end_date: Option<String>,
    /// Duration in months.
    pub duration_months: Option<String>,
    /// Other columns kept with the imported record.
    #[serde(default)]
    pub keep: Vec<String>,
}

/// Values assumed when the source has none.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// Pact kind.
    pub kind: Option<String>,
    /// Intensity of care.
    pub intensity: Option<String>,
    /// Kind of commons.
    pub commons_kind: Option<String>,
}

/// Value maps, source value → Pacta name.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Values {
    /// Statuses.
    #[serde(default)]
    pub status: BTreeMap<String, String>,
    /// Kinds of party.
    #[serde(default)]
    pub party_kind: BTreeMap<String, String>,
    /// Commons categories.
    #[serde(default)]
    pub category: BTreeMap<String, String>,
    /// Pact kinds.
    #[serde(default)]
    pub kind: BTreeMap<String, String>,
    /// Intensities.
    #[serde(default)]
    pub intensity: BTreeMap<String, String>,
    /// Intensity, by the value of the category column (when the file has
    /// no intensity).
    #[serde(default)]
    pub intensity_by_category: BTreeMap<String, String>,
    /// Kind of commons, by the value of the category column.
    #[serde(default)]
    pub commons_kind_by_category: BTreeMap<String, String>,
}

/// A value as compared with a mapping's keys: case, accents and spaces
/// aside ("Società " and "società", "Gruppo Informale" and "gruppo informale").
pub fn normalise(value: &str) -> String {
    fold(value).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Why a mapping cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    /// A column the mapping names is not in the file.
    #[error("the column {0:?} named by the mapping is not in the file")]
    MissingColumn(String),
    /// A value of the mapping is not a name of Pacta's vocabulary.
    #[error("the mapping gives {value:?} for {vocabulary}, which Pacta does not know")]
    UnknownName {
        /// Which vocabulary.
        vocabulary: &'static str,
        /// The name given.
        value: String,
    },
    /// The source name is empty.
    #[error("the mapping's source must be named")]
    NoSource,
}

/// A mapping checked against a file's header: column positions and
/// parsed vocabularies.
#[derive(Debug, Clone)]
pub struct Reader {
    mapping: Mapping,
    header: Vec<String>,
    status: BTreeMap<String, Status>,
    party_kind: BTreeMap<String, PartyKind>,
    category: BTreeMap<String, CommonsCategory>,
    kind: BTreeMap<String, PactKind>,
    intensity: BTreeMap<String, Intensity>,
    intensity_by_category: BTreeMap<String, Intensity>,
    commons_kind_by_category: BTreeMap<String, CommonsKind>,
    default_kind: Option<PactKind>,
    default_intensity: Option<Intensity>,
    default_commons_kind: CommonsKind,
}

fn parse_map<V: Vocabulary>(
    map: &BTreeMap<String, String>,
    vocabulary: &'static str,
) -> Result<BTreeMap<String, V>, MappingError> {
    map.iter()
        .map(|(key, name)| {
            V::parse(name.trim())
                .map(|v| (normalise(key), v))
                .ok_or_else(|| MappingError::UnknownName {
                    vocabulary,
                    value: name.clone(),
                })
        })
        .collect()
}

fn parse_default<V: Vocabulary>(
    value: Option<&String>,
    vocabulary: &'static str,
) -> Result<Option<V>, MappingError> {
    value
        .map(|name| {
            V::parse(name.trim()).ok_or_else(|| MappingError::UnknownName {
                vocabulary,
                value: name.clone(),
            })
        })
        .transpose()
}

/// A field Pacta expects that an imported row did not give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gap {
    /// The day it was submitted.
    SubmittedOn,
    /// Its summary.
    Summary,
    /// Ordinary or complex (assumed from the mapping's default).
    Kind,
    /// Intensity of care (assumed from the mapping's default).
    Intensity,
    /// Duration in months.
    Duration,
    /// First and last day in force.
    Dates,
    /// Category of its commons.
    Category,
    /// Kind of the proponent.
    ProponentKind,
    /// Name of the proponent.
    ProponentName,
    /// Where its commons is.
    Coordinates,
    /// Which commons it is: the row named none (no name, no address), so
    /// its commons bears the pact's title.
    Commons,
}

impl Gap {
    /// Every gap, in the order the worklist shows them.
    pub const ALL: [Gap; 11] = [
        Gap::SubmittedOn,
        Gap::Summary,
        Gap::Kind,
        Gap::Intensity,
        Gap::Duration,
        Gap::Dates,
        Gap::Category,
        Gap::ProponentKind,
        Gap::ProponentName,
        Gap::Coordinates,
        Gap::Commons,
    ];

    /// Its stored name.
    pub fn name(self) -> &'static str {
        match self {
            Gap::SubmittedOn => "submitted_on",
            Gap::Summary => "summary",
            Gap::Kind => "kind",
            Gap::Intensity => "intensity",
            Gap::Duration => "duration",
            Gap::Dates => "dates",
            Gap::Category => "category",
            Gap::ProponentKind => "proponent_kind",
            Gap::ProponentName => "proponent_name",
            Gap::Coordinates => "coordinates",
            Gap::Commons => "commons",
        }
    }

    /// From its stored name.
    pub fn parse(name: &str) -> Option<Gap> {
        Gap::ALL.into_iter().find(|g| g.name() == name)
    }
}

/// An administrative act a note cites: a determination approving the
/// pact, with its number and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Act {
    /// The act's number.
    pub number: String,
    /// Its date.
    pub date: NaiveDate,
}

/// What notes say reliably: the acts they cite and the day the pact was
/// signed, when written in words Pacta recognises.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NoteFacts {
    /// Determinations cited (`D.D. n. 9817 del 16 luglio 2024`).
    pub acts: Vec<Act>,
    /// "sottoscritto in data 24 04 2025".
    pub signed_on: Option<NaiveDate>,
}

/// One row, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Line in the file (the header is line 1).
    pub line: usize,
    /// Its identifier in the source.
    pub reference: String,
    /// The pact's number: the mapping's prefix and the reference.
    pub number: String,
    /// Title.
    pub title: String,
    /// Summary, if given.
    pub summary: String,
    /// Status.
    pub status: Status,
    /// The status as the source wrote it.
    pub source_status: String,
    /// Pact kind.
    pub kind: PactKind,
    /// Intensity.
    pub intensity: Intensity,
    /// The proponent, when its kind is known: kind and name (may be empty).
    pub proponent: Option<(PartyKind, String)>,
    /// The proponent's name when its kind is not known.
    pub unclassified_proponent: Option<String>,
    /// Commons name.
    pub commons: String,
    /// Commons address.
    pub address: String,
    /// Commons kind.
    pub commons_kind: CommonsKind,
    /// Commons category.
    pub category: CommonsCategory,
    /// District name, as the mapping writes it.
    pub district: Option<String>,
    /// Coordinates.
    pub coordinates: Option<(f64, f64)>,
    /// Submission day.
    pub submitted_on: Option<NaiveDate>,
    /// First and last day in force.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    /// Duration in months.
    pub duration_months: Option<u32>,
    /// The notes, as written.
    pub notes: String,
    /// What the notes say reliably.
    pub facts: NoteFacts,
    /// Link to the signed document.
    pub document: Option<String>,
    /// The fields Pacta expects that the row did not give.
    pub gaps: Vec<Gap>,
    /// The row as read: column → value, for the record.
    pub record: BTreeMap<String, String>,
}

/// A row's proponent: its kind and name (possibly empty), or, its kind
/// not given, its name alone.
type Proponent = (Option<(PartyKind, String)>, Option<String>);

/// A row's submission day, first and last day in force, and duration.
type Timing = (
    Option<NaiveDate>,
    Option<(NaiveDate, NaiveDate)>,
    Option<u32>,
);

/// Why a row cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowError {
    /// A required value is empty.
    #[error("{0} is empty")]
    Empty(&'static str),
    /// A value the mapping does not map.
    #[error("{field} {value:?} is not in the mapping")]
    Unmapped {
        /// Which field.
        field: &'static str,
        /// The value.
        value: String,
    },
    /// A value that cannot be read.
    #[error("{field} {value:?} cannot be read")]
    Unreadable {
        /// Which field.
        field: &'static str,
        /// The value.
        value: String,
    },
    /// The same reference on an earlier line.
    #[error("the reference {reference:?} is already on line {line}")]
    Duplicate {
        /// The reference.
        reference: String,
        /// The earlier line.
        line: usize,
    },
}

impl Reader {
    /// Checks a mapping against a file's header.
    pub fn new(mapping: Mapping, header: &[String]) -> Result<Reader, MappingError> {
        if mapping.source.trim().is_empty() {
            return Err(MappingError::NoSource);
        }
        let header: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
        let c = &mapping.columns;
        let named = [
            Some(&c.reference),
            Some(&c.title),
            Some(&c.status),
            c.summary.as_ref(),
            c.proponent_kind.as_ref(),
            c.proponent_name.as_ref(),
            c.commons.as_ref(),
            c.address.as_ref(),
            c.district.as_ref(),
            c.latitude.as_ref(),
            c.longitude.as_ref(),
            c.category.as_ref(),
            c.kind.as_ref(),
            c.intensity.as_ref(),
            c.notes.as_ref(),
            c.document.as_ref(),
            c.submitted_on.as_ref(),
            c.start_date.as_ref(),
            c.end_date.as_ref(),
            c.duration_months.as_ref(),
        ];
        for column in named.into_iter().flatten().chain(c.keep.iter()) {
            if !header.iter().any(|h| h == column.trim()) {
                return Err(MappingError::MissingColumn(column.clone()));
            }
        }
        let v = &mapping.values;
        Ok(Reader {
            status: parse_map(&v.status, "status")?,
            party_kind: parse_map(&v.party_kind, "party_kind")?,
            category: parse_map(&v.category, "category")?,
            kind: parse_map(&v.kind, "kind")?,
            intensity: parse_map(&v.intensity, "intensity")?,
            intensity_by_category: parse_map(&v.intensity_by_category, "intensity")?,
            commons_kind_by_category: parse_map(&v.commons_kind_by_category, "commons_kind")?,
            default_kind: parse_default(mapping.defaults.kind.as_ref(), "kind")?,
            default_intensity: parse_default(mapping.defaults.intensity.as_ref(), "intensity")?,
            default_commons_kind: parse_default(
                mapping.defaults.commons_kind.as_ref(),
                "commons_kind",
            )?
            .unwrap_or(CommonsKind::Tangible),
            header,
            mapping,
        })
    }

    /// The mapping.
    pub fn mapping(&self) -> &Mapping {
        &self.mapping
    }

    fn cell<'r>(&self, record: &'r [String], column: Option<&String>) -> &'r str {
        column
            .and_then(|c| self.header.iter().position(|h| h == c.trim()))
            .and_then(|i| record.get(i))
            .map_or("", |v| v.trim())
    }

    /// Reads one record (its cells in the header's order) found on `line`.
    pub fn read(&self, line: usize, record: &[String]) -> Result<Row, RowError> {
        let c = &self.mapping.columns;
        let cell = |column: Option<&String>| self.cell(record, column);
        let reference = cell(Some(&c.reference));
        if reference.is_empty() {
            return Err(RowError::Empty("the reference"));
        }
        let number = format!("{}{reference}", self.mapping.number_prefix);
        if !super::number::is_number(&number) {
            return Err(RowError::Unreadable {
                field: "the reference (a number is letters, digits, - _ and .)",
                value: reference.to_owned(),
            });
        }
        let title = cell(Some(&c.title));
        if title.is_empty() {
            return Err(RowError::Empty("the title"));
        }
        let source_status = cell(Some(&c.status));
        let status =
            *self
                .status
                .get(&normalise(source_status))
                .ok_or_else(|| RowError::Unmapped {
                    field: "the status",
                    value: source_status.to_owned(),
                })?;
        let mut gaps = Vec::new();
        let summary = cell(c.summary.as_ref());
        if summary.is_empty() {
            gaps.push(Gap::Summary);
        }
        let (kind, category, intensity, commons_kind) = self.classify(record, &mut gaps)?;
        let (proponent, unclassified_proponent) = self.proponent(record, &mut gaps)?;
        let address = cell(c.address.as_ref());
        let commons = match (cell(c.commons.as_ref()), address) {
            ("", "") => {
                gaps.push(Gap::Commons);
                title
            }
            ("", address) => address,
            (name, _) => name,
        };
        let coordinates = self.coordinates(record)?;
        if coordinates.is_none() {
            gaps.push(Gap::Coordinates);
        }
        let district = match cell(c.district.as_ref()) {
            "" => None,
            value => Some(match &self.mapping.district_name {
                Some(template) => template.replace("{}", value),
                None => value.to_owned(),
            }),
        };
        let (submitted_on, dates, duration_months) = self.timing(record, status, &mut gaps)?;
        gaps.sort();
        gaps.dedup();
        let notes = cell(c.notes.as_ref()).to_owned();
        let record_map = self
            .header
            .iter()
            .zip(record)
            .filter(|(h, v)| !h.is_empty() && !v.trim().is_empty())
            .map(|(h, v)| (h.clone(), v.trim().to_owned()))
            .collect();
        Ok(Row {
            line,
            reference: reference.to_owned(),
            number,
            title: title.to_owned(),
            summary: summary.to_owned(),
            status,
            source_status: source_status.to_owned(),
            kind,
            intensity,
            proponent,
            unclassified_proponent,
            commons: commons.to_owned(),
            address: address.to_owned(),
            commons_kind,
            category,
            district,
            coordinates,
            submitted_on,
            dates,
            duration_months,
            facts: read_notes(&notes),
            notes,
            document: Some(cell(c.document.as_ref()))
                .filter(|d| !d.is_empty())
                .map(str::to_owned),
            gaps,
            record: record_map,
        })
    }

    /// The row's kind, commons category, intensity and commons kind.
    fn classify(
        &self,
        record: &[String],
        gaps: &mut Vec<Gap>,
    ) -> Result<(PactKind, CommonsCategory, Intensity, CommonsKind), RowError> {
        let c = &self.mapping.columns;
        let cell = |column: Option<&String>| self.cell(record, column);
        let kind = vocabulary(
            cell(c.kind.as_ref()),
            &self.kind,
            self.default_kind,
            ("the kind", Gap::Kind),
            gaps,
        )?;
        let category_value = cell(c.category.as_ref());
        let category = match vocabulary(
            category_value,
            &self.category,
            None,
            ("the category", Gap::Category),
            gaps,
        ) {
            Ok(category) => category,
            Err(RowError::Empty(_)) => CommonsCategory::Unclassified,
            Err(e) => return Err(e),
        };
        let intensity_value = cell(c.intensity.as_ref());
        let given = if intensity_value.is_empty() {
            None
        } else {
            Some(
                self.intensity
                    .get(&normalise(intensity_value))
                    .copied()
                    .ok_or_else(|| RowError::Unmapped {
                        field: "the intensity",
                        value: intensity_value.to_owned(),
                    })?,
            )
        };
        let by_category = self.intensity_by_category.get(&normalise(category_value));
        let intensity = if let Some(intensity) = given.or(by_category.copied()) {
            intensity
        } else {
            gaps.push(Gap::Intensity);
            self.default_intensity.ok_or(RowError::Empty(
                "the intensity (the mapping gives no default)",
            ))?
        };
        let commons_kind = self
            .commons_kind_by_category
            .get(&normalise(category_value))
            .copied()
            .unwrap_or(self.default_commons_kind);
        Ok((kind, category, intensity, commons_kind))
    }

    /// The row's submission day, dates in force and duration.
    fn timing(
        &self,
        record: &[String],
        status: Status,
        gaps: &mut Vec<Gap>,
    ) -> Result<Timing, RowError> {
        let c = &self.mapping.columns;
        let cell = |column: Option<&String>| self.cell(record, column);
        let submitted_on = date_cell("the submission date", cell(c.submitted_on.as_ref()))?;
        if submitted_on.is_none() {
            gaps.push(Gap::SubmittedOn);
        }
        let start = date_cell("the start date", cell(c.start_date.as_ref()))?;
        let end = date_cell("the end date", cell(c.end_date.as_ref()))?;
        let duration_months = match cell(c.duration_months.as_ref()) {
            "" => None,
            value => Some(
                value
                    .parse::<u32>()
                    .ok()
                    .filter(|m| *m > 0)
                    .ok_or_else(|| RowError::Unreadable {
                        field: "the duration",
                        value: value.to_owned(),
                    })?,
            ),
        };
        let dates = start.zip(end);
        // Dates matter once signed; a duration until the pact has ended.
        let signed = matches!(
            status,
            Status::Active | Status::Suspended | Status::Expired | Status::Terminated
        );
        if signed && dates.is_none() {
            gaps.push(Gap::Dates);
        }
        if duration_months.is_none() && !status.is_final() {
            gaps.push(Gap::Duration);
        }
        Ok((submitted_on, dates, duration_months))
    }

    /// The proponent: its kind mapped, and its name (possibly empty); when
    /// its kind is not given, only its name, kept apart.
    fn proponent(&self, record: &[String], gaps: &mut Vec<Gap>) -> Result<Proponent, RowError> {
        let c = &self.mapping.columns;
        let kind = self.cell(record, c.proponent_kind.as_ref());
        let name = self.cell(record, c.proponent_name.as_ref()).to_owned();
        if name.is_empty() {
            gaps.push(Gap::ProponentName);
        }
        if kind.is_empty() {
            gaps.push(Gap::ProponentKind);
            return Ok((None, Some(name).filter(|n| !n.is_empty())));
        }
        let kind = self
            .party_kind
            .get(&normalise(kind))
            .copied()
            .ok_or_else(|| RowError::Unmapped {
                field: "the proponent's kind",
                value: kind.to_owned(),
            })?;
        Ok((Some((kind, name)), None))
    }

    fn coordinates(&self, record: &[String]) -> Result<Option<(f64, f64)>, RowError> {
        let c = &self.mapping.columns;
        let lat = self.cell(record, c.latitude.as_ref());
        let lon = self.cell(record, c.longitude.as_ref());
        if lat.is_empty() || lon.is_empty() {
            return Ok(None);
        }
        let read = |field, value: &str, max: f64| {
            value
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && v.abs() <= max)
                .ok_or_else(|| RowError::Unreadable {
                    field,
                    value: value.to_owned(),
                })
        };
        Ok(Some((
            read("the latitude", lat, 90.0)?,
            read("the longitude", lon, 180.0)?,
        )))
    }
}

/// A vocabulary value: mapped, or the default (listed as a gap), or
/// `Empty` when there is none.
fn vocabulary<V: Copy>(
    value: &str,
    map: &BTreeMap<String, V>,
    default: Option<V>,
    (field, gap): (&'static str, Gap),
    gaps: &mut Vec<Gap>,
) -> Result<V, RowError> {
    if value.is_empty() {
        gaps.push(gap);
        return default.ok_or(RowError::Empty(field));
    }
    map.get(&normalise(value))
        .copied()
        .ok_or_else(|| RowError::Unmapped {
            field,
            value: value.to_owned(),
        })
}

/// A date cell: `YYYY-MM-DD`, `DD/MM/YYYY` or empty.
fn date_cell(field: &'static str, value: &str) -> Result<Option<NaiveDate>, RowError> {
    if value.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(value, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| RowError::Unreadable {
            field,
            value: value.to_owned(),
        })
}

const MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// A date as notes write it: `16 luglio 2024`, `06 05 2024`, `27/02/2025`.
fn note_date(day: &str, month: &str, year: &str) -> Option<NaiveDate> {
    let month = if let Ok(m) = month.parse::<u32>() {
        m
    } else {
        let folded = normalise(month);
        u32::try_from(MONTHS.iter().position(|m| *m == folded)?).ok()? + 1
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.parse().ok()?)
}

/// Reads the acts and the signing day that notes cite, in the forms
/// Italian registries write them.
pub fn read_notes(notes: &str) -> NoteFacts {
    use std::sync::LazyLock;

    use regex::Regex;
    const DATE: &str = r"(\d{1,2})\s*[ /.\-]\s*(\d{1,2}|[[:alpha:]]+)\s*[ /.\-]\s*(\d{4})";
    static ACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?:d\.\s*d\.|determin(?:azione|a)\s+dirigenziale)\s*(?:n\.?|n°|nr\.?)?\s*(\d+)\s*(?:del|-)\s*{DATE}"
        ))
        .expect("valid pattern")
    });
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)\bsottoscritt[oa]\s+in\s+data\s+{DATE}")).expect("valid pattern")
    });
    let acts = ACT
        .captures_iter(notes)
        .filter_map(|c| {
            Some(Act {
                number: c[1].to_owned(),
                date: note_date(&c[2], &c[3], &c[4])?,
            })
        })
        .collect();
    let signed_on = SIGNED
        .captures(notes)
        .and_then(|c| note_date(&c[1], &c[2], &c[3]));
    NoteFacts { acts, signed_on }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping() -> Mapping {
        toml::from_str(
            r#"
source = "test"
number_prefix = "T-"
district_name = "District {}"
[columns]
reference = "Id"
title = "Title"
status = "State"
proponent_kind = "Who"
proponent_name = "Name"
address = "Where"
district = "Area"
latitude = "Lat"
longitude = "Lon"
category = "What"
notes = "Notes"
[defaults]
kind = "ordinary"
intensity = "occasional_care"
[values.status]
"Patto stipulato" = "active"
"Respinta" = "rejected"
[values.party_kind]
"Società" = "business"
"Persona fisica" = "individual"
[values.category]
"Cura del verde" = "green_space"
[values.intensity_by_category]
"Cura del verde" = "continuous_care"
"#,
        )
        .expect("mapping")
    }

    fn header() -> Vec<String> {
        [
            "Id", "Title", "State", "Who", "Name", "Where", "Area", "Lat", "Lon", "What", "Notes",
        ]
        .map(str::to_owned)
        .to_vec()
    }

    fn row(cells: [&str; 11]) -> Vec<String> {
        cells.map(str::to_owned).to_vec()
    }

    #[test]
    fn values_match_without_case_accents_or_stray_spaces() {
        let reader = Reader::new(mapping(), &header()).expect("valid");
        let read = reader
            .read(
                2,
                &row([
                    "001",
                    "Verde",
                    " patto  STIPULATO ",
                    "SOCIETA ",
                    "Rossi srl",
                    "Via Roma",
                    "IV",
                    "38.1",
                    "13.3",
                    "cura del verde",
                    "",
                ]),
            )
            .expect("row");
        assert_eq!(read.status, Status::Active);
        assert_eq!(
            read.proponent,
            Some((PartyKind::Business, "Rossi srl".into()))
        );
        assert_eq!(read.category, CommonsCategory::GreenSpace);
        assert_eq!(read.intensity, Intensity::ContinuousCare);
        assert_eq!(read.district.as_deref(), Some("District IV"));
        assert_eq!(read.coordinates, Some((38.1, 13.3)));
        assert_eq!(
            read.gaps,
            [
                Gap::SubmittedOn,
                Gap::Summary,
                Gap::Kind,
                Gap::Duration,
                Gap::Dates
            ]
        );
    }

    #[test]
    fn missing_values_are_gaps_never_inventions() {
        let reader = Reader::new(mapping(), &header()).expect("valid");
        let read = reader
            .read(
                3,
                &row([
                    "002", "T", "Respinta", "", "Comitato", "Via", "", "", "", "", "",
                ]),
            )
            .expect("row");
        assert_eq!(read.proponent, None);
        assert_eq!(read.unclassified_proponent.as_deref(), Some("Comitato"));
        assert_eq!(read.category, CommonsCategory::Unclassified);
        assert_eq!(read.coordinates, None);
        for gap in [
            Gap::ProponentKind,
            Gap::Category,
            Gap::Coordinates,
            Gap::Intensity,
        ] {
            assert!(read.gaps.contains(&gap), "{gap:?}");
        }
        assert!(
            !read.gaps.contains(&Gap::Dates),
            "a refused proposal has no dates"
        );
    }

    #[test]
    fn unreadable_rows_say_why() {
        let reader = Reader::new(mapping(), &header()).expect("valid");
        let bad = |cells| reader.read(4, &row(cells)).expect_err("refused");
        assert_eq!(
            bad(["1", "T", "Sospeso", "", "", "Via", "", "", "", "", ""]),
            RowError::Unmapped {
                field: "the status",
                value: "Sospeso".into()
            }
        );
        assert_eq!(
            bad(["1", "", "Respinta", "", "", "Via", "", "", "", "", ""]),
            RowError::Empty("the title")
        );
        assert!(matches!(
            bad([
                "1", "T", "Respinta", "", "", "Via", "", "north", "13", "", ""
            ]),
            RowError::Unreadable {
                field: "the latitude",
                ..
            }
        ));
        assert!(matches!(
            bad(["1", "T", "Respinta", "Ente", "", "Via", "", "", "", "", ""]),
            RowError::Unmapped {
                field: "the proponent's kind",
                ..
            }
        ));
    }

    #[test]
    fn a_mapping_naming_an_absent_column_or_unknown_value_is_refused() {
        let mut wrong = mapping();
        wrong.columns.summary = Some("Riassunto".into());
        assert_eq!(
            Reader::new(wrong, &header()).err(),
            Some(MappingError::MissingColumn("Riassunto".into()))
        );
        let mut unknown = mapping();
        unknown
            .values
            .status
            .insert("Chiuso".into(), "archived".into());
        assert!(matches!(
            Reader::new(unknown, &header()),
            Err(MappingError::UnknownName {
                vocabulary: "status",
                ..
            })
        ));
    }

    #[test]
    fn acts_and_signing_days_are_read_from_notes() {
        let facts = read_notes(
            "Patto stipulato con  D. D. n 9817 del 16 luglio 2024, Pubblicato all'albo. \
             Con D.D. n.3075 del 27/02/2025 è stata autorizzata la proroga.",
        );
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(
            facts.acts,
            [
                Act {
                    number: "9817".into(),
                    date: day(2024, 7, 16)
                },
                Act {
                    number: "3075".into(),
                    date: day(2025, 2, 27)
                },
            ]
        );
        assert_eq!(
            read_notes("Patto approvato con  Determinazione Dirigenziale n. 6217 del 06 05 2024 ")
                .acts,
            [Act {
                number: "6217".into(),
                date: day(2024, 5, 6)
            }]
        );
        assert_eq!(
            read_notes("Patto stipulato con Determina Dirigenziale N° 12727 - 08/09/2025").acts,
            [Act {
                number: "12727".into(),
                date: day(2025, 9, 8)
            }]
        );
        assert_eq!(
            read_notes("Il Patto di Collaborazione è stato sottoscritto in data 24 04 2025")
                .signed_on,
            Some(day(2025, 4, 24))
        );
        let nothing =
            read_notes("Acquisito Parere Soprintendenza con prot.n. 1504524 del 24/10/2025");
        assert_eq!(nothing, NoteFacts::default());
    }
}

//! `pacta import csv`: reads a registry from a CSV file with a mapping,
//! checks every row, and imports them all or none.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::db::{self, DbConn};
use crate::domain::import::{CityInfo, Columns, Mapping, Reader, Row, RowError};
use crate::domain::lifecycle::Status;
use crate::domain::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};

/// What to import, and where.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    /// The city's slug.
    pub city: &'a str,
    /// The mapping file; without one, the file's columns are Pacta's own
    /// names (those of the registry's CSV export) and its values too.
    pub mapping: Option<&'a Path>,
    /// The city's name, when the import creates it (overrides the mapping).
    pub name: Option<&'a str>,
    /// Its language, likewise.
    pub language: Option<&'a str>,
    /// Report only; write nothing.
    pub dry_run: bool,
}

/// A row that cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Its line in the file.
    pub line: usize,
    /// Why.
    pub reason: String,
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file or the mapping cannot be read.
    #[error("{0}")]
    Input(String),
    /// Some rows cannot be imported; nothing was.
    #[error("{} row(s) cannot be imported; nothing was imported", .0.len())]
    Rows(Vec<Refused>),
    /// Writing failed; nothing was written.
    #[error(transparent)]
    Write(#[from] db::imports::WriteError),
}

/// Reads the mapping, the file and every row, then imports them in one
/// transaction (rolled back for a dry run).
pub fn run(
    conn: &mut DbConn,
    file: &Path,
    request: &Request<'_>,
    now: DateTime<Utc>,
) -> Result<db::imports::Report, ImportError> {
    let input = |what: &str, path: &Path, e: &dyn std::fmt::Display| {
        ImportError::Input(format!("cannot read {what} {}: {e}", path.display()))
    };
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(file)
        .map_err(|e| input("the file", file, &e))?;
    let header: Vec<String> = csv
        .headers()
        .map_err(|e| input("the file", file, &e))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_owned())
        .collect();
    let mut mapping = match request.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| input("the mapping", path, &e))?;
            toml::from_str::<Mapping>(&text).map_err(|e| input("the mapping", path, &e))?
        }
        None => pacta_mapping(&header),
    };
    if request.name.is_some() || request.language.is_some() {
        let city = mapping.city.get_or_insert_with(|| CityInfo {
            name: request.city.to_owned(),
            language: "fr".to_owned(),
            regulation_title: String::new(),
            regulation_act: String::new(),
        });
        if let Some(name) = request.name {
            name.clone_into(&mut city.name);
        }
        if let Some(language) = request.language {
            language.clone_into(&mut city.language);
        }
    }
    if let Some(city) = &mapping.city
        && !matches!(city.language.as_str(), "fr" | "it" | "en")
    {
        return Err(ImportError::Input(format!(
            "the city's language must be fr, it or en, not {:?}",
            city.language
        )));
    }
    let reader = Reader::new(mapping, &header).map_err(|e| ImportError::Input(e.to_string()))?;
    let rows = read_rows(&reader, &mut csv)?;
    let mapping = reader.mapping();
    let target = db::imports::Target {
        city: request.city,
        create: mapping.city.as_ref(),
        source: &mapping.source,
    };
    Ok(db::imports::import(
        conn,
        &target,
        &rows,
        now,
        request.dry_run,
    )?)
}

/// Every row read, or every row refused with its line and reason.
fn read_rows(
    reader: &Reader,
    csv: &mut csv::Reader<std::fs::File>,
) -> Result<Vec<Row>, ImportError> {
    let mut rows = Vec::new();
    let mut refused = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (index, record) in csv.records().enumerate() {
        // The header is line 1 (records spanning lines aside).
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(index + 2, |p| {
                usize::try_from(p.line()).unwrap_or(index + 2)
            });
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                refused.push(Refused {
                    line,
                    reason: e.to_string(),
                });
                continue;
            }
        };
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match reader.read(line, &cells) {
            Ok(row) => {
                if let Some(first) = seen.get(&row.reference) {
                    refused.push(Refused {
                        line,
                        reason: RowError::Duplicate {
                            reference: row.reference.clone(),
                            line: *first,
                        }
                        .to_string(),
                    });
                } else {
                    seen.insert(row.reference.clone(), line);
                    rows.push(row);
                }
            }
            Err(e) => refused.push(Refused {
                line,
                reason: e.to_string(),
            }),
        }
    }
    if refused.is_empty() {
        Ok(rows)
    } else {
        Err(ImportError::Rows(refused))
    }
}

/// The mapping of a file written with Pacta's own column names and values
/// (as the registry's CSV export writes them).
fn pacta_mapping(header: &[String]) -> Mapping {
    let has = |name: &str| {
        header
            .iter()
            .any(|h| h.trim() == name)
            .then(|| name.to_owned())
    };
    let names = |all: Vec<&'static str>| -> BTreeMap<String, String> {
        all.into_iter()
            .map(|n| (n.to_owned(), n.to_owned()))
            .collect()
    };
    Mapping {
        source: "pacta-csv".to_owned(),
        number_prefix: String::new(),
        city: None,
        columns: Columns {
            reference: "number".to_owned(),
            title: "title".to_owned(),
            status: "status".to_owned(),
            summary: has("summary"),
            proponent_kind: has("proponent_kind"),
            proponent_name: has("proponent_name"),
            commons: has("commons"),
            address: has("address"),
            district: has("district"),
            latitude: has("latitude"),
            longitude: has("longitude"),
            category: has("category"),
            kind: has("kind"),
            intensity: has("intensity"),
            notes: has("notes"),
            document: None,
            submitted_on: has("submitted_on"),
            start_date: has("start_date"),
            end_date: has("end_date"),
            duration_months: has("duration_months"),
            keep: Vec::new(),
        },
        district_name: None,
        defaults: crate::domain::import::Defaults {
            kind: None,
            intensity: None,
            commons_kind: None,
        },
        values: crate::domain::import::Values {
            status: names(Status::all().into_iter().map(Vocabulary::name).collect()),
            party_kind: names(PartyKind::all().into_iter().map(Vocabulary::name).collect()),
            category: names(
                CommonsCategory::all()
                    .into_iter()
                    .map(Vocabulary::name)
                    .collect(),
            ),
            kind: names(PactKind::all().into_iter().map(Vocabulary::name).collect()),
            intensity: names(Intensity::all().into_iter().map(Vocabulary::name).collect()),
            intensity_by_category: BTreeMap::new(),
            commons_kind_by_category: BTreeMap::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_rows_are_named_by_their_line_in_the_file() {
        let file = tempfile_with(
            "number,title,status,kind,intensity,address\n\
             2020-0001,\"Two\nlines\",active,ordinary,regeneration,Here\n\
             2020-0002,,active,ordinary,regeneration,Here\n\
             2020-0001,Again,active,ordinary,regeneration,Here\n",
        );
        let header: Vec<String> = ["number", "title", "status", "kind", "intensity", "address"]
            .map(str::to_owned)
            .to_vec();
        let reader = Reader::new(pacta_mapping(&header), &header).expect("mapping");
        let mut csv = csv::ReaderBuilder::new()
            .from_path(file.path())
            .expect("file");
        let Err(ImportError::Rows(refused)) = read_rows(&reader, &mut csv) else {
            panic!("rows refused");
        };
        let lines: Vec<usize> = refused.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 5], "{refused:?}");
        assert!(refused[1].reason.contains("line 2"), "{refused:?}");
    }

    fn tempfile_with(text: &str) -> tempfile::NamedTempFile {
        use std::io::Write;
        let mut file = tempfile::NamedTempFile::new().expect("temporary file");
        file.write_all(text.as_bytes()).expect("written");
        file
    }
}

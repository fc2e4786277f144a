//! Open data: the public registry as CSV, JSON and GeoJSON (streamed from
//! the database in batches, so memory does not grow with the registry),
//! its schema (a page, and a Table Schema), and a DCAT-AP description of
//! the datasets for open-data portals to harvest.

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use maud::Markup;

use super::extract::Ctx;
use crate::app::AppState;
use crate::db;
use crate::domain::filter::{RawFilter, RegistryFilter};
use crate::domain::open_data::{COLUMNS, Record, table_schema};
use crate::error::AppError;
use crate::views;

/// Pacts read per batch.
const BATCH: i64 = 500;

/// The formats of the downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, a header line, UTF-8.
    Csv,
    /// A JSON array of records.
    Json,
    /// A GeoJSON feature collection, a point per pact at its commons.
    GeoJson,
}

impl Format {
    /// The file's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::GeoJson => "geojson",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::GeoJson => "application/geo+json",
        }
    }

    fn opening(self) -> Vec<u8> {
        match self {
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(Vec::new());
                let _ = writer.write_record(COLUMNS.iter().map(|c| c.name));
                writer.into_inner().unwrap_or_default()
            }
            Format::Json => b"[".to_vec(),
            Format::GeoJson => br#"{"type":"FeatureCollection","features":["#.to_vec(),
        }
    }

    fn closing(self) -> &'static [u8] {
        match self {
            Format::Csv => b"",
            Format::Json => b"]\n",
            Format::GeoJson => b"]}\n",
        }
    }

    /// A batch of records; `first` when none was written before.
    fn render(self, records: &[Record], first: bool) -> Vec<u8> {
        match self {
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(Vec::new());
                for record in records {
                    let _ = writer.write_record(record.cells());
                }
                writer.into_inner().unwrap_or_default()
            }
            Format::Json | Format::GeoJson => {
                let mut out = Vec::new();
                for (i, record) in records.iter().enumerate() {
                    if !(first && i == 0) {
                        out.push(b',');
                    }
                    out.push(b'\n');
                    let written = if self == Format::Json {
                        serde_json::to_writer(&mut out, record)
                    } else {
                        serde_json::to_writer(&mut out, &record.feature())
                    };
                    if written.is_err() {
                        tracing::error!("a record could not be written as JSON");
                    }
                }
                out
            }
        }
    }
}

/// Streams every record matching the filters in `format`.
fn download(state: &AppState, raw: &RawFilter, format: Format) -> Result<Response, AppError> {
    let filter = RegistryFilter::parse(raw)?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    let pool = state.pool.clone();
    let site = state.config.base_url.clone();
    tokio::task::spawn_blocking(move || {
        let fail = |e: &dyn std::fmt::Display| std::io::Error::other(e.to_string());
        let mut conn = match pool.get() {
            Ok(conn) => conn,
            Err(e) => {
                tracing::error!(error = %e, "no database connection for an export");
                let _ = tx.blocking_send(Err(fail(&e)));
                return;
            }
        };
        if tx.blocking_send(Ok(format.opening())).is_err() {
            return;
        }
        let mut after = 0;
        let mut first = true;
        loop {
            match db::open_data::batch(&mut conn, &filter, after, BATCH, &site) {
                Ok((records, last)) => {
                    if !records.is_empty()
                        && tx
                            .blocking_send(Ok(format.render(&records, first)))
                            .is_err()
                    {
                        return; // The client went away.
                    }
                    first &= records.is_empty();
                    match last {
                        Some(last) if i64::try_from(records.len()).unwrap_or(0) == BATCH => {
                            after = last;
                        }
                        _ => break,
                    }
                }
                Err(e) => {
                    tracing::error!(error = %e, "export failed");
                    let _ = tx.blocking_send(Err(fail(&e)));
                    return;
                }
            }
        }
        let _ = tx.blocking_send(Ok(format.closing().to_vec()));
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let name = match &raw.city {
        Some(city) if crate::domain::filter::is_slug(city) => format!("pacta-{city}-pacts"),
        _ => "pacta-pacts".to_owned(),
    };
    Ok((
        [
            (header::CONTENT_TYPE, format.media_type().to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.{}\"", format.extension()),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

/// `GET /open-data/pacts.csv?<registry filters>`.
pub async fn csv(
    State(state): State<AppState>,
    Query(raw): Query<RawFilter>,
) -> Result<Response, AppError> {
    download(&state, &raw, Format::Csv)
}

/// `GET /open-data/pacts.json?<registry filters>`.
pub async fn json(
    State(state): State<AppState>,
    Query(raw): Query<RawFilter>,
) -> Result<Response, AppError> {
    download(&state, &raw, Format::Json)
}

/// `GET /open-data/pacts.geojson?<registry filters>`.
pub async fn geojson(
    State(state): State<AppState>,
    Query(raw): Query<RawFilter>,
) -> Result<Response, AppError> {
    download(&state, &raw, Format::GeoJson)
}

/// `GET /open-data/pacts.schema.json`: the Table Schema of the CSV.
pub async fn schema() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        table_schema().to_string(),
    )
        .into_response()
}

/// `GET /open-data`: the datasets, their formats and every column.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Markup, AppError> {
    let cities = state.db(|conn| Ok(db::cities::list(conn)?)).await?;
    Ok(views::open_data::page(&ctx, &cities))
}

/// `GET /open-data/catalog.jsonld`: the DCAT-AP description of the
/// datasets (the whole registry and each city's), in JSON-LD.
pub async fn catalog(State(state): State<AppState>) -> Result<Response, AppError> {
    let cities = state.db(|conn| Ok(db::cities::list(conn)?)).await?;
    let body = views::open_data::catalog(
        &state.config.base_url,
        &state.config.open_data_licence,
        &cities,
    );
    Ok((
        [(header::CONTENT_TYPE, "application/ld+json")],
        body.to_string(),
    )
        .into_response())
}

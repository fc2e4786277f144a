//! Completing an imported pact: the officer fills what the registry it
//! came from did not give (one form for all its missing fields; any left
//! empty stay on the worklist).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::imports::{Completion, Imported};
use crate::domain::import::Gap;
use crate::domain::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};
use crate::error::AppError;
use crate::views::forms::FieldErrors;
use crate::views::imports as view;

/// The form, as typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct CompleteForm {
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub submitted_on: String,
    /// Summary.
    #[serde(default)]
    pub summary: String,
    /// Pact kind name.
    #[serde(default)]
    pub kind: String,
    /// Intensity name.
    #[serde(default)]
    pub intensity: String,
    /// Months.
    #[serde(default)]
    pub duration_months: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub start_date: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub end_date: String,
    /// Category name.
    #[serde(default)]
    pub category: String,
    /// Decimal degrees.
    #[serde(default)]
    pub latitude: String,
    /// Decimal degrees.
    #[serde(default)]
    pub longitude: String,
    /// The commons' name.
    #[serde(default)]
    pub commons: String,
    /// Party kind name.
    #[serde(default)]
    pub proponent_kind: String,
    /// The proponent's name.
    #[serde(default)]
    pub proponent_name: String,
    /// Anti-forgery token (checked by the guard).
    #[serde(default)]
    pub csrf: String,
}

fn given(value: &str) -> Option<&str> {
    Some(value.trim()).filter(|v| !v.is_empty())
}

fn vocabulary<V: Vocabulary>(
    value: &str,
    field: &'static str,
    errors: &mut FieldErrors,
) -> Option<V> {
    let value = given(value)?;
    let parsed = V::parse(value);
    if parsed.is_none() {
        errors.add(field, "error-bad-form");
    }
    parsed
}

fn date(value: &str, field: &'static str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    let value = given(value)?;
    let parsed = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.add(field, "error-import-date");
    }
    parsed
}

impl CompleteForm {
    /// Checks what was filled; every error at once. Only fields still
    /// missing are taken.
    pub fn parse(&self, gaps: &[Gap]) -> Result<Completion, FieldErrors> {
        let mut errors = FieldErrors::default();
        let open = |gap| gaps.contains(&gap);
        let text = |value: &str, max: usize, field, errors: &mut FieldErrors| {
            let value = given(value)?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if value.chars().count() > max {
                errors.add(field, "error-import-text");
            }
            Some(value)
        };
        let mut completion = Completion::default();
        if open(Gap::SubmittedOn) {
            completion.submitted_on = date(&self.submitted_on, "submitted_on", &mut errors);
        }
        if open(Gap::Summary) {
            completion.summary = text(&self.summary, 2000, "summary", &mut errors);
        }
        if open(Gap::Kind) {
            completion.kind = vocabulary::<PactKind>(&self.kind, "kind", &mut errors);
        }
        if open(Gap::Intensity) {
            completion.intensity =
                vocabulary::<Intensity>(&self.intensity, "intensity", &mut errors);
        }
        if open(Gap::Duration)
            && let Some(value) = given(&self.duration_months)
        {
            completion.duration_months =
                value.parse::<u32>().ok().filter(|m| (1..=120).contains(m));
            if completion.duration_months.is_none() {
                errors.add("duration_months", "error-duration");
            }
        }
        if open(Gap::Dates) {
            let start = date(&self.start_date, "start_date", &mut errors);
            let end = date(&self.end_date, "end_date", &mut errors);
            match (start, end) {
                (Some(start), Some(end)) if end >= start => completion.dates = Some((start, end)),
                (Some(_), Some(_)) => errors.add("end_date", "error-empty-period"),
                (Some(_), None) if given(&self.end_date).is_none() => {
                    errors.add("end_date", "error-import-both-dates");
                }
                (None, Some(_)) if given(&self.start_date).is_none() => {
                    errors.add("start_date", "error-import-both-dates");
                }
                _ => {}
            }
        }
        if open(Gap::Category) {
            completion.category =
                vocabulary::<CommonsCategory>(&self.category, "category", &mut errors)
                    .filter(|c| *c != CommonsCategory::Unclassified);
        }
        if open(Gap::Coordinates) {
            completion.coordinates = self.coordinates(&mut errors);
        }
        if open(Gap::Commons) {
            completion.commons = text(&self.commons, 200, "commons", &mut errors);
        }
        if open(Gap::ProponentKind) {
            completion.proponent_kind =
                vocabulary::<PartyKind>(&self.proponent_kind, "proponent_kind", &mut errors);
        }
        if open(Gap::ProponentName) || open(Gap::ProponentKind) {
            completion.proponent_name =
                text(&self.proponent_name, 200, "proponent_name", &mut errors);
        }
        if open(Gap::ProponentKind)
            && completion.proponent_kind.is_none()
            && completion.proponent_name.is_some()
        {
            // No party exists yet: it needs a kind to be made.
            errors.add("proponent_kind", "error-import-proponent-kind");
        }
        if errors.is_empty() {
            Ok(completion)
        } else {
            Err(errors)
        }
    }

    fn coordinates(&self, errors: &mut FieldErrors) -> Option<(f64, f64)> {
        let read = |value: &str, max: f64| {
            value
                .trim()
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && v.abs() <= max)
        };
        match (given(&self.latitude), given(&self.longitude)) {
            (None, None) => None,
            (lat, lon) => {
                let lat = lat.and_then(|v| read(v, 90.0));
                let lon = lon.and_then(|v| read(v, 180.0));
                if lat.is_none() {
                    errors.add("latitude", "error-import-coordinates");
                }
                if lon.is_none() {
                    errors.add("longitude", "error-import-coordinates");
                }
                lat.zip(lon)
            }
        }
    }
}

/// An imported pact to complete: its number, title and import.
pub struct ToComplete {
    /// The city's slug.
    pub city: String,
    /// The pact's number.
    pub number: String,
    /// Its title.
    pub title: String,
    /// Its import, with the fields still missing.
    pub imported: Imported,
}

fn load(conn: &mut db::DbConn, slug: &str, number: &str) -> Result<(i64, ToComplete), AppError> {
    let city = db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?;
    let pact_id = db::review::pact_id(conn, city.id, number)?.ok_or(AppError::NotFound)?;
    let imported = db::imports::of_pact(conn, pact_id)?.ok_or(AppError::NotFound)?;
    let pact = db::pacts::get(conn, pact_id)?;
    Ok((
        pact_id,
        ToComplete {
            city: city.slug,
            number: pact.number,
            title: pact.title,
            imported,
        },
    ))
}

/// `GET /admin/{city}/pacts/{number}/complete`.
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (_, pact) = state.db(move |conn| load(conn, &slug, &number)).await?;
    Ok(view::form(
        &ctx,
        &pact,
        &CompleteForm::default(),
        &FieldErrors::default(),
    )
    .into_response())
}

/// `POST /admin/{city}/pacts/{number}/complete`: saves what was filled, in
/// one transaction, and returns to the pact (or to the form with what is
/// wrong, nothing saved).
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<CompleteForm>,
) -> Result<Response, AppError> {
    let officer = viewer
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let now = state.clock.now();
    let submitted = form.clone();
    let outcome = state
        .db(move |conn| {
            let (pact_id, pact) = load(conn, &slug, &number)?;
            match submitted.parse(&pact.imported.gaps) {
                Ok(completion) => {
                    db::imports::complete(conn, pact_id, &completion, &officer, now)?;
                    Ok(Ok(format!("/cities/{}/pacts/{}", pact.city, pact.number)))
                }
                Err(errors) => Ok(Err((pact, errors))),
            }
        })
        .await?;
    match outcome {
        Ok(back) => Ok(super::see_other(&back)),
        Err((pact, errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::form(&ctx, &pact, &form, &errors),
        )
            .into_response()),
    }
}

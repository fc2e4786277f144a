//! Activity reports: the parties send one (with photos) for a pact in
//! force or just ended, and send it again when the officer asks for
//! changes; the officer accepts it or asks for changes; accepted reports
//! are public, without who wrote them, and their figures count in the
//! registry's statistics.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::attachments::Upload;
use super::drafting::{Participant, load};
use super::extract::{Ctx, Form, Path};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::reports::Report;
use crate::domain::lifecycle::Status;
use crate::domain::report::{Frequency, ReportFields, ReportState};
use crate::domain::vocab::Vocabulary;
use crate::error::{AppError, Message};
use crate::i18n::Arg;
use crate::views::forms::FieldErrors;
use crate::views::reports as view;

/// Photos one report may carry.
pub const MAX_PHOTOS: usize = 10;

/// Whether reports may be sent for a pact in this status: in force, or
/// ended by its term (the last report comes after the end).
fn reporting(status: Status) -> bool {
    matches!(status, Status::Active | Status::Suspended | Status::Expired)
}

/// Whether `report` may be seen: accepted ones by everyone, the others by
/// the pact's participants.
pub fn visible(report: &Report, participant: Option<Participant>) -> bool {
    report.state == ReportState::Accepted || participant.is_some()
}

fn fields_of(upload: &Upload) -> ReportFields {
    let f = |name: &str| upload.field(name).to_owned();
    ReportFields {
        period_start: f("period_start"),
        period_end: f("period_end"),
        activities: f("activities"),
        places: f("places"),
        beneficiaries: f("beneficiaries"),
        volunteers: f("volunteers"),
        hours: f("hours"),
        resources_parties: f("resources_parties"),
        resources_city: f("resources_city"),
        problems: f("problems"),
    }
}

/// What the form page needs: the pact, and the report being changed.
pub struct FormPage {
    /// City slug, pact number and title.
    pub pact: (String, String, String),
    /// The report asked to change, if it is one.
    pub report: Option<Report>,
    /// The upload limit.
    pub max_upload_mb: u32,
}

/// The form's context, for a proponent of a pact in reporting.
fn form_page(
    conn: &mut db::DbConn,
    (slug, number): (&str, &str),
    user: Option<&crate::db::users::User>,
    (report_id, max_upload_mb): (Option<i64>, u32),
) -> Result<(FormPage, i64, (chrono::NaiveDate, chrono::NaiveDate)), AppError> {
    let loaded = load(conn, slug, number, user)?;
    let life = &loaded.detail.pact.lifecycle;
    if loaded.participant != Some(Participant::Proponent) {
        return Err(AppError::Forbidden(Message::new("report-error-not-party")));
    }
    let (Some(start), Some(end)) = (life.start_date, life.end_date) else {
        return Err(AppError::BadRequest(Message::new("report-error-not-now")));
    };
    if !reporting(life.status) {
        return Err(AppError::BadRequest(Message::new("report-error-not-now")));
    }
    let report = match report_id {
        Some(id) => {
            let report = db::reports::get(conn, id)?
                .filter(|r| r.pact_id == loaded.detail.pact.id)
                .ok_or(AppError::NotFound)?;
            if report.state != ReportState::ChangesRequested {
                return Err(AppError::BadRequest(Message::new("report-error-not-now")));
            }
            Some(report)
        }
        None => None,
    };
    Ok((
        FormPage {
            pact: (
                slug.to_owned(),
                number.to_owned(),
                loaded.detail.pact.title.clone(),
            ),
            report,
            max_upload_mb,
        },
        loaded.detail.pact.id,
        (start, end),
    ))
}

/// `GET /cities/{city}/pacts/{number}/reports/new` and
/// `…/reports/{id}/edit`.
async fn show_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: Viewer,
    (slug, number, id): (String, String, Option<i64>),
) -> Result<Response, AppError> {
    let max = state.config.max_upload_mb;
    let (page, _, _) = state
        .db(move |conn| form_page(conn, (&slug, &number), viewer.user.as_ref(), (id, max)))
        .await?;
    let fields = page.report.as_ref().map(fields_from).unwrap_or_default();
    Ok(view::form(ctx, &page, &fields, &FieldErrors::default()).into_response())
}

fn fields_from(report: &Report) -> ReportFields {
    ReportFields {
        period_start: report.period.0.to_string(),
        period_end: report.period.1.to_string(),
        activities: report.activities.clone(),
        places: report.places.clone(),
        beneficiaries: report.beneficiaries.to_string(),
        volunteers: report.volunteers.to_string(),
        hours: report.hours.to_string(),
        resources_parties: report.resources_parties.clone(),
        resources_city: report.resources_city.clone(),
        problems: report.problems.clone(),
    }
}

/// `GET /cities/{city}/pacts/{number}/reports/new`.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    show_form(&state, &ctx, viewer, (slug, number, None)).await
}

/// `GET /cities/{city}/pacts/{number}/reports/{id}/edit`.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number, id)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    show_form(&state, &ctx, viewer, (slug, number, Some(id))).await
}

/// Checks and records a report (new, or changed as asked), with its
/// photos resized and stripped of their metadata.
async fn save(
    state: &AppState,
    ctx: &Ctx,
    viewer: Viewer,
    (slug, number, id): (String, String, Option<i64>),
    upload: Upload,
) -> Result<Response, AppError> {
    let (now, max_chars, max) = (
        state.clock.now(),
        state.config.text_limits().long_text,
        state.config.max_upload_mb,
    );
    let fields = fields_of(&upload);
    let mut errors = FieldErrors::default();
    if upload.refused.is_some() || upload.files.len() > MAX_PHOTOS {
        errors.add("photos", "report-error-photos");
    }
    let files: Vec<Vec<u8>> = upload.files.into_iter().map(|f| f.data).collect();
    let photos = tokio::task::spawn_blocking(move || {
        files
            .iter()
            .map(|bytes| crate::photos::prepare(bytes))
            .collect::<Result<Vec<_>, _>>()
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    let photos = photos.unwrap_or_else(|_| {
        errors.add("photos", "report-error-photos");
        Vec::new()
    });
    let user = viewer.user.clone().ok_or(AppError::NotFound)?;
    let back = format!("/cities/{slug}/pacts/{number}#reports");
    let outcome = state
        .db(move |conn| {
            let (page, pact_id, term) =
                form_page(conn, (&slug, &number), viewer.user.as_ref(), (id, max))?;
            let checked = fields.check(term, max_chars);
            let report = match checked {
                Ok(report) if errors.is_empty() => report,
                Ok(_) => return Ok(Err((page, fields, errors))),
                Err(found) => {
                    for (field, key) in found {
                        errors.add(field, key);
                    }
                    return Ok(Err((page, fields, errors)));
                }
            };
            match id {
                Some(id) => {
                    if !db::reports::resubmit(conn, id, &report, &photos, now)? {
                        return Err(AppError::BadRequest(Message::new("report-error-not-now")));
                    }
                }
                None => {
                    db::reports::insert(conn, (pact_id, user.id), &report, &photos, now)?;
                }
            }
            Ok(Ok(()))
        })
        .await?;
    Ok(match outcome {
        Ok(()) => super::see_other(&back),
        Err((page, fields, errors)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            view::form(ctx, &page, &fields, &errors),
        )
            .into_response(),
    })
}

/// `POST /cities/{city}/pacts/{number}/reports/new`.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    upload: Upload,
) -> Result<Response, AppError> {
    save(&state, &ctx, viewer, (slug, number, None), upload).await
}

/// `POST /cities/{city}/pacts/{number}/reports/{id}/edit`.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number, id)): Path<(String, String, i64)>,
    upload: Upload,
) -> Result<Response, AppError> {
    save(&state, &ctx, viewer, (slug, number, Some(id)), upload).await
}

/// The officer's decision.
#[derive(Debug, Default, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    note: String,
}

/// `POST /admin/{city}/reports/{id}/review`: accepts a report or asks for
/// changes (saying which); the parties are told.
pub async fn review(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    let accepted = match form.decision.as_str() {
        "accept" => true,
        "changes" => false,
        _ => return Err(AppError::BadRequest(Message::new("error-bad-form"))),
    };
    let note = form.note.trim().to_owned();
    if !accepted && note.is_empty() {
        return Err(AppError::BadRequest(Message::new("report-error-note")));
    }
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let back = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let report = db::reports::get(conn, id)?.ok_or(AppError::NotFound)?;
            let pact = crate::signatures::PactRef::load(conn, report.pact_id)?;
            if pact.city.id != city.id {
                return Err(AppError::NotFound);
            }
            let done = db::transaction(conn, |conn| {
                if !db::reports::review(conn, id, accepted, &note, now)? {
                    return Ok::<_, diesel::result::Error>(false);
                }
                let (kind, notice) = if accepted {
                    (
                        "report_accepted",
                        crate::mail::messages::PactNotice::ReportAccepted,
                    )
                } else {
                    (
                        "report_changes_requested",
                        crate::mail::messages::PactNotice::ReportChanges,
                    )
                };
                let period = format!("{} – {}", report.period.0, report.period.1);
                db::pacts::record_event(
                    conn,
                    pact.pact_id,
                    now,
                    (crate::domain::lifecycle::Actor::Officer, ""),
                    kind,
                    &period,
                )?;
                let args = [("period", Arg::Str(period.clone()))];
                let reasons = (!accepted).then_some(note.as_str());
                crate::terms::tell(conn, &pact, notice, (&args, reasons), (now, &site))?;
                Ok(true)
            })?;
            if !done {
                return Err(AppError::BadRequest(Message::new("report-error-not-now")));
            }
            Ok(format!("/cities/{slug}/pacts/{}#reports", pact.number))
        })
        .await?;
    Ok(super::see_other(&back))
}

/// The frequency form.
#[derive(Debug, Default, Deserialize)]
pub struct FrequencyForm {
    #[serde(default)]
    frequency: String,
}

/// `POST /admin/{city}/pacts/{number}/reporting`: how often its parties
/// report.
pub async fn set_frequency(
    State(state): State<AppState>,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<FrequencyForm>,
) -> Result<Response, AppError> {
    let frequency = Frequency::parse(&form.frequency)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    let back = format!("/cities/{slug}/pacts/{number}#reports");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let pact_id = db::review::pact_id(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            Ok(db::reports::set_frequency(conn, pact_id, frequency)?)
        })
        .await?;
    Ok(super::see_other(&back))
}

/// `GET /reports/photos/{id}`: a report's photo, to whoever may see the
/// report.
pub async fn photo(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (bytes, public) = state
        .db(move |conn| {
            let (report_id, bytes) = db::reports::photo(conn, id)?.ok_or(AppError::NotFound)?;
            let report = db::reports::get(conn, report_id)?.ok_or(AppError::NotFound)?;
            let pact = crate::signatures::PactRef::load(conn, report.pact_id)?;
            let participant = super::drafting::participant(
                conn,
                viewer.user.as_ref(),
                pact.city.id,
                pact.pact_id,
            )?;
            if !visible(&report, participant) {
                return Err(AppError::NotFound);
            }
            Ok((bytes, report.state == ReportState::Accepted))
        })
        .await?;
    let cache = if public {
        "public, max-age=86400"
    } else {
        "private, no-store"
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, cache),
        ],
        bytes,
    )
        .into_response())
}

/// The reports section of a pact page for a viewer.
pub fn section(
    conn: &mut db::DbConn,
    pact: &crate::db::pacts::Pact,
    participant: Option<Participant>,
    staff: bool,
) -> Result<crate::views::reports::Section, AppError> {
    let life = &pact.lifecycle;
    if !life.status.was_signed() {
        return Ok(crate::views::reports::Section::default());
    }
    let reports = db::reports::of_pact(conn, pact.id)?
        .into_iter()
        .filter(|r| visible(r, participant))
        .collect();
    let frequency = db::reports::frequency(conn, pact.id)?;
    Ok(crate::views::reports::Section {
        reports,
        can_report: participant == Some(Participant::Proponent)
            && reporting(life.status)
            && life.start_date.is_some(),
        frequency: participant.map(|_| (frequency, staff)),
        staff,
    })
}

/// `GET /api/v1/cities/{city}/pacts/{number}/reports`: the accepted
/// reports, latest first.
pub async fn api(
    State(state): State<AppState>,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Json<Vec<Report>>, AppError> {
    state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, None)?;
            Ok(Json(
                db::reports::of_pact(conn, loaded.detail.pact.id)?
                    .into_iter()
                    .filter(|r| r.state == ReportState::Accepted)
                    .collect(),
            ))
        })
        .await
}

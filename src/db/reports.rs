//! Activity reports and their photos; a pact's reporting frequency; the
//! figures reports add to the registry's statistics.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::dsl::Eq;
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{pacts, report_photos, reports};
use super::{DbConn, timestamp, vocab};
use crate::domain::report::{CheckedReport, Frequency, ReportState};
use crate::domain::vocab::Vocabulary;
use crate::photos::Photo;

/// A report as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
struct ReportRow {
    id: i64,
    pact_id: i64,
    author_id: i64,
    period_start: NaiveDate,
    period_end: NaiveDate,
    activities: String,
    places: String,
    beneficiaries: i32,
    volunteers: i32,
    hours: i32,
    resources_parties: String,
    resources_city: String,
    problems: String,
    state: String,
    review_note: Option<String>,
    reviewed_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

/// An activity report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Id.
    pub id: i64,
    /// Its pact.
    #[serde(skip)]
    pub pact_id: i64,
    /// Who sent it (never shown publicly).
    #[serde(skip)]
    pub author_id: i64,
    /// First and last day reported on.
    pub period: (NaiveDate, NaiveDate),
    /// Activities and events.
    pub activities: String,
    /// Places.
    pub places: String,
    /// People who benefited.
    pub beneficiaries: i32,
    /// Volunteers.
    pub volunteers: i32,
    /// Hours given.
    pub hours: i32,
    /// Resources the parties put in.
    pub resources_parties: String,
    /// Resources the city put in.
    pub resources_city: String,
    /// Problems met.
    pub problems: String,
    /// Where it stands.
    pub state: ReportState,
    /// The officer's note when asking for changes.
    #[serde(skip)]
    pub review_note: Option<String>,
    /// When it was reviewed.
    pub reviewed_at: Option<NaiveDateTime>,
    /// When it was sent.
    pub created_at: NaiveDateTime,
    /// Ids of its photos.
    pub photos: Vec<i64>,
}

fn into_report(conn: &mut DbConn, row: ReportRow) -> QueryResult<Report> {
    let photos = report_photos::table
        .filter(report_photos::report_id.eq(row.id))
        .order(report_photos::id)
        .select(report_photos::id)
        .load(conn)?;
    Ok(Report {
        id: row.id,
        pact_id: row.pact_id,
        author_id: row.author_id,
        period: (row.period_start, row.period_end),
        activities: row.activities,
        places: row.places,
        beneficiaries: row.beneficiaries,
        volunteers: row.volunteers,
        hours: row.hours,
        resources_parties: row.resources_parties,
        resources_city: row.resources_city,
        problems: row.problems,
        state: vocab(&row.state)?,
        review_note: row.review_note,
        reviewed_at: row.reviewed_at,
        created_at: row.created_at,
        photos,
    })
}

/// A pact's reports, latest period first.
pub fn of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Report>> {
    let rows = reports::table
        .filter(reports::pact_id.eq(pact_id))
        .order((reports::period_end.desc(), reports::id.desc()))
        .select(ReportRow::as_select())
        .load(conn)?;
    rows.into_iter().map(|row| into_report(conn, row)).collect()
}

/// One report.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<Option<Report>> {
    let row = reports::table
        .find(id)
        .select(ReportRow::as_select())
        .first(conn)
        .optional()?;
    row.map(|row| into_report(conn, row)).transpose()
}

fn add_photos(
    conn: &mut DbConn,
    report_id: i64,
    photos: &[Photo],
    at: NaiveDateTime,
) -> QueryResult<()> {
    for photo in photos {
        diesel::insert_into(report_photos::table)
            .values((
                report_photos::report_id.eq(report_id),
                report_photos::width.eq(i32::try_from(photo.size.0).unwrap_or(0)),
                report_photos::height.eq(i32::try_from(photo.size.1).unwrap_or(0)),
                report_photos::data.eq(&photo.jpeg),
                report_photos::created_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A report's fields, as written on insert and on resubmission.
type ReportValues<'a> = (
    Eq<reports::period_start, NaiveDate>,
    Eq<reports::period_end, NaiveDate>,
    Eq<reports::activities, &'a str>,
    Eq<reports::places, &'a str>,
    Eq<reports::beneficiaries, i32>,
    Eq<reports::volunteers, i32>,
    Eq<reports::hours, i32>,
    Eq<reports::resources_parties, &'a str>,
    Eq<reports::resources_city, &'a str>,
    Eq<reports::problems, &'a str>,
);

fn values(report: &CheckedReport) -> ReportValues<'_> {
    (
        reports::period_start.eq(report.period.0),
        reports::period_end.eq(report.period.1),
        reports::activities.eq(report.activities.as_str()),
        reports::places.eq(report.places.as_str()),
        reports::beneficiaries.eq(report.figures.0),
        reports::volunteers.eq(report.figures.1),
        reports::hours.eq(report.figures.2),
        reports::resources_parties.eq(report.resources.0.as_str()),
        reports::resources_city.eq(report.resources.1.as_str()),
        reports::problems.eq(report.problems.as_str()),
    )
}

/// Records a report with its photos, in one transaction. Returns its id.
pub fn insert(
    conn: &mut DbConn,
    (pact_id, author_id): (i64, i64),
    report: &CheckedReport,
    photos: &[Photo],
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        let id: i64 = diesel::insert_into(reports::table)
            .values((
                reports::pact_id.eq(pact_id),
                reports::author_id.eq(author_id),
                values(report),
                reports::state.eq(ReportState::Submitted.name()),
                reports::created_at.eq(at),
                reports::updated_at.eq(at),
            ))
            .returning(reports::id)
            .get_result(conn)?;
        add_photos(conn, id, photos, at)?;
        super::pacts::record_event(
            conn,
            pact_id,
            now,
            (crate::domain::lifecycle::Actor::Proponent, ""),
            "report_submitted",
            &format!("{} – {}", report.period.0, report.period.1),
        )?;
        Ok(id)
    })
}

/// Replaces a report the officer asked changes to, adding its new photos;
/// it is submitted again. Returns false if it was not waiting for changes.
pub fn resubmit(
    conn: &mut DbConn,
    id: i64,
    report: &CheckedReport,
    photos: &[Photo],
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        let updated = diesel::update(
            reports::table
                .filter(reports::id.eq(id))
                .filter(reports::state.eq(ReportState::ChangesRequested.name())),
        )
        .set((
            values(report),
            reports::state.eq(ReportState::Submitted.name()),
            reports::updated_at.eq(at),
        ))
        .execute(conn)?;
        if updated == 1 {
            add_photos(conn, id, photos, at)?;
        }
        Ok(updated == 1)
    })
}

/// An officer accepts a submitted report or asks for changes (with a
/// note). Returns false if it was not waiting for review.
pub fn review(
    conn: &mut DbConn,
    id: i64,
    accepted: bool,
    note: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let state = if accepted {
        ReportState::Accepted
    } else {
        ReportState::ChangesRequested
    };
    super::transaction(conn, |conn| {
        let reviewed = diesel::update(
            reports::table
                .filter(reports::id.eq(id))
                .filter(reports::state.eq(ReportState::Submitted.name())),
        )
        .set((
            reports::state.eq(state.name()),
            reports::review_note.eq((!accepted).then_some(note)),
            reports::reviewed_at.eq(timestamp(now)),
        ))
        .execute(conn)?
            == 1;
        if reviewed && accepted {
            // Accepted reports count in the public figures.
            super::registry_index::next_generation(conn)?;
        }
        Ok(reviewed)
    })
}

/// A photo: its report and its JPEG bytes.
pub fn photo(conn: &mut DbConn, id: i64) -> QueryResult<Option<(i64, Vec<u8>)>> {
    report_photos::table
        .find(id)
        .select((report_photos::report_id, report_photos::data))
        .first(conn)
        .optional()
}

/// How often a pact's parties report.
pub fn frequency(conn: &mut DbConn, pact_id: i64) -> QueryResult<Frequency> {
    let stored: String = pacts::table
        .find(pact_id)
        .select(pacts::report_frequency)
        .first(conn)?;
    vocab(&stored)
}

/// Sets how often a pact's parties report.
pub fn set_frequency(conn: &mut DbConn, pact_id: i64, frequency: Frequency) -> QueryResult<()> {
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::report_frequency.eq(frequency.name()))
        .execute(conn)
        .map(drop)
}

/// Sets how often a pact's parties report: as its template says, or from
/// its duration (yearly for a pact longer than a year, at the end
/// otherwise).
pub fn set_default_frequency(conn: &mut DbConn, pact_id: i64) -> QueryResult<()> {
    let (months, template): (Option<i32>, Option<i64>) = pacts::table
        .find(pact_id)
        .select((pacts::duration_months, pacts::template_version_id))
        .first(conn)?;
    let from_template = match template {
        Some(version) => super::templates::report_frequency(conn, version)?,
        None => None,
    };
    let frequency = from_template.unwrap_or_else(|| {
        crate::domain::report::default_frequency(
            months.and_then(|m| u32::try_from(m).ok()).unwrap_or(12),
        )
    });
    set_frequency(conn, pact_id, frequency)
}

/// Volunteers and hours of the accepted reports, by city.
pub fn totals_by_city(conn: &mut DbConn) -> QueryResult<HashMap<i64, (i64, i64)>> {
    let rows: Vec<(i64, Option<i64>, Option<i64>)> = reports::table
        .inner_join(pacts::table)
        .filter(reports::state.eq(ReportState::Accepted.name()))
        .group_by(pacts::city_id)
        .select((
            pacts::city_id,
            diesel::dsl::sum(reports::volunteers),
            diesel::dsl::sum(reports::hours),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(city, volunteers, hours)| (city, (volunteers.unwrap_or(0), hours.unwrap_or(0))))
        .collect())
}

/// Reports waiting for an officer in a city: pact number, title, period end.
pub fn waiting_review(
    conn: &mut DbConn,
    city_id: i64,
) -> QueryResult<Vec<(String, String, NaiveDate)>> {
    reports::table
        .inner_join(pacts::table)
        .filter(pacts::city_id.eq(city_id))
        .filter(reports::state.eq(ReportState::Submitted.name()))
        .order(reports::created_at)
        .select((pacts::number, pacts::title, reports::period_end))
        .load(conn)
}

/// A report period overdue: the pact's id, number, title, and the period.
pub type Overdue = (i64, String, String, crate::domain::report::Period);

/// Pacts read per query when looking for overdue reports (bounds the
/// memory of a pass in a large registry).
const REPORTING_CHUNK: i64 = 1000;

/// The report periods overdue on `today`, of one city or of all: among
/// the pacts whose parties report (in force, or expired since `since`: the
/// last report comes after the end) and old enough, by their end date,
/// against the periods of their reports sent or accepted. Read a thousand
/// pacts, then their reports, at a time.
pub fn overdue(
    conn: &mut DbConn,
    city_id: Option<i64>,
    dates: (NaiveDate, NaiveDate),
) -> QueryResult<Vec<Overdue>> {
    overdue_by(conn, city_id, dates, REPORTING_CHUNK)
}

/// [`overdue`], reading `chunk` pacts at a time.
pub fn overdue_by(
    conn: &mut DbConn,
    city_id: Option<i64>,
    (since, today): (NaiveDate, NaiveDate),
    chunk: i64,
) -> QueryResult<Vec<Overdue>> {
    use crate::domain::lifecycle::Status;
    let (started_before, ended_before) = crate::domain::report::overdue_candidates(today);
    let mut out = Vec::new();
    let mut after: Option<(NaiveDate, i64)> = None;
    loop {
        let mut query = pacts::table
            .filter(
                pacts::status
                    .eq_any([Status::Active.name(), Status::Suspended.name()])
                    .or(pacts::status
                        .eq(Status::Expired.name())
                        .and(pacts::end_date.ge(since))),
            )
            .filter(pacts::start_date.is_not_null())
            .filter(pacts::end_date.is_not_null())
            .filter(
                pacts::start_date
                    .lt(started_before)
                    .or(pacts::end_date.lt(ended_before)),
            )
            .into_boxed();
        if let Some(city_id) = city_id {
            query = query.filter(pacts::city_id.eq(city_id));
        }
        if let Some((end, id)) = after {
            query = query.filter(
                pacts::end_date
                    .gt(end)
                    .or(pacts::end_date.eq(end).and(pacts::id.gt(id))),
            );
        }
        let rows: Vec<(i64, String, String, NaiveDate, NaiveDate, String)> = query
            .order((pacts::end_date, pacts::id))
            .limit(chunk)
            .select((
                pacts::id,
                pacts::number,
                pacts::title,
                pacts::start_date.assume_not_null(),
                pacts::end_date.assume_not_null(),
                pacts::report_frequency,
            ))
            .load(conn)?;
        let Some(last) = rows.last() else {
            break;
        };
        after = Some((last.4, last.0));
        let full = rows.len() == usize::try_from(chunk).unwrap_or(usize::MAX);
        let ids: Vec<i64> = rows.iter().map(|row| row.0).collect();
        let mut reported: HashMap<i64, Vec<(NaiveDate, NaiveDate)>> = HashMap::new();
        for (pact, start, end) in reports::table
            .filter(reports::pact_id.eq_any(&ids))
            .filter(reports::state.ne(ReportState::ChangesRequested.name()))
            .select((reports::pact_id, reports::period_start, reports::period_end))
            .load::<(i64, NaiveDate, NaiveDate)>(conn)?
        {
            reported.entry(pact).or_default().push((start, end));
        }
        for (id, number, title, start, end, frequency) in rows {
            let done = reported.get(&id).map_or(&[][..], Vec::as_slice);
            let periods = crate::domain::report::periods(start, end, vocab(&frequency)?);
            for period in crate::domain::report::overdue(&periods, done, today) {
                out.push((id, number.clone(), title.clone(), period));
            }
        }
        if !full {
            break;
        }
    }
    Ok(out)
}

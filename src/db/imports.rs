//! Writing an imported registry: the city (created if need be), its
//! districts, commons and parties found or created, each pact with its
//! source, its missing fields and its history — all in one transaction,
//! and nothing for a row imported before (same source and reference).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::pacts::insert_event;
use super::schema::{cities, commons, import_gaps, pact_imports, pact_parties, pacts, parties};
use super::{DbConn, timestamp};
use crate::domain::city::CitySettings;
use crate::domain::import::{CityInfo, Gap, Row};
use crate::domain::lifecycle::{Actor, Status};
use crate::domain::vocab::{PartyKind, PartyRole, Vocabulary};

/// What an import did (or, dry, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Whether the city was created.
    pub city_created: bool,
    /// Rows read.
    pub rows: usize,
    /// Pacts created.
    pub pacts_created: usize,
    /// Rows imported before, left as they are.
    pub already_imported: usize,
    /// Districts created.
    pub districts_created: usize,
    /// Commons created.
    pub commons_created: usize,
    /// Parties created.
    pub parties_created: usize,
    /// Missing fields listed, by field.
    pub gaps: BTreeMap<&'static str, usize>,
    /// Pacts created, by status.
    pub statuses: BTreeMap<&'static str, usize>,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The city does not exist and nothing says how to create it.
    #[error(
        "the city {0:?} does not exist; give its name and language (mapping [city], or --name and --language) to create it"
    )]
    UnknownCity(String),
    /// A row's number is taken by another pact of the city.
    #[error("line {line}: the number {number} is already taken by another pact of the city")]
    NumberTaken {
        /// The row's line.
        line: usize,
        /// The number.
        number: String,
    },
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// What the import writes into.
pub struct Target<'a> {
    /// The city's slug.
    pub city: &'a str,
    /// How to create it, if it does not exist.
    pub create: Option<&'a CityInfo>,
    /// The source's name.
    pub source: &'a str,
}

/// Imports `rows` into the target; with `dry_run`, rolls everything back
/// and reports what would have been done.
pub fn import(
    conn: &mut DbConn,
    target: &Target<'_>,
    rows: &[Row],
    now: DateTime<Utc>,
    dry_run: bool,
) -> Result<Report, WriteError> {
    let outcome = conn.transaction(|conn| {
        let report = write(conn, target, rows, now)?;
        if dry_run {
            Err(Outcome::Dry(report))
        } else {
            Ok(report)
        }
    });
    match outcome {
        Ok(report) | Err(Outcome::Dry(report)) => Ok(report),
        Err(Outcome::Failed(e)) => Err(e),
    }
}

/// A transaction's end: rolled back on purpose, or failed.
enum Outcome {
    Dry(Report),
    Failed(WriteError),
}

impl From<diesel::result::Error> for Outcome {
    fn from(e: diesel::result::Error) -> Self {
        Outcome::Failed(WriteError::Db(e))
    }
}

impl From<WriteError> for Outcome {
    fn from(e: WriteError) -> Self {
        Outcome::Failed(e)
    }
}

/// Finds or creates the things rows share, counting what it creates.
struct Places<'r> {
    city_id: i64,
    city_party: i64,
    at: NaiveDateTime,
    districts: BTreeMap<String, i64>,
    report: &'r mut Report,
}

fn write(
    conn: &mut DbConn,
    target: &Target<'_>,
    rows: &[Row],
    now: DateTime<Utc>,
) -> Result<Report, WriteError> {
    let at = timestamp(now);
    let mut report = Report {
        rows: rows.len(),
        ..Report::default()
    };
    let city = if let Some(city) = super::cities::find(conn, target.city)? {
        city
    } else {
        let info = target
            .create
            .ok_or_else(|| WriteError::UnknownCity(target.city.to_owned()))?;
        create_city(conn, target.city, info, at)?;
        report.city_created = true;
        super::cities::find(conn, target.city)?.ok_or(diesel::result::Error::NotFound)?
    };
    let city_party = super::proposals::city_party(conn, &city, at)?;
    let districts = super::cities::districts(conn, city.id)?
        .into_iter()
        .map(|d| (d.slug, d.id))
        .collect();
    let mut places = Places {
        city_id: city.id,
        city_party,
        at,
        districts,
        report: &mut report,
    };
    for row in rows {
        let imported: i64 = pact_imports::table
            .filter(pact_imports::city_id.eq(city.id))
            .filter(pact_imports::source.eq(target.source))
            .filter(pact_imports::reference.eq(&row.reference))
            .count()
            .get_result(conn)?;
        if imported > 0 {
            places.report.already_imported += 1;
            continue;
        }
        write_row(conn, target, &mut places, row, now)?;
    }
    Ok(report)
}

fn create_city(
    conn: &mut DbConn,
    slug: &str,
    info: &CityInfo,
    at: NaiveDateTime,
) -> QueryResult<i64> {
    let settings = CitySettings::default();
    let count = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    super::cities::insert(
        conn,
        &super::cities::NewCity {
            slug,
            name: &info.name,
            language: &info.language,
            regulation_title: &info.regulation_title,
            regulation_act: &info.regulation_act,
            review_days: count(settings.review_days),
            publication_days: count(settings.publication_days),
            complex_multiplier: count(settings.complex_multiplier),
            expiry_notice_days: settings.notice_days_to_string(),
            created_at: at,
        },
    )
}

impl Places<'_> {
    fn district(&mut self, conn: &mut DbConn, name: &str) -> QueryResult<i64> {
        let slug = slug::slugify(name);
        if let Some(id) = self.districts.get(&slug) {
            return Ok(*id);
        }
        let id = super::cities::insert_district(conn, self.city_id, &slug, name)?;
        self.districts.insert(slug, id);
        self.report.districts_created += 1;
        Ok(id)
    }

    /// The commons of that name in the city, or a new one.
    fn commons(&mut self, conn: &mut DbConn, row: &Row) -> QueryResult<i64> {
        let slug = slug::slugify(&row.commons);
        let existing = commons::table
            .filter(commons::city_id.eq(self.city_id))
            .filter(commons::slug.eq(&slug))
            .select(commons::id)
            .first(conn)
            .optional()?;
        if let Some(id) = existing {
            return Ok(id);
        }
        let district_id = match &row.district {
            Some(name) => Some(self.district(conn, name)?),
            None => None,
        };
        self.report.commons_created += 1;
        super::commons::insert(
            conn,
            &super::commons::NewCommons {
                city_id: self.city_id,
                district_id,
                slug: &slug,
                name: &row.commons,
                kind: row.commons_kind.name(),
                category: row.category.name(),
                address: &row.address,
                latitude: row.coordinates.map(|c| c.0),
                longitude: row.coordinates.map(|c| c.1),
                description: "",
                created_at: self.at,
            },
        )
    }

    /// The proponent: an organisation of that kind and name already in the
    /// city, or a new party (always new for private persons and for a
    /// proponent without a name).
    fn party(&mut self, conn: &mut DbConn, kind: PartyKind, name: &str) -> QueryResult<i64> {
        if !kind.is_private_person() && !name.is_empty() {
            let existing = parties::table
                .filter(parties::city_id.eq(self.city_id))
                .filter(parties::kind.eq(kind.name()))
                .filter(parties::name.eq(name))
                .select(parties::id)
                .first(conn)
                .optional()?;
            if let Some(id) = existing {
                return Ok(id);
            }
        }
        self.report.parties_created += 1;
        super::parties::insert(
            conn,
            &super::parties::NewParty {
                city_id: self.city_id,
                kind: kind.name(),
                name,
                // A private person's name never becomes public.
                public_name: None,
                referent_name: None,
                created_at: self.at,
            },
        )
    }
}

fn write_row(
    conn: &mut DbConn,
    target: &Target<'_>,
    places: &mut Places<'_>,
    row: &Row,
    now: DateTime<Utc>,
) -> Result<(), WriteError> {
    let at = places.at;
    let number = row.number.clone();
    let taken: i64 = pacts::table
        .filter(pacts::city_id.eq(places.city_id))
        .filter(pacts::number.eq(&number))
        .count()
        .get_result(conn)?;
    if taken > 0 {
        return Err(WriteError::NumberTaken {
            line: row.line,
            number,
        });
    }
    let commons_id = places.commons(conn, row)?;
    let months = row
        .duration_months
        .map(|m| i32::try_from(m).unwrap_or(i32::MAX));
    let pact_id: i64 = diesel::insert_into(pacts::table)
        .values((
            (
                pacts::city_id.eq(places.city_id),
                pacts::commons_id.eq(commons_id),
                pacts::number.eq(&number),
                pacts::title.eq(&row.title),
                pacts::summary.eq(&row.summary),
                pacts::kind.eq(row.kind.name()),
                pacts::intensity.eq(row.intensity.name()),
                pacts::status.eq(row.status.name()),
                pacts::duration_months.eq(months),
                pacts::submitted_on.eq(row.submitted_on),
            ),
            (
                pacts::review_paused_days.eq(0),
                // Awaiting documents since it entered Pacta, as far as
                // Pacta knows: the review clock needs the day it paused.
                pacts::review_paused_since
                    .eq((row.status == Status::AwaitingDocuments).then(|| now.date_naive())),
                pacts::start_date.eq(row.dates.map(|d| d.0)),
                pacts::end_date.eq(row.dates.map(|d| d.1)),
                pacts::created_at.eq(at),
                pacts::updated_at.eq(at),
            ),
        ))
        .returning(pacts::id)
        .get_result(conn)?;
    let mut members = Vec::new();
    if let Some((kind, name)) = &row.proponent {
        members.push((places.party(conn, *kind, name)?, PartyRole::Proponent));
    }
    members.push((places.city_party, PartyRole::City));
    for (position, (party_id, role)) in members.into_iter().enumerate() {
        diesel::insert_into(pact_parties::table)
            .values((
                pact_parties::pact_id.eq(pact_id),
                pact_parties::party_id.eq(party_id),
                pact_parties::role.eq(role.name()),
                pact_parties::position.eq(i32::try_from(position).unwrap_or(0)),
            ))
            .execute(conn)?;
    }
    diesel::insert_into(pact_imports::table)
        .values((
            pact_imports::pact_id.eq(pact_id),
            pact_imports::city_id.eq(places.city_id),
            pact_imports::source.eq(target.source),
            pact_imports::reference.eq(&row.reference),
            pact_imports::line.eq(i32::try_from(row.line).unwrap_or(i32::MAX)),
            pact_imports::record.eq(serde_json::to_string(&row.record).unwrap_or_default()),
            pact_imports::imported_at.eq(at),
        ))
        .execute(conn)?;
    for gap in &row.gaps {
        diesel::insert_into(import_gaps::table)
            .values((
                import_gaps::pact_id.eq(pact_id),
                import_gaps::field.eq(gap.name()),
            ))
            .execute(conn)?;
        *places.report.gaps.entry(gap.name()).or_default() += 1;
    }
    history(conn, pact_id, target.source, row, at)?;
    places.report.pacts_created += 1;
    *places.report.statuses.entry(row.status.name()).or_default() += 1;
    Ok(())
}

/// The history of an imported pact: what the notes date (acts, the
/// signature), then the import itself, the notes and the document.
fn history(
    conn: &mut DbConn,
    pact_id: i64,
    source: &str,
    row: &Row,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let day = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or(at);
    let event = |conn: &mut DbConn, when, kind, details: &str| {
        insert_event(
            conn,
            pact_id,
            when,
            Actor::System,
            "",
            kind,
            None,
            None,
            details,
        )
    };
    for act in &row.facts.acts {
        let details = format!("n. {} ({})", act.number, act.date);
        event(conn, day(act.date), "import_act", &details)?;
    }
    if let Some(signed) = row.facts.signed_on {
        event(conn, day(signed), "import_signed", &signed.to_string())?;
    }
    let details = format!(
        "{source}, {} {} — {}",
        row.reference, row.line, row.source_status
    );
    insert_event(
        conn,
        pact_id,
        at,
        Actor::System,
        "",
        "imported",
        None,
        Some(row.status),
        &details,
    )?;
    if !row.notes.is_empty() {
        event(conn, at, "import_note", &row.notes)?;
    }
    if let Some(proponent) = &row.unclassified_proponent {
        event(conn, at, "import_proponent", proponent)?;
    }
    if let Some(document) = &row.document {
        event(conn, at, "import_document", document)?;
    }
    Ok(())
}

/// An imported pact's origin and the fields still to complete.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    /// The source's name.
    pub source: String,
    /// The row's reference there.
    pub reference: String,
    /// When.
    pub imported_at: NaiveDateTime,
    /// Fields to complete.
    pub gaps: Vec<Gap>,
}

/// A pact's import, if it was imported.
pub fn of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<Imported>> {
    let Some((source, reference, imported_at)) = pact_imports::table
        .find(pact_id)
        .select((
            pact_imports::source,
            pact_imports::reference,
            pact_imports::imported_at,
        ))
        .first::<(String, String, NaiveDateTime)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(Some(Imported {
        source,
        reference,
        imported_at,
        gaps: gaps_of(conn, pact_id)?,
    }))
}

fn gaps_of(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Gap>> {
    let mut gaps: Vec<Gap> = import_gaps::table
        .filter(import_gaps::pact_id.eq(pact_id))
        .select(import_gaps::field)
        .load::<String>(conn)?
        .iter()
        .filter_map(|f| Gap::parse(f))
        .collect();
    gaps.sort();
    Ok(gaps)
}

/// One line of the officers' worklist of imported pacts to complete.
#[derive(Debug, Clone, Serialize)]
pub struct ToComplete {
    /// The pact's number.
    pub number: String,
    /// Its title.
    pub title: String,
    /// Its status.
    pub status: Status,
    /// Fields to complete.
    pub gaps: Vec<Gap>,
}

/// The city's imported pacts with fields to complete: those still under
/// way or in force first, then the others, by number; at most `limit`,
/// with how many there are in all.
pub fn worklist(
    conn: &mut DbConn,
    city_id: i64,
    limit: usize,
) -> QueryResult<(Vec<ToComplete>, usize)> {
    let rows: Vec<(i64, String, String, String, String)> = import_gaps::table
        .inner_join(pacts::table)
        .filter(pacts::city_id.eq(city_id))
        .select((
            pacts::id,
            pacts::number,
            pacts::title,
            pacts::status,
            import_gaps::field,
        ))
        .order((pacts::number, import_gaps::field))
        .load(conn)?;
    let mut by_pact: BTreeMap<i64, ToComplete> = BTreeMap::new();
    for (id, number, title, status, field) in rows {
        let entry = match by_pact.entry(id) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => e.insert(ToComplete {
                number,
                title,
                status: super::vocab(&status)?,
                gaps: Vec::new(),
            }),
        };
        entry.gaps.extend(Gap::parse(&field));
    }
    let mut list: Vec<ToComplete> = by_pact.into_values().collect();
    for item in &mut list {
        item.gaps.sort();
    }
    list.sort_by(|a, b| (a.status.is_final(), &a.number).cmp(&(b.status.is_final(), &b.number)));
    let total = list.len();
    list.truncate(limit);
    Ok((list, total))
}

/// Removes the gaps an officer filled.
pub fn filled(conn: &mut DbConn, pact_id: i64, gaps: &[Gap]) -> QueryResult<()> {
    let names: Vec<&str> = gaps.iter().map(|g| g.name()).collect();
    diesel::delete(
        import_gaps::table
            .filter(import_gaps::pact_id.eq(pact_id))
            .filter(import_gaps::field.eq_any(names)),
    )
    .execute(conn)
    .map(drop)
}

/// How many pacts of a city were imported.
pub fn count(conn: &mut DbConn, city_slug: &str) -> QueryResult<i64> {
    let city = cities::table
        .filter(cities::slug.eq(city_slug.to_owned()))
        .select(cities::id);
    pact_imports::table
        .filter(pact_imports::city_id.eq_any(city))
        .count()
        .get_result(conn)
}

/// What an officer gives to complete an imported pact (each `None` is left
/// as it is).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Completion {
    /// The day it was submitted (its year becomes the pact's).
    pub submitted_on: Option<NaiveDate>,
    /// Its summary.
    pub summary: Option<String>,
    /// Its kind.
    pub kind: Option<crate::domain::vocab::PactKind>,
    /// Its intensity.
    pub intensity: Option<crate::domain::vocab::Intensity>,
    /// Its duration, months.
    pub duration_months: Option<u32>,
    /// First and last day in force.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    /// Its commons' category.
    pub category: Option<crate::domain::vocab::CommonsCategory>,
    /// Its commons' coordinates.
    pub coordinates: Option<(f64, f64)>,
    /// Its commons' name.
    pub commons: Option<String>,
    /// Its proponent's kind (a party is created when it had none).
    pub proponent_kind: Option<PartyKind>,
    /// Its proponent's name.
    pub proponent_name: Option<String>,
}

impl Completion {
    /// The gaps it fills.
    pub fn fills(&self) -> Vec<Gap> {
        [
            (self.submitted_on.is_some(), Gap::SubmittedOn),
            (self.summary.is_some(), Gap::Summary),
            (self.kind.is_some(), Gap::Kind),
            (self.intensity.is_some(), Gap::Intensity),
            (self.duration_months.is_some(), Gap::Duration),
            (self.dates.is_some(), Gap::Dates),
            (self.category.is_some(), Gap::Category),
            (self.coordinates.is_some(), Gap::Coordinates),
            (self.commons.is_some(), Gap::Commons),
            (self.proponent_kind.is_some(), Gap::ProponentKind),
            (self.proponent_name.is_some(), Gap::ProponentName),
        ]
        .into_iter()
        .filter_map(|(given, gap)| given.then_some(gap))
        .collect()
    }
}

/// Writes what an officer completed of an imported pact, removes the gaps
/// it fills and records it in the history, in one transaction.
pub fn complete(
    conn: &mut DbConn,
    pact_id: i64,
    completion: &Completion,
    officer: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    use chrono::Datelike;
    let at = timestamp(now);
    conn.transaction(|conn| {
        let pact = super::pacts::get(conn, pact_id)?;
        let update = diesel::update(pacts::table.find(pact_id));
        if let Some(day) = completion.submitted_on {
            update
                .clone()
                .set((pacts::submitted_on.eq(day), pacts::year.eq(day.year())))
                .execute(conn)?;
        }
        if let Some(summary) = &completion.summary {
            update
                .clone()
                .set(pacts::summary.eq(summary))
                .execute(conn)?;
        }
        if let Some(kind) = completion.kind {
            update
                .clone()
                .set(pacts::kind.eq(kind.name()))
                .execute(conn)?;
        }
        if let Some(intensity) = completion.intensity {
            update
                .clone()
                .set(pacts::intensity.eq(intensity.name()))
                .execute(conn)?;
        }
        if let Some(months) = completion.duration_months {
            update
                .clone()
                .set(pacts::duration_months.eq(i32::try_from(months).unwrap_or(i32::MAX)))
                .execute(conn)?;
        }
        if let Some((start, end)) = completion.dates {
            update
                .clone()
                .set((pacts::start_date.eq(start), pacts::end_date.eq(end)))
                .execute(conn)?;
        }
        update.set(pacts::updated_at.eq(at)).execute(conn)?;
        let on_commons = diesel::update(commons::table.find(pact.commons_id));
        if let Some(category) = completion.category {
            on_commons
                .clone()
                .set(commons::category.eq(category.name()))
                .execute(conn)?;
            // Other pacts on the commons change category too.
            super::registry_index::touch_commons(conn, pact.commons_id)?;
        }
        if let Some((lat, lon)) = completion.coordinates {
            on_commons
                .clone()
                .set((commons::latitude.eq(lat), commons::longitude.eq(lon)))
                .execute(conn)?;
        }
        if let Some(name) = &completion.commons {
            on_commons.set(commons::name.eq(name)).execute(conn)?;
        }
        complete_proponent(conn, &pact, completion, at)?;
        let filled = completion.fills();
        self::filled(conn, pact_id, &filled)?;
        let names: Vec<&str> = filled.iter().map(|g| g.name()).collect();
        super::pacts::record_event(
            conn,
            pact_id,
            now,
            (Actor::Officer, officer),
            "import_completed",
            &names.join(", "),
        )
    })
}

/// Names or classifies the proponent; creates it when the source gave no
/// kind (so none was made).
fn complete_proponent(
    conn: &mut DbConn,
    pact: &super::pacts::Pact,
    completion: &Completion,
    at: NaiveDateTime,
) -> QueryResult<()> {
    if completion.proponent_kind.is_none() && completion.proponent_name.is_none() {
        return Ok(());
    }
    let proponent: Option<i64> = pact_parties::table
        .filter(pact_parties::pact_id.eq(pact.id))
        .filter(pact_parties::role.eq(PartyRole::Proponent.name()))
        .select(pact_parties::party_id)
        .first(conn)
        .optional()?;
    match (proponent, completion.proponent_kind) {
        (Some(party), kind) => {
            let update = diesel::update(parties::table.find(party));
            if let Some(kind) = kind {
                update
                    .clone()
                    .set(parties::kind.eq(kind.name()))
                    .execute(conn)?;
                // Other pacts of the party change party kind too.
                super::registry_index::touch_party(conn, party)?;
            }
            if let Some(name) = &completion.proponent_name {
                update.set(parties::name.eq(name)).execute(conn)?;
            }
        }
        (None, Some(kind)) => {
            let party = super::parties::insert(
                conn,
                &super::parties::NewParty {
                    city_id: pact.city_id,
                    kind: kind.name(),
                    name: completion.proponent_name.as_deref().unwrap_or_default(),
                    public_name: None,
                    referent_name: None,
                    created_at: at,
                },
            )?;
            diesel::update(
                pact_parties::table
                    .filter(pact_parties::pact_id.eq(pact.id))
                    .filter(pact_parties::position.ge(0)),
            )
            .set(pact_parties::position.eq(pact_parties::position + 1))
            .execute(conn)?;
            diesel::insert_into(pact_parties::table)
                .values((
                    pact_parties::pact_id.eq(pact.id),
                    pact_parties::party_id.eq(party),
                    pact_parties::role.eq(PartyRole::Proponent.name()),
                    pact_parties::position.eq(0),
                ))
                .execute(conn)?;
        }
        (None, None) => {}
    }
    Ok(())
}

//! Pacts: the registry search, a pact with its parties, versions and
//! history, and the writes that change them (a new proposal, an action of
//! the lifecycle, a new version), each in one transaction.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{
    cities, commons, districts, events, pact_parties, pact_versions, pacts, parties,
};
use super::{DbConn, RetryableError, timestamp, vocab};
use crate::domain::amendment::AmendmentState;
use crate::domain::city::CitySettings;
use crate::domain::lifecycle::{Action, Actor, Lifecycle, Status, TransitionError};
use crate::domain::number::PactNumber;
use crate::domain::search::Piece;
use crate::domain::text::{PactText, TextError};
use crate::domain::vocab::{
    CommonsCategory, Intensity, PactKind, PartyKind, PartyRole, Vocabulary,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = pacts)]
pub(super) struct PactRow {
    pub(super) id: i64,
    city_id: i64,
    commons_id: i64,
    renews_pact_id: Option<i64>,
    pub(super) number: String,
    pub(super) year: Option<i32>,
    pub(super) sequence: Option<i32>,
    title: String,
    summary: String,
    kind: String,
    intensity: String,
    status: String,
    duration_months: Option<i32>,
    submitted_on: Option<NaiveDate>,
    review_paused_days: i32,
    review_paused_since: Option<NaiveDate>,
    comments_close_on: Option<NaiveDate>,
    executive_decision: Option<String>,
    start_date: Option<NaiveDate>,
    end_date: Option<NaiveDate>,
    updated_at: NaiveDateTime,
    term: i32,
    renewal_objection: Option<String>,
    version_in_force: Option<i32>,
}

/// A pact's own fields.
#[derive(Debug, Clone, Serialize)]
pub struct Pact {
    /// Internal id.
    #[serde(skip)]
    pub id: i64,
    /// Its city.
    #[serde(skip)]
    pub city_id: i64,
    /// The commons it cares for.
    #[serde(skip)]
    pub commons_id: i64,
    /// The pact it renews.
    #[serde(skip)]
    pub renews_pact_id: Option<i64>,
    /// Number, unique in the city (`2026-0042`).
    pub number: String,
    /// Year of submission (`None` for a pact imported without it).
    pub year: Option<i32>,
    /// Title.
    pub title: String,
    /// Short public summary.
    pub summary: String,
    /// Ordinary or complex.
    pub kind: PactKind,
    /// Intensity of care.
    pub intensity: Intensity,
    /// Status and the dates the lifecycle rules use.
    #[serde(flatten)]
    pub lifecycle: Lifecycle,
    /// Last change, for optimistic concurrency.
    #[serde(skip)]
    pub updated_at: NaiveDateTime,
    /// Which term of the pact this is: 0 for the first, 1 for its first
    /// renewal (`-R1`)…
    pub term: u32,
    /// Why a party or the city objected to its tacit renewal, if one did
    /// (who and when are in the history).
    #[serde(skip)]
    pub renewal_objection: Option<String>,
    /// Once signed, the version in force (the one signed, then the last
    /// amendment signed).
    pub version_in_force: Option<i32>,
}

impl PactRow {
    pub(super) fn into_pact(self) -> QueryResult<Pact> {
        let kind: PactKind = vocab(&self.kind)?;
        let count = |v: i32| u32::try_from(v).unwrap_or(0);
        Ok(Pact {
            id: self.id,
            city_id: self.city_id,
            commons_id: self.commons_id,
            renews_pact_id: self.renews_pact_id,
            number: self.number,
            year: self.year,
            title: self.title,
            summary: self.summary,
            kind,
            intensity: vocab(&self.intensity)?,
            lifecycle: Lifecycle {
                status: vocab(&self.status)?,
                kind,
                duration_months: self.duration_months.map(count),
                submitted_on: self.submitted_on,
                review_paused_days: count(self.review_paused_days),
                review_paused_since: self.review_paused_since,
                comments_close_on: self.comments_close_on,
                executive_decision: self.executive_decision,
                start_date: self.start_date,
                end_date: self.end_date,
            },
            updated_at: self.updated_at,
            term: count(self.term),
            renewal_objection: self.renewal_objection,
            version_in_force: self.version_in_force,
        })
    }
}

/// A city, as named on a pact.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct CityRef {
    /// URL name.
    pub slug: String,
    /// Display name.
    pub name: String,
}

/// A commons, as named in the registry list.
#[derive(Debug, Clone, Serialize)]
pub struct CommonsRef {
    /// URL name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Category.
    pub category: CommonsCategory,
    /// District name, if any.
    pub district: Option<String>,
}

/// One line of the registry.
#[derive(Debug, Clone, Serialize)]
pub struct PactListItem {
    /// The pact.
    #[serde(flatten)]
    pub pact: Pact,
    /// Its city.
    pub city: CityRef,
    /// Its commons.
    pub commons: CommonsRef,
    /// Where a search found its words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub highlight: Option<Highlight>,
}

/// Where a search found its words in a pact: its title and summary with
/// the words marked, and an excerpt of its text when they are there.
#[derive(Debug, Clone, Serialize)]
pub struct Highlight {
    /// The title, cut into pieces.
    pub title: Vec<Piece>,
    /// The summary, cut into pieces.
    pub summary: Vec<Piece>,
    /// A passage of the text (the version in force, else the latest).
    pub excerpt: Option<Vec<Piece>>,
}

/// The pacts on a commons, newest first.
pub fn on_commons(conn: &mut DbConn, commons_id: i64) -> QueryResult<Vec<PactListItem>> {
    let rows: Vec<PactRow> = pacts::table
        .filter(pacts::commons_id.eq(commons_id))
        .order(super::registry::newest_first())
        .select(PactRow::as_select())
        .load(conn)?;
    list_items(conn, rows)
}

/// Adds city and commons names to pact rows, with one query for each.
pub(super) fn list_items(conn: &mut DbConn, rows: Vec<PactRow>) -> QueryResult<Vec<PactListItem>> {
    let commons_ids: Vec<i64> = rows.iter().map(|r| r.commons_id).collect();
    let city_ids: Vec<i64> = rows.iter().map(|r| r.city_id).collect();
    let commons: Vec<(i64, String, String, String, Option<String>)> = commons::table
        .left_join(districts::table)
        .filter(commons::id.eq_any(&commons_ids))
        .select((
            commons::id,
            commons::slug,
            commons::name,
            commons::category,
            districts::name.nullable(),
        ))
        .load(conn)?;
    let cities: Vec<(i64, CityRef)> = cities::table
        .filter(cities::id.eq_any(&city_ids))
        .select((cities::id, (cities::slug, cities::name)))
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let (_, slug, name, category, district) = commons
                .iter()
                .find(|c| c.0 == row.commons_id)
                .cloned()
                .ok_or(diesel::result::Error::NotFound)?;
            let city = cities
                .iter()
                .find(|c| c.0 == row.city_id)
                .map(|c| c.1.clone())
                .ok_or(diesel::result::Error::NotFound)?;
            Ok(PactListItem {
                commons: CommonsRef {
                    slug,
                    name,
                    category: vocab(&category)?,
                    district,
                },
                city,
                pact: row.into_pact()?,
                highlight: None,
            })
        })
        .collect()
}

/// A party as the public registry shows it: organisations by name,
/// private individuals only by the name they chose to publish.
#[derive(Debug, Clone, Serialize)]
pub struct PublicParty {
    /// Kind of party.
    pub kind: PartyKind,
    /// Role in this pact.
    pub role: PartyRole,
    /// Public name; `None` for a resident who published none.
    pub name: Option<String>,
}

/// A version of a pact's text.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// 1, 2, 3… within the pact.
    pub number: i32,
    /// SHA-256 of the canonical text.
    pub sha256: String,
    /// The canonical JSON itself, whose SHA-256 is `sha256`.
    pub content: String,
    /// The text.
    #[serde(skip)]
    pub text: PactText,
    /// Who made it; shown to the pact's participants only, as a proponent
    /// may be a private person.
    #[serde(skip)]
    pub author: String,
    /// Why this version was made.
    pub note: String,
    /// When (UTC).
    pub created_at: NaiveDateTime,
}

/// One entry of a pact's history.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// When (UTC).
    pub occurred_at: NaiveDateTime,
    /// In which capacity.
    pub actor: Actor,
    /// What happened: an action name, `submitted` or `version_added`.
    pub kind: String,
    /// Status before, if it changed.
    pub status_before: Option<Status>,
    /// Status after, if it changed.
    pub status_after: Option<Status>,
    /// Reasons, references, notes.
    pub details: String,
}

/// A pact with everything its public page shows.
#[derive(Debug, Clone, Serialize)]
pub struct PactDetail {
    /// The pact.
    #[serde(flatten)]
    pub pact: Pact,
    /// Its parties.
    pub parties: Vec<PublicParty>,
    /// The current version of its text: while an amendment is under way,
    /// the version in force (the draft is among the versions).
    pub version: Option<Version>,
    /// The amendment under way, if any.
    #[serde(skip)]
    pub amendment: Option<super::amendments::Amendment>,
    /// How many versions exist.
    pub versions: i64,
    /// Its history, oldest first.
    pub events: Vec<Event>,
    /// Number of the pact this one renews.
    pub renews: Option<String>,
    /// Numbers of the pacts that renew this one.
    pub renewed_by: Vec<String>,
}

impl PactDetail {
    /// Whether its text is being written: in co-design, or an amendment
    /// being drafted.
    pub fn drafting(&self) -> bool {
        self.pact.lifecycle.status == Status::CoDesign
            || self
                .amendment
                .as_ref()
                .is_some_and(|a| a.state == AmendmentState::Drafting)
    }

    /// Whether participants comment on its versions: while the text is
    /// written or waits for approval.
    pub fn commenting(&self) -> bool {
        matches!(
            self.pact.lifecycle.status,
            Status::CoDesign | Status::AwaitingApproval
        ) || self.amendment.as_ref().is_some_and(|a| {
            matches!(
                a.state,
                AmendmentState::Drafting | AmendmentState::AwaitingApproval
            )
        })
    }
}

/// The pact with this number in a city, with its parties, current version
/// and history.
pub fn find(conn: &mut DbConn, city_id: i64, number: &str) -> QueryResult<Option<PactDetail>> {
    let Some(row) = pacts::table
        .filter(pacts::city_id.eq(city_id))
        .filter(pacts::number.eq(number))
        .select(PactRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let pact = row.into_pact()?;
    let renews = match pact.renews_pact_id {
        Some(id) => Some(pacts::table.find(id).select(pacts::number).first(conn)?),
        None => None,
    };
    let amendment = if pact.lifecycle.status.is_in_force() {
        super::amendments::open_of(conn, pact.id)?
    } else {
        None
    };
    // Once signed, the text in force; drafts of an amendment are among
    // the versions, not the pact's text.
    let version = match pact.version_in_force {
        Some(number) => super::versions::get(conn, pact.id, number)?,
        None => current_version(conn, pact.id)?,
    };
    Ok(Some(PactDetail {
        parties: public_parties(conn, pact.id)?,
        version,
        amendment,
        versions: pact_versions::table
            .filter(pact_versions::pact_id.eq(pact.id))
            .count()
            .get_result(conn)?,
        events: history(conn, pact.id)?,
        renews,
        renewed_by: pacts::table
            .filter(pacts::renews_pact_id.eq(pact.id))
            .order(pacts::id)
            .select(pacts::number)
            .load(conn)?,
        pact,
    }))
}

/// A pact's parties in display order, as the public may see them.
fn public_parties(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<PublicParty>> {
    pact_parties::table
        .inner_join(parties::table)
        .filter(pact_parties::pact_id.eq(pact_id))
        .order(pact_parties::position)
        .select((
            parties::kind,
            pact_parties::role,
            parties::name,
            parties::public_name,
        ))
        .load::<(String, String, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(kind, role, name, public_name)| {
            let kind: PartyKind = vocab(&kind)?;
            let name = if kind.is_private_person() {
                public_name
            } else {
                Some(name)
            };
            Ok(PublicParty {
                kind,
                role: vocab(&role)?,
                name,
            })
        })
        .collect()
}

/// The latest version of a pact's text, checked against its hash.
fn current_version(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<Version>> {
    pact_versions::table
        .filter(pact_versions::pact_id.eq(pact_id))
        .order(pact_versions::number.desc())
        .select(VERSION_COLUMNS)
        .first::<VersionRow>(conn)
        .optional()?
        .map(into_version)
        .transpose()
}

/// The columns a [`Version`] is read from.
pub(super) const VERSION_COLUMNS: (
    pact_versions::number,
    pact_versions::content,
    pact_versions::sha256,
    pact_versions::author,
    pact_versions::note,
    pact_versions::created_at,
) = (
    pact_versions::number,
    pact_versions::content,
    pact_versions::sha256,
    pact_versions::author,
    pact_versions::note,
    pact_versions::created_at,
);

/// A row of [`VERSION_COLUMNS`].
pub(super) type VersionRow = (i32, String, String, String, String, NaiveDateTime);

/// A stored version, its text checked against its hash.
pub(super) fn into_version(
    (number, content, sha256, author, note, created_at): VersionRow,
) -> QueryResult<Version> {
    let text = PactText::from_canonical(&content, &sha256)
        .map_err(|e| diesel::result::Error::DeserializationError(e.to_string().into()))?;
    Ok(Version {
        number,
        sha256,
        content,
        text,
        author,
        note,
        created_at,
    })
}

/// A pact's history, oldest first.
fn history(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Event>> {
    events::table
        .filter(events::pact_id.eq(pact_id))
        .order((events::occurred_at, events::id))
        .select((
            events::occurred_at,
            events::actor_role,
            events::kind,
            events::status_before,
            events::status_after,
            events::details,
        ))
        .load::<(
            NaiveDateTime,
            String,
            String,
            Option<String>,
            Option<String>,
            String,
        )>(conn)?
        .into_iter()
        .map(|(occurred_at, actor, kind, before, after, details)| {
            Ok(Event {
                occurred_at,
                actor: vocab(&actor)?,
                kind,
                status_before: before.as_deref().map(vocab).transpose()?,
                status_after: after.as_deref().map(vocab).transpose()?,
                details,
            })
        })
        .collect()
}

/// A proposal to record.
#[derive(Debug, Clone)]
pub struct NewProposal {
    /// City.
    pub city_id: i64,
    /// Commons concerned.
    pub commons_id: i64,
    /// Title.
    pub title: String,
    /// Public summary.
    pub summary: String,
    /// Ordinary or complex.
    pub kind: PactKind,
    /// Intensity.
    pub intensity: Intensity,
    /// Proposed duration.
    pub duration_months: u32,
    /// Parties and their roles, in display order.
    pub parties: Vec<(i64, PartyRole)>,
    /// The proposed text, the pact's first version.
    pub text: PactText,
    /// Who submits it (recorded in the history).
    pub author: String,
    /// The pact this one renews.
    pub renews_pact_id: Option<i64>,
}

/// Why a write was refused.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The lifecycle forbids it.
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// The text cannot be a version.
    #[error(transparent)]
    Text(#[from] TextError),
    /// Someone else changed the pact meanwhile.
    #[error("the pact changed meanwhile")]
    Conflict,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

impl RetryableError for WriteError {
    fn is_retryable(&self) -> bool {
        matches!(self, WriteError::Db(e) if e.is_retryable())
    }
}

/// Records a proposal: numbers it, inserts the pact, its parties, its first
/// version and the `submitted` event, in one transaction. Returns the pact
/// id and number.
pub fn create(
    conn: &mut DbConn,
    new: &NewProposal,
    now: DateTime<Utc>,
) -> Result<(i64, String), WriteError> {
    let canonical = new.text.canonical()?;
    let at = timestamp(now);
    let today = now.date_naive();
    let lifecycle = Lifecycle::submitted(new.kind, new.duration_months, today);
    super::transaction(conn, |conn| {
        // Take the city's row lock first: numbering is then serialised per
        // city on PostgreSQL (no two transactions read the same last
        // number), and on SQLite the transaction starts as a writer, so it
        // waits for the lock instead of failing to upgrade a read.
        diesel::update(cities::table.find(new.city_id))
            .set(cities::slug.eq(cities::slug))
            .execute(conn)?;
        let year = today.year();
        let last: Option<i32> = pacts::table
            .filter(pacts::city_id.eq(new.city_id))
            .filter(pacts::year.eq(year))
            .select(diesel::dsl::max(pacts::sequence))
            .first(conn)?;
        let sequence = last.unwrap_or(0) + 1;
        let number = PactNumber {
            year,
            sequence: u32::try_from(sequence).unwrap_or(1),
            renewal: 0,
        }
        .to_string();
        let pact_id: i64 = diesel::insert_into(pacts::table)
            .values((
                pacts::city_id.eq(new.city_id),
                pacts::commons_id.eq(new.commons_id),
                pacts::renews_pact_id.eq(new.renews_pact_id),
                pacts::number.eq(&number),
                pacts::year.eq(year),
                pacts::sequence.eq(sequence),
                pacts::title.eq(&new.title),
                pacts::summary.eq(&new.summary),
                pacts::kind.eq(new.kind.name()),
                pacts::intensity.eq(new.intensity.name()),
                pacts::status.eq(lifecycle.status.name()),
                pacts::duration_months.eq(i32::try_from(new.duration_months).unwrap_or(i32::MAX)),
                pacts::submitted_on.eq(today),
                pacts::review_paused_days.eq(0),
                pacts::created_at.eq(at),
                pacts::updated_at.eq(at),
            ))
            .returning(pacts::id)
            .get_result(conn)?;
        for (position, (party_id, role)) in new.parties.iter().enumerate() {
            diesel::insert_into(pact_parties::table)
                .values((
                    pact_parties::pact_id.eq(pact_id),
                    pact_parties::party_id.eq(party_id),
                    pact_parties::role.eq(role.name()),
                    pact_parties::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
                ))
                .execute(conn)?;
        }
        insert_version(
            conn,
            pact_id,
            1,
            &canonical.json,
            &canonical.sha256,
            &new.author,
            "",
            at,
        )?;
        insert_event(
            conn,
            pact_id,
            at,
            Actor::Proponent,
            &new.author,
            "submitted",
            None,
            Some(lifecycle.status),
            "",
        )?;
        Ok::<_, WriteError>((pact_id, number))
    })
}

#[expect(clippy::too_many_arguments, reason = "one column each")]
pub(super) fn insert_version(
    conn: &mut DbConn,
    pact_id: i64,
    number: i32,
    content: &str,
    sha256: &str,
    author: &str,
    note: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(pact_versions::table)
        .values((
            pact_versions::pact_id.eq(pact_id),
            pact_versions::number.eq(number),
            pact_versions::content.eq(content),
            pact_versions::sha256.eq(sha256),
            pact_versions::author.eq(author),
            pact_versions::note.eq(note),
            pact_versions::created_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

#[expect(clippy::too_many_arguments, reason = "one column each")]
pub(super) fn insert_event(
    conn: &mut DbConn,
    pact_id: i64,
    at: NaiveDateTime,
    actor: Actor,
    actor_name: &str,
    kind: &str,
    before: Option<Status>,
    after: Option<Status>,
    details: &str,
) -> QueryResult<()> {
    diesel::insert_into(events::table)
        .values((
            events::pact_id.eq(pact_id),
            events::occurred_at.eq(at),
            events::actor_role.eq(actor.name()),
            events::actor_name.eq(actor_name),
            events::kind.eq(kind),
            events::status_before.eq(before.map(Status::name)),
            events::status_after.eq(after.map(Status::name)),
            events::details.eq(details),
        ))
        .execute(conn)?;
    // Every change of a pact's text, parties or status records an event:
    // its search entry and its place in the registry's index follow in the
    // same transaction.
    super::registry_index::touch(conn, pact_id)?;
    super::search::index(conn, pact_id)
}

/// Applies a lifecycle action to a pact: checks it with the domain rules,
/// updates the pact only if nobody changed it since it was read, and
/// records the event, in one transaction. Returns the new state.
pub fn apply(
    conn: &mut DbConn,
    pact_id: i64,
    action: &Action,
    actor: Actor,
    actor_name: &str,
    now: DateTime<Utc>,
    settings: &CitySettings,
) -> Result<Lifecycle, WriteError> {
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        let pact = pacts::table
            .find(pact_id)
            .select(PactRow::as_select())
            .first(conn)?
            .into_pact()?;
        let before = pact.lifecycle;
        let after = before.apply(action, actor, now.date_naive(), settings)?;
        let updated = diesel::update(pacts::table)
            .filter(pacts::id.eq(pact_id))
            .filter(pacts::status.eq(before.status.name()))
            .filter(pacts::updated_at.eq(pact.updated_at))
            .set((
                pacts::status.eq(after.status.name()),
                pacts::review_paused_days
                    .eq(i32::try_from(after.review_paused_days).unwrap_or(i32::MAX)),
                pacts::review_paused_since.eq(after.review_paused_since),
                pacts::comments_close_on.eq(after.comments_close_on),
                pacts::executive_decision.eq(&after.executive_decision),
                pacts::start_date.eq(after.start_date),
                pacts::end_date.eq(after.end_date),
                pacts::updated_at.eq(at.max(pact.updated_at + chrono::TimeDelta::microseconds(1))),
            ))
            .execute(conn)?;
        if updated != 1 {
            return Err(WriteError::Conflict);
        }
        let changed = before.status != after.status;
        if matches!(action, Action::Activate { .. }) {
            // The text signed is the one in force.
            let signed = last_version_number(conn, pact_id)?;
            set_version_in_force(conn, pact_id, signed)?;
        }
        if changed && before.status.is_in_force() && !after.status.is_in_force() {
            // An amendment under way ends with the term.
            if let Some(open) = super::amendments::open_of(conn, pact_id)? {
                let states = (open.state, AmendmentState::Abandoned);
                super::amendments::set_state(conn, open.id, states, now)?;
                super::signing::cancel_open(conn, pact_id)?;
            }
        }
        if changed && before.status == Status::AwaitingSignatures {
            // The text leaves the signatures (back to co-design, withdrawn,
            // or signed): no request stays open on it.
            super::signing::cancel_open(conn, pact_id)?;
        }
        insert_event(
            conn,
            pact_id,
            at,
            actor,
            actor_name,
            action.kind().name(),
            changed.then_some(before.status),
            changed.then_some(after.status),
            action.details(),
        )?;
        Ok(after)
    })
}

/// Records an event that changes no status (a signature, a request for
/// signatures); the caller holds the transaction.
pub fn record_event(
    conn: &mut DbConn,
    pact_id: i64,
    now: DateTime<Utc>,
    (actor, name): (Actor, &str),
    kind: &str,
    details: &str,
) -> QueryResult<()> {
    insert_event(
        conn,
        pact_id,
        timestamp(now),
        actor,
        name,
        kind,
        None,
        None,
        details,
    )
}

/// Saves a new version of a pact's text, with who made it and why, and
/// records it in the history. Returns the version number.
pub fn add_version(
    conn: &mut DbConn,
    pact_id: i64,
    text: &PactText,
    author: Actor,
    author_name: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<i32, WriteError> {
    let canonical = text.canonical()?;
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        let number = last_version_number(conn, pact_id)? + 1;
        append_version(
            conn,
            pact_id,
            number,
            &canonical,
            (author, author_name),
            note,
            at,
        )?;
        Ok::<_, WriteError>(number)
    })
}

/// The number of a pact's latest version (0 before the first).
pub(super) fn last_version_number(conn: &mut DbConn, pact_id: i64) -> QueryResult<i32> {
    let last: Option<i32> = pact_versions::table
        .filter(pact_versions::pact_id.eq(pact_id))
        .select(diesel::dsl::max(pact_versions::number))
        .first(conn)?;
    Ok(last.unwrap_or(0))
}

/// Inserts version `number` and its `version_added` event, with who and
/// why; the caller holds the transaction.
pub(super) fn append_version(
    conn: &mut DbConn,
    pact_id: i64,
    number: i32,
    canonical: &crate::domain::text::CanonicalText,
    (actor, name): (Actor, &str),
    note: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    insert_version(
        conn,
        pact_id,
        number,
        &canonical.json,
        &canonical.sha256,
        name,
        note,
        at,
    )?;
    insert_event(
        conn,
        pact_id,
        at,
        actor,
        name,
        "version_added",
        None,
        None,
        note,
    )
}

/// Number and SHA-256 of a pact's latest version.
pub fn latest_version(conn: &mut DbConn, pact_id: i64) -> QueryResult<(i32, String)> {
    pact_versions::table
        .filter(pact_versions::pact_id.eq(pact_id))
        .order(pact_versions::number.desc())
        .select((pact_versions::number, pact_versions::sha256))
        .first(conn)
}

/// Records which version of a pact is in force.
pub fn set_version_in_force(conn: &mut DbConn, pact_id: i64, version: i32) -> QueryResult<()> {
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::version_in_force.eq(version))
        .execute(conn)?;
    super::search::index(conn, pact_id)
}

/// The pact with this id.
pub fn get(conn: &mut DbConn, pact_id: i64) -> QueryResult<Pact> {
    pacts::table
        .find(pact_id)
        .select(PactRow::as_select())
        .first(conn)?
        .into_pact()
}

/// A pact's status.
pub fn status_of(conn: &mut DbConn, pact_id: i64) -> QueryResult<Status> {
    let status: String = pacts::table
        .find(pact_id)
        .select(pacts::status)
        .first(conn)?;
    vocab(&status)
}

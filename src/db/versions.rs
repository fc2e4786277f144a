//! The versions of a pact's text in co-design: listing them, reading one,
//! saving an edit only if nobody saved another since (optimistic
//! concurrency on the version number), and the participants' comments on a
//! version, article by article.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::pacts::{VERSION_COLUMNS, Version, VersionRow, WriteError, into_version};
use super::schema::{memberships, pact_parties, pact_versions, pacts, proposals, version_comments};
use super::{DbConn, timestamp, vocab};
use crate::domain::amendment::AmendmentState;
use crate::domain::lifecycle::{Actor, Status};
use crate::domain::text::PactText;
use crate::domain::vocab::{PartyRole, Vocabulary};

/// A version in the list of a pact's versions.
#[derive(Debug, Clone, Serialize)]
pub struct VersionSummary {
    /// 1, 2, 3… within the pact.
    pub number: i32,
    /// SHA-256 of its canonical text.
    pub sha256: String,
    /// Who made it (shown to participants only).
    #[serde(skip)]
    pub author: String,
    /// Why.
    pub note: String,
    /// When (UTC).
    pub created_at: NaiveDateTime,
}

/// Every version of a pact, newest first.
pub fn list(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<VersionSummary>> {
    pact_versions::table
        .filter(pact_versions::pact_id.eq(pact_id))
        .order(pact_versions::number.desc())
        .select((
            pact_versions::number,
            pact_versions::sha256,
            pact_versions::author,
            pact_versions::note,
            pact_versions::created_at,
        ))
        .load::<(i32, String, String, String, NaiveDateTime)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(
                    |(number, sha256, author, note, created_at)| VersionSummary {
                        number,
                        sha256,
                        author,
                        note,
                        created_at,
                    },
                )
                .collect()
        })
}

/// Version `number` of a pact, checked against its hash.
pub fn get(conn: &mut DbConn, pact_id: i64, number: i32) -> QueryResult<Option<Version>> {
    pact_versions::table
        .filter(pact_versions::pact_id.eq(pact_id))
        .filter(pact_versions::number.eq(number))
        .select(VERSION_COLUMNS)
        .first::<VersionRow>(conn)
        .optional()?
        .map(into_version)
        .transpose()
}

/// Why an edit was not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The pact is no longer in co-design.
    #[error("the pact is not in co-design")]
    NotInCoDesign,
    /// Someone saved version `.0` after the one the edit started from.
    #[error("version {0} was saved meanwhile")]
    Stale(i32),
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl From<diesel::result::Error> for SaveError {
    fn from(e: diesel::result::Error) -> Self {
        SaveError::Write(e.into())
    }
}

impl super::RetryableError for SaveError {
    fn is_retryable(&self) -> bool {
        matches!(self, SaveError::Write(e) if e.is_retryable())
    }
}

/// Who saves an edit, and in which capacity.
#[derive(Debug, Clone, Copy)]
pub struct Author<'a> {
    /// Officer or proponent.
    pub actor: Actor,
    /// The name the history keeps.
    pub name: &'a str,
}

/// Saves `text` as the version after `base`, with who and why, and records
/// it in the history, in one transaction — but only while the pact is in
/// co-design and `base` is still its latest version. Two saves from the
/// same base never both succeed: the second finds a newer version (or, if
/// both read at once, hits the unique version number) and gets
/// [`SaveError::Stale`]. Returns the new version's number.
pub fn save_edit(
    conn: &mut DbConn,
    pact_id: i64,
    base: i32,
    text: &PactText,
    author: Author<'_>,
    note: &str,
    now: DateTime<Utc>,
) -> Result<i32, SaveError> {
    let canonical = text.canonical().map_err(WriteError::from)?;
    let at = timestamp(now);
    let result = super::transaction(conn, |conn| {
        let status: String = pacts::table
            .find(pact_id)
            .select(pacts::status)
            .first(conn)?;
        let amending = super::amendments::open_of(conn, pact_id)?
            .is_some_and(|a| a.state == AmendmentState::Drafting);
        if vocab::<Status>(&status)? != Status::CoDesign && !amending {
            return Err(SaveError::NotInCoDesign);
        }
        let latest = super::pacts::last_version_number(conn, pact_id)?;
        if latest != base {
            return Err(SaveError::Stale(latest));
        }
        let number = base + 1;
        let who = (author.actor, author.name);
        super::pacts::append_version(conn, pact_id, number, &canonical, who, note, at)?;
        Ok(number)
    });
    match result {
        Err(SaveError::Write(WriteError::Db(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )))) => Err(SaveError::Stale(base + 1)),
        other => other,
    }
}

/// Whether `user_id` is one of a pact's proponents: the author of the
/// proposal it came from, or a representative of one of its parties other
/// than the city.
pub fn is_proponent(conn: &mut DbConn, pact_id: i64, user_id: i64) -> QueryResult<bool> {
    let author: i64 = proposals::table
        .filter(proposals::pact_id.eq(pact_id))
        .filter(proposals::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    if author > 0 {
        return Ok(true);
    }
    let member: i64 = pact_parties::table
        .inner_join(memberships::table.on(memberships::party_id.eq(pact_parties::party_id)))
        .filter(pact_parties::pact_id.eq(pact_id))
        .filter(pact_parties::role.ne(PartyRole::City.name()))
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::is_representative.eq(true))
        .count()
        .get_result(conn)?;
    Ok(member > 0)
}

/// A comment on a version.
#[derive(Debug, Clone, Serialize)]
pub struct VersionComment {
    /// The article commented on (1 = first), or `None` for the whole text.
    pub article: Option<i32>,
    /// Author's name.
    pub author: String,
    /// The text.
    pub body: String,
    /// When (UTC).
    pub created_at: NaiveDateTime,
}

/// The comments on version `number` of a pact, oldest first.
pub fn comments(conn: &mut DbConn, pact_id: i64, number: i32) -> QueryResult<Vec<VersionComment>> {
    version_comments::table
        .filter(version_comments::pact_id.eq(pact_id))
        .filter(version_comments::version_number.eq(number))
        .order((version_comments::created_at, version_comments::id))
        .select((
            version_comments::article,
            version_comments::author_name,
            version_comments::body,
            version_comments::created_at,
        ))
        .load::<(Option<i32>, String, String, NaiveDateTime)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(article, author, body, created_at)| VersionComment {
                    article,
                    author,
                    body,
                    created_at,
                })
                .collect()
        })
}

/// A comment to record.
#[derive(Debug, Clone)]
pub struct NewVersionComment<'a> {
    /// The pact.
    pub pact_id: i64,
    /// The version it is written on.
    pub version: i32,
    /// The article, or `None` for the whole text.
    pub article: Option<i32>,
    /// The author.
    pub user_id: i64,
    /// The author's name as shown to the other participants.
    pub author_name: &'a str,
    /// The text.
    pub body: &'a str,
}

/// Records a comment on a version.
pub fn add_comment(
    conn: &mut DbConn,
    comment: &NewVersionComment<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(version_comments::table)
        .values((
            version_comments::pact_id.eq(comment.pact_id),
            version_comments::version_number.eq(comment.version),
            version_comments::article.eq(comment.article),
            version_comments::user_id.eq(comment.user_id),
            version_comments::author_name.eq(comment.author_name),
            version_comments::body.eq(comment.body),
            version_comments::created_at.eq(timestamp(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// A version found by its fingerprint, with where its pact stands today.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    /// The city's slug and name.
    pub city: (String, String),
    /// Pact number.
    pub number: String,
    /// Pact title.
    pub title: String,
    /// The version's number.
    pub version: i32,
    /// How many versions the pact has.
    pub versions: i64,
    /// The version's SHA-256.
    pub sha256: String,
    /// When the version was saved (UTC).
    pub created_at: NaiveDateTime,
    /// The pact's status today.
    pub status: Status,
    /// Its term, once signed.
    pub term: Option<(NaiveDate, NaiveDate)>,
    /// The pacts renewing it.
    pub renewed_by: Vec<String>,
    /// Once the pact is signed, the version in force (another one when an
    /// amendment replaced the version found).
    pub in_force: Option<i32>,
    /// When the fingerprint is that of an issued agreement file rather
    /// than of the text: which edition, and whether the sealed file.
    pub file: Option<FileMatch>,
    /// The certificate the city seals its agreements with, once it has one.
    pub seal: Option<super::seals::SealInfo>,
}

/// An issued agreement file a fingerprint matched.
#[derive(Debug, Clone, Serialize)]
pub struct FileMatch {
    /// `full` or `public`.
    pub edition: super::signing::Edition,
    /// Whether it is the file with the city's seal.
    pub sealed: bool,
    /// When it was issued (UTC).
    pub issued_at: NaiveDateTime,
}

/// City slug and name, pact number, title and id, version number, hash,
/// date, pact status, term.
type FoundRow = (
    (i64, String, String),
    (String, String, i64),
    (i32, String, NaiveDateTime),
    (String, Option<NaiveDate>, Option<NaiveDate>, Option<i32>),
);

macro_rules! found_query {
    () => {
        pact_versions::table
            .inner_join(pacts::table)
            .inner_join(
                super::schema::cities::table.on(super::schema::cities::id.eq(pacts::city_id)),
            )
            .select((
                (
                    super::schema::cities::id,
                    super::schema::cities::slug,
                    super::schema::cities::name,
                ),
                (pacts::number, pacts::title, pacts::id),
                (
                    pact_versions::number,
                    pact_versions::sha256,
                    pact_versions::created_at,
                ),
                (
                    pacts::status,
                    pacts::start_date,
                    pacts::end_date,
                    pacts::version_in_force,
                ),
            ))
    };
}

fn into_found(conn: &mut DbConn, row: FoundRow, file: Option<FileMatch>) -> QueryResult<Found> {
    let ((city_id, slug, city), (number, title, pact_id), (version, sha256, created_at), life) =
        row;
    let (status, start, end, in_force) = life;
    Ok(Found {
        city: (slug, city),
        number,
        title,
        version,
        versions: pact_versions::table
            .filter(pact_versions::pact_id.eq(pact_id))
            .count()
            .get_result(conn)?,
        sha256,
        created_at,
        status: vocab(&status)?,
        term: start.zip(end),
        renewed_by: pacts::table
            .filter(pacts::renews_pact_id.eq(pact_id))
            .order(pacts::id)
            .select(pacts::number)
            .load(conn)?,
        in_force,
        file,
        seal: super::seals::info(conn, city_id)?,
    })
}

/// The versions whose SHA-256 starts with `prefix` (lower-case hex, at
/// least 8 characters; the whole hash finds one), at most 10; a whole
/// hash also finds the issued agreement files that have it.
pub fn by_fingerprint(conn: &mut DbConn, prefix: &str) -> QueryResult<Vec<Found>> {
    // A range on the index: every hash starting with the prefix sorts
    // between it and the prefix followed by a character above 'f'.
    let upper = format!("{prefix}g");
    let rows: Vec<FoundRow> = found_query!()
        .filter(pact_versions::sha256.ge(prefix))
        .filter(pact_versions::sha256.lt(&upper))
        .order((pact_versions::sha256, pact_versions::id))
        .limit(10)
        .load(conn)?;
    let mut found = rows
        .into_iter()
        .map(|row| into_found(conn, row, None))
        .collect::<QueryResult<Vec<_>>>()?;
    if prefix.len() == 64 {
        for issued in super::signing::issued_by_file_hash(conn, prefix)? {
            let row: FoundRow = found_query!()
                .filter(pact_versions::pact_id.eq(issued.pact_id))
                .filter(pact_versions::number.eq(issued.version_number))
                .first(conn)?;
            let file = FileMatch {
                edition: issued.edition,
                sealed: issued.sealed_sha256.as_deref() == Some(prefix),
                issued_at: issued.created_at,
            };
            found.push(into_found(conn, row, Some(file))?);
        }
    }
    Ok(found)
}

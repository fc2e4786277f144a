//! The cities' seals (their PKCS#12 certificate and key) and the sealing
//! of issued agreements: which are due, and the outcome of each attempt.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;

use crate::domain::signing::SealState;
use crate::domain::vocab::Vocabulary as _;
use serde::Serialize;

use super::schema::{agreements, city_seals, pacts};
use super::{DbConn, timestamp};

/// A city's seal, without its secret parts.
#[derive(Debug, Clone, Serialize)]
pub struct SealInfo {
    /// Whether Pacta made it because the city configured none.
    pub self_signed: bool,
    /// The certificate's subject.
    pub subject: String,
    /// SHA-256 of the certificate, hex.
    pub fingerprint: String,
    /// Last day the certificate is valid.
    pub not_after: NaiveDateTime,
    /// When it was stored.
    pub created_at: NaiveDateTime,
}

/// A seal to store: the PKCS#12 file, its password and what it says.
#[derive(Debug, Clone)]
pub struct NewSeal<'a> {
    /// The PKCS#12 file.
    pub pkcs12: &'a [u8],
    /// Its password.
    pub password: &'a str,
    /// Made by Pacta.
    pub self_signed: bool,
    /// Its certificate's subject.
    pub subject: &'a str,
    /// Its certificate's SHA-256.
    pub fingerprint: &'a str,
    /// End of validity.
    pub not_after: NaiveDateTime,
}

/// The city's seal information, if it has one.
pub fn info(conn: &mut DbConn, city_id: i64) -> QueryResult<Option<SealInfo>> {
    city_seals::table
        .find(city_id)
        .select((
            city_seals::self_signed,
            city_seals::subject,
            city_seals::fingerprint,
            city_seals::not_after,
            city_seals::created_at,
        ))
        .first::<(bool, String, String, NaiveDateTime, NaiveDateTime)>(conn)
        .optional()
        .map(|row| {
            row.map(
                |(self_signed, subject, fingerprint, not_after, created_at)| SealInfo {
                    self_signed,
                    subject,
                    fingerprint,
                    not_after,
                    created_at,
                },
            )
        })
}

/// The city's PKCS#12 file and password.
pub fn secret(conn: &mut DbConn, city_id: i64) -> QueryResult<Option<(Vec<u8>, String)>> {
    city_seals::table
        .find(city_id)
        .select((city_seals::pkcs12, city_seals::password))
        .first(conn)
        .optional()
}

/// Stores a city's first seal; returns false if it already had one (made
/// meanwhile by another server).
pub fn insert_if_none(
    conn: &mut DbConn,
    city_id: i64,
    seal: &NewSeal<'_>,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    if info(conn, city_id)?.is_some() {
        return Ok(false);
    }
    let inserted = diesel::insert_into(city_seals::table)
        .values(values(city_id, seal, now))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(true),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Replaces a city's seal with the certificate it configured.
pub fn replace(
    conn: &mut DbConn,
    city_id: i64,
    seal: &NewSeal<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    super::transaction(conn, |conn| {
        diesel::delete(city_seals::table.find(city_id)).execute(conn)?;
        diesel::insert_into(city_seals::table)
            .values(values(city_id, seal, now))
            .execute(conn)
            .map(drop)
    })
}

type SealValues<'a> = (
    diesel::dsl::Eq<city_seals::city_id, i64>,
    diesel::dsl::Eq<city_seals::pkcs12, &'a [u8]>,
    diesel::dsl::Eq<city_seals::password, &'a str>,
    diesel::dsl::Eq<city_seals::self_signed, bool>,
    diesel::dsl::Eq<city_seals::subject, &'a str>,
    diesel::dsl::Eq<city_seals::fingerprint, &'a str>,
    diesel::dsl::Eq<city_seals::not_after, NaiveDateTime>,
    diesel::dsl::Eq<city_seals::created_at, NaiveDateTime>,
);

fn values<'a>(city_id: i64, seal: &NewSeal<'a>, now: DateTime<Utc>) -> SealValues<'a> {
    (
        city_seals::city_id.eq(city_id),
        city_seals::pkcs12.eq(seal.pkcs12),
        city_seals::password.eq(seal.password),
        city_seals::self_signed.eq(seal.self_signed),
        city_seals::subject.eq(seal.subject),
        city_seals::fingerprint.eq(seal.fingerprint),
        city_seals::not_after.eq(seal.not_after),
        city_seals::created_at.eq(timestamp(now)),
    )
}

/// An agreement waiting for its seal.
#[derive(Debug, Clone)]
pub struct Due {
    /// The agreement's id.
    pub id: i64,
    /// Its city.
    pub city_id: i64,
    /// The file as issued.
    pub pdf: Vec<u8>,
    /// Attempts so far.
    pub attempts: i32,
}

/// The agreements due for sealing `now` (never sealed, or failed and due
/// again), oldest first, at most `limit`.
pub fn due(conn: &mut DbConn, now: DateTime<Utc>, limit: i64) -> QueryResult<Vec<Due>> {
    agreements::table
        .inner_join(pacts::table)
        .filter(agreements::seal_state.ne(SealState::Sealed.name()))
        .filter(agreements::next_seal_at.le(timestamp(now)))
        .order(agreements::id)
        .limit(limit)
        .select((
            agreements::id,
            pacts::city_id,
            agreements::pdf,
            agreements::seal_attempts,
        ))
        .load::<(i64, i64, Vec<u8>, i32)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(id, city_id, pdf, attempts)| Due {
                    id,
                    city_id,
                    pdf,
                    attempts,
                })
                .collect()
        })
}

/// Stores the sealed file, unless another runner sealed it first. Returns
/// whether this one was stored.
pub fn mark_sealed(conn: &mut DbConn, id: i64, sealed: &[u8]) -> QueryResult<bool> {
    diesel::update(
        agreements::table
            .filter(agreements::id.eq(id))
            .filter(agreements::seal_state.ne(SealState::Sealed.name())),
    )
    .set((
        agreements::seal_state.eq(SealState::Sealed.name()),
        agreements::sealed_pdf.eq(sealed),
        agreements::sealed_sha256.eq(crate::security::sha256_hex(sealed)),
        agreements::seal_error.eq(None::<String>),
        agreements::seal_attempts.eq(agreements::seal_attempts + 1),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Records a failed attempt: visible as failed, retried after a delay that
/// doubles with each attempt (one minute, up to six hours).
pub fn mark_failed(
    conn: &mut DbConn,
    id: i64,
    attempts: i32,
    error: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let delay = TimeDelta::minutes(1i64 << attempts.clamp(0, 9)).min(TimeDelta::hours(6));
    diesel::update(
        agreements::table
            .filter(agreements::id.eq(id))
            .filter(agreements::seal_state.ne(SealState::Sealed.name())),
    )
    .set((
        agreements::seal_state.eq(SealState::Failed.name()),
        agreements::seal_error.eq(error),
        agreements::seal_attempts.eq(attempts + 1),
        agreements::next_seal_at.eq(timestamp(now + delay)),
    ))
    .execute(conn)
    .map(drop)
}

/// The ids of the cities with no seal yet.
pub fn cities_without(conn: &mut DbConn) -> QueryResult<Vec<(i64, String, String)>> {
    use super::schema::cities;
    cities::table
        .left_join(city_seals::table.on(city_seals::city_id.eq(cities::id)))
        .filter(city_seals::city_id.nullable().is_null())
        .order(cities::id)
        .select((cities::id, cities::slug, cities::name))
        .load(conn)
}

//! Accounts, their sessions and single-use tokens, and the record of
//! authentication attempts used for rate limits.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{auth_attempts, cities, recovery_codes, sessions, tokens, users};
use super::{DbConn, timestamp, vocab};
use crate::domain::account::{Role, TokenPurpose};
use crate::domain::policy::Subject;
use crate::domain::vocab::Vocabulary;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    public_name: Option<String>,
    language: String,
    email_verified_at: Option<NaiveDateTime>,
    city_id: Option<i64>,
    role: String,
    can_sign: bool,
    totp_enabled_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

/// An account (never its password hash or second-factor secret).
#[derive(Debug, Clone, Serialize)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about the account, each read by the policy"
)]
pub struct User {
    /// Internal id.
    pub id: i64,
    /// Normalised e-mail address (personal data: never logged).
    pub email: String,
    /// Name shown to officers and on signatures.
    pub display_name: String,
    /// Name the person agrees to show publicly, if any.
    pub public_name: Option<String>,
    /// Preferred language code.
    pub language: String,
    /// Whether the address was confirmed.
    pub email_verified: bool,
    /// For staff: their city.
    pub city_id: Option<i64>,
    /// Role.
    pub role: Role,
    /// For staff: may sign for the city.
    pub can_sign: bool,
    /// Whether a second factor is set up.
    pub totp_enabled: bool,
    /// Whether their city requires staff to use one.
    pub second_factor_required: bool,
    /// When the account was created (UTC).
    pub created_at: NaiveDateTime,
}

impl UserRow {
    /// With `city_requires`: the city's second-factor rule, if staff.
    fn into_user(self, city_requires: Option<bool>) -> QueryResult<User> {
        Ok(User {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            public_name: self.public_name,
            language: self.language,
            email_verified: self.email_verified_at.is_some(),
            city_id: self.city_id,
            role: vocab(&self.role)?,
            can_sign: self.can_sign,
            totp_enabled: self.totp_enabled_at.is_some(),
            second_factor_required: city_requires.unwrap_or(false),
            created_at: self.created_at,
        })
    }
}

impl User {
    /// The account as the authorisation policy sees it.
    pub fn subject(&self) -> Subject {
        Subject {
            user_id: Some(self.id),
            role: Some(self.role),
            city_id: self.city_id,
            can_sign: self.can_sign,
            needs_second_factor: self.second_factor_required && !self.totp_enabled,
        }
    }
}

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Normalised address.
    pub email: String,
    /// Name.
    pub display_name: String,
    /// Language code.
    pub language: String,
    /// Argon2id hash, if a password is set now.
    pub password_hash: Option<String>,
    /// Role.
    pub role: Role,
    /// For staff: their city.
    pub city_id: Option<i64>,
    /// For staff: may sign for the city.
    pub can_sign: bool,
    /// Whether the address is already confirmed (staff created by an
    /// administrator receive their link at that address).
    pub verified: bool,
}

/// Inserts an account; returns its id.
pub fn insert(conn: &mut DbConn, new: &NewUser, now: DateTime<Utc>) -> QueryResult<i64> {
    let at = timestamp(now);
    diesel::insert_into(users::table)
        .values((
            users::email.eq(&new.email),
            users::display_name.eq(&new.display_name),
            users::language.eq(&new.language),
            users::password_hash.eq(&new.password_hash),
            users::email_verified_at.eq(new.verified.then_some(at)),
            users::city_id.eq(new.city_id),
            users::role.eq(new.role.name()),
            users::can_sign.eq(new.can_sign),
            users::created_at.eq(at),
        ))
        .returning(users::id)
        .get_result(conn)
}

/// The open account with this (normalised) address, with its password hash.
pub fn find_by_email(
    conn: &mut DbConn,
    email: &str,
) -> QueryResult<Option<(User, Option<String>)>> {
    users::table
        .left_join(cities::table)
        .filter(users::email.eq(email))
        .filter(users::closed_at.is_null())
        .select((
            UserRow::as_select(),
            cities::require_second_factor.nullable(),
            users::password_hash,
        ))
        .first::<(UserRow, Option<bool>, Option<String>)>(conn)
        .optional()?
        .map(|(row, requires, hash)| Ok((row.into_user(requires)?, hash)))
        .transpose()
}

/// The open account with this id.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<Option<User>> {
    users::table
        .left_join(cities::table)
        .filter(users::id.eq(id))
        .filter(users::closed_at.is_null())
        .select((
            UserRow::as_select(),
            cities::require_second_factor.nullable(),
        ))
        .first::<(UserRow, Option<bool>)>(conn)
        .optional()?
        .map(|(row, requires)| row.into_user(requires))
        .transpose()
}

/// Staff of a city, by name.
pub fn staff_of(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<User>> {
    users::table
        .left_join(cities::table)
        .filter(users::city_id.eq(city_id))
        .filter(users::closed_at.is_null())
        .order(users::display_name)
        .select((
            UserRow::as_select(),
            cities::require_second_factor.nullable(),
        ))
        .load::<(UserRow, Option<bool>)>(conn)?
        .into_iter()
        .map(|(row, requires)| row.into_user(requires))
        .collect()
}

/// Confirms the account's address.
pub fn mark_verified(conn: &mut DbConn, user_id: i64, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .filter(users::email_verified_at.is_null())
        .set(users::email_verified_at.eq(timestamp(now)))
        .execute(conn)
        .map(drop)
}

/// Replaces the password hash.
pub fn set_password(conn: &mut DbConn, user_id: i64, hash: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(hash))
        .execute(conn)
        .map(drop)
}

/// Stores a token (its hash) for `purpose`, valid for the purpose's lifetime.
pub fn insert_token(
    conn: &mut DbConn,
    user_id: i64,
    purpose: TokenPurpose,
    token_hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(tokens::table)
        .values((
            tokens::token_hash.eq(token_hash),
            tokens::purpose.eq(purpose.name()),
            tokens::user_id.eq(user_id),
            tokens::created_at.eq(timestamp(now)),
            tokens::expires_at.eq(timestamp(now + purpose.lifetime())),
        ))
        .execute(conn)
        .map(drop)
}

/// Uses a token: succeeds once, before expiry, for its purpose; returns the
/// account it belongs to. The guarded UPDATE makes a second use (even a
/// simultaneous one) find nothing.
pub fn consume_token(
    conn: &mut DbConn,
    token_hash: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> QueryResult<Option<i64>> {
    let at = timestamp(now);
    conn.transaction(|conn| {
        let used = diesel::update(tokens::table)
            .filter(tokens::token_hash.eq(token_hash))
            .filter(tokens::purpose.eq(purpose.name()))
            .filter(tokens::used_at.is_null())
            .filter(tokens::expires_at.gt(at))
            .set(tokens::used_at.eq(at))
            .execute(conn)?;
        if used == 0 {
            return Ok(None);
        }
        tokens::table
            .filter(tokens::token_hash.eq(token_hash))
            .select(tokens::user_id)
            .first(conn)
            .map(Some)
    })
}

/// Whether a token is usable now, without using it (to show its form).
pub fn token_is_valid(
    conn: &mut DbConn,
    token_hash: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        tokens::table
            .filter(tokens::token_hash.eq(token_hash))
            .filter(tokens::purpose.eq(purpose.name()))
            .filter(tokens::used_at.is_null())
            .filter(tokens::expires_at.gt(timestamp(now))),
    ))
    .get_result(conn)
}

/// Opens a session (stored by the hash of its cookie value).
pub fn insert_session(
    conn: &mut DbConn,
    id_hash: &str,
    user_id: i64,
    now: DateTime<Utc>,
    lifetime: TimeDelta,
) -> QueryResult<()> {
    let at = timestamp(now);
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(id_hash),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(at),
            sessions::expires_at.eq(timestamp(now + lifetime)),
            sessions::last_seen_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// The account of a live session, and whether the session passed the
/// second factor.
pub fn session_user(
    conn: &mut DbConn,
    id_hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<Option<(User, bool)>> {
    sessions::table
        .inner_join(users::table.left_join(cities::table))
        .filter(sessions::id.eq(id_hash))
        .filter(sessions::expires_at.gt(timestamp(now)))
        .filter(users::closed_at.is_null())
        .select((
            UserRow::as_select(),
            cities::require_second_factor.nullable(),
            sessions::second_factor_done,
        ))
        .first::<(UserRow, Option<bool>, bool)>(conn)
        .optional()?
        .map(|(row, requires, done)| Ok((row.into_user(requires)?, done)))
        .transpose()
}

/// Records that a session passed the second factor.
pub fn mark_second_factor_done(conn: &mut DbConn, id_hash: &str) -> QueryResult<()> {
    diesel::update(sessions::table.filter(sessions::id.eq(id_hash)))
        .set(sessions::second_factor_done.eq(true))
        .execute(conn)
        .map(drop)
}

/// Ends a session.
pub fn delete_session(conn: &mut DbConn, id_hash: &str) -> QueryResult<()> {
    diesel::delete(sessions::table.filter(sessions::id.eq(id_hash)))
        .execute(conn)
        .map(drop)
}

/// Records an authentication attempt under `scope` (a hash of the account
/// or of the address, never the address itself).
pub fn record_attempt(conn: &mut DbConn, scope: &str, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::insert_into(auth_attempts::table)
        .values((
            auth_attempts::scope.eq(scope),
            auth_attempts::attempted_at.eq(timestamp(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// Attempts under `scope` since `since`.
pub fn count_attempts(conn: &mut DbConn, scope: &str, since: DateTime<Utc>) -> QueryResult<i64> {
    auth_attempts::table
        .filter(auth_attempts::scope.eq(scope))
        .filter(auth_attempts::attempted_at.gt(timestamp(since)))
        .count()
        .get_result(conn)
}

/// Ends every session of an account (after a password change, or when the
/// account is closed).
pub fn delete_sessions_of(conn: &mut DbConn, user_id: i64) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)
}

/// Changes what the person may edit about themselves.
pub fn update_profile(
    conn: &mut DbConn,
    user_id: i64,
    display_name: &str,
    public_name: Option<&str>,
    language: &str,
) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set((
            users::display_name.eq(display_name),
            users::public_name.eq(public_name),
            users::language.eq(language),
        ))
        .execute(conn)
        .map(drop)
}

/// A party the person belongs to.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct Membership {
    /// The party's name.
    pub party: String,
    /// Its kind.
    pub kind: String,
    /// Whether the person represents it.
    pub is_representative: bool,
}

/// The parties a person belongs to, by name.
pub fn memberships_of(conn: &mut DbConn, user_id: i64) -> QueryResult<Vec<Membership>> {
    use super::schema::{memberships, parties};
    memberships::table
        .inner_join(parties::table)
        .filter(memberships::user_id.eq(user_id))
        .order(parties::name)
        .select((parties::name, parties::kind, memberships::is_representative))
        .load(conn)
}

/// Everything the registry holds about one person, for them to download.
#[derive(Debug, Clone, Serialize)]
pub struct PersonalData {
    /// The account.
    pub account: User,
    /// Parties they belong to.
    pub memberships: Vec<Membership>,
    /// Open sessions: when each started and ends.
    pub sessions: Vec<(NaiveDateTime, NaiveDateTime)>,
    /// Messages sent to them: subject, queued, delivered.
    pub messages: Vec<(String, NaiveDateTime, Option<NaiveDateTime>)>,
    /// Single-use links issued to them: purpose, issued, used.
    pub links: Vec<(String, NaiveDateTime, Option<NaiveDateTime>)>,
}

/// Collects [`PersonalData`] for an account.
pub fn personal_data(conn: &mut DbConn, user: User) -> QueryResult<PersonalData> {
    use super::schema::outbox;
    let sessions = sessions::table
        .filter(sessions::user_id.eq(user.id))
        .order(sessions::created_at)
        .select((sessions::created_at, sessions::expires_at))
        .load(conn)?;
    let messages = outbox::table
        .filter(outbox::recipient.eq(&user.email))
        .order(outbox::id)
        .select((outbox::subject, outbox::created_at, outbox::sent_at))
        .load(conn)?;
    let links = tokens::table
        .filter(tokens::user_id.eq(user.id))
        .order(tokens::id)
        .select((tokens::purpose, tokens::created_at, tokens::used_at))
        .load(conn)?;
    Ok(PersonalData {
        memberships: memberships_of(conn, user.id)?,
        account: user,
        sessions,
        messages,
        links,
    })
}

/// Closes an account: the address, password, second factor, sessions,
/// links and memberships go; the name stays on what the person did in
/// pacts (history, signatures), as the registry must keep those.
pub fn close(conn: &mut DbConn, user_id: i64, now: DateTime<Utc>) -> QueryResult<()> {
    use super::schema::memberships;
    conn.transaction(|conn| {
        diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)?;
        diesel::delete(tokens::table.filter(tokens::user_id.eq(user_id))).execute(conn)?;
        diesel::delete(memberships::table.filter(memberships::user_id.eq(user_id)))
            .execute(conn)?;
        diesel::update(users::table.find(user_id))
            .set((
                users::email.eq(format!("closed-{user_id}@invalid")),
                users::public_name.eq(None::<String>),
                users::password_hash.eq(None::<String>),
                users::totp_secret.eq(None::<String>),
                users::totp_enabled_at.eq(None::<NaiveDateTime>),
                users::closed_at.eq(timestamp(now)),
            ))
            .execute(conn)
            .map(drop)
    })
}

/// The account's TOTP secret (pending or enabled) and the last step used.
pub fn totp_state(conn: &mut DbConn, user_id: i64) -> QueryResult<(Option<String>, Option<i64>)> {
    users::table
        .find(user_id)
        .select((users::totp_secret, users::totp_last_step))
        .first(conn)
}

/// Stores a new secret awaiting its first code (second factor not yet on).
pub fn set_pending_totp(conn: &mut DbConn, user_id: i64, secret: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .filter(users::totp_enabled_at.is_null())
        .set((
            users::totp_secret.eq(secret),
            users::totp_last_step.eq(None::<i64>),
        ))
        .execute(conn)
        .map(drop)
}

/// Uses a TOTP step: succeeds only if it is later than the last one used,
/// so that a code cannot be replayed.
pub fn use_totp_step(conn: &mut DbConn, user_id: i64, step: i64) -> QueryResult<bool> {
    diesel::update(users::table.find(user_id))
        .filter(
            users::totp_last_step
                .is_null()
                .or(users::totp_last_step.lt(step)),
        )
        .set(users::totp_last_step.eq(step))
        .execute(conn)
        .map(|n| n == 1)
}

/// Turns the second factor on, replacing any recovery codes.
pub fn enable_totp(
    conn: &mut DbConn,
    user_id: i64,
    code_hashes: &[String],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    conn.transaction(|conn| {
        diesel::update(users::table.find(user_id))
            .set(users::totp_enabled_at.eq(timestamp(now)))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
            .execute(conn)?;
        for hash in code_hashes {
            diesel::insert_into(recovery_codes::table)
                .values((
                    recovery_codes::user_id.eq(user_id),
                    recovery_codes::code_hash.eq(hash),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Turns the second factor off and forgets the secret and recovery codes.
pub fn disable_totp(conn: &mut DbConn, user_id: i64) -> QueryResult<()> {
    conn.transaction(|conn| {
        diesel::update(users::table.find(user_id))
            .set((
                users::totp_secret.eq(None::<String>),
                users::totp_enabled_at.eq(None::<NaiveDateTime>),
                users::totp_last_step.eq(None::<i64>),
            ))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
            .execute(conn)
            .map(drop)
    })
}

/// Uses a recovery code once.
pub fn use_recovery_code(
    conn: &mut DbConn,
    user_id: i64,
    code_hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(recovery_codes::table)
        .filter(recovery_codes::user_id.eq(user_id))
        .filter(recovery_codes::code_hash.eq(code_hash))
        .filter(recovery_codes::used_at.is_null())
        .set(recovery_codes::used_at.eq(timestamp(now)))
        .execute(conn)
        .map(|n| n == 1)
}

/// Recovery codes not yet used.
pub fn recovery_codes_left(conn: &mut DbConn, user_id: i64) -> QueryResult<i64> {
    recovery_codes::table
        .filter(recovery_codes::user_id.eq(user_id))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}

/// Ties a staff member to districts of their city (replacing any before).
pub fn set_districts(conn: &mut DbConn, user_id: i64, district_ids: &[i64]) -> QueryResult<()> {
    use super::schema::staff_districts;
    diesel::delete(staff_districts::table.filter(staff_districts::user_id.eq(user_id)))
        .execute(conn)?;
    for district in district_ids {
        diesel::insert_into(staff_districts::table)
            .values((
                staff_districts::user_id.eq(user_id),
                staff_districts::district_id.eq(district),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The names of the districts each staff member of a city is tied to.
pub fn districts_of_staff(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<(i64, String)>> {
    use super::schema::{districts, staff_districts};
    staff_districts::table
        .inner_join(districts::table)
        .filter(districts::city_id.eq(city_id))
        .order(districts::name)
        .select((staff_districts::user_id, districts::name))
        .load(conn)
}

//! Signing requests: one per signatory of an approved version, with the
//! evidence of each signature or refusal; the agreements issued when the
//! last signature lands. Each function is one statement or one small
//! transaction; `crate::signatures` composes them into the flow.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{
    agreements, amendments, memberships, pact_parties, pacts, parties, signing_requests, users,
};
use super::{DbConn, timestamp, vocab};
use crate::domain::signing::{Method, RequestState, Slot};
use crate::domain::vocab::{PartyKind, PartyRole, Vocabulary};

/// A signing request as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = signing_requests)]
struct RequestRow {
    id: i64,
    pact_id: i64,
    version_number: i32,
    version_sha256: String,
    step: i32,
    user_id: i64,
    party_id: i64,
    for_city: bool,
    capacity: String,
    state: String,
    token_expires_at: Option<NaiveDateTime>,
    last_sent_at: Option<NaiveDateTime>,
    reminders_sent: i32,
    signed_name: Option<String>,
    answered_at: Option<NaiveDateTime>,
    ip: Option<String>,
    method: Option<String>,
    decline_reason: Option<String>,
}

/// A signing request with its signatory.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    /// Id.
    pub id: i64,
    /// The pact.
    pub pact_id: i64,
    /// The version to sign.
    pub version_number: i32,
    /// Its SHA-256, as it was when the request was made.
    pub version_sha256: String,
    /// When, in the signing order.
    pub step: i32,
    /// The signatory's account.
    pub user_id: i64,
    /// The party signed for.
    pub party_id: i64,
    /// Whether the signatory signs for the city.
    pub for_city: bool,
    /// The party's name when the request was made.
    pub capacity: String,
    /// Where it stands.
    pub state: RequestState,
    /// When the current link stops working (none sent yet: `None`).
    pub link_expires_at: Option<NaiveDateTime>,
    /// When the link was last e-mailed.
    pub last_sent_at: Option<NaiveDateTime>,
    /// Reminders sent.
    pub reminders_sent: i32,
    /// The full name typed to sign.
    pub signed_name: Option<String>,
    /// When it was signed or declined.
    pub answered_at: Option<NaiveDateTime>,
    /// From which network address.
    #[serde(skip)]
    pub ip: Option<String>,
    /// How the signatory was identified.
    pub method: Option<Method>,
    /// Why they declined.
    pub decline_reason: Option<String>,
    /// The signatory's name on their account.
    pub name: String,
    /// The name they chose to publish, if any.
    #[serde(skip)]
    pub public_name: Option<String>,
    /// Their address.
    #[serde(skip)]
    pub email: String,
    /// Their language.
    #[serde(skip)]
    pub language: String,
    /// The kind of party signed for.
    pub party_kind: PartyKind,
    /// The party's public name (for a private person, what they publish).
    pub party_public_name: Option<String>,
}

impl Request {
    /// The request as the ordering rules see it.
    pub fn slot(&self) -> Slot {
        Slot {
            step: self.step,
            state: self.state,
        }
    }
}

type PersonRow = (
    String,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
);

/// Requests joined with their signatory and party.
macro_rules! request_query {
    () => {
        signing_requests::table
            .inner_join(users::table.on(users::id.eq(signing_requests::user_id)))
            .inner_join(parties::table.on(parties::id.eq(signing_requests::party_id)))
    };
}

fn into_request((row, person): (RequestRow, PersonRow)) -> QueryResult<Request> {
    let (name, public_name, email, language, party_kind, party_public_name) = person;
    Ok(Request {
        id: row.id,
        pact_id: row.pact_id,
        version_number: row.version_number,
        version_sha256: row.version_sha256,
        step: row.step,
        user_id: row.user_id,
        party_id: row.party_id,
        for_city: row.for_city,
        capacity: row.capacity,
        state: vocab(&row.state)?,
        link_expires_at: row.token_expires_at,
        last_sent_at: row.last_sent_at,
        reminders_sent: row.reminders_sent,
        signed_name: row.signed_name,
        answered_at: row.answered_at,
        ip: row.ip,
        method: row.method.as_deref().map(vocab).transpose()?,
        decline_reason: row.decline_reason,
        name,
        public_name,
        email,
        language,
        party_kind: vocab(&party_kind)?,
        party_public_name,
    })
}

macro_rules! load_requests {
    ($query:expr, $conn:expr) => {
        $query
            .select((
                RequestRow::as_select(),
                (
                    users::display_name,
                    users::public_name,
                    users::email,
                    users::language,
                    parties::kind,
                    parties::public_name,
                ),
            ))
            .load::<(RequestRow, PersonRow)>($conn)?
            .into_iter()
            .map(into_request)
            .collect::<QueryResult<Vec<Request>>>()
    };
}

/// The requests of a pact's latest signing round (the latest version sent
/// for signature), in signing order; empty before any.
pub fn round(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Request>> {
    let latest: Option<i32> = signing_requests::table
        .filter(signing_requests::pact_id.eq(pact_id))
        .select(diesel::dsl::max(signing_requests::version_number))
        .first(conn)?;
    let Some(version) = latest else {
        return Ok(Vec::new());
    };
    load_requests!(
        request_query!()
            .filter(signing_requests::pact_id.eq(pact_id))
            .filter(signing_requests::version_number.eq(version))
            .order((signing_requests::step, signing_requests::position)),
        conn
    )
}

/// The request whose link carries this token hash.
pub fn by_token(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<Request>> {
    Ok(load_requests!(
        request_query!().filter(signing_requests::token_hash.eq(token_hash)),
        conn
    )?
    .pop())
}

/// A request by id.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<Option<Request>> {
    Ok(load_requests!(request_query!().filter(signing_requests::id.eq(id)), conn)?.pop())
}

/// The request of `user_id` in the pact's latest round, if they have one.
pub fn of_user(conn: &mut DbConn, pact_id: i64, user_id: i64) -> QueryResult<Option<Request>> {
    Ok(round(conn, pact_id)?
        .into_iter()
        .filter(|r| r.user_id == user_id && r.state != RequestState::Cancelled)
        .min_by_key(|r| (r.state != RequestState::Pending, r.step)))
}

/// The pending requests of `user_id`, for their account page: request id,
/// city slug, pact number and title.
pub fn pending_of_user(
    conn: &mut DbConn,
    user_id: i64,
) -> QueryResult<Vec<(i64, String, String, String)>> {
    use super::schema::cities;
    signing_requests::table
        .inner_join(pacts::table)
        .inner_join(cities::table.on(cities::id.eq(pacts::city_id)))
        .filter(signing_requests::user_id.eq(user_id))
        .filter(signing_requests::state.eq(RequestState::Pending.name()))
        .order(signing_requests::id)
        .select((
            signing_requests::id,
            cities::slug,
            pacts::number,
            pacts::title,
        ))
        .load(conn)
}

/// Someone who will sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatory {
    /// Their account.
    pub user_id: i64,
    /// The party they sign for.
    pub party_id: i64,
    /// The party's name.
    pub party_name: String,
    /// Whether they sign for the city.
    pub for_city: bool,
}

/// The signatories of a pact's parties other than the city, in the pact's
/// order: each party's representatives with an open account. `Err` names
/// a party nobody can sign for.
pub fn party_signatories(
    conn: &mut DbConn,
    pact_id: i64,
) -> QueryResult<Result<Vec<Signatory>, String>> {
    let rows: Vec<(i64, String, String)> = pact_parties::table
        .inner_join(parties::table)
        .filter(pact_parties::pact_id.eq(pact_id))
        .filter(pact_parties::role.ne(PartyRole::City.name()))
        .order(pact_parties::position)
        .select((parties::id, parties::name, parties::kind))
        .load(conn)?;
    let mut signatories = Vec::new();
    for (party_id, party_name, _) in rows {
        let representatives: Vec<i64> = memberships::table
            .inner_join(users::table)
            .filter(memberships::party_id.eq(party_id))
            .filter(memberships::is_representative.eq(true))
            .filter(users::closed_at.is_null())
            .order(memberships::id)
            .select(users::id)
            .load(conn)?;
        if representatives.is_empty() {
            return Ok(Err(party_name));
        }
        signatories.extend(representatives.into_iter().map(|user_id| Signatory {
            user_id,
            party_id,
            party_name: party_name.clone(),
            for_city: false,
        }));
    }
    Ok(Ok(signatories))
}

/// The party standing for the city in a pact: id and name.
pub fn city_party(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<(i64, String)>> {
    pact_parties::table
        .inner_join(parties::table)
        .filter(pact_parties::pact_id.eq(pact_id))
        .filter(pact_parties::role.eq(PartyRole::City.name()))
        .order(pact_parties::position)
        .select((parties::id, parties::name))
        .first(conn)
        .optional()
}

/// A request to insert.
#[derive(Debug, Clone)]
pub struct NewRequest<'a> {
    /// Pact.
    pub pact_id: i64,
    /// Version number and SHA-256.
    pub version: (i32, &'a str),
    /// Step and position.
    pub order: (i32, i32),
    /// The signatory.
    pub signatory: &'a Signatory,
    /// The officer who sent the version for signature.
    pub requested_by: i64,
}

/// Inserts a pending request, with no link sent yet. Returns its id.
pub fn insert(conn: &mut DbConn, new: &NewRequest<'_>, now: DateTime<Utc>) -> QueryResult<i64> {
    diesel::insert_into(signing_requests::table)
        .values((
            signing_requests::pact_id.eq(new.pact_id),
            signing_requests::version_number.eq(new.version.0),
            signing_requests::version_sha256.eq(new.version.1),
            signing_requests::step.eq(new.order.0),
            signing_requests::position.eq(new.order.1),
            signing_requests::user_id.eq(new.signatory.user_id),
            signing_requests::party_id.eq(new.signatory.party_id),
            signing_requests::for_city.eq(new.signatory.for_city),
            signing_requests::capacity.eq(&new.signatory.party_name),
            signing_requests::state.eq(RequestState::Pending.name()),
            signing_requests::reminders_sent.eq(0),
            signing_requests::code_attempts.eq(0),
            signing_requests::requested_by.eq(new.requested_by),
            signing_requests::created_at.eq(timestamp(now)),
        ))
        .returning(signing_requests::id)
        .get_result(conn)
}

/// Gives a pending request a new link (the previous one stops working),
/// valid until `expires`. With `reminder`, the number of reminders the
/// caller saw: the link counts as one more, and is not given if another
/// runner counted it meanwhile. Returns whether the link was given.
pub fn set_link(
    conn: &mut DbConn,
    id: i64,
    token_hash: &str,
    (now, expires): (DateTime<Utc>, DateTime<Utc>),
    reminder: Option<i32>,
) -> QueryResult<bool> {
    let target = signing_requests::table
        .filter(signing_requests::id.eq(id))
        .filter(signing_requests::state.eq(RequestState::Pending.name()));
    let values = (
        signing_requests::token_hash.eq(token_hash),
        signing_requests::token_expires_at.eq(timestamp(expires)),
        signing_requests::last_sent_at.eq(timestamp(now)),
        signing_requests::code_hash.eq(None::<String>),
        signing_requests::code_attempts.eq(0),
    );
    let updated = match reminder {
        Some(seen) => diesel::update(target.filter(signing_requests::reminders_sent.eq(seen)))
            .set((values, signing_requests::reminders_sent.eq(seen + 1)))
            .execute(conn)?,
        None => diesel::update(target).set(values).execute(conn)?,
    };
    Ok(updated == 1)
}

/// City id, number and title of a pact.
pub fn pact_brief(conn: &mut DbConn, pact_id: i64) -> QueryResult<(i64, String, String)> {
    pacts::table
        .find(pact_id)
        .select((pacts::city_id, pacts::number, pacts::title))
        .first(conn)
}

/// Address, name and language of the officer who made a request.
pub fn requested_by(conn: &mut DbConn, id: i64) -> QueryResult<Option<(String, String, String)>> {
    signing_requests::table
        .inner_join(users::table.on(users::id.eq(signing_requests::requested_by)))
        .filter(signing_requests::id.eq(id))
        .filter(users::closed_at.is_null())
        .select((users::email, users::display_name, users::language))
        .first(conn)
        .optional()
}

/// Stores the hash of a one-time code sent to the signatory.
pub fn set_code(
    conn: &mut DbConn,
    id: i64,
    code_hash: &str,
    expires: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(signing_requests::table.find(id))
        .set((
            signing_requests::code_hash.eq(code_hash),
            signing_requests::code_expires_at.eq(timestamp(expires)),
            signing_requests::code_attempts.eq(0),
        ))
        .execute(conn)
        .map(drop)
}

/// Checks a one-time code: counts the attempt, and accepts it when it is
/// the code sent, not expired and not past the attempts allowed.
pub fn check_code(
    conn: &mut DbConn,
    id: i64,
    code_hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let (stored, expires, attempts): (Option<String>, Option<NaiveDateTime>, i32) =
        signing_requests::table
            .find(id)
            .select((
                signing_requests::code_hash,
                signing_requests::code_expires_at,
                signing_requests::code_attempts,
            ))
            .first(conn)?;
    diesel::update(signing_requests::table.find(id))
        .set(signing_requests::code_attempts.eq(signing_requests::code_attempts + 1))
        .execute(conn)?;
    Ok(attempts < crate::domain::signing::CODE_ATTEMPTS
        && expires.is_some_and(|e| e > timestamp(now))
        && stored.is_some_and(|s| crate::security::same_secret(&s, code_hash)))
}

/// The evidence of a signature or a refusal.
#[derive(Debug, Clone)]
pub struct Evidence<'a> {
    /// When.
    pub at: DateTime<Utc>,
    /// From which network address.
    pub ip: &'a str,
    /// With which browser.
    pub user_agent: &'a str,
    /// How the signatory was identified.
    pub method: Method,
}

/// Records the signature on a pending request: its link then only shows
/// that it was signed. Returns whether it was pending (a second submit changes nothing).
pub fn record_signature(
    conn: &mut DbConn,
    id: i64,
    full_name: &str,
    evidence: &Evidence<'_>,
) -> QueryResult<bool> {
    answer(
        conn,
        id,
        RequestState::Signed,
        Some(full_name),
        None,
        evidence,
    )
}

/// Records a refusal with its reason on a pending request.
pub fn record_decline(
    conn: &mut DbConn,
    id: i64,
    reason: &str,
    evidence: &Evidence<'_>,
) -> QueryResult<bool> {
    answer(
        conn,
        id,
        RequestState::Declined,
        None,
        Some(reason),
        evidence,
    )
}

fn answer(
    conn: &mut DbConn,
    id: i64,
    state: RequestState,
    full_name: Option<&str>,
    reason: Option<&str>,
    evidence: &Evidence<'_>,
) -> QueryResult<bool> {
    let target = signing_requests::table
        .filter(signing_requests::id.eq(id))
        .filter(signing_requests::state.eq(RequestState::Pending.name()));
    let updated = diesel::update(target)
        .set((
            signing_requests::state.eq(state.name()),
            signing_requests::signed_name.eq(full_name),
            signing_requests::decline_reason.eq(reason),
            signing_requests::answered_at.eq(timestamp(evidence.at)),
            signing_requests::ip.eq(evidence.ip),
            signing_requests::user_agent.eq(evidence.user_agent),
            signing_requests::method.eq(evidence.method.name()),
            signing_requests::code_hash.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(updated == 1)
}

/// Puts a declined request back to pending (the signatory may answer
/// again). Returns whether it was declined.
pub fn reopen(conn: &mut DbConn, id: i64) -> QueryResult<bool> {
    let target = signing_requests::table
        .filter(signing_requests::id.eq(id))
        .filter(signing_requests::state.eq(RequestState::Declined.name()));
    diesel::update(target)
        .set((
            signing_requests::state.eq(RequestState::Pending.name()),
            signing_requests::answered_at.eq(None::<NaiveDateTime>),
            signing_requests::decline_reason.eq(None::<String>),
            signing_requests::reminders_sent.eq(0),
        ))
        .execute(conn)
        .map(|n| n == 1)
}

/// Cancels one request that is not signed. Returns whether it changed.
pub fn cancel(conn: &mut DbConn, id: i64) -> QueryResult<bool> {
    cancel_ids(conn, &[id]).map(|n| n == 1)
}

/// Cancels every request of a pact not yet signed, when its text leaves
/// the signatures (back to co-design, withdrawn).
pub fn cancel_open(conn: &mut DbConn, pact_id: i64) -> QueryResult<usize> {
    let ids: Vec<i64> = signing_requests::table
        .filter(signing_requests::pact_id.eq(pact_id))
        .select(signing_requests::id)
        .load(conn)?;
    cancel_ids(conn, &ids)
}

/// Cancels those of these requests that are pending or declined.
fn cancel_ids(conn: &mut DbConn, ids: &[i64]) -> QueryResult<usize> {
    let target = signing_requests::table
        .filter(signing_requests::id.eq_any(ids))
        .filter(
            signing_requests::state
                .eq_any([RequestState::Pending.name(), RequestState::Declined.name()]),
        );
    diesel::update(target)
        .set((
            signing_requests::state.eq(RequestState::Cancelled.name()),
            signing_requests::code_hash.eq(None::<String>),
        ))
        .execute(conn)
}

/// The pending requests whose link was sent, of pacts awaiting signatures
/// (of their text, or of an approved amendment): the candidates for a
/// reminder.
pub fn sent_pending(conn: &mut DbConn) -> QueryResult<Vec<Request>> {
    use crate::domain::amendment::AmendmentState;
    use crate::domain::lifecycle::Status;
    let amendment_approved = diesel::dsl::exists(
        amendments::table
            .filter(amendments::pact_id.eq(pacts::id))
            .filter(amendments::state.eq(AmendmentState::Approved.name())),
    );
    load_requests!(
        request_query!()
            .inner_join(pacts::table.on(pacts::id.eq(signing_requests::pact_id)))
            .filter(signing_requests::state.eq(RequestState::Pending.name()))
            .filter(signing_requests::last_sent_at.is_not_null())
            .filter(
                pacts::status
                    .eq(Status::AwaitingSignatures.name())
                    .or(amendment_approved),
            )
            .order(signing_requests::id),
        conn
    )
}

/// Takes the pact's row lock, so that two signatures of one pact are
/// recorded one after the other (and the last one sees every other).
pub fn lock_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<()> {
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::id.eq(pacts::id))
        .execute(conn)
        .map(drop)
}

/// Records the start date agreed when the version was sent for signature.
pub fn set_agreed_start(
    conn: &mut DbConn,
    pact_id: i64,
    start: Option<NaiveDate>,
) -> QueryResult<()> {
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::agreed_start_on.eq(start))
        .execute(conn)
        .map(drop)
}

/// The start date agreed for a pact, if any.
pub fn agreed_start(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<NaiveDate>> {
    pacts::table
        .find(pact_id)
        .select(pacts::agreed_start_on)
        .first(conn)
}

pub use crate::domain::signing::{Edition, SealState};

/// Inserts an issued agreement, waiting for its seal.
pub fn insert_agreement(
    conn: &mut DbConn,
    (pact_id, version): (i64, i32),
    edition: Edition,
    pdf: &[u8],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let at = timestamp(now);
    diesel::insert_into(agreements::table)
        .values((
            agreements::pact_id.eq(pact_id),
            agreements::version_number.eq(version),
            agreements::edition.eq(edition.name()),
            agreements::pdf.eq(pdf),
            agreements::sha256.eq(crate::security::sha256_hex(pdf)),
            agreements::created_at.eq(at),
            agreements::seal_state.eq(SealState::Pending.name()),
            agreements::seal_attempts.eq(0),
            agreements::next_seal_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// An issued agreement, without its bytes.
#[derive(Debug, Clone, Serialize)]
pub struct Issued {
    /// Id.
    pub id: i64,
    /// Pact.
    pub pact_id: i64,
    /// Version signed.
    pub version_number: i32,
    /// Edition.
    pub edition: Edition,
    /// SHA-256 of the file as issued.
    pub sha256: String,
    /// When it was issued.
    pub created_at: NaiveDateTime,
    /// Seal.
    pub seal_state: SealState,
    /// SHA-256 of the sealed file.
    pub sealed_sha256: Option<String>,
    /// The last sealing error.
    pub seal_error: Option<String>,
}

type IssuedRow = (
    i64,
    i64,
    i32,
    String,
    String,
    NaiveDateTime,
    String,
    Option<String>,
    Option<String>,
);

const ISSUED_COLUMNS: (
    agreements::id,
    agreements::pact_id,
    agreements::version_number,
    agreements::edition,
    agreements::sha256,
    agreements::created_at,
    agreements::seal_state,
    agreements::sealed_sha256,
    agreements::seal_error,
) = (
    agreements::id,
    agreements::pact_id,
    agreements::version_number,
    agreements::edition,
    agreements::sha256,
    agreements::created_at,
    agreements::seal_state,
    agreements::sealed_sha256,
    agreements::seal_error,
);

fn into_issued(row: IssuedRow) -> QueryResult<Issued> {
    let (id, pact_id, version_number, edition, sha256, created_at, seal, sealed_sha256, error) =
        row;
    Ok(Issued {
        id,
        pact_id,
        version_number,
        edition: vocab(&edition)?,
        sha256,
        created_at,
        seal_state: vocab(&seal)?,
        sealed_sha256,
        seal_error: error,
    })
}

/// The agreements issued for a pact, latest version first.
pub fn issued_of(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Issued>> {
    agreements::table
        .filter(agreements::pact_id.eq(pact_id))
        .order((agreements::version_number.desc(), agreements::edition))
        .select(ISSUED_COLUMNS)
        .load::<IssuedRow>(conn)?
        .into_iter()
        .map(into_issued)
        .collect()
}

/// The issued agreements whose file (as issued or sealed) has this SHA-256.
pub fn issued_by_file_hash(conn: &mut DbConn, sha256: &str) -> QueryResult<Vec<Issued>> {
    agreements::table
        .filter(
            agreements::sha256
                .eq(sha256)
                .or(agreements::sealed_sha256.eq(sha256)),
        )
        .select(ISSUED_COLUMNS)
        .load::<IssuedRow>(conn)?
        .into_iter()
        .map(into_issued)
        .collect()
}

/// The bytes of the latest agreement of a pact in this edition: sealed
/// when it is, as issued otherwise.
pub fn latest_pdf(
    conn: &mut DbConn,
    pact_id: i64,
    edition: Edition,
) -> QueryResult<Option<(i32, Vec<u8>)>> {
    let row: Option<(i32, Vec<u8>, Option<Vec<u8>>)> = agreements::table
        .filter(agreements::pact_id.eq(pact_id))
        .filter(agreements::edition.eq(edition.name()))
        .order(agreements::version_number.desc())
        .select((
            agreements::version_number,
            agreements::pdf,
            agreements::sealed_pdf,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(version, pdf, sealed)| (version, sealed.unwrap_or(pdf))))
}

/// A party of a pact with its full name, for the agreement's full edition.
#[derive(Debug, Clone)]
pub struct PartyFull {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: PartyKind,
    /// Role in the pact.
    pub role: PartyRole,
    /// Full name.
    pub name: String,
    /// Published name (private persons).
    pub public_name: Option<String>,
}

/// A pact's parties in display order, with their full names.
pub fn parties_of(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<PartyFull>> {
    pact_parties::table
        .inner_join(parties::table)
        .filter(pact_parties::pact_id.eq(pact_id))
        .order(pact_parties::position)
        .select((
            parties::id,
            parties::kind,
            pact_parties::role,
            parties::name,
            parties::public_name,
        ))
        .load::<(i64, String, String, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, kind, role, name, public_name)| {
            Ok(PartyFull {
                id,
                kind: vocab(&kind)?,
                role: vocab(&role)?,
                name,
                public_name,
            })
        })
        .collect()
}

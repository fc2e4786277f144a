//! The signing flow, composed from the domain rules (`domain::signing`),
//! the stored requests (`db::signing`), the agreement PDF and the outbox.
//! Every function here is one transaction: a signature, a refusal, a
//! reminder or the completion of an agreement happens entirely or not at
//! all, with its messages queued in the same transaction.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::QueryResult;

use crate::db::signing::{self as store, Edition, Evidence, NewRequest, Request, Signatory};
use crate::db::{self, DbConn};
use crate::domain::amendment::AmendmentState;
use crate::domain::lifecycle::{Action, Actor, Status};
use crate::domain::notification::NotificationKind;
use crate::domain::signing::{self as rules, Blocked, Consent, RequestState};
use crate::domain::vocab::Vocabulary;
use crate::i18n::Lang;
use crate::mail::messages;

/// Why a step of the flow was refused.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    /// The pact is not waiting for signatures (or no longer).
    #[error("the pact is not awaiting signatures")]
    NotAwaiting,
    /// A round of signatures is already under way for this version.
    #[error("this version was already sent for signature")]
    AlreadySent,
    /// Nobody can sign for this party: it has no representative with an account.
    #[error("nobody can sign for {0}")]
    NoSignatory(String),
    /// The chosen officer may not sign for the city.
    #[error("this officer may not sign for the city")]
    NotASigningOfficer,
    /// The request cannot be signed now.
    #[error(transparent)]
    Blocked(#[from] Blocked),
    /// The text changed since the request was made.
    #[error("the text changed since it was sent for signature")]
    TextChanged,
    /// Cancelling would leave a party with nobody to sign for it.
    #[error("the last signatory of a party cannot be cancelled")]
    LastOfParty,
    /// A link is resent only to a signatory whose turn has come.
    #[error("earlier signatories have not signed yet")]
    NotYetTheirTurn,
    /// The start chosen for a renewal leaves a gap or an overlap that
    /// was not confirmed.
    #[error(transparent)]
    Renewal(#[from] crate::domain::renewal::RenewalError),
    /// The agreement PDF could not be made.
    #[error("the agreement could not be rendered: {0}")]
    Render(String),
    /// The lifecycle refused the activation.
    #[error(transparent)]
    Write(#[from] db::pacts::WriteError),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

impl db::RetryableError for SigningError {
    fn is_retryable(&self) -> bool {
        match self {
            SigningError::Db(e) => e.is_retryable(),
            SigningError::Write(e) => e.is_retryable(),
            _ => false,
        }
    }
}

/// What the flow needs around a pact: its city, number and title.
#[derive(Debug, Clone)]
pub struct PactRef {
    /// The city.
    pub city: db::cities::City,
    /// The pact's id.
    pub pact_id: i64,
    /// Its number.
    pub number: String,
    /// Its title.
    pub title: String,
}

impl PactRef {
    /// Reads the pact with this id and its city.
    pub fn load(conn: &mut DbConn, pact_id: i64) -> QueryResult<PactRef> {
        let (city_id, number, title) = store::pact_brief(conn, pact_id)?;
        Ok(PactRef {
            city: db::cities::get(conn, city_id)?,
            pact_id,
            number,
            title,
        })
    }

    fn page(&self, site: &str) -> String {
        format!("{site}/cities/{}/pacts/{}", self.city.slug, self.number)
    }
}

/// The officer sending a version for signature.
#[derive(Debug, Clone, Copy)]
pub struct Sender<'a> {
    /// Their account.
    pub user_id: i64,
    /// Their name, for the history.
    pub name: &'a str,
}

/// What a round of signatures is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// The pact's approved text: the last signature puts it in force.
    Pact,
    /// The approved amendment (id) of a pact in force: the last signature
    /// makes its text the one in force.
    Amendment(i64),
}

/// What the pact waits for signatures of, if anything.
fn purpose(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<Purpose>> {
    let status = db::pacts::status_of(conn, pact_id)?;
    if status == Status::AwaitingSignatures {
        return Ok(Some(Purpose::Pact));
    }
    if !status.is_in_force() {
        return Ok(None);
    }
    Ok(db::amendments::open_of(conn, pact_id)?
        .filter(|a| a.state == AmendmentState::Approved)
        .map(|a| Purpose::Amendment(a.id)))
}

/// Whether the pact waits for signatures (of its text or of an amendment).
pub fn awaiting(conn: &mut DbConn, pact_id: i64) -> QueryResult<bool> {
    purpose(conn, pact_id).map(|p| p.is_some())
}

/// The first day in force agreed when sending for signature.
#[derive(Debug, Clone, Copy, Default)]
pub struct Start {
    /// The date chosen, if any: otherwise the day of the last signature,
    /// or for a renewal the day after the previous term ends.
    pub on: Option<NaiveDate>,
    /// For a renewal, that a start leaving a gap or an overlap with the
    /// previous term is wanted.
    pub confirmed: bool,
}

/// Sends the approved version of a pact for signature: one request per
/// representative of each party and one for `city_signer`, ordered by the
/// city's rules; e-mails a link to those whose turn it is. Returns how many
/// requests were made.
pub fn send(
    conn: &mut DbConn,
    pact: &PactRef,
    sender: Sender<'_>,
    (city_signer, start): (i64, Start),
    now: DateTime<Utc>,
    site: &str,
) -> Result<usize, SigningError> {
    db::transaction(conn, |conn| {
        store::lock_pact(conn, pact.pact_id)?;
        if purpose(conn, pact.pact_id)?.is_none() {
            return Err(SigningError::NotAwaiting);
        }
        let (version, sha256) = db::pacts::latest_version(conn, pact.pact_id)?;
        let open = store::round(conn, pact.pact_id)?
            .into_iter()
            .any(|r| r.version_number == version && r.state != RequestState::Cancelled);
        if open {
            return Err(SigningError::AlreadySent);
        }
        let mut signatories =
            store::party_signatories(conn, pact.pact_id)?.map_err(SigningError::NoSignatory)?;
        let signer = db::users::staff_of(conn, pact.city.id)?
            .into_iter()
            .find(|u| u.id == city_signer && u.can_sign)
            .ok_or(SigningError::NotASigningOfficer)?;
        let (city_party, city_name) = store::city_party(conn, pact.pact_id)?
            .ok_or_else(|| SigningError::NoSignatory(pact.city.name.clone()))?;
        signatories.push(Signatory {
            user_id: signer.id,
            party_id: city_party,
            party_name: city_name,
            for_city: true,
        });
        let for_city: Vec<bool> = signatories.iter().map(|s| s.for_city).collect();
        let steps = rules::steps(pact.city.signing().order, &for_city);
        for (position, (signatory, step)) in signatories.iter().zip(steps).enumerate() {
            store::insert(
                conn,
                &NewRequest {
                    pact_id: pact.pact_id,
                    version: (version, &sha256),
                    order: (step, i32::try_from(position).unwrap_or(i32::MAX)),
                    signatory,
                    requested_by: sender.user_id,
                },
                now,
            )?;
        }
        let start = match db::renewals::previous_end(conn, pact.pact_id)? {
            // A renewal follows its previous term unless told otherwise.
            Some(previous_end) => match start.on {
                Some(on) => {
                    crate::domain::renewal::check_start(previous_end, on, start.confirmed)?;
                    Some(on)
                }
                None => Some(crate::domain::renewal::next_start(previous_end)),
            },
            None => start.on,
        };
        store::set_agreed_start(conn, pact.pact_id, start)?;
        db::pacts::record_event(
            conn,
            pact.pact_id,
            now,
            (Actor::Officer, sender.name),
            "signatures_requested",
            &format!("v{version} · SHA-256 {sha256}"),
        )?;
        notify_turn(conn, pact, now, site)?;
        Ok(signatories.len())
    })
}

/// E-mails a fresh link to every pending signatory whose turn has come and
/// who has had none yet.
fn notify_turn(
    conn: &mut DbConn,
    pact: &PactRef,
    now: DateTime<Utc>,
    site: &str,
) -> Result<(), SigningError> {
    let round = store::round(conn, pact.pact_id)?;
    let slots: Vec<_> = round.iter().map(Request::slot).collect();
    for request in round.iter().filter(|r| r.last_sent_at.is_none()) {
        if rules::may_sign(&slots, request.slot()).is_ok() {
            send_link(conn, pact, request, (now, site), false)?;
        }
    }
    Ok(())
}

/// Gives a request a new link and e-mails it (as a reminder or not).
fn send_link(
    conn: &mut DbConn,
    pact: &PactRef,
    request: &Request,
    (now, site): (DateTime<Utc>, &str),
    reminder: bool,
) -> Result<bool, SigningError> {
    let (token, hash) = crate::security::new_token();
    let expires = pact.city.signing().link_expiry(now);
    let expected = reminder.then_some(request.reminders_sent);
    if !store::set_link(conn, request.id, &hash, (now, expires), expected)? {
        return Ok(false);
    }
    let lang = Lang::parse(&request.language).unwrap_or_default();
    let mail = messages::signature_requested(
        lang,
        (&request.email, &request.name),
        (&pact.title, &pact.city.name),
        (&request.capacity, &request.version_sha256),
        &format!("{site}/sign/{token}"),
        (db::timestamp(expires), reminder),
    );
    // The personal link stays in the e-mail; the list points to the pact.
    let page = pact.page(site);
    crate::notify::send(conn, &signature_about(pact, &page, true), &mail, now)?;
    Ok(true)
}

/// How a signature went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signed {
    /// Recorded; others still have to sign.
    Recorded,
    /// Recorded, and it was the last: the pact is active.
    Completed,
    /// It had already been recorded (a second submit, another tab).
    Already,
}

/// Signs a request: checks it is pending, for the version still awaiting
/// signatures, and that its turn has come; records the signature with its
/// evidence; then either completes the agreement (the last signature) or
/// e-mails the next signatories.
pub fn sign(
    conn: &mut DbConn,
    request_id: i64,
    consent: &Consent,
    evidence: &Evidence<'_>,
    site: &str,
) -> Result<Signed, SigningError> {
    db::transaction(conn, |conn| {
        let (pact, request) = locked(conn, request_id)?;
        if request.state == RequestState::Signed {
            return Ok(Signed::Already);
        }
        let round = current_round(conn, &request)?;
        let slots: Vec<_> = round.iter().map(Request::slot).collect();
        rules::may_sign(&slots, request.slot())?;
        if !store::record_signature(conn, request.id, &consent.full_name, evidence)? {
            return Ok(Signed::Already);
        }
        db::pacts::record_event(
            conn,
            pact.pact_id,
            evidence.at,
            (actor_of(&request), &public_capacity(&pact, &request)),
            "signed",
            &format!("v{} · {}", request.version_number, evidence.method.name()),
        )?;
        let round = store::round(conn, pact.pact_id)?;
        let slots: Vec<_> = round.iter().map(Request::slot).collect();
        if rules::is_complete(&slots) {
            complete(conn, &pact, &round, evidence.at, site)?;
            Ok(Signed::Completed)
        } else {
            notify_turn(conn, &pact, evidence.at, site)?;
            Ok(Signed::Recorded)
        }
    })
}

fn actor_of(request: &Request) -> Actor {
    if request.for_city {
        Actor::SigningOfficer
    } else {
        Actor::Proponent
    }
}

/// The party a request signs for, as the public may see it.
fn public_capacity(pact: &PactRef, request: &Request) -> String {
    if request.party_kind.is_private_person() {
        let lang = Lang::parse(&pact.city.language).unwrap_or_default();
        request
            .party_public_name
            .clone()
            .unwrap_or_else(|| lang.t("party-anonymous"))
    } else {
        request.capacity.clone()
    }
}

/// The request and its pact, with the pact's row lock taken.
fn locked(conn: &mut DbConn, request_id: i64) -> Result<(PactRef, Request), SigningError> {
    let pact_id = store::get(conn, request_id)?
        .ok_or(diesel::result::Error::NotFound)?
        .pact_id;
    store::lock_pact(conn, pact_id)?;
    let request = store::get(conn, request_id)?.ok_or(diesel::result::Error::NotFound)?;
    Ok((PactRef::load(conn, pact_id)?, request))
}

/// The round of a pending request, checking the pact still waits for the
/// signatures of that very version.
fn current_round(conn: &mut DbConn, request: &Request) -> Result<Vec<Request>, SigningError> {
    if request.state != RequestState::Pending {
        return Err(Blocked::Answered(request.state).into());
    }
    if purpose(conn, request.pact_id)?.is_none() {
        return Err(SigningError::NotAwaiting);
    }
    let (version, sha256) = db::pacts::latest_version(conn, request.pact_id)?;
    if version != request.version_number || sha256 != request.version_sha256 {
        return Err(SigningError::TextChanged);
    }
    Ok(store::round(conn, request.pact_id)?)
}

/// The last signature landed: the pact becomes active from the agreed
/// start date (or, for an amendment, its text becomes the one in force),
/// both editions of the agreement are rendered and stored, and every
/// signatory and the assigned officer are sent a link.
fn complete(
    conn: &mut DbConn,
    pact: &PactRef,
    round: &[Request],
    at: DateTime<Utc>,
    site: &str,
) -> Result<(), SigningError> {
    let version = round.first().map_or(0, |r| r.version_number);
    match purpose(conn, pact.pact_id)? {
        Some(Purpose::Amendment(id)) => {
            let states = (AmendmentState::Approved, AmendmentState::Signed);
            if !db::amendments::set_state(conn, id, states, at)? {
                return Err(SigningError::NotAwaiting);
            }
            db::pacts::set_version_in_force(conn, pact.pact_id, version)?;
            db::pacts::record_event(
                conn,
                pact.pact_id,
                at,
                (Actor::System, "Pacta"),
                "amended",
                &format!("v{version}"),
            )?;
        }
        _ => activate(conn, pact, at)?,
    }
    issue_agreements(conn, pact, (version, round), at, site)
}

/// Puts the pact in force from the agreed start date.
fn activate(conn: &mut DbConn, pact: &PactRef, at: DateTime<Utc>) -> Result<(), SigningError> {
    let agreed = store::agreed_start(conn, pact.pact_id)?;
    // A renewal starts when agreed, even in the past, so that its term
    // follows the previous one without a gap.
    let start = match (db::renewals::previous_end(conn, pact.pact_id)?, agreed) {
        (Some(_), Some(agreed)) => agreed,
        _ => rules::start_date(agreed, at.date_naive()),
    };
    db::pacts::apply(
        conn,
        pact.pact_id,
        &Action::Activate { start },
        Actor::System,
        "Pacta",
        at,
        &pact.city.settings(),
    )?;
    db::reports::set_default_frequency(conn, pact.pact_id)?;
    Ok(())
}

/// Renders and stores both editions of the agreement of `version`, and
/// tells every signatory and the assigned officer.
fn issue_agreements(
    conn: &mut DbConn,
    pact: &PactRef,
    (version, round): (i32, &[Request]),
    at: DateTime<Utc>,
    site: &str,
) -> Result<(), SigningError> {
    for edition in [Edition::Full, Edition::Public] {
        let pdf = crate::agreements::issue(conn, pact, (version, round), edition, site)?;
        store::insert_agreement(conn, (pact.pact_id, version), edition, &pdf, at)?;
    }
    let link = pact.page(site);
    let mut told = Vec::new();
    for request in round.iter().filter(|r| r.state == RequestState::Signed) {
        if told.contains(&request.email) {
            continue;
        }
        told.push(request.email.clone());
        let lang = Lang::parse(&request.language).unwrap_or_default();
        let mail = messages::agreement_issued(
            lang,
            (&request.email, &request.name),
            (&pact.title, &pact.number),
            &link,
        );
        crate::notify::send(conn, &signature_about(pact, &link, true), &mail, at)?;
    }
    if let Some((email, name, language)) = db::review::assignee_contact(conn, pact.pact_id)?
        && !told.contains(&email)
    {
        let lang = Lang::parse(&language).unwrap_or_default();
        let mail =
            messages::agreement_issued(lang, (&email, &name), (&pact.title, &pact.number), &link);
        crate::notify::send(conn, &signature_about(pact, &link, false), &mail, at)?;
    }
    Ok(())
}

/// Declines a request with a reason: recorded with its evidence, and the
/// officers and the other signatories are told.
pub fn decline(
    conn: &mut DbConn,
    request_id: i64,
    reason: &str,
    evidence: &Evidence<'_>,
    site: &str,
) -> Result<(), SigningError> {
    db::transaction(conn, |conn| {
        let (pact, request) = locked(conn, request_id)?;
        let round = current_round(conn, &request)?;
        if !store::record_decline(conn, request.id, reason, evidence)? {
            return Err(Blocked::Answered(request.state).into());
        }
        db::pacts::record_event(
            conn,
            pact.pact_id,
            evidence.at,
            (actor_of(&request), &public_capacity(&pact, &request)),
            "signature_declined",
            &format!("v{}", request.version_number),
        )?;
        let mut told = vec![request.email.clone()];
        // The other signatories (parties), then the officers concerned.
        let mut recipients: Vec<(String, String, String, bool)> = round
            .iter()
            .filter(|r| r.state != RequestState::Cancelled)
            .map(|r| (r.email.clone(), r.name.clone(), r.language.clone(), true))
            .collect();
        let officers = db::review::assignee_contact(conn, pact.pact_id)?
            .into_iter()
            .chain(store::requested_by(conn, request.id)?);
        recipients.extend(officers.map(|(email, name, language)| (email, name, language, false)));
        let page = pact.page(site);
        for (email, name, language, party) in recipients {
            if told.contains(&email) {
                continue;
            }
            told.push(email.clone());
            let lang = Lang::parse(&language).unwrap_or_default();
            let mail = messages::signature_declined(
                lang,
                (&email, &name),
                &pact.title,
                (&request.name, &request.capacity),
                reason,
                &page,
            );
            let about = signature_about(&pact, &page, party);
            crate::notify::send(conn, &about, &mail, evidence.at)?;
        }
        Ok(())
    })
}

/// A notification about the signatures of `pact`, pointing to its page.
fn signature_about<'a>(pact: &PactRef, page: &'a str, party: bool) -> crate::notify::About<'a> {
    crate::notify::About {
        kind: NotificationKind::Signature,
        pact_id: Some(pact.pact_id),
        party,
        link: page,
    }
}

/// An officer sends a signatory a new link (a declined request is put
/// back to pending first, for a signatory who changed their mind).
pub fn resend(
    conn: &mut DbConn,
    request_id: i64,
    now: DateTime<Utc>,
    site: &str,
) -> Result<(), SigningError> {
    db::transaction(conn, |conn| {
        let (pact, request) = locked(conn, request_id)?;
        if request.state == RequestState::Declined {
            store::reopen(conn, request.id)?;
        }
        let request = store::get(conn, request_id)?.ok_or(diesel::result::Error::NotFound)?;
        let round = current_round(conn, &request)?;
        let slots: Vec<_> = round.iter().map(Request::slot).collect();
        if rules::may_sign(&slots, request.slot()).is_err() {
            return Err(SigningError::NotYetTheirTurn);
        }
        send_link(conn, &pact, &request, (now, site), false)?;
        Ok(())
    })
}

/// An officer cancels one signatory's request (another representative
/// signs for the party); refused for the last one of a party. When the
/// others have all signed, the agreement is complete.
pub fn cancel(
    conn: &mut DbConn,
    request_id: i64,
    (officer, now): (&str, DateTime<Utc>),
    site: &str,
) -> Result<Signed, SigningError> {
    db::transaction(conn, |conn| {
        let (pact, request) = locked(conn, request_id)?;
        if !matches!(
            request.state,
            RequestState::Pending | RequestState::Declined
        ) {
            return Err(Blocked::Answered(request.state).into());
        }
        let round = store::round(conn, pact.pact_id)?;
        let others = round.iter().any(|r| {
            r.id != request.id
                && r.party_id == request.party_id
                && r.state != RequestState::Cancelled
        });
        if !others {
            return Err(SigningError::LastOfParty);
        }
        store::cancel(conn, request.id)?;
        db::pacts::record_event(
            conn,
            pact.pact_id,
            now,
            (Actor::Officer, officer),
            "signature_cancelled",
            &public_capacity(&pact, &request),
        )?;
        let round = store::round(conn, pact.pact_id)?;
        let slots: Vec<_> = round.iter().map(Request::slot).collect();
        if rules::is_complete(&slots) {
            complete(conn, &pact, &round, now, site)?;
            Ok(Signed::Completed)
        } else {
            notify_turn(conn, &pact, now, site)?;
            Ok(Signed::Recorded)
        }
    })
}

/// Sends the reminders due `now`: to each signatory whose link went out
/// the city's number of days ago without an answer, up to the city's cap.
/// Each reminder is counted in the same transaction as its message, and
/// only if nobody counted it meanwhile, so two runners never send it
/// twice. Returns how many were sent.
pub fn send_reminders(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    site: &str,
) -> Result<usize, SigningError> {
    let mut sent = 0;
    // Several signatories of one pact: its city is read once.
    let mut pacts: std::collections::HashMap<i64, PactRef> = std::collections::HashMap::new();
    for request in store::sent_pending(conn)? {
        let pact = match pacts.entry(request.pact_id) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(PactRef::load(conn, request.pact_id)?)
            }
        };
        let Some(last) = request.last_sent_at else {
            continue;
        };
        let count = u32::try_from(request.reminders_sent).unwrap_or(u32::MAX);
        if !pact.city.signing().reminder_due(last.and_utc(), count, now) {
            continue;
        }
        let done = db::transaction(conn, |conn| {
            send_link(conn, pact, &request, (now, site), true)
        })?;
        if done {
            sent += 1;
        }
    }
    Ok(sent)
}

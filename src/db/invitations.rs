//! Invitations to join a proposal as co-proponent: created with the
//! proposal (or later by its author), answered once through an e-mailed
//! link. Accepting adds the person (alone, or for an organisation they
//! represent) to the pact's parties and says so in its history.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{invitations, memberships, pact_parties, pacts, parties};
use super::{DbConn, timestamp};
use crate::domain::lifecycle::{Actor, Status};
use crate::domain::vocab::{PartyKind, PartyRole, Vocabulary};

/// Statuses in which a proposal takes new co-proponents: until its text is
/// final.
pub const OPEN_TO_CO_PROPONENTS: [Status; 5] = [
    Status::Submitted,
    Status::UnderReview,
    Status::AwaitingDocuments,
    Status::PublishedForComments,
    Status::CoDesign,
];

/// An invitation.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invitations)]
pub struct Invitation {
    /// Id.
    pub id: i64,
    /// The pact.
    pub pact_id: i64,
    /// The invited address.
    pub email: String,
    /// Who invited.
    pub invited_by: i64,
    /// Sent (UTC).
    pub created_at: NaiveDateTime,
    /// Until when the link works (UTC).
    pub expires_at: NaiveDateTime,
    /// When it was answered.
    pub answered_at: Option<NaiveDateTime>,
    /// Whether it was accepted, once answered.
    pub accepted: Option<bool>,
    /// The public comment asking to join it answers, if any: then the
    /// address is not shown to the proposal's author.
    pub comment_id: Option<i64>,
}

/// Records an invitation, unless this address was already invited to this
/// pact. Returns whether it is new.
pub fn create(
    conn: &mut DbConn,
    pact_id: i64,
    email: &str,
    token_hash: &str,
    (invited_by, comment_id): (i64, Option<i64>),
    now: DateTime<Utc>,
    expires: DateTime<Utc>,
) -> QueryResult<bool> {
    let already: i64 = invitations::table
        .filter(invitations::pact_id.eq(pact_id))
        .filter(invitations::email.eq(email))
        .count()
        .get_result(conn)?;
    if already > 0 {
        return Ok(false);
    }
    diesel::insert_into(invitations::table)
        .values((
            invitations::pact_id.eq(pact_id),
            invitations::email.eq(email),
            invitations::token_hash.eq(token_hash),
            invitations::invited_by.eq(invited_by),
            invitations::comment_id.eq(comment_id),
            invitations::created_at.eq(timestamp(now)),
            invitations::expires_at.eq(timestamp(expires)),
        ))
        .execute(conn)?;
    Ok(true)
}

/// The invitation a link's token stands for.
pub fn by_token(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<Invitation>> {
    invitations::table
        .filter(invitations::token_hash.eq(token_hash))
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

/// A pact's invitations, oldest first.
pub fn of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Invitation>> {
    invitations::table
        .filter(invitations::pact_id.eq(pact_id))
        .order(invitations::id)
        .select(Invitation::as_select())
        .load(conn)
}

/// How the invited person joins.
#[derive(Debug, Clone)]
pub enum JoinAs {
    /// In their own name: a new individual party, which they represent.
    Individual {
        /// Their name, for the city.
        name: String,
        /// The name they publish, if any.
        public_name: Option<String>,
    },
    /// For an organisation of the city they represent.
    Party(i64),
}

/// Why an answer was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    /// Answered already (a double click, two tabs).
    #[error("already answered")]
    AlreadyAnswered,
    /// The proposal no longer takes co-proponents.
    #[error("too late")]
    Closed,
    /// The organisation named is not one they represent in the city.
    #[error("not a representative of this party")]
    NotRepresentative,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

impl super::RetryableError for AnswerError {
    fn is_retryable(&self) -> bool {
        matches!(self, AnswerError::Db(e) if e.is_retryable())
    }
}

/// Marks the invitation answered, if nobody did; the guard of every answer.
fn mark_answered(
    conn: &mut DbConn,
    id: i64,
    user_id: i64,
    accepted: bool,
    at: NaiveDateTime,
) -> Result<(), AnswerError> {
    let updated = diesel::update(invitations::table)
        .filter(invitations::id.eq(id))
        .filter(invitations::answered_at.is_null())
        .set((
            invitations::answered_at.eq(at),
            invitations::accepted.eq(accepted),
            invitations::user_id.eq(user_id),
        ))
        .execute(conn)?;
    if updated == 1 {
        Ok(())
    } else {
        Err(AnswerError::AlreadyAnswered)
    }
}

fn open_status(conn: &mut DbConn, pact_id: i64) -> Result<(i64, Status), AnswerError> {
    let (city_id, status): (i64, String) = pacts::table
        .find(pact_id)
        .select((pacts::city_id, pacts::status))
        .first(conn)?;
    let status: Status = super::vocab(&status)?;
    if OPEN_TO_CO_PROPONENTS.contains(&status) {
        Ok((city_id, status))
    } else {
        Err(AnswerError::Closed)
    }
}

/// Accepts: the person joins the pact's proponents, in one transaction
/// with the answer and the history entry. Returns the party's public name
/// (or `None` for a person who published none).
pub fn accept(
    conn: &mut DbConn,
    invitation: &Invitation,
    user_id: i64,
    join: &JoinAs,
    now: DateTime<Utc>,
) -> Result<Option<String>, AnswerError> {
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        let (city_id, _) = open_status(conn, invitation.pact_id)?;
        mark_answered(conn, invitation.id, user_id, true, at)?;
        let (party, public) = match join {
            JoinAs::Party(party) => {
                let name: Option<String> = memberships::table
                    .inner_join(parties::table)
                    .filter(memberships::user_id.eq(user_id))
                    .filter(memberships::party_id.eq(party))
                    .filter(memberships::is_representative.eq(true))
                    .filter(parties::city_id.eq(city_id))
                    .select(parties::name)
                    .first(conn)
                    .optional()?;
                (*party, Some(name.ok_or(AnswerError::NotRepresentative)?))
            }
            JoinAs::Individual { name, public_name } => {
                let party = super::parties::insert(
                    conn,
                    &super::parties::NewParty {
                        city_id,
                        kind: PartyKind::Individual.name(),
                        name,
                        public_name: public_name.as_deref(),
                        referent_name: None,
                        created_at: at,
                    },
                )?;
                diesel::insert_into(memberships::table)
                    .values((
                        memberships::user_id.eq(user_id),
                        memberships::party_id.eq(party),
                        memberships::is_representative.eq(true),
                        memberships::created_at.eq(at),
                    ))
                    .execute(conn)?;
                (party, public_name.clone())
            }
        };
        let on_pact: i64 = pact_parties::table
            .filter(pact_parties::pact_id.eq(invitation.pact_id))
            .filter(pact_parties::party_id.eq(party))
            .count()
            .get_result(conn)?;
        if on_pact == 0 {
            let last: Option<i32> = pact_parties::table
                .filter(pact_parties::pact_id.eq(invitation.pact_id))
                .select(diesel::dsl::max(pact_parties::position))
                .first(conn)?;
            diesel::insert_into(pact_parties::table)
                .values((
                    pact_parties::pact_id.eq(invitation.pact_id),
                    pact_parties::party_id.eq(party),
                    pact_parties::role.eq(PartyRole::Proponent.name()),
                    pact_parties::position.eq(last.unwrap_or(0) + 1),
                ))
                .execute(conn)?;
        }
        super::pacts::insert_event(
            conn,
            invitation.pact_id,
            at,
            Actor::Proponent,
            public.as_deref().unwrap_or_default(),
            "co_proponent_joined",
            None,
            None,
            public.as_deref().unwrap_or_default(),
        )?;
        Ok(public.clone())
    })
}

/// Declines: recorded, nothing else changes.
pub fn decline(
    conn: &mut DbConn,
    invitation: &Invitation,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), AnswerError> {
    mark_answered(conn, invitation.id, user_id, false, timestamp(now))
}

/// What an invitation is about: the pact's title and number, and its
/// city's id, slug, name and language.
#[derive(Debug, Clone)]
pub struct InvitedTo {
    /// Pact title.
    pub title: String,
    /// Pact number.
    pub number: String,
    /// City id.
    pub city_id: i64,
    /// City slug.
    pub city_slug: String,
    /// City name.
    pub city_name: String,
    /// City language.
    pub city_language: String,
}

/// The pact an invitation is about, with its city.
pub fn invited_to(conn: &mut DbConn, pact_id: i64) -> QueryResult<InvitedTo> {
    use super::schema::cities;
    let (title, number, city_id, city_slug, city_name, city_language) = pacts::table
        .inner_join(cities::table.on(cities::id.eq(pacts::city_id)))
        .filter(pacts::id.eq(pact_id))
        .select((
            pacts::title,
            pacts::number,
            cities::id,
            cities::slug,
            cities::name,
            cities::language,
        ))
        .first::<(String, String, i64, String, String, String)>(conn)?;
    Ok(InvitedTo {
        title,
        number,
        city_id,
        city_slug,
        city_name,
        city_language,
    })
}

//! Proposals: drafts owned by a resident, and their submission, which
//! creates the pact in one transaction.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{commons, memberships, pacts, parties, proposals};
use super::{DbConn, timestamp};
use crate::domain::proposal::{CheckedProposal, CommonsChoice, ProposalFields};
use crate::domain::text::PactText;
use crate::domain::vocab::{CommonsKind, PartyKind, PartyRole, Vocabulary};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = proposals)]
struct ProposalRow {
    id: i64,
    user_id: i64,
    city_id: i64,
    party_id: Option<i64>,
    commons_id: Option<i64>,
    new_commons_name: String,
    new_commons_address: String,
    new_commons_category: String,
    title: String,
    summary: String,
    objectives: String,
    activities: String,
    duration_months: String,
    contributions: String,
    support: String,
    updated_at: NaiveDateTime,
    pact_id: Option<i64>,
    co_proponents: String,
    call_id: Option<i64>,
}

/// A proposal, draft or submitted.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// Id.
    pub id: i64,
    /// Its author.
    pub user_id: i64,
    /// The city it is addressed to.
    pub city_id: i64,
    /// What was typed.
    pub fields: ProposalFields,
    /// Last saved.
    pub updated_at: NaiveDateTime,
    /// The pact it became, once submitted.
    pub pact_id: Option<i64>,
}

fn commons_slug(conn: &mut DbConn, id: Option<i64>) -> QueryResult<String> {
    match id {
        Some(id) => commons::table.find(id).select(commons::slug).first(conn),
        None => Ok(String::new()),
    }
}

impl ProposalRow {
    fn into_proposal(self, conn: &mut DbConn) -> QueryResult<Proposal> {
        Ok(Proposal {
            id: self.id,
            user_id: self.user_id,
            city_id: self.city_id,
            fields: ProposalFields {
                commons: commons_slug(conn, self.commons_id)?,
                new_commons_name: self.new_commons_name,
                new_commons_address: self.new_commons_address,
                new_commons_category: self.new_commons_category,
                party: self.party_id.map(|p| p.to_string()).unwrap_or_default(),
                title: self.title,
                summary: self.summary,
                objectives: self.objectives,
                activities: self.activities,
                duration_months: self.duration_months,
                contributions: self.contributions,
                support: self
                    .support
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
                co_proponents: self.co_proponents,
                call: self.call_id.map(|c| c.to_string()).unwrap_or_default(),
                commons_query: String::new(),
            },
            updated_at: self.updated_at,
            pact_id: self.pact_id,
        })
    }
}

/// The id of the city's commons with this slug, if any.
fn commons_id(conn: &mut DbConn, city_id: i64, slug: &str) -> QueryResult<Option<i64>> {
    if slug.is_empty() {
        return Ok(None);
    }
    commons::table
        .filter(commons::city_id.eq(city_id))
        .filter(commons::slug.eq(slug))
        .select(commons::id)
        .first(conn)
        .optional()
}

/// Saves a draft: a new one (`id` None) or an existing draft of the user's.
/// Returns its id, or None when the draft is not theirs or was submitted.
pub fn save_draft(
    conn: &mut DbConn,
    id: Option<i64>,
    user_id: i64,
    city_id: i64,
    fields: &ProposalFields,
    now: DateTime<Utc>,
) -> QueryResult<Option<i64>> {
    let at = timestamp(now);
    let commons = commons_id(conn, city_id, fields.commons.trim())?;
    let party = fields.party.trim().parse::<i64>().ok();
    let values = (
        proposals::party_id.eq(party),
        proposals::commons_id.eq(commons),
        proposals::new_commons_name.eq(&fields.new_commons_name),
        proposals::new_commons_address.eq(&fields.new_commons_address),
        proposals::new_commons_category.eq(&fields.new_commons_category),
        proposals::title.eq(&fields.title),
        proposals::summary.eq(&fields.summary),
        proposals::objectives.eq(&fields.objectives),
        proposals::activities.eq(&fields.activities),
        proposals::duration_months.eq(&fields.duration_months),
        proposals::contributions.eq(&fields.contributions),
        proposals::support.eq(fields.support.join(",")),
        proposals::co_proponents.eq(&fields.co_proponents),
        proposals::call_id.eq(fields.call.trim().parse::<i64>().ok()),
        proposals::updated_at.eq(at),
    );
    match id {
        None => diesel::insert_into(proposals::table)
            .values((
                values,
                proposals::user_id.eq(user_id),
                proposals::city_id.eq(city_id),
                proposals::created_at.eq(at),
            ))
            .returning(proposals::id)
            .get_result(conn)
            .map(Some),
        Some(id) => {
            let updated = diesel::update(proposals::table)
                .filter(proposals::id.eq(id))
                .filter(proposals::user_id.eq(user_id))
                .filter(proposals::pact_id.is_null())
                .set(values)
                .execute(conn)?;
            Ok((updated == 1).then_some(id))
        }
    }
}

/// A proposal of this user (others' are not found).
pub fn find_own(conn: &mut DbConn, id: i64, user_id: i64) -> QueryResult<Option<Proposal>> {
    let row = proposals::table
        .filter(proposals::id.eq(id))
        .filter(proposals::user_id.eq(user_id))
        .select(ProposalRow::as_select())
        .first(conn)
        .optional()?;
    row.map(|row| row.into_proposal(conn)).transpose()
}

/// A line of the user's list of proposals.
#[derive(Debug, Clone)]
pub struct OwnProposal {
    /// Proposal id.
    pub id: i64,
    /// Title as typed.
    pub title: String,
    /// City slug and name.
    pub city: (String, String),
    /// Last saved.
    pub updated_at: NaiveDateTime,
    /// Number and status of the pact, once submitted.
    pub pact: Option<(String, String)>,
}

/// Id, title, city slug and name, saved, pact number and status.
type OwnRow = (
    i64,
    String,
    String,
    String,
    NaiveDateTime,
    Option<String>,
    Option<String>,
);

/// The user's proposals, most recently saved first.
pub fn of_user(conn: &mut DbConn, user_id: i64) -> QueryResult<Vec<OwnProposal>> {
    use super::schema::cities;
    let rows: Vec<OwnRow> = proposals::table
        .inner_join(cities::table)
        .left_join(pacts::table.on(pacts::id.nullable().eq(proposals::pact_id)))
        .filter(proposals::user_id.eq(user_id))
        .order(proposals::updated_at.desc())
        .select((
            proposals::id,
            proposals::title,
            cities::slug,
            cities::name,
            proposals::updated_at,
            pacts::number.nullable(),
            pacts::status.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, title, slug, name, updated_at, number, status)| OwnProposal {
                id,
                title,
                city: (slug, name),
                updated_at,
                pact: number.zip(status),
            },
        )
        .collect())
}

/// Why a submission failed.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// The commons named is not the city's.
    #[error("unknown commons")]
    UnknownCommons,
    /// The user does not represent the party named.
    #[error("not a representative of this party")]
    NotRepresentative,
    /// Submitted already (a double click, two tabs).
    #[error("already submitted")]
    AlreadySubmitted,
    /// The pact could not be written.
    #[error(transparent)]
    Write(#[from] super::pacts::WriteError),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

impl super::RetryableError for SubmitError {
    fn is_retryable(&self) -> bool {
        match self {
            SubmitError::Db(e) => e.is_retryable(),
            SubmitError::Write(e) => e.is_retryable(),
            _ => false,
        }
    }
}

/// Who submits: the account and the names its individual party takes.
#[derive(Debug, Clone)]
pub struct Submitter {
    /// Account id.
    pub user_id: i64,
    /// Full name (private).
    pub name: String,
    /// Published name, if any.
    pub public_name: Option<String>,
}

/// Submits a saved proposal: adds a new commons to the city's list if
/// needed, finds or creates the parties, creates the pact (status
/// submitted, text version 1, history) and links it, in one transaction.
/// A second submission of the same proposal changes nothing.
pub fn submit(
    conn: &mut DbConn,
    proposal_id: i64,
    city: &super::cities::City,
    submitter: &Submitter,
    checked: &CheckedProposal,
    text: &PactText,
    now: DateTime<Utc>,
) -> Result<(i64, String), SubmitError> {
    let at = timestamp(now);
    super::transaction(conn, |conn| {
        let commons_id = resolve_commons(conn, city.id, &checked.commons, at)?;
        let proponent = proponent_party(conn, city.id, submitter, checked.party, at)?;
        let city_party = city_party(conn, city, at)?;
        let (pact_id, number) = super::pacts::create(
            conn,
            &super::pacts::NewProposal {
                city_id: city.id,
                commons_id,
                title: checked.title.clone(),
                summary: checked.summary.clone(),
                kind: crate::domain::vocab::PactKind::Ordinary,
                intensity: crate::domain::vocab::Intensity::OccasionalCare,
                duration_months: checked.duration_months,
                parties: vec![
                    (proponent, PartyRole::Proponent),
                    (city_party, PartyRole::City),
                ],
                text: text.clone(),
                author: submitter
                    .public_name
                    .clone()
                    .unwrap_or_else(|| submitter.name.clone()),
                renews_pact_id: None,
            },
            now,
        )?;
        let linked = diesel::update(proposals::table)
            .filter(proposals::id.eq(proposal_id))
            .filter(proposals::pact_id.is_null())
            .set((proposals::pact_id.eq(pact_id), proposals::updated_at.eq(at)))
            .execute(conn)?;
        if linked != 1 {
            // Rolls back the pact just created.
            return Err(SubmitError::AlreadySubmitted);
        }
        Ok((pact_id, number))
    })
}

/// The commons of a proposal: one of the city's, or a new one added to its
/// list under a free slug made from the name.
fn resolve_commons(
    conn: &mut DbConn,
    city_id: i64,
    choice: &CommonsChoice,
    at: NaiveDateTime,
) -> Result<i64, SubmitError> {
    match choice {
        CommonsChoice::Existing(slug) => {
            commons_id(conn, city_id, slug)?.ok_or(SubmitError::UnknownCommons)
        }
        CommonsChoice::New {
            name,
            address,
            category,
        } => {
            let base = slug::slugify(name);
            let base = if base.is_empty() {
                "bien-commun".to_owned()
            } else {
                base.chars().take(50).collect()
            };
            let mut candidate = base.clone();
            let mut n = 1;
            while commons_id(conn, city_id, &candidate)?.is_some() {
                n += 1;
                candidate = format!("{base}-{n}");
            }
            Ok(super::commons::insert(
                conn,
                &super::commons::NewCommons {
                    city_id,
                    district_id: None,
                    slug: &candidate,
                    name,
                    kind: CommonsKind::Tangible.name(),
                    category: category.name(),
                    address,
                    latitude: None,
                    longitude: None,
                    description: "",
                    created_at: at,
                },
            )?)
        }
    }
}

/// The proposing party: an organisation the submitter represents in this
/// city, or a new individual party for them.
fn proponent_party(
    conn: &mut DbConn,
    city_id: i64,
    submitter: &Submitter,
    party: Option<i64>,
    at: NaiveDateTime,
) -> Result<i64, SubmitError> {
    if let Some(party) = party {
        let represents: i64 = memberships::table
            .inner_join(parties::table)
            .filter(memberships::user_id.eq(submitter.user_id))
            .filter(memberships::party_id.eq(party))
            .filter(memberships::is_representative.eq(true))
            .filter(parties::city_id.eq(city_id))
            .count()
            .get_result(conn)?;
        return if represents == 0 {
            Err(SubmitError::NotRepresentative)
        } else {
            Ok(party)
        };
    }
    let party = super::parties::insert(
        conn,
        &super::parties::NewParty {
            city_id,
            kind: PartyKind::Individual.name(),
            name: &submitter.name,
            public_name: submitter.public_name.as_deref(),
            referent_name: None,
            created_at: at,
        },
    )?;
    // A private person represents their own party: they sign for it.
    diesel::insert_into(memberships::table)
        .values((
            memberships::user_id.eq(submitter.user_id),
            memberships::party_id.eq(party),
            memberships::is_representative.eq(true),
            memberships::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(party)
}

/// The party that stands for the city itself in its pacts.
pub(super) fn city_party(
    conn: &mut DbConn,
    city: &super::cities::City,
    at: NaiveDateTime,
) -> QueryResult<i64> {
    let existing = parties::table
        .filter(parties::city_id.eq(city.id))
        .filter(parties::kind.eq(PartyKind::PublicBody.name()))
        .filter(parties::name.eq(&city.name))
        .select(parties::id)
        .first(conn)
        .optional()?;
    match existing {
        Some(id) => Ok(id),
        None => super::parties::insert(
            conn,
            &super::parties::NewParty {
                city_id: city.id,
                kind: PartyKind::PublicBody.name(),
                name: &city.name,
                public_name: None,
                referent_name: None,
                created_at: at,
            },
        ),
    }
}

/// The parties a user represents in a city: id and name.
pub fn represented(
    conn: &mut DbConn,
    user_id: i64,
    city_id: i64,
) -> QueryResult<Vec<(i64, String)>> {
    memberships::table
        .inner_join(parties::table)
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::is_representative.eq(true))
        .filter(parties::city_id.eq(city_id))
        // Their own party as a private person is not one they propose for.
        .filter(parties::kind.ne(PartyKind::Individual.name()))
        .order(parties::name)
        .select((parties::id, parties::name))
        .load(conn)
}

/// The city's commons: slug, name and address, by name.
pub fn commons_of(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<(String, String, String)>> {
    commons::table
        .filter(commons::city_id.eq(city_id))
        .order(commons::name)
        .select((commons::slug, commons::name, commons::address))
        .load(conn)
}

/// The user who wrote the proposal that became this pact, if any.
pub fn author_of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<(i64, i64)>> {
    proposals::table
        .filter(proposals::pact_id.eq(pact_id))
        .select((proposals::id, proposals::user_id))
        .first(conn)
        .optional()
}

/// The fields of the proposal that became this pact, if it came from one.
pub fn proposal_of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<ProposalFields>> {
    let row = proposals::table
        .filter(proposals::pact_id.eq(pact_id))
        .select(ProposalRow::as_select())
        .first(conn)
        .optional()?;
    row.map(|row| row.into_proposal(conn).map(|p| p.fields))
        .transpose()
}

/// The call for proposals the proposal that became this pact answered.
pub fn call_of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<i64>> {
    proposals::table
        .filter(proposals::pact_id.eq(pact_id))
        .select(proposals::call_id)
        .first::<Option<i64>>(conn)
        .optional()
        .map(Option::flatten)
}

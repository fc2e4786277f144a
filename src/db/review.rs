//! The officers' side of proposals: the review inbox of a city, assignment
//! to a colleague, and the people to tell when a proposal moves.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;

use super::schema::{commons, districts, pacts, proposals, users};
use super::{DbConn, timestamp, vocab};
use crate::domain::city::CitySettings;
use crate::domain::lifecycle::{Actor, Lifecycle, ReviewClock, Status};
use crate::domain::vocab::{PactKind, Vocabulary};

/// Statuses the review inbox shows: from submission to co-design.
pub const INBOX_STATUSES: [Status; 5] = [
    Status::Submitted,
    Status::UnderReview,
    Status::AwaitingDocuments,
    Status::PublishedForComments,
    Status::CoDesign,
];

/// What the inbox can be narrowed to.
#[derive(Debug, Clone, Default)]
pub struct InboxFilter {
    /// One status.
    pub status: Option<Status>,
    /// Commons in this district (slug).
    pub district: Option<String>,
    /// `overdue`, or `week` for due within seven days.
    pub deadline: Option<String>,
}

/// A line of the inbox.
#[derive(Debug, Clone)]
pub struct InboxItem {
    /// Pact number.
    pub number: String,
    /// Title.
    pub title: String,
    /// Status and dates.
    pub lifecycle: Lifecycle,
    /// District of its commons.
    pub district: Option<String>,
    /// Name of the assigned officer.
    pub assigned: Option<String>,
    /// The review clock today.
    pub clock: ReviewClock,
}

type InboxRow = (
    String,
    String,
    String,
    String,
    Option<i32>,
    Option<NaiveDate>,
    i32,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The city's proposals under way, oldest first, with their review clock.
pub fn inbox(
    conn: &mut DbConn,
    city_id: i64,
    settings: &CitySettings,
    filter: &InboxFilter,
    today: NaiveDate,
) -> QueryResult<Vec<InboxItem>> {
    let statuses: Vec<&str> = match filter.status {
        Some(status) => vec![status.name()],
        None => INBOX_STATUSES.iter().map(|s| s.name()).collect(),
    };
    let mut query = pacts::table
        .inner_join(commons::table.left_join(districts::table))
        .left_join(users::table.on(users::id.nullable().eq(pacts::assigned_to)))
        .filter(pacts::city_id.eq(city_id))
        .filter(pacts::status.eq_any(statuses))
        .into_boxed();
    if let Some(district) = &filter.district {
        query = query.filter(districts::slug.eq(district.clone()));
    }
    let rows: Vec<InboxRow> = query
        .order((pacts::submitted_on, pacts::id))
        .select((
            pacts::number,
            pacts::title,
            pacts::status,
            pacts::kind,
            pacts::duration_months,
            pacts::submitted_on,
            pacts::review_paused_days,
            pacts::review_paused_since,
            pacts::comments_close_on,
            pacts::executive_decision,
            districts::name.nullable(),
            users::display_name.nullable(),
        ))
        .load(conn)?;
    let count = |v: i32| u32::try_from(v).unwrap_or(0);
    let mut items = Vec::new();
    for (
        number,
        title,
        status,
        kind,
        months,
        submitted_on,
        paused,
        paused_since,
        comments,
        decision,
        district,
        assigned,
    ) in rows
    {
        let lifecycle = Lifecycle {
            status: vocab(&status)?,
            kind: vocab::<PactKind>(&kind)?,
            duration_months: months.map(count),
            submitted_on,
            review_paused_days: count(paused),
            review_paused_since: paused_since,
            comments_close_on: comments,
            executive_decision: decision,
            start_date: None,
            end_date: None,
        };
        let clock = lifecycle.review_clock(today, settings);
        let keep = match filter.deadline.as_deref() {
            Some("overdue") => {
                matches!(clock, ReviewClock::Running { days_left, .. } if days_left < 0)
            }
            Some("week") => {
                matches!(clock, ReviewClock::Running { days_left, .. } if days_left <= 7)
            }
            _ => true,
        };
        if keep {
            items.push(InboxItem {
                number,
                title,
                lifecycle,
                district,
                assigned,
                clock,
            });
        }
    }
    Ok(items)
}

/// Assigns a pact to an officer of its city (or to nobody), and records it
/// in the history.
pub fn assign(
    conn: &mut DbConn,
    pact_id: i64,
    assignee: Option<(i64, String)>,
    by: (Actor, &str),
    now: DateTime<Utc>,
) -> QueryResult<()> {
    use super::schema::events;
    let at = timestamp(now);
    conn.transaction(|conn| {
        diesel::update(pacts::table.find(pact_id))
            .set((
                pacts::assigned_to.eq(assignee.as_ref().map(|a| a.0)),
                pacts::updated_at.eq(at),
            ))
            .execute(conn)?;
        diesel::insert_into(events::table)
            .values((
                events::pact_id.eq(pact_id),
                events::occurred_at.eq(at),
                events::actor_role.eq(by.0.name()),
                events::actor_name.eq(by.1),
                events::kind.eq("assigned"),
                events::details.eq(assignee.map(|a| a.1).unwrap_or_default()),
            ))
            .execute(conn)
            .map(drop)
    })
}

/// The author of the proposal that became this pact: address, name and
/// language, to tell them when it moves.
pub fn proponent_contact(
    conn: &mut DbConn,
    pact_id: i64,
) -> QueryResult<Option<(String, String, String)>> {
    proposals::table
        .inner_join(users::table)
        .filter(proposals::pact_id.eq(pact_id))
        .filter(users::closed_at.is_null())
        .select((users::email, users::display_name, users::language))
        .first(conn)
        .optional()
}

/// The pact's id and assigned officer, by number in a city.
pub fn pact_id(conn: &mut DbConn, city_id: i64, number: &str) -> QueryResult<Option<i64>> {
    pacts::table
        .filter(pacts::city_id.eq(city_id))
        .filter(pacts::number.eq(number))
        .select(pacts::id)
        .first(conn)
        .optional()
}

/// The officer the pact is assigned to: address, name and language, to
/// tell them when the proponents move.
pub fn assignee_contact(
    conn: &mut DbConn,
    pact_id: i64,
) -> QueryResult<Option<(String, String, String)>> {
    pacts::table
        .inner_join(users::table.on(pacts::assigned_to.eq(users::id.nullable())))
        .filter(pacts::id.eq(pact_id))
        .filter(users::closed_at.is_null())
        .select((users::email, users::display_name, users::language))
        .first(conn)
        .optional()
}

/// What the city asked for in its latest request for documents on a pact.
pub fn last_request(conn: &mut DbConn, pact_id: i64) -> QueryResult<Option<String>> {
    use super::schema::events;
    events::table
        .filter(events::pact_id.eq(pact_id))
        .filter(events::kind.eq(crate::domain::lifecycle::ActionKind::RequestDocuments.name()))
        .order((events::occurred_at.desc(), events::id.desc()))
        .select(events::details)
        .first(conn)
        .optional()
}

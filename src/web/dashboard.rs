//! An officer's dashboard for their city: what needs attention now, with
//! counts and links.

use axum::extract::State;
use maud::Markup;

use super::extract::{Ctx, Path};
use crate::app::AppState;
use crate::db;
use crate::db::dashboard::{Line, List};
use crate::db::review::InboxFilter;
use crate::domain::lifecycle::{ReviewClock, Status};
use crate::error::AppError;
use crate::views::dashboard as view;

/// What the dashboard shows.
#[derive(Debug)]
pub struct Dashboard {
    /// The city.
    pub city: db::cities::City,
    /// Days ahead the "ending soon" list looks.
    pub horizon_days: u32,
    /// Pacts in force ending within the horizon.
    pub ending: List,
    /// Proposals whose review is due within a week, or late.
    pub review_due: List,
    /// Final texts waiting for approval.
    pub awaiting_approval: List,
    /// Pacts waiting for signatures, and how many signatures are pending.
    pub awaiting_signatures: (List, i64),
    /// Suspended pacts (`date`: end of the suspension, if set).
    pub suspended: List,
    /// Agreements whose seal failed.
    pub sealing_failed: List,
    /// Reports waiting for review (`date`: end of their period).
    pub reports_waiting: List,
    /// Reports overdue (`date`: end of the period not reported on).
    pub reports_overdue: List,
    /// Renewals waiting for an answer.
    pub renewals_waiting: List,
    /// Imported pacts with fields to complete (the first ones), and how
    /// many there are.
    pub imported: (Vec<db::imports::ToComplete>, usize),
}

fn as_list(lines: Vec<Line>) -> List {
    let count = i64::try_from(lines.len()).unwrap_or(i64::MAX);
    List {
        count,
        lines: lines
            .into_iter()
            .take(usize::try_from(db::dashboard::LINES).unwrap_or(20))
            .collect(),
    }
}

/// The city's pacts with a report overdue today, one line per period.
fn reports_overdue(
    conn: &mut db::DbConn,
    city_id: i64,
    today: chrono::NaiveDate,
) -> Result<Vec<Line>, AppError> {
    let since = today - chrono::Days::new(365);
    Ok(db::reports::overdue(conn, Some(city_id), (since, today))?
        .into_iter()
        .map(|(_, number, title, period)| Line {
            number,
            title,
            date: Some(period.end),
        })
        .collect())
}

/// `GET /admin/{city}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Markup, AppError> {
    let today = state.clock.now().date_naive();
    let dashboard = state.db(move |conn| load(conn, &slug, today)).await?;
    Ok(view::page(&ctx, &dashboard))
}

/// Everything the dashboard of city `slug` shows on `today`: a count and
/// the first lines of each list, from indexed queries (measured by
/// `benches/dashboard.rs`).
pub fn load(
    conn: &mut db::DbConn,
    slug: &str,
    today: chrono::NaiveDate,
) -> Result<Dashboard, AppError> {
    let city = db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?;
    let settings = city.settings();
    let horizon_days = settings
        .expiry_notice_days
        .iter()
        .copied()
        .max()
        .unwrap_or(90);
    let until = today + chrono::Days::new(horizon_days.into());
    let filter = InboxFilter {
        deadline: Some("week".into()),
        ..InboxFilter::default()
    };
    let due = db::review::inbox(conn, city.id, &settings, &filter, today)?;
    let review_due = List {
        count: i64::try_from(due.len()).unwrap_or(i64::MAX),
        lines: due
            .into_iter()
            .take(usize::try_from(db::dashboard::LINES).unwrap_or(20))
            .map(|item| Line {
                number: item.number,
                title: item.title,
                date: match item.clock {
                    ReviewClock::Running { due, .. } => Some(due),
                    _ => None,
                },
            })
            .collect(),
    };
    Ok(Dashboard {
        ending: db::dashboard::ending(conn, city.id, today, until)?,
        review_due,
        awaiting_approval: db::dashboard::in_status(conn, city.id, Status::AwaitingApproval)?,
        awaiting_signatures: (
            db::dashboard::in_status(conn, city.id, Status::AwaitingSignatures)?,
            db::dashboard::pending_signatures(conn, city.id)?,
        ),
        suspended: db::dashboard::in_status(conn, city.id, Status::Suspended)?,
        sealing_failed: db::dashboard::sealing_failed(conn, city.id)?,
        reports_waiting: as_list(
            db::reports::waiting_review(conn, city.id)?
                .into_iter()
                .map(|(number, title, end)| Line {
                    number,
                    title,
                    date: Some(end),
                })
                .collect(),
        ),
        reports_overdue: as_list(reports_overdue(conn, city.id, today)?),
        renewals_waiting: db::dashboard::renewals_waiting(conn, city.id)?,
        imported: db::imports::worklist(
            conn,
            city.id,
            usize::try_from(db::dashboard::LINES).unwrap_or(20),
        )?,
        horizon_days,
        city,
    })
}

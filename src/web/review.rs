//! City staff review proposals: the inbox with its review clock, the
//! actions of the lifecycle (one proposal or several at once), assignment
//! to a colleague. Every action is an event in the pact's history, and the
//! proponents are e-mailed (through the outbox, in the same transaction)
//! when documents are asked for or the proposal is refused.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path, Query};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::review::InboxFilter;
use crate::db::users::User;
use crate::domain::lifecycle::{Action, ActionKind, Actor, Status};
use crate::domain::vocab::Vocabulary;
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::mail::messages;
use crate::views::review as view;

/// The inbox's filters, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct InboxQuery {
    status: Option<String>,
    district: Option<String>,
    deadline: Option<String>,
    done: Option<u32>,
    failed: Option<u32>,
}

/// `GET /admin/{city}/proposals`.
pub async fn inbox(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<InboxQuery>,
) -> Result<Markup, AppError> {
    let status = match query.status.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => Some(Status::parse(s).ok_or_else(|| {
            AppError::from(crate::domain::filter::FilterError::UnknownValue {
                field: "status",
                value: s.to_owned(),
            })
        })?),
        None => None,
    };
    let deadline = query
        .deadline
        .clone()
        .filter(|d| d == "overdue" || d == "week");
    let district = query
        .district
        .clone()
        .filter(|d| crate::domain::filter::is_slug(d));
    let filter = InboxFilter {
        status,
        district,
        deadline,
    };
    let today = state.clock.now().date_naive();
    let (city, items, districts) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let items = db::review::inbox(conn, city.id, &city.settings(), &filter, today)?;
            let districts = db::cities::districts(conn, city.id)?;
            Ok((city, items, districts))
        })
        .await?;
    Ok(view::inbox(
        &ctx,
        &city,
        &items,
        &districts,
        &query_echo(&query),
        query.done,
        query.failed,
    ))
}

fn query_echo(query: &InboxQuery) -> view::InboxEcho {
    view::InboxEcho {
        status: query.status.clone().unwrap_or_default(),
        district: query.district.clone().unwrap_or_default(),
        deadline: query.deadline.clone().unwrap_or_default(),
    }
}

/// An action form: which action, and its reasons.
#[derive(Debug, Default, Deserialize)]
pub struct ActForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
}

/// The lifecycle action an officer asked for, if it is one they may take
/// from the inbox or the pact page.
fn officer_action(kind: &str, reason: &str) -> Option<Action> {
    let reason = reason.trim().to_owned();
    Some(match ActionKind::parse(kind)? {
        ActionKind::StartReview => Action::StartReview,
        ActionKind::RequestDocuments => Action::RequestDocuments { what: reason },
        ActionKind::PublishForComments => Action::PublishForComments,
        ActionKind::StartCoDesign => Action::StartCoDesign,
        ActionKind::Reject => Action::Reject { reason },
        ActionKind::SubmitForApproval => Action::SubmitForApproval,
        ActionKind::ReturnToCoDesign => Action::ReturnToCoDesign,
        ActionKind::RecordExecutiveDecision => {
            Action::RecordExecutiveDecision { reference: reason }
        }
        ActionKind::Approve => Action::Approve {
            version: String::new(),
        },
        _ => return None,
    })
}

fn actor_of(user: &User) -> Actor {
    if user.can_sign {
        Actor::SigningOfficer
    } else {
        Actor::Officer
    }
}

/// Applies one action to one pact of the city and queues the proponents'
/// message, in one transaction. `Ok(false)`: the lifecycle refused it.
async fn act(
    state: &AppState,
    user: &User,
    slug: &str,
    number: String,
    action: Action,
    reason: String,
) -> Result<bool, AppError> {
    let (slug, now, actor, name) = (
        slug.to_owned(),
        state.clock.now(),
        actor_of(user),
        user.display_name.clone(),
    );
    let base = state.config.base_url.clone();
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let pact_id = db::review::pact_id(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            let settings = city.settings();
            let outcome = db::transaction(conn, |conn| {
                // The history says which text was approved: that version is
                // frozen, any change makes a new one needing approval again.
                let action = match &action {
                    Action::Approve { .. } => Action::Approve {
                        version: crate::proposals::approved_version(conn, pact_id, &city.language)?,
                    },
                    other => other.clone(),
                };
                db::pacts::apply(conn, pact_id, &action, actor, &name, now, &settings)?;
                let contact = db::review::proponent_contact(conn, pact_id)?;
                if let Some((email, recipient, language)) = contact {
                    let lang = Lang::parse(&language).unwrap_or_default();
                    let link = format!("{base}/cities/{slug}/pacts/{number}");
                    let title: String = {
                        use diesel::prelude::*;
                        db::schema::pacts::table
                            .find(pact_id)
                            .select(db::schema::pacts::title)
                            .first(conn)?
                    };
                    let mail = match action.kind() {
                        ActionKind::RequestDocuments => Some(messages::documents_requested(
                            lang, &email, &recipient, &title, &reason, &link,
                        )),
                        ActionKind::Reject => Some(messages::proposal_rejected(
                            lang, &email, &recipient, &title, &reason, &link,
                        )),
                        _ => None,
                    };
                    if let Some(mail) = mail {
                        db::outbox::enqueue(conn, &mail, now)?;
                    }
                }
                Ok::<_, db::pacts::WriteError>(())
            });
            match outcome {
                Ok(()) => Ok(true),
                Err(db::pacts::WriteError::Transition(_) | db::pacts::WriteError::Conflict) => {
                    Ok(false)
                }
                Err(e) => Err(AppError::Internal(e.into())),
            }
        })
        .await
}

/// `POST /admin/{city}/pacts/{number}/act`: one action on one proposal.
pub async fn act_one(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<ActForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let action = officer_action(&form.action, &form.reason)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    if matches!(
        action.kind(),
        ActionKind::Reject | ActionKind::RequestDocuments
    ) && form.reason.trim().is_empty()
    {
        return Err(AppError::BadRequest(Message::new("error-reason-required")));
    }
    if !act(
        &state,
        &user,
        &slug,
        number.clone(),
        action,
        form.reason.trim().to_owned(),
    )
    .await?
    {
        return Err(AppError::BadRequest(Message::new("error-not-now")));
    }
    Ok((
        StatusCode::SEE_OTHER,
        [(header::LOCATION, format!("/cities/{slug}/pacts/{number}"))],
    )
        .into_response())
}

/// `POST /admin/{city}/proposals/bulk`: one action on every proposal ticked.
pub async fn act_many(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (kind, reason) = (value("action"), value("reason"));
    let action = officer_action(&kind, &reason)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    if matches!(
        action.kind(),
        ActionKind::Reject | ActionKind::RequestDocuments
    ) && reason.trim().is_empty()
    {
        return Err(AppError::BadRequest(Message::new("error-reason-required")));
    }
    let numbers: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "number")
        .map(|(_, v)| v.clone())
        .collect();
    let (mut done, mut failed) = (0, 0);
    for number in numbers {
        if act(
            &state,
            &user,
            &slug,
            number,
            action.clone(),
            reason.trim().to_owned(),
        )
        .await?
        {
            done += 1;
        } else {
            failed += 1;
        }
    }
    Ok((
        StatusCode::SEE_OTHER,
        [(
            header::LOCATION,
            format!("/admin/{slug}/proposals?done={done}&failed={failed}"),
        )],
    )
        .into_response())
}

/// The assignment form.
#[derive(Debug, Default, Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    officer: String,
}

/// `POST /admin/{city}/pacts/{number}/assign`: to a colleague, or to nobody.
pub async fn assign(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let (now, actor, name) = (
        state.clock.now(),
        actor_of(&user),
        user.display_name.clone(),
    );
    let back = format!("/cities/{slug}/pacts/{number}");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let pact_id = db::review::pact_id(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            let assignee = match form.officer.parse::<i64>().ok() {
                Some(id) => {
                    let colleague = db::users::get(conn, id)?
                        .filter(|u| u.city_id == Some(city.id) && u.role.is_staff())
                        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
                    Some((colleague.id, colleague.display_name))
                }
                None => None,
            };
            Ok(db::review::assign(
                conn,
                pact_id,
                assignee,
                (actor, &name),
                now,
            )?)
        })
        .await?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}

/// What a pact page offers the city's staff: the actions possible today
/// and the colleagues it may be assigned to.
#[derive(Debug)]
pub struct StaffTools {
    /// Actions an officer can take now.
    pub actions: Vec<ActionKind>,
    /// Colleagues: id and name.
    pub colleagues: Vec<(i64, String)>,
    /// Templates to draft from, in co-design: id and name.
    pub templates: Vec<(i64, String)>,
}

/// The staff tools for `user` on a pact, if they are staff of its city.
pub fn staff_tools(
    conn: &mut db::DbConn,
    user: Option<&User>,
    city: &db::cities::City,
    lifecycle: &crate::domain::lifecycle::Lifecycle,
    today: chrono::NaiveDate,
) -> Result<Option<StaffTools>, AppError> {
    let Some(user) = user.filter(|u| u.subject().is_staff_of(city.id)) else {
        return Ok(None);
    };
    let actions: Vec<ActionKind> = lifecycle
        .available_actions(actor_of(user), today, &city.settings())
        .into_iter()
        .filter(|kind| officer_action(kind.name(), "-").is_some())
        .collect();
    let colleagues = db::users::staff_of(conn, city.id)?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let templates = if lifecycle.status == crate::domain::lifecycle::Status::CoDesign {
        db::templates::names_of(conn, city.id)?
    } else {
        Vec::new()
    };
    Ok(Some(StaffTools {
        actions,
        colleagues,
        templates,
    }))
}

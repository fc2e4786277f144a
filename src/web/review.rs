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
use crate::domain::lifecycle::{Action, ActionKind, Actor, Status, TerminationKind};
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

/// An action form: which action, its reasons and, for a suspension or a
/// termination, the administrative act, the end of the suspension and
/// the kind of termination.
#[derive(Debug, Default, Deserialize)]
pub struct ActForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    act_reference: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    termination: String,
}

/// What an action carries beyond its reasons.
#[derive(Debug, Clone, Default)]
struct Extra {
    /// Last day of a suspension.
    until: Option<chrono::NaiveDate>,
}

impl ActForm {
    /// The reasons as recorded: the kind of termination first, the
    /// administrative act last.
    fn details(&self, lang: Lang) -> String {
        let mut details = self.reason.trim().to_owned();
        if let Some(kind) = TerminationKind::parse(&self.termination) {
            details = format!("{} — {details}", lang.label(kind));
        }
        let act = self.act_reference.trim();
        if !act.is_empty() {
            details = format!(
                "{details} ({})",
                lang.t_args(
                    "act-reference-text",
                    &[("act", crate::i18n::Arg::Str(act.to_owned()))]
                )
            );
        }
        details
    }

    /// The end of a suspension, checked, and a termination's kind required
    /// (it begins the recorded reasons).
    fn extra(&self, kind: ActionKind) -> Result<Extra, AppError> {
        let until = match self.until.trim() {
            "" => None,
            s => Some(
                chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map_err(|_| AppError::BadRequest(Message::new("error-until-date")))?,
            ),
        };
        if kind == ActionKind::Terminate && TerminationKind::parse(&self.termination).is_none() {
            return Err(AppError::BadRequest(Message::new("error-termination-kind")));
        }
        Ok(Extra { until })
    }
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
        ActionKind::Suspend => Action::Suspend { reason },
        ActionKind::Resume => Action::Resume,
        ActionKind::Terminate => Action::Terminate { reason },
        ActionKind::Close => Action::Close,
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

/// Applies one action to one pact of the city and queues the messages it
/// causes (to the proponents for a request or a refusal, to every party
/// for a suspension, its end or a termination), in one transaction.
/// `Ok(false)`: the lifecycle refused it.
async fn act(
    state: &AppState,
    user: &User,
    (slug, number): (&str, String),
    action: Action,
    extra: Extra,
) -> Result<bool, AppError> {
    let (slug, now, actor, name) = (
        slug.to_owned(),
        state.clock.now(),
        actor_of(user),
        user.display_name.clone(),
    );
    let site = state.config.base_url.clone();
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let pact_id = db::review::pact_id(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            let pact = crate::signatures::PactRef::load(conn, pact_id)?;
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
                tell(conn, &pact, &action, &extra, (now, &site))?;
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

/// The messages an officer's action causes, queued in its transaction.
fn tell(
    conn: &mut db::DbConn,
    pact: &crate::signatures::PactRef,
    action: &Action,
    extra: &Extra,
    (now, site): (chrono::DateTime<chrono::Utc>, &str),
) -> diesel::QueryResult<()> {
    use crate::mail::messages::PactNotice;
    let reason = action.details();
    let link = format!("{site}/cities/{}/pacts/{}", pact.city.slug, pact.number);
    match action.kind() {
        ActionKind::RequestDocuments | ActionKind::Reject => {
            let Some((email, recipient, language)) =
                db::review::proponent_contact(conn, pact.pact_id)?
            else {
                return Ok(());
            };
            let lang = Lang::parse(&language).unwrap_or_default();
            let mail = if action.kind() == ActionKind::Reject {
                messages::proposal_rejected(lang, &email, &recipient, &pact.title, reason, &link)
            } else {
                messages::documents_requested(lang, &email, &recipient, &pact.title, reason, &link)
            };
            let about = crate::notify::About {
                kind: crate::domain::notification::NotificationKind::Proposal,
                pact_id: Some(pact.pact_id),
                party: true,
                link: &link,
            };
            crate::notify::send(conn, &about, &mail, now)?;
        }
        ActionKind::Suspend => {
            db::terms::set_suspended_until(conn, pact.pact_id, extra.until)?;
            let until = extra
                .until
                .map_or_else(|| "none".to_owned(), |d| d.to_string());
            let args = [("until", crate::i18n::Arg::Str(until))];
            crate::terms::tell(
                conn,
                pact,
                PactNotice::Suspended,
                (&args, Some(reason)),
                (now, site),
            )?;
        }
        ActionKind::Resume => {
            db::terms::set_suspended_until(conn, pact.pact_id, None)?;
            crate::terms::tell(conn, pact, PactNotice::Resumed, (&[], None), (now, site))?;
        }
        ActionKind::Terminate => {
            db::terms::set_suspended_until(conn, pact.pact_id, None)?;
            // The reasons begin with the kind of termination.
            crate::terms::tell(
                conn,
                pact,
                PactNotice::Terminated,
                (&[], Some(reason)),
                (now, site),
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// `POST /admin/{city}/pacts/{number}/act`: one action on one pact.
pub async fn act_one(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<ActForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    // Recorded in the officer's language, like what they typed.
    let details = form.details(ctx.lang);
    let action = officer_action(&form.action, &details)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    if needs_reason(action.kind()) && form.reason.trim().is_empty() {
        return Err(AppError::BadRequest(Message::new("error-reason-required")));
    }
    let extra = form.extra(action.kind())?;
    if !act(&state, &user, (&slug, number.clone()), action, extra).await? {
        return Err(AppError::BadRequest(Message::new("error-not-now")));
    }
    Ok((
        StatusCode::SEE_OTHER,
        [(header::LOCATION, format!("/cities/{slug}/pacts/{number}"))],
    )
        .into_response())
}

/// Whether an action is refused without reasons.
fn needs_reason(kind: ActionKind) -> bool {
    matches!(
        kind,
        ActionKind::Reject
            | ActionKind::RequestDocuments
            | ActionKind::Suspend
            | ActionKind::Terminate
    )
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
    if needs_reason(action.kind()) && reason.trim().is_empty() {
        return Err(AppError::BadRequest(Message::new("error-reason-required")));
    }
    if action.kind() == ActionKind::Terminate {
        // A termination needs its kind: one pact at a time, from its page.
        return Err(AppError::BadRequest(Message::new("error-termination-kind")));
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
            (&slug, number),
            action.clone(),
            Extra::default(),
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

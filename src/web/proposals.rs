//! Residents propose a collaboration: a form saved as a draft as often as
//! they like, submitted when complete (creating the pact), withdrawn before
//! signature. Only the author sees a proposal before it is submitted.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path, Query};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::attachments::Owner;
use crate::db::proposals::{SubmitError, Submitter};
use crate::db::users::User;
use crate::domain::lifecycle::{Action, Actor};
use crate::domain::proposal::ProposalFields;
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::views::forms::FieldErrors;
use crate::views::proposals::{self as view, FormChoices};

fn signed_in(viewer: Viewer) -> Result<User, AppError> {
    viewer.user.ok_or(AppError::NotFound)
}

/// `GET /proposals`: the user's drafts and submitted proposals.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Markup, AppError> {
    let user = signed_in(viewer)?;
    let (own, cities) = state
        .db(move |conn| {
            Ok((
                db::proposals::of_user(conn, user.id)?,
                db::cities::list(conn)?,
            ))
        })
        .await?;
    Ok(view::list(&ctx, &own, &cities))
}

/// The city a new proposal is for.
#[derive(Debug, Deserialize)]
pub struct CityChoice {
    city: Option<String>,
    call: Option<String>,
}

/// What the form offers: the city's commons (those matching the words
/// searched, and the one chosen), the parties the user represents, and the
/// call answered, if any.
async fn choices(
    state: &AppState,
    city_slug: String,
    user_id: i64,
    fields: &ProposalFields,
) -> Result<FormChoices, AppError> {
    let (query, chosen) = (
        fields.commons_query.trim().to_owned(),
        fields.commons.clone(),
    );
    let call = fields.call.trim().parse::<i64>().ok();
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &city_slug)?.ok_or(AppError::NotFound)?;
            let commons = db::proposals::commons_of(conn, city.id)?
                .into_iter()
                .filter(|(slug, name, address)| {
                    *slug == chosen
                        || crate::domain::filter::matches_words(
                            &query,
                            &format!("{name} {address}"),
                        )
                })
                .map(|(slug, name, _)| (slug, name))
                .collect();
            let call = match call {
                Some(id) => db::calls::find(conn, city.id, id)?,
                None => None,
            };
            Ok(FormChoices {
                commons,
                parties: db::proposals::represented(conn, user_id, city.id)?,
                call,
                query,
                city,
            })
        })
        .await
}

/// `GET /proposals/new?city=SLUG`.
pub async fn new(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(choice): Query<CityChoice>,
) -> Result<Response, AppError> {
    let user = signed_in(viewer)?;
    let Some(city) = choice.city.filter(|c| crate::domain::filter::is_slug(c)) else {
        return Ok(see_other("/proposals"));
    };
    let mut fields = ProposalFields {
        call: choice.call.unwrap_or_default(),
        ..ProposalFields::default()
    };
    let choices = choices(&state, city, user.id, &fields).await?;
    if let Some(call) = &choices.call {
        fields.commons.clone_from(&call.commons.0);
    } else {
        fields.call.clear();
    }
    Ok(view::form(&ctx, &choices, None, &fields, &FieldErrors::default(), None).into_response())
}

/// The proposal form as posted: which button, and the fields.
fn read_form(pairs: Vec<(String, String)>) -> (String, ProposalFields, Option<String>) {
    let mut fields = ProposalFields::default();
    let (mut action, mut city) = (String::new(), None);
    for (key, value) in pairs {
        match key.as_str() {
            "action" => action = value,
            "city" => city = Some(value),
            "commons" => fields.commons = value,
            "new_commons_name" => fields.new_commons_name = value,
            "new_commons_address" => fields.new_commons_address = value,
            "new_commons_category" => fields.new_commons_category = value,
            "party" => fields.party = value,
            "title" => fields.title = value,
            "summary" => fields.summary = value,
            "objectives" => fields.objectives = value,
            "activities" => fields.activities = value,
            "duration_months" => fields.duration_months = value,
            "contributions" => fields.contributions = value,
            "support" => fields.support.push(value),
            "co_proponents" => fields.co_proponents = value,
            "call" => fields.call = value,
            "commons_query" => fields.commons_query = value,
            _ => {}
        }
    }
    (action, fields, city)
}

fn errors_of(list: Vec<(&'static str, &'static str)>) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for (field, key) in list {
        errors.add(field, key);
    }
    errors
}

/// `POST /proposals`: saves a new draft (and submits it if asked).
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = signed_in(viewer)?;
    let (action, fields, city) = read_form(pairs);
    let city = city
        .filter(|c| crate::domain::filter::is_slug(c))
        .ok_or(AppError::NotFound)?;
    let choices = choices(&state, city, user.id, &fields).await?;
    save(&state, &ctx, &user, &choices, None, &action, fields).await
}

/// `GET /proposals/{id}`: the author's draft, or the pact it became.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let user = signed_in(viewer)?;
    let user_id = user.id;
    let proposal = state
        .db(move |conn| db::proposals::find_own(conn, id, user_id)?.ok_or(AppError::NotFound))
        .await?;
    let city_id = proposal.city_id;
    let city = state
        .db(move |conn| Ok(db::cities::get(conn, city_id)?))
        .await?;
    if let Some(pact_id) = proposal.pact_id {
        return Ok(see_other(&pact_url(&state, &city.slug, pact_id).await?));
    }
    let choices = choices(&state, city.slug, user.id, &proposal.fields).await?;
    Ok(view::form(
        &ctx,
        &choices,
        Some(id),
        &proposal.fields,
        &FieldErrors::default(),
        None,
    )
    .into_response())
}

async fn pact_url(state: &AppState, city: &str, pact_id: i64) -> Result<String, AppError> {
    use diesel::prelude::*;
    let number: String = state
        .db(move |conn| {
            Ok(db::schema::pacts::table
                .find(pact_id)
                .select(db::schema::pacts::number)
                .first(conn)?)
        })
        .await?;
    Ok(format!("/cities/{city}/pacts/{number}"))
}

/// `POST /proposals/{id}`: saves the draft (and submits it if asked).
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = signed_in(viewer)?;
    let user_id = user.id;
    let proposal = state
        .db(move |conn| db::proposals::find_own(conn, id, user_id)?.ok_or(AppError::NotFound))
        .await?;
    let city_id = proposal.city_id;
    let city = state
        .db(move |conn| Ok(db::cities::get(conn, city_id)?))
        .await?;
    if let Some(pact_id) = proposal.pact_id {
        return Ok(see_other(&pact_url(&state, &city.slug, pact_id).await?));
    }
    let (action, fields, _) = read_form(pairs);
    let choices = choices(&state, city.slug, user.id, &fields).await?;
    save(&state, &ctx, &user, &choices, Some(id), &action, fields).await
}

/// Saves the draft; on "submit", checks everything and creates the pact.
/// Errors re-render the form with what was typed and every message.
async fn save(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    choices: &FormChoices,
    id: Option<i64>,
    action: &str,
    fields: ProposalFields,
) -> Result<Response, AppError> {
    let limits = state.config.text_limits();
    let draft_errors = fields.check_draft(&limits);
    if !draft_errors.is_empty() {
        let page = view::form(ctx, choices, id, &fields, &errors_of(draft_errors), None);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let (user_id, city_id, now) = (user.id, choices.city.id, state.clock.now());
    let saved_fields = fields.clone();
    let id = state
        .db(move |conn| {
            db::proposals::save_draft(conn, id, user_id, city_id, &saved_fields, now)?
                .ok_or(AppError::NotFound)
        })
        .await?;
    if action != "submit" {
        // Searching commons saves the draft too, and says what it found.
        let saved = Message::new("proposal-saved");
        let flash = (action != "search").then_some(&saved);
        let page = view::form(
            ctx,
            choices,
            Some(id),
            &fields,
            &FieldErrors::default(),
            flash,
        );
        return Ok(page.into_response());
    }
    let call_open = choices
        .call
        .as_ref()
        .map(|c| crate::domain::call::is_open(c.opens_on, c.closes_on, now.date_naive()));
    if !fields.call.trim().is_empty() && call_open != Some(true) {
        let errors = errors_of(vec![("call", "call-error-closed")]);
        let page = view::form(ctx, choices, Some(id), &fields, &errors, None);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let checked = match fields.check(&limits) {
        Ok(checked) => checked,
        Err(errors) => {
            let page = view::form(ctx, choices, Some(id), &fields, &errors_of(errors), None);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let outcome =
        submit_and_invite(state, ctx.lang, user, choices.city.clone(), id, checked).await?;
    match outcome {
        Ok((_, number)) => Ok(see_other(&format!(
            "/cities/{}/pacts/{number}",
            choices.city.slug
        ))),
        Err(SubmitError::AlreadySubmitted) => Ok(see_other(&format!("/proposals/{id}"))),
        Err(SubmitError::UnknownCommons) => {
            let page = view::form(
                ctx,
                choices,
                Some(id),
                &fields,
                &errors_of(vec![("commons", "error-commons")]),
                None,
            );
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(SubmitError::NotRepresentative) => {
            let page = view::form(
                ctx,
                choices,
                Some(id),
                &fields,
                &errors_of(vec![("party", "error-party")]),
                None,
            );
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(SubmitError::Write(e)) => Err(AppError::Internal(e.into())),
        Err(SubmitError::Db(e)) => Err(e.into()),
    }
}

/// Submits the checked proposal: the pact, and the invitations of its
/// co-proponents (not the author), in one transaction.
async fn submit_and_invite(
    state: &AppState,
    lang: Lang,
    user: &User,
    city: db::cities::City,
    id: i64,
    checked: crate::domain::proposal::CheckedProposal,
) -> Result<Result<(i64, String), SubmitError>, AppError> {
    let lang = Lang::parse(&city.language).unwrap_or(lang);
    let text = crate::proposals::text(lang, &checked);
    let submitter = Submitter {
        user_id: user.id,
        name: user.display_name.clone(),
        public_name: user.public_name.clone(),
    };
    let inviter = user
        .public_name
        .clone()
        .unwrap_or(user.display_name.clone());
    let to_invite: Vec<String> = checked
        .co_proponents
        .iter()
        .filter(|e| **e != user.email)
        .cloned()
        .collect();
    let (site, now) = (state.config.base_url.clone(), state.clock.now());
    state
        .db(move |conn| {
            Ok(db::transaction(conn, |conn| {
                let (pact_id, number) =
                    db::proposals::submit(conn, id, &city, &submitter, &checked, &text, now)?;
                if !to_invite.is_empty() {
                    let about = super::invitations::about(conn, pact_id)?;
                    super::invitations::invite_all(
                        conn,
                        pact_id,
                        &about,
                        super::invitations::Inviter {
                            user_id: submitter.user_id,
                            name: &inviter,
                            comment: None,
                        },
                        &to_invite,
                        (&site, now),
                    )?;
                }
                Ok((pact_id, number))
            }))
        })
        .await
}

/// Reasons for withdrawing.
#[derive(Debug, Default, Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    reason: String,
}

/// `POST /proposals/{id}/withdraw`: the author withdraws the pact before
/// signature (or ends it once in force), with reasons.
pub async fn withdraw(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, AppError> {
    let action = Action::Withdraw {
        reason: form.reason.trim().to_owned(),
    };
    proponent_acts(&state, viewer, id, action, "error-reason-required").await
}

/// What the answer page shows: the proposal's title and the city's
/// request, for the author of a proposal awaiting documents.
async fn awaiting_documents(
    state: &AppState,
    user_id: i64,
    id: i64,
) -> Result<(String, String), AppError> {
    state
        .db(move |conn| {
            let proposal = db::proposals::find_own(conn, id, user_id)?.ok_or(AppError::NotFound)?;
            let pact_id = proposal.pact_id.ok_or(AppError::NotFound)?;
            if db::pacts::status_of(conn, pact_id)?
                != crate::domain::lifecycle::Status::AwaitingDocuments
            {
                return Err(AppError::BadRequest(Message::new("error-not-now")));
            }
            let request = db::review::last_request(conn, pact_id)?.unwrap_or_default();
            Ok((proposal.fields.title, request))
        })
        .await
}

/// `GET /proposals/{id}/documents`: the form answering the city's request
/// for documents, with text and files.
pub async fn answer_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Markup, AppError> {
    let user = signed_in(viewer)?;
    let (title, request) = awaiting_documents(&state, user.id, id).await?;
    Ok(view::answer(
        &ctx,
        &view::AnswerPage {
            id,
            title: &title,
            request: &request,
            answer: "",
            error: None,
            max_mb: state.config.max_upload_mb,
        },
    ))
}

/// `POST /proposals/{id}/documents`: the author answers a request for
/// documents, with text and files; the review clock resumes. A refused
/// file brings the form back with the answer kept.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    upload: super::attachments::Upload,
) -> Result<Response, AppError> {
    let user = viewer.user.clone().ok_or(AppError::NotFound)?;
    let (title, request) = awaiting_documents(&state, user.id, id).await?;
    let answer = upload.field("answer").trim().to_owned();
    let error = match &upload.refused {
        Some((name, e)) => {
            Some(Message::new(e.key()).arg("name", crate::i18n::Arg::Str(name.clone())))
        }
        None if answer.is_empty() => Some(Message::new("error-answer-required")),
        None if answer.chars().count() > state.config.text_limits().long_text => {
            Some(Message::new("error-too-long"))
        }
        None => None,
    };
    if let Some(error) = error {
        let page = view::answer(
            &ctx,
            &view::AnswerPage {
                id,
                title: &title,
                request: &request,
                answer: upload.field("answer"),
                error: Some(&error),
                max_mb: state.config.max_upload_mb,
            },
        );
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let action = Action::ProvideDocuments { answer };
    proponent_acts_with(
        &state,
        viewer,
        id,
        action,
        "error-answer-required",
        upload.files,
    )
    .await
}

/// The author of proposal `id` takes `action` on the pact it became.
async fn proponent_acts(
    state: &AppState,
    viewer: Viewer,
    id: i64,
    action: Action,
    empty_key: &'static str,
) -> Result<Response, AppError> {
    proponent_acts_with(state, viewer, id, action, empty_key, Vec::new()).await
}

/// The author of proposal `id` takes `action` on the pact it became, with
/// `files` recorded as the answer's in the same transaction; `empty_key`
/// is the message when the action's text is missing.
async fn proponent_acts_with(
    state: &AppState,
    viewer: Viewer,
    id: i64,
    action: Action,
    empty_key: &'static str,
    files: Vec<super::attachments::UploadedFile>,
) -> Result<Response, AppError> {
    let user = signed_in(viewer)?;
    let (user_id, now) = (user.id, state.clock.now());
    let name = user.public_name.clone().unwrap_or(user.display_name);
    let outcome = state
        .db(move |conn| {
            let proposal = db::proposals::find_own(conn, id, user_id)?.ok_or(AppError::NotFound)?;
            let pact_id = proposal.pact_id.ok_or(AppError::NotFound)?;
            let settings = db::cities::get(conn, proposal.city_id)?.settings();
            let applied = db::transaction(conn, |conn| {
                db::pacts::apply(
                    conn,
                    pact_id,
                    &action,
                    Actor::Proponent,
                    &name,
                    now,
                    &settings,
                )?;
                for f in &files {
                    db::attachments::insert(
                        conn,
                        Owner::Answer(id),
                        user_id,
                        &f.file,
                        &f.data,
                        now,
                    )?;
                }
                Ok::<_, db::pacts::WriteError>(())
            });
            match applied {
                Ok(()) => Ok(Ok(())),
                Err(db::pacts::WriteError::Transition(e)) => Ok(Err(e)),
                Err(e) => Err(AppError::Internal(e.into())),
            }
        })
        .await?;
    match outcome {
        Ok(()) => Ok(see_other(&format!("/proposals/{id}"))),
        Err(crate::domain::lifecycle::TransitionError::ReasonRequired { .. }) => {
            Err(AppError::BadRequest(Message::new(empty_key)))
        }
        Err(_) => Err(AppError::BadRequest(Message::new("error-not-now"))),
    }
}

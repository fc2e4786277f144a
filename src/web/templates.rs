//! City staff keep the city's pact templates (edited as plain text, each
//! save a new version) and start a pact's co-design draft from one.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::domain::lifecycle::{Actor, Status};
use crate::domain::report::Frequency;
use crate::domain::template::{Context, Template, TemplateArticle, TemplateError, plain};
use crate::domain::vocab::{PactKind, Vocabulary};
use crate::error::{AppError, Message};
use crate::i18n::{Arg, Lang};
use crate::views::templates as view;

/// `GET /admin/{city}/templates`.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let (city, templates) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let templates = db::templates::of_city(conn, city.id)?;
            Ok((city, templates))
        })
        .await?;
    Ok(view::list(&ctx, &city, &templates).into_response())
}

/// A new template: its name and kind.
#[derive(Debug, Default, Deserialize)]
pub struct NewTemplateForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
}

/// `POST /admin/{city}/templates`: creates a template with one article to
/// start from, and opens it for editing.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(form): Form<NewTemplateForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let name = form.name.split_whitespace().collect::<Vec<_>>().join(" ");
    let kind = PactKind::parse(&form.kind);
    let (Some(kind), false) = (kind, name.is_empty() || name.chars().count() > 200) else {
        return Err(AppError::BadRequest(Message::new("error-template-name")));
    };
    let lang = ctx.lang;
    let template = Template {
        name,
        kind,
        articles: vec![TemplateArticle {
            heading: lang.t("template-first-heading"),
            paragraphs: vec![lang.t("template-first-paragraph")],
            only_if: None,
        }],
        report_frequency: None,
    };
    let now = state.clock.now();
    let back = slug.clone();
    let id = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok(db::templates::create(
                conn,
                city.id,
                &template,
                &user.display_name,
                now,
            )?)
        })
        .await?;
    Ok(see_other(&format!("/admin/{back}/templates/{id}")))
}

/// `GET /admin/{city}/templates/{id}`: the template as editable text.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let (city, stored) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let stored = db::templates::find(conn, city.id, id)?.ok_or(AppError::NotFound)?;
            Ok((city, stored))
        })
        .await?;
    let text = plain::write(&stored.template.articles);
    Ok(view::edit(&ctx, &city, &stored, &text, "", &[]).into_response())
}

/// The edited template.
#[derive(Debug, Default, Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    note: String,
    /// `yearly`, `at_end`, or empty for "by the pact's duration".
    #[serde(default)]
    report_frequency: String,
}

/// `POST /admin/{city}/templates/{id}`: checks the text and saves it as a
/// new version; every mistake is listed, and the text is kept as typed.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<TemplateForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let lookup = slug.clone();
    let (city, stored) = state
        .db(move |conn| {
            let city = db::cities::find(conn, &lookup)?.ok_or(AppError::NotFound)?;
            let stored = db::templates::find(conn, city.id, id)?.ok_or(AppError::NotFound)?;
            Ok((city, stored))
        })
        .await?;
    let lang = ctx.lang;
    let report_frequency = match form.report_frequency.as_str() {
        "" => None,
        value => Some(
            Frequency::parse(value)
                .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?,
        ),
    };
    let mistakes: Vec<String> = match plain::read(&form.text) {
        Err(line) => vec![lang.t_args(
            "template-error-line",
            &[("line", Arg::Num(i64::try_from(line).unwrap_or(0)))],
        )],
        Ok(articles) => {
            let candidate = Template {
                articles,
                report_frequency,
                ..stored.template.clone()
            };
            let errors = candidate.check();
            if errors.is_empty() {
                let (now, note) = (state.clock.now(), form.note.trim().to_owned());
                state
                    .db(move |conn| {
                        Ok(db::templates::add_version(
                            conn,
                            id,
                            &candidate,
                            &user.display_name,
                            &note,
                            now,
                        )?)
                    })
                    .await?;
                return Ok(see_other(&format!("/admin/{slug}/templates/{id}")));
            }
            errors.iter().map(|e| mistake(lang, e)).collect()
        }
    };
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        view::edit(&ctx, &city, &stored, &form.text, &form.note, &mistakes),
    )
        .into_response())
}

/// A template mistake in the officer's language.
fn mistake(lang: Lang, error: &TemplateError) -> String {
    let num = |n: usize| Arg::Num(i64::try_from(n).unwrap_or(0));
    match error {
        TemplateError::UnknownVariable { article, name } => lang.t_args(
            "template-error-unknown",
            &[("article", num(*article)), ("name", Arg::Str(name.clone()))],
        ),
        TemplateError::Unclosed { article } => {
            lang.t_args("template-error-unclosed", &[("article", num(*article))])
        }
        TemplateError::BlockInline { article, name } => lang.t_args(
            "template-error-block",
            &[("article", num(*article)), ("name", Arg::Str(name.clone()))],
        ),
        TemplateError::BadCondition { article, condition } => lang.t_args(
            "template-error-condition",
            &[
                ("article", num(*article)),
                ("condition", Arg::Str(condition.clone())),
            ],
        ),
        TemplateError::Empty => lang.t("template-error-empty"),
    }
}

/// The template chosen for a draft.
#[derive(Debug, Default, Deserialize)]
pub struct DraftForm {
    #[serde(default)]
    template: String,
}

/// `POST /admin/{city}/pacts/{number}/draft`: the pact's text in co-design
/// becomes the template filled from the pact and its proposal, saved as a
/// new version that records the template version it came from.
pub async fn draft(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<DraftForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let template_id = form
        .template
        .parse::<i64>()
        .map_err(|_| AppError::BadRequest(Message::new("error-bad-form")))?;
    let now = state.clock.now();
    let back = format!("/cities/{slug}/pacts/{number}");
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let detail = db::pacts::find(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            if detail.pact.lifecycle.status != Status::CoDesign {
                return Err(AppError::BadRequest(Message::new("error-not-now")));
            }
            let stored =
                db::templates::find(conn, city.id, template_id)?.ok_or(AppError::NotFound)?;
            let commons = db::commons::by_ids(conn, &[detail.pact.commons_id])?
                .pop()
                .ok_or(AppError::NotFound)?;
            let proposal = db::proposals::proposal_of_pact(conn, detail.pact.id)?;
            let lang = Lang::parse(&city.language).unwrap_or_default();
            let context = context(lang, &city, &commons, &detail, proposal.as_ref());
            let text = stored
                .template
                .render(&detail.pact.title, &context)
                .map_err(|_| AppError::BadRequest(Message::new("error-template-broken")))?;
            let note = lang.t_args(
                "template-draft-note",
                &[
                    ("name", Arg::Str(stored.template.name.clone())),
                    ("version", Arg::Num(stored.version.into())),
                ],
            );
            let pact_id = detail.pact.id;
            db::transaction(conn, |conn| {
                db::pacts::add_version(
                    conn,
                    pact_id,
                    &text,
                    Actor::Officer,
                    &user.display_name,
                    &note,
                    now,
                )?;
                db::templates::set_pact_template(conn, pact_id, stored.version_id)?;
                Ok::<_, db::pacts::WriteError>(())
            })
            .map_err(|e| AppError::Internal(e.into()))
        })
        .await?;
    Ok(see_other(&back))
}

/// The values a template is filled with, from the pact, its city, its
/// commons, its parties and the proposal it came from.
fn context(
    lang: Lang,
    city: &db::cities::City,
    commons: &db::commons::Commons,
    detail: &db::pacts::PactDetail,
    proposal: Option<&crate::domain::proposal::ProposalFields>,
) -> Context {
    let pact = &detail.pact;
    let proponents: Vec<String> = detail
        .parties
        .iter()
        .filter(|p| p.role != crate::domain::vocab::PartyRole::City)
        .map(|p| p.name.clone().unwrap_or_else(|| lang.t("party-anonymous")))
        .collect();
    let mut values = BTreeMap::new();
    values.insert("city.name", city.name.clone());
    values.insert("city.regulation", city.regulation_title.clone());
    values.insert("city.act", city.regulation_act.clone());
    values.insert("commons.name", commons.name.clone());
    values.insert("commons.address", commons.address.clone());
    values.insert("pact.title", pact.title.clone());
    values.insert("pact.number", pact.number.clone());
    if let Some(months) = pact.lifecycle.duration_months {
        values.insert("pact.duration_months", months.to_string());
    }
    values.insert("proponents", proponents.join(", "));
    if let (Some(start), Some(end)) = (pact.lifecycle.start_date, pact.lifecycle.end_date) {
        values.insert("pact.start_date", lang.date(start));
        values.insert("pact.end_date", lang.date(end));
    }
    let paragraphs = crate::domain::proposal::paragraphs;
    let mut blocks = BTreeMap::new();
    let support: Vec<crate::domain::vocab::SupportKind> = proposal
        .map(|p| {
            p.support
                .iter()
                .filter_map(|s| crate::domain::vocab::SupportKind::parse(s))
                .collect()
        })
        .unwrap_or_default();
    blocks.insert(
        "objectives",
        proposal.map_or_else(|| vec![pact.summary.clone()], |p| paragraphs(&p.objectives)),
    );
    blocks.insert(
        "activities",
        proposal
            .map(|p| paragraphs(&p.activities))
            .unwrap_or_default(),
    );
    blocks.insert(
        "contributions",
        proposal
            .map(|p| paragraphs(&p.contributions))
            .unwrap_or_default(),
    );
    blocks.insert(
        "support.list",
        support.iter().map(|s| lang.label(*s)).collect(),
    );
    Context {
        kind: pact.kind,
        support,
        values,
        blocks,
    }
}

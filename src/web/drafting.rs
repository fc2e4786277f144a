//! Co-design drafting: the versions of a pact's text, the side-by-side
//! comparison of any two, the article-by-article editor and the
//! participants' comments on a version.
//!
//! Versions and comparisons are public, like the text on the pact page.
//! Editing and commenting are for the pact's *participants*: the city's
//! staff and the proponents; [`participant`] is the one place that decides.
//! A save names the version it started from; if another was saved since,
//! the editor comes back with what the user typed and the other change
//! shown, and nothing is written.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use maud::Markup;
use serde::Deserialize;

use super::extract::{Ctx, Form, Path, Query};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::pacts::{PactDetail, Version};
use crate::db::users::User;
use crate::db::versions::{Author, NewVersionComment, SaveError, VersionSummary};
use crate::domain::drafting::{ArticleEdit, Edit, EditError, compare};
use crate::domain::lifecycle::Actor;
use crate::error::{AppError, Message};
use crate::i18n::Lang;
use crate::mail::messages;
use crate::views::drafting as view;

/// How someone takes part in drafting a pact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Participant {
    /// Staff of the pact's city.
    Staff,
    /// One of its proponents.
    Proponent,
}

impl Participant {
    /// The capacity the history records.
    fn actor(self) -> Actor {
        match self {
            Participant::Staff => Actor::Officer,
            Participant::Proponent => Actor::Proponent,
        }
    }
}

/// The flow step behind a reasoned action of a pact's participants:
/// `(connection, pact id, who acts, reasons, (now, site))`.
pub(super) type ReasonedStep<E> = for<'a> fn(
    &'a mut db::DbConn,
    i64,
    (Actor, &'a str),
    &'a str,
    (DateTime<Utc>, &'a str),
) -> Result<(), E>;

/// A participant's action with reasons (objecting to a tacit renewal,
/// starting an amendment): the pact of the path, the viewer as a party or
/// the city's staff (else `refusal`), the reasons required and within the
/// comment limit (else `missing`), then `step`; redirects to `back`.
pub(super) async fn reasoned<E>(
    state: &AppState,
    (viewer, (slug, number)): (Viewer, (String, String)),
    reason: &str,
    (refusal, missing): (&'static str, &'static str),
    (step, back): (ReasonedStep<E>, String),
) -> Result<Response, AppError>
where
    E: Into<AppError> + Send + 'static,
{
    let reason = reason.trim().to_owned();
    let limit = state.config.text_limits().comment;
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    state
        .db(move |conn| {
            let user = viewer.user.as_ref().ok_or(AppError::NotFound)?;
            let (loaded, actor) = as_participant(conn, (&slug, &number), user, refusal)?;
            if reason.is_empty() || reason.chars().count() > limit {
                return Err(AppError::BadRequest(Message::new(missing)));
            }
            let by = (actor, user.display_name.as_str());
            step(conn, loaded.detail.pact.id, by, &reason, (now, &site)).map_err(Into::into)
        })
        .await?;
    Ok(see_other(&back))
}

/// For an action only a pact's parties and its city's staff take
/// (renewals, amendments): the pact, and `user` as the lifecycle sees them
/// (a signing officer, an officer, a proponent); others are refused with
/// the message `refusal`.
pub(super) fn as_participant(
    conn: &mut db::DbConn,
    (slug, number): (&str, &str),
    user: &User,
    refusal: &'static str,
) -> Result<(Loaded, Actor), AppError> {
    let loaded = load(conn, slug, number, Some(user))?;
    let actor = match loaded.participant {
        Some(Participant::Staff) if user.can_sign => Actor::SigningOfficer,
        Some(Participant::Staff) => Actor::Officer,
        Some(Participant::Proponent) => Actor::Proponent,
        None => return Err(AppError::Forbidden(Message::new(refusal))),
    };
    Ok((loaded, actor))
}

/// Whether and how `user` takes part in drafting this pact.
pub fn participant(
    conn: &mut db::DbConn,
    user: Option<&User>,
    city_id: i64,
    pact_id: i64,
) -> Result<Option<Participant>, AppError> {
    let Some(user) = user else { return Ok(None) };
    if user.subject().is_staff_of(city_id) {
        return Ok(Some(Participant::Staff));
    }
    Ok(db::versions::is_proponent(conn, pact_id, user.id)?.then_some(Participant::Proponent))
}

/// A pact, its city and the viewer's part in it.
pub struct Loaded {
    /// The city.
    pub city: db::cities::City,
    /// The pact.
    pub detail: PactDetail,
    /// The viewer's part, if any.
    pub participant: Option<Participant>,
}

pub(super) fn load(
    conn: &mut db::DbConn,
    slug: &str,
    number: &str,
    user: Option<&User>,
) -> Result<Loaded, AppError> {
    if !crate::domain::number::is_number(number) {
        return Err(AppError::NotFound);
    }
    let city = db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?;
    let detail = db::pacts::find(conn, city.id, number)?.ok_or(AppError::NotFound)?;
    let participant = participant(conn, user, city.id, detail.pact.id)?;
    Ok(Loaded {
        city,
        detail,
        participant,
    })
}

fn forbidden() -> AppError {
    AppError::Forbidden(Message::new("error-forbidden"))
}

fn version_of(conn: &mut db::DbConn, pact_id: i64, number: i32) -> Result<Version, AppError> {
    db::versions::get(conn, pact_id, number)?.ok_or(AppError::NotFound)
}

/// `GET /cities/{city}/pacts/{number}/versions`: every version, and a form
/// to compare two.
pub async fn versions(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Markup, AppError> {
    let (loaded, list) = state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, viewer.user.as_ref())?;
            let list = db::versions::list(conn, loaded.detail.pact.id)?;
            Ok((loaded, list))
        })
        .await?;
    Ok(view::versions(&ctx, &loaded, &list))
}

/// `GET /cities/{city}/pacts/{number}/versions/{version}`: one version,
/// with the participants' comments on each article.
pub async fn version(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number, version)): Path<(String, String, i32)>,
) -> Result<Markup, AppError> {
    let (loaded, version, comments) = state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, viewer.user.as_ref())?;
            let version = version_of(conn, loaded.detail.pact.id, version)?;
            let comments = if loaded.participant.is_some() {
                db::versions::comments(conn, loaded.detail.pact.id, version.number)?
            } else {
                Vec::new()
            };
            Ok((loaded, version, comments))
        })
        .await?;
    Ok(view::version(&ctx, &loaded, &version, &comments))
}

/// Which versions to compare.
#[derive(Debug, Default, Deserialize)]
pub struct CompareQuery {
    from: Option<i32>,
    to: Option<i32>,
}

/// Two versions of a pact and the list of all, for a comparison. Without
/// numbers, the latest version against the one before.
async fn load_comparison(
    state: &AppState,
    (slug, number): (String, String),
    user: Option<User>,
    query: CompareQuery,
) -> Result<(Loaded, Vec<VersionSummary>, Version, Version), AppError> {
    state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, user.as_ref())?;
            let pact_id = loaded.detail.pact.id;
            let list = db::versions::list(conn, pact_id)?;
            let latest = list.first().map_or(1, |v| v.number);
            let to = query.to.unwrap_or(latest);
            let from = query.from.unwrap_or((to - 1).max(1));
            let old = version_of(conn, pact_id, from)?;
            let new = version_of(conn, pact_id, to)?;
            Ok((loaded, list, old, new))
        })
        .await
}

/// `GET /cities/{city}/pacts/{number}/compare?from=1&to=3`: two versions
/// side by side, changed words highlighted.
pub async fn compare_versions(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(pact): Path<(String, String)>,
    Query(query): Query<CompareQuery>,
) -> Result<Markup, AppError> {
    let (loaded, list, old, new) = load_comparison(&state, pact, viewer.user, query).await?;
    let rows = compare(&old.text, &new.text);
    Ok(view::compare(&ctx, &loaded, &list, (&old, &new), &rows))
}

/// A comparison as JSON.
#[derive(Debug, serde::Serialize)]
pub struct Comparison {
    /// The older version's number.
    pub from: i32,
    /// The newer version's number.
    pub to: i32,
    /// Block by block, each side cut into unchanged, removed and added pieces.
    pub rows: Vec<crate::domain::drafting::Row>,
}

/// `GET /api/v1/cities/{city}/pacts/{number}/compare?from=1&to=3`.
pub async fn api_compare(
    State(state): State<AppState>,
    Path(pact): Path<(String, String)>,
    Query(query): Query<CompareQuery>,
) -> Result<Json<Comparison>, AppError> {
    let (_, _, old, new) = load_comparison(&state, pact, None, query).await?;
    Ok(Json(Comparison {
        from: old.number,
        to: new.number,
        rows: compare(&old.text, &new.text),
    }))
}

/// `GET /cities/{city}/pacts/{number}/versions/{version}/pdf`: that version
/// as an agreement PDF (public edition: private persons as they chose to
/// be published), to read, print or check before signing.
pub async fn version_pdf(
    State(state): State<AppState>,
    Path((slug, number, version)): Path<(String, String, i32)>,
) -> Result<Response, AppError> {
    let site = state.config.base_url.clone();
    let pact = number.clone();
    let bytes = state
        .db(move |conn| {
            crate::agreements::version_pdf(conn, (&slug, &pact, version), &site)?
                .ok_or(AppError::NotFound)
        })
        .await?;
    let filename = format!("pacte-{number}-v{version}.pdf");
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /api/v1/cities/{city}/pacts/{number}/versions`: every version,
/// newest first.
pub async fn api_versions(
    State(state): State<AppState>,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Json<Vec<VersionSummary>>, AppError> {
    state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, None)?;
            Ok(Json(db::versions::list(conn, loaded.detail.pact.id)?))
        })
        .await
}

/// `GET /api/v1/cities/{city}/pacts/{number}/versions/{version}`: one
/// version with its canonical text (`content`, whose SHA-256 is `sha256`).
pub async fn api_version(
    State(state): State<AppState>,
    Path((slug, number, version)): Path<(String, String, i32)>,
) -> Result<Json<Version>, AppError> {
    state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, None)?;
            Ok(Json(version_of(conn, loaded.detail.pact.id, version)?))
        })
        .await
}

/// `GET /cities/{city}/pacts/{number}/edit`: the editor, on the latest
/// version, for participants while the pact is in co-design.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Markup, AppError> {
    let (loaded, latest) = state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, viewer.user.as_ref())?;
            // The latest version, which during an amendment is the draft,
            // not the text in force the page shows.
            let (last, _) = db::pacts::latest_version(conn, loaded.detail.pact.id)?;
            let latest = version_of(conn, loaded.detail.pact.id, last)?;
            Ok((loaded, latest))
        })
        .await?;
    if loaded.participant.is_none() {
        return Err(forbidden());
    }
    if !loaded.detail.drafting() {
        return Err(AppError::BadRequest(Message::new("error-not-in-co-design")));
    }
    let form = view::EditorForm {
        base: latest.number,
        edit: Edit::of(&latest.text),
        errors: Vec::new(),
        conflict: None,
    };
    Ok(view::editor(&ctx, &loaded, &form))
}

/// Reads the editor's fields: `base`, `title`, `note`, `count`, then for
/// article `i` (from 1) `heading-i`, `body-i`, `position-i`, `remove-i`, and
/// `heading-new`, `body-new`, `position-new` for a new article. A position
/// that is not a number is a mistake on its field.
fn read_edit(pairs: Vec<(String, String)>) -> Result<(i32, Edit, Vec<EditError>), AppError> {
    let fields: HashMap<String, String> = pairs.into_iter().collect();
    let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let bad_form = || AppError::BadRequest(Message::new("error-bad-form"));
    let base: i32 = get("base").parse().map_err(|_| bad_form())?;
    let count: usize = get("count").parse().map_err(|_| bad_form())?;
    if count > crate::domain::drafting::MAX_ARTICLES {
        return Err(bad_form());
    }
    let mut errors = Vec::new();
    let mut article = |name: &str| {
        let raw = get(&format!("position-{name}"));
        let position = if raw.trim().is_empty() {
            None
        } else if let Ok(p) = raw.trim().parse::<usize>() {
            Some(p)
        } else {
            errors.push(EditError {
                field: format!("position-{name}"),
                key: "edit-error-position",
            });
            None
        };
        ArticleEdit {
            heading: get(&format!("heading-{name}")),
            body: get(&format!("body-{name}")),
            position,
            remove: fields.contains_key(&format!("remove-{name}")),
        }
    };
    let articles = (1..=count).map(|i| article(&i.to_string())).collect();
    let added = article("new");
    let edit = Edit {
        title: get("title"),
        articles,
        added: (!added.heading.trim().is_empty() || !added.body.trim().is_empty()).then_some(added),
        note: get("note"),
    };
    Ok((base, edit, errors))
}

/// What became of a save.
enum Saved {
    /// The new version's number.
    Done(i32),
    /// Mistakes, each on its field.
    Mistakes(Vec<EditError>),
    /// Another version was saved since the base: it, and the base.
    Conflict(Box<(Version, Version)>),
}

/// `POST /cities/{city}/pacts/{number}/edit`: saves the edit as a new
/// version, if the base is still the latest.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = viewer.user.clone().ok_or_else(forbidden)?;
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    let limits = state.config.text_limits();
    let (loaded, edit, saved) = state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, Some(&user))?;
            let who = loaded.participant.ok_or_else(forbidden)?;
            let (base, edit, parse_errors) = read_edit(pairs)?;
            if !loaded.detail.drafting() {
                // The text was sent for approval meanwhile: what they typed
                // comes back, to keep or to propose later.
                let closed = vec![EditError {
                    field: "articles".to_owned(),
                    key: "error-not-in-co-design",
                }];
                return Ok((loaded, (base, edit), Saved::Mistakes(closed)));
            }
            let pact_id = loaded.detail.pact.id;
            let base_version = version_of(conn, pact_id, base)?;
            let text = match edit.apply(&base_version.text, &limits) {
                Ok(text) if parse_errors.is_empty() => text,
                Ok(_) => return Ok((loaded, (base, edit), Saved::Mistakes(parse_errors))),
                Err(mut errors) => {
                    errors.extend(parse_errors);
                    return Ok((loaded, (base, edit), Saved::Mistakes(errors)));
                }
            };
            let saved = save_and_tell(
                conn,
                &loaded,
                (who, &user),
                (base, &text, edit.note.trim()),
                &site,
                now,
            )?;
            let saved = match saved {
                Ok(number) => Saved::Done(number),
                Err(latest) => {
                    let other = version_of(conn, pact_id, latest)?;
                    Saved::Conflict(Box::new((base_version, other)))
                }
            };
            Ok((loaded, (base, edit), saved))
        })
        .await?;
    let (base, edit) = edit;
    let city = &loaded.city.slug;
    let pact = &loaded.detail.pact.number;
    match saved {
        Saved::Done(n) => Ok(see_other(&format!(
            "/cities/{city}/pacts/{pact}/compare?from={}&to={n}",
            n - 1
        ))),
        Saved::Mistakes(errors) => {
            let form = view::EditorForm {
                base,
                edit,
                errors,
                conflict: None,
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                view::editor(&ctx, &loaded, &form),
            )
                .into_response())
        }
        Saved::Conflict(versions) => {
            let (mine, theirs) = *versions;
            let rows = compare(&mine.text, &theirs.text);
            let form = view::EditorForm {
                base: theirs.number,
                edit,
                errors: Vec::new(),
                conflict: Some((mine.number, theirs, rows)),
            };
            Ok((StatusCode::CONFLICT, view::editor(&ctx, &loaded, &form)).into_response())
        }
    }
}

/// Saves the version and tells the other side, in one transaction.
/// `Err(latest)` when another version was saved since `base`.
fn save_and_tell(
    conn: &mut db::DbConn,
    loaded: &Loaded,
    (who, user): (Participant, &User),
    (base, text, note): (i32, &crate::domain::text::PactText, &str),
    site: &str,
    now: DateTime<Utc>,
) -> Result<Result<i32, i32>, AppError> {
    let pact_id = loaded.detail.pact.id;
    let author = Author {
        actor: who.actor(),
        name: &user.display_name,
    };
    let result = db::transaction(conn, |conn| {
        let number = db::versions::save_edit(conn, pact_id, base, text, author, note, now)?;
        let link = format!(
            "{site}/cities/{}/pacts/{}/compare?from={}&to={number}",
            loaded.city.slug,
            loaded.detail.pact.number,
            number - 1
        );
        tell_other_side(conn, loaded, who, &user.display_name, note, &link, now)?;
        Ok::<_, SaveError>(number)
    });
    match result {
        Ok(number) => Ok(Ok(number)),
        Err(SaveError::Stale(latest)) => Ok(Err(latest)),
        Err(SaveError::NotInCoDesign) => {
            Err(AppError::BadRequest(Message::new("error-not-in-co-design")))
        }
        Err(SaveError::Write(e)) => Err(AppError::Internal(e.into())),
    }
}

/// E-mails the proponent when staff changed the draft, or the assigned
/// officer when a proponent did (through the outbox).
fn tell_other_side(
    conn: &mut db::DbConn,
    loaded: &Loaded,
    who: Participant,
    name: &str,
    what: &str,
    link: &str,
    now: DateTime<Utc>,
) -> diesel::QueryResult<()> {
    let pact_id = loaded.detail.pact.id;
    let contact = match who {
        Participant::Staff => db::review::proponent_contact(conn, pact_id)?,
        Participant::Proponent => db::review::assignee_contact(conn, pact_id)?,
    };
    if let Some((email, to_name, language)) = contact {
        let lang = Lang::parse(&language).unwrap_or_default();
        let mail = messages::draft_changed(
            lang,
            (&email, &to_name),
            &loaded.detail.pact.title,
            name,
            what,
            link,
        );
        let about = crate::notify::About {
            kind: crate::domain::notification::NotificationKind::Proposal,
            pact_id: Some(pact_id),
            // Staff write to the proponents, proponents to the officer.
            party: who == Participant::Staff,
            link,
        };
        crate::notify::send(conn, &about, &mail, now)?;
    }
    Ok(())
}

/// A comment on a version, as posted.
#[derive(Debug, Default, Deserialize)]
pub struct VersionCommentForm {
    #[serde(default)]
    article: String,
    #[serde(default)]
    body: String,
}

/// The article (none for the whole text) and the text of a comment.
fn read_comment(
    form: &VersionCommentForm,
    max_chars: usize,
) -> Result<(Option<i32>, String), AppError> {
    let body = form.body.trim().to_owned();
    if body.is_empty() {
        return Err(AppError::BadRequest(Message::new("error-comment-empty")));
    }
    if body.chars().count() > max_chars {
        return Err(AppError::BadRequest(Message::new("error-too-long")));
    }
    let article = match form.article.trim() {
        "" => None,
        n => Some(
            n.parse::<i32>()
                .map_err(|_| AppError::BadRequest(Message::new("error-bad-form")))?,
        ),
    };
    Ok((article, body))
}

/// `POST /cities/{city}/pacts/{number}/versions/{version}/comments`: a
/// participant comments on an article of a version (or on the whole text),
/// while the text is still being written or approved.
pub async fn comment(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number, version)): Path<(String, String, i32)>,
    Form(form): Form<VersionCommentForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or_else(forbidden)?;
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    let limits = state.config.text_limits();
    let back = state
        .db(move |conn| {
            let loaded = load(conn, &slug, &number, Some(&user))?;
            let who = loaded.participant.ok_or_else(forbidden)?;
            let (article, body) = read_comment(&form, limits.comment)?;
            if !loaded.detail.commenting() {
                return Err(AppError::BadRequest(Message::new("error-not-in-co-design")));
            }
            let pact_id = loaded.detail.pact.id;
            let version = version_of(conn, pact_id, version)?;
            let articles = i32::try_from(version.text.articles.len()).unwrap_or(i32::MAX);
            if article.is_some_and(|a| !(1..=articles).contains(&a)) {
                return Err(AppError::BadRequest(Message::new("error-bad-form")));
            }
            let path = format!(
                "/cities/{}/pacts/{}/versions/{}",
                loaded.city.slug, loaded.detail.pact.number, version.number
            );
            let anchor =
                article.map_or_else(|| "#comments".to_owned(), |a| format!("#article-{a}"));
            db::transaction(conn, |conn| {
                db::versions::add_comment(
                    conn,
                    &NewVersionComment {
                        pact_id,
                        version: version.number,
                        article,
                        user_id: user.id,
                        author_name: &user.display_name,
                        body: &body,
                    },
                    now,
                )?;
                let link = format!("{site}{path}{anchor}");
                tell_other_side(conn, &loaded, who, &user.display_name, &body, &link, now)
            })?;
            Ok(format!("{path}{anchor}"))
        })
        .await?;
    Ok(see_other(&back))
}

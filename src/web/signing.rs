//! Signatures over the web: an officer sends the approved version for
//! signature, resends a link or cancels a request; a signatory opens their
//! personal link (or the pact while signed in), reads exactly the version
//! they sign with its SHA-256, and signs (full name, consent, and a
//! one-time code by e-mail unless signed in) or declines with a reason;
//! anyone downloads the issued agreement in the edition they may see.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeDelta};
use serde::Deserialize;

use super::extract::{Ctx, Form, Path, Query};
use super::limits::ClientAddress;
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::signing::{Edition, Evidence, Request};
use crate::db::users::User;
use crate::domain::renewal::next_start;
use crate::domain::signing::{self as rules, ConsentError, Method, RequestState};
use crate::error::{AppError, Message};
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::signatures::{self, PactRef, Sender, SigningError};
use crate::views::forms::FieldErrors;
use crate::views::signing as view;

impl From<SigningError> for AppError {
    fn from(e: SigningError) -> Self {
        use crate::domain::signing::Blocked;
        let key = match e {
            SigningError::NotAwaiting => "sign-error-not-awaiting",
            SigningError::AlreadySent => "sign-error-already-sent",
            SigningError::NoSignatory(party) => {
                return AppError::BadRequest(
                    Message::new("sign-error-no-signatory").arg("party", Arg::Str(party)),
                );
            }
            SigningError::NotASigningOfficer => "sign-error-not-signing-officer",
            SigningError::Blocked(Blocked::NotYourTurn) | SigningError::NotYetTheirTurn => {
                "sign-error-not-your-turn"
            }
            SigningError::Blocked(Blocked::Answered(_)) => "sign-error-answered",
            SigningError::TextChanged => "sign-error-text-changed",
            SigningError::LastOfParty => "sign-error-last-of-party",
            SigningError::Write(db::pacts::WriteError::Transition(_)) => "error-not-now",
            SigningError::Renewal(e) => return AppError::from(e),
            SigningError::Render(e) => return AppError::Internal(anyhow::anyhow!(e)),
            SigningError::Write(e) => return AppError::Internal(e.into()),
            SigningError::Db(e) => return AppError::from(e),
        };
        AppError::BadRequest(Message::new(key))
    }
}

/// The form sending a version for signature.
#[derive(Debug, Default, Deserialize)]
pub struct SendForm {
    #[serde(default)]
    signer: String,
    #[serde(default)]
    start: String,
    /// Ticked to confirm a renewal's start leaving a gap or an overlap.
    #[serde(default)]
    confirm_start: Option<String>,
}

/// `POST /admin/{city}/pacts/{number}/signatures`: sends the approved
/// version for signature.
pub async fn send(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<SendForm>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let signer = form
        .signer
        .parse::<i64>()
        .map_err(|_| AppError::BadRequest(Message::new("sign-error-not-signing-officer")))?;
    let start = match form.start.trim() {
        "" => None,
        s => Some(
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| AppError::BadRequest(Message::new("sign-error-start-date")))?,
        ),
    };
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let back = format!("/cities/{slug}/pacts/{number}#signatures");
    state
        .db(move |conn| {
            let pact = pact_ref(conn, &slug, &number)?;
            let sender = Sender {
                user_id: user.id,
                name: &user.display_name,
            };
            let start = signatures::Start {
                on: start,
                confirmed: form.confirm_start.is_some(),
            };
            signatures::send(conn, &pact, sender, (signer, start), now, &site)?;
            Ok(())
        })
        .await?;
    Ok(see_other(&back))
}

fn pact_ref(conn: &mut db::DbConn, slug: &str, number: &str) -> Result<PactRef, AppError> {
    let city = db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?;
    let pact_id = db::review::pact_id(conn, city.id, number)?.ok_or(AppError::NotFound)?;
    Ok(PactRef::load(conn, pact_id)?)
}

/// `POST /admin/{city}/signatures/{id}/resend` and `…/cancel`: an
/// officer's action on one request of their city.
async fn officer_action(
    state: &AppState,
    user: &User,
    (slug, id): (String, i64),
    resend: bool,
) -> Result<Response, AppError> {
    let (now, site, name) = (
        state.clock.now(),
        state.config.base_url.clone(),
        user.display_name.clone(),
    );
    let back = state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            let request = db::signing::get(conn, id)?.ok_or(AppError::NotFound)?;
            let pact = PactRef::load(conn, request.pact_id)?;
            if pact.city.id != city.id {
                return Err(AppError::NotFound);
            }
            if resend {
                signatures::resend(conn, id, now, &site)?;
            } else {
                signatures::cancel(conn, id, (&name, now), &site)?;
            }
            Ok(format!("/cities/{slug}/pacts/{}#signatures", pact.number))
        })
        .await?;
    Ok(see_other(&back))
}

/// `POST /admin/{city}/signatures/{id}/resend`.
pub async fn resend(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    officer_action(&state, &user, (slug, id), true).await
}

/// `POST /admin/{city}/signatures/{id}/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    officer_action(&state, &user, (slug, id), false).await
}

/// How the signatory reached the signing page.
#[derive(Debug, Clone)]
enum Via {
    /// Their personal link.
    Token(String),
    /// The pact's page, signed in.
    Account(String, String),
}

impl Via {
    fn path(&self) -> String {
        match self {
            Via::Token(token) => format!("/sign/{token}"),
            Via::Account(slug, number) => format!("/cities/{slug}/pacts/{number}/signature"),
        }
    }
}

/// A request found from how the signatory came, with how they are
/// identified and what they will sign.
pub struct Opened {
    /// The request.
    pub request: Request,
    /// Its pact.
    pub pact: PactRef,
    /// How they prove who they are: signed in, or a code by e-mail.
    pub method: Method,
    /// The version they sign, as stored.
    pub version: Option<db::pacts::Version>,
    /// Whether their turn has come.
    pub turn: bool,
    /// The page's own address, for its forms.
    pub path: String,
    /// The pact's status.
    pub status: crate::domain::lifecycle::Status,
    /// Whether the pact still waits for signatures (of its text or of an
    /// amendment).
    pub awaiting: bool,
}

fn open(
    conn: &mut db::DbConn,
    via: &Via,
    user: Option<&User>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Opened, AppError> {
    let request = match via {
        Via::Token(token) => {
            let request = db::signing::by_token(conn, &crate::security::hash_token(token))?
                .ok_or(AppError::NotFound)?;
            let expired = request
                .link_expires_at
                .is_none_or(|at| at <= db::timestamp(now));
            if expired && request.state == RequestState::Pending {
                return Err(AppError::Gone(Message::new("sign-link-expired")));
            }
            request
        }
        Via::Account(slug, number) => {
            let user = user.ok_or(AppError::NotFound)?;
            let pact = pact_ref(conn, slug, number)?;
            db::signing::of_user(conn, pact.pact_id, user.id)?.ok_or(AppError::NotFound)?
        }
    };
    let method = if user.is_some_and(|u| u.id == request.user_id) {
        Method::Session
    } else {
        Method::EmailCode
    };
    let pact = PactRef::load(conn, request.pact_id)?;
    let version = db::versions::get(conn, request.pact_id, request.version_number)?;
    let round = db::signing::round(conn, request.pact_id)?;
    let slots: Vec<_> = round.iter().map(Request::slot).collect();
    let turn = rules::may_sign(&slots, request.slot()).is_ok();
    Ok(Opened {
        status: db::pacts::status_of(conn, request.pact_id)?,
        awaiting: signatures::awaiting(conn, request.pact_id)?,
        request,
        pact,
        method,
        version,
        turn,
        path: via.path(),
    })
}

/// What the page says after an action.
#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    #[serde(default)]
    sent: Option<u8>,
}

async fn show(
    state: &AppState,
    ctx: &Ctx,
    via: Via,
    user: Option<User>,
    notice: &Notice,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let opened = state
        .db(move |conn| open(conn, &via, user.as_ref(), now))
        .await?;
    let form = view::SignForm::default();
    Ok(view::page(
        ctx,
        &opened,
        &form,
        &FieldErrors::default(),
        notice.sent.is_some(),
    )
    .into_response())
}

/// `GET /sign/{token}`: the signing page a signatory's link opens.
pub async fn by_link(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(token): Path<String>,
    Query(notice): Query<Notice>,
) -> Result<Response, AppError> {
    show(&state, &ctx, Via::Token(token), viewer.user, &notice).await
}

/// `GET /cities/{city}/pacts/{number}/signature`: the same page for a
/// signatory signed in.
pub async fn by_account(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Query(notice): Query<Notice>,
) -> Result<Response, AppError> {
    show(
        &state,
        &ctx,
        Via::Account(slug, number),
        viewer.user,
        &notice,
    )
    .await
}

/// `POST /sign/{token}/code`: e-mails the signatory a one-time code (five
/// an hour at most).
pub async fn send_code(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    let via = Via::Token(token);
    let path = via.path();
    state
        .db(move |conn| {
            let opened = open(conn, &via, viewer.user.as_ref(), now)?;
            let request = &opened.request;
            if request.state != RequestState::Pending {
                return Err(AppError::BadRequest(Message::new("sign-error-answered")));
            }
            if !opened.turn {
                return Err(AppError::BadRequest(Message::new(
                    "sign-error-not-your-turn",
                )));
            }
            let key = request.id.to_string();
            super::limits::SIGN_CODE.check(conn, &key, now)?;
            let code = format!("{:06}", rand::random_range(0..1_000_000u32));
            super::limits::SIGN_CODE.record(conn, &key, now)?;
            db::transaction(conn, |conn| {
                db::signing::set_code(
                    conn,
                    request.id,
                    &code_hash(request.id, &code),
                    now + TimeDelta::minutes(rules::CODE_MINUTES),
                )?;
                let lang = Lang::parse(&request.language).unwrap_or_default();
                let mail = messages::signature_code(
                    lang,
                    (&request.email, &request.name),
                    &opened.pact.title,
                    &code,
                    &format!("{site}{}", opened.path),
                );
                db::outbox::enqueue(conn, &mail, now)?;
                Ok::<_, diesel::result::Error>(())
            })?;
            Ok(())
        })
        .await?;
    Ok(see_other(&format!("{path}?sent=1#sign")))
}

/// The stored form of a one-time code: bound to its request, so that a
/// code is worth nothing on another.
fn code_hash(request_id: i64, code: &str) -> String {
    crate::security::hash_token(&format!("{request_id}:{code}"))
}

/// The signature form.
#[derive(Debug, Default, Deserialize)]
pub struct SignForm {
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    consent: Option<String>,
    #[serde(default)]
    code: String,
    #[serde(default)]
    reason: String,
}

fn evidence<'a>(
    state: &AppState,
    address: &'a str,
    headers: &'a HeaderMap,
    method: Method,
) -> Evidence<'a> {
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    // Browsers send a few hundred characters; a longer value is noise.
    let cut = user_agent
        .char_indices()
        .nth(500)
        .map_or(user_agent.len(), |(i, _)| i);
    Evidence {
        at: state.clock.now(),
        ip: address,
        user_agent: &user_agent[..cut],
        method,
    }
}

/// Who answers a signing request, from where: the viewer, their network
/// address and their request's headers (for the user agent).
pub struct Answering {
    user: Option<User>,
    address: String,
    headers: HeaderMap,
}

impl axum::extract::FromRequestParts<AppState> for Answering {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, AppError> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let ClientAddress(address) = ClientAddress::from_request_parts(parts, state).await?;
        Ok(Answering {
            user: viewer.user,
            address,
            headers: parts.headers.clone(),
        })
    }
}

/// A refused form: the page again with the errors, what was typed kept.
type Refused = (Opened, SignForm, FieldErrors);

/// Signs or declines, by `decline`; redirects to the signing page, or
/// shows it again with what was wrong.
async fn answer(
    state: &AppState,
    ctx: &Ctx,
    (via, who): (Via, Answering),
    form: SignForm,
    decline: bool,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    let limit = state.config.text_limits().comment;
    let state2 = state.clone();
    let outcome: Result<String, Refused> = state
        .db(move |conn| {
            let opened = open(conn, &via, who.user.as_ref(), now)?;
            let checked = if decline {
                check_reason(&form, limit).map(Err)
            } else {
                check_signature(conn, &opened, &form, now)?.map(Ok)
            };
            let answer = match checked {
                Ok(answer) => answer,
                Err(errors) => return Ok(Err((opened, form, errors))),
            };
            let evidence = evidence(&state2, &who.address, &who.headers, opened.method);
            match answer {
                Ok(consent) => {
                    signatures::sign(conn, opened.request.id, &consent, &evidence, &site)?;
                }
                Err(reason) => {
                    signatures::decline(conn, opened.request.id, &reason, &evidence, &site)?;
                }
            }
            Ok(Ok(opened.path))
        })
        .await?;
    Ok(match outcome {
        Ok(path) => see_other(&path),
        Err((opened, form, errors)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            view::page(ctx, &opened, &view::SignForm::from(&form), &errors, false),
        )
            .into_response(),
    })
}

/// The reason for declining, or what is wrong with it.
fn check_reason(form: &SignForm, limit: usize) -> Result<String, FieldErrors> {
    let reason = form.reason.trim().to_owned();
    if reason.is_empty() || reason.chars().count() > limit {
        let mut errors = FieldErrors::default();
        errors.add("reason", "sign-error-reason");
        return Err(errors);
    }
    Ok(reason)
}

/// The consent (full name, box) and, without a session, the one-time
/// code, checked; a wrong code counts as an attempt.
fn check_signature(
    conn: &mut db::DbConn,
    opened: &Opened,
    form: &SignForm,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Result<rules::Consent, FieldErrors>, AppError> {
    let mut errors = FieldErrors::default();
    let consent = match rules::consent(&form.full_name, form.consent.is_some()) {
        Ok(consent) => Some(consent),
        Err(ConsentError::Name) => {
            errors.add("full_name", "sign-error-name");
            None
        }
        Err(ConsentError::NotTicked) => {
            errors.add("consent", "sign-error-consent");
            None
        }
    };
    if opened.method == Method::EmailCode && opened.request.state == RequestState::Pending {
        let code: String = form.code.chars().filter(char::is_ascii_digit).collect();
        let hash = code_hash(opened.request.id, &code);
        let valid = db::transaction(conn, |conn| {
            db::signing::check_code(conn, opened.request.id, &hash, now)
        })?;
        if !valid {
            errors.add("code", "sign-error-code");
        }
    }
    Ok(match consent {
        Some(consent) if errors.is_empty() => Ok(consent),
        _ => Err(errors),
    })
}

impl From<&SignForm> for view::SignForm {
    fn from(form: &SignForm) -> Self {
        view::SignForm {
            full_name: form.full_name.clone(),
            consent: form.consent.is_some(),
            reason: form.reason.clone(),
        }
    }
}

/// `POST /sign/{token}`: signs through the personal link.
pub async fn sign_by_link(
    State(state): State<AppState>,
    ctx: Ctx,
    who: Answering,
    Path(token): Path<String>,
    Form(form): Form<SignForm>,
) -> Result<Response, AppError> {
    answer(&state, &ctx, (Via::Token(token), who), form, false).await
}

/// `POST /cities/{city}/pacts/{number}/signature`: signs while signed in.
pub async fn sign_by_account(
    State(state): State<AppState>,
    ctx: Ctx,
    who: Answering,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<SignForm>,
) -> Result<Response, AppError> {
    answer(&state, &ctx, (Via::Account(slug, number), who), form, false).await
}

/// `POST /sign/{token}/decline`.
pub async fn decline_by_link(
    State(state): State<AppState>,
    ctx: Ctx,
    who: Answering,
    Path(token): Path<String>,
    Form(form): Form<SignForm>,
) -> Result<Response, AppError> {
    answer(&state, &ctx, (Via::Token(token), who), form, true).await
}

/// `POST /cities/{city}/pacts/{number}/signature/decline`.
pub async fn decline_by_account(
    State(state): State<AppState>,
    ctx: Ctx,
    who: Answering,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<SignForm>,
) -> Result<Response, AppError> {
    answer(&state, &ctx, (Via::Account(slug, number), who), form, true).await
}

/// Which edition was asked for.
#[derive(Debug, Default, Deserialize)]
pub struct EditionQuery {
    #[serde(default)]
    edition: Option<String>,
}

/// `GET /cities/{city}/pacts/{number}/agreement.pdf`: the agreement as
/// issued (sealed once it is). Parties and the city's staff get the full
/// edition unless they ask for the public one; everyone else the public
/// edition.
pub async fn agreement(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Query(query): Query<EditionQuery>,
) -> Result<Response, AppError> {
    let asked_public = query.edition.as_deref() == Some("public");
    let file = number.clone();
    let (edition, version, bytes) = state
        .db(move |conn| {
            let loaded = super::drafting::load(conn, &slug, &number, viewer.user.as_ref())?;
            let edition = if loaded.participant.is_some() && !asked_public {
                Edition::Full
            } else {
                Edition::Public
            };
            let (version, bytes) = db::signing::latest_pdf(conn, loaded.detail.pact.id, edition)?
                .ok_or(AppError::NotFound)?;
            Ok((edition, version, bytes))
        })
        .await?;
    let suffix = if edition == Edition::Public {
        "-public"
    } else {
        ""
    };
    let filename = format!("pacte-{file}-v{version}{suffix}.pdf");
    let cache = if edition == Edition::Public {
        "public, max-age=300"
    } else {
        "private, no-store"
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, cache.to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// What a pact page shows of its signatures.
#[derive(Debug)]
pub struct Panel {
    /// The latest round, in signing order (participants only).
    pub round: Vec<Request>,
    /// Whether the viewer is staff of the city (may resend, cancel, send).
    pub staff: bool,
    /// For staff, when the current version may be sent: the city's
    /// signing officers (id, name), the viewer first if they are one.
    pub send: Option<Vec<(i64, String)>>,
    /// The viewer's own request waiting for them.
    pub own_pending: bool,
    /// For a renewal being sent, the start that follows its previous term.
    pub renewal_start: Option<NaiveDate>,
    /// The agreements issued (latest first).
    pub issued: Vec<db::signing::Issued>,
    /// Whether the viewer may download the full edition.
    pub full: bool,
}

/// The signatures panel of a pact page for `user`.
pub fn panel(
    conn: &mut db::DbConn,
    user: Option<&User>,
    city_id: i64,
    pact: (i64, crate::domain::lifecycle::Status),
    participant: bool,
) -> Result<Panel, AppError> {
    let (pact_id, status) = pact;
    let staff = user.is_some_and(|u| u.subject().is_staff_of(city_id));
    // Who signs is for the signed in only: a visitor's page skips it.
    let round = match user {
        Some(_) => db::signing::round(conn, pact_id)?,
        None => Vec::new(),
    };
    let own_pending = user.is_some_and(|u| {
        round
            .iter()
            .any(|r| r.user_id == u.id && r.state == RequestState::Pending)
    });
    // Waiting for signatures: of the text, or of an approved amendment.
    let waiting = status == crate::domain::lifecycle::Status::AwaitingSignatures
        || (staff && status.is_in_force() && signatures::awaiting(conn, pact_id)?);
    let send = if staff && waiting {
        let (version, _) = db::pacts::latest_version(conn, pact_id)?;
        let open = round
            .iter()
            .any(|r| r.version_number == version && r.state != RequestState::Cancelled);
        if open {
            None
        } else {
            let mut signers: Vec<(i64, String)> = db::users::staff_of(conn, city_id)?
                .into_iter()
                .filter(|u| u.can_sign)
                .map(|u| (u.id, u.display_name))
                .collect();
            if let Some(me) = user {
                signers.sort_by_key(|(id, _)| *id != me.id);
            }
            Some(signers)
        }
    } else {
        None
    };
    let renewal_start = match send {
        Some(_) => db::renewals::previous_end(conn, pact_id)?.map(next_start),
        None => None,
    };
    Ok(Panel {
        renewal_start,
        round: if participant || staff {
            round
        } else {
            Vec::new()
        },
        staff,
        send,
        own_pending,
        issued: db::signing::issued_of(conn, pact_id)?,
        full: participant || staff,
    })
}

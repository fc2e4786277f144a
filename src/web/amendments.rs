//! Amendments over the web: the amendment section of a pact page, a party
//! or an officer starting one, and the officers' steps (submit, send back,
//! approve, abandon).

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::drafting::{Participant, as_participant, reasoned};
use super::extract::{Form, Path};
use super::see_other;
use super::session::Viewer;
use crate::amendments::AmendmentFailure;
use crate::app::AppState;
use crate::db;
use crate::db::pacts::PactDetail;
use crate::domain::amendment::{self as rules, AmendmentError, AmendmentStep};
use crate::domain::vocab::Vocabulary;
use crate::error::{AppError, Message};
use crate::views::amendments::Section;

impl From<AmendmentFailure> for AppError {
    fn from(e: AmendmentFailure) -> Self {
        match e {
            AmendmentFailure::Rule(rule) => AppError::BadRequest(Message::new(match rule {
                AmendmentError::NotInForce => "amendment-error-not-in-force",
                AmendmentError::AlreadyOpen => "amendment-error-open",
                AmendmentError::Unchanged => "amendment-error-unchanged",
                AmendmentError::NotPermitted => "amendment-error-signing-officer",
                AmendmentError::NoneOpen | AmendmentError::NotNow => "error-not-now",
            })),
            AmendmentFailure::Db(e) => AppError::from(e),
        }
    }
}

/// The amendment section of a pact page, for its parties and the city's
/// staff: the amendments made or under way, and what they may do.
pub fn section(
    conn: &mut db::DbConn,
    detail: &PactDetail,
    participant: Option<Participant>,
) -> Result<Section, AppError> {
    let status = detail.pact.lifecycle.status;
    if participant.is_none() || !status.was_signed() {
        return Ok(Section::default());
    }
    // A pact imported without its text has nothing to amend in Pacta.
    let Some(version) = &detail.version else {
        return Ok(Section::default());
    };
    let amendments = db::amendments::of_pact(conn, detail.pact.id)?;
    let latest = db::pacts::latest_version(conn, detail.pact.id)?
        .0
        .max(version.number);
    Ok(Section {
        participant: true,
        staff: participant == Some(Participant::Staff),
        can_start: rules::may_start(status, detail.amendment.is_some()).is_ok(),
        latest,
        amendments,
    })
}

/// Starting an amendment.
#[derive(Debug, Default, Deserialize)]
pub struct StartForm {
    #[serde(default)]
    reason: String,
}

/// `POST /cities/{city}/pacts/{number}/amendment`: a party or an officer
/// starts an amendment of a pact in force, saying why.
pub async fn start(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    let back = format!("/cities/{slug}/pacts/{number}#amendments");
    reasoned(
        &state,
        (viewer, (slug, number)),
        &form.reason,
        ("amendment-error-not-party", "amendment-error-reason"),
        (crate::amendments::start, back),
    )
    .await
}

/// An officer's step.
#[derive(Debug, Default, Deserialize)]
pub struct StepForm {
    #[serde(default)]
    step: String,
}

/// `POST /admin/{city}/pacts/{number}/amendment`: an officer submits the
/// amendment under way, sends it back to drafting, approves it (a signing
/// officer) or abandons it.
pub async fn step(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, number)): Path<(String, String)>,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let step = AmendmentStep::parse(&form.step)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let (now, site) = (state.clock.now(), state.config.base_url.clone());
    let back = format!("/cities/{slug}/pacts/{number}#amendments");
    state
        .db(move |conn| {
            let (loaded, actor) =
                as_participant(conn, (&slug, &number), &user, "amendment-error-not-party")?;
            if loaded.participant != Some(Participant::Staff) {
                return Err(AppError::NotFound);
            }
            crate::amendments::step(
                conn,
                loaded.detail.pact.id,
                step,
                (actor, &user.display_name),
                (now, &site),
            )?;
            Ok(())
        })
        .await?;
    Ok(see_other(&back))
}

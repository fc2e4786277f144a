//! Background work inside the server (and `pacta jobs run`): closing
//! comment periods that are over, moving pacts past their end date to
//! expired, lifting suspensions that are over, expiry notices, overdue
//! reports, reminders
//! to signatories, the city's seal on issued agreements, the daily digests
//! of followed pacts, and delivering the e-mail outbox. Each pass is idempotent; several
//! servers may run it at once.

use std::time::Duration;

use chrono::NaiveDate;

use crate::app::AppState;
use crate::db;
use crate::error::AppError;

/// Messages handled per pass.
const BATCH: i64 = 20;

/// Delivers the messages due now; returns how many were sent. A failure is
/// recorded on the message, which is retried later with backoff.
pub async fn deliver_outbox(state: &AppState) -> Result<usize, AppError> {
    let now = state.clock.now();
    let due = state
        .db(move |conn| Ok(db::outbox::claim_due(conn, now, BATCH)?))
        .await?;
    let mut sent = 0;
    for mail in due {
        let outcome = state.mailer.deliver(&mail).await;
        let now = state.clock.now();
        let (id, attempts) = (mail.id, mail.attempts);
        match outcome {
            Ok(()) => {
                state
                    .db(move |conn| Ok(db::outbox::mark_sent(conn, id, now)?))
                    .await?;
                sent += 1;
            }
            Err(e) => {
                // SMTP errors may quote the recipient: redacted in the log,
                // kept in the outbox row for administrators.
                let error = crate::telemetry::redact_emails(&e.to_string());
                tracing::warn!(
                    outbox = id,
                    attempts = attempts + 1,
                    error,
                    "mail delivery failed, will retry"
                );
                let error = e.to_string();
                state
                    .db(move |conn| Ok(db::outbox::mark_failed(conn, id, attempts, &error, now)?))
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// Closes the comment periods that are over: the proposal goes back to the
/// officer's review. Returns how many were closed.
pub async fn close_comment_periods(state: &AppState) -> Result<usize, AppError> {
    let now = state.clock.now();
    state
        .db(move |conn| {
            let mut closed = 0;
            for (pact_id, city_id) in db::comments::periods_to_close(conn, now.date_naive())? {
                let settings = db::cities::get(conn, city_id)?.settings();
                let action = crate::domain::lifecycle::Action::CloseComments;
                match db::pacts::apply(
                    conn,
                    pact_id,
                    &action,
                    crate::domain::lifecycle::Actor::System,
                    "Pacta",
                    now,
                    &settings,
                ) {
                    Ok(_) => closed += 1,
                    // Another runner closed it first, or it moved meanwhile.
                    Err(db::pacts::WriteError::Transition(_) | db::pacts::WriteError::Conflict) => {
                    }
                    Err(e) => return Err(AppError::Internal(e.into())),
                }
            }
            Ok(closed)
        })
        .await
}

/// Makes today's digests, once the configured hour is past: for each
/// person, the notifications they chose to get so since their last one,
/// and what happened to the pacts they follow,
/// queued in the same transaction that records the digest as made, so that
/// two runners never send it twice. Nothing happened, nothing is sent.
/// Returns how many were queued.
pub async fn send_digests(state: &AppState) -> Result<usize, AppError> {
    use chrono::Timelike;
    let now = state.clock.now();
    if now.hour() < state.config.digest_hour {
        return Ok(0);
    }
    let site = state.config.base_url.clone();
    state
        .db(move |conn| {
            let (today, until) = (now.date_naive(), db::timestamp(now));
            let mut queued = 0;
            for follower in db::follows::due(conn, today)? {
                let since = follower.last.map(|(_, covered)| covered);
                let sent = db::transaction(conn, |conn| {
                    if !db::follows::record(conn, &follower, today, until)? {
                        return Ok::<_, diesel::result::Error>(false);
                    }
                    let activity = db::follows::activity(conn, follower.user_id, since, until)?;
                    let notes = db::notifications::take_for_digest(conn, follower.user_id, until)?;
                    if activity.is_empty() && notes.is_empty() {
                        return Ok(false);
                    }
                    let lang = crate::i18n::Lang::parse(&follower.language).unwrap_or_default();
                    let mail = crate::mail::messages::digest(
                        lang,
                        (&follower.email, &follower.name),
                        (&notes, &activity),
                        &site,
                    );
                    db::outbox::enqueue(conn, &mail, now)?;
                    Ok(true)
                })?;
                queued += usize::from(sent);
            }
            Ok(queued)
        })
        .await
}

/// Reminds the signatories who have not answered their link after the
/// city's number of days, up to its cap. Returns how many were reminded.
pub async fn send_signature_reminders(state: &AppState) -> Result<usize, AppError> {
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    state
        .db(move |conn| Ok(crate::signatures::send_reminders(conn, now, &site)?))
        .await
}

/// Seals the agreements due (issued and not sealed yet, or failed and due
/// again) with their city's certificate, made self-signed if the city has
/// none. A failure is recorded on the agreement, shown to officers as
/// "sealing failed" and retried with backoff; two runners sealing the same
/// agreement store it once. Returns how many were sealed.
pub async fn seal_agreements(state: &AppState) -> Result<usize, AppError> {
    let now = state.clock.now();
    let due = state
        .db(move |conn| Ok(db::seals::due(conn, now, BATCH)?))
        .await?;
    let mut sealed = 0;
    for agreement in due {
        let city_id = agreement.city_id;
        let secret = state
            .db(move |conn| {
                let city = db::cities::get(conn, city_id)?;
                crate::seal::ensure(conn, (city.id, &city.slug, &city.name), now)
                    .map_err(|e| AppError::Internal(e.into()))?;
                Ok(db::seals::secret(conn, city_id)?)
            })
            .await?;
        let outcome = match &secret {
            Some((pkcs12, password)) => {
                crate::seal::seal_pdf((pkcs12, password), &agreement.pdf, "Pacta").await
            }
            None => Err(crate::seal::SealError::Certificate("none".into())),
        };
        let (id, attempts) = (agreement.id, agreement.attempts);
        match outcome {
            Ok(bytes) => {
                let stored = state
                    .db(move |conn| Ok(db::seals::mark_sealed(conn, id, &bytes)?))
                    .await?;
                sealed += usize::from(stored);
            }
            Err(e) => {
                tracing::warn!(agreement = id, attempts = attempts + 1, error = %e, "sealing failed, will retry");
                let error = e.to_string();
                state
                    .db(move |conn| Ok(db::seals::mark_failed(conn, id, attempts, &error, now)?))
                    .await?;
            }
        }
    }
    Ok(sealed)
}

/// Pacts in force: expiry notices, expiry, the end of suspensions.
async fn terms(
    state: &AppState,
    job: fn(
        &mut db::DbConn,
        chrono::DateTime<chrono::Utc>,
        &str,
    ) -> Result<usize, crate::terms::TermError>,
) -> Result<usize, AppError> {
    let now = state.clock.now();
    let site = state.config.base_url.clone();
    state
        .db(move |conn| job(conn, now, &site).map_err(|e| AppError::Internal(e.into())))
        .await
}

/// The background jobs, in the order a pass runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// Closes comment periods that are over.
    CloseComments,
    /// Moves pacts past their end date to expired.
    ExpirePacts,
    /// Lifts suspensions whose end date has passed.
    ResumeSuspensions,
    /// Sends expiry notices at the city's offsets.
    ExpiryNotices,
    /// Tells the parties of overdue reports.
    OverdueReports,
    /// Reminds signatories.
    SignatureReminders,
    /// Seals issued agreements.
    SealAgreements,
    /// Sends the daily digests.
    Digests,
    /// Delivers the outbox.
    Outbox,
}

impl Job {
    /// Every job, in order.
    pub const ALL: [Job; 9] = [
        Job::CloseComments,
        Job::ExpirePacts,
        Job::ResumeSuspensions,
        Job::ExpiryNotices,
        Job::OverdueReports,
        Job::SignatureReminders,
        Job::SealAgreements,
        Job::Digests,
        Job::Outbox,
    ];

    /// Its stable name (logs, the administrators' page).
    pub fn name(self) -> &'static str {
        match self {
            Job::CloseComments => "close_comment_periods",
            Job::ExpirePacts => "expire_pacts",
            Job::ResumeSuspensions => "resume_suspensions",
            Job::ExpiryNotices => "expiry_notices",
            Job::OverdueReports => "overdue_reports",
            Job::SignatureReminders => "signature_reminders",
            Job::SealAgreements => "seal_agreements",
            Job::Digests => "digests",
            Job::Outbox => "outbox",
        }
    }

    /// Runs it once; returns how many things it did.
    pub async fn run(self, state: &AppState) -> Result<usize, AppError> {
        match self {
            Job::CloseComments => close_comment_periods(state).await,
            Job::ExpirePacts => terms(state, crate::terms::expire_ended).await,
            Job::ResumeSuspensions => terms(state, crate::terms::resume_suspensions).await,
            Job::ExpiryNotices => terms(state, crate::terms::send_expiry_notices).await,
            Job::OverdueReports => terms(state, crate::terms::flag_overdue_reports).await,
            Job::SignatureReminders => send_signature_reminders(state).await,
            Job::SealAgreements => seal_agreements(state).await,
            Job::Digests => send_digests(state).await,
            Job::Outbox => deliver_outbox(state).await,
        }
    }
}

/// What one job did in a pass.
#[derive(Debug)]
pub enum Outcome {
    /// It ran and did this many things.
    Done(usize),
    /// It failed with this error; it waits before running again.
    Failed(String),
    /// It is waiting after earlier failures.
    Waiting,
    /// It sweeps the registry, which did not change since its last run
    /// the same day: nothing new to find.
    Unchanged,
}

impl Job {
    /// Whether it sweeps the registry for what a day brings (comment
    /// periods over, terms ended, suspensions over, notices and reports
    /// due): it can find something new only on a new day or after a write
    /// to the registry, and it reads many rows (hundreds of thousands at a
    /// million pacts), so passes skip it otherwise.
    pub fn sweeps(self) -> bool {
        matches!(
            self,
            Job::CloseComments
                | Job::ExpirePacts
                | Job::ResumeSuspensions
                | Job::ExpiryNotices
                | Job::OverdueReports
        )
    }
}

/// Runs every job once, each recorded (start, end or error) for the
/// administrators; a job that failed waits 1, 2, 4… minutes (at most an
/// hour) before the next pass runs it again, unless `force` (a pass run by
/// hand). Every job is idempotent: two passes at once, in one process or
/// two, never send a message or apply a change twice.
pub async fn run_pass(state: &AppState, force: bool) -> Vec<(Job, Outcome)> {
    let start = state.clock.now();
    // One read of every job's last run and of the registry's generation,
    // one write of the pass at its end.
    let (waiting, generation, swept): (Vec<String>, i64, Vec<(String, NaiveDate, i64)>) =
        match state
            .db(move |conn| {
                Ok((
                    db::jobs::waiting(conn, start)?,
                    db::registry_index::generation(conn)?,
                    db::jobs::swept(conn)?,
                ))
            })
            .await
        {
            Ok(read) => read,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the jobs' runs");
                return Vec::new();
            }
        };
    let mut outcomes = Vec::new();
    let mut runs = Vec::new();
    for job in Job::ALL {
        let name = job.name();
        if !force && waiting.iter().any(|w| w == name) {
            outcomes.push((job, Outcome::Waiting));
            continue;
        }
        let seen = (start.date_naive(), generation);
        // Swept through already (recorded with the runs, so by this
        // process or another).
        let done = swept
            .iter()
            .any(|(n, day, g)| n == name && (*day, *g) == seen);
        if !force && job.sweeps() && done {
            outcomes.push((job, Outcome::Unchanged));
            continue;
        }
        let started = state.clock.now();
        let outcome = match job.run(state).await {
            Ok(count) => Outcome::Done(count),
            Err(e) => {
                let error = match &e {
                    AppError::Internal(inner) => format!("{inner:#}"),
                    other => other.to_string(),
                };
                let error = crate::telemetry::redact_emails(&error);
                tracing::error!(job = name, error, "job failed, will retry");
                Outcome::Failed(error)
            }
        };
        // Writes made since it started move the generation on: the next
        // pass looks again.
        let ran_through = job.sweeps() && matches!(outcome, Outcome::Done(_));
        runs.push(db::jobs::Run {
            name,
            started,
            swept: ran_through.then_some(seen),
            outcome: match &outcome {
                Outcome::Done(count) => Ok(*count),
                Outcome::Failed(error) => Err(error.clone()),
                Outcome::Waiting | Outcome::Unchanged => continue,
            },
        });
        outcomes.push((job, outcome));
    }
    let now = state.clock.now();
    if let Err(e) = state
        .db(move |conn| Ok(db::jobs::record(conn, &runs, now)?))
        .await
    {
        tracing::error!(error = %e, "cannot record the jobs' runs");
    }
    outcomes
}

/// Runs the jobs every `interval` until the process ends.
pub fn spawn_worker(state: AppState, interval: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            run_pass(&state, false).await;
        }
    })
}

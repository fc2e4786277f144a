//! Background work inside the server: closing comment periods that are
//! over, the daily digests of followed pacts, reminders to signatories,
//! the city's seal on issued agreements, and delivering the e-mail outbox. Each pass is idempotent; several
//! servers may run it at once.

use std::time::Duration;

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

/// Makes today's digests for followers, once the configured hour is past:
/// for each, what happened to the pacts they follow since their last one,
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
                    if activity.is_empty() {
                        return Ok(false);
                    }
                    let lang = crate::i18n::Lang::parse(&follower.language).unwrap_or_default();
                    let mail = crate::mail::messages::digest(
                        lang,
                        (&follower.email, &follower.name),
                        &activity,
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

/// Runs the jobs every `interval` until the process ends.
pub fn spawn_worker(state: AppState, interval: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(e) = close_comment_periods(&state).await {
                tracing::error!(error = %e, "closing comment periods failed");
            }
            if let Err(e) = send_digests(&state).await {
                tracing::error!(error = %e, "digests failed");
            }
            if let Err(e) = send_signature_reminders(&state).await {
                tracing::error!(error = %e, "signature reminders failed");
            }
            if let Err(e) = seal_agreements(&state).await {
                tracing::error!(error = %e, "sealing failed");
            }
            if let Err(e) = deliver_outbox(&state).await {
                tracing::error!(error = %e, "outbox pass failed");
            }
        }
    })
}

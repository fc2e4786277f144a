//! The term of pacts in force, kept true by the jobs: expiry notices at
//! the city's offsets before the end date, pacts moved to expired after
//! it, suspensions lifted when their end date passes; and the messages
//! telling the parties when an officer suspends, resumes or ends a pact.
//!
//! Each change is one transaction with its messages; notices are recorded
//! under a unique key in that transaction, and lifecycle moves are applied
//! only from the status read, so a second runner (or a second pass) finds
//! the work done and sends nothing.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::db::{self, DbConn};
use crate::domain::lifecycle::{Action, Actor, Status};
use crate::i18n::{Arg, Lang};
use crate::mail::messages::{self, PactNotice};
use crate::signatures::PactRef;

/// A failure of a term job.
pub type TermError = db::pacts::WriteError;

/// Notifies `notice` about `pact` to its parties and its assigned officer,
/// each once, in their language, delivered as each chose for its kind;
/// `args` are the message's details. Returns how many were told.
pub fn tell(
    conn: &mut DbConn,
    pact: &PactRef,
    notice: PactNotice,
    (args, reasons): (&[(&'static str, Arg)], Option<&str>),
    (now, site): (DateTime<Utc>, &str),
) -> diesel::QueryResult<usize> {
    // The parties first (each once), then the officer in charge if not
    // already among them.
    let mut recipients: Vec<(String, String, String, bool)> =
        db::terms::party_contacts(conn, pact.pact_id)?
            .into_iter()
            .map(|(email, name, language)| (email, name, language, true))
            .collect();
    if let Some((email, name, language)) = db::review::assignee_contact(conn, pact.pact_id)?
        && !recipients.iter().any(|r| r.0 == email)
    {
        recipients.push((email, name, language, false));
    }
    let link = format!("{site}/cities/{}/pacts/{}", pact.city.slug, pact.number);
    for (email, name, language, party) in &recipients {
        let lang = Lang::parse(language).unwrap_or_default();
        let mut localised: Vec<(&'static str, Arg)> = args.to_vec();
        // Dates are written in the recipient's language.
        for (_, value) in &mut localised {
            if let Arg::Str(text) = value
                && let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            {
                *text = lang.date(date);
            }
        }
        let mail = messages::about_pact(
            lang,
            (email, name),
            notice,
            (&pact.title, &pact.number),
            &localised,
            (reasons, &link),
        );
        let about = crate::notify::About {
            kind: notice.kind(),
            pact_id: Some(pact.pact_id),
            party: *party,
            link: &link,
        };
        crate::notify::send(conn, &about, &mail, now)?;
    }
    Ok(recipients.len())
}

/// Sends the expiry notices due `now`: for each pact in force whose end
/// date is at most its city's largest offset away, the notice of the
/// latest offset reached (one missed while the server was down is not sent
/// late once a later one is due). The notices already sent are read in
/// one query, so a pass with nothing to send costs three queries. Returns
/// how many pacts were noticed.
pub fn send_expiry_notices(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    site: &str,
) -> Result<usize, TermError> {
    let today = now.date_naive();
    let offsets: HashMap<i64, Vec<u32>> = db::cities::list(conn)?
        .iter()
        .map(|city| (city.id, city.settings().expiry_notice_days))
        .collect();
    let horizon = offsets.values().flatten().copied().max().unwrap_or(0);
    let until = today
        .checked_add_days(Days::new(horizon.into()))
        .unwrap_or(NaiveDate::MAX);
    let ending = db::terms::ending_between(conn, today, until)?;
    let due: Vec<(i64, NaiveDate, u32)> = ending
        .iter()
        .filter_map(|&(pact_id, city_id, end)| {
            let days_left = (end - today).num_days();
            let offset = offsets
                .get(&city_id)?
                .iter()
                .copied()
                .filter(|&days| i64::from(days) >= days_left)
                .min()?;
            Some((pact_id, end, offset))
        })
        .collect();
    let ids: Vec<i64> = due.iter().map(|(id, _, _)| *id).collect();
    let sent = db::notices::sent(conn, "expiry", &ids)?;
    // A term whose renewal is under way or signed needs no reminder; one
    // that renews tacitly gets a notice saying so, with the deadline to
    // object.
    let renewals = db::renewals::renewed(conn, &ids)?;
    let pairs: Vec<(i64, i64)> = ending.iter().map(|&(id, city, _)| (id, city)).collect();
    let tacit = crate::renewals::tacit_among(conn, &pairs)?;
    let mut noticed = 0;
    for (pact_id, end, offset) in due {
        let key = offset.to_string();
        let renewing = renewals
            .get(&pact_id)
            .is_some_and(|s| !matches!(s, Status::Rejected | Status::Withdrawn));
        if renewing || sent.contains(&(pact_id, key.clone())) {
            continue;
        }
        let pact = PactRef::load(conn, pact_id)?;
        let done = db::transaction(conn, |conn| {
            // Another runner may have sent it since it was read.
            if db::notices::was_sent(conn, pact_id, "expiry", &key)? {
                return Ok::<_, diesel::result::Error>(false);
            }
            db::notices::record(conn, pact_id, "expiry", &key, now)?;
            let mut args = vec![
                ("date", Arg::Str(end.to_string())),
                ("days", Arg::Num((end - today).num_days())),
            ];
            let notice = if tacit.contains(&pact_id) {
                let deadline = pact.city.renewal().objection_deadline(end);
                args.push(("deadline", Arg::Str(deadline.to_string())));
                args.push((
                    "open",
                    Arg::Str(if today <= deadline { "yes" } else { "no" }.to_owned()),
                ));
                PactNotice::TacitRenewal
            } else {
                PactNotice::Expiry
            };
            tell(conn, &pact, notice, (&args, None), (now, site))?;
            Ok(true)
        })?;
        noticed += usize::from(done);
    }
    Ok(noticed)
}

/// Ends the terms of the pacts in force whose end date has passed: those
/// that renew tacitly get their next term, the others expire; the parties
/// are told. Returns how many terms ended.
pub fn expire_ended(conn: &mut DbConn, now: DateTime<Utc>, site: &str) -> Result<usize, TermError> {
    let today = now.date_naive();
    let ended = db::terms::ended(conn, today)?;
    let mut tacit: Vec<i64> = crate::renewals::tacit_among(conn, &ended)?
        .into_iter()
        .collect();
    tacit.sort_unstable();
    let renewed = crate::renewals::renew_tacitly(conn, &tacit, (now, site))?;
    // The renewed ones have expired; whatever is left in force (suspended
    // at its end, say) expires.
    let pacts = if tacit.is_empty() {
        ended
    } else {
        db::terms::ended(conn, today)?
    };
    let expired = move_by_clock(
        conn,
        &pacts,
        (&Action::Expire, PactNotice::Expired),
        (now, site),
    )?;
    Ok(renewed + expired)
}

/// Lifts the suspensions whose end date has passed, and tells the
/// parties. Returns how many pacts resumed.
pub fn resume_suspensions(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    site: &str,
) -> Result<usize, TermError> {
    let pacts = db::terms::suspensions_over(conn, now.date_naive())?;
    move_by_clock(
        conn,
        &pacts,
        (&Action::Resume, PactNotice::Resumed),
        (now, site),
    )
}

/// Applies a clock-driven action to each pact and tells its parties, one
/// transaction each; a pact another runner moved first is skipped.
fn move_by_clock(
    conn: &mut DbConn,
    pacts: &[(i64, i64)],
    (action, notice): (&Action, PactNotice),
    (now, site): (DateTime<Utc>, &str),
) -> Result<usize, TermError> {
    let mut moved = 0;
    for &(pact_id, _) in pacts {
        let pact = PactRef::load(conn, pact_id)?;
        let done = db::transaction(conn, |conn| {
            let settings = pact.city.settings();
            match db::pacts::apply(
                conn,
                pact_id,
                action,
                Actor::System,
                "Pacta",
                now,
                &settings,
            ) {
                Ok(_) => {}
                // Another runner got there first, or it moved meanwhile.
                Err(TermError::Transition(_) | TermError::Conflict) => return Ok(false),
                Err(e) => return Err(e),
            }
            db::terms::set_suspended_until(conn, pact_id, None)?;
            // A term whose renewal is signed does not end the pact: say so.
            let renewal = match action {
                Action::Expire => {
                    db::renewals::of_term(conn, pact_id)?.filter(|r| r.status.is_in_force())
                }
                _ => None,
            };
            match renewal {
                Some(renewal) => {
                    let start = renewal
                        .start_date
                        .map(|d| d.to_string())
                        .unwrap_or_default();
                    let args = [
                        ("renewal", Arg::Str(renewal.number)),
                        ("date", Arg::Str(start)),
                    ];
                    tell(
                        conn,
                        &pact,
                        PactNotice::Continued,
                        (&args, None),
                        (now, site),
                    )?;
                }
                None => {
                    tell(conn, &pact, notice, (&[], None), (now, site))?;
                }
            }
            Ok(true)
        })?;
        moved += usize::from(done);
    }
    Ok(moved)
}

/// Tells the parties and the officer of each report overdue `now`, once
/// per period (the reports and the notices sent read in bulk). Returns how
/// many reminders went out.
pub fn flag_overdue_reports(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    site: &str,
) -> Result<usize, TermError> {
    let today = now.date_naive();
    let since = today.checked_sub_days(Days::new(365)).unwrap_or(today);
    let overdue = db::reports::overdue(conn, None, (since, today))?;
    let ids: Vec<i64> = overdue.iter().map(|(id, ..)| *id).collect();
    let sent = db::notices::sent(conn, "report_overdue", &ids)?;
    let mut flagged = 0;
    for (pact_id, _, _, period) in overdue {
        let key = period.end.to_string();
        if sent.contains(&(pact_id, key.clone())) {
            continue;
        }
        let pact = PactRef::load(conn, pact_id)?;
        let done = db::transaction(conn, |conn| {
            if db::notices::was_sent(conn, pact_id, "report_overdue", &key)? {
                return Ok::<_, diesel::result::Error>(false);
            }
            db::notices::record(conn, pact_id, "report_overdue", &key, now)?;
            let args = [
                ("start", Arg::Str(period.start.to_string())),
                ("end", Arg::Str(period.end.to_string())),
            ];
            tell(
                conn,
                &pact,
                PactNotice::ReportOverdue,
                (&args, None),
                (now, site),
            )?;
            Ok(true)
        })?;
        flagged += usize::from(done);
    }
    Ok(flagged)
}

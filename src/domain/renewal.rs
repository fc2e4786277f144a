//! Renewals: a pact in force is renewed for a new term, either on request
//! (the parties or the city ask, the officer accepts, everyone signs
//! again) or tacitly (ordinary pacts of cities that allow it, unless
//! someone objects before a deadline). The new term is a pact of its own,
//! numbered like the first with `-R1`, `-R2`… and linked to the term it
//! follows; it starts the day after that term ends, unless an officer
//! explicitly decides otherwise.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::lifecycle::{Lifecycle, Status, TransitionError, end_date};
use super::vocab::PactKind;

/// How a city renews its pacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalSettings {
    /// Whether ordinary pacts renew by themselves for the same duration
    /// when nobody objects.
    pub tacit: bool,
    /// Until how many days before the end date a party or the city may
    /// object to a tacit renewal.
    pub objection_days: u32,
}

impl Default for RenewalSettings {
    /// Express renewals only; objections up to 30 days before the end.
    fn default() -> Self {
        Self {
            tacit: false,
            objection_days: 30,
        }
    }
}

impl RenewalSettings {
    /// Whether the objection period is usable (1 to 365 days).
    pub fn is_valid(&self) -> bool {
        (1..=365).contains(&self.objection_days)
    }

    /// Whether a pact of this kind renews tacitly in this city.
    pub fn is_tacit_for(&self, kind: PactKind) -> bool {
        self.tacit && kind == PactKind::Ordinary
    }

    /// The last day to object to the tacit renewal of a pact ending on `end`.
    pub fn objection_deadline(&self, end: NaiveDate) -> NaiveDate {
        end.checked_sub_days(Days::new(self.objection_days.into()))
            .unwrap_or(end)
    }
}

/// Why a renewal cannot be asked for, objected to or started so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RenewalError {
    /// Only a pact in force, with an end date, is renewed.
    #[error("only a pact in force can be renewed")]
    NotInForce,
    /// The renewal window opens with the first expiry notice.
    #[error("renewal can be asked for from {opens}")]
    NotYet {
        /// The first day it can.
        opens: NaiveDate,
    },
    /// The term already has a renewal (asked for, refused or done).
    #[error("this term already has a renewal")]
    AlreadyRenewed,
    /// The pact does not renew tacitly, so there is nothing to object to.
    #[error("this pact does not renew tacitly")]
    NotTacit,
    /// The deadline to object has passed.
    #[error("objections closed on {deadline}")]
    ObjectionsClosed {
        /// The last day one could object.
        deadline: NaiveDate,
    },
    /// Someone already objected.
    #[error("an objection was already made")]
    AlreadyObjected,
    /// The chosen start leaves days uncovered after the previous term.
    #[error("the new term would leave {days} days uncovered")]
    Gap {
        /// Days between the two terms.
        days: i64,
    },
    /// The chosen start falls inside the previous term.
    #[error("the new term would overlap the previous one by {days} days")]
    Overlap {
        /// Days both terms would cover.
        days: i64,
    },
}

/// The first day the parties may ask to renew a pact ending on `end`: the
/// day of the city's first expiry notice (`notice_days`, the largest
/// offset; 90 days when the city sends none).
pub fn window_opens(end: NaiveDate, notice_days: &[u32]) -> NaiveDate {
    let days = notice_days.iter().copied().max().unwrap_or(90);
    end.checked_sub_days(Days::new(days.into())).unwrap_or(end)
}

/// Whether a renewal of the term `life` may be asked for `today`;
/// `renewed` says whether the term already has one.
pub fn may_ask(
    life: &Lifecycle,
    renewed: bool,
    today: NaiveDate,
    notice_days: &[u32],
) -> Result<(), RenewalError> {
    let end = match (life.status, life.end_date) {
        (Status::Active | Status::Suspended, Some(end)) if today <= end => end,
        _ => return Err(RenewalError::NotInForce),
    };
    if renewed {
        return Err(RenewalError::AlreadyRenewed);
    }
    let opens = window_opens(end, notice_days);
    if today < opens {
        return Err(RenewalError::NotYet { opens });
    }
    Ok(())
}

/// Whether a party or the city may object `today` to the tacit renewal of
/// the term `life`, in a city renewing so; `objected` says whether someone
/// already did, `renewed` whether the term has a renewal.
pub fn may_object(
    life: &Lifecycle,
    (objected, renewed): (bool, bool),
    today: NaiveDate,
    settings: &RenewalSettings,
) -> Result<NaiveDate, RenewalError> {
    let (Status::Active | Status::Suspended, Some(end)) = (life.status, life.end_date) else {
        return Err(RenewalError::NotInForce);
    };
    if !settings.is_tacit_for(life.kind) || renewed {
        return Err(RenewalError::NotTacit);
    }
    if objected {
        return Err(RenewalError::AlreadyObjected);
    }
    let deadline = settings.objection_deadline(end);
    if today > deadline {
        return Err(RenewalError::ObjectionsClosed { deadline });
    }
    Ok(deadline)
}

/// The first day of the term after one ending on `previous_end`.
pub fn next_start(previous_end: NaiveDate) -> NaiveDate {
    previous_end.succ_opt().unwrap_or(previous_end)
}

/// Checks a start chosen for a renewal: anything but the day after the
/// previous term leaves a gap or an overlap, accepted only when the
/// officer `confirmed` it.
pub fn check_start(
    previous_end: NaiveDate,
    chosen: NaiveDate,
    confirmed: bool,
) -> Result<(), RenewalError> {
    let expected = next_start(previous_end);
    let days = (chosen - expected).num_days();
    match days {
        0 => Ok(()),
        _ if confirmed => Ok(()),
        d if d > 0 => Err(RenewalError::Gap { days: d }),
        d => Err(RenewalError::Overlap { days: -d }),
    }
}

/// The state of a term renewed tacitly: in force from the day after the
/// previous one ends, for the same duration, recorded `today`.
pub fn tacit_term(previous: &Lifecycle, today: NaiveDate) -> Result<Lifecycle, TransitionError> {
    let previous_end = previous.end_date.ok_or(TransitionError::DateOutOfRange)?;
    let start = next_start(previous_end);
    let months = previous
        .duration_months
        .ok_or(TransitionError::DurationUnknown)?;
    let mut next = Lifecycle::submitted(previous.kind, months, today);
    next.executive_decision
        .clone_from(&previous.executive_decision);
    next.start_date = Some(start);
    next.end_date = Some(end_date(start, months)?);
    next.status = Status::Active;
    debug_assert_eq!(next.check_invariants(), Ok(()));
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    fn in_force(kind: PactKind, start: &str, end: &str) -> Lifecycle {
        let mut life = Lifecycle::submitted(kind, 24, date("2024-01-10"));
        life.status = Status::Active;
        life.start_date = Some(date(start));
        life.end_date = Some(date(end));
        life
    }

    #[test]
    fn renewal_opens_with_the_first_expiry_notice() {
        let life = in_force(PactKind::Ordinary, "2025-01-01", "2026-12-31");
        let notices = [90, 30, 7];
        assert_eq!(
            window_opens(date("2026-12-31"), &notices),
            date("2026-10-02")
        );
        assert_eq!(
            may_ask(&life, false, date("2026-10-01"), &notices),
            Err(RenewalError::NotYet {
                opens: date("2026-10-02")
            })
        );
        assert_eq!(may_ask(&life, false, date("2026-10-02"), &notices), Ok(()));
        assert_eq!(may_ask(&life, false, date("2026-12-31"), &notices), Ok(()));
        assert_eq!(
            may_ask(&life, true, date("2026-12-01"), &notices),
            Err(RenewalError::AlreadyRenewed)
        );
        assert_eq!(
            may_ask(&life, false, date("2027-01-01"), &notices),
            Err(RenewalError::NotInForce)
        );
        let mut ended = life.clone();
        ended.status = Status::Expired;
        assert_eq!(
            may_ask(&ended, false, date("2026-12-01"), &notices),
            Err(RenewalError::NotInForce)
        );
        // A city without notices still opens renewals 90 days ahead.
        assert_eq!(window_opens(date("2026-12-31"), &[]), date("2026-10-02"));
    }

    #[test]
    fn the_new_term_follows_the_old_one_unless_confirmed() {
        let end = date("2026-12-31");
        assert_eq!(next_start(end), date("2027-01-01"));
        assert_eq!(check_start(end, date("2027-01-01"), false), Ok(()));
        assert_eq!(
            check_start(end, date("2027-01-15"), false),
            Err(RenewalError::Gap { days: 14 })
        );
        assert_eq!(
            check_start(end, date("2026-12-01"), false),
            Err(RenewalError::Overlap { days: 31 })
        );
        assert_eq!(check_start(end, date("2027-01-15"), true), Ok(()));
        assert_eq!(check_start(end, date("2026-12-01"), true), Ok(()));
    }

    #[test]
    fn only_ordinary_pacts_of_tacit_cities_take_objections_before_the_deadline() {
        let tacit = RenewalSettings {
            tacit: true,
            objection_days: 30,
        };
        let life = in_force(PactKind::Ordinary, "2025-01-01", "2026-12-31");
        assert_eq!(
            may_object(&life, (false, false), date("2026-12-01"), &tacit),
            Ok(date("2026-12-01"))
        );
        assert_eq!(
            may_object(&life, (false, false), date("2026-12-02"), &tacit),
            Err(RenewalError::ObjectionsClosed {
                deadline: date("2026-12-01")
            })
        );
        assert_eq!(
            may_object(&life, (true, false), date("2026-11-01"), &tacit),
            Err(RenewalError::AlreadyObjected)
        );
        assert_eq!(
            may_object(&life, (false, true), date("2026-11-01"), &tacit),
            Err(RenewalError::NotTacit)
        );
        let complex = in_force(PactKind::Complex, "2025-01-01", "2026-12-31");
        assert_eq!(
            may_object(&complex, (false, false), date("2026-11-01"), &tacit),
            Err(RenewalError::NotTacit)
        );
        assert_eq!(
            may_object(
                &life,
                (false, false),
                date("2026-11-01"),
                &RenewalSettings::default()
            ),
            Err(RenewalError::NotTacit)
        );
        assert!(tacit.is_valid());
        assert!(
            !RenewalSettings {
                tacit: true,
                objection_days: 0
            }
            .is_valid()
        );
    }

    #[test]
    fn a_tacit_term_runs_from_the_day_after_for_the_same_duration() {
        let life = in_force(PactKind::Ordinary, "2025-01-01", "2026-12-31");
        let next = tacit_term(&life, date("2027-01-01")).expect("a term");
        assert_eq!(next.status, Status::Active);
        assert_eq!(next.start_date, Some(date("2027-01-01")));
        assert_eq!(next.end_date, Some(date("2028-12-31")));
        assert_eq!(next.submitted_on, Some(date("2027-01-01")));
        assert_eq!(next.check_invariants(), Ok(()));
        let mut no_end = life;
        no_end.end_date = None;
        assert!(tacit_term(&no_end, date("2027-01-01")).is_err());
    }
}

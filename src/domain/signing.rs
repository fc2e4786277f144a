//! The rules of signing an approved pact: who signs in which order, when a
//! signatory may sign, when the agreement is complete, when a reminder is
//! due, and what a signature must carry. No I/O: `db::signing` stores the
//! requests, `signatures` (the service) runs the flow.
//!
//! Every signatory has a *step*: a request may be signed once every request
//! of an earlier step is signed (or was cancelled by an officer). With the
//! default order the parties all sign at step 1 and the city at step 2;
//! with the sequential order each signatory has a step of their own, the
//! parties in the pact's order, then the city.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::vocab::vocabulary;

vocabulary!(
    /// In which order the signatories sign.
    SigningOrder, "signing-order" {
    /// Every party at once, then the city once they all have.
    PartiesThenCity,
    /// One signatory after the other: the parties in order, the city last.
    Sequential,
    }
);

vocabulary!(
    /// Where one signing request stands.
    RequestState, "signature-state" {
    /// Waiting for the signatory.
    Pending,
    /// Signed.
    Signed,
    /// Refused by the signatory, with a reason.
    Declined,
    /// Withdrawn by an officer, or by the text going back to co-design.
    Cancelled,
    }
);

vocabulary!(
    /// How a signatory proved who they are.
    Method, "signature-method" {
    /// With a one-time code sent to their address after following their
    /// personal link.
    EmailCode,
    /// Signed in to their account.
    Session,
    }
);

vocabulary!(
    /// An edition of an issued agreement.
    Edition, "edition" {
    /// With every party's and signatory's details, for the parties and the city.
    Full,
    /// Private persons reduced to what they publish, for everyone.
    Public,
    }
);

vocabulary!(
    /// Where the city's seal on an issued agreement stands.
    SealState, "seal-state" {
    /// Not sealed yet (it will be tried).
    Pending,
    /// Sealed.
    Sealed,
    /// Sealing failed (it is retried).
    Failed,
    }
);

/// The steps of signatories listed parties first (in the pact's order) and
/// the city last: `for_city[i]` says whether signatory `i` signs for the city.
pub fn steps(order: SigningOrder, for_city: &[bool]) -> Vec<i32> {
    match order {
        SigningOrder::PartiesThenCity => for_city
            .iter()
            .map(|&city| if city { 2 } else { 1 })
            .collect(),
        SigningOrder::Sequential => (1..).take(for_city.len()).collect(),
    }
}

/// One request, as the ordering rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Its step.
    pub step: i32,
    /// Its state.
    pub state: RequestState,
}

/// Why a request cannot be signed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Blocked {
    /// It was already answered or cancelled.
    #[error("this request is {0}")]
    Answered(RequestState),
    /// Someone of an earlier step has not signed yet.
    #[error("earlier signatories have not signed yet")]
    NotYourTurn,
}

/// Whether the request `slot` may be signed, given every request of its
/// round (itself included).
pub fn may_sign(round: &[Slot], slot: Slot) -> Result<(), Blocked> {
    if slot.state != RequestState::Pending {
        return Err(Blocked::Answered(slot.state));
    }
    let earlier_done = round
        .iter()
        .filter(|s| s.step < slot.step)
        .all(|s| matches!(s.state, RequestState::Signed | RequestState::Cancelled));
    if earlier_done {
        Ok(())
    } else {
        Err(Blocked::NotYourTurn)
    }
}

/// Whether every signatory still expected has signed (and someone has).
pub fn is_complete(round: &[Slot]) -> bool {
    round.iter().any(|s| s.state == RequestState::Signed)
        && round
            .iter()
            .all(|s| matches!(s.state, RequestState::Signed | RequestState::Cancelled))
}

/// The city's rules for signatures.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SigningSettings {
    /// Order of the signatories.
    pub order: SigningOrder,
    /// Days a signing link stays valid.
    pub link_days: u32,
    /// Days without a signature before a reminder (and between reminders).
    pub reminder_days: u32,
    /// Reminders sent at most to one signatory.
    pub reminder_cap: u32,
}

impl Default for SigningSettings {
    fn default() -> Self {
        Self {
            order: SigningOrder::PartiesThenCity,
            link_days: 14,
            reminder_days: 3,
            reminder_cap: 3,
        }
    }
}

impl SigningSettings {
    /// Checks every value is usable: links valid 1 to 90 days, reminders
    /// after 1 to 60 days, at most 10 of them.
    pub fn validate(&self) -> Result<(), super::city::SettingsError> {
        use super::city::SettingsError::OutOfRange;
        if !(1..=90).contains(&self.link_days) {
            return Err(OutOfRange {
                field: "signing_link_days",
                max: 90,
            });
        }
        if !(1..=60).contains(&self.reminder_days) {
            return Err(OutOfRange {
                field: "reminder_days",
                max: 60,
            });
        }
        if self.reminder_cap > 10 {
            return Err(OutOfRange {
                field: "reminder_cap",
                max: 10,
            });
        }
        Ok(())
    }

    /// When a link sent `at` stops working.
    pub fn link_expiry(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        at + TimeDelta::days(i64::from(self.link_days))
    }

    /// Whether a reminder is due `now` for a request last sent `last_sent`
    /// that has had `sent` reminders.
    pub fn reminder_due(&self, last_sent: DateTime<Utc>, sent: u32, now: DateTime<Utc>) -> bool {
        sent < self.reminder_cap
            && now - last_sent >= TimeDelta::days(i64::from(self.reminder_days))
    }
}

/// The first day in force: the agreed start date, or the day the last
/// signature landed when that is later (a pact does not start before it
/// is signed).
pub fn start_date(agreed: Option<NaiveDate>, signed_on: NaiveDate) -> NaiveDate {
    agreed.map_or(signed_on, |agreed| agreed.max(signed_on))
}

/// What was typed to sign, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    /// The full name typed, with spaces tidied.
    pub full_name: String,
}

/// Why a signature form was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ConsentError {
    /// No name, or an absurd one.
    #[error("type your full name")]
    Name,
    /// The consent box was not ticked.
    #[error("tick the consent sentence")]
    NotTicked,
}

/// Checks the full name (2 to 200 characters, letters in it) and the
/// consent box.
pub fn consent(full_name: &str, ticked: bool) -> Result<Consent, ConsentError> {
    let full_name = full_name.split_whitespace().collect::<Vec<_>>().join(" ");
    let length = full_name.chars().count();
    if !(2..=200).contains(&length) || !full_name.chars().any(char::is_alphabetic) {
        return Err(ConsentError::Name);
    }
    if !ticked {
        return Err(ConsentError::NotTicked);
    }
    Ok(Consent { full_name })
}

/// How long a one-time code sent by e-mail stays valid, in minutes.
pub const CODE_MINUTES: i64 = 15;
/// Wrong codes accepted before a new one must be asked for.
pub const CODE_ATTEMPTS: i32 = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use RequestState::{Cancelled, Declined, Pending, Signed};

    fn slot(step: i32, state: RequestState) -> Slot {
        Slot { step, state }
    }

    #[test]
    fn parties_sign_together_then_the_city() {
        assert_eq!(
            steps(SigningOrder::PartiesThenCity, &[false, false, true]),
            vec![1, 1, 2]
        );
        assert_eq!(
            steps(SigningOrder::Sequential, &[false, false, true]),
            vec![1, 2, 3]
        );
    }

    #[test]
    fn the_city_waits_for_every_party() {
        let round = [slot(1, Signed), slot(1, Pending), slot(2, Pending)];
        assert_eq!(may_sign(&round, round[1]), Ok(()));
        assert_eq!(may_sign(&round, round[2]), Err(Blocked::NotYourTurn));
        let round = [slot(1, Signed), slot(1, Cancelled), slot(2, Pending)];
        assert_eq!(may_sign(&round, round[2]), Ok(()));
    }

    #[test]
    fn a_declined_earlier_signature_blocks_later_ones() {
        let round = [slot(1, Declined), slot(2, Pending)];
        assert_eq!(may_sign(&round, round[1]), Err(Blocked::NotYourTurn));
    }

    #[test]
    fn an_answered_request_cannot_be_signed_again() {
        let round = [slot(1, Signed)];
        assert_eq!(may_sign(&round, round[0]), Err(Blocked::Answered(Signed)));
    }

    #[test]
    fn complete_when_everyone_expected_signed() {
        assert!(is_complete(&[slot(1, Signed), slot(2, Signed)]));
        assert!(is_complete(&[slot(1, Signed), slot(1, Cancelled)]));
        assert!(!is_complete(&[slot(1, Signed), slot(2, Pending)]));
        assert!(!is_complete(&[slot(1, Signed), slot(2, Declined)]));
        assert!(!is_complete(&[slot(1, Cancelled)]));
        assert!(!is_complete(&[]));
    }

    #[test]
    fn reminders_stop_at_the_cap() {
        let settings = SigningSettings::default();
        let sent = DateTime::parse_from_rfc3339("2026-03-01T10:00:00Z")
            .expect("date")
            .with_timezone(&Utc);
        let later = |days| sent + TimeDelta::days(days);
        assert!(!settings.reminder_due(sent, 0, later(2)));
        assert!(settings.reminder_due(sent, 0, later(3)));
        assert!(settings.reminder_due(sent, 2, later(3)));
        assert!(!settings.reminder_due(sent, 3, later(30)));
    }

    #[test]
    fn a_pact_never_starts_before_its_last_signature() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).expect("date");
        assert_eq!(start_date(None, day(5)), day(5));
        assert_eq!(start_date(Some(day(20)), day(5)), day(20));
        assert_eq!(start_date(Some(day(1)), day(5)), day(5));
    }

    #[test]
    fn consent_needs_a_name_and_the_box() {
        assert_eq!(
            consent("  Hélène   Garnier ", true),
            Ok(Consent {
                full_name: "Hélène Garnier".into()
            })
        );
        assert_eq!(consent(" ", true), Err(ConsentError::Name));
        assert_eq!(consent("42", true), Err(ConsentError::Name));
        assert_eq!(
            consent("Hélène Garnier", false),
            Err(ConsentError::NotTicked)
        );
    }
}

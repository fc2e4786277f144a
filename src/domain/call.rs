//! Calls for proposals: a city invites proposals for one of its listed
//! commons until a closing date. A proposal may answer an open call; it is
//! then about the call's commons.

use chrono::NaiveDate;

/// Longest call title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest call description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 5000;

/// A call as an officer types it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallFields {
    /// Slug of the commons.
    pub commons: String,
    /// Title.
    pub title: String,
    /// What the city looks for.
    pub description: String,
    /// Closing date, `YYYY-MM-DD`.
    pub closes_on: String,
}

/// A call ready to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedCall {
    /// Slug of the commons.
    pub commons: String,
    /// Title, white space collapsed.
    pub title: String,
    /// Description.
    pub description: String,
    /// Last day proposals are taken.
    pub closes_on: NaiveDate,
}

/// Whether a call from `opens_on` to `closes_on` takes proposals `today`.
pub fn is_open(opens_on: NaiveDate, closes_on: NaiveDate, today: NaiveDate) -> bool {
    opens_on <= today && today <= closes_on
}

impl CallFields {
    /// Checks every field; every error at once, as (field, message key).
    pub fn check(
        &self,
        today: NaiveDate,
    ) -> Result<CheckedCall, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        if self.commons.trim().is_empty() {
            errors.push(("commons", "call-error-commons"));
        }
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.is_empty() {
            errors.push(("title", "call-error-title"));
        } else if title.chars().count() > MAX_TITLE_CHARS {
            errors.push(("title", "error-too-long"));
        }
        if self.description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(("description", "error-too-long"));
        }
        let closes_on = NaiveDate::parse_from_str(self.closes_on.trim(), "%Y-%m-%d").ok();
        match closes_on {
            None => errors.push(("closes_on", "call-error-date")),
            Some(d) if d < today => errors.push(("closes_on", "call-error-past")),
            Some(_) => {}
        }
        match closes_on {
            Some(closes_on) if errors.is_empty() => Ok(CheckedCall {
                commons: self.commons.trim().to_owned(),
                title,
                description: self.description.trim().to_owned(),
                closes_on,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
    }

    #[test]
    fn a_call_is_open_from_its_first_to_its_last_day() {
        assert!(!is_open(day(10), day(20), day(9)));
        assert!(is_open(day(10), day(20), day(10)));
        assert!(is_open(day(10), day(20), day(20)));
        assert!(!is_open(day(10), day(20), day(21)));
    }

    #[test]
    fn every_mistake_at_once_and_no_closing_in_the_past() {
        let errors = CallFields::default().check(day(25)).expect_err("empty");
        assert_eq!(
            errors,
            vec![
                ("commons", "call-error-commons"),
                ("title", "call-error-title"),
                ("closes_on", "call-error-date")
            ]
        );
        let past = CallFields {
            commons: "gare".into(),
            title: "Gare".into(),
            closes_on: "2026-11-24".into(),
            ..CallFields::default()
        };
        assert_eq!(
            past.check(day(25)),
            Err(vec![("closes_on", "call-error-past")])
        );
        let fine = CallFields {
            closes_on: "2026-12-31".into(),
            title: "  Faire  revivre la gare ".into(),
            ..past
        };
        let checked = fine.check(day(25)).expect("valid");
        assert_eq!(checked.title, "Faire revivre la gare");
        assert_eq!(
            checked.closes_on,
            NaiveDate::from_ymd_opt(2026, 12, 31).expect("date")
        );
    }
}

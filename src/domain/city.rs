//! A city's procedural settings: every deadline of the lifecycle is a city
//! setting, not a constant, because each regulation sets its own.

use serde::{Deserialize, Serialize};

/// The deadlines a city applies to the pacts it signs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitySettings {
    /// Days the city has to review a proposal (the review clock).
    pub review_days: u32,
    /// Days a proposal stays published for public comments.
    pub publication_days: u32,
    /// Factor applied to the publication period of complex pacts.
    pub complex_multiplier: u32,
    /// Days before the end date at which expiry notices go out, largest first.
    pub expiry_notice_days: Vec<u32>,
}

impl Default for CitySettings {
    /// The values most Italian regulations on the Bologna model use.
    fn default() -> Self {
        Self {
            review_days: 30,
            publication_days: 15,
            complex_multiplier: 2,
            expiry_notice_days: vec![90, 30, 7],
        }
    }
}

/// A settings value that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// A period of zero days, or an absurdly long one.
    #[error("{field} must be between 1 and {max} days")]
    OutOfRange {
        /// The offending setting.
        field: &'static str,
        /// Its upper bound.
        max: u32,
    },
    /// The list of expiry notice offsets is not a comma-separated list of days.
    #[error("expiry notice days must be a comma-separated list of numbers of days")]
    BadNoticeList,
}

impl CitySettings {
    /// Checks that every period is usable.
    pub fn validate(&self) -> Result<(), SettingsError> {
        let check = |field, value: u32, max| {
            if (1..=max).contains(&value) {
                Ok(())
            } else {
                Err(SettingsError::OutOfRange { field, max })
            }
        };
        check("review_days", self.review_days, 365)?;
        check("publication_days", self.publication_days, 365)?;
        check("complex_multiplier", self.complex_multiplier, 10)?;
        for &days in &self.expiry_notice_days {
            check("expiry_notice_days", days, 730)?;
        }
        Ok(())
    }

    /// Parses the stored form of the expiry notice offsets (`"90,30,7"`),
    /// sorted from the earliest notice to the last.
    pub fn parse_notice_days(s: &str) -> Result<Vec<u32>, SettingsError> {
        let mut days = s
            .split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| {
                part.parse::<u32>()
                    .map_err(|_| SettingsError::BadNoticeList)
            })
            .collect::<Result<Vec<_>, _>>()?;
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        Ok(days)
    }

    /// The stored form of the expiry notice offsets.
    pub fn notice_days_to_string(&self) -> String {
        self.expiry_notice_days
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_settings_are_valid() {
        assert_eq!(CitySettings::default().validate(), Ok(()));
    }

    #[test]
    fn zero_day_review_is_rejected() {
        let settings = CitySettings {
            review_days: 0,
            ..CitySettings::default()
        };
        assert_eq!(
            settings.validate(),
            Err(SettingsError::OutOfRange {
                field: "review_days",
                max: 365
            })
        );
    }

    #[test]
    fn notice_days_are_sorted_and_deduplicated() {
        assert_eq!(
            CitySettings::parse_notice_days(" 7, 90,30,7 "),
            Ok(vec![90, 30, 7])
        );
        assert_eq!(CitySettings::parse_notice_days(""), Ok(vec![]));
    }

    #[test]
    fn notice_days_with_words_are_rejected() {
        assert_eq!(
            CitySettings::parse_notice_days("90,thirty"),
            Err(SettingsError::BadNoticeList)
        );
    }

    #[test]
    fn notice_days_round_trip_through_their_stored_form() {
        let settings = CitySettings::default();
        let stored = settings.notice_days_to_string();
        assert_eq!(stored, "90,30,7");
        assert_eq!(
            CitySettings::parse_notice_days(&stored),
            Ok(settings.expiry_notice_days)
        );
    }
}

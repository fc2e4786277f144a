//! Pact numbers: unique per city and year, `YYYY-NNNN` (`2026-0042`),
//! numbered in order of submission within the year; a renewal adds
//! `-R1`, `-R2`…

use std::fmt;

/// A pact's number within its city.
///
/// ```
/// use pacta::domain::number::PactNumber;
///
/// let number = PactNumber { year: 2026, sequence: 42, renewal: 0 };
/// assert_eq!(number.to_string(), "2026-0042");
/// assert_eq!(PactNumber::parse("2026-0042"), Some(number));
/// assert_eq!(PactNumber::parse("2026-42"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PactNumber {
    /// Year of submission.
    pub year: i32,
    /// Order of submission within the year, from 1.
    pub sequence: u32,
    /// For the renewal of a pact, which one (`-R1`, `-R2`…); 0 otherwise.
    pub renewal: u32,
}

impl fmt::Display for PactNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:04}", self.year, self.sequence)?;
        if self.renewal > 0 {
            write!(f, "-R{}", self.renewal)?;
        }
        Ok(())
    }
}

impl PactNumber {
    /// The number of its `renewal`-th renewal: the same number with `-R1`,
    /// `-R2`… (a dash rather than a slash, so that it stays one segment
    /// of a URL).
    #[must_use]
    pub fn renewed(self, renewal: u32) -> PactNumber {
        PactNumber { renewal, ..self }
    }

    /// Parses `YYYY-NNNN` (four or more digits after the dash, from 1),
    /// optionally followed by `-R` and the renewal's order (from 1).
    pub fn parse(s: &str) -> Option<PactNumber> {
        let (s, renewal) = match s.split_once("-R") {
            Some((number, renewal)) => {
                let renewal: u32 = renewal
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| renewal.parse().ok())??;
                (number, (renewal > 0).then_some(renewal)?)
            }
            None => (s, 0),
        };
        let (year, sequence) = s.split_once('-')?;
        if year.len() != 4
            || sequence.len() < 4
            || !(year.bytes().chain(sequence.bytes())).all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let number = PactNumber {
            year: year.parse().ok()?,
            sequence: sequence.parse().ok()?,
            renewal,
        };
        (number.sequence > 0).then_some(number)
    }
}

/// Whether `s` may be a pact's number: Pacta's own (`2026-0042`,
/// `2026-0042-R1`), or one kept from a registry it was imported from —
/// up to 40 ASCII letters, digits, `-`, `_` and `.`, starting with a letter
/// or digit, so that it is one segment of a URL.
pub fn is_number(s: &str) -> bool {
    PactNumber::parse(s).is_some()
        || (!s.is_empty()
            && s.len() <= 40
            && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
}

/// The number of a pact's `renewal`-th renewal, for any number (pacts
/// imported keep their source's numbers): the number without its renewal
/// suffix, then `-R1`, `-R2`…
pub fn renewal_number(number: &str, renewal: u32) -> String {
    if let Some(parsed) = PactNumber::parse(number) {
        return parsed.renewed(renewal).to_string();
    }
    let base = match number.rsplit_once("-R") {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => number,
    };
    format!("{base}-R{renewal}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_numbers_are_single_url_segments() {
        for good in ["2026-0042", "PA-001", "pa_7.2", "2026-0042-R1"] {
            assert!(is_number(good), "{good}");
        }
        for bad in ["", "../x", "PA 001", "PA/001", "-1", "é", &"9".repeat(41)] {
            assert!(!is_number(bad), "{bad}");
        }
    }

    #[test]
    fn imported_numbers_are_renewed_with_a_suffix_too() {
        assert_eq!(renewal_number("2026-0042", 1), "2026-0042-R1");
        assert_eq!(renewal_number("2026-0042-R1", 2), "2026-0042-R2");
        assert_eq!(renewal_number("PA-001", 1), "PA-001-R1");
        assert_eq!(renewal_number("PA-001-R1", 2), "PA-001-R2");
    }

    #[test]
    fn numbers_are_padded_to_four_digits() {
        assert_eq!(
            PactNumber {
                year: 2026,
                sequence: 42,
                renewal: 0
            }
            .to_string(),
            "2026-0042"
        );
        assert_eq!(
            PactNumber {
                year: 2026,
                sequence: 12345,
                renewal: 0
            }
            .to_string(),
            "2026-12345"
        );
    }

    #[test]
    fn numbers_round_trip() {
        let number = PactNumber {
            year: 2025,
            sequence: 7,
            renewal: 2,
        };
        assert_eq!(PactNumber::parse(&number.to_string()), Some(number));
    }

    #[test]
    fn malformed_numbers_are_rejected() {
        for bad in [
            "",
            "2026",
            "2026-42",
            "26-0042",
            "2026-00a2",
            "2026-0000",
            "2026_0042",
            "2026-0042-1",
            "+026-0042",
        ] {
            assert_eq!(PactNumber::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn renewals_carry_their_order_after_the_number() {
        let first = PactNumber::parse("2026-0042").expect("a number");
        assert_eq!(first.renewed(1).to_string(), "2026-0042-R1");
        assert_eq!(PactNumber::parse("2026-0042-R12"), Some(first.renewed(12)));
        assert_eq!(PactNumber::parse("2026-0042-R0"), None);
        assert_eq!(PactNumber::parse("2026-0042-R"), None);
        assert_eq!(PactNumber::parse("2026-0042-Rx"), None);
    }
}

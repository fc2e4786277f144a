//! Pact numbers: unique per city and year, `YYYY-NNNN` (`2026-0042`),
//! numbered in order of submission within the year.

use std::fmt;

/// A pact's number within its city.
///
/// ```
/// use pacta::domain::number::PactNumber;
///
/// let number = PactNumber { year: 2026, sequence: 42 };
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
}

impl fmt::Display for PactNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:04}", self.year, self.sequence)
    }
}

impl PactNumber {
    /// Parses `YYYY-NNNN` (four or more digits after the dash, from 1).
    pub fn parse(s: &str) -> Option<PactNumber> {
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
        };
        (number.sequence > 0).then_some(number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_padded_to_four_digits() {
        assert_eq!(
            PactNumber {
                year: 2026,
                sequence: 42
            }
            .to_string(),
            "2026-0042"
        );
        assert_eq!(
            PactNumber {
                year: 2026,
                sequence: 12345
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
}

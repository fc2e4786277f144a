//! The public registry's filters, parsed from a query string's raw values
//! into checked values, with a precise error for each malformed one.

use serde::Serialize;

use chrono::NaiveDate;

use super::lifecycle::Status;
use super::search::TextQuery;
use super::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};

/// Pacts shown per page of the registry.
pub const PAGE_SIZE: u32 = 20;
/// Longest accepted search text, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Highest page number accepted (deeper pages are what search is for).
pub const MAX_PAGE: u32 = 10_000;

/// The raw filter values of a request, as typed in a URL.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct RawFilter {
    /// City slug.
    pub city: Option<String>,
    /// Status name.
    pub status: Option<String>,
    /// Pact kind name.
    pub kind: Option<String>,
    /// District slug.
    pub district: Option<String>,
    /// Commons category name.
    pub category: Option<String>,
    /// Intensity name.
    pub intensity: Option<String>,
    /// Kind of one of the parties.
    pub party: Option<String>,
    /// Year of submission.
    pub year: Option<String>,
    /// In force on or after this date (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// In force on or before this date.
    pub to: Option<String>,
    /// Free text searched in titles, summaries, texts, commons and parties.
    pub q: Option<String>,
    /// Page number, from 1.
    pub page: Option<String>,
    /// Where the previous page of the API ended (its `next_cursor`).
    pub cursor: Option<String>,
}

/// Checked registry filters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct RegistryFilter {
    /// Only this city.
    pub city: Option<String>,
    /// Only this status.
    pub status: Option<Status>,
    /// Only this kind.
    pub kind: Option<PactKind>,
    /// Only commons in this district.
    pub district: Option<String>,
    /// Only commons of this category.
    pub category: Option<CommonsCategory>,
    /// Only this intensity.
    pub intensity: Option<Intensity>,
    /// Only pacts with a party of this kind.
    pub party: Option<PartyKind>,
    /// Only pacts submitted this year.
    pub year: Option<i32>,
    /// Only pacts in force at some time from this date…
    pub from: Option<NaiveDate>,
    /// … to this one (either bound may be open).
    pub to: Option<NaiveDate>,
    /// The search text, as typed (spaces collapsed).
    pub q: Option<String>,
    /// Page number, from 1.
    pub page: u32,
    /// Where to continue, instead of a page number.
    #[serde(skip)]
    pub cursor: Option<Cursor>,
}

/// Where a page of results ends, for the next one to continue from: after
/// a pact's place in the newest-first order (stable as pacts are added),
/// or, for ranked searches, after a number of results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    /// After this pact: year and sequence of submission (0 when unknown),
    /// number, and id (numbers repeat across cities).
    After(i32, i32, String, i64),
    /// After this many results.
    Skip(u32),
}

impl Cursor {
    /// The cursor as an opaque URL-safe token.
    pub fn encode(&self) -> String {
        let plain = match self {
            Cursor::After(year, sequence, number, id) => {
                format!("a:{year}:{sequence}:{id}:{number}")
            }
            Cursor::Skip(n) => format!("s:{n}"),
        };
        data_encoding::BASE64URL_NOPAD.encode(plain.as_bytes())
    }

    /// Reads a token made by [`Cursor::encode`].
    pub fn decode(token: &str) -> Option<Cursor> {
        let bytes = data_encoding::BASE64URL_NOPAD
            .decode(token.as_bytes())
            .ok()?;
        let plain = String::from_utf8(bytes).ok()?;
        let mut parts = plain.splitn(5, ':');
        match (parts.next()?, parts.next()?) {
            ("s", n) => n.parse().ok().filter(|n| *n > 0).map(Cursor::Skip),
            ("a", year) => {
                let year = year.parse().ok()?;
                let sequence = parts.next()?.parse().ok()?;
                let id = parts.next()?.parse().ok()?;
                let number = parts.next()?;
                super::number::is_number(number)
                    .then(|| Cursor::After(year, sequence, number.to_owned(), id))
            }
            _ => None,
        }
    }
}

/// A filter value that cannot be used; `field` names the parameter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// A value outside the vocabulary, or a malformed slug.
    #[error("unknown value {value:?} for {field}")]
    UnknownValue {
        /// The parameter.
        field: &'static str,
        /// What was given.
        value: String,
    },
    /// A year that is not a four-digit number.
    #[error("the year must be a four-digit number")]
    BadYear,
    /// A page that is not a number from 1 to [`MAX_PAGE`].
    #[error("the page must be a number from 1 to {MAX_PAGE}")]
    BadPage,
    /// A search text over [`MAX_QUERY_CHARS`].
    #[error("the search text is longer than {MAX_QUERY_CHARS} characters")]
    QueryTooLong,
    /// A date that is not `YYYY-MM-DD`; `field` names the parameter.
    #[error("{field} must be a date written YYYY-MM-DD")]
    BadDate {
        /// The parameter.
        field: &'static str,
    },
    /// A period that ends before it starts.
    #[error("the period ends before it starts")]
    EmptyPeriod,
    /// A cursor that is not one the API gave.
    #[error("the cursor is not one this registry gave")]
    BadCursor,
}

/// Empty strings in a form mean "any".
fn given(value: Option<&String>) -> Option<&str> {
    value.map(|v| v.trim()).filter(|v| !v.is_empty())
}

/// Whether `s` is a slug: lower-case ASCII letters, digits and dashes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn slug(field: &'static str, value: Option<&String>) -> Result<Option<String>, FilterError> {
    match given(value) {
        None => Ok(None),
        Some(v) if is_slug(v) => Ok(Some(v.to_owned())),
        Some(v) => Err(FilterError::UnknownValue {
            field,
            value: v.to_owned(),
        }),
    }
}

fn date(field: &'static str, value: Option<&String>) -> Result<Option<NaiveDate>, FilterError> {
    given(value)
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| FilterError::BadDate { field })
        })
        .transpose()
}

fn vocabulary<V: Vocabulary>(
    field: &'static str,
    value: Option<&String>,
) -> Result<Option<V>, FilterError> {
    given(value)
        .map(|v| {
            V::parse(v).ok_or_else(|| FilterError::UnknownValue {
                field,
                value: v.to_owned(),
            })
        })
        .transpose()
}

impl RegistryFilter {
    /// Checks every raw value.
    pub fn parse(raw: &RawFilter) -> Result<RegistryFilter, FilterError> {
        let year = given(raw.year.as_ref())
            .map(|y| {
                if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
                    y.parse::<i32>().map_err(|_| FilterError::BadYear)
                } else {
                    Err(FilterError::BadYear)
                }
            })
            .transpose()?;
        let page = given(raw.page.as_ref())
            .map(|p| {
                p.parse::<u32>()
                    .ok()
                    .filter(|p| (1..=MAX_PAGE).contains(p))
                    .ok_or(FilterError::BadPage)
            })
            .transpose()?
            .unwrap_or(1);
        let q = given(raw.q.as_ref()).map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "));
        if q.as_ref()
            .is_some_and(|q| q.chars().count() > MAX_QUERY_CHARS)
        {
            return Err(FilterError::QueryTooLong);
        }
        let from = date("from", raw.from.as_ref())?;
        let to = date("to", raw.to.as_ref())?;
        if from.zip(to).is_some_and(|(from, to)| to < from) {
            return Err(FilterError::EmptyPeriod);
        }
        Ok(RegistryFilter {
            city: slug("city", raw.city.as_ref())?,
            status: vocabulary("status", raw.status.as_ref())?,
            kind: vocabulary("kind", raw.kind.as_ref())?,
            district: slug("district", raw.district.as_ref())?,
            category: vocabulary("category", raw.category.as_ref())?,
            intensity: vocabulary("intensity", raw.intensity.as_ref())?,
            party: vocabulary("party", raw.party.as_ref())?,
            year,
            from,
            to,
            q,
            page,
            cursor: given(raw.cursor.as_ref())
                .map(|c| Cursor::decode(c).ok_or(FilterError::BadCursor))
                .transpose()?,
        })
    }

    /// What the search text looks for; `None` without a word to search.
    pub fn text(&self) -> Option<TextQuery> {
        self.q.as_deref().and_then(TextQuery::parse)
    }

    /// Rows to skip for this page.
    pub fn offset(&self) -> i64 {
        i64::from(self.page.saturating_sub(1)) * i64::from(PAGE_SIZE)
    }

    /// The query string that reproduces these filters, for `page` (used by
    /// pagination links and shareable URLs).
    pub fn to_query(&self, page: u32) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let mut push = |key, value: Option<String>| {
            if let Some(value) = value {
                pairs.push((key, value));
            }
        };
        push("city", self.city.clone());
        push("status", self.status.map(|s| s.name().to_owned()));
        push("kind", self.kind.map(|k| k.name().to_owned()));
        push("district", self.district.clone());
        push("category", self.category.map(|c| c.name().to_owned()));
        push("intensity", self.intensity.map(|i| i.name().to_owned()));
        push("party", self.party.map(|p| p.name().to_owned()));
        push("year", self.year.map(|y| y.to_string()));
        push("from", self.from.map(|d| d.to_string()));
        push("to", self.to.map(|d| d.to_string()));
        push("q", self.q.clone());
        push("page", (page > 1).then(|| page.to_string()));
        pairs
    }
}

/// Text folded for matching: lower case, without accents ("Écluse" and
/// "ecluse" match).
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether every word of `query` appears in `text`, accents and case
/// aside. An empty query matches everything.
pub fn matches_words(query: &str, text: &str) -> bool {
    let text = fold(text);
    fold(query)
        .split_whitespace()
        .all(|word| text.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_ignores_accents_case_and_word_order() {
        assert!(matches_words("ecluse JARDIN", "Jardin partagé de l’Écluse"));
        assert!(matches_words("", "n’importe quoi"));
        assert!(!matches_words("jardin gare", "Jardin partagé de l’Écluse"));
    }

    fn raw(pairs: &[(&str, &str)]) -> RawFilter {
        let mut raw = RawFilter::default();
        for (key, value) in pairs {
            let value = Some((*value).to_owned());
            match *key {
                "city" => raw.city = value,
                "status" => raw.status = value,
                "kind" => raw.kind = value,
                "district" => raw.district = value,
                "category" => raw.category = value,
                "year" => raw.year = value,
                "intensity" => raw.intensity = value,
                "party" => raw.party = value,
                "from" => raw.from = value,
                "to" => raw.to = value,
                "q" => raw.q = value,
                "page" => raw.page = value,
                "cursor" => raw.cursor = value,
                _ => unreachable!("test uses known keys"),
            }
        }
        raw
    }

    #[test]
    fn no_parameters_mean_every_pact_on_page_one() {
        assert_eq!(
            RegistryFilter::parse(&RawFilter::default()),
            Ok(RegistryFilter {
                page: 1,
                ..Default::default()
            })
        );
    }

    #[test]
    fn empty_parameters_from_a_form_mean_any() {
        let filter = RegistryFilter::parse(&raw(&[
            ("status", ""),
            ("year", " "),
            ("q", ""),
            ("page", ""),
        ]))
        .expect("valid");
        assert_eq!(
            filter,
            RegistryFilter {
                page: 1,
                ..Default::default()
            }
        );
    }

    #[test]
    fn known_values_are_parsed() {
        let filter = RegistryFilter::parse(&raw(&[
            ("city", "valmont"),
            ("status", "active"),
            ("kind", "complex"),
            ("category", "green_space"),
            ("year", "2025"),
            ("q", "  jardin   partagé "),
            ("page", "3"),
        ]))
        .expect("valid");
        assert_eq!(filter.status, Some(Status::Active));
        assert_eq!(filter.kind, Some(PactKind::Complex));
        assert_eq!(filter.category, Some(CommonsCategory::GreenSpace));
        assert_eq!(filter.year, Some(2025));
        assert_eq!(filter.q.as_deref(), Some("jardin partagé"));
        assert_eq!(filter.offset(), 40);
    }

    #[test]
    fn unknown_status_is_rejected_with_its_field() {
        assert_eq!(
            RegistryFilter::parse(&raw(&[("status", "signed")])),
            Err(FilterError::UnknownValue {
                field: "status",
                value: "signed".into()
            })
        );
    }

    #[test]
    fn malformed_slugs_are_rejected() {
        assert!(RegistryFilter::parse(&raw(&[("district", "Centre Ville")])).is_err());
        assert!(RegistryFilter::parse(&raw(&[("city", "../etc")])).is_err());
    }

    #[test]
    fn years_must_have_four_digits() {
        for bad in ["25", "20255", "two", "-202", "２０２５"] {
            assert_eq!(
                RegistryFilter::parse(&raw(&[("year", bad)])),
                Err(FilterError::BadYear),
                "{bad}"
            );
        }
    }

    #[test]
    fn pages_must_be_positive_and_bounded() {
        for bad in ["0", "-1", "abc", "1.5", "10001", "99999999999999999999"] {
            assert_eq!(
                RegistryFilter::parse(&raw(&[("page", bad)])),
                Err(FilterError::BadPage),
                "{bad}"
            );
        }
    }

    #[test]
    fn periods_in_force_are_dates_in_order() {
        let filter = RegistryFilter::parse(&raw(&[
            ("from", "2025-01-01"),
            ("to", "2025-12-31"),
            ("party", "association"),
            ("intensity", "regeneration"),
        ]))
        .expect("valid");
        assert_eq!(filter.from, NaiveDate::from_ymd_opt(2025, 1, 1));
        assert_eq!(filter.party, Some(PartyKind::Association));
        assert_eq!(
            RegistryFilter::parse(&raw(&[("from", "01/02/2025")])),
            Err(FilterError::BadDate { field: "from" })
        );
        assert_eq!(
            RegistryFilter::parse(&raw(&[("from", "2025-02-01"), ("to", "2025-01-31")])),
            Err(FilterError::EmptyPeriod)
        );
    }

    #[test]
    fn search_text_without_words_searches_nothing() {
        let filter = RegistryFilter::parse(&raw(&[("q", "« ! »")])).expect("valid");
        assert_eq!(filter.q.as_deref(), Some("« ! »"));
        assert_eq!(filter.text(), None);
    }

    #[test]
    fn cursors_round_trip_and_strangers_are_refused() {
        for cursor in [
            Cursor::After(2025, 42, "2025-0042".into(), 7),
            Cursor::After(0, 0, "PA-001".into(), 12),
            Cursor::Skip(40),
        ] {
            assert_eq!(Cursor::decode(&cursor.encode()), Some(cursor));
        }
        for bad in ["", "zz", "YTp4OnI6Lg", "czow"] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
        assert_eq!(
            RegistryFilter::parse(&raw(&[("cursor", "nope!")])),
            Err(FilterError::BadCursor)
        );
    }

    #[test]
    fn overlong_search_text_is_rejected() {
        let long = "é".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(
            RegistryFilter::parse(&raw(&[("q", &long)])),
            Err(FilterError::QueryTooLong)
        );
    }

    #[test]
    fn query_round_trips_and_omits_page_one() {
        let filter =
            RegistryFilter::parse(&raw(&[("status", "active"), ("q", "jardin")])).expect("valid");
        assert_eq!(
            filter.to_query(1),
            vec![("status", "active".to_owned()), ("q", "jardin".to_owned())]
        );
        assert_eq!(filter.to_query(2).last(), Some(&("page", "2".to_owned())));
    }
}

//! A proposal as the resident writes it: saved as a draft with only length
//! limits, checked in full when submitted, every error reported at once.

use serde::{Deserialize, Serialize};

use super::vocab::{CommonsCategory, SupportKind, Vocabulary};

/// Longest accepted free text in a proposal field, in characters, unless
/// the installation sets another limit (see [`TextLimits`]).
pub const MAX_TEXT_CHARS: usize = 10_000;

/// How long free texts may be, from one setting (`PACTA_MAX_TEXT_CHARS`):
/// the long fields of a proposal and answers to requests for documents
/// take `long_text` characters, comments half of it, articles of a pact
/// twice (a template adds its own words to what the proposal said).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLimits {
    /// Proposal fields, answers.
    pub long_text: usize,
    /// Public comments, comments on a version.
    pub comment: usize,
    /// One article of a pact.
    pub article: usize,
}

impl TextLimits {
    /// The limits that follow from the longest free text.
    pub fn from_max(long_text: usize) -> TextLimits {
        TextLimits {
            long_text,
            comment: long_text / 2,
            article: long_text.saturating_mul(2),
        }
    }
}

impl Default for TextLimits {
    fn default() -> Self {
        TextLimits::from_max(MAX_TEXT_CHARS)
    }
}
/// Longest title.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest summary.
pub const MAX_SUMMARY_CHARS: usize = 600;
/// Longest proposed duration, in months.
pub const MAX_DURATION_MONTHS: u32 = 120;
/// Most co-proponents invited with a proposal.
pub const MAX_CO_PROPONENTS: usize = 10;

/// The fields of a proposal, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalFields {
    /// Slug of an existing commons, or empty to describe a new one.
    pub commons: String,
    /// A new commons: its name.
    pub new_commons_name: String,
    /// A new commons: its address.
    pub new_commons_address: String,
    /// A new commons: its category.
    pub new_commons_category: String,
    /// Party id the resident proposes for, or empty to propose alone.
    pub party: String,
    /// Title.
    pub title: String,
    /// Short summary, published.
    pub summary: String,
    /// Objectives.
    pub objectives: String,
    /// Activities and timetable.
    pub activities: String,
    /// Proposed duration, in months.
    pub duration_months: String,
    /// What the proponents bring.
    pub contributions: String,
    /// Support asked of the city.
    pub support: Vec<String>,
    /// E-mail addresses of the co-proponents to invite, as typed.
    #[serde(default)]
    pub co_proponents: String,
    /// The call for proposals answered, by id, or empty.
    #[serde(default)]
    pub call: String,
    /// Words to find a commons by (not saved).
    #[serde(default, skip_serializing)]
    pub commons_query: String,
}

/// Which commons a proposal is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommonsChoice {
    /// One of the city's commons, by slug.
    Existing(String),
    /// A commons to add to the city's list.
    New {
        /// Name.
        name: String,
        /// Address.
        address: String,
        /// Category.
        category: CommonsCategory,
    },
}

/// A proposal ready to be submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedProposal {
    /// The commons.
    pub commons: CommonsChoice,
    /// The party proposing, if an organisation.
    pub party: Option<i64>,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Objectives, by paragraph.
    pub objectives: Vec<String>,
    /// Activities and timetable, by paragraph.
    pub activities: Vec<String>,
    /// Duration.
    pub duration_months: u32,
    /// Contributions, by paragraph.
    pub contributions: Vec<String>,
    /// Support asked.
    pub support: Vec<SupportKind>,
    /// Addresses of the co-proponents to invite, normalised, each once.
    pub co_proponents: Vec<String>,
}

/// A field's error: the field name and the translation key of the message.
pub type FieldError = (&'static str, &'static str);

/// The addresses in a list typed by hand (separated by commas, semicolons,
/// spaces or lines), normalised and each once; the message key when one is
/// not an address or there are too many.
pub fn co_proponent_emails(typed: &str) -> Result<Vec<String>, &'static str> {
    let mut emails: Vec<String> = Vec::new();
    for item in typed
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|s| !s.is_empty())
    {
        let email = super::account::normalize_email(item).ok_or("error-co-proponents")?;
        if !emails.contains(&email) {
            emails.push(email);
        }
    }
    if emails.len() > MAX_CO_PROPONENTS {
        return Err("error-co-proponents-many");
    }
    Ok(emails)
}

/// Paragraphs of a text: separated by blank lines, trimmed, none empty.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn too_long(value: &str, max: usize) -> bool {
    value.chars().count() > max
}

impl ProposalFields {
    /// The limits a draft must respect to be saved.
    pub fn check_draft(&self, limits: &TextLimits) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let texts: [(&'static str, &str, usize); 11] = [
            ("co_proponents", &self.co_proponents, 2000),
            ("call", &self.call, 20),
            ("title", &self.title, MAX_TITLE_CHARS),
            ("summary", &self.summary, MAX_SUMMARY_CHARS),
            ("objectives", &self.objectives, limits.long_text),
            ("activities", &self.activities, limits.long_text),
            ("contributions", &self.contributions, limits.long_text),
            ("new_commons_name", &self.new_commons_name, MAX_TITLE_CHARS),
            (
                "new_commons_address",
                &self.new_commons_address,
                MAX_TITLE_CHARS,
            ),
            ("duration_months", &self.duration_months, 10),
            ("commons", &self.commons, 64),
        ];
        for (field, value, max) in texts {
            if too_long(value, max) {
                errors.push((field, "error-too-long"));
            }
        }
        if self.support.iter().any(|s| SupportKind::parse(s).is_none()) {
            errors.push(("support", "error-support"));
        }
        errors
    }

    /// The commons chosen or described; a new one's missing fields are
    /// added to `errors`.
    fn commons_choice(&self, errors: &mut Vec<FieldError>) -> Option<CommonsChoice> {
        let required = |value: &str| !value.trim().is_empty();
        if self.commons.trim().is_empty() {
            let category = CommonsCategory::parse(&self.new_commons_category)
                .filter(|c| *c != CommonsCategory::Unclassified);
            let mut missing = Vec::new();
            if !required(&self.new_commons_name) {
                missing.push(("new_commons_name", "error-commons-name"));
            }
            if !required(&self.new_commons_address) {
                missing.push(("new_commons_address", "error-commons-address"));
            }
            if category.is_none() {
                missing.push(("new_commons_category", "error-category"));
            }
            let choice = category.map(|category| CommonsChoice::New {
                name: self
                    .new_commons_name
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                address: self
                    .new_commons_address
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                category,
            });
            for error in missing {
                if !errors.iter().any(|(f, _)| *f == error.0) {
                    errors.push(error);
                }
            }
            choice
        } else {
            Some(CommonsChoice::Existing(self.commons.trim().to_owned()))
        }
    }

    /// Checks every field for submission; every error at once.
    pub fn check(&self, limits: &TextLimits) -> Result<CheckedProposal, Vec<FieldError>> {
        let mut errors = self.check_draft(limits);
        let required = |value: &str| !value.trim().is_empty();
        let commons = self.commons_choice(&mut errors);
        let require =
            |field: &'static str, value: &str, key: &'static str, errors: &mut Vec<FieldError>| {
                if !required(value) && !errors.iter().any(|(f, _)| *f == field) {
                    errors.push((field, key));
                }
            };
        require("title", &self.title, "error-title", &mut errors);
        require("summary", &self.summary, "error-summary", &mut errors);
        require(
            "objectives",
            &self.objectives,
            "error-objectives",
            &mut errors,
        );
        require(
            "activities",
            &self.activities,
            "error-activities",
            &mut errors,
        );
        let duration = self
            .duration_months
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=MAX_DURATION_MONTHS).contains(d));
        if duration.is_none() && !errors.iter().any(|(f, _)| *f == "duration_months") {
            errors.push(("duration_months", "error-duration"));
        }
        let party = if self.party.trim().is_empty() {
            None
        } else {
            let parsed = self.party.trim().parse::<i64>().ok();
            if parsed.is_none() {
                errors.push(("party", "error-party"));
            }
            parsed
        };
        let co_proponents = co_proponent_emails(&self.co_proponents).unwrap_or_else(|key| {
            if !errors.iter().any(|(f, _)| *f == "co_proponents") {
                errors.push(("co_proponents", key));
            }
            Vec::new()
        });
        match (commons, duration) {
            (Some(commons), Some(duration_months)) if errors.is_empty() => Ok(CheckedProposal {
                co_proponents,
                commons,
                party,
                title: self.title.split_whitespace().collect::<Vec<_>>().join(" "),
                summary: self
                    .summary
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                objectives: paragraphs(&self.objectives),
                activities: paragraphs(&self.activities),
                duration_months,
                contributions: paragraphs(&self.contributions),
                support: self
                    .support
                    .iter()
                    .filter_map(|s| SupportKind::parse(s))
                    .collect(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> ProposalFields {
        ProposalFields {
            commons: "jardin-des-tilleuls".into(),
            title: "Des bancs pour le jardin".into(),
            summary: "Fabriquer et entretenir des bancs.".into(),
            objectives: "Accueillir.\n\nSe reposer.".into(),
            activities: "Atelier de menuiserie en mai.".into(),
            duration_months: "12".into(),
            support: vec!["materials".into()],
            ..ProposalFields::default()
        }
    }

    #[test]
    fn a_complete_proposal_passes() {
        let checked = complete().check(&TextLimits::default()).expect("valid");
        assert_eq!(
            checked.commons,
            CommonsChoice::Existing("jardin-des-tilleuls".into())
        );
        assert_eq!(checked.objectives, vec!["Accueillir.", "Se reposer."]);
        assert_eq!(checked.support, vec![SupportKind::Materials]);
        assert_eq!(checked.duration_months, 12);
    }

    #[test]
    fn an_empty_proposal_reports_every_missing_field_at_once() {
        let errors = ProposalFields::default()
            .check(&TextLimits::default())
            .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        for field in [
            "new_commons_name",
            "new_commons_address",
            "new_commons_category",
            "title",
            "summary",
            "objectives",
            "activities",
            "duration_months",
        ] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
    }

    #[test]
    fn a_new_commons_needs_name_address_and_category() {
        let fields = ProposalFields {
            commons: String::new(),
            new_commons_name: "Square des Lilas".into(),
            new_commons_address: "rue des Lilas".into(),
            new_commons_category: "green_space".into(),
            ..complete()
        };
        assert!(matches!(
            fields.check(&TextLimits::default()).expect("valid").commons,
            CommonsChoice::New { .. }
        ));
    }

    #[test]
    fn durations_out_of_range_are_refused() {
        for bad in ["0", "121", "douze", ""] {
            let fields = ProposalFields {
                duration_months: bad.into(),
                ..complete()
            };
            assert_eq!(
                fields.check(&TextLimits::default()).expect_err("invalid"),
                vec![("duration_months", "error-duration")],
                "{bad}"
            );
        }
    }

    #[test]
    fn drafts_only_check_lengths() {
        let draft = ProposalFields {
            title: "x".repeat(MAX_TITLE_CHARS + 1),
            ..ProposalFields::default()
        };
        assert_eq!(
            draft.check_draft(&TextLimits::default()),
            vec![("title", "error-too-long")]
        );
        assert!(
            ProposalFields::default()
                .check_draft(&TextLimits::default())
                .is_empty()
        );
    }

    #[test]
    fn co_proponents_are_addresses_each_once() {
        let fields = ProposalFields {
            co_proponents: "Bruno@Example.org, zoe@example.org;\nbruno@example.org ".into(),
            ..complete()
        };
        assert_eq!(
            fields
                .check(&TextLimits::default())
                .expect("valid")
                .co_proponents,
            vec!["bruno@example.org", "zoe@example.org"]
        );
        let bad = ProposalFields {
            co_proponents: "bruno@example.org, pas une adresse".into(),
            ..complete()
        };
        assert_eq!(
            bad.check(&TextLimits::default()).expect_err("invalid"),
            vec![("co_proponents", "error-co-proponents")]
        );
        let many: Vec<String> = (0..=MAX_CO_PROPONENTS)
            .map(|i| format!("p{i}@example.org"))
            .collect();
        assert_eq!(
            co_proponent_emails(&many.join(" ")),
            Err("error-co-proponents-many")
        );
    }

    #[test]
    fn the_installation_sets_the_length_of_long_texts() {
        let fields = ProposalFields {
            objectives: "x".repeat(2001),
            ..complete()
        };
        assert!(fields.check(&TextLimits::default()).is_ok());
        assert_eq!(
            fields.check_draft(&TextLimits::from_max(2000)),
            vec![("objectives", "error-too-long")]
        );
    }

    #[test]
    fn unknown_support_is_refused() {
        let fields = ProposalFields {
            support: vec!["money".into()],
            ..complete()
        };
        assert_eq!(
            fields.check_draft(&TextLimits::default()),
            vec![("support", "error-support")]
        );
    }
}

//! Translations: every string the interface shows comes from the Fluent
//! files under `src/i18n/locales/<lang>/pacta.ftl`, looked up by key.
//! French is the reference language; Italian and English follow it key for
//! key (a test checks that the three files have the same keys and that every
//! key used in the code exists).

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde::Serialize;

use crate::domain::vocab::Vocabulary;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "fr",
        // No Unicode isolation marks around arguments: they would end up in
        // HTML attributes and plain-text emails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the reference language.
    #[default]
    Fr,
    /// Italian.
    It,
    /// English.
    En,
}

static FR: LanguageIdentifier = langid!("fr");
static IT: LanguageIdentifier = langid!("it");
static EN: LanguageIdentifier = langid!("en");

impl Lang {
    /// Every language, in the order the language menu shows them.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::It, Lang::En];

    /// The ISO 639-1 code, as used in `lang` attributes and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::En => "English",
        }
    }

    /// Parses a code such as `fr`, `it-IT` or `EN`.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "it" => Some(Lang::It),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The best language for an `Accept-Language` header, by quality.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut candidates: Vec<(f32, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0).then_some((q, i, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Fr => &FR,
            Lang::It => &IT,
            Lang::En => &EN,
        }
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message `key` with arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Str(s) => FluentValue::from(s.as_str()),
                    Arg::Num(n) => FluentValue::from(*n),
                    Arg::Date(d) => FluentValue::from(self.date(*d)),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        self.lookup(key, Some(&args))
    }

    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        LOCALES
            .try_lookup_complete(self.id(), key, args)
            .unwrap_or_else(|| {
                tracing::warn!(key, lang = self.code(), "missing translation");
                key.to_owned()
            })
    }

    /// The label of a vocabulary value.
    pub fn label<V: Vocabulary>(self, value: V) -> String {
        self.t(&value.label_key())
    }

    /// The label of a history entry: an action of the lifecycle, or another
    /// event (`version_added`, `co_proponent_joined`…).
    pub fn event(self, kind: &str) -> String {
        match crate::domain::lifecycle::ActionKind::parse(kind) {
            Some(action) => self.label(action),
            None => self.t(&format!("event-{kind}")),
        }
    }

    /// A date as people write it in this language ("3 mars 2026").
    pub fn date(self, date: NaiveDate) -> String {
        self.t_args(
            "date-long",
            &[
                ("day", Arg::Num(i64::from(date.day()))),
                (
                    "month",
                    Arg::Str(self.t(&format!("month-{}", date.month()))),
                ),
                ("year", Arg::Num(i64::from(date.year()))),
            ],
        )
    }

    /// A UTC time, with the date in words.
    pub fn datetime(self, at: NaiveDateTime) -> String {
        self.t_args(
            "datetime-utc",
            &[
                ("date", Arg::Str(self.date(at.date()))),
                ("time", Arg::Str(at.format("%H:%M").to_string())),
            ],
        )
    }

    /// A count with the thousands separator of this language.
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let sep = match self {
            Lang::Fr => "\u{202f}",
            Lang::It => ".",
            Lang::En => ",",
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        if n < 0 { format!("-{out}") } else { out }
    }
}

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text.
    Str(String),
    /// A number (selects plural forms).
    Num(i64),
    /// A date, written as people write it in the language.
    Date(NaiveDate),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_messages_are_written_in_the_language() {
        let day = NaiveDate::from_ymd_opt(2026, 10, 2).expect("a date");
        let args = [("date", Arg::Date(day))];
        assert_eq!(
            Lang::Fr.t_args("renewal-opens", &args),
            format!(
                "Le renouvellement pourra être demandé à partir du {}.",
                Lang::Fr.date(day)
            )
        );
        assert!(
            Lang::It
                .t_args("renewal-opens", &args)
                .contains(&Lang::It.date(day))
        );
        assert!(
            !Lang::En
                .t_args("renewal-opens", &args)
                .contains("2026-10-02")
        );
    }

    #[test]
    fn codes_parse_with_regions_and_case() {
        assert_eq!(Lang::parse("it-IT"), Some(Lang::It));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn accept_language_picks_the_best_known_language() {
        assert_eq!(Lang::negotiate("de-DE, it;q=0.8, en;q=0.9"), Some(Lang::En));
        assert_eq!(Lang::negotiate("it-IT,it;q=0.9,fr;q=0.8"), Some(Lang::It));
        assert_eq!(Lang::negotiate("de, es"), None);
        assert_eq!(Lang::negotiate("en;q=0, fr;q=0.1"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn dates_are_written_in_words() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 1).expect("valid");
        assert_eq!(Lang::Fr.date(date), "1 mars 2026");
        assert_eq!(Lang::It.date(date), "1 marzo 2026");
        assert_eq!(Lang::En.date(date), "1 March 2026");
    }

    #[test]
    fn numbers_get_the_local_thousands_separator() {
        assert_eq!(Lang::Fr.number(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(Lang::It.number(1234), "1.234");
        assert_eq!(Lang::En.number(999), "999");
    }

    #[test]
    fn plural_forms_follow_the_count() {
        let one = Lang::Fr.t_args("registry-count", &[("count", Arg::Num(1))]);
        let many = Lang::Fr.t_args("registry-count", &[("count", Arg::Num(3))]);
        assert_ne!(one, many);
        assert!(many.contains('3'));
    }
}

//! The text of a pact version and its canonical form.
//!
//! A version is a title and ordered articles, each a heading and paragraphs.
//! Its **canonical form** is what Pacta hashes and stores, so that anyone can
//! recompute the SHA-256 of a version from the registry's data:
//!
//! 1. every string is put in Unicode NFC, runs of white space (spaces, tabs,
//!    line breaks) become one space, and leading and trailing space is removed;
//! 2. empty paragraphs are dropped;
//! 3. the result is serialised as compact JSON (no insignificant white space,
//!    keys in this order, non-ASCII characters written as UTF-8, not escaped):
//!    `{"title":"…","articles":[{"heading":"…","paragraphs":["…"]}]}`;
//! 4. the SHA-256 of those UTF-8 bytes, in lower-case hexadecimal, is the
//!    version's hash.
//!
//! The API serves the canonical JSON as is (`content`), so
//! `sha256sum` of it gives the published hash.
//!
//! ```
//! use pacta::domain::text::{Article, PactText};
//!
//! let text = PactText {
//!     title: "Jardin  des Tilleuls".into(),
//!     articles: vec![Article { heading: "Objet".into(), paragraphs: vec!["Soin du jardin.".into(), " ".into()] }],
//! };
//! let canonical = text.canonical().unwrap();
//! assert_eq!(
//!     canonical.json,
//!     r#"{"title":"Jardin des Tilleuls","articles":[{"heading":"Objet","paragraphs":["Soin du jardin."]}]}"#
//! );
//! assert_eq!(canonical.sha256.len(), 64);
//! ```

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// One article: a heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The article's heading, e.g. "Article 3 – Engagements de la Ville".
    pub heading: String,
    /// Its paragraphs, in order.
    pub paragraphs: Vec<String>,
}

/// The whole text of a pact version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PactText {
    /// The pact's title as it stands in this version.
    pub title: String,
    /// The articles, in order.
    pub articles: Vec<Article>,
}

/// Why a text cannot become a version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// The title is empty once normalised.
    #[error("the title is empty")]
    EmptyTitle,
    /// An article has no heading.
    #[error("article {0} has no heading")]
    EmptyHeading(usize),
    /// The text has no article.
    #[error("the text has no article")]
    NoArticle,
    /// Stored content that is not canonical JSON of a text.
    #[error("stored text is not valid: {0}")]
    Corrupt(String),
}

/// NFC, white space collapsed, trimmed.
fn normalize(s: &str) -> String {
    s.nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl PactText {
    /// The normalised text: what the canonical form serialises.
    pub fn normalized(&self) -> Result<PactText, TextError> {
        let title = normalize(&self.title);
        if title.is_empty() {
            return Err(TextError::EmptyTitle);
        }
        if self.articles.is_empty() {
            return Err(TextError::NoArticle);
        }
        let articles = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, article)| {
                let heading = normalize(&article.heading);
                if heading.is_empty() {
                    return Err(TextError::EmptyHeading(i + 1));
                }
                let paragraphs = article
                    .paragraphs
                    .iter()
                    .map(|p| normalize(p))
                    .filter(|p| !p.is_empty())
                    .collect();
                Ok(Article {
                    heading,
                    paragraphs,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(PactText { title, articles })
    }

    /// The canonical JSON of this text and its SHA-256 (see the module doc).
    pub fn canonical(&self) -> Result<CanonicalText, TextError> {
        let normalized = self.normalized()?;
        let json =
            serde_json::to_string(&normalized).map_err(|e| TextError::Corrupt(e.to_string()))?;
        let sha256 = hex::encode(Sha256::digest(json.as_bytes()));
        Ok(CanonicalText { json, sha256 })
    }

    /// Reads back a stored canonical form, checking it against its hash.
    pub fn from_canonical(json: &str, sha256: &str) -> Result<PactText, TextError> {
        let actual = hex::encode(Sha256::digest(json.as_bytes()));
        if actual != sha256 {
            return Err(TextError::Corrupt(format!(
                "hash mismatch: stored {sha256}, computed {actual}"
            )));
        }
        serde_json::from_str(json).map_err(|e| TextError::Corrupt(e.to_string()))
    }
}

/// A text in canonical form with its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CanonicalText {
    /// Compact canonical JSON.
    pub json: String,
    /// Lower-case hexadecimal SHA-256 of `json`.
    pub sha256: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(title: &str, paragraphs: &[&str]) -> PactText {
        PactText {
            title: title.into(),
            articles: vec![Article {
                heading: "Article 1 – Objet".into(),
                paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
            }],
        }
    }

    #[test]
    fn canonical_form_is_compact_json_in_field_order() {
        let canonical = text("Pacte", &["Texte."]).canonical().expect("valid");
        assert_eq!(
            canonical.json,
            r#"{"title":"Pacte","articles":[{"heading":"Article 1 – Objet","paragraphs":["Texte."]}]}"#
        );
    }

    #[test]
    fn hash_is_the_sha256_of_the_canonical_json() {
        let canonical = text("Pacte", &["Texte."]).canonical().expect("valid");
        assert_eq!(
            canonical.sha256,
            hex::encode(Sha256::digest(canonical.json.as_bytes()))
        );
        assert_eq!(canonical.sha256.len(), 64);
    }

    #[test]
    fn white_space_and_unicode_composition_do_not_change_the_hash() {
        let composed = text("Jardin de l’Écluse", &["Entretien  du\n jardin."])
            .canonical()
            .expect("valid");
        // "E" followed by a combining acute accent, and different spacing.
        let decomposed = text(
            " Jardin de l’E\u{301}cluse ",
            &["Entretien du jardin.", "  "],
        )
        .canonical()
        .expect("valid");
        assert_eq!(composed, decomposed);
    }

    #[test]
    fn any_change_of_wording_changes_the_hash() {
        let a = text("Pacte", &["La Ville fournit les outils."])
            .canonical()
            .expect("valid");
        let b = text("Pacte", &["La Ville prête les outils."])
            .canonical()
            .expect("valid");
        assert_ne!(a.sha256, b.sha256);
    }

    #[test]
    fn paragraph_boundaries_are_part_of_the_text() {
        let one = text("Pacte", &["a b"]).canonical().expect("valid");
        let two = text("Pacte", &["a", "b"]).canonical().expect("valid");
        assert_ne!(one.sha256, two.sha256);
    }

    #[test]
    fn empty_title_is_rejected() {
        assert_eq!(text(" \n", &["x"]).canonical(), Err(TextError::EmptyTitle));
    }

    #[test]
    fn text_without_articles_is_rejected() {
        let empty = PactText {
            title: "Pacte".into(),
            articles: vec![],
        };
        assert_eq!(empty.canonical(), Err(TextError::NoArticle));
    }

    #[test]
    fn stored_text_is_checked_against_its_hash() {
        let canonical = text("Pacte", &["Texte."]).canonical().expect("valid");
        assert!(PactText::from_canonical(&canonical.json, &canonical.sha256).is_ok());
        let tampered = canonical.json.replace("Texte", "Texto");
        assert!(matches!(
            PactText::from_canonical(&tampered, &canonical.sha256),
            Err(TextError::Corrupt(_))
        ));
    }
}

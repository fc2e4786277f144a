//! Full-text search, the part that is the same on both databases: how a
//! text becomes the terms that are indexed, how a search becomes the terms
//! it looks for, and how matches are marked in what is shown.
//!
//! A word is lower-cased, stemmed in the language of the text (Snowball,
//! French, Italian or English) and stripped of its accents, so "jardins",
//! "Jardin" and "jardín" meet, as do "écluse" and "ecluse". Each word is
//! indexed under two terms (stemmed then folded, folded then stemmed),
//! since a stemmer reads accents; a searched word looks for those two
//! terms in each language, as a search may span cities of several
//! languages. The databases only see terms of ASCII letters and digits:
//! SQLite's FTS5 and PostgreSQL's `simple` text search index them as they
//! are; pacts whose title holds every word come first (`db::search`).

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::filter::fold;

/// The language a text is written in, for stemming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextLanguage {
    /// French.
    French,
    /// Italian.
    Italian,
    /// English.
    English,
}

impl TextLanguage {
    /// From a language code (`fr`, `it`, `en`); French otherwise.
    pub fn from_code(code: &str) -> TextLanguage {
        match code {
            "it" => TextLanguage::Italian,
            "en" => TextLanguage::English,
            _ => TextLanguage::French,
        }
    }

    const ALL: [TextLanguage; 3] = [
        TextLanguage::French,
        TextLanguage::Italian,
        TextLanguage::English,
    ];

    fn stemmer(self) -> Stemmer {
        Stemmer::create(match self {
            TextLanguage::French => Algorithm::French,
            TextLanguage::Italian => Algorithm::Italian,
            TextLanguage::English => Algorithm::English,
        })
    }
}

/// The words of a text with their byte offsets: runs of letters and
/// digits ("l’Écluse" is "l" and "Écluse").
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

/// Keeps letters and digits: ASCII ones after folding for Latin scripts,
/// other scripts as they are (lower-cased). Nothing else reaches a query.
fn ascii_term(term: &str) -> Option<String> {
    let kept: String = term.chars().filter(|c| c.is_alphanumeric()).collect();
    (!kept.is_empty()).then_some(kept)
}

/// The terms one word is indexed under in a text of `language`; none for a
/// one-letter word (articles elided: "l", "d").
fn word_terms(word: &str, stemmer: &Stemmer) -> Vec<String> {
    if word.chars().count() < 2 {
        return Vec::new();
    }
    let lower = word.to_lowercase();
    let folded = fold(&lower);
    let mut terms: Vec<String> = [
        fold(&stemmer.stem(&lower)),
        stemmer.stem(&folded).into_owned(),
    ]
    .into_iter()
    .filter_map(|t| ascii_term(&t))
    .collect();
    terms.dedup();
    terms
}

/// The terms under which a text of `language` is indexed, space-separated.
pub fn index_terms(texts: &[impl AsRef<str>], language: TextLanguage) -> String {
    let stemmer = language.stemmer();
    let mut out = String::new();
    for text in texts {
        for (_, word) in words(text.as_ref()) {
            for term in word_terms(word, &stemmer) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&term);
            }
        }
    }
    out
}

/// A search: for each word typed, the terms any of which it accepts. A
/// pact matches when every word finds one of its terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextQuery {
    words: Vec<Vec<String>>,
}

impl TextQuery {
    /// The query for a searched text; `None` when it has no word of two
    /// letters or more.
    pub fn parse(text: &str) -> Option<TextQuery> {
        let stemmers: Vec<Stemmer> = TextLanguage::ALL.iter().map(|l| l.stemmer()).collect();
        let mut words_terms: Vec<Vec<String>> = Vec::new();
        for (_, word) in words(text) {
            let mut terms: Vec<String> =
                stemmers.iter().flat_map(|s| word_terms(word, s)).collect();
            terms.sort();
            terms.dedup();
            if !terms.is_empty() && !words_terms.contains(&terms) {
                words_terms.push(terms);
            }
        }
        (!words_terms.is_empty()).then_some(TextQuery { words: words_terms })
    }

    /// The query in FTS5's syntax: `("jardin" OR "jard") AND ("gare")`.
    /// Terms are ASCII letters and digits (or other letters), quoted.
    pub fn fts5(&self) -> String {
        self.join(" OR ", " AND ", |t| format!("\"{t}\""))
    }

    /// The query in PostgreSQL's `to_tsquery` syntax: `(jardin | jard) & (gare)`.
    pub fn tsquery(&self) -> String {
        self.join(" | ", " & ", |t| format!("'{t}'"))
    }

    fn join(&self, or: &str, and: &str, quote: impl Fn(&str) -> String) -> String {
        self.words
            .iter()
            .map(|terms| {
                let alternatives: Vec<String> = terms.iter().map(|t| quote(t)).collect();
                format!("({})", alternatives.join(or))
            })
            .collect::<Vec<_>>()
            .join(and)
    }

    fn accepts(&self, word: &str, stemmer: &Stemmer) -> bool {
        let terms = word_terms(word, stemmer);
        self.words
            .iter()
            .any(|accepted| terms.iter().any(|t| accepted.contains(t)))
    }

    /// `text` cut into pieces, the words this search finds marked.
    pub fn highlight(&self, text: &str, language: TextLanguage) -> Vec<Piece> {
        let stemmer = language.stemmer();
        let mut pieces = Vec::new();
        let mut at = 0;
        for (start, word) in words(text) {
            if self.accepts(word, &stemmer) {
                if start > at {
                    pieces.push(Piece::plain(&text[at..start]));
                }
                pieces.push(Piece {
                    text: word.to_owned(),
                    mark: true,
                });
                at = start + word.len();
            }
        }
        if at < text.len() {
            pieces.push(Piece::plain(&text[at..]));
        }
        pieces
    }

    /// The first of `paragraphs` where this search finds a word, cut to
    /// about `width` words around it, marked; `None` when none matches.
    pub fn excerpt<'a>(
        &self,
        paragraphs: impl IntoIterator<Item = &'a str>,
        language: TextLanguage,
        width: usize,
    ) -> Option<Vec<Piece>> {
        let stemmer = language.stemmer();
        for paragraph in paragraphs {
            let all: Vec<(usize, &str)> = words(paragraph).collect();
            let Some(hit) = all.iter().position(|(_, w)| self.accepts(w, &stemmer)) else {
                continue;
            };
            let first = hit.saturating_sub(width / 3);
            let last = (first + width).min(all.len());
            let start = all[first].0;
            let end = all[last - 1].0 + all[last - 1].1.len();
            let mut pieces = Vec::new();
            if first > 0 {
                pieces.push(Piece::plain("… "));
            }
            pieces.extend(self.highlight(&paragraph[start..end], language));
            if last < all.len() {
                pieces.push(Piece::plain(" …"));
            }
            return Some(pieces);
        }
        None
    }
}

/// A piece of a highlighted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// Whether it is a word the search found.
    pub mark: bool,
}

impl Piece {
    fn plain(text: &str) -> Piece {
        Piece {
            text: text.to_owned(),
            mark: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| p.mark)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn plural_accents_and_case_meet_in_one_term() {
        let indexed = index_terms(&["Les Jardins de l’Écluse"], TextLanguage::French);
        for typed in ["jardin", "JARDINS", "ecluse", "écluses"] {
            let query = TextQuery::parse(typed).expect("a word");
            let accepted = &query.words[0];
            assert!(
                indexed.split(' ').any(|t| accepted.iter().any(|a| a == t)),
                "{typed} in {indexed}"
            );
        }
    }

    #[test]
    fn italian_text_is_stemmed_as_italian() {
        let indexed = index_terms(&["Cura degli orti urbani"], TextLanguage::Italian);
        let query = TextQuery::parse("urbano curare").expect("words");
        for accepted in &query.words {
            assert!(
                indexed.split(' ').any(|t| accepted.contains(&t.to_owned())),
                "{accepted:?} in {indexed}"
            );
        }
    }

    #[test]
    fn queries_render_for_each_database_with_only_safe_characters() {
        let query = TextQuery::parse("jardin \"OR\" d'été; DROP").expect("words");
        let fts = query.fts5();
        assert!(fts.starts_with("(\"jardin\""), "{fts}");
        assert_eq!(fts.matches(" AND ").count(), 3, "{fts}");
        let ts = query.tsquery();
        assert!(ts.contains(" & "), "{ts}");
        assert!(!ts.contains(';') && !ts.contains("\"\""), "{ts}");
    }

    #[test]
    fn one_letter_words_and_punctuation_search_nothing() {
        assert_eq!(TextQuery::parse("l' ! -"), None);
        assert_eq!(index_terms(&["l’a"], TextLanguage::French), "");
    }

    #[test]
    fn highlights_mark_the_words_found_and_keep_the_rest() {
        let query = TextQuery::parse("jardin ecluse").expect("words");
        let pieces = query.highlight("Jardins partagés de l’Écluse", TextLanguage::French);
        assert_eq!(marked(&pieces), ["Jardins", "Écluse"]);
        let whole: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(whole, "Jardins partagés de l’Écluse");
    }

    #[test]
    fn excerpts_come_from_the_first_paragraph_that_matches() {
        let query = TextQuery::parse("compost").expect("a word");
        let long = format!(
            "{} le compost est retourné {}",
            "mot ".repeat(40),
            "fin ".repeat(40)
        );
        let paragraphs = ["Rien ici.", long.as_str()];
        let excerpt = query
            .excerpt(paragraphs, TextLanguage::French, 12)
            .expect("found");
        assert_eq!(marked(&excerpt), ["compost"]);
        assert_eq!(excerpt.first().map(|p| p.text.as_str()), Some("… "));
        assert_eq!(excerpt.last().map(|p| p.text.as_str()), Some(" …"));
        assert!(
            query
                .excerpt(["Rien ici."], TextLanguage::French, 12)
                .is_none()
        );
    }
}

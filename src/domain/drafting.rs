//! Co-design drafting: editing a version article by article, and comparing
//! two versions word by word.
//!
//! An edit starts from the version the editor saw (its *base*): every
//! article comes back with its heading, its body (paragraphs separated by a
//! blank line), its position and whether it is removed, plus at most one new
//! article. [`Edit::apply`] turns that into the next text, or says what is
//! wrong with each field. Whether the base is still the latest version is
//! the database's business (optimistic concurrency on the version number).
//!
//! [`compare`] lines two texts up block by block (title, headings,
//! paragraphs) and, inside a block that changed, word by word, for a
//! side-by-side view.

use similar::{Algorithm, ChangeTag, DiffOp, TextDiff, capture_diff_slices};

use super::proposal::{TextLimits, paragraphs};
use super::text::{Article, PactText};

/// Longest heading, in characters.
pub const MAX_HEADING_CHARS: usize = 200;
/// Most articles in one text.
pub const MAX_ARTICLES: usize = 100;
/// Longest reason given for a change, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// One article as the editor sends it back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleEdit {
    /// Heading.
    pub heading: String,
    /// Body: paragraphs separated by a blank line.
    pub body: String,
    /// Wanted position (1 = first); `None` keeps its place.
    pub position: Option<usize>,
    /// Whether the article is to be removed.
    pub remove: bool,
}

/// A whole edit of a version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edit {
    /// Title of the pact in this version.
    pub title: String,
    /// The articles of the base, in their current order, as edited.
    pub articles: Vec<ArticleEdit>,
    /// A new article, if its heading or body was filled in.
    pub added: Option<ArticleEdit>,
    /// Why the change is made.
    pub note: String,
}

/// What is wrong with a field of an edit. Fields are named as the form
/// names them: `title`, `note`, `heading-3`, `body-3`, `position-3`
/// (articles counted from 1) and `heading-new`, `body-new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    /// The form field.
    pub field: String,
    /// Message key.
    pub key: &'static str,
}

/// The body of an article as the editor shows it.
pub fn body_of(article: &Article) -> String {
    article.paragraphs.join("\n\n")
}

fn error(field: String, key: &'static str) -> EditError {
    EditError { field, key }
}

impl ArticleEdit {
    /// The edit of an existing article, unchanged.
    pub fn of(article: &Article, position: usize) -> ArticleEdit {
        ArticleEdit {
            heading: article.heading.clone(),
            body: body_of(article),
            position: Some(position),
            remove: false,
        }
    }

    fn check(&self, name: &str, limits: &TextLimits, errors: &mut Vec<EditError>) {
        if self.remove {
            return;
        }
        if self.heading.trim().is_empty() {
            errors.push(error(format!("heading-{name}"), "edit-error-heading"));
        } else if self.heading.chars().count() > MAX_HEADING_CHARS {
            errors.push(error(format!("heading-{name}"), "edit-error-too-long"));
        }
        if self.body.chars().count() > limits.article {
            errors.push(error(format!("body-{name}"), "edit-error-too-long"));
        }
    }

    fn article(&self) -> Article {
        Article {
            heading: self.heading.clone(),
            paragraphs: paragraphs(&self.body),
        }
    }
}

impl Edit {
    /// The edit that changes nothing in `text`.
    pub fn of(text: &PactText) -> Edit {
        Edit {
            title: text.title.clone(),
            articles: text
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| ArticleEdit::of(a, i + 1))
                .collect(),
            added: None,
            note: String::new(),
        }
    }

    /// The text this edit makes of its base, normalised; or every mistake,
    /// each on its field. An edit that changes nothing is a mistake too, so
    /// that versions always differ from the one before.
    pub fn apply(&self, base: &PactText, limits: &TextLimits) -> Result<PactText, Vec<EditError>> {
        let mut errors = Vec::new();
        if self.title.trim().is_empty() {
            errors.push(error("title".into(), "edit-error-title"));
        } else if self.title.chars().count() > super::proposal::MAX_TITLE_CHARS {
            errors.push(error("title".into(), "edit-error-too-long"));
        }
        if self.note.trim().is_empty() {
            errors.push(error("note".into(), "edit-error-note"));
        } else if self.note.chars().count() > MAX_NOTE_CHARS {
            errors.push(error("note".into(), "edit-error-too-long"));
        }
        for (i, article) in self.articles.iter().enumerate() {
            article.check(&(i + 1).to_string(), limits, &mut errors);
        }
        if let Some(added) = &self.added {
            added.check("new", limits, &mut errors);
        }
        // Articles with their wanted position; ties keep the base order,
        // and the new article goes last unless placed.
        let mut placed: Vec<(usize, usize, Article)> = self
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.remove)
            .map(|(i, a)| (a.position.unwrap_or(i + 1), i, a.article()))
            .collect();
        if let Some(added) = &self.added {
            placed.push((
                added.position.unwrap_or(usize::MAX),
                usize::MAX,
                added.article(),
            ));
        }
        if placed.is_empty() {
            errors.push(error("articles".into(), "edit-error-no-article"));
        } else if placed.len() > MAX_ARTICLES {
            errors.push(error("articles".into(), "edit-error-too-many"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        placed.sort_by_key(|(position, index, _)| (*position, *index));
        let text = PactText {
            title: self.title.clone(),
            articles: placed.into_iter().map(|(_, _, a)| a).collect(),
        }
        .normalized()
        .map_err(|_| vec![error("articles".into(), "edit-error-no-article")])?;
        if base.normalized().is_ok_and(|b| b == text) {
            return Err(vec![error("articles".into(), "edit-error-unchanged")]);
        }
        Ok(text)
    }
}

/// What a piece of a compared block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// In both versions.
    Same,
    /// Only in the older version.
    Removed,
    /// Only in the newer version.
    Added,
}

/// The kind of a block of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The pact's title.
    Title,
    /// An article's heading.
    Heading,
    /// A paragraph.
    Paragraph,
}

/// One side of a row of a comparison: a block cut into pieces.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Side {
    /// Title, heading or paragraph.
    pub kind: BlockKind,
    /// The text, piece by piece.
    pub pieces: Vec<(Change, String)>,
}

/// One row of a side-by-side comparison: a block of the older version and
/// the block of the newer one it became (either may be missing).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    /// Older version's block.
    pub old: Option<Side>,
    /// Newer version's block.
    pub new: Option<Side>,
}

impl Row {
    /// Whether the block is the same in both versions.
    pub fn unchanged(&self) -> bool {
        [&self.old, &self.new]
            .into_iter()
            .flatten()
            .all(|side| side.pieces.iter().all(|(c, _)| *c == Change::Same))
            && self.old.is_some()
            && self.new.is_some()
    }
}

fn blocks(text: &PactText) -> Vec<(BlockKind, String)> {
    let mut out = vec![(BlockKind::Title, text.title.clone())];
    for article in &text.articles {
        out.push((BlockKind::Heading, article.heading.clone()));
        out.extend(
            article
                .paragraphs
                .iter()
                .map(|p| (BlockKind::Paragraph, p.clone())),
        );
    }
    out
}

fn whole(kind: BlockKind, text: &str, change: Change) -> Side {
    Side {
        kind,
        pieces: vec![(change, text.to_owned())],
    }
}

/// The word-level difference between two versions of one block.
fn words(kind: BlockKind, old: &str, new: &str) -> (Side, Side) {
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_words(old, new);
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        let value = change.value().to_owned();
        let (side, tag) = match change.tag() {
            ChangeTag::Equal => {
                push(&mut left, Change::Same, &value);
                (&mut right, Change::Same)
            }
            ChangeTag::Delete => (&mut left, Change::Removed),
            ChangeTag::Insert => (&mut right, Change::Added),
        };
        push(side, tag, &value);
    }
    (
        Side { kind, pieces: left },
        Side {
            kind,
            pieces: right,
        },
    )
}

/// Appends to the last piece when it is of the same change, so that a run
/// of changed words is one highlighted piece.
fn push(pieces: &mut Vec<(Change, String)>, change: Change, value: &str) {
    match pieces.last_mut() {
        Some((last, text)) if *last == change => text.push_str(value),
        _ => pieces.push((change, value.to_owned())),
    }
}

/// Lines `old` and `new` up for a side-by-side view: unchanged blocks face
/// each other, a changed block faces what it became with the changed words
/// marked, removed and added blocks face nothing.
pub fn compare(old: &PactText, new: &PactText) -> Vec<Row> {
    let (a, b) = (blocks(old), blocks(new));
    let mut rows = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for i in 0..len {
                    let (kind, text) = &a[old_index + i];
                    debug_assert_eq!(&b[new_index + i].1, text);
                    rows.push(Row {
                        old: Some(whole(*kind, text, Change::Same)),
                        new: Some(whole(*kind, text, Change::Same)),
                    });
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => rows.extend(a[old_index..old_index + old_len].iter().map(|(k, t)| Row {
                old: Some(whole(*k, t, Change::Removed)),
                new: None,
            })),
            DiffOp::Insert {
                new_index, new_len, ..
            } => rows.extend(b[new_index..new_index + new_len].iter().map(|(k, t)| Row {
                old: None,
                new: Some(whole(*k, t, Change::Added)),
            })),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for i in 0..old_len.max(new_len) {
                    let left = (i < old_len).then(|| &a[old_index + i]);
                    let right = (i < new_len).then(|| &b[new_index + i]);
                    rows.push(match (left, right) {
                        (Some((lk, lt)), Some((rk, rt))) if lk == rk => {
                            let (l, r) = words(*lk, lt, rt);
                            Row {
                                old: Some(l),
                                new: Some(r),
                            }
                        }
                        (left, right) => Row {
                            old: left.map(|(k, t)| whole(*k, t, Change::Removed)),
                            new: right.map(|(k, t)| whole(*k, t, Change::Added)),
                        },
                    });
                }
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(articles: &[(&str, &[&str])]) -> PactText {
        PactText {
            title: "Jardin des Tilleuls".into(),
            articles: articles
                .iter()
                .map(|(h, ps)| Article {
                    heading: (*h).into(),
                    paragraphs: ps.iter().map(|p| (*p).into()).collect(),
                })
                .collect(),
        }
    }

    fn base() -> PactText {
        text(&[
            ("Objet", &["Soin du jardin."]),
            ("Durée", &["Deux ans."]),
            ("Assurance", &["La Ville assure les bénévoles."]),
        ])
    }

    fn edit() -> Edit {
        Edit {
            note: "Relecture".into(),
            ..Edit::of(&base())
        }
    }

    #[test]
    fn rewriting_an_article_changes_only_it() {
        let mut e = edit();
        e.articles[1].body = "Trois ans.\n\nRenouvelable une fois.".into();
        let out = e.apply(&base(), &TextLimits::default()).expect("present");
        assert_eq!(
            out.articles[1].paragraphs,
            ["Trois ans.", "Renouvelable une fois."]
        );
        assert_eq!(out.articles[0], base().articles[0]);
        assert_eq!(out.articles[2], base().articles[2]);
    }

    #[test]
    fn articles_can_be_removed_added_and_reordered() {
        let mut e = edit();
        e.articles[0].remove = true;
        e.articles[2].position = Some(1);
        e.added = Some(ArticleEdit {
            heading: "Communication".into(),
            body: "Un panneau signale le pacte.".into(),
            position: Some(2),
            remove: false,
        });
        let out = e.apply(&base(), &TextLimits::default()).expect("present");
        let headings: Vec<_> = out.articles.iter().map(|a| a.heading.as_str()).collect();
        assert_eq!(headings, ["Assurance", "Durée", "Communication"]);
    }

    #[test]
    fn a_new_article_goes_last_unless_placed() {
        let mut e = edit();
        e.added = Some(ArticleEdit {
            heading: "Fin".into(),
            ..ArticleEdit::default()
        });
        let out = e.apply(&base(), &TextLimits::default()).expect("present");
        assert_eq!(out.articles.last().expect("present").heading, "Fin");
        assert_eq!(out.articles.len(), 4);
    }

    #[test]
    fn every_mistake_is_reported_on_its_field() {
        let mut e = edit();
        e.note = " ".into();
        e.title = String::new();
        e.articles[1].heading = String::new();
        e.articles[2].body = "x".repeat(TextLimits::default().article + 1);
        let errors = e
            .apply(&base(), &TextLimits::default())
            .expect_err("refused");
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "note", "heading-2", "body-3"]);
    }

    #[test]
    fn a_removed_article_needs_no_heading() {
        let mut e = edit();
        e.articles[1].heading = String::new();
        e.articles[1].remove = true;
        assert_eq!(
            e.apply(&base(), &TextLimits::default())
                .expect("present")
                .articles
                .len(),
            2
        );
    }

    #[test]
    fn removing_every_article_or_changing_nothing_is_refused() {
        let mut e = edit();
        for a in &mut e.articles {
            a.remove = true;
        }
        assert_eq!(
            e.apply(&base(), &TextLimits::default())
                .expect_err("refused")[0]
                .key,
            "edit-error-no-article"
        );
        let mut e = edit();
        e.articles[0].body = "Soin   du jardin.\n".into();
        assert_eq!(
            e.apply(&base(), &TextLimits::default())
                .expect_err("refused")[0]
                .key,
            "edit-error-unchanged"
        );
    }

    fn marked(side: &Side, change: Change) -> Vec<String> {
        side.pieces
            .iter()
            .filter(|(c, _)| *c == change)
            .map(|(_, t)| t.trim().to_owned())
            .collect()
    }

    #[test]
    fn comparison_marks_the_changed_words_only() {
        let new = text(&[
            ("Objet", &["Soin du jardin."]),
            ("Durée", &["Trois ans."]),
            ("Assurance", &["La Ville assure les bénévoles."]),
        ]);
        let rows = compare(&base(), &new);
        let changed: Vec<_> = rows.iter().filter(|r| !r.unchanged()).collect();
        assert_eq!(changed.len(), 1);
        let row = changed[0];
        assert_eq!(
            marked(row.old.as_ref().expect("present"), Change::Removed),
            ["Deux"]
        );
        assert_eq!(
            marked(row.new.as_ref().expect("present"), Change::Added),
            ["Trois"]
        );
        assert_eq!(
            marked(row.new.as_ref().expect("present"), Change::Same),
            ["ans."]
        );
    }

    #[test]
    fn comparison_shows_removed_and_added_articles_facing_nothing() {
        let new = text(&[
            ("Objet", &["Soin du jardin."]),
            ("Assurance", &["La Ville assure les bénévoles."]),
            ("Communication", &["Un panneau."]),
        ]);
        let rows = compare(&base(), &new);
        let removed: Vec<_> = rows.iter().filter(|r| r.new.is_none()).collect();
        let added: Vec<_> = rows.iter().filter(|r| r.old.is_none()).collect();
        assert_eq!(removed.len(), 2, "heading and paragraph of Durée");
        assert_eq!(added.len(), 2, "heading and paragraph of Communication");
        assert!(
            removed
                .iter()
                .all(|r| r.old.as_ref().expect("present").pieces[0].0 == Change::Removed)
        );
    }

    #[test]
    fn identical_texts_compare_as_unchanged_rows() {
        let rows = compare(&base(), &base());
        assert_eq!(rows.len(), 7);
        assert!(rows.iter().all(Row::unchanged));
    }
}

//! Pact templates: articles with variables (`{{commons.name}}`) and
//! conditions (an article only for complex pacts, only when insurance is
//! asked…), rendered into the first text of a draft pact.
//!
//! - A variable is `{{name}}` with a name from [`VARIABLES`]. Inline, it is
//!   replaced by its text; a paragraph that is exactly a block variable
//!   (`{{objectives}}`, `{{support.list}}`…) becomes that many paragraphs.
//! - A condition is `complex`, `ordinary`, `support:<kind>`,
//!   `contributions`, or any of them preceded by `not `.
//! - A value not known yet (the end date before signature) is rendered as
//!   [`BLANK`], to be filled in during co-design.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::{Article, PactText};
use super::vocab::{PactKind, SupportKind, Vocabulary};

/// What a value not known yet renders as.
pub const BLANK: &str = "[…]";

/// Variables a template may use, and whether each is a block (paragraphs).
pub const VARIABLES: &[(&str, bool)] = &[
    ("city.name", false),
    ("city.regulation", false),
    ("city.act", false),
    ("commons.name", false),
    ("commons.address", false),
    ("pact.title", false),
    ("pact.number", false),
    ("pact.duration_months", false),
    ("pact.start_date", false),
    ("pact.end_date", false),
    ("proponents", false),
    ("objectives", true),
    ("activities", true),
    ("contributions", true),
    ("support.list", true),
];

/// When an article is included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Condition {
    /// Only for this kind of pact.
    Kind(PactKind),
    /// Only when this support is asked.
    Support(SupportKind),
    /// Only when the proponents say what they bring.
    Contributions,
    /// The opposite.
    Not(Box<Condition>),
}

impl Condition {
    /// Parses `complex`, `not support:insurance`…
    pub fn parse(s: &str) -> Option<Condition> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("not ") {
            return Condition::parse(rest).map(|c| Condition::Not(Box::new(c)));
        }
        if let Some(kind) = s.strip_prefix("support:") {
            return SupportKind::parse(kind.trim()).map(Condition::Support);
        }
        if s == "contributions" {
            return Some(Condition::Contributions);
        }
        PactKind::parse(s).map(Condition::Kind)
    }

    fn holds(&self, context: &Context) -> bool {
        match self {
            Condition::Kind(kind) => context.kind == *kind,
            Condition::Support(kind) => context.support.contains(kind),
            Condition::Contributions => context
                .blocks
                .get("contributions")
                .is_some_and(|p| !p.is_empty()),
            Condition::Not(inner) => !inner.holds(context),
        }
    }
}

/// One article of a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateArticle {
    /// Heading, may hold inline variables.
    pub heading: String,
    /// Paragraphs, may hold variables.
    pub paragraphs: Vec<String>,
    /// When the article is included (always when absent), as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_if: Option<String>,
}

/// A template: a name and its articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// Name shown to officers.
    pub name: String,
    /// The kind of pact it is for.
    pub kind: PactKind,
    /// Articles, in order.
    pub articles: Vec<TemplateArticle>,
    /// How often the parties of its pacts report; by the pact's duration
    /// when not said.
    #[serde(default)]
    pub report_frequency: Option<crate::domain::report::Frequency>,
}

/// A mistake in a template, found when it is saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// `{{…}}` with a name not in [`VARIABLES`].
    #[error("article {article}: unknown variable {name:?}")]
    UnknownVariable {
        /// Article, from 1.
        article: usize,
        /// The name typed.
        name: String,
    },
    /// `{{` without `}}`.
    #[error("article {article}: a variable is not closed with }}}}")]
    Unclosed {
        /// Article, from 1.
        article: usize,
    },
    /// A block variable used inside a sentence.
    #[error("article {article}: {name:?} stands alone in its paragraph")]
    BlockInline {
        /// Article, from 1.
        article: usize,
        /// The variable.
        name: String,
    },
    /// A condition that cannot be read.
    #[error("article {article}: unknown condition {condition:?}")]
    BadCondition {
        /// Article, from 1.
        article: usize,
        /// What was typed.
        condition: String,
    },
    /// No article at all.
    #[error("the template has no article")]
    Empty,
}

/// The values a template is rendered with.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Kind of the pact.
    pub kind: PactKind,
    /// Support asked.
    pub support: Vec<SupportKind>,
    /// Inline values; a variable absent here renders as [`BLANK`].
    pub values: BTreeMap<&'static str, String>,
    /// Block values, by paragraph.
    pub blocks: BTreeMap<&'static str, Vec<String>>,
}

/// The variable names in `text`, or the article-level error.
fn variables(text: &str, article: usize) -> Result<Vec<&str>, TemplateError> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or(TemplateError::Unclosed { article })?;
        names.push(after[..end].trim());
        rest = &after[end + 2..];
    }
    Ok(names)
}

fn is_block(name: &str) -> Option<bool> {
    VARIABLES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, block)| *block)
}

impl Template {
    /// Every mistake in the template, all at once.
    pub fn check(&self) -> Vec<TemplateError> {
        let mut errors = Vec::new();
        if self.articles.is_empty() {
            errors.push(TemplateError::Empty);
        }
        for (i, article) in self.articles.iter().enumerate() {
            let number = i + 1;
            if let Some(condition) = &article.only_if
                && Condition::parse(condition).is_none()
            {
                errors.push(TemplateError::BadCondition {
                    article: number,
                    condition: condition.clone(),
                });
            }
            let texts = std::iter::once((&article.heading, true))
                .chain(article.paragraphs.iter().map(|p| (p, false)));
            for (text, is_heading) in texts {
                match variables(text, number) {
                    Err(e) => errors.push(e),
                    Ok(names) => {
                        for name in names {
                            match is_block(name) {
                                None => errors.push(TemplateError::UnknownVariable {
                                    article: number,
                                    name: name.to_owned(),
                                }),
                                Some(true)
                                    if is_heading || text.trim() != format!("{{{{{name}}}}}") =>
                                {
                                    errors.push(TemplateError::BlockInline {
                                        article: number,
                                        name: name.to_owned(),
                                    });
                                }
                                Some(_) => {}
                            }
                        }
                    }
                }
            }
        }
        errors
    }

    /// The text of a draft pact: articles whose condition holds, variables
    /// filled. Fails if the template has mistakes.
    pub fn render(&self, title: &str, context: &Context) -> Result<PactText, Vec<TemplateError>> {
        let errors = self.check();
        if !errors.is_empty() {
            return Err(errors);
        }
        let fill = |text: &str| {
            let mut out = String::new();
            let mut rest = text;
            while let Some(start) = rest.find("{{") {
                out.push_str(&rest[..start]);
                let after = &rest[start + 2..];
                let end = after.find("}}").unwrap_or(after.len());
                let name = after[..end].trim();
                out.push_str(context.values.get(name).map_or(BLANK, String::as_str));
                rest = after.get(end + 2..).unwrap_or("");
            }
            out.push_str(rest);
            out
        };
        let mut articles = Vec::new();
        for article in &self.articles {
            let included = article
                .only_if
                .as_deref()
                .and_then(Condition::parse)
                .is_none_or(|c| c.holds(context));
            if !included {
                continue;
            }
            let mut paragraphs = Vec::new();
            for paragraph in &article.paragraphs {
                let trimmed = paragraph.trim();
                let block = trimmed
                    .strip_prefix("{{")
                    .and_then(|s| s.strip_suffix("}}"))
                    .map(str::trim)
                    .filter(|name| is_block(name) == Some(true));
                match block {
                    Some(name) => {
                        paragraphs.extend(context.blocks.get(name).cloned().unwrap_or_default());
                    }
                    None => paragraphs.push(fill(paragraph)),
                }
            }
            articles.push(Article {
                heading: fill(&article.heading),
                paragraphs,
            });
        }
        Ok(PactText {
            title: title.to_owned(),
            articles,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(heading: &str, paragraphs: &[&str], only_if: Option<&str>) -> TemplateArticle {
        TemplateArticle {
            heading: heading.into(),
            paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
            only_if: only_if.map(str::to_owned),
        }
    }

    fn template(articles: Vec<TemplateArticle>) -> Template {
        Template {
            name: "Pacte ordinaire".into(),
            kind: PactKind::Ordinary,
            articles,
            report_frequency: None,
        }
    }

    fn context() -> Context {
        let mut context = Context {
            kind: PactKind::Ordinary,
            support: vec![SupportKind::Materials],
            ..Context::default()
        };
        context
            .values
            .insert("commons.name", "Jardin des Tilleuls".into());
        context
            .values
            .insert("city.name", "Ville de Valmont-sur-Orbe".into());
        context.blocks.insert(
            "objectives",
            vec!["Accueillir.".into(), "Transmettre.".into()],
        );
        context
            .blocks
            .insert("support.list", vec!["Matériel et outillage".into()]);
        context
    }

    #[test]
    fn inline_variables_are_filled() {
        let text = template(vec![article(
            "Objet",
            &["Le pacte porte sur {{commons.name}}, à {{ city.name }}."],
            None,
        )])
        .render("Pacte", &context())
        .expect("renders");
        assert_eq!(
            text.articles[0].paragraphs,
            vec!["Le pacte porte sur Jardin des Tilleuls, à Ville de Valmont-sur-Orbe."]
        );
    }

    #[test]
    fn block_variables_become_paragraphs() {
        let text = template(vec![article(
            "Objectifs",
            &["Les objectifs sont :", "{{objectives}}"],
            None,
        )])
        .render("Pacte", &context())
        .expect("renders");
        assert_eq!(
            text.articles[0].paragraphs,
            vec!["Les objectifs sont :", "Accueillir.", "Transmettre."]
        );
    }

    #[test]
    fn values_not_known_yet_are_left_blank() {
        let text = template(vec![article(
            "Durée",
            &["Le pacte prend fin le {{pact.end_date}}."],
            None,
        )])
        .render("Pacte", &context())
        .expect("renders");
        assert_eq!(
            text.articles[0].paragraphs,
            vec![format!("Le pacte prend fin le {BLANK}.")]
        );
    }

    #[test]
    fn conditional_articles_follow_the_pact() {
        let tpl = template(vec![
            article("Objet", &["x"], None),
            article("Comité de suivi", &["y"], Some("complex")),
            article("Matériel", &["z"], Some("support:materials")),
            article("Assurance", &["w"], Some("support:insurance")),
            article("Sans assurance", &["v"], Some("not support:insurance")),
            article("Apports", &["u"], Some("contributions")),
        ]);
        let headings: Vec<String> = tpl
            .render("Pacte", &context())
            .expect("renders")
            .articles
            .into_iter()
            .map(|a| a.heading)
            .collect();
        assert_eq!(headings, vec!["Objet", "Matériel", "Sans assurance"]);
        let complex = Context {
            kind: PactKind::Complex,
            support: vec![SupportKind::Insurance],
            ..context()
        };
        let headings: Vec<String> = tpl
            .render("Pacte", &complex)
            .expect("renders")
            .articles
            .into_iter()
            .map(|a| a.heading)
            .collect();
        assert_eq!(headings, vec!["Objet", "Comité de suivi", "Assurance"]);
    }

    #[test]
    fn mistakes_are_all_reported_with_their_article() {
        let tpl = template(vec![
            article(
                "Objet",
                &["{{commons.nom}}", "Texte {{objectives}} en ligne"],
                None,
            ),
            article("B", &["{{pact.title"], Some("sometimes")),
        ]);
        assert_eq!(
            tpl.check(),
            vec![
                TemplateError::UnknownVariable {
                    article: 1,
                    name: "commons.nom".into()
                },
                TemplateError::BlockInline {
                    article: 1,
                    name: "objectives".into()
                },
                TemplateError::BadCondition {
                    article: 2,
                    condition: "sometimes".into()
                },
                TemplateError::Unclosed { article: 2 },
            ]
        );
        assert!(tpl.render("Pacte", &context()).is_err());
    }

    #[test]
    fn an_empty_template_is_a_mistake() {
        assert_eq!(template(vec![]).check(), vec![TemplateError::Empty]);
    }

    #[test]
    fn conditions_parse_and_negate() {
        assert_eq!(
            Condition::parse("complex"),
            Some(Condition::Kind(PactKind::Complex))
        );
        assert_eq!(
            Condition::parse("not support:insurance"),
            Some(Condition::Not(Box::new(Condition::Support(
                SupportKind::Insurance
            ))))
        );
        assert_eq!(Condition::parse("support:money"), None);
    }
}

#[cfg(test)]
mod shipped_templates {
    use super::*;

    fn load(text: &str) -> Template {
        toml::from_str(text).expect("a template")
    }

    fn proposal_context(kind: PactKind, support: Vec<SupportKind>) -> Context {
        let mut context = Context {
            kind,
            support,
            ..Context::default()
        };
        for (name, value) in [
            ("city.name", "la Ville de Valmont-sur-Orbe"),
            ("city.regulation", "Règlement relatif aux communs urbains"),
            ("city.act", "la délibération n° 2021-118"),
            ("commons.name", "l'Ancienne halle aux grains"),
            ("commons.address", "2, quai des Tanneurs"),
            ("proponents", "le collectif « Halle vivante »"),
            ("pact.number", "2026-0042"),
            ("pact.duration_months", "36"),
        ] {
            context.values.insert(name, value.to_owned());
        }
        context
            .blocks
            .insert("objectives", vec!["Ouvrir la halle.".into()]);
        context
            .blocks
            .insert("activities", vec!["Deux événements par mois.".into()]);
        context
    }

    #[test]
    fn the_french_templates_have_no_mistakes() {
        for text in [
            include_str!("../../fixtures/templates/ordinaire.fr.toml"),
            include_str!("../../fixtures/templates/complexe.fr.toml"),
        ] {
            assert_eq!(load(text).check(), vec![]);
        }
    }

    #[test]
    fn the_ordinary_template_chooses_the_insurance_article() {
        let template = load(include_str!("../../fixtures/templates/ordinaire.fr.toml"));
        let insured = template
            .render(
                "Pacte",
                &proposal_context(PactKind::Ordinary, vec![SupportKind::Insurance]),
            )
            .expect("renders");
        let not_insured = template
            .render("Pacte", &proposal_context(PactKind::Ordinary, vec![]))
            .expect("renders");
        let insurance = |text: &PactText| {
            text.articles
                .iter()
                .find(|a| a.heading == "Article 6 – Assurance")
                .map(|a| a.paragraphs[0].clone())
        };
        assert!(insurance(&insured).is_some_and(|p| p.starts_with("Les bénévoles sont couverts")));
        assert!(
            insurance(&not_insured)
                .is_some_and(|p| p.starts_with("Les porteurs du projet justifient"))
        );
        assert!(
            !insured
                .articles
                .iter()
                .any(|a| a.heading.contains("Apports")),
            "no contributions, no article"
        );
        let preamble = &insured.articles[0].paragraphs[1];
        assert_eq!(
            preamble,
            "Considérant la proposition déposée par le collectif « Halle vivante » pour prendre soin de l'Ancienne halle aux grains (2, quai des Tanneurs) ;"
        );
        let duration = &insured
            .articles
            .iter()
            .find(|a| a.heading == "Article 8 – Durée")
            .expect("duration")
            .paragraphs[0];
        assert!(
            duration.contains(&format!("du {BLANK} au {BLANK}")),
            "dates fixed at signature: {duration}"
        );
    }

    #[test]
    fn the_complex_template_renders_its_governance() {
        let template = load(include_str!("../../fixtures/templates/complexe.fr.toml"));
        assert_eq!(
            template.report_frequency,
            Some(crate::domain::report::Frequency::Yearly),
            "complex pacts report yearly"
        );
        assert_eq!(template.kind, PactKind::Complex);
        let text = template
            .render(
                "Pacte",
                &proposal_context(PactKind::Complex, vec![SupportKind::Insurance]),
            )
            .expect("renders");
        assert!(
            text.articles
                .iter()
                .any(|a| a.heading == "Article 3 – Gouvernance")
        );
        assert!(text.canonical().is_ok(), "a valid pact text");
    }
}

/// The plain-text form officers edit in the browser:
///
/// ```text
/// ## Article 6 – Assurance [if: support:insurance]
/// Les bénévoles sont couverts…
///
/// Second paragraph.
/// ```
///
/// A line starting with `## ` opens an article (an optional `[if: …]` at the
/// end sets its condition); blank lines separate paragraphs.
pub mod plain {
    use super::TemplateArticle;

    /// The articles as text.
    pub fn write(articles: &[TemplateArticle]) -> String {
        let mut out = String::new();
        for article in articles {
            out.push_str("## ");
            out.push_str(&article.heading);
            if let Some(condition) = &article.only_if {
                out.push_str(" [if: ");
                out.push_str(condition);
                out.push(']');
            }
            out.push('\n');
            for paragraph in &article.paragraphs {
                out.push_str(paragraph);
                out.push_str("\n\n");
            }
            if article.paragraphs.is_empty() {
                out.push('\n');
            }
        }
        out.trim_end().to_owned() + "\n"
    }

    /// Reads articles back; text before the first heading is an error,
    /// reported by the 1-based line where it is.
    pub fn read(text: &str) -> Result<Vec<TemplateArticle>, usize> {
        let mut articles: Vec<TemplateArticle> = Vec::new();
        let mut paragraph: Vec<String> = Vec::new();
        let flush = |articles: &mut Vec<TemplateArticle>, paragraph: &mut Vec<String>| {
            if let (Some(article), false) = (articles.last_mut(), paragraph.is_empty()) {
                article.paragraphs.push(paragraph.join(" "));
            }
            paragraph.clear();
        };
        let text = text.replace("\r\n", "\n");
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if let Some(heading) = line.strip_prefix("## ") {
                flush(&mut articles, &mut paragraph);
                let (heading, only_if) = match heading.rsplit_once("[if:") {
                    Some((heading, condition)) if condition.trim_end().ends_with(']') => (
                        heading.trim(),
                        Some(condition.trim_end().trim_end_matches(']').trim().to_owned()),
                    ),
                    _ => (heading.trim(), None),
                };
                articles.push(TemplateArticle {
                    heading: heading.to_owned(),
                    paragraphs: Vec::new(),
                    only_if,
                });
            } else if line.is_empty() {
                flush(&mut articles, &mut paragraph);
            } else if articles.is_empty() {
                return Err(number + 1);
            } else {
                paragraph.push(line.to_owned());
            }
        }
        flush(&mut articles, &mut paragraph);
        Ok(articles)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn text_round_trips() {
            let articles = vec![
                TemplateArticle {
                    heading: "Objet".into(),
                    paragraphs: vec!["A {{commons.name}}.".into(), "{{objectives}}".into()],
                    only_if: None,
                },
                TemplateArticle {
                    heading: "Assurance".into(),
                    paragraphs: vec!["B.".into()],
                    only_if: Some("support:insurance".into()),
                },
            ];
            let text = write(&articles);
            assert_eq!(
                text,
                "## Objet\nA {{commons.name}}.\n\n{{objectives}}\n\n## Assurance [if: support:insurance]\nB.\n"
            );
            assert_eq!(read(&text), Ok(articles));
        }

        #[test]
        fn lines_of_one_paragraph_are_joined() {
            let articles = read("## Objet\nune phrase\nqui continue\n\nautre").expect("reads");
            assert_eq!(
                articles[0].paragraphs,
                vec!["une phrase qui continue", "autre"]
            );
        }

        #[test]
        fn text_before_the_first_heading_is_refused_with_its_line() {
            assert_eq!(read("\nintro\n## Objet\nx"), Err(2));
        }
    }
}

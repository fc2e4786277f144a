//! Turning a checked proposal into the first version of a pact's text, in
//! the city's language.

use crate::domain::proposal::CheckedProposal;
use crate::domain::text::{Article, PactText};
use crate::i18n::{Arg, Lang};

/// The proposal's text: objectives, activities, contributions, support
/// asked and duration, one article each (empty ones left out).
pub fn text(lang: Lang, proposal: &CheckedProposal) -> PactText {
    let mut articles = vec![
        Article {
            heading: lang.t("proposal-article-objectives"),
            paragraphs: proposal.objectives.clone(),
        },
        Article {
            heading: lang.t("proposal-article-activities"),
            paragraphs: proposal.activities.clone(),
        },
    ];
    if !proposal.contributions.is_empty() {
        articles.push(Article {
            heading: lang.t("proposal-article-contributions"),
            paragraphs: proposal.contributions.clone(),
        });
    }
    if !proposal.support.is_empty() {
        articles.push(Article {
            heading: lang.t("proposal-article-support"),
            paragraphs: proposal.support.iter().map(|s| lang.label(*s)).collect(),
        });
    }
    articles.push(Article {
        heading: lang.t("proposal-article-duration"),
        paragraphs: vec![lang.t_args(
            "proposal-duration-text",
            &[("count", Arg::Num(proposal.duration_months.into()))],
        )],
    });
    PactText {
        title: proposal.title.clone(),
        articles,
    }
}

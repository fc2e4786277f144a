//! Texts a proposal's way produces, in the city's language: the first
//! version of a pact's text from a checked proposal, and what the history
//! says of an approval.

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

/// What the history says of an approval: the version approved and its
/// SHA-256, in the city's language.
pub fn approved_version(
    conn: &mut crate::db::DbConn,
    pact_id: i64,
    city_language: &str,
) -> diesel::QueryResult<String> {
    let (number, sha256) = crate::db::pacts::latest_version(conn, pact_id)?;
    let lang = Lang::parse(city_language).unwrap_or_default();
    Ok(lang.t_args(
        "approval-details",
        &[
            ("number", crate::i18n::Arg::Num(number.into())),
            ("sha256", crate::i18n::Arg::Str(sha256)),
        ],
    ))
}

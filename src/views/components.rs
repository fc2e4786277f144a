//! Small pieces shared by several pages.

use maud::{Markup, html};

use crate::db::pacts::PactListItem;
use crate::domain::lifecycle::Status;
use crate::domain::vocab::Vocabulary;
use crate::i18n::Lang;

/// A status badge.
pub fn status(lang: Lang, status: Status) -> Markup {
    html! { span class=(format!("status status-{}", status.name())) { (lang.label(status)) } }
}

/// A list of pacts as cards.
pub fn pact_list(lang: Lang, items: &[PactListItem]) -> Markup {
    html! {
        ol.pacts {
            @for item in items {
                li.pact {
                    article {
                        h3 {
                            a href=(format!("/cities/{}/pacts/{}", item.city.slug, item.pact.number)) {
                                @if let Some(found) = &item.highlight { (pieces(&found.title)) } @else { (item.pact.title) }
                            }
                        }
                        p.meta {
                            span.number { (item.pact.number) } " · "
                            (status(lang, item.pact.lifecycle.status)) " · "
                            (lang.label(item.pact.kind)) " · "
                            a href=(format!("/cities/{}", item.city.slug)) { (item.city.name) }
                        }
                        p.commons {
                            a href=(format!("/cities/{}/commons/{}", item.city.slug, item.commons.slug)) { (item.commons.name) }
                            @if let Some(district) = &item.commons.district { " · " (district) }
                            " · " (lang.label(item.commons.category))
                        }
                        @if let Some(found) = &item.highlight {
                            p { (pieces(&found.summary)) }
                            @if let Some(excerpt) = &found.excerpt {
                                blockquote.excerpt { p { (pieces(excerpt)) } }
                            }
                        } @else {
                            p { (item.pact.summary) }
                        }
                        @if let (Some(start), Some(end)) = (item.pact.lifecycle.start_date, item.pact.lifecycle.end_date) {
                            p.dates { (lang.t_args("pact-term", &[
                                ("start", crate::i18n::Arg::Str(lang.date(start))),
                                ("end", crate::i18n::Arg::Str(lang.date(end))),
                            ])) }
                        }
                    }
                }
            }
        }
    }
}

/// A highlighted text: the words a search found in `<mark>`.
pub fn pieces(pieces: &[crate::domain::search::Piece]) -> Markup {
    html! {
        @for piece in pieces {
            @if piece.mark { mark { (piece.text) } } @else { (piece.text) }
        }
    }
}

/// Key figures as a definition list.
pub fn figures(lang: Lang, figures: &crate::db::stats::KeyFigures) -> Markup {
    html! {
        dl.figures {
            div { dt { (lang.t("figure-in-force")) } dd { (lang.number(figures.pacts_in_force)) } }
            div { dt { (lang.t("figure-commons")) } dd { (lang.number(figures.commons_cared_for)) } }
            div { dt { (lang.t("figure-parties")) } dd { (lang.number(figures.parties)) } }
            div { dt { (lang.t("figure-total")) } dd { (lang.number(figures.pacts_total)) } }
            div { dt { (lang.t("figure-volunteers")) } dd { (lang.number(figures.volunteers)) } }
            div { dt { (lang.t("figure-hours")) } dd { (lang.number(figures.hours)) } }
        }
    }
}

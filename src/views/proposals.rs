//! The proposal form and the list of one's proposals.

use maud::{Markup, html};

use super::forms::{self, FieldErrors, Input};
use super::layout;
use crate::db::cities::City;
use crate::db::proposals::OwnProposal;
use crate::domain::lifecycle::Status;
use crate::domain::proposal::ProposalFields;
use crate::domain::vocab::{CommonsCategory, SupportKind, Vocabulary};
use crate::error::Message;
use crate::web::Ctx;

/// What the form offers to choose from.
pub struct FormChoices {
    /// The city addressed.
    pub city: City,
    /// Its commons: slug and name.
    pub commons: Vec<(String, String)>,
    /// Parties the user represents there: id and name.
    pub parties: Vec<(i64, String)>,
    /// The call for proposals answered, if any.
    pub call: Option<crate::db::calls::Call>,
    /// The words the commons were searched by.
    pub query: String,
}

/// The user's proposals, and where to start a new one.
pub fn list(ctx: &Ctx, own: &[OwnProposal], cities: &[City]) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("proposals-title"),
        &html! {
            h1 { (lang.t("proposals-title")) }
            form.stack method="get" action="/proposals/new" {
                div.field {
                    label for="f-city" { (lang.t("proposals-new-city")) }
                    select #f-city name="city" {
                        @for city in cities { option value=(city.slug) { (city.name) } }
                    }
                }
                button type="submit" { (lang.t("proposals-new")) }
            }
            @if own.is_empty() {
                p { (lang.t("proposals-none")) }
            } @else {
                table.staff {
                    caption.visually-hidden { (lang.t("proposals-title")) }
                    thead { tr {
                        th scope="col" { (lang.t("proposal-title")) }
                        th scope="col" { (lang.t("filter-city")) }
                        th scope="col" { (lang.t("filter-status")) }
                    } }
                    tbody {
                        @for proposal in own {
                            tr {
                                td { a href=(format!("/proposals/{}", proposal.id)) {
                                    (if proposal.title.trim().is_empty() { lang.t("proposal-untitled") } else { proposal.title.clone() })
                                } }
                                td { (proposal.city.1) }
                                td {
                                    @match &proposal.pact {
                                        Some((number, status)) => {
                                            (number) " · " (Status::parse(status).map(|s| lang.label(s)).unwrap_or_default())
                                        }
                                        None => { (lang.t("proposal-draft")) " · " (lang.datetime(proposal.updated_at)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The proposal form: every field, what was typed, every error next to its
/// field and listed at the top.
pub fn form(
    ctx: &Ctx,
    choices: &FormChoices,
    id: Option<i64>,
    fields: &ProposalFields,
    errors: &FieldErrors,
    flash: Option<&Message>,
) -> Markup {
    let lang = ctx.lang;
    let action = id.map_or_else(|| "/proposals".to_owned(), |id| format!("/proposals/{id}"));
    let input = |name, label, value: &str, hint| {
        forms::input(
            ctx,
            errors,
            &Input {
                name,
                label,
                kind: "text",
                value,
                autocomplete: "off",
                hint,
            },
        )
    };
    layout::page(
        ctx,
        &lang.t("proposal-form-title"),
        &html! {
            h1 { (lang.t("proposal-form-title")) " — " (choices.city.name) }
            @if let Some(flash) = flash { p.notice role="status" { (flash.render(lang)) } }
            (forms::summary(ctx, errors))
            form.stack.wide method="post" action=(action) novalidate {
                (forms::csrf(ctx))
                input type="hidden" name="city" value=(choices.city.slug);
                @if !choices.parties.is_empty() {
                    div.field {
                        label for="f-party" { (lang.t("proposal-party")) }
                        select #f-party name="party" aria-invalid=[errors.get("party").map(|_| "true")] {
                            option value="" { (lang.t("proposal-party-alone")) }
                            @for (party, name) in &choices.parties {
                                option value=(party) selected[fields.party == party.to_string()] { (name) }
                            }
                        }
                        @if let Some(key) = errors.get("party") { p.field-error { (lang.t(key)) } }
                    }
                }
                (commons_fieldset(ctx, choices, fields, errors))
                (input("title", "proposal-title", &fields.title, None))
                (forms::textarea(ctx, errors, "summary", "proposal-summary", &fields.summary, Some("proposal-summary-hint")))
                (forms::textarea(ctx, errors, "objectives", "proposal-objectives", &fields.objectives, None))
                (forms::textarea(ctx, errors, "activities", "proposal-activities", &fields.activities, Some("proposal-activities-hint")))
                (input("duration_months", "proposal-duration", &fields.duration_months, Some("proposal-duration-hint")))
                (forms::textarea(ctx, errors, "contributions", "proposal-contributions", &fields.contributions, None))
                fieldset.field {
                    legend { (lang.t("proposal-support")) }
                    @for kind in SupportKind::all() {
                        div.check {
                            input id=(format!("f-support-{}", kind.name())) type="checkbox" name="support" value=(kind.name())
                                checked[fields.support.iter().any(|s| s == kind.name())];
                            label for=(format!("f-support-{}", kind.name())) { (lang.label(kind)) }
                        }
                    }
                    @if let Some(key) = errors.get("support") { p.field-error { (lang.t(key)) } }
                }
                (forms::textarea(ctx, errors, "co_proponents", "proposal-co-proponents", &fields.co_proponents, Some("proposal-co-proponents-hint")))
                div.actions {
                    button type="submit" name="action" value="save" { (lang.t("proposal-save")) }
                    button type="submit" name="action" value="submit" { (lang.t("proposal-submit")) }
                }
            }
            @if let Some(id) = id {
                p { a href=(format!("/proposals/{id}/attachments")) { (lang.t("proposal-attachments")) } }
            } @else {
                p.hint { (lang.t("proposal-attachments-later")) }
            }
        },
    )
}

/// Which commons: the call's when answering one, else one of the city's
/// (found by words, without a map) or a new one described.
fn commons_fieldset(
    ctx: &Ctx,
    choices: &FormChoices,
    fields: &ProposalFields,
    errors: &FieldErrors,
) -> Markup {
    let lang = ctx.lang;
    let text = |name, label, value: &str| {
        forms::input(
            ctx,
            errors,
            &Input {
                name,
                label,
                kind: "text",
                value,
                autocomplete: "off",
                hint: None,
            },
        )
    };
    if let Some(call) = &choices.call {
        return html! {
            div.call-answered {
                p {
                    strong { (lang.t("proposal-call")) } " "
                    (call.title) " — " (call.commons.1) ". "
                    (lang.t_args("call-closes", &[("date", crate::i18n::Arg::Str(lang.date(call.closes_on)))]))
                }
                @if let Some(key) = errors.get("call") { p.field-error id="f-call-error" { (lang.t(key)) } }
                input type="hidden" name="call" value=(call.id);
                input type="hidden" name="commons" value=(call.commons.0);
            }
        };
    }
    html! {
    fieldset.field {
        legend { (lang.t("proposal-commons")) }
    div.field.search {
        label for="f-commons_query" { (lang.t("proposal-commons-search")) }
        p.hint id="f-commons_query-hint" { (lang.t("proposal-commons-search-hint")) }
        input #f-commons_query type="search" name="commons_query" value=(choices.query) aria-describedby="f-commons_query-hint";
        button.secondary type="submit" name="action" value="search" { (lang.t("proposal-commons-search-submit")) }
        @if !choices.query.is_empty() {
            p role="status" { (lang.t_args("proposal-commons-found", &[("count", crate::i18n::Arg::Num(i64::try_from(choices.commons.len()).unwrap_or(0)))])) }
        }
    }
        div.field {
            label for="f-commons" { (lang.t("proposal-commons-existing")) }
            select #f-commons name="commons" aria-invalid=[errors.get("commons").map(|_| "true")] {
                option value="" { (lang.t("proposal-commons-new-option")) }
                @for (slug, name) in &choices.commons {
                    option value=(slug) selected[fields.commons == *slug] { (name) }
                }
            }
            @if let Some(key) = errors.get("commons") { p.field-error { (lang.t(key)) } }
        }
        p.hint { (lang.t("proposal-commons-new-hint")) }
        (text("new_commons_name", "proposal-commons-name", &fields.new_commons_name))
        (text("new_commons_address", "commons-address", &fields.new_commons_address))
        div.field {
            label for="f-new_commons_category" { (lang.t("commons-category")) }
            select #f-new_commons_category name="new_commons_category" aria-invalid=[errors.get("new_commons_category").map(|_| "true")] {
                option value="" { "—" }
                @for category in CommonsCategory::all().into_iter().filter(|c| *c != CommonsCategory::Unclassified) {
                    option value=(category.name()) selected[fields.new_commons_category == category.name()] { (lang.label(category)) }
                }
            }
            @if let Some(key) = errors.get("new_commons_category") { p.field-error { (lang.t(key)) } }
        }
    }
    }
}

/// What the page answering a request for documents shows.
#[derive(Debug)]
pub struct AnswerPage<'a> {
    /// The proposal.
    pub id: i64,
    /// Its title.
    pub title: &'a str,
    /// What the city asked.
    pub request: &'a str,
    /// The answer typed so far.
    pub answer: &'a str,
    /// What went wrong, if anything.
    pub error: Option<&'a Message>,
    /// The upload limit.
    pub max_mb: u32,
}

/// The form answering a request for documents: text and files.
pub fn answer(ctx: &Ctx, page: &AnswerPage<'_>) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("proposal-answer-title"),
        &html! {
            h1 { (lang.t("proposal-answer-title")) }
            p.lead { (page.title) }
            @if !page.request.is_empty() {
                h2 { (lang.t("proposal-answer-request")) }
                blockquote { p { (page.request) } }
            }
            (answer_form(ctx, page.id, page.answer, page.error, page.max_mb))
        },
    )
}

/// The answer form itself, also on the pact page.
pub fn answer_form(
    ctx: &Ctx,
    id: i64,
    answer: &str,
    error: Option<&Message>,
    max_mb: u32,
) -> Markup {
    let lang = ctx.lang;
    html! {
        form.stack method="post" action=(format!("/proposals/{id}/documents")) enctype="multipart/form-data" {
            input type="hidden" name="csrf" value=(ctx.csrf);
            div.field {
                label for="f-answer" { (lang.t("proposal-answer")) }
                textarea #f-answer name="answer" rows="4" required { (answer) }
            }
            (super::attachments::file_input(lang, "f-answer-files", max_mb, error))
            button type="submit" { (lang.t("proposal-answer-submit")) }
        }
    }
}

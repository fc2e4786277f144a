//! A pact's public page.

use maud::{Markup, html};

use super::{components, layout};
use crate::domain::lifecycle::TerminationKind;
use crate::domain::lifecycle::{ActionKind, Status};
use crate::domain::vocab::CommentKind;
use crate::domain::vocab::Vocabulary;
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::pages::PactData;

/// Number, title, status, parties, commons, dates, text and history.
pub fn page(ctx: &Ctx, data: &PactData) -> Markup {
    let lang = ctx.lang;
    let pact = &data.detail.pact;
    let life = &pact.lifecycle;
    let city = &data.city;
    layout::page(
        ctx,
        &format!("{} {}", pact.number, pact.title),
        &html! {
            nav.breadcrumb aria-label=(lang.t("breadcrumb")) {
                ol {
                    li { a href="/pacts" { (lang.t("nav-registry")) } }
                    li { a href=(format!("/cities/{}", city.slug)) { (city.name) } }
                    li aria-current="page" { (pact.number) }
                }
            }
            h1 { (pact.title) }
            p.meta { span.number { (lang.t("pact-number")) " " (pact.number) } " · " (components::status(lang, life.status)) }
            p.lead { (pact.summary) }
            @if let Some(following) = data.following {
                form.inline.follow method="post" action=(format!("/cities/{}/pacts/{}/follow", city.slug, pact.number)) {
                    input type="hidden" name="csrf" value=(ctx.csrf);
                    input type="hidden" name="follow" value=(if following { "0" } else { "1" });
                    button.secondary type="submit" aria-pressed=(following) {
                        @if following { (lang.t("follow-stop")) } @else { (lang.t("follow-start")) }
                    }
                    span.hint { (lang.t("follow-hint")) }
                }
            }
            (facts(lang, data))
            @if let Some(imported) = &data.imported {
                (import_notice(lang, data, imported))
            }
            (life_sections(ctx, data))
            @if let Some(staff) = &data.staff {
                (staff_tools(ctx, &data.city.slug, &pact.number, staff))
            }
            @if let Some(proposal) = data.own_proposal {
                (author_tools(ctx, data, proposal))
            }
            (competing(&data.city.slug, lang, &data.competing))
            section aria-labelledby="parties" {
                h2 #parties { (lang.t("pact-parties")) }
                ul.parties {
                    @for party in &data.detail.parties {
                        li {
                            strong { (party.name.clone().unwrap_or_else(|| lang.t("party-anonymous"))) }
                            " — " (lang.label(party.role)) " (" (lang.label(party.kind)) ")"
                        }
                    }
                }
            }
            (text_section(lang, data))
            @if !data.documents.is_empty() {
                section.documents aria-labelledby="documents" {
                    h2 #documents { (lang.t("pact-documents")) }
                    p.hint { (lang.t("pact-documents-hint")) }
                    (super::attachments::file_list(lang, &data.documents))
                }
            }
            (comments(ctx, data))
            (history(lang, &data.detail.events))
        },
    )
}

/// The pact's facts: kind, commons, dates, decisions, renewals.
fn facts(lang: Lang, data: &PactData) -> Markup {
    let pact = &data.detail.pact;
    let life = &pact.lifecycle;
    let city = &data.city;
    html! {
        dl.facts {
            dt { (lang.t("pact-kind")) } dd { (lang.label(pact.kind)) }
            dt { (lang.t("pact-intensity")) } dd { (lang.label(pact.intensity)) }
            dt { (lang.t("pact-commons")) }
            dd {
                a href=(format!("/cities/{}/commons/{}", city.slug, data.commons.slug)) { (data.commons.name) }
                ", " (data.commons.address)
            }
            dt { (lang.t("pact-submitted")) }
            dd { @if let Some(day) = life.submitted_on { (lang.date(day)) } @else { (lang.t("pact-unknown")) } }
            @if let Some(call) = &data.call {
                dt { (lang.t("proposal-call")) } dd { (call.title) }
            }
            @if let (Some(start), Some(end)) = (life.start_date, life.end_date) {
                dt { (lang.t("pact-dates")) }
                dd { (lang.t_args("pact-term", &[("start", Arg::Str(lang.date(start))), ("end", Arg::Str(lang.date(end)))])) }
            } @else {
                dt { (lang.t("pact-duration")) }
                dd {
                    @if let Some(months) = life.duration_months {
                        (lang.t_args("months", &[("count", Arg::Num(months.into()))]))
                    } @else { (lang.t("pact-unknown")) }
                }
            }
            @if let Some(close) = life.comments_close_on {
                @if life.status == Status::PublishedForComments {
                    dt { (lang.t("pact-comments-close")) } dd { (lang.date(close)) }
                } @else {
                    dt { (lang.t("pact-comments-closed")) } dd { (lang.date(close)) }
                }
            }
            @if let Some(decision) = &life.executive_decision {
                dt { (lang.t("pact-executive-decision")) } dd { (decision) }
            }
            @if let Some(renews) = &data.detail.renews {
                dt { (lang.t("pact-renews")) }
                dd { a href=(format!("/cities/{}/pacts/{}", city.slug, renews)) { (renews) } }
            }
            @for renewal in &data.detail.renewed_by {
                dt { (lang.t("pact-renewed-by")) }
                dd { a href=(format!("/cities/{}/pacts/{}", city.slug, renewal)) { (renewal) } }
            }
        }
    }
}

/// Where an imported pact comes from; for the city's staff, what is
/// still to complete, with the form to do it.
fn import_notice(lang: Lang, data: &PactData, imported: &crate::db::imports::Imported) -> Markup {
    html! {
        aside.notice.imported aria-labelledby="imported" {
            h2 #imported { (lang.t("import-title")) }
            p { (lang.t_args("import-origin", &[
                ("source", Arg::Str(imported.source.clone())),
                ("reference", Arg::Str(imported.reference.clone())),
                ("date", Arg::Str(lang.date(imported.imported_at.date()))),
            ])) }
            @if !imported.gaps.is_empty() {
                p { (lang.t("import-missing")) " " (super::dashboard::gaps(lang, &imported.gaps)) }
                @if data.participant == Some(crate::web::drafting::Participant::Staff) {
                    p { a href=(format!("/admin/{}/pacts/{}/complete", data.city.slug, data.detail.pact.number)) { (lang.t("import-complete")) } }
                }
            }
        }
    }
}

/// What happens to the pact once signed (or on its way there): renewal,
/// amendments, signatures, reports, disputes.
fn life_sections(ctx: &Ctx, data: &PactData) -> Markup {
    let at = (data.city.slug.as_str(), data.detail.pact.number.as_str());
    html! {
        (super::renewals::section(ctx, at, &data.renewal))
        (super::amendments::section(ctx, at, &data.amendments))
        (super::signing::panel(ctx, at, &data.signing))
        (super::reports::section(ctx, at, &data.reports))
        (super::disputes::section(ctx, at, &data.disputes))
    }
}

/// The current version of the text, with its fingerprint and links to the
/// other versions.
fn text_section(lang: Lang, data: &PactData) -> Markup {
    html! {
    @if let Some(version) = &data.detail.version {
        section.text aria-labelledby="text" {
            h2 #text { (lang.t("pact-text")) }
            p.version {
                (lang.t_args("pact-version", &[
                    ("number", Arg::Num(version.number.into())),
                    ("count", Arg::Num(data.detail.versions)),
                    ("date", Arg::Str(lang.date(version.created_at.date()))),
                ]))
                br;
                (lang.t("pact-sha256")) " " code.hash { (version.sha256) }
            }
            (version_links(lang, data))
            @for article in &version.text.articles {
                article {
                    h3 { (article.heading) }
                    @for paragraph in &article.paragraphs { p { (paragraph) } }
                }
            }
        }
    }
    }
}

/// Links to the versions of the text, their comparison and, for its
/// participants in co-design, the editor.
fn version_links(lang: Lang, data: &PactData) -> Markup {
    let path = format!(
        "/cities/{}/pacts/{}",
        data.city.slug, data.detail.pact.number
    );
    let editing = data.participant.is_some() && data.detail.drafting();
    html! {
        ul.links {
            @if editing { li { a.button href=(format!("{path}/edit")) { (lang.t("versions-edit")) } } }
            li { a href=(format!("{path}/versions")) { (lang.t("versions-all")) } }
            @if let Some(version) = &data.detail.version {
                li { a href=(format!("{path}/versions/{}/pdf", version.number)) download { (lang.t("version-pdf")) } }
            }
            @if data.detail.versions > 1 { li { a href=(format!("{path}/compare")) { (lang.t("versions-last-change")) } } }
        }
    }
}

/// Other proposals under way on the same commons.
fn competing(city: &str, lang: crate::i18n::Lang, competing: &[(String, String)]) -> Markup {
    html! {
        @if !competing.is_empty() {
            section.competing aria-labelledby="competing" {
                h2 #competing { (lang.t("pact-competing")) }
                ul {
                    @for (number, title) in competing {
                        li { a href=(format!("/cities/{city}/pacts/{number}")) { (number) " — " (title) } }
                    }
                }
            }
        }
    }
}

/// The public comments, and the form while the period is open.
fn comments(ctx: &Ctx, data: &PactData) -> Markup {
    let lang = ctx.lang;
    let number = &data.detail.pact.number;
    html! {
        @if data.comments_open || !data.comments.is_empty() {
            section #comments aria-labelledby="comments-title" {
                h2 #comments-title { (lang.t("pact-comments")) }
                @if data.comments.is_empty() { p { (lang.t("pact-no-comments")) } }
                ol.comments {
                    @for comment in &data.comments {
                        li {
                            strong { (lang.label(comment.kind)) } " — "
                            (comment.author.clone().unwrap_or_else(|| lang.t("party-anonymous"))) ", "
                            time datetime=(comment.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()) { (lang.datetime(comment.created_at)) }
                            @if !comment.body.is_empty() { p { (comment.body) } }
                            (super::attachments::file_list(lang, &comment.attachments))
                            @if let (Some(proposal), CommentKind::JoinRequest) = (data.own_proposal, comment.kind) {
                                @if crate::db::invitations::OPEN_TO_CO_PROPONENTS.contains(&data.detail.pact.lifecycle.status) {
                                    form.inline method="post" action=(format!("/proposals/{proposal}/invitations")) {
                                        input type="hidden" name="csrf" value=(ctx.csrf);
                                        input type="hidden" name="comment" value=(comment.id);
                                        button.secondary type="submit" { (lang.t("invitations-from-comment")) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if data.comments_open {
                    @if ctx.user.is_some() {
                        form.stack method="post" action=(format!("/cities/{}/pacts/{number}/comments", data.city.slug)) enctype="multipart/form-data" {
                            input type="hidden" name="csrf" value=(ctx.csrf);
                            div.field {
                                label for="f-kind" { (lang.t("comment-kind")) }
                                select #f-kind name="kind" {
                                    @for kind in CommentKind::all() { option value=(kind.name()) { (lang.label(kind)) } }
                                }
                            }
                            div.field {
                                label for="f-body" { (lang.t("comment-body")) }
                                p.hint #f-body-hint { (lang.t("comment-body-hint")) }
                                textarea #f-body name="body" rows="4" aria-describedby="f-body-hint" {}
                            }
                            (super::attachments::file_input(lang, "f-comment-files", data.max_upload_mb, None))
                            button type="submit" { (lang.t("comment-submit")) }
                        }
                    } @else {
                        p { a href=(format!("/signin?next=/cities/{}/pacts/{number}", data.city.slug)) { (lang.t("comment-sign-in")) } }
                    }
                }
            }
        }
    }
}

/// What the author of the proposal can do: answer a request for
/// documents, withdraw (before signature, or end the pact once in force).
fn author_tools(ctx: &Ctx, data: &PactData, proposal: i64) -> Markup {
    let status = data.detail.pact.lifecycle.status;
    let max_mb = data.max_upload_mb;
    let lang = ctx.lang;
    html! {
        @if status.is_in_force() || Status::BEFORE_SIGNATURE.contains(&status) {
        section.author aria-labelledby="author" {
            h2 #author { (lang.t("proposal-author-tools")) }
            @if status == Status::AwaitingDocuments {
                (super::proposals::answer_form(ctx, proposal, "", None, max_mb))
            }
            @if Status::BEFORE_SIGNATURE.contains(&status) {
                p { a href=(format!("/proposals/{proposal}/attachments")) { (lang.t("proposal-attachments")) } }
                (super::invitations::author_section(ctx, proposal, &data.invitations,
                    crate::db::invitations::OPEN_TO_CO_PROPONENTS.contains(&status)))
            }
            form.stack method="post" action=(format!("/proposals/{proposal}/withdraw")) {
                input type="hidden" name="csrf" value=(ctx.csrf);
                div.field {
                    label for="f-reason" { (lang.t("proposal-withdraw-reason")) }
                    textarea #f-reason name="reason" rows="3" required {}
                }
                button.danger type="submit" { (lang.t("proposal-withdraw")) }
            }
        }
        }
    }
}

/// What the city's staff can do with the pact: the actions possible now,
/// with reasons where they need them, and the assignment to a colleague.
fn staff_tools(
    ctx: &Ctx,
    city: &str,
    number: &str,
    staff: &crate::web::review::StaffTools,
) -> Markup {
    let lang = ctx.lang;
    html! {
        section.staff-tools aria-labelledby="staff-tools" {
            h2 #staff-tools { (lang.t("staff-tools")) }
            @for action in &staff.actions {
                form.stack method="post" action=(format!("/admin/{city}/pacts/{number}/act")) {
                    input type="hidden" name="csrf" value=(ctx.csrf);
                    input type="hidden" name="action" value=(action.name());
                    @if *action == ActionKind::Terminate {
                        div.field {
                            label for="f-termination" { (lang.t("termination-kind")) }
                            select #f-termination name="termination" required {
                                @for kind in TerminationKind::all() { option value=(kind.name()) { (lang.label(kind)) } }
                            }
                        }
                    }
                    @if matches!(action, ActionKind::Reject | ActionKind::RequestDocuments | ActionKind::RecordExecutiveDecision | ActionKind::Suspend | ActionKind::Terminate) {
                        div.field {
                            label for=(format!("f-reason-{}", action.name())) { (lang.t(&format!("reason-{}", action.name()))) }
                            textarea id=(format!("f-reason-{}", action.name())) name="reason" rows="3" required {}
                        }
                    }
                    @if *action == ActionKind::Suspend {
                        div.field {
                            label for="f-until" { (lang.t("suspend-until")) }
                            p.hint #f-until-hint { (lang.t("suspend-until-hint")) }
                            input #f-until type="date" name="until" aria-describedby="f-until-hint";
                        }
                    }
                    @if matches!(action, ActionKind::Suspend | ActionKind::Terminate) {
                        div.field {
                            label for=(format!("f-act-{}", action.name())) { (lang.t("act-reference")) }
                            p.hint id=(format!("f-act-{}-hint", action.name())) { (lang.t("act-reference-hint")) }
                            input id=(format!("f-act-{}", action.name())) type="text" name="act_reference" autocomplete="off"
                                aria-describedby=(format!("f-act-{}-hint", action.name()));
                        }
                    }
                    button type="submit" { (lang.t(&format!("do-{}", action.name()))) }
                }
            }
            @if !staff.templates.is_empty() {
                form.stack method="post" action=(format!("/admin/{city}/pacts/{number}/draft")) {
                    input type="hidden" name="csrf" value=(ctx.csrf);
                    div.field {
                        label for="f-template" { (lang.t("staff-draft-template")) }
                        p.hint { (lang.t("staff-draft-hint")) }
                        select #f-template name="template" {
                            @for (id, name) in &staff.templates { option value=(id) { (name) } }
                        }
                    }
                    button type="submit" { (lang.t("staff-draft")) }
                }
            }
            form.stack method="post" action=(format!("/admin/{city}/pacts/{number}/assign")) {
                input type="hidden" name="csrf" value=(ctx.csrf);
                div.field {
                    label for="f-officer" { (lang.t("inbox-assigned")) }
                    select #f-officer name="officer" {
                        option value="" { "—" }
                        @for (id, name) in &staff.colleagues { option value=(id) { (name) } }
                    }
                }
                button type="submit" { (lang.t("staff-assign")) }
            }
        }
    }
}

/// The pact's history, oldest first.
fn history(lang: Lang, events: &[crate::db::pacts::Event]) -> Markup {
    html! {
    section aria-labelledby="history" {
        h2 #history { (lang.t("pact-history")) }
        ol.history {
            @for event in events {
                li {
                    time datetime=(event.occurred_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()) { (lang.datetime(event.occurred_at)) }
                    " — " strong { (lang.event(&event.kind)) }
                    " (" (lang.label(event.actor)) ")"
                    @if let (Some(before), Some(after)) = (event.status_before, event.status_after) {
                        " " (lang.t_args("history-status-change", &[("before", Arg::Str(lang.label(before))), ("after", Arg::Str(lang.label(after)))]))
                    }
                    @if !event.details.is_empty() { p.details { (event.details) } }
                }
            }
        }
    }
    }
}

/// What the comment form shows again when a comment was refused.
#[derive(Debug)]
pub struct CommentRetry<'a> {
    /// The pact's page.
    pub path: &'a str,
    /// The kind chosen.
    pub kind: CommentKind,
    /// The text typed.
    pub body: &'a str,
    /// What went wrong.
    pub error: &'a crate::error::Message,
    /// The upload limit.
    pub max_mb: u32,
}

/// The comment form again, with what was typed and what went wrong.
pub fn comment_retry(ctx: &Ctx, retry: &CommentRetry<'_>) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("pact-comments"),
        &html! {
            h1 { (lang.t("pact-comments")) }
            div.error-summary role="alert" tabindex="-1" {
                h2 { (lang.t("form-has-errors")) }
                p { (retry.error.render(lang)) }
            }
            form.stack method="post" action=(format!("{}/comments", retry.path)) enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(ctx.csrf);
                div.field {
                    label for="f-kind" { (lang.t("comment-kind")) }
                    select #f-kind name="kind" {
                        @for kind in CommentKind::all() { option value=(kind.name()) selected[kind == retry.kind] { (lang.label(kind)) } }
                    }
                }
                div.field {
                    label for="f-body" { (lang.t("comment-body")) }
                    textarea #f-body name="body" rows="4" { (retry.body) }
                }
                (super::attachments::file_input(lang, "f-comment-files", retry.max_mb, Some(retry.error)))
                button type="submit" { (lang.t("comment-submit")) }
            }
            p { a href=(retry.path) { (lang.t("comment-back")) } }
        },
    )
}

//! The signing page (the text signed, its fingerprint, the signature and
//! refusal forms) and the signatures section of a pact page.

use maud::{Markup, html};

use super::forms::{self, FieldErrors};
use super::layout;
use crate::db::signing::{Edition, Issued, SealState};
use crate::domain::signing::{Method, RequestState};
use crate::i18n::Arg;
use crate::web::Ctx;
use crate::web::signing::{Opened, Panel};

/// What was typed in the forms, shown again after an error.
#[derive(Debug, Default, Clone)]
pub struct SignForm {
    /// Full name.
    pub full_name: String,
    /// Consent ticked.
    pub consent: bool,
    /// Reason for declining.
    pub reason: String,
}

/// The signing page.
pub fn page(
    ctx: &Ctx,
    opened: &Opened,
    form: &SignForm,
    errors: &FieldErrors,
    code_sent: bool,
) -> Markup {
    let lang = ctx.lang;
    let request = &opened.request;
    let pact = &opened.pact;
    let pact_path = format!("/cities/{}/pacts/{}", pact.city.slug, pact.number);
    let title = lang.t_args("sign-title", &[("title", Arg::Str(pact.title.clone()))]);
    layout::page(
        ctx,
        &title,
        &html! {
            h1 { (title) }
            p.lead {
                (lang.t_args("sign-lead", &[
                    ("city", Arg::Str(pact.city.name.clone())),
                    ("number", Arg::Str(pact.number.clone())),
                    ("party", Arg::Str(request.capacity.clone())),
                ]))
                " " a href=(pact_path) { (lang.t("sign-see-pact")) }
            }
            (forms::summary(ctx, errors))
            (standing(ctx, opened))
            section aria-labelledby="signed-text" {
                h2 #signed-text { (lang.t("sign-text-title")) }
                p {
                    (lang.t_args("sign-version", &[("number", Arg::Num(request.version_number.into()))]))
                    " · SHA-256 " code.hash { (request.version_sha256) }
                }
                p {
                    a href=(format!("{pact_path}/versions/{}/pdf", request.version_number)) download {
                        (lang.t("sign-download-pdf"))
                    }
                }
                @if let Some(version) = &opened.version {
                    article.pact-text lang=(pact.city.language) {
                        h3 { (version.text.title) }
                        @for (i, article) in version.text.articles.iter().enumerate() {
                            h4 { (i + 1) ". " (article.heading) }
                            @for paragraph in &article.paragraphs { p { (paragraph) } }
                        }
                    }
                }
            }
            @if request.state == RequestState::Pending && opened.turn && opened.awaiting {
                (sign_forms(ctx, opened, form, errors, code_sent))
            }
        },
    )
}

/// Where the request stands, when it cannot be signed now.
fn standing(ctx: &Ctx, opened: &Opened) -> Markup {
    let lang = ctx.lang;
    let request = &opened.request;
    let when = request
        .answered_at
        .map(|at| lang.datetime(at))
        .unwrap_or_default();
    html! {
        @match request.state {
            RequestState::Signed => p.notice role="status" {
                (lang.t_args("sign-done", &[("date", Arg::Str(when))]))
                @if opened.status.was_signed() && !opened.awaiting { " " (lang.t("sign-complete")) }
            },
            RequestState::Declined => p.notice role="status" { (lang.t_args("sign-declined", &[("date", Arg::Str(when))])) },
            RequestState::Cancelled => p.notice role="status" { (lang.t("sign-cancelled")) },
            RequestState::Pending if !opened.awaiting => p.notice role="status" { (lang.t("sign-error-not-awaiting")) },
            RequestState::Pending if !opened.turn => p.notice role="status" { (lang.t("sign-wait-turn")) },
            RequestState::Pending => {},
        }
    }
}

/// The code, signature and refusal forms.
fn sign_forms(
    ctx: &Ctx,
    opened: &Opened,
    form: &SignForm,
    errors: &FieldErrors,
    code_sent: bool,
) -> Markup {
    let lang = ctx.lang;
    let request = &opened.request;
    let by_code = opened.method == Method::EmailCode;
    let consent_error = errors.get("consent");
    html! {
        section #sign aria-labelledby="sign-form-title" {
            h2 #sign-form-title { (lang.t("sign-form-title")) }
            @if by_code {
                p { (lang.t("sign-code-explain")) }
                @if code_sent { p.notice role="status" { (lang.t("sign-code-sent")) } }
                form.inline method="post" action=(format!("{}/code", opened.path)) {
                    (forms::csrf(ctx))
                    button.secondary type="submit" { (lang.t("sign-code-send")) }
                }
            } @else {
                p { (lang.t("sign-signed-in")) }
            }
            form.stack method="post" action=(opened.path) novalidate {
                (forms::csrf(ctx))
                @if by_code {
                    div.field {
                        label for="f-code" { (lang.t("sign-code")) }
                        input #f-code name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                            maxlength="12" required aria-invalid=[errors.get("code").map(|_| "true")]
                            aria-describedby=[errors.get("code").map(|_| "f-code-error")];
                        @if let Some(key) = errors.get("code") { p.field-error #f-code-error { (lang.t(key)) } }
                    }
                }
                (forms::input(ctx, errors, &forms::Input { name: "full_name", label: "sign-full-name", kind: "text", value: &form.full_name, autocomplete: "name", hint: Some("sign-full-name-hint") }))
                div.field.checkbox {
                    input #f-consent type="checkbox" name="consent" value="yes" checked[form.consent] required
                        aria-invalid=[consent_error.map(|_| "true")] aria-describedby=[consent_error.map(|_| "f-consent-error")];
                    label for="f-consent" {
                        (lang.t_args("sign-consent", &[
                            ("number", Arg::Num(request.version_number.into())),
                            ("sha256", Arg::Str(request.version_sha256.clone())),
                            ("party", Arg::Str(request.capacity.clone())),
                        ]))
                    }
                    @if let Some(key) = consent_error { p.field-error #f-consent-error { (lang.t(key)) } }
                }
                button type="submit" { (lang.t("sign-submit")) }
            }
        }
        section aria-labelledby="decline-title" {
            h2 #decline-title { (lang.t("sign-decline-title")) }
            form.stack method="post" action=(format!("{}/decline", opened.path)) novalidate {
                (forms::csrf(ctx))
                (forms::textarea(ctx, errors, "reason", "sign-decline-reason", &form.reason, Some("sign-decline-hint")))
                button.secondary type="submit" { (lang.t("sign-decline-submit")) }
            }
        }
    }
}

/// The signatures section of a pact page: the agreement to download, the
/// round of signatures for participants, and the officer's tools.
pub fn panel(ctx: &Ctx, (slug, number): (&str, &str), panel: &Panel) -> Markup {
    let lang = ctx.lang;
    let pact_path = format!("/cities/{slug}/pacts/{number}");
    let show = !panel.issued.is_empty() || !panel.round.is_empty() || panel.send.is_some();
    html! {
        @if show {
            section #signatures aria-labelledby="signatures-title" {
                h2 #signatures-title { (lang.t("signatures-title")) }
                @if panel.own_pending {
                    p { a.button href=(format!("{pact_path}/signature")) { (lang.t("signatures-sign-now")) } }
                }
                (issued(ctx, &pact_path, panel))
                @if !panel.round.is_empty() { (round(ctx, slug, panel)) }
                @if let Some(signers) = &panel.send { (send_form(ctx, (slug, number), signers, panel.renewal_start)) }
            }
        }
    }
}

fn issued(ctx: &Ctx, pact_path: &str, panel: &Panel) -> Markup {
    let lang = ctx.lang;
    let latest = panel.issued.first().map(|i| i.version_number);
    let current: Vec<&Issued> = panel
        .issued
        .iter()
        .filter(|i| Some(i.version_number) == latest)
        .filter(|i| panel.full || i.edition == Edition::Public)
        .collect();
    html! {
        @if !current.is_empty() {
            ul.links {
                @for agreement in current {
                    li {
                        @let (href, label) = match agreement.edition {
                            Edition::Full => (format!("{pact_path}/agreement.pdf"), "signatures-download-full"),
                            Edition::Public => (format!("{pact_path}/agreement.pdf?edition=public"), "signatures-download-public"),
                        };
                        a href=(href) download { (lang.t(label)) }
                        " · SHA-256 " code.hash { (agreement.sealed_sha256.as_deref().unwrap_or(&agreement.sha256)) }
                        @if panel.staff {
                            " · "
                            @match agreement.seal_state {
                                SealState::Sealed => span { (lang.t("seal-sealed")) },
                                SealState::Pending => span { (lang.t("seal-pending")) },
                                SealState::Failed => {
                                    strong.error role="alert" { (lang.t("seal-failed")) }
                                    @if let Some(error) = &agreement.seal_error { " " code { (error) } }
                                },
                            }
                        }
                    }
                }
            }
        }
    }
}

fn round(ctx: &Ctx, slug: &str, panel: &Panel) -> Markup {
    let lang = ctx.lang;
    html! {
        table.signatures {
            caption { (lang.t_args("signatures-round", &[("number", Arg::Num(panel.round.first().map_or(0, |r| r.version_number).into()))])) }
            thead { tr {
                th scope="col" { (lang.t("signatures-who")) }
                th scope="col" { (lang.t("signatures-for")) }
                th scope="col" { (lang.t("signatures-state")) }
                @if panel.staff { th scope="col" { (lang.t("signatures-actions")) } }
            } }
            tbody {
                @for request in &panel.round {
                    tr {
                        td { (request.name) }
                        td { (request.capacity) }
                        td {
                            (lang.label(request.state))
                            @if let Some(at) = request.answered_at { " — " (lang.datetime(at)) }
                            @if let Some(reason) = &request.decline_reason { br; q { (reason) } }
                            @if request.state == RequestState::Pending {
                                @if let Some(sent) = request.last_sent_at {
                                    br; span.hint { (lang.t_args("signatures-sent", &[("date", Arg::Str(lang.datetime(sent))), ("count", Arg::Num(request.reminders_sent.into()))])) }
                                } @else {
                                    br; span.hint { (lang.t("signatures-not-yet")) }
                                }
                            }
                        }
                        @if panel.staff {
                            td {
                                @if matches!(request.state, RequestState::Pending | RequestState::Declined) {
                                    form.inline method="post" action=(format!("/admin/{slug}/signatures/{}/resend", request.id)) {
                                        (forms::csrf(ctx))
                                        button.secondary type="submit" { (lang.t("signatures-resend")) }
                                    }
                                    form.inline method="post" action=(format!("/admin/{slug}/signatures/{}/cancel", request.id)) {
                                        (forms::csrf(ctx))
                                        button.secondary type="submit" { (lang.t("signatures-cancel")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn send_form(
    ctx: &Ctx,
    (slug, number): (&str, &str),
    signers: &[(i64, String)],
    renewal_start: Option<chrono::NaiveDate>,
) -> Markup {
    let lang = ctx.lang;
    html! {
        @if signers.is_empty() {
            p.notice { (lang.t("signatures-no-signing-officer")) }
        } @else {
            form.stack method="post" action=(format!("/admin/{slug}/pacts/{number}/signatures")) {
                (forms::csrf(ctx))
                p { (lang.t("signatures-send-explain")) }
                div.field {
                    label for="f-signer" { (lang.t("signatures-signer")) }
                    select #f-signer name="signer" {
                        @for (id, name) in signers { option value=(id) { (name) } }
                    }
                }
                @if let Some(start) = renewal_start {
                    div.field {
                        label for="f-start" { (lang.t("signatures-start")) }
                        p.hint #f-start-hint { (lang.t_args("renewal-start-hint", &[("date", Arg::Str(lang.date(start)))])) }
                        input #f-start type="date" name="start" value=(start.to_string()) aria-describedby="f-start-hint";
                    }
                    div.field.check {
                        input #f-confirm_start type="checkbox" name="confirm_start" value="1";
                        label for="f-confirm_start" { (lang.t("renewal-confirm-start")) }
                    }
                } @else {
                    div.field {
                        label for="f-start" { (lang.t("signatures-start")) }
                        p.hint #f-start-hint { (lang.t("signatures-start-hint")) }
                        input #f-start type="date" name="start" aria-describedby="f-start-hint";
                    }
                }
                button type="submit" { (lang.t("signatures-send")) }
            }
        }
    }
}

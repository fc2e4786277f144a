//! The verification page.

use maud::{Markup, html};

use super::{components, layout};
use crate::db::versions::Found;
use crate::error::Message;
use crate::i18n::Arg;
use crate::web::Ctx;

/// The form, and what a fingerprint matches.
pub fn page(ctx: &Ctx, asked: &str, found: Option<&[Found]>, error: Option<&Message>) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("check-title"),
        &html! {
            h1 { (lang.t("check-title")) }
            p { (lang.t("check-intro")) }
            form.stack method="get" action="/verify" {
                div.field {
                    label for="f-hash" { (lang.t("check-hash")) }
                    p.hint #f-hash-hint { (lang.t("check-hash-hint")) }
                    input #f-hash type="text" name="hash" value=(asked) autocomplete="off" spellcheck="false"
                        aria-describedby="f-hash-hint" aria-invalid=[error.map(|_| "true")];
                    @if let Some(error) = error { p.field-error role="alert" { (error.render(lang)) } }
                }
                button type="submit" { (lang.t("check-submit")) }
            }
            (upload_form(ctx))
            @if let Some(found) = found {
                section.verify-result aria-live="polite" {
                    @if found.is_empty() {
                        p.notice role="status" { (lang.t("check-none")) }
                    }
                    @for f in found {
                        article.found {
                            h2 { a href=(format!("/cities/{}/pacts/{}", f.city.0, f.number)) { (f.number) " — " (f.title) } }
                            p { (f.city.1) }
                            p { (lang.t_args("check-version", &[
                                ("version", Arg::Num(f.version.into())),
                                ("versions", Arg::Num(f.versions)),
                                ("date", Arg::Str(lang.date(f.created_at.date()))),
                            ])) }
                            @if let Some(file) = &f.file {
                                p.notice.good role="status" {
                                    (lang.t_args(match file.edition {
                                        crate::db::signing::Edition::Full => "check-file-edition-full",
                                        crate::db::signing::Edition::Public => "check-file-edition-public",
                                    }, &[("date", Arg::Str(lang.date(file.issued_at.date())))]))
                                    @if file.sealed { " " (lang.t("check-file-sealed")) }
                                }
                            }
                            p { (lang.t("check-status")) " " (components::status(lang, f.status)) }
                            @if let Some(in_force) = f.in_force {
                                @if in_force == f.version {
                                    p.notice.good { (lang.t("check-in-force")) }
                                } @else if in_force > f.version {
                                    p.notice {
                                        (lang.t_args("check-superseded", &[("version", Arg::Num(in_force.into()))])) " "
                                        a href=(format!("/cities/{}/pacts/{}/versions/{in_force}", f.city.0, f.number)) { (lang.t("check-see-in-force")) }
                                    }
                                } @else {
                                    p.notice { (lang.t_args("check-draft", &[("version", Arg::Num(in_force.into()))])) " "
                                        a href=(format!("/cities/{}/pacts/{}/versions/{in_force}", f.city.0, f.number)) { (lang.t("check-see-in-force")) }
                                    }
                                }
                            }
                            @if let Some((start, end)) = f.term {
                                p { (lang.t_args("pact-term", &[("start", Arg::Str(lang.date(start))), ("end", Arg::Str(lang.date(end)))])) }
                            }
                            @for renewal in &f.renewed_by {
                                p { (lang.t("pact-renewed-by")) " " a href=(format!("/cities/{}/pacts/{}", f.city.0, renewal)) { (renewal) } }
                            }
                            p { (lang.t("pact-sha256")) " " code.hash { (f.sha256) } }
                            @if let Some(seal) = f.seal.as_ref().filter(|_| f.status.was_signed()) {
                                p {
                                    @if seal.self_signed { (lang.t("check-seal-self-signed")) }
                                    @else { (lang.t_args("check-seal-city", &[("subject", Arg::Str(seal.subject.clone()))])) }
                                    " " (lang.t("check-seal-fingerprint")) " " code.hash { (seal.fingerprint) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The form checking an uploaded PDF.
fn upload_form(ctx: &Ctx) -> Markup {
    let lang = ctx.lang;
    html! {
        form.stack method="post" action="/verify" enctype="multipart/form-data" {
            input type="hidden" name="csrf" value=(ctx.csrf);
            div.field {
                label for="f-file" { (lang.t("check-file")) }
                p.hint #f-file-hint { (lang.t("check-file-hint")) }
                input #f-file type="file" name="files" accept="application/pdf" aria-describedby="f-file-hint" required;
            }
            button type="submit" { (lang.t("check-file-submit")) }
        }
    }
}

/// What an uploaded PDF turned out to be.
pub fn file_result(ctx: &Ctx, check: &crate::web::verify::FileCheck) -> Markup {
    use crate::web::verify::FileCheck;
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("check-title"),
        &html! {
            h1 { (lang.t("check-title")) }
            section.verify-result aria-live="polite" {
                @match check {
                    FileCheck::NotIssued => p.notice.bad role="status" { (lang.t("check-file-not-issued")) },
                    FileCheck::Identical(path, version) => p.notice.good role="status" {
                        (lang.t_args("check-file-identical", &[("version", Arg::Num((*version).into()))])) " "
                        a href=(path) { (path) }
                    },
                    FileCheck::Altered(path, version) => p.notice.bad role="alert" {
                        (lang.t_args("check-file-altered", &[("version", Arg::Num((*version).into()))])) " "
                        a href=(path) { (path) }
                    },
                }
            }
            p { a href="/verify" { (lang.t("check-again")) } }
        },
    )
}

//! Attached files: a list with download links, the file input, and the
//! author's page of a proposal's files.

use maud::{Markup, html};

use super::layout;
use crate::db::attachments::AttachmentInfo;
use crate::domain::attachment::ALLOWED;
use crate::error::Message;
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;

/// A size in the reader's words: "12 Ko", "3,4 Mo".
pub fn size(lang: Lang, bytes: i64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "a display, rounded")]
    let kb = bytes as f64 / 1024.0;
    if kb < 1024.0 {
        #[expect(clippy::cast_possible_truncation, reason = "below 1024")]
        let value = kb.ceil() as i64;
        lang.t_args("size-kb", &[("value", Arg::Num(value))])
    } else {
        let value = format!("{:.1}", kb / 1024.0);
        let value = if lang == Lang::En {
            value
        } else {
            value.replace('.', ",")
        };
        lang.t_args("size-mb", &[("value", Arg::Str(value))])
    }
}

/// Files with their download links, type, size and fingerprint.
pub fn file_list(lang: Lang, files: &[AttachmentInfo]) -> Markup {
    html! {
        @if !files.is_empty() {
            ul.files {
                @for file in files {
                    li {
                        a href=(format!("/attachments/{}", file.id)) download { (file.filename) }
                        " — " (kind(file)) ", " (size(lang, file.size))
                        br;
                        span.meta { (lang.t("attachment-sha256")) " " code.hash title=(file.sha256) { (file.sha256.get(..12).unwrap_or(&file.sha256)) "…" } }
                    }
                }
            }
        }
    }
}

fn kind(file: &AttachmentInfo) -> &str {
    ALLOWED
        .iter()
        .find(|(mime, _)| *mime == file.content_type)
        .map_or("?", |(_, ext)| ext)
}

/// A labelled file input, with the accepted types and the size limit.
pub fn file_input(lang: Lang, id: &str, max_mb: u32, error: Option<&Message>) -> Markup {
    let accept = ALLOWED
        .iter()
        .map(|(mime, _)| *mime)
        .collect::<Vec<_>>()
        .join(",");
    html! {
        div.field {
            label for=(id) { (lang.t("attachment-input")) }
            p.hint id=(format!("{id}-hint")) {
                (lang.t_args("attachment-hint", &[("megabytes", Arg::Num(max_mb.into()))]))
            }
            input id=(id) type="file" name="files" multiple accept=(accept)
                aria-describedby=(format!("{id}-hint")) aria-invalid=[error.map(|_| "true")];
            @if let Some(error) = error { p.field-error role="alert" { (error.render(lang)) } }
        }
    }
}

/// What the author's page of a proposal's files shows.
#[derive(Debug)]
pub struct ProposalFiles<'a> {
    /// The proposal.
    pub id: i64,
    /// Its title.
    pub title: &'a str,
    /// Its files.
    pub files: &'a [AttachmentInfo],
    /// Whether files can be added now.
    pub can_add: bool,
    /// Whether files can be removed now (drafts).
    pub can_remove: bool,
    /// The upload limit.
    pub max_mb: u32,
    /// What went wrong with the last upload.
    pub error: Option<&'a Message>,
}

/// The author's page of a proposal's files.
pub fn proposal_files(ctx: &Ctx, page: &ProposalFiles<'_>) -> Markup {
    let lang = ctx.lang;
    let id = page.id;
    layout::page(
        ctx,
        &lang.t("attachments-title"),
        &html! {
            h1 { (lang.t("attachments-title")) }
            p.lead { (page.title) }
            p { a href=(format!("/proposals/{id}")) { (lang.t("attachments-back")) } }
            @if page.files.is_empty() {
                p { (lang.t("attachments-none")) }
            } @else {
                (file_list(lang, page.files))
            }
            @if page.can_remove && !page.files.is_empty() {
                h2 { (lang.t("attachments-remove-title")) }
                @for file in page.files {
                    form.inline method="post" action=(format!("/proposals/{id}/attachments/{}/remove", file.id)) {
                        input type="hidden" name="csrf" value=(ctx.csrf);
                        button.secondary type="submit" { (lang.t_args("attachments-remove", &[("name", Arg::Str(file.filename.clone()))])) }
                    }
                }
            }
            @if page.can_add {
                h2 { (lang.t("attachments-add")) }
                form.stack method="post" action=(format!("/proposals/{id}/attachments")) enctype="multipart/form-data" {
                    input type="hidden" name="csrf" value=(ctx.csrf);
                    (file_input(lang, "f-files", page.max_mb, page.error))
                    button type="submit" { (lang.t("attachments-send")) }
                }
            }
        },
    )
}

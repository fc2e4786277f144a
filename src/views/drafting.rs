//! Co-design drafting pages: the versions of a text, one version with its
//! comments, two versions side by side, and the article-by-article editor.

use maud::{Markup, html};

use super::layout;
use crate::db::pacts::Version;
use crate::db::versions::{VersionComment, VersionSummary};
use crate::domain::drafting::{BlockKind, Change, Edit, EditError, Row, Side};
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::drafting::Loaded;

fn pact_path(loaded: &Loaded) -> String {
    format!(
        "/cities/{}/pacts/{}",
        loaded.city.slug, loaded.detail.pact.number
    )
}

fn breadcrumb(lang: Lang, loaded: &Loaded, here: &str) -> Markup {
    html! {
        nav.breadcrumb aria-label=(lang.t("breadcrumb")) {
            ol {
                li { a href="/pacts" { (lang.t("nav-registry")) } }
                li { a href=(format!("/cities/{}", loaded.city.slug)) { (loaded.city.name) } }
                li { a href=(pact_path(loaded)) { (loaded.detail.pact.number) } }
                li aria-current="page" { (here) }
            }
        }
    }
}

fn can_edit(loaded: &Loaded) -> bool {
    loaded.participant.is_some() && loaded.detail.drafting()
}

fn can_comment(loaded: &Loaded) -> bool {
    loaded.participant.is_some() && loaded.detail.commenting()
}

/// The form choosing two versions to compare.
fn compare_form(
    lang: Lang,
    loaded: &Loaded,
    list: &[VersionSummary],
    from: i32,
    to: i32,
) -> Markup {
    html! {
        @if list.len() > 1 {
            form.inline method="get" action=(format!("{}/compare", pact_path(loaded))) {
                div.field {
                    label for="f-from" { (lang.t("versions-compare-from")) }
                    select #f-from name="from" {
                        @for v in list { option value=(v.number) selected[v.number == from] { (v.number) } }
                    }
                }
                div.field {
                    label for="f-to" { (lang.t("versions-compare-to")) }
                    select #f-to name="to" {
                        @for v in list { option value=(v.number) selected[v.number == to] { (v.number) } }
                    }
                }
                button type="submit" { (lang.t("versions-compare-submit")) }
            }
        }
    }
}

/// Every version of the text, newest first, with who (for participants),
/// when, why and its fingerprint.
pub fn versions(ctx: &Ctx, loaded: &Loaded, list: &[VersionSummary]) -> Markup {
    let lang = ctx.lang;
    let title = lang.t("versions-title");
    let path = pact_path(loaded);
    let latest = list.first().map_or(1, |v| v.number);
    layout::page(
        ctx,
        &format!("{title} — {}", loaded.detail.pact.number),
        &html! {
            (breadcrumb(lang, loaded, &title))
            h1 { (title) }
            p.lead { (loaded.detail.pact.title) }
            @if can_edit(loaded) {
                p { a.button href=(format!("{path}/edit")) { (lang.t("versions-edit")) } }
            }
            (compare_form(lang, loaded, list, (latest - 1).max(1), latest))
            table {
                caption { (lang.t("versions-caption")) }
                thead { tr {
                    th scope="col" { (lang.t("versions-number")) }
                    th scope="col" { (lang.t("versions-date")) }
                    @if loaded.participant.is_some() { th scope="col" { (lang.t("versions-author")) } }
                    th scope="col" { (lang.t("versions-note")) }
                    th scope="col" { (lang.t("versions-sha256")) }
                } }
                tbody {
                    @for v in list {
                        tr {
                            td { a href=(format!("{path}/versions/{}", v.number)) { (v.number) } }
                            td { time datetime=(v.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()) { (lang.datetime(v.created_at)) } }
                            @if loaded.participant.is_some() { td { (v.author) } }
                            td { (v.note) }
                            td { code.hash title=(v.sha256) { (v.sha256.get(..12).unwrap_or(&v.sha256)) "…" } }
                        }
                    }
                }
            }
        },
    )
}

fn comment_list(lang: Lang, comments: &[&VersionComment]) -> Markup {
    html! {
        @if !comments.is_empty() {
            ol.comments {
                @for c in comments {
                    li {
                        strong { (c.author) } ", "
                        time datetime=(c.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()) { (lang.datetime(c.created_at)) }
                        p { (c.body) }
                    }
                }
            }
        }
    }
}

fn comment_form(ctx: &Ctx, action: &str, article: Option<usize>) -> Markup {
    let lang = ctx.lang;
    let id = article.map_or_else(|| "f-comment".to_owned(), |a| format!("f-comment-{a}"));
    html! {
        form.stack.comment method="post" action=(action) {
            input type="hidden" name="csrf" value=(ctx.csrf);
            input type="hidden" name="article" value=(article.map(|a| a.to_string()).unwrap_or_default());
            div.field {
                label for=(id) {
                    @if article.is_some() { (lang.t("version-comment-article")) } @else { (lang.t("version-comment-whole")) }
                }
                textarea id=(id) name="body" rows="3" required {}
            }
            button type="submit" { (lang.t("version-comment-submit")) }
        }
    }
}

/// One version: its text, and for participants the comments on each
/// article with a form to add one.
pub fn version(
    ctx: &Ctx,
    loaded: &Loaded,
    version: &Version,
    comments: &[VersionComment],
) -> Markup {
    let lang = ctx.lang;
    let title = lang.t_args(
        "version-title",
        &[("number", Arg::Num(version.number.into()))],
    );
    let action = format!("{}/versions/{}/comments", pact_path(loaded), version.number);
    let on = |article: Option<i32>| -> Vec<&VersionComment> {
        comments.iter().filter(|c| c.article == article).collect()
    };
    layout::page(
        ctx,
        &format!("{title} — {}", loaded.detail.pact.number),
        &html! {
            (breadcrumb(lang, loaded, &title))
            h1 { (version.text.title) }
            p.meta {
                (title) " · "
                time datetime=(version.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()) { (lang.datetime(version.created_at)) }
                @if loaded.participant.is_some() { " · " (version.author) }
                br;
                (lang.t_args("version-why", &[("note", Arg::Str(version.note.clone()))]))
                br;
                (lang.t("pact-sha256")) " " code.hash { (version.sha256) }
            }
            ul.links {
                li { a href=(format!("{}/versions", pact_path(loaded))) { (lang.t("versions-all")) } }
                li { a href=(format!("{}/versions/{}/pdf", pact_path(loaded), version.number)) download { (lang.t("version-pdf")) } }
            }
            section.text {
                @for (i, article) in version.text.articles.iter().enumerate() {
                    article id=(format!("article-{}", i + 1)) {
                        h2 { (article.heading) }
                        @for paragraph in &article.paragraphs { p { (paragraph) } }
                        @if loaded.participant.is_some() {
                            (comment_list(lang, &on(i32::try_from(i + 1).ok())))
                            @if can_comment(loaded) { (comment_form(ctx, &action, Some(i + 1))) }
                        }
                    }
                }
            }
            @if loaded.participant.is_some() {
                section #comments aria-labelledby="comments-title" {
                    h2 #comments-title { (lang.t("version-comments")) }
                    (comment_list(lang, &on(None)))
                    @if can_comment(loaded) { (comment_form(ctx, &action, None)) }
                }
            }
        },
    )
}

fn side(lang: Lang, side: Option<&Side>) -> Markup {
    html! {
        @match side {
            None => td.empty { span.visually-hidden { (lang.t("compare-nothing")) } },
            Some(side) => td class=(match side.kind { BlockKind::Title => "title", BlockKind::Heading => "heading", BlockKind::Paragraph => "paragraph" }) {
                @for (change, text) in &side.pieces {
                    @match change {
                        Change::Same => (text),
                        Change::Removed => del { (text) },
                        Change::Added => ins { (text) },
                    }
                }
            },
        }
    }
}

/// The rows of a comparison as a two-column table.
pub fn diff_table(lang: Lang, caption: &str, (from, to): (i32, i32), rows: &[Row]) -> Markup {
    html! {
        table.diff {
            caption { (caption) }
            thead { tr {
                th scope="col" { (lang.t_args("version-title", &[("number", Arg::Num(from.into()))])) }
                th scope="col" { (lang.t_args("version-title", &[("number", Arg::Num(to.into()))])) }
            } }
            tbody {
                @for row in rows {
                    tr class=[(!row.unchanged()).then_some("changed")] {
                        (side(lang, row.old.as_ref()))
                        (side(lang, row.new.as_ref()))
                    }
                }
            }
        }
    }
}

/// Two versions side by side, changed words highlighted.
pub fn compare(
    ctx: &Ctx,
    loaded: &Loaded,
    list: &[VersionSummary],
    (old, new): (&Version, &Version),
    rows: &[Row],
) -> Markup {
    let lang = ctx.lang;
    let title = lang.t("compare-title");
    let changed = rows.iter().filter(|r| !r.unchanged()).count();
    let caption = lang.t_args(
        "compare-caption",
        &[
            ("from", Arg::Num(old.number.into())),
            ("to", Arg::Num(new.number.into())),
        ],
    );
    layout::page(
        ctx,
        &format!("{title} — {}", loaded.detail.pact.number),
        &html! {
            (breadcrumb(lang, loaded, &title))
            h1 { (title) }
            p.lead { (loaded.detail.pact.title) }
            (compare_form(lang, loaded, list, old.number, new.number))
            p {
                (lang.t_args("compare-summary", &[("count", Arg::Num(i64::try_from(changed).unwrap_or(i64::MAX)))]))
                " " (lang.t("compare-legend"))
            }
            p.meta { (lang.t_args("version-title", &[("number", Arg::Num(new.number.into()))])) " — " (lang.t_args("version-why", &[("note", Arg::Str(new.note.clone()))])) }
            (diff_table(lang, &caption, (old.number, new.number), rows))
            p { a href=(format!("{}/versions", pact_path(loaded))) { (lang.t("versions-all")) } }
        },
    )
}

/// The editor's state: the version it started from, what was typed, the
/// mistakes, and the other person's change when a save was refused.
#[derive(Debug)]
pub struct EditorForm {
    /// The version the edit is based on.
    pub base: i32,
    /// What was typed.
    pub edit: Edit,
    /// Mistakes, each on its field.
    pub errors: Vec<EditError>,
    /// When a save was refused: the version it started from, the latest
    /// saved meanwhile, and how they differ.
    pub conflict: Option<(i32, Version, Vec<Row>)>,
}

impl EditorForm {
    fn error(&self, field: &str) -> Option<&'static str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.key)
    }
}

fn text_input(lang: Lang, form: &EditorForm, name: &str, label: &str, value: &str) -> Markup {
    let id = format!("f-{name}");
    let error = form.error(name);
    html! {
        div.field {
            label for=(id) { (label) }
            input id=(id) name=(name) type="text" value=(value)
                aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| format!("{id}-error"))];
            @if let Some(key) = error { p.field-error id=(format!("{id}-error")) { (lang.t(key)) } }
        }
    }
}

fn article_fields(
    lang: Lang,
    form: &EditorForm,
    name: &str,
    article: &crate::domain::drafting::ArticleEdit,
) -> Markup {
    let body = format!("body-{name}");
    let position = format!("position-{name}");
    let body_error = form.error(&body);
    let position_error = form.error(&position);
    html! {
        (text_input(lang, form, &format!("heading-{name}"), &lang.t("edit-heading"), &article.heading))
        div.field {
            label for=(format!("f-{body}")) { (lang.t("edit-body")) }
            textarea id=(format!("f-{body}")) name=(body) rows="8" aria-invalid=[body_error.map(|_| "true")]
                aria-describedby=(format!("f-{body}-hint{}", if body_error.is_some() { format!(" f-{body}-error") } else { String::new() })) { (article.body) }
            p.hint id=(format!("f-{body}-hint")) { (lang.t("edit-body-hint")) }
            @if let Some(key) = body_error { p.field-error id=(format!("f-{body}-error")) { (lang.t(key)) } }
        }
        div.field.short {
            label for=(format!("f-{position}")) { (lang.t("edit-position")) }
            input id=(format!("f-{position}")) name=(position) type="number" min="1" inputmode="numeric"
                value=(article.position.map(|p| p.to_string()).unwrap_or_default())
                aria-invalid=[position_error.map(|_| "true")];
            @if let Some(key) = position_error { p.field-error { (lang.t(key)) } }
        }
    }
}

/// The article-by-article editor.
pub fn editor(ctx: &Ctx, loaded: &Loaded, form: &EditorForm) -> Markup {
    let lang = ctx.lang;
    let title = lang.t("edit-title");
    let path = pact_path(loaded);
    let edit = &form.edit;
    let empty = crate::domain::drafting::ArticleEdit::default();
    layout::page(
        ctx,
        &format!("{title} — {}", loaded.detail.pact.number),
        &html! {
            (breadcrumb(lang, loaded, &title))
            h1 { (title) }
            @if let Some((since, theirs, rows)) = &form.conflict {
                div.error-summary.conflict role="alert" tabindex="-1" {
                    h2 { (lang.t("edit-conflict-title")) }
                    p { (lang.t_args("edit-conflict-body", &[
                        ("name", Arg::Str(theirs.author.clone())),
                        ("number", Arg::Num(theirs.number.into())),
                        ("note", Arg::Str(theirs.note.clone())),
                    ])) }
                    (diff_table(lang, &lang.t("edit-conflict-caption"), (*since, theirs.number), rows))
                }
            }
            @if !form.errors.is_empty() {
                div.error-summary role="alert" tabindex="-1" {
                    h2 { (lang.t("form-has-errors")) }
                    ul { @for e in &form.errors { li { a href=(format!("#f-{}", e.field)) { (lang.t(e.key)) } } } }
                }
            }
            p { (lang.t("edit-hint")) }
            form.stack.wide method="post" action=(format!("{path}/edit")) {
                input type="hidden" name="csrf" value=(ctx.csrf);
                input type="hidden" name="base" value=(form.base);
                input type="hidden" name="count" value=(edit.articles.len());
                (text_input(lang, form, "title", &lang.t("edit-pact-title"), &edit.title))
                @for (i, article) in edit.articles.iter().enumerate() {
                    fieldset.article id=(format!("article-{}", i + 1)) {
                        legend { (lang.t_args("edit-article", &[("number", Arg::Num(i64::try_from(i + 1).unwrap_or(0)))])) }
                        (article_fields(lang, form, &(i + 1).to_string(), article))
                        div.field.check {
                            input id=(format!("f-remove-{}", i + 1)) name=(format!("remove-{}", i + 1)) type="checkbox" checked[article.remove];
                            label for=(format!("f-remove-{}", i + 1)) { (lang.t("edit-remove")) }
                        }
                    }
                }
                fieldset.article #article-new {
                    legend { (lang.t("edit-new-article")) }
                    p.hint { (lang.t("edit-new-hint")) }
                    (article_fields(lang, form, "new", edit.added.as_ref().unwrap_or(&empty)))
                }
                (text_input(lang, form, "note", &lang.t("edit-note"), &edit.note))
                div.actions {
                    button type="submit" { (lang.t("edit-save")) }
                    " " a href=(format!("{path}/versions")) { (lang.t("edit-cancel")) }
                }
            }
        },
    )
}

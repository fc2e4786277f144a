//! The city's templates: the list, and the plain-text editor.

use maud::{Markup, html};

use super::layout;
use crate::db::cities::City;
use crate::db::templates::StoredTemplate;
use crate::domain::report::Frequency;
use crate::domain::template::VARIABLES;
use crate::domain::vocab::{PactKind, Vocabulary};
use crate::i18n::Arg;
use crate::web::Ctx;

/// The templates, and the form to create one.
pub fn list(ctx: &Ctx, city: &City, templates: &[StoredTemplate]) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("templates-title"),
        &html! {
            h1 { (lang.t("templates-title")) " — " (city.name) }
            ul {
                @for stored in templates {
                    li {
                        a href=(format!("/admin/{}/templates/{}", city.slug, stored.id)) { (stored.template.name) }
                        " — " (lang.label(stored.template.kind)) " · "
                        (lang.t_args("template-version", &[("number", Arg::Num(stored.version.into())), ("date", Arg::Str(lang.date(stored.saved.0.date())))]))
                    }
                }
            }
            h2 { (lang.t("templates-new")) }
            form.stack method="post" action=(format!("/admin/{}/templates", city.slug)) {
                input type="hidden" name="csrf" value=(ctx.csrf);
                div.field { label for="f-name" { (lang.t("templates-name")) } input #f-name type="text" name="name" required; }
                div.field {
                    label for="f-kind" { (lang.t("pact-kind")) }
                    select #f-kind name="kind" { @for kind in PactKind::all() { option value=(kind.name()) { (lang.label(kind)) } } }
                }
                button type="submit" { (lang.t("templates-create")) }
            }
        },
    )
}

/// The editor: the text, a note on the change, every mistake, and the
/// variables and conditions one may use.
pub fn edit(
    ctx: &Ctx,
    city: &City,
    stored: &StoredTemplate,
    text: &str,
    note: &str,
    mistakes: &[String],
) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &stored.template.name,
        &html! {
            h1 { (stored.template.name) }
            p.meta {
                (lang.label(stored.template.kind)) " · "
                (lang.t_args("template-version", &[("number", Arg::Num(stored.version.into())), ("date", Arg::Str(lang.date(stored.saved.0.date())))]))
                " · " (stored.saved.1)
            }
            @if !mistakes.is_empty() {
                div.error-summary role="alert" {
                    h2 { (lang.t("form-has-errors")) }
                    ul { @for mistake in mistakes { li { (mistake) } } }
                }
            }
            form.stack.wide method="post" action=(format!("/admin/{}/templates/{}", city.slug, stored.id)) {
                input type="hidden" name="csrf" value=(ctx.csrf);
                div.field {
                    label for="f-text" { (lang.t("template-text")) }
                    p.hint #f-text-hint { (lang.t("template-text-hint")) }
                    textarea #f-text name="text" rows="30" aria-describedby="f-text-hint" aria-invalid=[(!mistakes.is_empty()).then_some("true")] { (text) }
                }
                div.field {
                    label for="f-report-frequency" { (lang.t("report-frequency")) }
                    select #f-report-frequency name="report_frequency" {
                        option value="" selected[stored.template.report_frequency.is_none()] { (lang.t("template-reports-by-duration")) }
                        @for frequency in Frequency::all() {
                            option value=(frequency.name()) selected[stored.template.report_frequency == Some(frequency)] { (lang.label(frequency)) }
                        }
                    }
                }
                div.field { label for="f-note" { (lang.t("template-note")) } input #f-note type="text" name="note" value=(note); }
                button type="submit" { (lang.t("template-save")) }
            }
            h2 { (lang.t("template-variables")) }
            ul.variables { @for (name, _) in VARIABLES { li { code { "{{" (name) "}}" } } } }
            p { (lang.t("template-conditions")) }
        },
    )
}

//! The form an officer completes an imported pact with: one field (or
//! pair) per piece of information its registry did not give.

use maud::{Markup, html};

use super::forms::{self, FieldErrors};
use super::layout;
use crate::domain::import::Gap;
use crate::domain::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};
use crate::i18n::Lang;
use crate::web::Ctx;
use crate::web::imports::{CompleteForm, ToComplete};

/// The form for the fields still missing.
pub fn form(ctx: &Ctx, pact: &ToComplete, form: &CompleteForm, errors: &FieldErrors) -> Markup {
    let lang = ctx.lang;
    let gaps = &pact.imported.gaps;
    let input = |name: &'static str, label: &'static str, kind: &'static str, value: &str| {
        forms::plain(ctx, errors, (name, label), kind, value)
    };
    layout::page(
        ctx,
        &lang.t("import-complete-title"),
        &html! {
            h1 { (lang.t("import-complete-title")) }
            p { a href=(format!("/cities/{}/pacts/{}", pact.city, pact.number)) { (pact.number) " — " (pact.title) } }
            p.hint { (lang.t("import-complete-hint")) }
            (forms::summary(ctx, errors))
            @if gaps.is_empty() {
                p { (lang.t("import-nothing-missing")) }
            } @else {
                form.stack method="post" action=(format!("/admin/{}/pacts/{}/complete", pact.city, pact.number)) novalidate {
                    (forms::csrf(ctx))
                    @for gap in gaps {
                        @match gap {
                            Gap::SubmittedOn => (input("submitted_on", "gap-submitted_on", "date", &form.submitted_on)),
                            Gap::Summary => (forms::textarea(ctx, errors, "summary", "gap-summary", &form.summary, None)),
                            Gap::Kind => (select(lang, errors, ("kind", "gap-kind"), &PactKind::all(), &form.kind)),
                            Gap::Intensity => (select(lang, errors, ("intensity", "gap-intensity"), &Intensity::all(), &form.intensity)),
                            Gap::Duration => (input("duration_months", "gap-duration", "number", &form.duration_months)),
                            Gap::Dates => {
                                fieldset {
                                    legend { (lang.t("gap-dates")) }
                                    (input("start_date", "import-start-date", "date", &form.start_date))
                                    (input("end_date", "import-end-date", "date", &form.end_date))
                                }
                            }
                            Gap::Category => {
                                @let categories: Vec<CommonsCategory> = CommonsCategory::all().into_iter().filter(|c| *c != CommonsCategory::Unclassified).collect();
                                (select(lang, errors, ("category", "gap-category"), &categories, &form.category))
                            }
                            Gap::Coordinates => {
                                fieldset {
                                    legend { (lang.t("gap-coordinates")) }
                                    (input("latitude", "import-latitude", "text", &form.latitude))
                                    (input("longitude", "import-longitude", "text", &form.longitude))
                                }
                            }
                            Gap::Commons => (input("commons", "gap-commons", "text", &form.commons)),
                            Gap::ProponentKind => (select(lang, errors, ("proponent_kind", "gap-proponent_kind"), &PartyKind::all(), &form.proponent_kind)),
                            Gap::ProponentName => (input("proponent_name", "gap-proponent_name", "text", &form.proponent_name)),
                        }
                    }
                    @if gaps.contains(&Gap::ProponentKind) && !gaps.contains(&Gap::ProponentName) {
                        (input("proponent_name", "gap-proponent_name", "text", &form.proponent_name))
                    }
                    div.actions { button type="submit" { (lang.t("import-save")) } }
                }
            }
        },
    )
}

fn select<V: Vocabulary>(
    lang: Lang,
    errors: &FieldErrors,
    (name, label): (&'static str, &'static str),
    values: &[V],
    chosen: &str,
) -> Markup {
    let id = format!("f-{name}");
    html! {
        div.field {
            label for=(id) { (lang.t(label)) }
            select id=(id) name=(name) {
                option value="" { (lang.t("import-not-now")) }
                @for &value in values {
                    option value=(value.name()) selected[chosen == value.name()] { (lang.label(value)) }
                }
            }
            @if let Some(key) = errors.get(name) { p.field-error { (lang.t(key)) } }
        }
    }
}

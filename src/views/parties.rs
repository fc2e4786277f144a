//! The city's organisations and their members, for city staff.

use maud::{Markup, html};

use super::forms::{self, FieldErrors, Input};
use super::layout;
use crate::db::cities::City;
use crate::db::parties::Organisation;
use crate::domain::vocab::{PartyKind, Vocabulary};
use crate::web::Ctx;
use crate::web::parties::MemberForm;

/// Each organisation with its members, and the form to add one.
pub fn page(
    ctx: &Ctx,
    city: &City,
    organisations: &[Organisation],
    form: &MemberForm,
    errors: &FieldErrors,
) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("parties-title"),
        &html! {
            h1 { (lang.t("parties-title")) " — " (city.name) }
            p { (lang.t("parties-intro")) }
            h2 #add { (lang.t("parties-add")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(format!("/admin/{}/parties/members", city.slug)) novalidate {
                (forms::csrf(ctx))
                div.field {
                    label for="f-party" { (lang.t("parties-party")) }
                    select #f-party name="party" aria-invalid=[errors.get("party").map(|_| "true")] {
                        @for organisation in organisations {
                            option value=(organisation.id) selected[form.party == organisation.id.to_string()] { (organisation.name) }
                        }
                    }
                    @if let Some(key) = errors.get("party") { p.field-error { (lang.t(key)) } }
                }
                (forms::input(ctx, errors, &Input { name: "email", label: "parties-member-email", kind: "email", value: &form.email, autocomplete: "off", hint: Some("parties-member-hint") }))
                div.field.check {
                    input #f-representative type="checkbox" name="representative" checked[form.representative.is_some()];
                    label for="f-representative" { (lang.t("parties-representative")) }
                }
                button type="submit" { (lang.t("parties-submit")) }
            }
            @for organisation in organisations {
                section.organisation {
                    h2 { (organisation.name) }
                    p.meta { (PartyKind::parse(&organisation.kind).map(|k| lang.label(k)).unwrap_or_default()) }
                    @if organisation.members.is_empty() {
                        p { (lang.t("parties-no-members")) }
                    } @else {
                        ul {
                            @for member in &organisation.members {
                                li {
                                    (member.name) " (" (member.email) ")"
                                    @if member.is_representative { " — " strong { (lang.t("parties-representative-short")) } }
                                    " "
                                    form.inline method="post" action=(format!("/admin/{}/parties/members/remove", city.slug)) {
                                        (forms::csrf(ctx))
                                        input type="hidden" name="membership" value=(member.id);
                                        button.link type="submit" { (lang.t("parties-remove")) }
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

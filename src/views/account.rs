//! The account page and the city staff page.

use maud::{Markup, html};

use super::forms::{self, FieldErrors, Input};
use super::layout;
use crate::db::cities::City;
use crate::db::users::User;
use crate::domain::account::Role;
use crate::web::Ctx;
use crate::web::account::StaffForm;

/// What the account holds.
pub fn show(ctx: &Ctx, user: &User, city: Option<&City>) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("account-title"),
        &html! {
            h1 { (lang.t("account-title")) }
            dl.facts {
                dt { (lang.t("field-name")) } dd { (user.display_name) }
                dt { (lang.t("field-email")) } dd { (user.email) }
                dt { (lang.t("account-role")) } dd { (lang.label(user.role)) }
                @if let Some(city) = city {
                    dt { (lang.t("account-city")) } dd { a href=(format!("/cities/{}", city.slug)) { (city.name) } }
                }
                @if user.can_sign {
                    dt { (lang.t("account-signing")) } dd { (lang.t("yes")) }
                }
            }
            @if let (Some(city), Role::Admin) = (city, user.role) {
                p { a href=(format!("/admin/{}/staff", city.slug)) { (lang.t("staff-title")) } }
            }
        },
    )
}

/// A city's staff, and the form to add one.
pub fn staff(
    ctx: &Ctx,
    city: &City,
    staff: &[User],
    form: &StaffForm,
    errors: &FieldErrors,
) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("staff-title"),
        &html! {
            h1 { (lang.t("staff-title")) " — " (city.name) }
            table.staff {
                caption.visually-hidden { (lang.t("staff-title")) }
                thead { tr { th scope="col" { (lang.t("field-name")) } th scope="col" { (lang.t("field-email")) } th scope="col" { (lang.t("account-role")) } th scope="col" { (lang.t("account-signing")) } } }
                tbody {
                    @for member in staff {
                        tr {
                            td { (member.display_name) }
                            td { (member.email) }
                            td { (lang.label(member.role)) }
                            td { (if member.can_sign { lang.t("yes") } else { lang.t("no") }) }
                        }
                    }
                }
            }
            h2 #add { (lang.t("staff-add")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(format!("/admin/{}/staff", city.slug)) novalidate {
                (forms::csrf(ctx))
                (forms::input(ctx, errors, &Input { name: "name", label: "field-name", kind: "text", value: &form.name, autocomplete: "off", hint: None }))
                (forms::input(ctx, errors, &Input { name: "email", label: "field-email", kind: "email", value: &form.email, autocomplete: "off", hint: None }))
                div.field {
                    label for="f-role" { (lang.t("account-role")) }
                    select #f-role name="role" aria-invalid=[errors.get("role").map(|_| "true")] {
                        @for role in [Role::Officer, Role::Admin] {
                            option value=(crate::domain::vocab::Vocabulary::name(role)) selected[form.role == crate::domain::vocab::Vocabulary::name(role)] { (lang.label(role)) }
                        }
                    }
                    @if let Some(key) = errors.get("role") { p.field-error { (lang.t(key)) } }
                }
                div.field.check {
                    input #f-can_sign type="checkbox" name="can_sign" checked[form.can_sign.is_some()];
                    label for="f-can_sign" { (lang.t("staff-can-sign")) }
                }
                button type="submit" { (lang.t("staff-submit")) }
            }
        },
    )
}

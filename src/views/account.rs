//! The account page and the city staff page.

use maud::{Markup, html};

use super::forms::{self, FieldErrors, Input};
use super::layout;
use crate::domain::account::Role;
use crate::i18n::Lang;
use crate::web::Ctx;
use crate::web::account::StaffForm;
use crate::web::account::{AccountPage, ProfileForm, StaffPage};

/// What the account holds, the profile form, the download of personal
/// data and the closing of the account.
pub fn show(
    ctx: &Ctx,
    page: &AccountPage,
    form: Option<&ProfileForm>,
    errors: &FieldErrors,
) -> Markup {
    let lang = ctx.lang;
    let user = &page.user;
    // A submitted form is shown as typed; otherwise the stored values.
    let (name, public_name, language) = match form {
        Some(form) => (
            form.name.as_str(),
            form.public_name.as_str(),
            form.language.as_str(),
        ),
        None => (
            user.display_name.as_str(),
            user.public_name.as_deref().unwrap_or(""),
            user.language.as_str(),
        ),
    };
    layout::page(
        ctx,
        &lang.t("account-title"),
        &html! {
            h1 { (lang.t("account-title")) }
            dl.facts {
                dt { (lang.t("field-email")) } dd { (user.email) }
                dt { (lang.t("account-role")) } dd { (lang.label(user.role)) }
                @if let Some(city) = &page.city {
                    dt { (lang.t("account-city")) } dd { a href=(format!("/cities/{}", city.slug)) { (city.name) } }
                }
                @if user.can_sign {
                    dt { (lang.t("account-signing")) } dd { (lang.t("yes")) }
                }
            }
            @if let Some(city) = page.city.as_ref().filter(|_| user.role.is_staff()) {
                (staff_links(lang, user.role, city))
            }
            @if !page.to_sign.is_empty() {
                h2 { (lang.t("account-to-sign")) }
                ul {
                    @for (slug, number, title) in &page.to_sign {
                        li { a href=(format!("/cities/{slug}/pacts/{number}/signature")) { (number) " — " (title) } }
                    }
                }
            }
            @if !page.memberships.is_empty() {
                h2 { (lang.t("account-parties")) }
                ul {
                    @for membership in &page.memberships {
                        li {
                            (membership.party)
                            @if membership.is_representative { " — " (lang.t("account-representative")) }
                        }
                    }
                }
            }
            h2 #profile { (lang.t("account-profile")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action="/account/profile" novalidate {
                (forms::csrf(ctx))
                (forms::input(ctx, errors, &Input { name: "name", label: "field-name", kind: "text", value: name, autocomplete: "name", hint: None }))
                div.field {
                    label for="f-public_name" { (lang.t("field-public-name")) }
                    p.hint #f-public_name-hint { (lang.t("field-public-name-hint")) }
                    input #f-public_name name="public_name" type="text" value=(public_name) autocomplete="nickname" aria-describedby="f-public_name-hint";
                    @if let Some(key) = errors.get("public_name") { p.field-error { (lang.t(key)) } }
                }
                div.field {
                    label for="f-language" { (lang.t("field-language")) }
                    select #f-language name="language" {
                        @for option in Lang::ALL {
                            option value=(option.code()) lang=(option.code()) selected[language == option.code()] { (option.native_name()) }
                        }
                    }
                    @if let Some(key) = errors.get("language") { p.field-error { (lang.t(key)) } }
                }
                button type="submit" { (lang.t("account-save")) }
            }
            p { a href="/account/security" { (lang.t("security-title")) } }
            h2 { (lang.t("account-data")) }
            p { (lang.t("account-data-body")) }
            p { a href="/account/export" download { (lang.t("account-export")) } }
            h2 { (lang.t("account-close")) }
            p { (lang.t("account-close-body")) }
            form.stack method="post" action="/account/close" {
                (forms::csrf(ctx))
                div.field.check {
                    input #f-confirm type="checkbox" name="confirm" value="yes" aria-invalid=[errors.get("confirm").map(|_| "true")];
                    label for="f-confirm" { (lang.t("account-close-confirm")) }
                }
                @if let Some(key) = errors.get("confirm") { p.field-error { (lang.t(key)) } }
                button.danger type="submit" { (lang.t("account-close-submit")) }
            }
        },
    )
}

/// The links of a city's staff: the officers' pages, and the
/// administrators' ones.
fn staff_links(lang: Lang, role: Role, city: &crate::db::cities::City) -> Markup {
    html! {
        ul.links {
            li { a href=(format!("/admin/{}", city.slug)) { (lang.t("dashboard-title")) } }
            li { a href=(format!("/admin/{}/proposals", city.slug)) { (lang.t("inbox-title")) } }
            li { a href=(format!("/admin/{}/templates", city.slug)) { (lang.t("templates-title")) } }
            li { a href=(format!("/admin/{}/calls", city.slug)) { (lang.t("calls-title")) } }
            li { a href=(format!("/admin/{}/parties", city.slug)) { (lang.t("parties-title")) } }
            @if role == Role::Admin {
                li { a href=(format!("/admin/{}/staff", city.slug)) { (lang.t("staff-title")) } }
                li { a href=(format!("/admin/{}/settings", city.slug)) { (lang.t("settings-title")) } }
                li { a href=(format!("/admin/{}/districts", city.slug)) { (lang.t("districts-title")) } }
                li { a href=(format!("/admin/{}/seal", city.slug)) { (lang.t("seal-title")) } }
                li { a href=(format!("/admin/{}/jobs", city.slug)) { (lang.t("jobs-title")) } }
            }
        }
    }
}

/// A city's staff, and the form to add one.
pub fn staff(ctx: &Ctx, page: &StaffPage, form: &StaffForm, errors: &FieldErrors) -> Markup {
    let (city, staff) = (&page.city, &page.staff);
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("staff-title"),
        &html! {
            h1 { (lang.t("staff-title")) " — " (city.name) }
            table.staff {
                caption.visually-hidden { (lang.t("staff-title")) }
                thead { tr { th scope="col" { (lang.t("field-name")) } th scope="col" { (lang.t("field-email")) } th scope="col" { (lang.t("account-role")) } th scope="col" { (lang.t("account-signing")) } th scope="col" { (lang.t("staff-districts")) } } }
                tbody {
                    @for member in staff {
                        tr {
                            td { (member.display_name) }
                            td { (member.email) }
                            td { (lang.label(member.role)) }
                            td { (if member.can_sign { lang.t("yes") } else { lang.t("no") }) }
                            td {
                                @let names: Vec<&str> = page.staff_districts.iter().filter(|(id, _)| *id == member.id).map(|(_, n)| n.as_str()).collect();
                                (if names.is_empty() { lang.t("staff-whole-city") } else { names.join(", ") })
                            }
                        }
                    }
                }
            }
            h2 #security { (lang.t("staff-security")) }
            form.stack method="post" action=(format!("/admin/{}/security", city.slug)) {
                (forms::csrf(ctx))
                div.field.check {
                    input #f-required type="checkbox" name="required" checked[city.require_second_factor];
                    label for="f-required" { (lang.t("staff-require-second-factor")) }
                }
                button type="submit" { (lang.t("account-save")) }
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
                @if !page.districts.is_empty() {
                    fieldset.field {
                        legend { (lang.t("staff-districts")) }
                        p.hint { (lang.t("staff-districts-hint")) }
                        @for district in &page.districts {
                            div.check {
                                input id=(format!("f-district-{}", district.slug)) type="checkbox" name="districts" value=(district.slug)
                                    checked[form.districts.contains(&district.slug)];
                                label for=(format!("f-district-{}", district.slug)) { (district.name) }
                            }
                        }
                        @if let Some(key) = errors.get("districts") { p.field-error { (lang.t(key)) } }
                    }
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

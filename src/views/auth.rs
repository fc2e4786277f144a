//! Sign-up, sign-in and password pages.

use maud::{Markup, html};

use super::forms::{self, Input};
use super::layout;
use crate::error::Message;
use crate::web::Ctx;
use crate::web::auth::{SigninForm, SignupForm};

pub use super::forms::FieldErrors;

/// The sign-up form.
pub fn signup(ctx: &Ctx, form: &SignupForm, errors: &FieldErrors) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("signup-title"),
        &html! {
            h1 { (lang.t("signup-title")) }
            p { (lang.t("signup-intro")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action="/signup" novalidate {
                (forms::csrf(ctx))
                (forms::input(ctx, errors, &Input { name: "name", label: "field-name", kind: "text", value: &form.name, autocomplete: "name", hint: Some("field-name-hint") }))
                (forms::input(ctx, errors, &Input { name: "email", label: "field-email", kind: "email", value: &form.email, autocomplete: "email", hint: None }))
                (forms::input(ctx, errors, &Input { name: "password", label: "field-password", kind: "password", value: "", autocomplete: "new-password", hint: Some("field-password-hint") }))
                button type="submit" { (lang.t("signup-submit")) }
            }
            p { (lang.t("signup-have-account")) " " a href="/signin" { (lang.t("signin-title")) } }
        },
    )
}

/// After sign-up: the same page whether or not the address was known.
pub fn check_mailbox(ctx: &Ctx) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("mailbox-title"),
        &html! {
            h1 { (lang.t("mailbox-title")) }
            p role="status" { (lang.t("mailbox-body")) }
        },
    )
}

/// The sign-in form, with the one message every failure gets.
pub fn signin(ctx: &Ctx, form: &SigninForm, error: Option<&Message>) -> Markup {
    let lang = ctx.lang;
    let none = FieldErrors::default();
    layout::page(
        ctx,
        &lang.t("signin-title"),
        &html! {
            h1 { (lang.t("signin-title")) }
            @if let Some(error) = error { p.error role="alert" { (error.render(lang)) } }
            form.stack method="post" action="/signin" {
                (forms::csrf(ctx))
                @if let Some(next) = &form.next { input type="hidden" name="next" value=(next); }
                (forms::input(ctx, &none, &Input { name: "email", label: "field-email", kind: "email", value: &form.email, autocomplete: "username", hint: None }))
                (forms::input(ctx, &none, &Input { name: "password", label: "field-password", kind: "password", value: "", autocomplete: "current-password", hint: None }))
                button type="submit" { (lang.t("signin-submit")) }
            }
            ul.links {
                li { a href="/signin/link" { (lang.t("signin-by-link")) } }
                li { a href="/password/reset" { (lang.t("signin-forgot")) } }
                li { (lang.t("signin-no-account")) " " a href="/signup" { (lang.t("signup-title")) } }
            }
        },
    )
}

/// The form to choose a password from an e-mailed link.
pub fn set_password(ctx: &Ctx, action: &str, errors: &FieldErrors) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("password-title"),
        &html! {
            h1 { (lang.t("password-title")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(action) novalidate {
                (forms::csrf(ctx))
                (forms::input(ctx, errors, &Input { name: "password", label: "field-password", kind: "password", value: "", autocomplete: "new-password", hint: Some("field-password-hint") }))
                button type="submit" { (lang.t("password-submit")) }
            }
        },
    )
}

/// A link that was used already or has expired.
pub fn link_expired(ctx: &Ctx) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("link-expired-title"),
        &html! {
            h1 { (lang.t("link-expired-title")) }
            p { (lang.t("link-expired-body")) }
            p { a href="/signin" { (lang.t("signin-title")) } }
        },
    )
}

/// A page with one button that does what an e-mailed link is for.
pub fn confirm(ctx: &Ctx, title: &str, body: &str, action: &str, button: &str) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t(title),
        &html! {
            h1 { (lang.t(title)) }
            p { (lang.t(body)) }
            form method="post" action=(action) {
                (forms::csrf(ctx))
                button type="submit" { (lang.t(button)) }
            }
        },
    )
}

/// A form asking for an address, to send a sign-in or reset link.
pub fn ask_link(ctx: &Ctx, action: &str, title: &str, intro: &str) -> Markup {
    let lang = ctx.lang;
    let none = FieldErrors::default();
    layout::page(
        ctx,
        &lang.t(title),
        &html! {
            h1 { (lang.t(title)) }
            p { (lang.t(intro)) }
            form.stack method="post" action=(action) {
                (forms::csrf(ctx))
                (forms::input(ctx, &none, &Input { name: "email", label: "field-email", kind: "email", value: "", autocomplete: "email", hint: None }))
                button type="submit" { (lang.t("link-submit")) }
            }
        },
    )
}

//! Calls for proposals: the staff page, the public list, and the pieces
//! shown on the city's and the commons' pages.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::forms::{self, FieldErrors};
use super::layout;
use crate::db::calls::Call;
use crate::db::cities::City;
use crate::domain::call::{CallFields, is_open};
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;

/// One call: title, commons, closing date, what the city looks for, and
/// the link to propose in answer.
pub fn card(lang: Lang, city: &str, call: &Call) -> Markup {
    html! {
        article.call {
            h3 { (call.title) }
            p.meta {
                a href=(format!("/cities/{city}/commons/{}", call.commons.0)) { (call.commons.1) }
                " · " (lang.t_args("call-closes", &[("date", Arg::Str(lang.date(call.closes_on)))]))
            }
            @for paragraph in crate::domain::proposal::paragraphs(&call.description) { p { (paragraph) } }
            p { a.button href=(format!("/proposals/new?city={city}&call={}", call.id)) { (lang.t("call-propose")) } }
        }
    }
}

/// The open calls of a city, as a section of another page.
pub fn section(lang: Lang, city: &str, calls: &[Call]) -> Markup {
    html! {
        @if !calls.is_empty() {
            section.calls aria-labelledby="calls" {
                h2 #calls { (lang.t("calls-open")) }
                @for call in calls { (card(lang, city, call)) }
            }
        }
    }
}

/// `GET /cities/{city}/calls`.
pub fn public(ctx: &Ctx, city: &City, calls: &[Call]) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("calls-title"),
        &html! {
            nav.breadcrumb aria-label=(lang.t("breadcrumb")) {
                ol {
                    li { a href=(format!("/cities/{}", city.slug)) { (city.name) } }
                    li aria-current="page" { (lang.t("calls-title")) }
                }
            }
            h1 { (lang.t("calls-title")) " — " (city.name) }
            p { (lang.t("calls-intro")) }
            @if calls.is_empty() { p { (lang.t("calls-none")) } }
            @for call in calls { (card(lang, &city.slug, call)) }
        },
    )
}

/// What the staff page shows.
#[derive(Debug)]
pub struct AdminPage<'a> {
    /// The city.
    pub city: &'a City,
    /// Its calls, newest first.
    pub calls: &'a [Call],
    /// Its commons: slug, name, address.
    pub commons: &'a [(String, String, String)],
    /// The form as typed.
    pub fields: &'a CallFields,
    /// Its mistakes.
    pub errors: &'a FieldErrors,
    /// Today.
    pub today: NaiveDate,
}

/// The staff page: every call, open or closed, and the form to publish one.
pub fn admin(ctx: &Ctx, page: &AdminPage<'_>) -> Markup {
    let lang = ctx.lang;
    let (city, fields, errors) = (page.city, page.fields, page.errors);
    layout::page(
        ctx,
        &lang.t("calls-title"),
        &html! {
            h1 { (lang.t("calls-title")) " — " (city.name) }
            @if page.calls.is_empty() { p { (lang.t("calls-none")) } }
            ul.calls {
                @for call in page.calls {
                    li {
                        strong { (call.title) } " — " (call.commons.1) " · "
                        (lang.t_args("call-closes", &[("date", Arg::Str(lang.date(call.closes_on)))]))
                        @if is_open(call.opens_on, call.closes_on, page.today) {
                            form.inline method="post" action=(format!("/admin/{}/calls/{}/close", city.slug, call.id)) {
                                (forms::csrf(ctx))
                                button.secondary type="submit" { (lang.t("call-close")) }
                            }
                        } @else {
                            " · " (lang.t("call-closed"))
                        }
                    }
                }
            }
            h2 { (lang.t("calls-new")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(format!("/admin/{}/calls", city.slug)) novalidate {
                (forms::csrf(ctx))
                div.field {
                    label for="f-commons" { (lang.t("pact-commons")) }
                    select #f-commons name="commons" aria-invalid=[errors.get("commons").map(|_| "true")] {
                        option value="" { "—" }
                        @for (slug, name, _) in page.commons {
                            option value=(slug) selected[fields.commons == *slug] { (name) }
                        }
                    }
                    @if let Some(key) = errors.get("commons") { p.field-error { (lang.t(key)) } }
                }
                (forms::input(ctx, errors, &forms::Input { name: "title", label: "call-title", kind: "text", value: &fields.title, autocomplete: "off", hint: None }))
                (forms::textarea(ctx, errors, "description", "call-description", &fields.description, Some("call-description-hint")))
                (forms::input(ctx, errors, &forms::Input { name: "closes_on", label: "call-closes-on", kind: "date", value: &fields.closes_on, autocomplete: "off", hint: None }))
                button type="submit" { (lang.t("call-publish")) }
            }
        },
    )
}

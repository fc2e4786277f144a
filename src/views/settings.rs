//! The city settings form.

use maud::{Markup, html};

use super::forms::{self, FieldErrors, Input};
use super::layout;
use crate::db::cities::City;
use crate::domain::signing::SigningOrder;
use crate::domain::vocab::Vocabulary as _;
use crate::i18n::Lang;
use crate::web::Ctx;
use crate::web::settings::SettingsForm;

/// Regulation, document language and deadlines of a city.
pub fn edit(ctx: &Ctx, city: &City, form: &SettingsForm, errors: &FieldErrors) -> Markup {
    let lang = ctx.lang;
    let number = |name: &'static str, label: &'static str, value: &str| {
        forms::input(
            ctx,
            errors,
            &Input {
                name,
                label,
                kind: "text",
                value,
                autocomplete: "off",
                hint: None,
            },
        )
    };
    layout::page(
        ctx,
        &lang.t("settings-title"),
        &html! {
            h1 { (lang.t("settings-title")) " — " (city.name) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(format!("/admin/{}/settings", city.slug)) novalidate {
                (forms::csrf(ctx))
                (forms::input(ctx, errors, &Input { name: "regulation_title", label: "settings-regulation-title", kind: "text", value: &form.regulation_title, autocomplete: "off", hint: None }))
                (forms::input(ctx, errors, &Input { name: "regulation_act", label: "settings-regulation-act", kind: "text", value: &form.regulation_act, autocomplete: "off", hint: Some("settings-regulation-act-hint") }))
                div.field {
                    label for="f-language" { (lang.t("settings-language")) }
                    select #f-language name="language" {
                        @for option in Lang::ALL {
                            option value=(option.code()) selected[form.language == option.code()] { (option.native_name()) }
                        }
                    }
                    @if let Some(key) = errors.get("language") { p.field-error { (lang.t(key)) } }
                }
                (number("review_days", "city-review-days", &form.review_days))
                (number("publication_days", "city-publication-days", &form.publication_days))
                (number("complex_multiplier", "settings-multiplier", &form.complex_multiplier))
                (forms::input(ctx, errors, &Input { name: "expiry_notice_days", label: "city-notice-days", kind: "text", value: &form.expiry_notice_days, autocomplete: "off", hint: Some("settings-notice-hint") }))
                fieldset {
                    legend { (lang.t("settings-signatures")) }
                    div.field {
                        label for="f-signing_order" { (lang.t("settings-signing-order")) }
                        select #f-signing_order name="signing_order" {
                            @for order in SigningOrder::all() {
                                option value=(order.name()) selected[form.signing_order == order.name()] { (lang.label(order)) }
                            }
                        }
                        @if let Some(key) = errors.get("signing_order") { p.field-error { (lang.t(key)) } }
                    }
                    (number("signing_link_days", "settings-signing-link-days", &form.signing_link_days))
                    (number("reminder_days", "settings-reminder-days", &form.reminder_days))
                    (number("reminder_cap", "settings-reminder-cap", &form.reminder_cap))
                }
                fieldset {
                    legend { (lang.t("settings-renewals")) }
                    div.field.check {
                        input #f-tacit_renewal type="checkbox" name="tacit_renewal" value="1" checked[form.tacit_renewal.is_some()] aria-describedby="f-tacit_renewal-hint";
                        label for="f-tacit_renewal" { (lang.t("settings-tacit-renewal")) }
                        p.hint #f-tacit_renewal-hint { (lang.t("settings-tacit-renewal-hint")) }
                    }
                    (number("objection_days", "settings-objection-days", &form.objection_days))
                }
                button type="submit" { (lang.t("account-save")) }
            }
        },
    )
}

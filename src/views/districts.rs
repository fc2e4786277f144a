//! The city's districts, for its administrators: the list, the form to
//! add one and the form to rename one and set its boundary.

use maud::{Markup, html};

use super::forms::{self, FieldErrors, Input};
use super::layout;
use crate::db::cities::{City, District};
use crate::i18n::Arg;
use crate::web::Ctx;
use crate::web::districts::{DistrictForm, Listing};

fn fields(ctx: &Ctx, form: &DistrictForm, errors: &FieldErrors) -> Markup {
    html! {
        (forms::input(ctx, errors, &Input { name: "name", label: "field-name", kind: "text", value: &form.name, autocomplete: "off", hint: None }))
        (forms::textarea(ctx, errors, "boundary", "district-boundary", &form.boundary, Some("district-boundary-hint")))
    }
}

/// Every district of the city, and the form to add one.
pub fn list(ctx: &Ctx, listing: &Listing, form: &DistrictForm, errors: &FieldErrors) -> Markup {
    let lang = ctx.lang;
    let city = &listing.city;
    layout::page(
        ctx,
        &lang.t("districts-title"),
        &html! {
            h1 { (lang.t("districts-title")) " — " (city.name) }
            p { a href=(format!("/map?city={}", city.slug)) { (lang.t("districts-see-map")) } }
            @if listing.districts.is_empty() {
                p { (lang.t("districts-none")) }
            } @else {
                table.districts {
                    thead {
                        tr {
                            th scope="col" { (lang.t("field-name")) }
                            th scope="col" { (lang.t("districts-commons")) }
                            th scope="col" { (lang.t("district-boundary")) }
                        }
                    }
                    tbody {
                        @for (district, commons) in &listing.districts {
                            tr {
                                th scope="row" {
                                    a href=(format!("/admin/{}/districts/{}", city.slug, district.slug)) { (district.name) }
                                }
                                td { (lang.t_args("districts-commons-count", &[("count", Arg::Num(*commons))])) }
                                td { (if district.boundary.is_some() { lang.t("district-drawn") } else { lang.t("district-not-drawn") }) }
                            }
                        }
                    }
                }
            }
            h2 #add { (lang.t("districts-add")) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(format!("/admin/{}/districts", city.slug)) novalidate {
                (forms::csrf(ctx))
                (fields(ctx, form, errors))
                button type="submit" { (lang.t("districts-add")) }
            }
        },
    )
}

/// The form to rename a district and set its boundary.
pub fn edit(
    ctx: &Ctx,
    city: &City,
    district: &District,
    form: &DistrictForm,
    errors: &FieldErrors,
) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &district.name,
        &html! {
            p { a href=(format!("/admin/{}/districts", city.slug)) { (lang.t("districts-title")) } }
            h1 { (district.name) }
            p { (lang.t_args("district-address", &[("slug", Arg::Str(district.slug.clone()))])) }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(format!("/admin/{}/districts/{}", city.slug, district.slug)) novalidate {
                (forms::csrf(ctx))
                (fields(ctx, form, errors))
                button type="submit" { (lang.t("account-save")) }
            }
        },
    )
}

//! The city's seal page: the certificate in use and the form to configure
//! the city's own.

use maud::{Markup, html};

use super::{forms, layout};
use crate::db::cities::City;
use crate::db::seals::SealInfo;
use crate::error::Message;
use crate::i18n::Arg;
use crate::web::Ctx;

/// The page.
pub fn page(
    ctx: &Ctx,
    city: &City,
    seal: &SealInfo,
    saved: bool,
    error: Option<&Message>,
) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("seal-title"),
        &html! {
            h1 { (lang.t("seal-title")) " — " (city.name) }
            p { (lang.t("seal-intro")) }
            @if saved { p.notice role="status" { (lang.t("seal-saved")) } }
            @if seal.self_signed { p.notice role="status" { (lang.t("seal-self-signed")) } }
            dl.facts {
                dt { (lang.t("seal-subject")) } dd { (seal.subject) }
                dt { (lang.t("seal-fingerprint")) } dd { code.hash { (seal.fingerprint) } }
                dt { (lang.t("seal-valid-until")) } dd { (lang.date(seal.not_after.date())) }
            }
            h2 { (lang.t("seal-configure")) }
            form.stack method="post" action=(format!("/admin/{}/seal", city.slug)) enctype="multipart/form-data" {
                (forms::csrf(ctx))
                div.field {
                    label for="f-pkcs12" { (lang.t("seal-file")) }
                    p.hint #f-pkcs12-hint { (lang.t("seal-file-hint")) }
                    input #f-pkcs12 type="file" name="pkcs12" accept=".p12,.pfx,application/x-pkcs12" required
                        aria-describedby="f-pkcs12-hint" aria-invalid=[error.map(|_| "true")];
                    @if let Some(error) = error { p.field-error role="alert" { (error.render(lang)) } }
                }
                div.field {
                    label for="f-password" { (lang.t("seal-password")) }
                    input #f-password type="password" name="password" autocomplete="off";
                }
                button type="submit" { (lang.t("seal-submit")) }
            }
            p { a href=(format!("/cities/{}", city.slug)) { (lang.t_args("seal-back", &[("city", Arg::Str(city.name.clone()))])) } }
        },
    )
}

//! The error page.

use axum::http::StatusCode;
use maud::{Markup, html};

use super::layout;
use crate::web::Ctx;

/// A page saying what went wrong, in the site's layout.
pub fn page(ctx: &Ctx, status: StatusCode, message: &str) -> Markup {
    let lang = ctx.lang;
    let title = lang.t(match status {
        StatusCode::NOT_FOUND => "error-title-not-found",
        StatusCode::FORBIDDEN => "error-title-forbidden",
        s if s.is_client_error() => "error-title-bad-request",
        _ => "error-title-internal",
    });
    layout::page(
        ctx,
        &title,
        &html! {
            h1 { (title) }
            p.error role="alert" { (message) }
            p { a href="/" { (lang.t("error-back-home")) } " · " a href="/pacts" { (lang.t("nav-registry")) } }
        },
    )
}

//! The page frame: head, skip link, header, navigation, footer with the
//! language menu.

use std::fmt::Write as _;

use maud::{DOCTYPE, Markup, html};

use crate::i18n::Lang;
use crate::web::Ctx;

/// A full page with `title` and `body`.
pub fn page(ctx: &Ctx, title: &str, body: &Markup) -> Markup {
    let lang = ctx.lang;
    let site = lang.t("site-name");
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (site) }
                link rel="stylesheet" href=(crate::web::stylesheet_url());
            }
            body {
                a.skip href="#content" { (lang.t("nav-skip")) }
                header.site {
                    a.brand href="/" { (site) }
                    nav aria-label=(lang.t("nav-label")) {
                        ul {
                            li { a href="/" aria-current=[current(ctx, "/")] { (lang.t("nav-home")) } }
                            li { a href="/pacts" aria-current=[current(ctx, "/pacts")] { (lang.t("nav-registry")) } }
                            li { a href="/statistics" aria-current=[current(ctx, "/statistics")] { (lang.t("nav-statistics")) } }
                            li { a href="/verify" aria-current=[current(ctx, "/verify")] { (lang.t("nav-verify")) } }
                            @if let Some(user) = &ctx.user {
                                li { a href="/proposals" aria-current=[current(ctx, "/proposals")] { (lang.t("nav-proposals")) } }
                                li {
                                    a href="/account/notifications" aria-current=[current(ctx, "/account/notifications")] {
                                        (lang.t("nav-notifications"))
                                        @if user.unread > 0 {
                                            " " span.badge { (lang.t_args("nav-unread", &[("count", crate::i18n::Arg::Num(user.unread))])) }
                                        }
                                    }
                                }
                                li { a href="/account" aria-current=[current(ctx, "/account")] { (user.name) } }
                                li {
                                    form.inline method="post" action="/signout" {
                                        input type="hidden" name="csrf" value=(ctx.csrf);
                                        button.link type="submit" { (lang.t("nav-signout")) }
                                    }
                                }
                            } @else {
                                li { a href="/signin" aria-current=[current(ctx, "/signin")] { (lang.t("nav-signin")) } }
                                li { a href="/signup" aria-current=[current(ctx, "/signup")] { (lang.t("nav-signup")) } }
                            }
                        }
                    }
                }
                main #content tabindex="-1" { (body) }
                footer.site {
                    p { (lang.t("footer-about")) " " a href="/open-data" { (lang.t("open-data-title")) } }
                    nav aria-label=(lang.t("footer-languages")) {
                        ul.languages {
                            @for other in Lang::ALL {
                                li {
                                    @if other == lang {
                                        span lang=(other.code()) aria-current="true" { (other.native_name()) }
                                    } @else {
                                        a lang=(other.code()) hreflang=(other.code())
                                          href=(format!("/lang/{}?back={}", other.code(), encode(&ctx.path))) {
                                            (other.native_name())
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn current(ctx: &Ctx, path: &str) -> Option<&'static str> {
    let here = ctx.path.split('?').next().unwrap_or("");
    (here == path).then_some("page")
}

/// Percent-encodes a query value.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

//! A person's notifications and their delivery choices.

use std::collections::HashMap;

use maud::{Markup, html};

use super::{forms, layout};
use crate::db::notifications::Notification;
use crate::domain::notification::{Delivery, NotificationKind};
use crate::domain::vocab::Vocabulary;
use crate::i18n::Arg;
use crate::web::Ctx;

/// What the page shows.
#[derive(Debug)]
pub struct Page {
    /// The latest notifications, newest first.
    pub list: Vec<Notification>,
    /// How many were unread when the page was opened.
    pub unread: i64,
    /// The delivery chosen per kind (the others: by e-mail at once).
    pub chosen: HashMap<NotificationKind, Delivery>,
}

/// The list, then the choices.
pub fn page(ctx: &Ctx, page: &Page) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("notifications-title"),
        &html! {
            h1 { (lang.t("notifications-title")) }
            @if ctx.path.contains("saved=1") {
                p.notice role="status" { (lang.t("notifications-saved")) }
            }
            section aria-labelledby="notifications-list" {
                h2 #notifications-list { (lang.t_args("notifications-unread", &[("count", Arg::Num(page.unread))])) }
                @if page.list.is_empty() {
                    p.hint { (lang.t("notifications-none")) }
                } @else {
                    ol.notifications {
                        @for n in &page.list {
                            li.unread[!n.read] {
                                @if !n.read { strong.badge { (lang.t("notifications-new")) } " " }
                                a href=(n.link) { (n.subject) }
                                " · " time datetime=(n.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()) { (lang.datetime(n.created_at)) }
                                " · " span.hint { (lang.label(n.kind)) " — " (lang.label(n.delivery)) }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="notifications-choices" {
                h2 #notifications-choices { (lang.t("notifications-choices")) }
                p.hint { (lang.t("notifications-choices-hint")) }
                form.stack method="post" action="/account/notifications" {
                    (forms::csrf(ctx))
                    @for kind in NotificationKind::all() {
                        @let chosen = page.chosen.get(&kind).copied().unwrap_or(Delivery::Immediate);
                        fieldset {
                            legend { (lang.label(kind)) }
                            @if kind.is_binding() {
                                p.hint { (lang.t("notifications-binding")) }
                            }
                            @for delivery in Delivery::all() {
                                @let id = format!("f-{}-{}", kind.name(), delivery.name());
                                div.check {
                                    input id=(id) type="radio" name=(kind.name()) value=(delivery.name()) checked[delivery == chosen];
                                    label for=(id) { (lang.label(delivery)) }
                                }
                            }
                        }
                    }
                    button type="submit" { (lang.t("account-save")) }
                }
            }
        },
    )
}

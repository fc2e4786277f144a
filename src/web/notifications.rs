//! A person's notifications: the list (opening it marks them read) and
//! their choice of delivery for each kind.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::Response;
use maud::Markup;

use super::extract::{Ctx, Form};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::domain::notification::{Delivery, NotificationKind};
use crate::domain::vocab::Vocabulary;
use crate::error::{AppError, Message};
use crate::views::notifications as view;

/// `GET /account/notifications`: the latest notifications, the unread ones
/// marked as new (and read from now on), and the delivery choices.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Markup, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let page = state
        .db(move |conn| {
            let (list, unread) = db::notifications::of_user(conn, user.id)?;
            let chosen = db::notifications::preferences(conn, user.id)?;
            db::notifications::mark_read(conn, user.id, now)?;
            Ok(view::Page {
                list,
                unread,
                chosen,
            })
        })
        .await?;
    Ok(view::page(&ctx, &page))
}

/// `POST /account/notifications`: saves the delivery chosen for each kind
/// (fields named after the kinds; a kind left out keeps the default, by
/// e-mail at once).
pub async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(form): Form<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let mut chosen = Vec::new();
    for kind in NotificationKind::all() {
        if let Some(value) = form.get(kind.name()) {
            let delivery = Delivery::parse(value)
                .ok_or_else(|| AppError::BadRequest(Message::new("error-bad-form")))?;
            chosen.push((kind, delivery));
        }
    }
    state
        .db(move |conn| Ok(db::notifications::set_preferences(conn, user.id, &chosen)?))
        .await?;
    Ok(see_other("/account/notifications?saved=1"))
}

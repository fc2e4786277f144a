//! The one way Pacta tells someone about a pact: the notification goes in
//! the person's list in Pacta and reaches them as they chose for its kind
//! (by e-mail at once, in the daily digest, or not by e-mail); the parties
//! always get at once what concerns their signature, a suspension or a
//! termination. Someone without an account is e-mailed. Messages about
//! the account itself (links to sign in, codes, invitations) do not come
//! this way: they are not notifications and always go at once.

use chrono::{DateTime, Utc};

use crate::db::notifications::NewNotification;
use crate::db::outbox::OutgoingMail;
use crate::db::{self, DbConn};
use crate::domain::notification::{self as rules, Delivery, NotificationKind};

/// What a notification is about, and who it goes to.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    /// Its kind.
    pub kind: NotificationKind,
    /// The pact concerned, if any.
    pub pact_id: Option<i64>,
    /// Whether the recipient is a party to that pact.
    pub party: bool,
    /// The page it points to (never a personal link: those stay in the
    /// e-mail).
    pub link: &'a str,
}

/// Records `mail` as a notification of its recipient and queues it, at
/// once or for the digest, as they chose; the caller holds the
/// transaction. Returns how it was delivered.
pub fn send(
    conn: &mut DbConn,
    about: &About<'_>,
    mail: &OutgoingMail,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Delivery> {
    let Some(user_id) = db::notifications::account_of(conn, &mail.to)? else {
        db::outbox::enqueue(conn, mail, now)?;
        return Ok(Delivery::Immediate);
    };
    let chosen = db::notifications::preference(conn, user_id, about.kind)?;
    let delivery = rules::delivery(about.kind, chosen, about.party);
    db::notifications::insert(
        conn,
        &NewNotification {
            user_id,
            kind: about.kind,
            pact_id: about.pact_id,
            subject: &mail.subject,
            link: path_of(about.link),
            delivery,
        },
        now,
    )?;
    if delivery == Delivery::Immediate {
        db::outbox::enqueue(conn, mail, now)?;
    }
    Ok(delivery)
}

/// The path of a link (`https://site/cities/…` → `/cities/…`), so that the
/// list keeps working if the site moves.
fn path_of(link: &str) -> &str {
    match link.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => link,
    }
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[test]
    fn links_are_kept_as_paths() {
        assert_eq!(
            path_of("http://127.0.0.1:8080/cities/valmont/pacts/2025-0001#reports"),
            "/cities/valmont/pacts/2025-0001#reports"
        );
        assert_eq!(path_of("https://pacta.example"), "/");
        assert_eq!(path_of("/account"), "/account");
    }
}

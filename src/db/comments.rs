//! Public comments on proposals published for comments, and the other
//! proposals on the same commons.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{comments, pacts};
use super::{DbConn, timestamp, vocab};
use crate::domain::lifecycle::Status;
use crate::domain::vocab::{CommentKind, Vocabulary};

/// A comment as the public sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Comment {
    /// Id.
    pub id: i64,
    /// Comment, support, objection or request to join.
    pub kind: CommentKind,
    /// The text.
    pub body: String,
    /// The name the author chose to publish, if any.
    pub author: Option<String>,
    /// When (UTC).
    pub created_at: NaiveDateTime,
    /// Files sent with it.
    pub attachments: Vec<super::attachments::AttachmentInfo>,
}

/// Adds a comment.
pub fn insert(
    conn: &mut DbConn,
    pact_id: i64,
    user_id: i64,
    kind: CommentKind,
    body: &str,
    author: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    diesel::insert_into(comments::table)
        .values((
            comments::pact_id.eq(pact_id),
            comments::user_id.eq(user_id),
            comments::kind.eq(kind.name()),
            comments::body.eq(body),
            comments::author_name.eq(author.unwrap_or_default()),
            comments::created_at.eq(timestamp(now)),
        ))
        .returning(comments::id)
        .get_result(conn)
}

/// A pact's comments with their files, oldest first.
pub fn of_pact(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<Comment>> {
    let mut files = super::attachments::of_comments(conn, pact_id)?;
    comments::table
        .filter(comments::pact_id.eq(pact_id))
        .order((comments::created_at, comments::id))
        .select((
            comments::id,
            comments::kind,
            comments::body,
            comments::author_name,
            comments::created_at,
        ))
        .load::<(i64, String, String, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(id, kind, body, author, created_at)| {
            let (attachments, rest) = files
                .drain(..)
                .partition(|f| f.owner == super::attachments::Owner::Comment(id));
            files = rest;
            Ok(Comment {
                id,
                attachments,
                kind: vocab(&kind)?,
                body,
                author: Some(author).filter(|a| !a.is_empty()),
                created_at,
            })
        })
        .collect()
}

/// Other proposals under way on the same commons: number and title.
pub fn competing(
    conn: &mut DbConn,
    pact_id: i64,
    commons_id: i64,
) -> QueryResult<Vec<(String, String)>> {
    let under_way = [
        Status::Submitted,
        Status::UnderReview,
        Status::AwaitingDocuments,
        Status::PublishedForComments,
        Status::CoDesign,
        Status::AwaitingApproval,
    ]
    .map(Status::name);
    pacts::table
        .filter(pacts::commons_id.eq(commons_id))
        .filter(pacts::id.ne(pact_id))
        .filter(pacts::status.eq_any(under_way))
        .order(pacts::id)
        .select((pacts::number, pacts::title))
        .load(conn)
}

/// Pacts whose comment period is over on `today` but still open.
pub fn periods_to_close(
    conn: &mut DbConn,
    today: chrono::NaiveDate,
) -> QueryResult<Vec<(i64, i64)>> {
    pacts::table
        .filter(pacts::status.eq(Status::PublishedForComments.name()))
        .filter(pacts::comments_close_on.le(today))
        .select((pacts::id, pacts::city_id))
        .load(conn)
}

/// The address of the author of a request to join on this pact (an open
/// account), to invite them.
pub fn join_request_author(
    conn: &mut DbConn,
    pact_id: i64,
    comment_id: i64,
) -> QueryResult<Option<String>> {
    use super::schema::users;
    comments::table
        .inner_join(users::table.on(users::id.eq(comments::user_id)))
        .filter(comments::id.eq(comment_id))
        .filter(comments::pact_id.eq(pact_id))
        .filter(comments::kind.eq(CommentKind::JoinRequest.name()))
        .filter(users::closed_at.is_null())
        .select(users::email)
        .first(conn)
        .optional()
}

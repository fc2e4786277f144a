//! Attachments stored in the database: recording one, listing those of a
//! proposal or of comments (without their bytes), and reading one back with
//! what decides who may download it.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::{attachments, comments, proposals};
use super::{DbConn, timestamp};
use crate::domain::attachment::CheckedFile;

/// What an attachment came with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// The proposal itself.
    Proposal(i64),
    /// An answer to a request for documents on the proposal.
    Answer(i64),
    /// A public comment.
    Comment(i64),
}

impl Owner {
    fn columns(self) -> (&'static str, Option<i64>, Option<i64>) {
        match self {
            Owner::Proposal(id) => ("proposal", Some(id), None),
            Owner::Answer(id) => ("answer", Some(id), None),
            Owner::Comment(id) => ("comment", None, Some(id)),
        }
    }

    fn from_columns(
        context: &str,
        proposal: Option<i64>,
        comment: Option<i64>,
    ) -> QueryResult<Owner> {
        match (context, proposal, comment) {
            ("proposal", Some(id), None) => Ok(Owner::Proposal(id)),
            ("answer", Some(id), None) => Ok(Owner::Answer(id)),
            ("comment", None, Some(id)) => Ok(Owner::Comment(id)),
            _ => Err(diesel::result::Error::DeserializationError(
                format!("attachment of unknown context {context:?}").into(),
            )),
        }
    }
}

/// An attachment without its bytes.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentInfo {
    /// Id, for the download link.
    pub id: i64,
    /// What it came with.
    #[serde(skip)]
    pub owner: Owner,
    /// File name.
    pub filename: String,
    /// MIME type, read from its content.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// SHA-256 of the content.
    pub sha256: String,
    /// When it was sent (UTC).
    pub created_at: NaiveDateTime,
}

type InfoRow = (
    i64,
    String,
    Option<i64>,
    Option<i64>,
    String,
    String,
    i64,
    String,
    NaiveDateTime,
);

const INFO_COLUMNS: (
    attachments::id,
    attachments::context,
    attachments::proposal_id,
    attachments::comment_id,
    attachments::filename,
    attachments::content_type,
    attachments::size,
    attachments::sha256,
    attachments::created_at,
) = (
    attachments::id,
    attachments::context,
    attachments::proposal_id,
    attachments::comment_id,
    attachments::filename,
    attachments::content_type,
    attachments::size,
    attachments::sha256,
    attachments::created_at,
);

fn info(row: InfoRow) -> QueryResult<AttachmentInfo> {
    let (id, context, proposal, comment, filename, content_type, size, sha256, created_at) = row;
    Ok(AttachmentInfo {
        id,
        owner: Owner::from_columns(&context, proposal, comment)?,
        filename,
        content_type,
        size,
        sha256,
        created_at,
    })
}

/// Records a checked file; returns its id.
pub fn insert(
    conn: &mut DbConn,
    owner: Owner,
    user_id: i64,
    file: &CheckedFile,
    data: &[u8],
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    let (context, proposal, comment) = owner.columns();
    diesel::insert_into(attachments::table)
        .values((
            attachments::context.eq(context),
            attachments::proposal_id.eq(proposal),
            attachments::comment_id.eq(comment),
            attachments::user_id.eq(user_id),
            attachments::filename.eq(&file.filename),
            attachments::content_type.eq(file.content_type),
            attachments::size.eq(file.size),
            attachments::sha256.eq(&file.sha256),
            attachments::data.eq(data),
            attachments::created_at.eq(timestamp(now)),
        ))
        .returning(attachments::id)
        .get_result(conn)
}

/// The files of a proposal and of the answers to requests for documents,
/// oldest first.
pub fn of_proposal(conn: &mut DbConn, proposal_id: i64) -> QueryResult<Vec<AttachmentInfo>> {
    attachments::table
        .filter(attachments::proposal_id.eq(proposal_id))
        .order(attachments::id)
        .select(INFO_COLUMNS)
        .load::<InfoRow>(conn)?
        .into_iter()
        .map(info)
        .collect()
}

/// The files of a pact's public comments, oldest first.
pub fn of_comments(conn: &mut DbConn, pact_id: i64) -> QueryResult<Vec<AttachmentInfo>> {
    attachments::table
        .inner_join(comments::table)
        .filter(comments::pact_id.eq(pact_id))
        .order(attachments::id)
        .select(INFO_COLUMNS)
        .load::<InfoRow>(conn)?
        .into_iter()
        .map(info)
        .collect()
}

/// Removes a file sent with a proposal (not with an answer).
pub fn remove_from_proposal(conn: &mut DbConn, proposal_id: i64, id: i64) -> QueryResult<bool> {
    diesel::delete(
        attachments::table
            .filter(attachments::id.eq(id))
            .filter(attachments::proposal_id.eq(proposal_id))
            .filter(attachments::context.eq("proposal")),
    )
    .execute(conn)
    .map(|n| n == 1)
}

/// An attachment with its bytes and what decides who may read it.
#[derive(Debug, Clone)]
pub struct Stored {
    /// Its description.
    pub info: AttachmentInfo,
    /// The bytes.
    pub data: Vec<u8>,
    /// For a proposal's or an answer's file: the proposal's author, city
    /// and pact (once submitted).
    pub proposal: Option<(i64, i64, Option<i64>)>,
}

/// An attachment by id.
pub fn get(conn: &mut DbConn, id: i64) -> QueryResult<Option<Stored>> {
    let Some((row, data)) = attachments::table
        .find(id)
        .select((INFO_COLUMNS, attachments::data))
        .first::<(InfoRow, Vec<u8>)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let info = info(row)?;
    let proposal = match info.owner {
        Owner::Proposal(p) | Owner::Answer(p) => Some(
            proposals::table
                .find(p)
                .select((proposals::user_id, proposals::city_id, proposals::pact_id))
                .first(conn)?,
        ),
        Owner::Comment(_) => None,
    };
    Ok(Some(Stored {
        info,
        data,
        proposal,
    }))
}

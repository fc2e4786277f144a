//! Files attached to proposals, to answers to requests for documents and to
//! public comments: reading an upload, the author's page of a proposal's
//! files, and the download, served only to those allowed to see the file
//! ([`may_download`] is the one place that decides).

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use super::extract::{Ctx, Path};
use super::see_other;
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::attachments::{Owner, Stored};
use crate::db::users::User;
use crate::domain::attachment::{CheckedFile, FileError, MAX_FILES_PER_PROPOSAL, check};
use crate::domain::lifecycle::Status;
use crate::error::{AppError, Message};
use crate::views::attachments as view;

/// A file as uploaded, checked.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    /// What was checked: name, type, size, hash.
    pub file: CheckedFile,
    /// The bytes.
    pub data: Vec<u8>,
}

/// A multipart form: its text fields, its files (checked) and the first
/// problem with a file, if any.
#[derive(Debug, Default)]
pub struct Upload {
    /// Text fields, in order.
    pub fields: Vec<(String, String)>,
    /// Accepted files.
    pub files: Vec<UploadedFile>,
    /// The first refused file: its name and why.
    pub refused: Option<(String, FileError)>,
}

impl Upload {
    /// The value of a text field, or "".
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Reads a multipart form. File inputs left empty are skipped; files are
/// checked (type from content, size) as they come.
pub async fn read_upload(
    mut multipart: axum::extract::Multipart,
    max_bytes: usize,
) -> Result<Upload, AppError> {
    let bad = |_| AppError::BadRequest(Message::new("error-bad-form"));
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or_default().to_owned();
        let Some(filename) = field.file_name().map(str::to_owned) else {
            let value = field.text().await.map_err(bad)?;
            upload.fields.push((name, value));
            continue;
        };
        let data = field.bytes().await.map_err(bad)?;
        if filename.is_empty() && data.is_empty() {
            continue;
        }
        match check(&filename, &data, max_bytes) {
            Ok(file) => upload.files.push(UploadedFile {
                file,
                data: data.to_vec(),
            }),
            Err(e) => {
                upload.refused.get_or_insert((filename, e));
            }
        }
    }
    Ok(upload)
}

/// A form with or without files: `multipart/form-data` is read with
/// [`read_upload`], a plain form gives its fields and no file.
impl axum::extract::FromRequest<AppState> for Upload {
    type Rejection = AppError;

    async fn from_request(
        request: axum::extract::Request,
        state: &AppState,
    ) -> Result<Self, AppError> {
        let bad = || AppError::BadRequest(Message::new("error-bad-form"));
        let multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| multer::parse_boundary(v).is_ok());
        if multipart {
            let multipart = axum::extract::Multipart::from_request(request, state)
                .await
                .map_err(|_| bad())?;
            read_upload(multipart, state.config.max_upload_bytes()).await
        } else {
            let axum::Form(fields) =
                axum::Form::<Vec<(String, String)>>::from_request(request, state)
                    .await
                    .map_err(|_| bad())?;
            Ok(Upload {
                fields,
                ..Upload::default()
            })
        }
    }
}

/// Whether `user` may download this file: a comment's files are public
/// like the comment; a proposal's and an answer's files are for the author,
/// the pact's other proponents and the city's staff.
pub fn may_download(
    conn: &mut db::DbConn,
    user: Option<&User>,
    stored: &Stored,
) -> Result<bool, AppError> {
    let Some((author, city_id, pact_id)) = stored.proposal else {
        return Ok(matches!(stored.info.owner, Owner::Comment(_)));
    };
    let Some(user) = user else { return Ok(false) };
    if user.id == author || user.subject().is_staff_of(city_id) {
        return Ok(true);
    }
    match pact_id {
        Some(pact_id) => Ok(db::versions::is_proponent(conn, pact_id, user.id)?),
        None => Ok(false),
    }
}

/// `GET /attachments/{id}`: the file, as a download, to those allowed.
pub async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let stored = state
        .db(move |conn| {
            let stored = db::attachments::get(conn, id)?.ok_or(AppError::NotFound)?;
            if !may_download(conn, viewer.user.as_ref(), &stored)? {
                return Err(match viewer.user {
                    Some(_) => AppError::Forbidden(Message::new("error-forbidden")),
                    None => AppError::Forbidden(Message::new("error-sign-in-needed")),
                });
            }
            Ok(stored)
        })
        .await?;
    let disposition = format!(
        "attachment; filename=\"{}\"; filename*=UTF-8''{}",
        ascii_name(&stored.info.filename),
        utf8_percent(&stored.info.filename)
    );
    let public = matches!(stored.info.owner, Owner::Comment(_));
    Ok((
        [
            (header::CONTENT_TYPE, stored.info.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CACHE_CONTROL,
                if public {
                    "public, max-age=3600"
                } else {
                    "private, no-store"
                }
                .to_owned(),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".to_owned(),
            ),
            (header::ETAG, format!("\"{}\"", stored.info.sha256)),
        ],
        stored.data,
    )
        .into_response())
}

/// The name with anything outside printable ASCII replaced, for old clients.
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '"' && *c != '\\')
        .collect()
}

/// RFC 5987 encoding of a UTF-8 file name.
fn utf8_percent(name: &str) -> String {
    use std::fmt::Write as _;
    name.bytes().fold(String::new(), |mut out, b| {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
        out
    })
}

/// What the author can do with a proposal's files now: add while the
/// proposal is not yet signed, remove while it is a draft.
fn proposal_rights(status: Option<Status>) -> (bool, bool) {
    match status {
        None => (true, true),
        Some(s) => (Status::BEFORE_SIGNATURE.contains(&s), false),
    }
}

/// The author's proposal, its pact's status and its files.
async fn load_own(
    state: &AppState,
    user_id: i64,
    id: i64,
) -> Result<
    (
        db::proposals::Proposal,
        Option<Status>,
        Vec<db::attachments::AttachmentInfo>,
    ),
    AppError,
> {
    state
        .db(move |conn| {
            let proposal = db::proposals::find_own(conn, id, user_id)?.ok_or(AppError::NotFound)?;
            let status = match proposal.pact_id {
                Some(pact_id) => Some(db::pacts::status_of(conn, pact_id)?),
                None => None,
            };
            let files = db::attachments::of_proposal(conn, id)?;
            Ok((proposal, status, files))
        })
        .await
}

/// `GET /proposals/{id}/attachments`: the author's page of the proposal's
/// files.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Markup, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let (proposal, status, files) = load_own(&state, user.id, id).await?;
    let (add, remove) = proposal_rights(status);
    Ok(view::proposal_files(
        &ctx,
        &view::ProposalFiles {
            id,
            title: &proposal.fields.title,
            files: &files,
            can_add: add,
            can_remove: remove,
            max_mb: state.config.max_upload_mb,
            error: None,
        },
    ))
}

/// `POST /proposals/{id}/attachments`: adds files to the proposal.
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    upload: Upload,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let (proposal, status, files) = load_own(&state, user.id, id).await?;
    let (can_add, can_remove) = proposal_rights(status);
    if !can_add {
        return Err(AppError::BadRequest(Message::new("error-not-now")));
    }
    let error = match (&upload.refused, upload.files.len()) {
        (Some((name, e)), _) => {
            Some(Message::new(e.key()).arg("name", crate::i18n::Arg::Str(name.clone())))
        }
        (None, 0) => Some(Message::new("attachment-error-none")),
        (None, n) if files.len() + n > MAX_FILES_PER_PROPOSAL => {
            Some(Message::new("attachment-error-too-many").arg(
                "max",
                crate::i18n::Arg::Num(i64::try_from(MAX_FILES_PER_PROPOSAL).unwrap_or(0)),
            ))
        }
        _ => None,
    };
    if let Some(error) = error {
        let page = view::proposal_files(
            &ctx,
            &view::ProposalFiles {
                id,
                title: &proposal.fields.title,
                files: &files,
                can_add,
                can_remove,
                max_mb: state.config.max_upload_mb,
                error: Some(&error),
            },
        );
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let now = state.clock.now();
    let user_id = user.id;
    state
        .db(move |conn| {
            db::transaction(conn, |conn| {
                for f in &upload.files {
                    db::attachments::insert(
                        conn,
                        Owner::Proposal(id),
                        user_id,
                        &f.file,
                        &f.data,
                        now,
                    )?;
                }
                Ok::<_, diesel::result::Error>(())
            })?;
            Ok(())
        })
        .await?;
    Ok(see_other(&format!("/proposals/{id}/attachments")))
}

/// `POST /proposals/{id}/attachments/{file}/remove`: removes a file from a
/// draft.
pub async fn remove(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let user = viewer.user.ok_or(AppError::NotFound)?;
    let (_, status, _) = load_own(&state, user.id, id).await?;
    if !proposal_rights(status).1 {
        return Err(AppError::BadRequest(Message::new("error-not-now")));
    }
    let removed = state
        .db(move |conn| Ok(db::attachments::remove_from_proposal(conn, id, file)?))
        .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/proposals/{id}/attachments")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_encoded_for_the_content_disposition() {
        assert_eq!(utf8_percent("Plan été.pdf"), "Plan%20%C3%A9t%C3%A9.pdf");
        assert_eq!(ascii_name("Plan \"été\".pdf"), "Plan _t_.pdf");
    }
}

//! Attachments: documents and photos sent with a proposal, an answer to a
//! request for documents, or a public comment.
//!
//! A file's type is read from its first bytes, never from what the browser
//! claims or from its name, and only a short list of types is accepted:
//! PDF, images (PNG, JPEG, WebP) and office documents (OpenDocument text and
//! spreadsheet, Word and Excel). The name is kept for the download, cleaned
//! of paths and control characters.

use sha2::{Digest, Sha256};

/// Most files on one proposal.
pub const MAX_FILES_PER_PROPOSAL: usize = 20;
/// Longest kept file name, in characters.
const MAX_NAME_CHARS: usize = 120;

/// The accepted types: MIME type and usual extension.
pub const ALLOWED: &[(&str, &str)] = &[
    ("application/pdf", "pdf"),
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/webp", "webp"),
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
];

/// A file ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    /// Cleaned name.
    pub filename: String,
    /// MIME type read from the content.
    pub content_type: &'static str,
    /// Size in bytes.
    pub size: i64,
    /// SHA-256 of the content, lower-case hexadecimal.
    pub sha256: String,
}

/// Why a file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// Larger than allowed.
    #[error("the file is too large")]
    TooLarge,
    /// Not one of [`ALLOWED`].
    #[error("this type of file is not accepted")]
    NotAllowed,
}

impl FileError {
    /// The message key.
    pub fn key(self) -> &'static str {
        match self {
            FileError::Empty => "attachment-error-empty",
            FileError::TooLarge => "attachment-error-too-large",
            FileError::NotAllowed => "attachment-error-type",
        }
    }
}

/// The type of a file from its first bytes, if accepted.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let kind = infer::get(bytes)?;
    ALLOWED
        .iter()
        .find(|(mime, _)| *mime == kind.mime_type())
        .map(|(mime, _)| *mime)
}

/// The name kept for a file: its last path component, without control
/// characters or quotes, at most [`MAX_NAME_CHARS`], with the extension of
/// its real type when it has none.
pub fn clean_name(name: &str, content_type: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\'' | ';'))
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let extension = ALLOWED
        .iter()
        .find(|(mime, _)| *mime == content_type)
        .map_or("bin", |(_, ext)| *ext);
    if cleaned.is_empty() {
        "document".clone_into(&mut cleaned);
    }
    if !cleaned.contains('.') {
        cleaned = format!("{cleaned}.{extension}");
    }
    cleaned
}

/// Checks a file against the size limit and the accepted types.
pub fn check(name: &str, bytes: &[u8], max_bytes: usize) -> Result<CheckedFile, FileError> {
    if bytes.is_empty() {
        return Err(FileError::Empty);
    }
    if bytes.len() > max_bytes {
        return Err(FileError::TooLarge);
    }
    let content_type = sniff(bytes).ok_or(FileError::NotAllowed)?;
    Ok(CheckedFile {
        filename: clean_name(name, content_type),
        content_type,
        size: i64::try_from(bytes.len()).map_err(|_| FileError::TooLarge)?,
        sha256: hex::encode(Sha256::digest(bytes)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
    ];

    #[test]
    fn the_type_comes_from_the_content_not_the_name() {
        let file = check("devis.png", PDF, 1000).expect("a PDF");
        assert_eq!(file.content_type, "application/pdf");
        assert_eq!(file.filename, "devis.png");
        assert_eq!(
            check("photo", PNG, 1000).expect("png").filename,
            "photo.png"
        );
        assert_eq!(
            check("page.pdf", b"<html><script>alert(1)</script>", 1000),
            Err(FileError::NotAllowed)
        );
        assert_eq!(
            check("a.exe", b"MZ\x90\x00\x03\x00\x00\x00", 1000),
            Err(FileError::NotAllowed)
        );
    }

    #[test]
    fn size_limits_and_empty_files_are_refused() {
        assert_eq!(check("a.pdf", PDF, 10), Err(FileError::TooLarge));
        assert_eq!(check("a.pdf", b"", 10), Err(FileError::Empty));
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_bytes() {
        let file = check("a.pdf", PDF, 1000).expect("a PDF");
        assert_eq!(file.sha256, hex::encode(Sha256::digest(PDF)));
        assert_eq!(file.size, i64::try_from(PDF.len()).expect("small"));
    }

    #[test]
    fn names_lose_paths_and_control_characters() {
        assert_eq!(
            clean_name("C:\\Users\\x\\plan du site.pdf", "application/pdf"),
            "plan du site.pdf"
        );
        assert_eq!(
            clean_name("../../etc/passwd", "application/pdf"),
            "passwd.pdf"
        );
        assert_eq!(clean_name("a\r\nb\";.pdf", "application/pdf"), "ab.pdf");
        assert_eq!(clean_name("...", "image/png"), "document.png");
        assert_eq!(
            clean_name(&"é".repeat(300), "image/png").chars().count(),
            MAX_NAME_CHARS + 4
        );
    }
}

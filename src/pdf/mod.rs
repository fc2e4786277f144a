//! The agreement PDF, made by Pacta itself with printpdf: A4, DejaVu fonts
//! embedded and subset, justified text, headers and "i / N" footers, a
//! signature page with the SHA-256 of the signed text, the verification
//! code and a QR code of the verification URL, and an audit page.
//!
//! The same agreement always gives the same bytes: the document's dates
//! come from the agreement, its font ids and trailer `/ID` are fixed.

pub mod agreement;
pub mod layout;

pub use agreement::{Agreement, render};

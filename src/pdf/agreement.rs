//! What an agreement PDF holds, and its rendering.
//!
//! [`Agreement`] is plain data, so that the same renderer serves pacts from
//! the database and `pacta pdf render --input FILE.json`: its JSON form is
//! that of `../shared/data/sample-agreement.json`, with optional `kind`,
//! `verification_code`, `history`, `language` and `issued_at`.

use chrono::{DateTime, Utc};
use printpdf::{PdfDocument, PdfFont, PdfSaveOptions};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::layout::{Face, FontSet, Style, Writer};
use crate::domain::text::Article;
use crate::i18n::{Arg, Lang};

/// The commons of the agreement.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CommonsInfo {
    /// Name.
    pub name: String,
    /// What it is.
    #[serde(default)]
    pub kind: String,
    /// Address.
    #[serde(default)]
    pub address: String,
}

/// A party and who represents it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartyInfo {
    /// Name (for a private person, what they chose to publish in the public
    /// edition).
    pub name: String,
    /// Kind of party.
    #[serde(default)]
    pub kind: String,
    /// Role in the pact.
    #[serde(default)]
    pub role: String,
    /// Who represents it.
    #[serde(default)]
    pub representative: String,
}

/// A signature, as the signature page lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignatureInfo {
    /// Who signed.
    pub name: String,
    /// In which capacity, for which party.
    #[serde(default)]
    pub role: String,
    /// When, RFC 3339 (shown in UTC).
    pub signed_at: String,
    /// From which address (not printed in the public edition).
    #[serde(default)]
    pub ip: String,
    /// How the signatory was identified.
    #[serde(default)]
    pub method: String,
}

/// An entry of the audit page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When, RFC 3339 or as it should be printed.
    pub at: String,
    /// What happened.
    pub what: String,
}

/// Everything the agreement PDF shows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Agreement {
    /// Pact number.
    pub number: String,
    /// Title.
    pub title: String,
    /// The city's name.
    pub city: String,
    /// Kind of pact, as printed ("Pacte de collaboration ordinaire").
    #[serde(default)]
    pub kind: String,
    /// The commons.
    pub commons: CommonsInfo,
    /// The parties.
    pub parties: Vec<PartyInfo>,
    /// The articles of the signed version.
    pub articles: Vec<Article>,
    /// The signatures.
    pub signatures: Vec<SignatureInfo>,
    /// SHA-256 of the signed version's canonical text.
    pub document_sha256: String,
    /// Where anyone checks the agreement.
    pub verify_url: String,
    /// The short verification code.
    #[serde(default)]
    pub verification_code: String,
    /// The pact's history, for the audit page.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    /// Language of the labels: `fr` (default), `it` or `en`.
    #[serde(default)]
    pub language: Option<String>,
    /// The document's date, RFC 3339; by default the last signature's.
    #[serde(default)]
    pub issued_at: Option<String>,
    /// Where Pacta finds what the document was made from
    /// (`city/number/version`), written in the PDF's information
    /// dictionary as `PactaRef`, so that an uploaded copy can be rendered
    /// again and compared byte for byte.
    #[serde(default)]
    pub reference: Option<String>,
}

/// `2025-03-14T09:12:37+01:00` → `14/03/2025 08:12:37 UTC` (day first in
/// French and Italian); anything else as it is.
fn utc(lang: Lang, at: &str) -> String {
    match DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let t = t.with_timezone(&Utc);
            let format = if lang == Lang::En {
                "%Y-%m-%d %H:%M:%S UTC"
            } else {
                "%d/%m/%Y %H:%M:%S UTC"
            };
            t.format(format).to_string()
        }
        Err(_) => at.to_owned(),
    }
}

impl Agreement {
    /// Every text the document prints from the agreement.
    fn all_text(&self) -> impl Iterator<Item = &str> {
        [
            &self.number,
            &self.title,
            &self.city,
            &self.kind,
            &self.document_sha256,
            &self.verify_url,
            &self.verification_code,
        ]
        .into_iter()
        .chain([
            &self.commons.name,
            &self.commons.kind,
            &self.commons.address,
        ])
        .map(String::as_str)
        .chain(
            self.parties
                .iter()
                .flat_map(|p| [&p.name, &p.kind, &p.role, &p.representative].map(String::as_str)),
        )
        .chain(self.articles.iter().flat_map(|a| {
            std::iter::once(a.heading.as_str()).chain(a.paragraphs.iter().map(String::as_str))
        }))
        .chain(
            self.signatures
                .iter()
                .flat_map(|s| [&s.name, &s.role, &s.method, &s.ip].map(String::as_str)),
        )
        .chain(
            self.history
                .iter()
                .flat_map(|h| [&h.at, &h.what].map(String::as_str)),
        )
    }

    fn lang(&self) -> Lang {
        self.language
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(Lang::Fr)
    }

    /// The document's date: `issued_at`, else the last signature, else the
    /// Unix epoch (never the clock: the same agreement, the same bytes).
    fn issued(&self) -> i64 {
        self.issued_at
            .iter()
            .chain(self.signatures.iter().map(|s| &s.signed_at))
            .filter_map(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.timestamp())
            .max()
            .unwrap_or(0)
    }
}

const TITLE: Style = Style::new(Face::Bold, 16.0);
const SECTION: Style = Style::new(Face::Bold, 12.5);
const HEADING: Style = Style::new(Face::Bold, 10.5);
const BODY: Style = Style::new(Face::Regular, 10.0);
const NAME: Style = Style::new(Face::Bold, 10.0);
const SMALL: Style = Style::new(Face::Regular, 8.5);

fn front(w: &mut Writer, a: &Agreement, lang: Lang) {
    w.paragraph(SMALL, &a.city.to_uppercase(), 0.0, false);
    w.space(6.0);
    if !a.kind.is_empty() {
        w.paragraph(HEADING, &a.kind, 0.0, false);
    }
    w.paragraph(TITLE, &a.title, 0.0, false);
    w.space(4.0);
    w.paragraph(
        BODY,
        &lang.t_args("pdf-number", &[("number", Arg::Str(a.number.clone()))]),
        0.0,
        false,
    );
    w.rule();
    w.heading(SECTION, &lang.t("pdf-parties"), 3.0 * BODY.leading);
    for party in &a.parties {
        w.space(3.0);
        w.paragraph(NAME, &party.name, 0.0, false);
        let what = [party.kind.as_str(), party.role.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        if !what.is_empty() {
            w.paragraph(BODY, &what, 12.0, false);
        }
        if !party.representative.is_empty() {
            let line = lang.t_args(
                "pdf-represented-by",
                &[("name", Arg::Str(party.representative.clone()))],
            );
            w.paragraph(BODY, &line, 12.0, false);
        }
    }
    w.space(6.0);
    w.heading(SECTION, &lang.t("pdf-commons"), 3.0 * BODY.leading);
    w.paragraph(NAME, &a.commons.name, 0.0, false);
    for line in [&a.commons.kind, &a.commons.address] {
        if !line.is_empty() {
            w.paragraph(BODY, line, 0.0, false);
        }
    }
    w.rule();
}

fn articles(w: &mut Writer, a: &Agreement) {
    for article in &a.articles {
        w.space(6.0);
        w.heading(HEADING, &article.heading, 2.0 * BODY.leading);
        for paragraph in &article.paragraphs {
            w.space(2.0);
            w.paragraph(BODY, paragraph, 0.0, true);
        }
    }
}

fn signatures(w: &mut Writer, a: &Agreement, lang: Lang, public: bool) {
    w.new_page();
    w.paragraph(SECTION, &lang.t("pdf-signatures"), 0.0, false);
    w.space(4.0);
    for s in &a.signatures {
        w.ensure(5.0 * BODY.leading);
        w.space(4.0);
        w.paragraph(NAME, &s.name, 0.0, false);
        if !s.role.is_empty() {
            w.paragraph(BODY, &s.role, 12.0, false);
        }
        w.paragraph(
            BODY,
            &lang.t_args(
                "pdf-signed-at",
                &[("at", Arg::Str(utc(lang, &s.signed_at)))],
            ),
            12.0,
            false,
        );
        if !s.method.is_empty() {
            w.paragraph(
                BODY,
                &lang.t_args("pdf-identified", &[("method", Arg::Str(s.method.clone()))]),
                12.0,
                false,
            );
        }
        if !public && !s.ip.is_empty() {
            w.paragraph(
                SMALL,
                &lang.t_args("pdf-ip", &[("ip", Arg::Str(s.ip.clone()))]),
                12.0,
                false,
            );
        }
    }
    w.rule();
    w.heading(HEADING, &lang.t("pdf-integrity"), 4.0 * BODY.leading);
    w.paragraph(BODY, &lang.t("pdf-sha256"), 0.0, false);
    w.paragraph(NAME, &a.document_sha256, 12.0, false);
    if !a.verification_code.is_empty() {
        w.paragraph(
            BODY,
            &lang.t_args(
                "pdf-code",
                &[("code", Arg::Str(a.verification_code.clone()))],
            ),
            0.0,
            false,
        );
    }
    w.paragraph(BODY, &lang.t("pdf-verify"), 0.0, false);
    w.paragraph(BODY, &a.verify_url, 12.0, false);
    w.space(6.0);
    w.qr(&a.verify_url, 110.0);
}

fn audit(w: &mut Writer, a: &Agreement, lang: Lang) {
    if a.history.is_empty() {
        return;
    }
    w.new_page();
    w.paragraph(SECTION, &lang.t("pdf-history"), 0.0, false);
    w.space(4.0);
    for entry in &a.history {
        w.space(2.0);
        w.paragraph(
            BODY,
            &format!("{} — {}", utc(lang, &entry.at), entry.what),
            0.0,
            false,
        );
    }
}

/// Puts the small faces' programs in deflated, as deflated once per
/// process, so that only the pages' own streams are deflated per document;
/// and names them as the subsets they are (`DJVSAN+DejaVuSans`), which
/// printpdf does only for fonts it subsets itself.
fn put_deflated_fonts(doc: &mut lopdf::Document) {
    let programs = super::layout::fonts().deflated_programs();
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Dictionary(dict) = object {
            for key in [b"BaseFont".as_slice(), b"FontName".as_slice()] {
                if let Ok(lopdf::Object::Name(name)) = dict.get_mut(key)
                    && !name.contains(&b'+')
                {
                    let tag: &[u8] = if name.ends_with(b"Bold") {
                        b"DJVSBD+"
                    } else {
                        b"DJVSAN+"
                    };
                    name.splice(0..0, tag.iter().copied());
                }
            }
        }
    }
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.dict.get(b"Filter").is_err()
            && let Some((_, deflated)) = programs.iter().find(|(raw, _)| *raw == stream.content)
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(deflated.clone());
        }
    }
}

/// Deflates every stream not yet compressed (the pages' contents), at the
/// fastest level: lopdf's own `compress` uses the slowest, which cost two
/// thirds of the rendering time; the fonts, the bulk of the file, come
/// deflated at the best level once per process.
fn compress(doc: &mut lopdf::Document) -> Result<(), lopdf::Error> {
    use std::io::Write as _;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            encoder.write_all(&stream.content)?;
            let compressed = encoder.finish()?;
            if compressed.len() < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
    Ok(())
}

/// The agreement as PDF bytes. `public`: the public edition, without the
/// signatories' network addresses (parties are named as given: the caller
/// reduces private persons to what they chose to publish).
pub fn render(a: &Agreement, public: bool) -> Result<Vec<u8>, lopdf::Error> {
    let lang = a.lang();
    let set = if a.all_text().all(super::layout::in_repertoire) {
        FontSet::Small
    } else {
        FontSet::Full
    };
    let mut w = Writer::new(set);
    front(&mut w, a, lang);
    articles(&mut w, a);
    signatures(&mut w, a, lang, public);
    audit(&mut w, a, lang);
    let header = format!("{} · {}", a.city, a.number);
    let pages = w.finish(&header, |page, pages| {
        lang.t_args(
            "pdf-page",
            &[
                ("page", Arg::Num(i64::try_from(page).unwrap_or(0))),
                ("pages", Arg::Num(i64::try_from(pages).unwrap_or(0))),
            ],
        )
    });

    let mut doc = PdfDocument::new(&a.title);
    for (id, font) in super::layout::fonts().faces(set) {
        doc.resources
            .fonts
            .map
            .insert(id, PdfFont::new(font.clone()));
    }
    let date = printpdf::OffsetDateTime::from_unix_timestamp(a.issued())
        .or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0))
        .unwrap_or_else(|_| unreachable!("the Unix epoch is a valid date"));
    let info = &mut doc.metadata.info;
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.document_title.clone_from(&a.title);
    info.identifier.clone_from(&a.number);
    "Pacta".clone_into(&mut info.creator);
    "Pacta".clone_into(&mut info.producer);
    let doc = doc.with_pages(pages);
    let options = PdfSaveOptions {
        subset_fonts: set == FontSet::Full,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    if set == FontSet::Small {
        put_deflated_fonts(&mut lo);
    }
    if let Some(reference) = &a.reference
        && let Ok(info) = lo
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
        && let Ok(lopdf::Object::Dictionary(dict)) = lo.get_object_mut(info)
    {
        dict.set(
            "PactaRef",
            lopdf::Object::string_literal(reference.as_str()),
        );
    }
    // printpdf draws a random /ID; ours follows from the content.
    let id = Sha256::digest(format!("{}\n{}\n{public}", a.number, a.document_sha256).as_bytes());
    let id = lopdf::Object::String(id[..16].to_vec(), lopdf::StringFormat::Hexadecimal);
    lo.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    compress(&mut lo)?;
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)?;
    Ok(bytes)
}

/// The `PactaRef` of a PDF made by Pacta, if `bytes` are one: read from its
/// information dictionary (a file of at most a few megabytes, parsed with
/// a limit on what its streams may inflate to).
pub fn reference_of(bytes: &[u8]) -> Option<String> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(64 << 20),
        ..lopdf::LoadOptions::default()
    };
    let doc = lopdf::Document::load_mem_with_options(bytes, options).ok()?;
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .ok()?;
    let dict = doc.get_dictionary(info).ok()?;
    let value = dict.get(b"PactaRef").and_then(lopdf::Object::as_str).ok()?;
    String::from_utf8(value.to_vec()).ok()
}

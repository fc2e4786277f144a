//! The agreement PDF: rendered from the sample agreement (a realistic
//! five-page French pact), parsed back, its text extracted with poppler's
//! `pdftotext`, its fonts listed with `pdffonts`, its QR code decoded with
//! `zbarimg`.
//!
//! The checks that need those tools (Debian: poppler-utils, zbar-tools)
//! say they skipped when the tools are missing, unless `PACTA_PDF_TESTS=1`,
//! as in `.ci/run`, where their absence fails them.

mod common;

use common::{pdf_tool as tool, written};
use pacta::pdf::{Agreement, render};

fn sample() -> Agreement {
    let json = include_str!("../fixtures/agreements/sample-agreement.json");
    serde_json::from_str(json).expect("the sample agreement")
}

#[test]
fn the_same_agreement_gives_the_same_bytes_small_and_parseable() {
    let a = render(&sample(), false).expect("rendered");
    let b = render(&sample(), false).expect("rendered");
    assert_eq!(a, b, "deterministic");
    assert!(a.len() < 100 * 1024, "{} bytes", a.len());
    let doc = lopdf::Document::load_mem(&a).expect("a PDF lopdf parses");
    assert!(
        doc.get_pages().len() >= 5,
        "{} pages",
        doc.get_pages().len()
    );
    let public = render(&sample(), true).expect("rendered");
    assert_ne!(a, public, "the public edition is another document");
}

#[test]
fn pdftotext_finds_every_party_heading_accent_and_the_hash() {
    let agreement = sample();
    let file = written(&render(&agreement, false).expect("rendered"));
    let path = file.path().to_str().expect("a UTF-8 path");
    let Some(text) = tool("pdftotext", &["-layout", path, "-"]) else {
        return;
    };
    // Lines are justified and wrapped: compare with white space collapsed.
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = squeeze(&text);
    for party in &agreement.parties {
        assert!(
            flat.contains(&squeeze(&party.name)),
            "party {:?}",
            party.name
        );
    }
    for article in &agreement.articles {
        assert!(
            flat.contains(&squeeze(&article.heading)),
            "heading {:?}",
            article.heading
        );
    }
    for accented in ["é", "è", "ê", "à", "ç", "É", "’", "«", "€", "œ"] {
        let expected = agreement
            .articles
            .iter()
            .any(|a| a.paragraphs.iter().any(|p| p.contains(accented)))
            || agreement.title.contains(accented);
        if expected {
            assert!(flat.contains(accented), "{accented} is extracted");
        }
    }
    assert!(flat.contains(&agreement.document_sha256));
    assert!(flat.contains("Page 1 / "), "footers");
    assert!(
        flat.contains("203.0.113.24"),
        "the full edition has the addresses"
    );
}

#[test]
fn the_public_edition_leaves_out_network_addresses() {
    let file = written(&render(&sample(), true).expect("rendered"));
    let Some(text) = tool("pdftotext", &[file.path().to_str().expect("path"), "-"]) else {
        return;
    };
    assert!(!text.contains("203.0.113.24"));
    assert!(text.contains("Hélène Garnier"));
}

#[test]
fn fonts_are_embedded_and_subset() {
    let file = written(&render(&sample(), false).expect("rendered"));
    let Some(fonts) = tool("pdffonts", &[file.path().to_str().expect("path")]) else {
        return;
    };
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(cols[0].contains("+DejaVuSans"), "{row}");
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "embedded, subset, unicode: {row}"
        );
    }
}

#[test]
fn the_qr_code_decodes_to_the_verification_url() {
    let agreement = sample();
    let bytes = render(&agreement, false).expect("rendered");
    let pages = lopdf::Document::load_mem(&bytes)
        .expect("parsed")
        .get_pages()
        .len()
        .to_string();
    let file = written(&bytes);
    let dir = tempfile::tempdir().expect("a folder");
    let prefix = dir.path().join("page");
    let prefix = prefix.to_str().expect("path");
    // The signature page comes before the audit page (none in the sample).
    if tool(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-f",
            &pages,
            "-l",
            &pages,
            file.path().to_str().expect("path"),
            prefix,
        ],
    )
    .is_none()
    {
        return;
    }
    let image = std::fs::read_dir(dir.path())
        .expect("listed")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("a rendered page");
    let Some(decoded) = tool("zbarimg", &["-q", "--raw", image.to_str().expect("path")]) else {
        return;
    };
    assert_eq!(decoded.trim(), agreement.verify_url);
}

#[test]
fn names_beyond_french_and_italian_letters_are_drawn_too() {
    let mut agreement = sample();
    agreement.parties[2].name = "Łukasz Wąsik, Δημήτρης Παπαδόπουλος".into();
    let bytes = render(&agreement, false).expect("rendered");
    assert!(bytes.len() < 100 * 1024);
    let file = written(&bytes);
    let Some(text) = tool("pdftotext", &[file.path().to_str().expect("path"), "-"]) else {
        return;
    };
    assert!(
        text.contains("Łukasz Wąsik, Δημήτρης Παπαδόπουλος"),
        "the full fonts, subset for it"
    );
}

#[tokio::test]
async fn a_version_of_a_pact_downloads_as_its_agreement_pdf() {
    let app = common::TestApp::with_demo();
    let json = app.json("/api/v1/cities/valmont/pacts/2025-0001").await;
    let number = json["version"]["number"].as_i64().expect("a version");
    let sha256 = json["version"]["sha256"].as_str().expect("hash").to_owned();
    let uri = format!("/cities/valmont/pacts/2025-0001/versions/{number}/pdf");
    let first = app.get(&uri).await;
    assert_eq!(first.status, axum::http::StatusCode::OK);
    assert_eq!(first.header("content-type"), Some("application/pdf"));
    assert!(
        first
            .header("content-disposition")
            .is_some_and(|d| d.contains("pacte-2025-0001"))
    );
    assert_eq!(
        app.get(&uri).await.bytes,
        first.bytes,
        "the same pact, the same bytes"
    );
    lopdf::Document::load_mem(&first.bytes).expect("a PDF");
    let file = written(&first.bytes);
    let Some(text) = tool("pdftotext", &[file.path().to_str().expect("path"), "-"]) else {
        return;
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&sha256), "the version's fingerprint");
    assert!(flat.contains("Jardin partagé des Tilleuls"));
    for party in json["parties"].as_array().expect("parties") {
        match party["name"].as_str() {
            Some(name) => assert!(
                flat.contains(&name.split_whitespace().collect::<Vec<_>>().join(" ")),
                "{name}"
            ),
            None => assert!(
                flat.contains("Un habitant ou une habitante"),
                "a private person, unnamed"
            ),
        }
    }
    assert!(
        flat.contains("Amélie F."),
        "a resident as she chose to be published"
    );
    assert!(!flat.contains("Fontaine-Roux"), "never by her full name");
    let page = app.get("/cities/valmont/pacts/2025-0001").await;
    assert!(page.body.contains(&uri), "linked from the pact page");
    assert_eq!(
        app.get("/cities/valmont/pacts/2025-0001/versions/99/pdf")
            .await
            .status,
        axum::http::StatusCode::NOT_FOUND
    );
}

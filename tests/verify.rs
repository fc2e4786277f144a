//! Verification: the code printed on an agreement, or the SHA-256 of its
//! text, names the pact and version and where the pact stands today.

mod common;

use axum::http::StatusCode;
use common::TestApp;

#[tokio::test]
async fn a_fingerprint_names_the_pact_its_version_and_its_status_today() {
    let app = TestApp::with_demo();
    let json = app.json("/api/v1/cities/valmont/pacts/2025-0001").await;
    let sha256 = json["version"]["sha256"].as_str().expect("hash").to_owned();
    let status = json["status"].as_str().expect("status").to_owned();
    let code = sha256[..12].to_uppercase();

    let by_hash = app.get(&format!("/verify?hash={sha256}")).await;
    assert_eq!(by_hash.status, StatusCode::OK);
    let found = by_hash.texts("article.found").join(" ");
    assert!(found.contains("2025-0001"), "{found}");
    assert!(found.contains(&sha256));
    let by_code = app
        .get(&format!(
            "/verify/{}-{}-{}",
            &code[..4],
            &code[4..8],
            &code[8..]
        ))
        .await;
    assert_eq!(
        by_code.texts("article.found h2"),
        by_hash.texts("article.found h2")
    );

    let api = app.json(&format!("/api/v1/verify/{code}")).await;
    assert_eq!(api["fingerprint"], sha256[..12]);
    assert_eq!(api["found"][0]["number"], "2025-0001");
    assert_eq!(api["found"][0]["status"], status);

    let unknown = app.get(&format!("/verify?hash={}", "0".repeat(64))).await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.texts("p.notice").join(" ").contains("Aucun texte"));
    let bad = app.get("/verify?hash=pas-un-code").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.texts(".field-error")[0].contains("hexadécimaux"));
    assert_eq!(
        app.get("/api/v1/verify/zz").await.status,
        StatusCode::BAD_REQUEST
    );

    // The agreement PDF of that version points to its verification page.
    let pdf = app
        .get("/cities/valmont/pacts/2025-0001/versions/1/pdf")
        .await;
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("a PDF");
    assert!(doc.get_pages().len() >= 2);
}

#[tokio::test]
async fn an_uploaded_pdf_is_compared_byte_for_byte_with_the_one_issued() {
    let app = TestApp::with_demo();
    let issued = app
        .get("/cities/valmont/pacts/2025-0001/versions/1/pdf")
        .await
        .bytes;
    let visitor = app.browser();
    let same = visitor
        .post_multipart("/verify", &[], &[("files", "pacte.pdf", &issued)])
        .await;
    assert_eq!(same.status, StatusCode::OK);
    assert!(
        same.texts("p.notice")
            .join(" ")
            .contains("identique, octet pour octet"),
        "{}",
        same.body
    );

    // One byte changed inside a stream: still a PDF naming the pact, altered.
    let mut altered = issued.clone();
    let stream = altered
        .windows(7)
        .position(|w| w == b"stream\n")
        .expect("a stream")
        + 40;
    altered[stream] ^= 0x01;
    let changed = visitor
        .post_multipart("/verify", &[], &[("files", "pacte.pdf", &altered)])
        .await;
    assert!(
        changed
            .texts("p.notice")
            .join(" ")
            .contains("il a été modifié"),
        "{}",
        changed.body
    );

    // A PDF Pacta did not issue, and a file that is no PDF at all.
    let json = include_str!("../fixtures/agreements/sample-agreement.json");
    let foreign =
        pacta::pdf::render(&serde_json::from_str(json).expect("sample"), true).expect("rendered");
    let other = visitor
        .post_multipart("/verify", &[], &[("files", "autre.pdf", &foreign)])
        .await;
    assert!(
        other
            .texts("p.notice")
            .join(" ")
            .contains("n’est pas un pacte délivré par Pacta")
    );
    let text = visitor
        .post_multipart("/verify", &[], &[("files", "note.txt", b"bonjour")])
        .await;
    assert_eq!(text.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn checking_files_is_limited_per_network_address() {
    let app = TestApp::new();
    let visitor = app.browser();
    for _ in 0..30 {
        let answer = visitor
            .post_multipart("/verify", &[], &[("files", "note.txt", b"bonjour")])
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let refused = visitor
        .post_multipart("/verify", &[], &[("files", "note.txt", b"bonjour")])
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    app.clock
        .set(common::test_now() + chrono::TimeDelta::minutes(11));
    let later = visitor
        .post_multipart("/verify", &[], &[("files", "note.txt", b"bonjour")])
        .await;
    assert_eq!(
        later.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the window has passed"
    );
}

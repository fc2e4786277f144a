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

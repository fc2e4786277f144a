//! The city's seal: made self-signed when the city configured none,
//! replaced by the PKCS#12 certificate an administrator uploads; a seal
//! that fails is shown as failed and retried later, never lost.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, with_conn};
use diesel::prelude::*;
use pacta::db::schema::{agreements, city_seals, pacts};
use pacta::db::signing::Edition;
use pacta::domain::account::Role;

/// An agreement issued for the demo's pact 2025-0001 (the sample PDF).
fn issued(app: &TestApp) -> i64 {
    let pdf = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/agreements/sample-agreement.json"
    ))
    .map(|json| {
        let agreement: pacta::pdf::Agreement = serde_json::from_slice(&json).expect("sample");
        pacta::pdf::render(&agreement, true).expect("rendered")
    })
    .expect("sample");
    with_conn(&app.state.pool, |conn| {
        let pact_id: i64 = pacts::table
            .filter(pacts::number.eq("2025-0001"))
            .select(pacts::id)
            .first(conn)
            .expect("pact");
        pacta::db::signing::insert_agreement(
            conn,
            (pact_id, 1),
            Edition::Public,
            &pdf,
            common::test_now(),
        )
        .expect("issued");
        pact_id
    })
}

fn seal_state(app: &TestApp) -> (String, i32, Option<String>) {
    with_conn(&app.state.pool, |conn| {
        agreements::table
            .select((
                agreements::seal_state,
                agreements::seal_attempts,
                agreements::seal_error,
            ))
            .first(conn)
            .expect("agreement")
    })
}

#[tokio::test]
async fn a_failed_seal_is_visible_and_retried_with_backoff() {
    let app = TestApp::with_demo();
    issued(&app);
    // The city's seal exists but its password no longer opens it.
    with_conn(&app.state.pool, |conn| {
        let city = pacta::db::cities::find(conn, "valmont")
            .expect("query")
            .expect("city");
        pacta::seal::ensure(conn, (city.id, &city.slug, &city.name), common::test_now())
            .expect("seal made");
        diesel::update(city_seals::table)
            .set(city_seals::password.eq("not the password"))
            .execute(conn)
            .expect("broken");
    });
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state).await.expect("ran"),
        0
    );
    let (state, attempts, error) = seal_state(&app);
    assert_eq!((state.as_str(), attempts), ("failed", 1));
    assert!(error.is_some_and(|e| e.contains("certificate")));
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let page = officer.get("/cities/valmont/pacts/2025-0001").await;
    assert!(
        page.body.contains("le scellement a échoué"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("the certificate cannot be used"),
        "the error, for the officer"
    );

    // Not retried before its delay; retried after, and sealed once the
    // certificate works again.
    with_conn(&app.state.pool, |conn| {
        diesel::delete(city_seals::table)
            .execute(conn)
            .expect("removed");
    });
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state).await.expect("ran"),
        0
    );
    assert_eq!(seal_state(&app).1, 1, "waits for its delay");
    app.clock
        .set(common::test_now() + chrono::TimeDelta::minutes(3));
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state).await.expect("ran"),
        1
    );
    assert_eq!(seal_state(&app), ("sealed".to_owned(), 2, None));
}

#[tokio::test]
async fn an_administrator_configures_the_citys_certificate() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "admin@valmont.example",
        "Nadia Admin",
        Role::Admin,
        Some("valmont"),
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    let page = admin.get("/admin/valmont/seal").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("auto-signé"), "self-signed at first");

    let certificate =
        pacta::seal::self_signed("Commune de Valmont (test)", common::test_now()).expect("made");
    let wrong = admin
        .post_multipart(
            "/admin/valmont/seal",
            &[("password", "wrong")],
            &[("pkcs12", "ville.p12", &certificate.pkcs12)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("n’est pas un certificat PKCS#12 utilisable")
    );

    let saved = admin
        .post_multipart(
            "/admin/valmont/seal",
            &[("password", &certificate.password)],
            &[("pkcs12", "ville.p12", &certificate.pkcs12)],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = admin.get("/admin/valmont/seal?saved=1").await;
    assert!(page.body.contains("Commune de Valmont (test)"));
    assert!(page.body.contains(&certificate.fingerprint));
    assert!(!page.body.contains("Pacta a créé un certificat auto-signé"));

    // Agreements are sealed with it from now on.
    issued(&app);
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state).await.expect("ran"),
        1
    );
    let self_signed: bool = with_conn(&app.state.pool, |conn| {
        city_seals::table
            .select(city_seals::self_signed)
            .first(conn)
            .expect("seal")
    });
    assert!(!self_signed);
}

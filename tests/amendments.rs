//! Amendments during the term: a party starts one, the text is drafted
//! while the signed text stays in force (on the page, in the API), an
//! officer submits it, a signing officer approves it, everyone signs
//! again, and the new version is in force for the same term; the
//! verification of the old version points to it. An amendment given up
//! leaves the text in force as it was, and the next starts from it.

mod common;

use axum::http::StatusCode;
use common::{
    Browser, TestApp, editor_fields, mail_to, pact_in_force, post_fields, set, signed_in,
    signing_officer,
};

async fn pact_json(app: &TestApp, number: &str) -> serde_json::Value {
    app.json(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await
}

fn mails(app: &TestApp, to: &str, start: &str) -> usize {
    mail_to(app, to)
        .iter()
        .filter(|(s, _)| s.starts_with(start))
        .count()
}

/// Rewrites the first article's body in the editor.
async fn rewrite(browser: &Browser<'_>, path: &str, body: &str) {
    let page = browser.get(&format!("{path}/edit")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut fields = editor_fields(&page);
    set(&mut fields, "body-1", body);
    set(&mut fields, "note", "Modification");
    let saved = post_fields(browser, &format!("{path}/edit"), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

async fn step(browser: &Browser<'_>, number: &str, step: &str) -> common::TestResponse {
    browser
        .post(
            &format!("/admin/valmont/pacts/{number}/amendment"),
            &[("step", step)],
        )
        .await
}

/// Hugo sends the approved amendment for signature; Rémi and he sign.
async fn sign_again(hugo_browser: &Browser<'_>, remi: &Browser<'_>, (number, hugo): (&str, i64)) {
    let path = format!("/cities/valmont/pacts/{number}");
    let sent = hugo_browser
        .post(
            &format!("/admin/valmont/pacts/{number}/signatures"),
            &[("signer", &hugo.to_string())],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    common::sign_in_turn(
        &path,
        &[(remi, "Rémi Blanc"), (hugo_browser, "Hugo Lambert")],
    )
    .await;
}

#[tokio::test]
async fn an_amendment_is_drafted_approved_signed_and_then_in_force() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    let hugo = signing_officer(&app);
    let path = format!("/cities/valmont/pacts/{number}");
    let before = pact_json(&app, &number).await;
    let signed_sha = before["version"]["sha256"]
        .as_str()
        .expect("sha")
        .to_owned();
    let remi = signed_in(&app, "remi@example.org").await;
    let claire = signed_in(&app, "claire@valmont.example").await;
    let hugo_browser = signed_in(&app, "hugo@valmont.example").await;

    // Rémi starts one (with reasons), once.
    let start = format!("{path}/amendment");
    let silent = remi.post(&start, &[("reason", " ")]).await;
    assert_eq!(silent.status, StatusCode::BAD_REQUEST);
    let reason = [("reason", "Ajouter l’ouverture le dimanche matin.")];
    let started = remi.post(&start, &reason).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    assert_eq!(
        remi.post(&start, &reason).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        mails(&app, "claire@valmont.example", "Modification du pacte"),
        1
    );
    // Nothing changed yet: nothing to submit.
    assert_eq!(
        step(&claire, &number, "submit").await.status,
        StatusCode::BAD_REQUEST
    );

    // The text is drafted; the page and the API keep the signed text.
    rewrite(
        &remi,
        &path,
        "Le jardin est ouvert aussi le dimanche matin.",
    )
    .await;
    let drafting = pact_json(&app, &number).await;
    assert_eq!(drafting["version"]["sha256"], signed_sha.as_str());
    assert_eq!(drafting["status"], "active");
    let page = remi.get(&path).await;
    assert!(
        !page.body.contains("aussi le dimanche matin"),
        "the draft is not the pact's text"
    );
    assert!(
        page.texts("#amendments h3")
            .concat()
            .contains("en cours de rédaction")
    );

    // Submitted by Claire; only Hugo approves; Hugo sends it for signature.
    assert_eq!(
        step(&claire, &number, "submit").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        step(&claire, &number, "approve").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        step(&hugo_browser, &number, "approve").await.status,
        StatusCode::SEE_OTHER
    );
    sign_again(&hugo_browser, &remi, (&number, hugo)).await;

    // In force now, for the same term; the old version points to it.
    let after = pact_json(&app, &number).await;
    assert_eq!(after["status"], "active");
    assert_eq!(after["end_date"], end.to_string());
    assert_ne!(after["version"]["sha256"], signed_sha.as_str());
    assert_eq!(after["version_in_force"], after["version"]["number"]);
    assert!(
        app.get(&path)
            .await
            .body
            .contains("aussi le dimanche matin")
    );
    let old = app.json(&format!("/api/v1/verify/{signed_sha}")).await;
    assert_eq!(old["found"][0]["in_force"], after["version"]["number"]);
    let check = app.get(&format!("/verify?hash={signed_sha}")).await;
    assert!(check.body.contains("remplacée par une modification signée"));
    let issued = app.get(&format!("{path}/agreement.pdf")).await;
    assert_eq!(issued.status, StatusCode::OK);
    let history = app.get(&path).await.texts("ol.history li").concat();
    assert!(history.contains("nouvelle version en vigueur"), "{history}");
}

#[tokio::test]
async fn an_amendment_given_up_leaves_the_text_in_force() {
    let app = TestApp::with_demo();
    let (number, _) = pact_in_force(&app);
    let path = format!("/cities/valmont/pacts/{number}");
    let signed = pact_json(&app, &number).await["version"].clone();
    let remi = signed_in(&app, "remi@example.org").await;
    let claire = signed_in(&app, "claire@valmont.example").await;
    let start = format!("{path}/amendment");
    let started = claire
        .post(&start, &[("reason", "Mettre à jour les horaires.")])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    rewrite(&remi, &path, "Un brouillon qui sera abandonné.").await;
    assert_eq!(
        step(&claire, &number, "abandon").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        mails(&app, "remi@example.org", "Modification abandonnée"),
        1
    );
    let after = pact_json(&app, &number).await;
    assert_eq!(after["version"], signed);
    assert_eq!(
        remi.get(&format!("{path}/edit")).await.status,
        StatusCode::BAD_REQUEST,
        "no drafting without an amendment"
    );

    // The next one starts again from the text in force, not the draft.
    let again = remi
        .post(&start, &[("reason", "Ajouter un article.")])
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let editor = remi.get(&format!("{path}/edit")).await;
    assert!(!editor.body.contains("sera abandonné"));
    let versions = app
        .json(&format!("/api/v1/cities/valmont/pacts/{number}/versions"))
        .await;
    let list = versions
        .as_array()
        .or(versions["versions"].as_array())
        .expect("versions");
    let newest = list
        .iter()
        .max_by_key(|v| v["number"].as_i64())
        .map(|v| v["sha256"].clone())
        .expect("a version");
    assert_eq!(
        newest, signed["sha256"],
        "the in-force text, copied as the latest"
    );
}

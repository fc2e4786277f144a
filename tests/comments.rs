//! Public comments during the publication period, proponents told of each,
//! competing proposals, and periods closed by the clock.

mod common;

use axum::http::StatusCode;
use chrono::TimeDelta;
use common::{TestApp, create_user, mail_to, test_now};
use pacta::domain::account::Role;

async fn published_pact(app: &TestApp) -> (String, String) {
    create_user(app, "amelie@example.org", "Amélie", Role::Resident, None);
    create_user(
        app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let response = resident
        .post(
            "/proposals",
            &[
                ("city", "valmont"),
                ("commons", "quai-vieux-port"),
                ("title", "Jardinières du quai"),
                ("summary", "Planter et arroser les jardinières du quai."),
                ("objectives", "Verdir le quai."),
                ("activities", "Plantations au printemps."),
                ("duration_months", "12"),
                ("action", "submit"),
            ],
        )
        .await;
    let path = response.header("location").expect("pact").to_owned();
    let number = path.rsplit('/').next().expect("number").to_owned();
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    officer.post(&act, &[("action", "start_review")]).await;
    assert_eq!(
        officer
            .post(&act, &[("action", "publish_for_comments")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    (path, number)
}

#[tokio::test]
async fn the_public_comments_while_the_period_is_open() {
    let app = TestApp::with_demo();
    let (path, _) = published_pact(&app).await;
    let anonymous = app.get(&path).await;
    assert!(anonymous.body.contains("Connectez-vous pour commenter"));
    create_user(
        &app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    let bruno = app.browser();
    bruno.sign_in("bruno@example.org").await;
    let comments = format!("{path}/comments");
    assert_eq!(
        bruno
            .post(&comments, &[("kind", "support"), ("body", "")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        bruno
            .post(&comments, &[("kind", "objection"), ("body", "")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an objection says why"
    );
    let long = "x".repeat(5001);
    let refused = bruno
        .post(&comments, &[("kind", "comment"), ("body", &long)])
        .await;
    assert_eq!(
        refused.texts("textarea#f-body"),
        vec![long.clone()],
        "the text typed comes back"
    );
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bruno
            .post(
                &comments,
                &[
                    ("kind", "join_request"),
                    ("body", "Je peux arroser le week-end.")
                ]
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let page = app.get(&path).await;
    let listed = page.texts("ol.comments li");
    assert_eq!(listed.len(), 2);
    assert!(listed[0].starts_with("Soutien — Un habitant ou une habitante"));
    assert!(listed[1].contains("Je peux arroser le week-end."));
    assert!(!page.body.contains("Bruno Petit"), "no private name");
    let json = app.json(&format!("/api/v1{path}")).await;
    assert_eq!(json["comments"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["comments_open"], true);
    let mails = mail_to(&app, "amelie@example.org");
    assert_eq!(
        mails
            .iter()
            .filter(|(subject, _)| subject == "Nouvelle observation sur « Jardinières du quai »")
            .count(),
        2,
        "one e-mail per event"
    );
}

#[tokio::test]
async fn the_clock_closes_comments_once() {
    let app = TestApp::with_demo();
    let (path, _) = published_pact(&app).await;
    create_user(
        &app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    app.clock.set(test_now() + TimeDelta::days(15));
    let bruno = app.browser();
    bruno.sign_in("bruno@example.org").await;
    let late = bruno
        .post(
            &format!("{path}/comments"),
            &[("kind", "comment"), ("body", "Trop tard ?")],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        late.texts(".error-summary p"),
        vec!["La période d’observations est close."]
    );
    assert_eq!(
        late.texts("textarea#f-body"),
        vec!["Trop tard ?"],
        "the text comes back"
    );
    let closed = pacta::jobs::close_comment_periods(&app.state)
        .await
        .expect("pass");
    assert!(closed >= 1, "this one, and demo periods already over");
    assert_eq!(
        pacta::jobs::close_comment_periods(&app.state)
            .await
            .expect("pass"),
        0,
        "idempotent"
    );
    let page = app.get(&path).await;
    assert!(
        page.texts("p.meta")
            .iter()
            .any(|m| m.contains("En instruction"))
    );
    assert!(
        page.texts("ol.history li")
            .iter()
            .any(|h| h.contains("Observations closes") && h.contains("Pacta"))
    );
}

#[tokio::test]
async fn competing_proposals_are_shown_on_each_other() {
    let app = TestApp::with_demo();
    let registry = app
        .json("/api/v1/pacts?city=valmont&status=submitted&q=square")
        .await;
    let numbers: Vec<String> = registry["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["number"].as_str().expect("n").to_owned())
        .collect();
    assert_eq!(numbers.len(), 2, "two proposals on the Square Jean-Moulin");
    let first = app
        .get(&format!("/cities/valmont/pacts/{}", numbers[0]))
        .await;
    assert!(
        first
            .texts("section.competing li")
            .iter()
            .any(|l| l.starts_with(&numbers[1]))
    );
    let second = app
        .get(&format!("/cities/valmont/pacts/{}", numbers[1]))
        .await;
    assert!(
        second
            .texts("section.competing li")
            .iter()
            .any(|l| l.starts_with(&numbers[0]))
    );
}

//! Officers review proposals: the inbox and its review clock, actions on
//! one proposal or several, proponents told by e-mail, documents answered,
//! assignment. Every action lands in the history.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, mail_to};
use pacta::domain::account::Role;

const PROPOSAL: &[(&str, &str)] = &[
    ("city", "valmont"),
    ("commons", "square-jean-moulin"),
    ("title", "Des bancs pour le square"),
    ("summary", "Fabriquer et entretenir des bancs en bois."),
    ("objectives", "Offrir des places assises."),
    ("activities", "Atelier de menuiserie en mai."),
    ("duration_months", "24"),
    ("action", "submit"),
];

/// An officer of Valmont who may sign for the city.
fn signing_officer(app: &TestApp, email: &str, name: &str) {
    let id = create_user(app, email, name, Role::Officer, Some("valmont"));
    common::with_conn(&app.state.pool, |conn| {
        use diesel::prelude::*;
        use pacta::db::schema::users;
        diesel::update(users::table.find(id))
            .set(users::can_sign.eq(true))
            .execute(conn)
            .expect("signing officer");
    });
}

/// A resident submits; returns the pact's path and number.
async fn submitted(app: &TestApp) -> (String, String) {
    create_user(app, "amelie@example.org", "Amélie", Role::Resident, None);
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let response = resident.post("/proposals", PROPOSAL).await;
    let path = response.header("location").expect("pact").to_owned();
    let number = path.rsplit('/').next().expect("number").to_owned();
    (path, number)
}

#[tokio::test]
async fn the_inbox_lists_proposals_with_their_review_clock() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    // Three weeks on, the demo's older proposals are past their review date.
    app.clock
        .set(common::test_now() + chrono::TimeDelta::days(20));
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let inbox = officer.get("/admin/valmont/proposals").await;
    assert_eq!(inbox.status, StatusCode::OK);
    let rows = inbox.texts("table.staff tbody tr");
    assert!(rows.len() >= 15, "demo proposals under way: {}", rows.len());
    assert!(
        rows.iter().any(|r| r.contains("suspendu")),
        "paused while documents are awaited"
    );
    let awaiting = officer
        .get("/admin/valmont/proposals?status=awaiting_documents")
        .await;
    assert_eq!(awaiting.texts("table.staff tbody tr").len(), 3);
    let late = officer
        .get("/admin/valmont/proposals?deadline=overdue")
        .await;
    let late = late.texts("table.staff tbody tr");
    assert!(!late.is_empty(), "some are overdue");
    assert!(late.len() < rows.len(), "not all are");
    assert!(late.iter().all(|r| r.contains("en retard")), "{late:#?}");
    let soon = officer
        .get("/admin/valmont/proposals?deadline=week")
        .await
        .texts("table.staff tbody tr");
    assert!(
        soon.len() >= late.len(),
        "overdue ones are due within the week too"
    );
    let bad = officer.get("/admin/valmont/proposals?status=signed").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn an_officer_reviews_a_proposal_and_the_proponent_answers() {
    let app = TestApp::with_demo();
    let (path, number) = submitted(&app).await;
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let page = officer.get(&path).await;
    assert!(
        page.texts("section.staff-tools button")
            .contains(&"Ouvrir l’instruction".to_owned())
    );
    assert!(
        app.get(&path).await.texts("section.staff-tools").is_empty(),
        "not for the public"
    );

    let act = format!("/admin/valmont/pacts/{number}/act");
    assert_eq!(
        officer
            .post(&act, &[("action", "start_review")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let no_reason = officer
        .post(&act, &[("action", "request_documents"), ("reason", " ")])
        .await;
    assert_eq!(no_reason.status, StatusCode::BAD_REQUEST);
    let asked = officer
        .post(
            &act,
            &[
                ("action", "request_documents"),
                ("reason", "Merci de joindre l’accord du syndic."),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let mails = mail_to(&app, "amelie@example.org");
    assert_eq!(mails.len(), 1);
    assert_eq!(
        mails[0].0,
        "Pièces demandées pour votre proposition « Des bancs pour le square »"
    );
    assert!(mails[0].1.contains("Merci de joindre l’accord du syndic."));

    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let own = resident.get(&path).await;
    let answer = own
        .html()
        .select(&scraper::Selector::parse("section.author form").expect("selector"))
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("the answer form");
    assert!(answer.ends_with("/documents"));
    assert_eq!(
        resident.post(&answer, &[("answer", "")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let history = own.texts("ol.history li").join(" ");
    assert!(history.contains("Merci de joindre l’accord du syndic."));
    assert_eq!(
        resident
            .post(&answer, &[("answer", "L’accord du syndic est joint.")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    assert_eq!(
        officer
            .post(&act, &[("action", "publish_for_comments")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let history = app.get(&path).await.texts("ol.history li");
    for expected in [
        "Instruction ouverte",
        "Pièces demandées",
        "Pièces fournies",
        "L’accord du syndic est joint.",
        "Publié pour observations",
    ] {
        assert!(
            history.iter().any(|h| h.contains(expected)),
            "{expected} in {history:#?}"
        );
    }
    let refused = officer.post(&act, &[("action", "start_review")]).await;
    assert_eq!(
        refused.status,
        StatusCode::BAD_REQUEST,
        "not possible from this status"
    );
}

#[tokio::test]
async fn a_refusal_tells_the_proponent_why() {
    let app = TestApp::with_demo();
    let (path, number) = submitted(&app).await;
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    let response = officer
        .post(
            &act,
            &[
                ("action", "reject"),
                ("reason", "Le square est en travaux jusqu’en 2028."),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let mails = mail_to(&app, "amelie@example.org");
    assert_eq!(
        mails[0].0,
        "Votre proposition « Des bancs pour le square » n’a pas été retenue"
    );
    assert!(
        mails[0]
            .1
            .contains("Le square est en travaux jusqu’en 2028.")
    );
    assert!(
        app.get(&path)
            .await
            .texts("p.meta")
            .iter()
            .any(|m| m.contains("Refusé"))
    );
}

#[tokio::test]
async fn several_proposals_move_at_once_and_files_are_assigned() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let yann = create_user(
        &app,
        "yann@valmont.example",
        "Yann Le Goff",
        Role::Officer,
        Some("valmont"),
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let inbox = officer
        .get("/admin/valmont/proposals?status=submitted")
        .await;
    let numbers: Vec<String> = inbox
        .html()
        .select(&scraper::Selector::parse(r#"input[name="number"]"#).expect("selector"))
        .filter_map(|i| i.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(numbers.len(), 4, "the demo's submitted proposals");
    let mut fields: Vec<(&str, &str)> = numbers
        .iter()
        .take(2)
        .map(|n| ("number", n.as_str()))
        .collect();
    fields.push(("action", "start_review"));
    let done = officer.post("/admin/valmont/proposals/bulk", &fields).await;
    assert_eq!(
        done.header("location"),
        Some("/admin/valmont/proposals?done=2&failed=0")
    );
    assert_eq!(
        officer
            .get("/admin/valmont/proposals?status=submitted")
            .await
            .texts("table.staff tbody tr")
            .len(),
        2
    );
    let again = officer.post("/admin/valmont/proposals/bulk", &fields).await;
    assert_eq!(
        again.header("location"),
        Some("/admin/valmont/proposals?done=0&failed=2"),
        "already under review"
    );

    let yann = yann.to_string();
    let assigned = officer
        .post(
            &format!("/admin/valmont/pacts/{}/assign", numbers[0]),
            &[("officer", &yann)],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER);
    let inbox = officer.get("/admin/valmont/proposals").await;
    assert!(
        inbox
            .texts("table.staff tbody tr")
            .iter()
            .any(|r| r.contains(&numbers[0]) && r.contains("Yann Le Goff"))
    );
    let history = app
        .get(&format!("/cities/valmont/pacts/{}", numbers[0]))
        .await
        .texts("ol.history li");
    assert!(
        history
            .iter()
            .any(|h| h.contains("Dossier confié") && h.contains("Yann Le Goff"))
    );
}

#[tokio::test]
async fn a_signing_officer_approves_the_final_text() {
    let app = TestApp::with_demo();
    let (path, number) = submitted(&app).await;
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    signing_officer(&app, "helene@valmont.example", "Hélène Garnier");
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    for action in ["start_review", "start_co_design", "submit_for_approval"] {
        assert_eq!(
            officer.post(&act, &[("action", action)]).await.status,
            StatusCode::SEE_OTHER,
            "{action}"
        );
    }
    let page = officer.get(&path).await;
    assert!(
        !page
            .texts("section.staff-tools button")
            .contains(&"Approuver le texte".to_owned()),
        "only a signing officer approves"
    );
    assert_eq!(
        officer.post(&act, &[("action", "approve")]).await.status,
        StatusCode::BAD_REQUEST
    );
    let helene = app.browser();
    helene.sign_in("helene@valmont.example").await;
    assert!(
        helene
            .get(&path)
            .await
            .texts("section.staff-tools button")
            .contains(&"Approuver le texte".to_owned())
    );
    assert_eq!(
        helene.post(&act, &[("action", "approve")]).await.status,
        StatusCode::SEE_OTHER
    );
    let after = app.get(&path).await;
    assert!(
        after
            .texts("p.meta")
            .iter()
            .any(|m| m.contains("En attente de signatures"))
    );
    assert!(
        after
            .texts("ol.history li")
            .iter()
            .any(|h| h.contains("Texte approuvé") && h.contains("signataire pour la Ville"))
    );
}

#[tokio::test]
async fn a_complex_pact_needs_the_executives_assessment_first() {
    let app = TestApp::with_demo();
    signing_officer(&app, "helene@valmont.example", "Hélène Garnier");
    let helene = app.browser();
    helene.sign_in("helene@valmont.example").await;
    // The demo's complex pact in co-design: the bath-house regeneration.
    let listed = app
        .json("/api/v1/pacts?city=valmont&status=co_design&kind=complex")
        .await;
    let number = listed["items"][0]["number"]
        .as_str()
        .expect("number")
        .to_owned();
    let act = format!("/admin/valmont/pacts/{number}/act");
    assert_eq!(
        helene
            .post(&act, &[("action", "submit_for_approval")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        helene.post(&act, &[("action", "approve")]).await.status,
        StatusCode::BAD_REQUEST,
        "no assessment yet"
    );
    assert_eq!(
        helene
            .post(
                &act,
                &[("action", "record_executive_decision"), ("reason", "")]
            )
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let recorded = helene
        .post(
            &act,
            &[
                ("action", "record_executive_decision"),
                ("reason", "Délibération n° 2026-311 du 20 novembre 2026"),
            ],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER);
    assert_eq!(
        helene.post(&act, &[("action", "approve")]).await.status,
        StatusCode::SEE_OTHER
    );
    let json = app
        .json(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await;
    assert_eq!(json["status"], "awaiting_signatures");
    assert_eq!(
        json["executive_decision"],
        "Délibération n° 2026-311 du 20 novembre 2026"
    );
}

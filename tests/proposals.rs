//! Residents propose collaborations: drafts saved and resumed, every error
//! at once, submission creating the pact, withdrawal, privacy of drafts.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, with_conn};
use diesel::prelude::*;
use pacta::db::schema::pacts;
use pacta::domain::account::Role;

const COMPLETE: &[(&str, &str)] = &[
    ("city", "valmont"),
    ("commons", "square-jean-moulin"),
    ("title", "Des bancs pour le square"),
    (
        "summary",
        "Fabriquer et entretenir des bancs en bois avec les habitants.",
    ),
    (
        "objectives",
        "Offrir des places assises.\n\nFaire travailler ensemble les voisins.",
    ),
    (
        "activities",
        "Atelier de menuiserie en mai.\n\nEntretien deux fois par an.",
    ),
    ("duration_months", "24"),
    ("contributions", "Outils et savoir-faire de menuiserie."),
    ("support", "materials"),
    ("support", "insurance"),
];

fn with_action<'a>(fields: &[(&'a str, &'a str)], action: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut all = fields.to_vec();
    all.push(("action", action));
    all
}

fn pact_count(app: &TestApp) -> i64 {
    with_conn(&app.state.pool, |conn| {
        pacts::table.count().get_result(conn).expect("count")
    })
}

fn draft_id(response: &common::TestResponse) -> String {
    let action = response
        .html()
        .select(&scraper::Selector::parse("form.wide").expect("selector"))
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("the proposal form");
    action.trim_start_matches("/proposals/").to_owned()
}

#[tokio::test]
async fn a_draft_is_saved_resumed_and_submitted() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Fontaine-Roux",
        Role::Resident,
        None,
    );
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let form = browser.get("/proposals/new?city=valmont").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("Square Jean-Moulin"),
        "the city's commons to choose from"
    );

    let saved = browser
        .post(
            "/proposals",
            &[
                ("city", "valmont"),
                ("title", "Des bancs"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    assert_eq!(saved.texts("p.notice").len(), 1);
    let id = draft_id(&saved);
    let list = browser.get("/proposals").await;
    assert!(list.texts("table td a").contains(&"Des bancs".to_owned()));
    let resumed = browser.get(&format!("/proposals/{id}")).await;
    assert!(resumed.body.contains(r#"value="Des bancs""#));

    let incomplete = browser
        .post(
            &format!("/proposals/{id}"),
            &[
                ("title", "Des bancs"),
                ("objectives", "Offrir des places."),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        incomplete.texts(".error-summary li").len() >= 5,
        "every missing field at once"
    );
    assert!(
        incomplete.body.contains("Offrir des places."),
        "what was typed is kept"
    );
}

#[tokio::test]
async fn a_complete_proposal_becomes_a_submitted_pact_once() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Fontaine-Roux",
        Role::Resident,
        None,
    );
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let saved = browser
        .post(
            "/proposals",
            &[
                ("city", "valmont"),
                ("title", "Des bancs"),
                ("action", "save"),
            ],
        )
        .await;
    let id = draft_id(&saved);
    let before = pact_count(&app);
    let submitted = browser
        .post(
            &format!("/proposals/{id}"),
            &with_action(&COMPLETE[1..], "submit"),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let location = submitted
        .header("location")
        .expect("to the pact")
        .to_owned();
    assert!(
        location.starts_with("/cities/valmont/pacts/2026-"),
        "{location}"
    );
    assert_eq!(pact_count(&app), before + 1);

    let pact = browser.get(&location).await;
    assert_eq!(pact.texts("h1"), vec!["Des bancs pour le square"]);
    assert!(
        pact.texts("p.meta")
            .iter()
            .any(|m| m.contains("Proposition déposée"))
    );
    let headings = pact.texts(".text article h3");
    assert_eq!(
        headings,
        vec![
            "Objet et objectifs",
            "Actions et calendrier",
            "Apport des porteurs du projet",
            "Soutien demandé à la Ville",
            "Durée"
        ]
    );
    assert!(pact.body.contains("Assurance des bénévoles"));
    assert!(
        pact.texts("ul.parties li")
            .iter()
            .any(|p| p.starts_with("Un habitant ou une habitante — Porteur du projet"))
    );
    let public = app.get(&location).await;
    assert!(
        !public.body.contains("Fontaine-Roux"),
        "no private name in public"
    );
    assert!(
        !app.get(&format!("/api/v1{location}"))
            .await
            .body
            .contains("Fontaine-Roux")
    );

    // Submitting again (a double click) makes no second pact.
    let again = browser
        .post(
            &format!("/proposals/{id}"),
            &with_action(&COMPLETE[1..], "submit"),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(pact_count(&app), before + 1);
    let listed = app
        .json("/api/v1/pacts?city=valmont&q=bancs+pour+le+square")
        .await;
    assert_eq!(listed["total"], 1);
}

#[tokio::test]
async fn a_proposal_can_describe_a_new_commons() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let mut fields: Vec<(&str, &str)> = COMPLETE
        .iter()
        .copied()
        .filter(|(k, _)| *k != "commons")
        .collect();
    fields.extend([
        ("commons", ""),
        ("new_commons_name", "Square des Lilas"),
        ("new_commons_address", "rue des Lilas"),
        ("new_commons_category", "green_space"),
    ]);
    let submitted = browser
        .post("/proposals", &with_action(&fields, "submit"))
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let commons = app
        .json("/api/v1/cities/valmont/commons/square-des-lilas")
        .await;
    assert_eq!(commons["name"], "Square des Lilas");
    assert_eq!(commons["pacts"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn drafts_are_private_to_their_author() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    create_user(&app, "eve@example.org", "Ève", Role::Resident, None);
    let amelie = app.browser();
    amelie.sign_in("amelie@example.org").await;
    let saved = amelie
        .post(
            "/proposals",
            &[("city", "valmont"), ("title", "Secret"), ("action", "save")],
        )
        .await;
    let id = draft_id(&saved);
    let eve = app.browser();
    eve.sign_in("eve@example.org").await;
    assert_eq!(
        eve.get(&format!("/proposals/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let overwrite = eve
        .post(
            &format!("/proposals/{id}"),
            &[("title", "Pwned"), ("action", "save")],
        )
        .await;
    assert_eq!(overwrite.status, StatusCode::NOT_FOUND);
    assert!(
        amelie
            .get(&format!("/proposals/{id}"))
            .await
            .body
            .contains(r#"value="Secret""#)
    );
    assert!(!eve.get("/proposals").await.body.contains("Secret"));
}

#[tokio::test]
async fn the_author_withdraws_with_a_reason() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let submitted = browser
        .post("/proposals", &with_action(COMPLETE, "submit"))
        .await;
    let location = submitted.header("location").expect("pact").to_owned();
    let page = browser.get(&location).await;
    let action = page
        .html()
        .select(
            &scraper::Selector::parse("section.author form[action$='/withdraw']")
                .expect("selector"),
        )
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("the author's withdraw form");
    assert!(
        app.get(&location).await.texts("section.author").is_empty(),
        "not shown to the public"
    );
    assert_eq!(
        browser.post(&action, &[("reason", " ")]).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        browser
            .post(&action, &[("reason", "Nous avons trouvé un autre lieu.")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let after = app.get(&location).await;
    assert!(after.texts("p.meta").iter().any(|m| m.contains("Retiré")));
    assert!(
        after
            .texts("ol.history li")
            .iter()
            .any(|h| h.contains("Retrait des porteurs")
                && h.contains("Nous avons trouvé un autre lieu."))
    );
}

#[tokio::test]
async fn a_representative_proposes_for_their_organisation_only() {
    let app = TestApp::with_demo();
    let joel = create_user(
        &app,
        "joel@example.org",
        "Joël Lefèvre",
        Role::Resident,
        None,
    );
    let (ours, theirs): (i64, i64) = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::{memberships, parties};
        let ours: i64 = parties::table
            .filter(parties::name.eq("Association « Les Jardins de l’Écluse »"))
            .select(parties::id)
            .first(conn)
            .expect("party");
        let theirs: i64 = parties::table
            .filter(parties::name.eq("Orbe Nature Environnement"))
            .select(parties::id)
            .first(conn)
            .expect("party");
        diesel::insert_into(memberships::table)
            .values((
                memberships::user_id.eq(joel),
                memberships::party_id.eq(ours),
                memberships::is_representative.eq(true),
                memberships::created_at.eq(common::test_now().naive_utc()),
            ))
            .execute(conn)
            .expect("membership");
        (ours, theirs)
    });
    let browser = app.browser();
    browser.sign_in("joel@example.org").await;
    let form = browser.get("/proposals/new?city=valmont").await;
    assert!(
        form.texts("select#f-party option")
            .contains(&"Association « Les Jardins de l’Écluse »".to_owned())
    );
    let theirs = theirs.to_string();
    let mut fields = with_action(COMPLETE, "submit");
    fields.push(("party", &theirs));
    let refused = browser.post("/proposals", &fields).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not their organisation"
    );
    let ours = ours.to_string();
    let mut fields = with_action(COMPLETE, "submit");
    fields.push(("party", &ours));
    let submitted = browser.post("/proposals", &fields).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let pact = app.get(submitted.header("location").expect("pact")).await;
    assert!(
        pact.texts("ul.parties li")
            .iter()
            .any(|p| p.starts_with("Association « Les Jardins de l’Écluse » — Porteur du projet"))
    );
}

//! City templates edited in the browser, versioned, and used to draft a
//! pact in co-design from the proposal.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, with_conn};
use diesel::prelude::*;
use pacta::db::schema::pacts;
use pacta::domain::account::Role;

fn link_to(response: &common::TestResponse, text: &str) -> String {
    response
        .html()
        .select(&scraper::Selector::parse("a").expect("selector"))
        .find(|a| a.text().collect::<String>() == text)
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .unwrap_or_else(|| panic!("a link {text:?}"))
}

/// The text area's content exactly as sent (line breaks kept).
fn raw_text(response: &common::TestResponse) -> String {
    response
        .html()
        .select(&scraper::Selector::parse("textarea#f-text").expect("selector"))
        .next()
        .map(|t| t.text().collect::<String>())
        .expect("the text")
}

async fn officer(app: &TestApp) -> common::Browser<'_> {
    create_user(
        app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let browser = app.browser();
    browser.sign_in("claire@valmont.example").await;
    browser
}

#[tokio::test]
async fn officers_edit_templates_as_text_and_each_save_is_a_version() {
    let app = TestApp::with_demo();
    let officer = officer(&app).await;
    let list = officer.get("/admin/valmont/templates").await;
    assert_eq!(list.status, StatusCode::OK);
    let href = link_to(&list, "Pacte de collaboration ordinaire");
    let editor = officer.get(&href).await;
    let text = raw_text(&editor);
    assert!(text.starts_with("## Préambule"));
    let broken = format!("{text}\n\n## Article 11 – Fin [if: parfois]\nMerci {{{{commons.nom}}}}.");
    let refused = officer
        .post(&href, &[("text", &broken), ("note", "essai")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mistakes = refused.texts(".error-summary li");
    assert_eq!(
        mistakes,
        vec![
            "Article 13 : la condition « parfois » n’est pas reconnue.",
            "Article 13 : la variable « commons.nom » n’existe pas."
        ]
    );
    assert!(
        refused.body.contains("commons.nom"),
        "the text is kept as typed"
    );
    let better = format!(
        "{text}\n\n## Article 11 – Communication\nLes parties annoncent ensemble les activités de {{{{commons.name}}}}."
    );
    assert_eq!(
        officer
            .post(
                &href,
                &[
                    ("text", &better),
                    ("note", "Ajout d’un article"),
                    ("report_frequency", "at_end"),
                ],
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let saved = officer.get(&href).await;
    assert!(
        saved
            .texts("p.meta")
            .iter()
            .any(|m| m.contains("version 2"))
    );
    assert!(raw_text(&saved).contains("## Article 11 – Communication"));
    assert!(
        saved.body.contains(r#"<option value="at_end" selected>"#),
        "the report frequency is kept with the version"
    );

    let created = officer
        .post(
            "/admin/valmont/templates",
            &[("name", "Permis de végétaliser"), ("kind", "ordinary")],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let new = officer
        .get(created.header("location").expect("editor"))
        .await;
    assert_eq!(new.texts("h1"), vec!["Permis de végétaliser"]);
}

#[tokio::test]
async fn a_proposal_in_co_design_is_drafted_from_a_template() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let submitted = resident
        .post(
            "/proposals",
            &[
                ("city", "valmont"),
                ("commons", "square-jean-moulin"),
                ("title", "Des bancs pour le square"),
                ("summary", "Fabriquer et entretenir des bancs."),
                ("objectives", "Offrir des places assises aux familles."),
                ("activities", "Atelier de menuiserie en mai."),
                ("duration_months", "24"),
                ("support", "materials"),
                ("action", "submit"),
            ],
        )
        .await;
    let path = submitted.header("location").expect("pact").to_owned();
    let number = path.rsplit('/').next().expect("number").to_owned();
    let officer = officer(&app).await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    officer.post(&act, &[("action", "start_review")]).await;
    let page = officer.get(&path).await;
    assert!(
        page.texts("select#f-template").is_empty(),
        "drafting comes with co-design"
    );
    officer.post(&act, &[("action", "start_co_design")]).await;
    // The city's ordinary pacts report at the end, whatever their length.
    let href = link_to(
        &officer.get("/admin/valmont/templates").await,
        "Pacte de collaboration ordinaire",
    );
    let text = raw_text(&officer.get(&href).await);
    let saved = officer
        .post(&href, &[("text", &text), ("report_frequency", "at_end")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = officer.get(&path).await;
    let template = page
        .html()
        .select(&scraper::Selector::parse("select#f-template option").expect("selector"))
        .find(|o| o.text().collect::<String>() == "Pacte de collaboration ordinaire")
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .expect("the ordinary template");
    let drafted = officer
        .post(
            &format!("/admin/valmont/pacts/{number}/draft"),
            &[("template", &template)],
        )
        .await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER);

    let json = app.json(&format!("/api/v1{path}")).await;
    assert_eq!(json["version"]["number"], 2);
    let content = json["version"]["content"].as_str().expect("text");
    assert!(
        content.contains("Offrir des places assises aux familles."),
        "the objectives, from the proposal"
    );
    assert!(
        content.contains("Matériel et outillage"),
        "the support asked"
    );
    assert!(content.contains(&format!("n° {number}")));
    assert!(
        !content.contains("Article 6 – Assurance\",\"paragraphs\":[\"Les bénévoles"),
        "no insurance asked"
    );
    let history = app.get(&path).await.texts("ol.history li");
    assert!(history.iter().any(|h| {
        h.contains("Rédigé à partir du modèle « Pacte de collaboration ordinaire » (version 2)")
    }));
    let recorded: Option<i64> = with_conn(&app.state.pool, |conn| {
        pacts::table
            .filter(pacts::number.eq(&number))
            .select(pacts::template_version_id)
            .first(conn)
            .expect("pact")
    });
    assert!(recorded.is_some(), "the pact records its template version");
    // At activation the pact takes its template's report frequency rather
    // than the one its 24 months would give.
    let frequency = with_conn(&app.state.pool, |conn| {
        let id: i64 = pacts::table
            .filter(pacts::number.eq(&number))
            .select(pacts::id)
            .first(conn)
            .expect("pact");
        pacta::db::reports::set_default_frequency(conn, id).expect("set");
        pacta::db::reports::frequency(conn, id).expect("frequency")
    });
    assert_eq!(frequency, pacta::domain::report::Frequency::AtEnd);
}

#[tokio::test]
async fn drafting_is_refused_outside_co_design() {
    let app = TestApp::with_demo();
    let officer = officer(&app).await;
    let active = app.json("/api/v1/pacts?city=valmont&status=active").await;
    let number = active["items"][0]["number"]
        .as_str()
        .expect("number")
        .to_owned();
    let response = officer
        .post(
            &format!("/admin/valmont/pacts/{number}/draft"),
            &[("template", "1")],
        )
        .await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
}

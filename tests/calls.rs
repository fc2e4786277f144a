//! Calls for proposals for a listed commons, proposals answering them, and
//! finding a commons by words on the proposal form, without a map.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user};
use pacta::domain::account::Role;

const PROPOSAL: &[(&str, &str)] = &[
    ("title", "Rouvrir la halle le samedi"),
    ("summary", "Un marché de producteurs et un atelier vélo."),
    ("objectives", "Faire revivre la halle."),
    ("activities", "Un samedi sur deux, de mai à octobre."),
    ("duration_months", "24"),
];

async fn officer(app: &TestApp) -> common::Browser<'_> {
    create_user(
        app,
        "claire@valmont.example",
        "Claire",
        Role::Officer,
        Some("valmont"),
    );
    let browser = app.browser();
    browser.sign_in("claire@valmont.example").await;
    browser
}

/// The id of the newest call on the staff page.
fn newest_call(page: &common::TestResponse) -> String {
    page.html()
        .select(&scraper::Selector::parse("ul.calls form").expect("selector"))
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("a call to close")
        .trim_start_matches("/admin/valmont/calls/")
        .trim_end_matches("/close")
        .to_owned()
}

/// The officer publishes a call for the halle (after a refused attempt);
/// returns its id.
async fn publish(officer: &common::Browser<'_>) -> String {
    let refused = officer
        .post(
            "/admin/valmont/calls",
            &[
                ("commons", "ancienne-halle-aux-grains"),
                ("title", ""),
                ("closes_on", "2026-11-01"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let errors = refused.texts(".field-error").join(" | ");
    assert!(
        errors.contains("titre") && errors.contains("déjà passé"),
        "{errors}"
    );
    let published = officer
        .post(
            "/admin/valmont/calls",
            &[
                ("commons", "ancienne-halle-aux-grains"),
                ("title", "Faire revivre la halle aux grains"),
                ("description", "Des usages ouverts à tous, le week-end."),
                ("closes_on", "2027-01-31"),
            ],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    newest_call(&officer.get("/admin/valmont/calls").await)
}

#[tokio::test]
async fn a_resident_answers_an_open_call_and_not_a_closed_one() {
    let app = TestApp::with_demo();
    let officer = officer(&app).await;
    let id = publish(&officer).await;

    // Public everywhere it matters, and in the API.
    for page in [
        "/cities/valmont/calls",
        "/cities/valmont",
        "/cities/valmont/commons/ancienne-halle-aux-grains",
    ] {
        let texts = app.get(page).await.texts("article.call h3");
        assert_eq!(texts, vec!["Faire revivre la halle aux grains"], "{page}");
    }
    assert!(
        app.get("/cities/valmont/commons/place-du-marche")
            .await
            .texts("article.call")
            .is_empty()
    );
    let api = app.json("/api/v1/cities/valmont/calls").await;
    assert_eq!(api[0]["title"], "Faire revivre la halle aux grains");
    assert_eq!(api[0]["closes_on"], "2027-01-31");

    // A resident answers it: the commons is the call's.
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let form = resident
        .get(&format!("/proposals/new?city=valmont&call={id}"))
        .await;
    assert!(
        form.texts(".call-answered")
            .join(" ")
            .contains("Faire revivre la halle aux grains")
    );
    assert!(
        form.texts("select#f-commons").is_empty(),
        "no other commons to choose"
    );
    let mut fields = PROPOSAL.to_vec();
    fields.extend([
        ("city", "valmont"),
        ("call", id.as_str()),
        ("commons", "ancienne-halle-aux-grains"),
        ("action", "submit"),
    ]);
    let submitted = resident.post("/proposals", &fields).await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    let path = submitted.header("location").expect("pact").to_owned();
    let json = app.json(&format!("/api/v1{path}")).await;
    assert_eq!(json["call"]["title"], "Faire revivre la halle aux grains");
    assert_eq!(json["commons"]["slug"], "ancienne-halle-aux-grains");

    // Closed early: gone from the public list; a draft answering it stops there.
    let mut draft = PROPOSAL.to_vec();
    draft.extend([
        ("city", "valmont"),
        ("call", id.as_str()),
        ("commons", "ancienne-halle-aux-grains"),
        ("action", "save"),
    ]);
    let saved = resident.post("/proposals", &draft).await;
    let draft_action = saved
        .html()
        .select(&scraper::Selector::parse("form.wide").expect("selector"))
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("the draft");
    let closed = officer
        .post(&format!("/admin/valmont/calls/{id}/close"), &[])
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    assert!(
        app.get("/cities/valmont/calls")
            .await
            .texts("article.call")
            .is_empty()
    );
    let mut submit = draft.clone();
    submit.retain(|(k, _)| *k != "action");
    submit.push(("action", "submit"));
    let refused = resident.post(&draft_action, &submit).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.texts("#f-call-error")[0].contains("clos"));
}

#[tokio::test]
async fn commons_are_found_by_words_without_losing_the_draft() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let all = resident
        .get("/proposals/new?city=valmont")
        .await
        .texts("select#f-commons option")
        .len();
    assert!(all > 30, "the demo city's commons: {all}");
    let found = resident
        .post(
            "/proposals",
            &[
                ("city", "valmont"),
                ("title", "Mon titre"),
                ("commons_query", "HALLE grains"),
                ("action", "search"),
            ],
        )
        .await;
    assert_eq!(found.status, StatusCode::OK);
    let options = found.texts("select#f-commons option");
    // The halle, and a radio whose address is the halle's.
    assert_eq!(
        options[1..],
        [
            "Ancienne halle aux grains",
            "Radio de quartier des Tanneurs"
        ],
        "{options:?}"
    );
    assert!(
        found
            .texts("p[role=status]")
            .join(" ")
            .contains("2 lieux correspondent")
    );
    assert_eq!(found.texts("input#f-title").len(), 1);
    let title = found
        .html()
        .select(&scraper::Selector::parse("input#f-title").expect("selector"))
        .next()
        .and_then(|i| i.value().attr("value").map(str::to_owned));
    assert_eq!(
        title.as_deref(),
        Some("Mon titre"),
        "what was typed is kept"
    );
    let accents = resident
        .post(
            "/proposals",
            &[
                ("city", "valmont"),
                ("commons_query", "ecole paul bert"),
                ("action", "search"),
            ],
        )
        .await;
    assert!(
        accents
            .texts("select#f-commons option")
            .iter()
            .any(|o| o == "Cour de l’école Paul-Bert")
    );
}

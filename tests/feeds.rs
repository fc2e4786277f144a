//! Atom feeds of new and changed pacts, per search and per city, read back
//! with an Atom parser: the entries match the search, the pact changed
//! last comes first, bad filters and unknown cities are refused clearly.

mod common;

use atom_syndication::Feed;
use axum::http::StatusCode;
use common::{TestApp, pact_in_force, signed_in};

fn feed_of(response: &common::TestResponse) -> Feed {
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("application/atom+xml; charset=utf-8")
    );
    response.body.parse::<Feed>().expect("a valid Atom feed")
}

/// The pact number at the end of an entry's URL.
fn number_of(entry: &atom_syndication::Entry) -> String {
    entry.id().rsplit('/').next().expect("a number").to_owned()
}

#[tokio::test]
async fn every_search_has_a_feed_of_its_pacts() {
    let app = TestApp::with_demo();
    let feed = feed_of(&app.get("/pacts/feed.atom?city=valmont&status=active").await);
    assert_eq!(
        feed.title().as_str(),
        "Registre des pactes de collaboration"
    );
    assert!(feed.links().iter().any(|l| l.rel() == "self"
        && l.href() == "http://127.0.0.1:8080/pacts/feed.atom?city=valmont&status=active"));
    assert!(feed.links().iter().any(|l| l.rel() == "alternate"
        && l.href() == "http://127.0.0.1:8080/pacts?city=valmont&status=active"));
    assert!(!feed.entries().is_empty());
    for entry in feed.entries() {
        assert!(
            entry
                .id()
                .starts_with("http://127.0.0.1:8080/cities/valmont/pacts/")
        );
        let json = app
            .json(&format!(
                "/api/v1/cities/valmont/pacts/{}",
                number_of(entry)
            ))
            .await;
        assert_eq!(json["status"], "active", "{}", entry.id());
    }
    // The registry page offers it.
    let page = app.get("/pacts?city=valmont&status=active").await;
    assert!(
        page.body
            .contains(r#"href="/pacts/feed.atom?city=valmont&amp;status=active""#)
    );

    let bad = app.get("/pacts/feed.atom?status=lost").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get("/cities/nowhere/feed.atom").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_pact_changed_last_leads_its_citys_feed() {
    let app = TestApp::with_demo();
    let (number, _) = pact_in_force(&app);
    let before = feed_of(&app.get("/cities/valmont/feed.atom").await);
    assert_eq!(
        before.title().as_str(),
        "Pactes de collaboration — Ville de Valmont-sur-Orbe"
    );
    assert!(
        before
            .entries()
            .iter()
            .all(|e| e.id().contains("/cities/valmont/"))
    );
    let claire = signed_in(&app, "claire@valmont.example").await;
    app.clock
        .set(common::test_now() + chrono::TimeDelta::minutes(5));
    let suspended = claire
        .post(
            &format!("/admin/valmont/pacts/{number}/act"),
            &[("action", "suspend"), ("reason", "Travaux.")],
        )
        .await;
    assert_eq!(
        suspended.status,
        StatusCode::SEE_OTHER,
        "{}",
        suspended.body
    );
    let after = feed_of(&app.get("/cities/valmont/feed.atom").await);
    let first = after.entries().first().expect("an entry");
    assert_eq!(number_of(first), number);
    assert_eq!(
        first.updated().to_rfc3339(),
        (common::test_now() + chrono::TimeDelta::minutes(5)).to_rfc3339()
    );
    assert_eq!(*after.updated(), *first.updated());
    assert!(
        first
            .summary()
            .is_some_and(|s| s.as_str().starts_with("Suspendu")),
        "{:?}",
        first.summary()
    );
}

//! Full-text search and facets of the registry, on the demo cities,
//! through the real router and database (FTS5 on SQLite, text search on
//! PostgreSQL: the same tests run on both).

mod common;

use axum::http::StatusCode;
use common::{TestApp, test_now, with_conn};
use pacta::db;
use pacta::domain::lifecycle::Actor;
use pacta::domain::text::{Article, PactText};
use serde_json::Value;

fn numbers(json: &Value) -> Vec<String> {
    json["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            format!(
                "{}/{}",
                i["city"]["slug"].as_str().unwrap_or_default(),
                i["number"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

fn marked(pieces: &Value) -> Vec<String> {
    pieces
        .as_array()
        .map(|p| {
            p.iter()
                .filter(|p| p["mark"] == true)
                .map(|p| p["text"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn accents_case_and_plurals_do_not_matter() {
    let app = TestApp::with_demo();
    let typed = app.json("/api/v1/pacts?q=ecole").await;
    assert!(typed["total"].as_i64() > Some(0));
    for variant in ["%C3%89COLE", "%C3%A9coles", "Ecoles"] {
        let other = app.json(&format!("/api/v1/pacts?q={variant}")).await;
        assert_eq!(numbers(&other), numbers(&typed), "{variant}");
    }
    // Italian texts are stemmed as Italian: "giardino" and "giardini" meet.
    let singular = app.json("/api/v1/pacts?q=giardino&city=borgoverde").await;
    let plural = app.json("/api/v1/pacts?q=GIARDINI&city=borgoverde").await;
    assert!(singular["total"].as_i64() >= Some(1), "{singular}");
    assert_eq!(numbers(&plural), numbers(&singular));
}

#[tokio::test]
async fn best_matches_come_first_with_the_words_marked() {
    let app = TestApp::with_demo();
    let json = app.json("/api/v1/pacts?q=jardin+tilleuls").await;
    let first = &json["items"][0];
    assert!(
        first["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Entretien et animation du jardin partagé des Tilleuls")),
        "{first}"
    );
    assert_eq!(marked(&first["highlight"]["title"]), ["jardin", "Tilleuls"]);
    let page = app.get("/pacts?q=jardin+tilleuls").await;
    assert_eq!(
        page.texts("li.pact h3 mark")[..2],
        ["jardin".to_owned(), "Tilleuls".to_owned()]
    );
}

#[tokio::test]
async fn words_of_the_text_in_force_are_found_and_follow_new_versions() {
    let app = TestApp::with_demo();
    let before = app.json("/api/v1/pacts?q=zanzibar").await;
    assert_eq!(before["total"], 0);
    // A pact whose text is still being written: its latest version counts.
    let drafts = app
        .json("/api/v1/pacts?city=valmont&status=co_design")
        .await;
    let drafted = drafts["items"][0]["number"]
        .as_str()
        .expect("a pact in co-design")
        .to_owned();
    let (city, number) = with_conn(&app.state.pool, |conn| {
        let city = db::cities::find(conn, "valmont").expect("q").expect("city");
        let detail = db::pacts::find(conn, city.id, &drafted)
            .expect("q")
            .expect("pact");
        let mut text: PactText = detail
            .version
            .as_ref()
            .map(|v| v.text.clone())
            .expect("text");
        text.articles.push(Article {
            heading: "Article final".into(),
            paragraphs: vec!["Les graines viennent de Zanzibar et du jardin voisin.".into()],
        });
        db::pacts::add_version(
            conn,
            detail.pact.id,
            &text,
            Actor::Officer,
            "Agent",
            "graines",
            test_now(),
        )
        .expect("version");
        (city.slug, detail.pact.number)
    });
    let after = app.json("/api/v1/pacts?q=ZANZIBAR").await;
    assert_eq!(numbers(&after), [format!("{city}/{number}")]);
    let item = &after["items"][0];
    assert_eq!(marked(&item["highlight"]["excerpt"]), ["Zanzibar"]);
    let page = app.get("/pacts?q=zanzibar").await;
    assert_eq!(page.texts("blockquote.excerpt mark"), ["Zanzibar"]);
}

#[tokio::test]
async fn searches_combine_with_filters_and_facets_count_what_was_found() {
    let app = TestApp::with_demo();
    let all = app.json("/api/v1/pacts?q=jardin").await;
    let total = all["total"].as_i64().expect("total");
    let facets = &all["facets"];
    let by_status: i64 = facets["status"]
        .as_array()
        .expect("status")
        .iter()
        .map(|c| c["count"].as_i64().expect("count"))
        .sum();
    assert_eq!(by_status, total, "each pact has one status");
    let by_city: i64 = facets["city"]
        .as_array()
        .expect("cities")
        .iter()
        .map(|c| c["count"].as_i64().expect("count"))
        .sum();
    assert_eq!(by_city, total);
    // Each facet value's count is what the narrower search finds.
    for (key, list) in [
        ("status", "status"),
        ("kind", "kind"),
        ("category", "category"),
        ("party", "party"),
        ("intensity", "intensity"),
    ] {
        for value in facets[list].as_array().expect("facet") {
            let name = value["value"].as_str().expect("name");
            let narrower = app
                .json(&format!("/api/v1/pacts?q=jardin&{key}={name}"))
                .await;
            assert_eq!(narrower["total"], value["count"], "{key}={name}");
        }
    }
    let valmont = app.json("/api/v1/pacts?q=jardin&city=valmont").await;
    for district in valmont["facets"]["district"].as_array().expect("districts") {
        let slug = district["slug"].as_str().expect("slug");
        let narrower = app
            .json(&format!(
                "/api/v1/pacts?q=jardin&city=valmont&district={slug}"
            ))
            .await;
        assert_eq!(narrower["total"], district["count"], "district {slug}");
    }
    // The page links each value to its narrower search, from page one.
    let page = app.get("/pacts?q=jardin&city=valmont").await;
    let html = page.html();
    let link = scraper::Selector::parse("aside.facets a").expect("selector");
    let hrefs: Vec<String> = html
        .select(&link)
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(
        hrefs.contains(&"/pacts?q=jardin".to_owned()),
        "the chosen city links back to every city: {hrefs:?}"
    );
    assert!(
        hrefs
            .iter()
            .any(|h| h.starts_with("/pacts?city=valmont&q=jardin&status=")),
        "{hrefs:?}"
    );
}

#[tokio::test]
async fn pacts_in_force_during_a_period() {
    let app = TestApp::with_demo();
    let json = app
        .json("/api/v1/pacts?from=2025-01-01&to=2025-01-31&city=valmont")
        .await;
    assert!(json["total"].as_i64() > Some(0));
    for item in json["items"].as_array().expect("items") {
        let start = item["start_date"].as_str().expect("start");
        let end = item["end_date"].as_str().expect("end");
        assert!(start <= "2025-01-31" && end >= "2025-01-01", "{item}");
    }
    let later = app.json("/api/v1/pacts?from=2090-01-01").await;
    assert_eq!(later["total"], 0);
    for (query, message) in [
        ("from=31/01/2025", "AAAA-MM-JJ"),
        ("from=2025-02-01&to=2025-01-01", "avant de commencer"),
        ("party=citizen", "citizen"),
    ] {
        let bad = app.get(&format!("/api/v1/pacts?{query}")).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(bad.body.contains(message), "{query}: {}", bad.body);
    }
}

#[tokio::test]
async fn search_text_is_data_never_syntax() {
    let app = TestApp::with_demo();
    for query in [
        "%22jardin%22+OR+*",
        "jardin+%26+%7C+%21",
        "NEAR(jardin)",
        "%27%3B+DROP+TABLE+pacts%3B--",
        "%C2%AB+%21+%C2%BB",
    ] {
        let response = app.get(&format!("/api/v1/pacts?q={query}")).await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "{query}: {}",
            response.body
        );
    }
    let no_word = app.json("/api/v1/pacts?q=%C2%AB+%21+%C2%BB").await;
    let everything = app.json("/api/v1/pacts").await;
    assert_eq!(no_word["total"], everything["total"]);
}

/// Pacts whose title or commons holds "jardin", and those that hold it
/// elsewhere, read from the records themselves.
fn jardin_in_title(conn: &mut db::DbConn) -> Vec<(i64, bool)> {
    use db::schema::{commons, pacts};
    use diesel::prelude::*;
    let rows: Vec<(i64, String, String)> = pacts::table
        .inner_join(commons::table)
        .select((pacts::id, pacts::title, commons::name))
        .load(conn)
        .expect("pacts");
    rows.into_iter()
        .map(|(id, title, commons)| {
            let words = format!("{title} {commons}").to_lowercase();
            (id, words.contains("jardin"))
        })
        .collect()
}

#[tokio::test]
async fn title_matches_come_first_then_the_newest() {
    use pacta::domain::search::TextQuery;
    let app = TestApp::with_demo();
    let query = TextQuery::parse("jardins").expect("a word");
    let pacts = with_conn(&app.state.pool, jardin_in_title);
    let found = with_conn(&app.state.pool, |conn| db::search::found(conn, &query)).expect("found");
    let in_title = pacts.iter().filter(|(_, t)| *t).count();
    assert!(in_title >= 2, "the demo has gardens in titles");
    assert!(found.len() > in_title, "and elsewhere: {}", found.len());
    for (id, title) in &pacts {
        match found.get(*id) {
            Some(score) => {
                let expected = if *title { 1.0 } else { 0.0 };
                assert_eq!(Some(score), Some(expected), "pact {id}");
            }
            None => assert!(!title, "pact {id} has the word in its title"),
        }
    }
    // The registry lists them so: title matches, then the others, each
    // newest first (Pacta's numbers are year and sequence).
    let json = app.json("/api/v1/pacts?q=jardins").await;
    let items = json["items"].as_array().expect("items");
    assert_eq!(json["total"].as_u64(), Some(found.len() as u64));
    let firsts: Vec<bool> = items
        .iter()
        .map(|i| {
            let words = format!("{} {}", i["title"], i["commons"]["name"]).to_lowercase();
            words.contains("jardin")
        })
        .collect();
    assert_eq!(firsts.iter().filter(|f| **f).count(), in_title);
    assert!(firsts.windows(2).all(|w| w[0] || !w[1]), "{firsts:?}");
    for group in [true, false] {
        let numbers: Vec<&str> = items
            .iter()
            .zip(&firsts)
            .filter(|(_, f)| **f == group)
            .map(|(i, _)| i["number"].as_str().expect("number"))
            .collect();
        assert!(numbers.windows(2).all(|w| w[0] >= w[1]), "{numbers:?}");
    }
}

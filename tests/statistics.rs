//! The public statistics on the demo: figures that agree with the
//! registry, charts drawn as SVG with their numbers, and the JSON twin
//! (either database).

mod common;

use axum::http::StatusCode;
use common::TestApp;

#[tokio::test]
async fn the_statistics_agree_with_the_registry() {
    let app = TestApp::with_demo();
    let all = app.json("/api/v1/statistics").await;
    let registry = app.json("/api/v1/pacts").await;
    assert_eq!(all["facets"]["status"], registry["facets"]["status"]);
    let by_city: i64 = all["facets"]["city"]
        .as_array()
        .expect("cities")
        .iter()
        .map(|c| c["count"].as_i64().expect("count"))
        .sum();
    assert_eq!(Some(by_city), registry["total"].as_i64());
    let valmont = app.json("/api/v1/statistics?city=valmont").await;
    assert_eq!(valmont["city"]["slug"], "valmont");
    let in_force = app.json("/api/v1/pacts?city=valmont&status=active").await["total"].clone();
    assert_eq!(valmont["figures"]["pacts_in_force"], in_force);
    let years = valmont["signed_by_year"].as_array().expect("years");
    assert!(!years.is_empty());
    let signed: i64 = years.iter().map(|y| y[1].as_i64().expect("count")).sum();
    let mut expected = 0;
    for status in ["active", "suspended", "expired", "terminated"] {
        expected += app
            .json(&format!("/api/v1/pacts?city=valmont&status={status}"))
            .await["total"]
            .as_i64()
            .expect("total");
    }
    assert_eq!(signed, expected, "every signed pact has its year");
    let days = valmont["days_to_signature"]
        .as_f64()
        .expect("signed in Pacta");
    assert!(days > 0.0, "{days}");
    assert!(
        valmont["renewed"].as_i64() >= Some(1),
        "the demo renews a pact"
    );
    assert!(valmont["expired"].as_i64() >= Some(1));
    assert_eq!(
        app.get("/api/v1/statistics?city=nowhere").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_page_draws_each_chart_with_its_numbers() {
    let app = TestApp::with_demo();
    let page = app.get("/cities/valmont/statistics").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let charts = page.texts("section.chart h2");
    assert_eq!(charts.len(), 6, "{charts:?}");
    let bars = scraper::Selector::parse("section.chart svg rect").expect("selector");
    let rows = scraper::Selector::parse("section.chart table.numbers tr").expect("selector");
    assert_eq!(
        html.select(&bars).count(),
        html.select(&rows).count(),
        "a bar per number"
    );
    let status = page.texts("#by-status ~ table.numbers tr");
    assert!(
        status.iter().any(|r| r.starts_with("En vigueur")),
        "{status:?}"
    );
    let everywhere = app.get("/statistics").await;
    assert_eq!(everywhere.status, StatusCode::OK);
    assert!(everywhere.body.contains("Pactes par ville"));
    assert_eq!(
        app.get("/cities/nowhere/statistics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_empty_registry_has_statistics_of_nothing() {
    let app = TestApp::new();
    let json = app.json("/api/v1/statistics").await;
    assert_eq!(json["renewed"], 0);
    assert_eq!(json["expired"], 0);
    assert!(json["days_to_signature"].is_null());
    assert_eq!(json["signed_by_year"], serde_json::json!([]));
    let page = app.get("/statistics").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Rien à compter ici pour l’instant."));
}

#[tokio::test]
async fn slow_figures_show_the_latest_while_new_ones_are_computed_once() {
    use pacta::web::slow::latest;
    use std::time::{Duration, Instant};
    let app = TestApp::with_demo();
    let key = || "test figures".to_owned();
    // Two first requests at once: the second waits for the first's
    // computation rather than start its own.
    let slow_first = {
        let state = app.state.clone();
        tokio::spawn(async move {
            latest(&state, key(), |_, _| {
                std::thread::sleep(Duration::from_millis(800));
                Ok(1)
            })
            .await
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    let waited = latest(&app.state, key(), |_, _| Ok(99))
        .await
        .expect("waited");
    assert_eq!((*waited.value, waited.current), (1, true));
    let first = slow_first.await.expect("ran").expect("computed");
    assert!(first.current);
    assert_eq!(*first.value, 1);
    let kept = latest(&app.state, key(), |_, _| Ok(99))
        .await
        .expect("kept");
    assert!(kept.current);
    assert_eq!(*kept.value, 1, "computed once per state of the registry");
    // The registry changes; the new figures take longer than a visitor
    // waits: the visitor gets the latest ones, marked as such.
    common::with_conn(&app.state.pool, |conn| {
        pacta::db::registry_index::next_generation(conn).expect("a write");
    });
    let started = Instant::now();
    let stale = latest(&app.state, key(), |_, _| {
        std::thread::sleep(Duration::from_secs(4));
        Ok(2)
    })
    .await
    .expect("the latest");
    assert!(!stale.current);
    assert_eq!(*stale.value, 1);
    assert!(started.elapsed() < Duration::from_secs(3));
    // Meanwhile, nobody starts the same computation again.
    let meanwhile = latest(&app.state, key(), |_, _| Ok(99))
        .await
        .expect("the latest");
    assert!(!meanwhile.current);
    assert_eq!(*meanwhile.value, 1);
    // Once it is done, everyone gets the new figures.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = latest(&app.state, key(), |_, _| Ok(99))
            .await
            .expect("figures");
        if now.current {
            assert_eq!(*now.value, 2);
            break;
        }
        assert_eq!(*now.value, 1);
        assert!(Instant::now() < deadline, "never computed");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // A computation that fails leaves the latest figures, and the next
    // visitor tries again.
    common::with_conn(&app.state.pool, |conn| {
        pacta::db::registry_index::next_generation(conn).expect("a write");
    });
    let failed = latest::<i32, _>(&app.state, key(), |_, _| {
        Err(pacta::error::AppError::Unavailable)
    })
    .await;
    assert!(failed.is_err());
    let again = latest(&app.state, key(), |_, _| Ok(3))
        .await
        .expect("computed");
    assert!(again.current);
    assert_eq!(*again.value, 3);
}

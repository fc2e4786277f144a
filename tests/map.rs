//! The map page: an SVG drawn by Pacta from the demo's commons and
//! district boundaries, filtered like the registry, with tiles only when
//! configured.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use scraper::{Html, Selector};

fn select(html: &Html, css: &str) -> Vec<(String, String)> {
    let selector = Selector::parse(css).expect("selector");
    html.select(&selector)
        .map(|e| {
            (
                e.value().attr("href").unwrap_or_default().to_owned(),
                e.text().collect::<String>(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_map_draws_districts_and_every_placed_commons_as_links() {
    let app = TestApp::with_demo();
    let page = app.get("/map?city=valmont").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let polygons = select(&html, "svg .districts polygon");
    assert_eq!(polygons.len(), 6, "Valmont's six districts");
    let points = select(&html, "svg .commons a");
    assert!(points.len() >= 20, "{}", points.len());
    let listed = select(&html, "ul.map-list a");
    assert_eq!(listed.len(), points.len(), "every point is listed too");
    // Points sit inside the drawing.
    let svg = html
        .select(&Selector::parse("figure.map svg").expect("selector"))
        .next()
        .expect("an svg");
    let height: f64 = svg
        .value()
        .attr("viewBox")
        .and_then(|v| v.split(' ').nth(3))
        .and_then(|h| h.parse().ok())
        .expect("a view box");
    for circle in html.select(&Selector::parse("svg circle").expect("selector")) {
        let cx: f64 = circle
            .value()
            .attr("cx")
            .and_then(|v| v.parse().ok())
            .expect("cx");
        let cy: f64 = circle
            .value()
            .attr("cy")
            .and_then(|v| v.parse().ok())
            .expect("cy");
        assert!(
            (0.0..=800.0).contains(&cx) && (0.0..=height).contains(&cy),
            "{cx},{cy}"
        );
    }
    let (first, _) = &points[0];
    assert!(first.starts_with("/cities/valmont/commons/"), "{first}");
    assert_eq!(app.get(first).await.status, StatusCode::OK);
    // Nothing from outside unless configured.
    assert!(select(&html, "svg image").is_empty());
}

#[tokio::test]
async fn the_map_follows_the_registry_filters() {
    let app = TestApp::with_demo();
    let all = app.get("/map?city=valmont").await;
    let green = app.get("/map?city=valmont&category=green_space").await;
    let all_points = select(&all.html(), "svg .commons a");
    let green_points = select(&green.html(), "svg .commons a");
    assert!(!green_points.is_empty() && green_points.len() < all_points.len());
    for (href, _) in &green_points {
        let slug = href.rsplit('/').next().expect("slug");
        let commons = app
            .json(&format!("/api/v1/cities/valmont/commons/{slug}"))
            .await;
        assert_eq!(commons["category"], "green_space", "{href}");
    }
    assert!(
        green
            .body
            .contains("/pacts?city=valmont&amp;category=green_space")
    );
    assert_eq!(
        app.get("/map?category=lawn").await.status,
        StatusCode::BAD_REQUEST
    );
    let nothing = app.get("/map?q=zzzzzz").await;
    assert_eq!(nothing.status, StatusCode::OK);
    assert!(select(&nothing.html(), "svg .commons a").is_empty());
}

#[tokio::test]
async fn configured_tiles_are_drawn_behind_and_allowed_by_the_policy() {
    let app = TestApp::with_config(|config| {
        config.map_tiles = Some("https://tiles.example.org/{z}/{x}/{y}.png".into());
        config.map_attribution = "© Example contributors".into();
    });
    let page = app.get("/map").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let tiles = html
        .select(&Selector::parse("svg image").expect("selector"))
        .filter_map(|i| i.value().attr("href").map(str::to_owned))
        .collect::<Vec<_>>();
    assert!(!tiles.is_empty());
    assert!(
        tiles
            .iter()
            .all(|t| t.starts_with("https://tiles.example.org/"))
    );
    let policy = page.header("content-security-policy").expect("a policy");
    assert!(
        policy.contains("img-src 'self' data: https://tiles.example.org"),
        "{policy}"
    );
    assert!(page.body.contains("© Example contributors"));
}

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

/// Valmont's demo, with an administrator and an officer of the city.
fn valmont_with_staff() -> TestApp {
    let app = TestApp::with_demo();
    common::create_user(
        &app,
        "admin@valmont.example",
        "Hélène Garnier",
        pacta::domain::account::Role::Admin,
        Some("valmont"),
    );
    common::create_user(
        &app,
        "agent@valmont.example",
        "Paul Martin",
        pacta::domain::account::Role::Officer,
        Some("valmont"),
    );
    app
}

fn drawn(page: &common::TestResponse) -> usize {
    select(&page.html(), "svg .districts polygon").len()
}

#[tokio::test]
async fn district_forms_are_for_administrators_and_refuse_what_cannot_be_drawn() {
    let app = valmont_with_staff();
    let officer = app.browser();
    officer.sign_in("agent@valmont.example").await;
    assert_eq!(
        officer.get("/admin/valmont/districts").await.status,
        StatusCode::FORBIDDEN
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    assert!(
        admin
            .get("/account")
            .await
            .body
            .contains("/admin/valmont/districts"),
        "the administrator's page links to the districts"
    );
    let list = admin.get("/admin/valmont/districts").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.texts("table.districts tbody tr").len(), 6);
    // Every error at once, what was typed kept; a name taken (case aside).
    let bad = admin
        .post(
            "/admin/valmont/districts",
            &[
                ("name", "  "),
                ("boundary", r#"{"type":"Point","coordinates":[6.6,46.7]}"#),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.texts(".error-summary li").len(), 2);
    assert!(bad.body.contains("n’est pas un polygone GeoJSON"));
    assert!(
        bad.body.contains("&quot;Point&quot;"),
        "the boundary typed is kept"
    );
    let twice = admin
        .post(
            "/admin/valmont/districts",
            &[("name", "les tanneurs"), ("boundary", "")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("existe déjà"));
    let list = admin.get("/admin/valmont/districts").await;
    assert_eq!(list.texts("table.districts tbody tr").len(), 6);
    assert_eq!(drawn(&app.get("/map?city=valmont").await), 6);
    assert_eq!(
        admin.get("/admin/valmont/districts/nowhere").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_administrator_adds_a_district_and_draws_its_boundary() {
    let app = valmont_with_staff();
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    // A district exported by a GIS tool, as a collection of one feature.
    let outline = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom":"Les Vergers"},"geometry":{"type":"Polygon","coordinates":[[[6.650,46.776],[6.655,46.776],[6.655,46.780],[6.650,46.780],[6.650,46.776]]]}}]}"#;
    let added = admin
        .post(
            "/admin/valmont/districts",
            &[("name", " Les  Vergers "), ("boundary", outline)],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let list = admin.get("/admin/valmont/districts").await;
    assert!(
        list.texts("table.districts th a")
            .contains(&"Les Vergers".to_owned())
    );
    let map = app.get("/map?city=valmont").await;
    assert_eq!(drawn(&map), 7, "the new district is drawn");
    assert!(map.body.contains("Les Vergers"));

    // Renamed and its boundary cleared: the slug stays.
    let form = admin.get("/admin/valmont/districts/les-vergers").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("FeatureCollection"),
        "the boundary is shown to edit"
    );
    let renamed = admin
        .post(
            "/admin/valmont/districts/les-vergers",
            &[("name", "Vergers du Nord"), ("boundary", "")],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    assert_eq!(drawn(&app.get("/map?city=valmont").await), 6);
    let form = admin.get("/admin/valmont/districts/les-vergers").await;
    assert!(form.body.contains(r#"value="Vergers du Nord""#));
    let clash = admin
        .post(
            "/admin/valmont/districts/les-vergers",
            &[("name", "Centre-Ville"), ("boundary", "")],
        )
        .await;
    assert_eq!(clash.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(clash.body.contains("existe déjà"));
}

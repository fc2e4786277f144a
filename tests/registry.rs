//! The public registry through the real router: pages, JSON twins,
//! filters, bad input, privacy, languages and headers.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use sha2::{Digest, Sha256};

#[tokio::test]
async fn home_shows_the_key_figures_of_every_city() {
    let app = TestApp::with_demo();
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="fr">"#));
    let stats = app.json("/api/v1/stats").await;
    let in_force = stats["figures"]["pacts_in_force"].as_i64().expect("count");
    assert!(in_force >= 20, "demo has pacts in force: {in_force}");
    let figures = page.texts(".figures dd");
    assert_eq!(figures[0], in_force.to_string());
    let cities = page.texts("ul.cities a");
    assert_eq!(
        cities,
        vec!["Comune di Borgoverde", "Ville de Valmont-sur-Orbe"]
    );
    let city_sum: i64 = stats["cities"]
        .as_array()
        .expect("cities")
        .iter()
        .map(|c| c["figures"]["pacts_total"].as_i64().expect("n"))
        .sum();
    assert_eq!(
        city_sum,
        stats["figures"]["pacts_total"].as_i64().expect("n")
    );
}

#[tokio::test]
async fn registry_pages_through_every_pact_newest_first() {
    let app = TestApp::with_demo();
    let first = app.json("/api/v1/pacts").await;
    let total = first["total"].as_i64().expect("total");
    assert_eq!(first["items"].as_array().expect("items").len(), 20);
    assert_eq!(first["pages"].as_i64(), Some((total + 19) / 20));
    let mut seen = std::collections::HashSet::new();
    for page in 1..=first["pages"].as_i64().expect("pages") {
        let json = app.json(&format!("/api/v1/pacts?page={page}")).await;
        for item in json["items"].as_array().expect("items") {
            assert!(
                seen.insert(format!("{}/{}", item["city"]["slug"], item["number"])),
                "no pact twice"
            );
        }
    }
    assert_eq!(i64::try_from(seen.len()).expect("small"), total);
    let years: Vec<i64> = first["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["year"].as_i64().expect("year"))
        .collect();
    assert!(
        years.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {years:?}"
    );

    let html = app.get("/pacts").await;
    assert_eq!(html.texts(".pacts li.pact").len(), 20);
    assert!(html.body.contains(r#"rel="next" href="/pacts?page=2""#));
    assert_eq!(html.texts(".count"), vec![format!("{total} pactes")]);
}

#[tokio::test]
async fn each_filter_keeps_only_matching_pacts() {
    let app = TestApp::with_demo();
    let check = async |query: &str, test: &dyn Fn(&serde_json::Value) -> bool| {
        let json = app.json(&format!("/api/v1/pacts?{query}")).await;
        let items = json["items"].as_array().expect("items").clone();
        assert!(!items.is_empty(), "{query} finds something");
        assert!(items.iter().all(test), "{query}: {items:#?}");
        json["total"].as_i64().expect("total")
    };
    let active = check("status=active", &|i| i["status"] == "active").await;
    let in_valmont = check("status=active&city=valmont", &|i| {
        i["status"] == "active" && i["city"]["slug"] == "valmont"
    })
    .await;
    assert!(in_valmont < active, "the city filter narrows");
    check("kind=complex", &|i| i["kind"] == "complex").await;
    check("category=green_space", &|i| {
        i["commons"]["category"] == "green_space"
    })
    .await;
    check("city=valmont&district=les-tanneurs", &|i| {
        i["commons"]["district"] == "Les Tanneurs"
    })
    .await;
    check("year=2022", &|i| i["year"] == 2022).await;
    // Words are searched in titles, summaries, commons and texts.
    check("q=JARDIN", &|i| {
        let text = format!(
            "{} {} {} {}",
            i["title"], i["summary"], i["commons"]["name"], i["highlight"]["excerpt"]
        )
        .to_lowercase();
        text.contains("jardin")
    })
    .await;
    check("q=jardin+tilleuls", &|i| {
        i["title"].as_str().is_some_and(|t| t.contains("Tilleuls"))
    })
    .await;
    let none = app.json("/api/v1/pacts?q=zzzz%25").await;
    assert_eq!(
        none["total"], 0,
        "% in a search is a literal, not a wildcard"
    );
    let html = app.get("/pacts?q=zzzz").await;
    assert_eq!(html.status, StatusCode::OK);
    assert_eq!(html.texts(".empty").len(), 1);
}

#[tokio::test]
async fn html_and_json_twins_agree_on_the_same_filters() {
    let app = TestApp::with_demo();
    let query = "city=valmont&kind=ordinary&status=active";
    let json = app.json(&format!("/api/v1/pacts?{query}")).await;
    let html = app.get(&format!("/pacts?{query}")).await;
    let titles: Vec<String> = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["title"].as_str().expect("title").to_owned())
        .collect();
    assert_eq!(html.texts("li.pact h3"), titles);
    // The form shows the filters in force.
    assert_eq!(
        html.texts("select#status option[selected]"),
        vec!["En vigueur"]
    );
    assert!(
        html.body
            .contains(r#"href="/api/v1/pacts?city=valmont&amp;status=active&amp;kind=ordinary""#)
    );
}

#[tokio::test]
async fn malformed_filters_get_a_clear_message_not_a_crash() {
    let app = TestApp::with_demo();
    for (query, expected) in [
        (
            "status=signed",
            "La valeur « signed » n’existe pas pour le filtre « status ».",
        ),
        (
            "page=0",
            "Le numéro de page doit être un nombre entre 1 et 10000.",
        ),
        (
            "page=abc",
            "Le numéro de page doit être un nombre entre 1 et 10000.",
        ),
        (
            "page=99999999999999999999999",
            "Le numéro de page doit être un nombre entre 1 et 10000.",
        ),
        (
            "year=twenty",
            "L’année doit s’écrire avec quatre chiffres, par exemple 2025.",
        ),
        (
            "district=..%2F..%2Fetc",
            "La valeur « ../../etc » n’existe pas pour le filtre « district ».",
        ),
        (
            "status=active&status=expired",
            "Les paramètres de recherche ne sont pas valides (un paramètre est peut-être répété).",
        ),
    ] {
        let html = app.get(&format!("/pacts?{query}")).await;
        assert_eq!(html.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(html.texts("p.error"), vec![expected.to_owned()], "{query}");
        assert!(
            html.body.contains(r#"<a class="brand" href="/">"#),
            "in the site layout"
        );
        let json = app.get(&format!("/api/v1/pacts?{query}")).await;
        assert_eq!(json.status, StatusCode::BAD_REQUEST);
        assert_eq!(json.json()["error"]["message"], expected);
    }
    let long = "a".repeat(201);
    assert_eq!(
        app.get(&format!("/pacts?q={long}")).await.status,
        StatusCode::BAD_REQUEST
    );
    // A page past the end is empty, not an error.
    let past = app.json("/api/v1/pacts?page=500").await;
    assert_eq!(past["items"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn pact_page_shows_the_pact_its_text_and_history() {
    let app = TestApp::with_demo();
    let listed = app
        .json("/api/v1/pacts?city=valmont&status=active&q=Tilleuls")
        .await;
    let number = listed["items"][0]["number"]
        .as_str()
        .expect("number")
        .to_owned();
    let page = app.get(&format!("/cities/valmont/pacts/{number}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("h1"),
        vec!["Entretien et animation du jardin partagé des Tilleuls"]
    );
    assert!(
        page.texts("p.meta")
            .iter()
            .any(|m| m.contains(&number) && m.contains("En vigueur"))
    );
    let parties = page.texts("ul.parties li");
    assert!(
        parties
            .iter()
            .any(|p| p.starts_with("Association « Les Jardins de l’Écluse » — Porteur du projet"))
    );
    assert!(
        parties
            .iter()
            .any(|p| p.starts_with("Ville de Valmont-sur-Orbe — La Ville"))
    );
    let headings = page.texts(".text article h3");
    assert_eq!(headings.first().map(String::as_str), Some("Préambule"));
    assert!(headings.iter().any(|h| h.starts_with("Article 8")));
    let history = page.texts("ol.history li");
    assert!(
        history
            .first()
            .is_some_and(|h| h.contains("Proposition déposée"))
    );
    assert!(
        history
            .iter()
            .any(|h| h.contains("Pacte signé, entré en vigueur"))
    );
    assert!(
        page.body.contains("Renouvelle le pacte"),
        "renews the 2022 pact"
    );

    let json = app
        .json(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await;
    let content = json["version"]["content"].as_str().expect("canonical text");
    let hash = hex::encode(Sha256::digest(content.as_bytes()));
    assert_eq!(
        json["version"]["sha256"],
        hash.as_str(),
        "the published hash is the SHA-256 of the canonical text"
    );
    assert!(page.texts("code.hash").contains(&hash));
    assert_eq!(
        json["version"]["number"], 2,
        "co-design made a second version"
    );
    assert_eq!(json["status"], "active");
    assert!(json["start_date"].is_string() && json["end_date"].is_string());
}

#[tokio::test]
async fn private_individuals_appear_only_by_the_name_they_published() {
    let app = TestApp::with_demo();
    // Amélie Fontaine-Roux published "Amélie F."; Nadia Benali published nothing.
    let amelie = app
        .json("/api/v1/pacts?city=valmont&q=Tilleuls&status=active")
        .await;
    let number = amelie["items"][0]["number"]
        .as_str()
        .expect("number")
        .to_owned();
    let page = app.get(&format!("/cities/valmont/pacts/{number}")).await;
    assert!(page.body.contains("Amélie F."));
    assert!(!page.body.contains("Fontaine-Roux"));
    let nadia = app
        .json("/api/v1/pacts?city=valmont&q=Sorbiers&status=suspended")
        .await;
    let number = nadia["items"][0]["number"]
        .as_str()
        .expect("number")
        .to_owned();
    let page = app.get(&format!("/cities/valmont/pacts/{number}")).await;
    let json = app
        .get(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await;
    for body in [&page.body, &json.body] {
        assert!(!body.contains("Benali"), "no private name in public output");
    }
    assert!(
        page.texts("ul.parties li")
            .iter()
            .any(|p| p.starts_with("Un habitant ou une habitante"))
    );
}

#[tokio::test]
async fn unknown_pacts_and_places_are_404_pages_in_the_layout() {
    let app = TestApp::with_demo();
    for uri in [
        "/cities/valmont/pacts/2026-9999",
        "/cities/valmont/pacts/not-a-number",
        "/cities/nowhere/pacts/2026-0001",
        "/cities/valmont/commons/nowhere",
        "/cities/Valmont",
        "/no/such/page",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(page.texts("h1"), vec!["Page introuvable"], "{uri}");
        assert!(
            page.header("content-type")
                .is_some_and(|c| c.starts_with("text/html"))
        );
    }
    let json = app.get("/api/v1/cities/valmont/pacts/2026-9999").await;
    assert_eq!(json.status, StatusCode::NOT_FOUND);
    assert_eq!(json.json()["error"]["status"], 404);
}

#[tokio::test]
async fn commons_page_lists_every_pact_on_it() {
    let app = TestApp::with_demo();
    let page = app.get("/cities/valmont/commons/jardin-des-tilleuls").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), vec!["Jardin partagé des Tilleuls"]);
    let json = app
        .json("/api/v1/cities/valmont/commons/jardin-des-tilleuls")
        .await;
    let pacts = json["pacts"].as_array().expect("pacts");
    assert_eq!(pacts.len(), 2, "the pact and the one it renewed");
    assert_eq!(page.texts("li.pact h3").len(), 2);
    assert_eq!(json["district"]["name"], "Bellevue-Écluse");
    assert_eq!(json["kind"], "tangible");
}

#[tokio::test]
async fn city_page_shows_its_regulation_and_deadlines() {
    let app = TestApp::with_demo();
    let page = app.get("/cities/borgoverde").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("deliberazione del Consiglio comunale n. 37")
    );
    assert!(page.texts(".facts dd").iter().any(|d| d == "45 jours"));
    let json = app.json("/api/v1/cities/borgoverde").await;
    assert_eq!(json["city"]["review_days"], 45);
    assert_eq!(json["districts"].as_array().map(Vec::len), Some(3));
    let cities = app.json("/api/v1/cities").await;
    assert_eq!(cities["cities"].as_array().map(Vec::len), Some(2));
    let stats = app.json("/api/v1/stats").await;
    for entry in stats["cities"].as_array().expect("cities") {
        let slug = entry["city"]["slug"].as_str().expect("slug");
        let city = app.json(&format!("/api/v1/cities/{slug}")).await;
        assert_eq!(
            city["figures"], entry["figures"],
            "{slug}: one city's figures match the home page"
        );
    }
}

#[tokio::test]
async fn language_follows_the_browser_then_the_visitors_choice() {
    let app = TestApp::with_demo();
    let italian = app
        .get_with("/pacts", &[("accept-language", "it-IT,it;q=0.9,en;q=0.5")])
        .await;
    assert!(italian.body.contains(r#"<html lang="it">"#));
    assert_eq!(italian.texts("h1"), vec!["Registro dei patti"]);
    let english = app
        .get_with("/pacts?status=nope", &[("accept-language", "de, en;q=0.5")])
        .await;
    assert_eq!(
        english.texts("p.error"),
        vec!["“nope” is not a value of the “status” filter."]
    );

    let choose = app.get("/lang/en?back=/pacts%3Fstatus%3Dactive").await;
    assert_eq!(choose.status, StatusCode::SEE_OTHER);
    assert_eq!(choose.header("location"), Some("/pacts?status=active"));
    let cookie = choose.header("set-cookie").expect("cookie").to_owned();
    assert!(cookie.starts_with("pacta_lang=en;") && cookie.contains("SameSite=Lax"));
    let chosen = app
        .get_with(
            "/",
            &[("cookie", "pacta_lang=en"), ("accept-language", "it")],
        )
        .await;
    assert!(
        chosen.body.contains(r#"<html lang="en">"#),
        "the choice beats the browser"
    );

    for evil in ["https://evil.example", "//evil.example", "/\\evil.example"] {
        let response = app
            .get(&format!(
                "/lang/fr?back={}",
                evil.replace('/', "%2F").replace('\\', "%5C")
            ))
            .await;
        assert_eq!(
            response.header("location"),
            Some("/"),
            "{evil} is not followed"
        );
    }
    assert_eq!(app.get("/lang/de").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_page_sets_security_headers() {
    let app = TestApp::with_demo();
    for uri in ["/", "/pacts", "/api/v1/pacts", "/nowhere"] {
        let response = app.get(uri).await;
        let csp = response.header("content-security-policy").expect("CSP");
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{uri}"
        );
        assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
        assert!(response.header("referrer-policy").is_some());
    }
    let home = app.get("/").await;
    let url = home
        .html()
        .select(&scraper::Selector::parse(r#"link[rel="stylesheet"]"#).expect("selector"))
        .next()
        .and_then(|l| l.value().attr("href").map(str::to_owned))
        .expect("a stylesheet");
    assert!(
        url.starts_with("/static/style.css?v="),
        "versioned, so it can be cached for good: {url}"
    );
    let css = app.get(&url).await;
    assert_eq!(
        css.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
}

#[tokio::test]
async fn health_reports_the_database() {
    let app = TestApp::new();
    let response = app.get("/healthz").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.json()["database"], "ok");
}

#[tokio::test]
async fn an_empty_registry_still_renders() {
    let app = TestApp::new();
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(
        home.texts(".figures dd"),
        vec!["0", "0", "0", "0", "0", "0"]
    );
    let registry = app.get("/pacts").await;
    assert_eq!(registry.status, StatusCode::OK);
    assert_eq!(registry.texts(".count"), vec!["Aucun pacte ne correspond."]);
}

#[tokio::test]
async fn wrong_method_gets_an_error_page() {
    let app = TestApp::with_demo();
    let response = app.browser().post("/pacts", &[]).await;
    assert_eq!(response.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        response.texts("p.error"),
        vec!["Cette action n’est pas possible sur cette adresse."]
    );
}

#[tokio::test]
async fn the_public_api_may_be_read_from_any_site_and_the_pages_may_not() {
    let app = TestApp::with_demo();
    let origin = [("origin", "https://data.example.org")];
    let api = app.get_with("/api/v1/pacts?city=valmont", &origin).await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.header("access-control-allow-origin"), Some("*"));
    let preflight = app
        .request(
            axum::http::Request::builder()
                .method("OPTIONS")
                .uri("/api/v1/cities/valmont")
                .header("origin", "https://data.example.org")
                .header("access-control-request-method", "GET")
                .body(axum::body::Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(preflight.status, StatusCode::OK);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    assert!(
        preflight
            .header("access-control-allow-methods")
            .is_some_and(|m| m.contains("GET") && !m.contains("POST"))
    );
    let page = app.get_with("/pacts?city=valmont", &origin).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header("access-control-allow-origin"), None);
}

#[tokio::test]
async fn unchanged_public_pages_answer_304_to_conditional_requests() {
    let app = TestApp::with_demo();
    for uri in [
        "/pacts?city=valmont",
        "/api/v1/cities/valmont",
        "/cities/valmont",
    ] {
        let first = app.get(uri).await;
        assert_eq!(first.status, StatusCode::OK, "{uri}");
        let tag = first.header("etag").expect("an ETag").to_owned();
        assert_eq!(first.header("cache-control"), Some("private, no-cache"));
        let again = app.get_with(uri, &[("if-none-match", &tag)]).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(again.body.is_empty());
        let other = app.get_with(uri, &[("if-none-match", "W/\"0000\"")]).await;
        assert_eq!(other.status, StatusCode::OK, "{uri}");
        assert_eq!(other.body, first.body);
    }
    // A change gives a new tag.
    let before = app.get("/api/v1/cities/valmont/pacts/2025-0001").await;
    let tag = before.header("etag").expect("an ETag").to_owned();
    common::with_conn(&app.state.pool, |conn| {
        use diesel::prelude::*;
        use pacta::db::schema::pacts;
        diesel::update(pacts::table.filter(pacts::number.eq("2025-0001")))
            .set(pacts::summary.eq("Un résumé mis à jour."))
            .execute(conn)
            .expect("changed");
    });
    let after = app
        .get_with(
            "/api/v1/cities/valmont/pacts/2025-0001",
            &[("if-none-match", &tag)],
        )
        .await;
    assert_eq!(after.status, StatusCode::OK);
    assert_ne!(after.header("etag"), Some(tag.as_str()));
    // Pages for the signed in only are not tagged.
    assert_eq!(app.get("/account").await.header("etag"), None);
}

#[tokio::test]
async fn cursors_walk_the_registry_once_even_as_pacts_are_added() {
    let app = TestApp::with_demo();
    let first = app.json("/api/v1/pacts?city=valmont").await;
    let total = first["total"].as_i64().expect("total");
    let mut seen: Vec<String> = Vec::new();
    let mut page = first;
    loop {
        for item in page["items"].as_array().expect("items") {
            seen.push(item["number"].as_str().expect("number").to_owned());
        }
        let Some(cursor) = page["next_cursor"].as_str().map(str::to_owned) else {
            break;
        };
        if seen.len() == 20 {
            // A pact submitted meanwhile does not shift what comes next.
            common::with_conn(&app.state.pool, |conn| {
                let pact = pacta::db::registry::search(
                    conn,
                    &app.state.registry,
                    &pacta::domain::filter::RegistryFilter {
                        city: Some("valmont".into()),
                        page: 1,
                        ..Default::default()
                    },
                )
                .expect("search")
                .items[0]
                    .clone();
                let detail = pacta::db::pacts::find(conn, pact.pact.city_id, &pact.pact.number)
                    .expect("query")
                    .expect("pact");
                let text = detail.version.expect("text").text;
                pacta::db::pacts::create(
                    conn,
                    &pacta::db::pacts::NewProposal {
                        city_id: pact.pact.city_id,
                        commons_id: pact.pact.commons_id,
                        renews_pact_id: None,
                        title: "Nouveau venu".into(),
                        summary: String::new(),
                        kind: pact.pact.kind,
                        intensity: pact.pact.intensity,
                        duration_months: 12,
                        parties: Vec::new(),
                        text,
                        author: "Test".into(),
                    },
                    common::test_now(),
                )
                .expect("created");
            });
        }
        page = app
            .json(&format!("/api/v1/pacts?city=valmont&cursor={cursor}"))
            .await;
    }
    assert_eq!(i64::try_from(seen.len()).expect("small"), total);
    let unique: std::collections::HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "no pact twice");
    assert!(!seen.iter().any(String::is_empty));
    // Across cities, where numbers repeat, every pact comes once too.
    let everywhere = app.json("/api/v1/pacts").await;
    let total = everywhere["total"].as_i64().expect("total");
    let mut all = std::collections::HashSet::new();
    let mut page = everywhere;
    loop {
        for item in page["items"].as_array().expect("items") {
            let key = format!("{}/{}", item["city"]["slug"], item["number"]);
            assert!(all.insert(key), "no pact twice");
        }
        let Some(cursor) = page["next_cursor"].as_str().map(str::to_owned) else {
            break;
        };
        page = app.json(&format!("/api/v1/pacts?cursor={cursor}")).await;
    }
    assert_eq!(i64::try_from(all.len()).expect("small"), total);
    // Ranked searches continue by position.
    let ranked = app.json("/api/v1/pacts?q=pacte").await;
    let cursor = ranked["next_cursor"]
        .as_str()
        .expect("a word of every text fills more than one page");
    let next = app
        .json(&format!("/api/v1/pacts?q=pacte&cursor={cursor}"))
        .await;
    let key = |item: &serde_json::Value| format!("{}/{}", item["city"]["slug"], item["number"]);
    let first: std::collections::HashSet<String> = ranked["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(key)
        .collect();
    let second = next["items"].as_array().expect("items");
    assert!(!second.is_empty());
    assert!(
        second.iter().all(|item| !first.contains(&key(item))),
        "the next page goes on"
    );
    let bad = app.get("/api/v1/pacts?cursor=forged").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("curseur"), "{}", bad.body);
}

#[tokio::test]
async fn the_api_is_rate_limited_per_client_with_standard_headers() {
    let app = TestApp::with_config(|config| config.api_rate_limit = 3);
    for remaining in ["2", "1", "0"] {
        let answer = app.get("/api/v1/cities").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.header("ratelimit-limit"), Some("3"));
        assert_eq!(answer.header("ratelimit-remaining"), Some(remaining));
        assert!(answer.header("ratelimit-reset").is_some());
    }
    let over = app.get("/api/v1/pacts").await;
    assert_eq!(over.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = over
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=20).contains(&wait), "{wait}");
    assert_eq!(over.json()["error"]["status"], 429);
    assert!(over.body.contains("Trop de requêtes"), "{}", over.body);
    // Pages are for people, and are not limited this way.
    assert_eq!(app.get("/pacts").await.status, StatusCode::OK);
    // Without a limit, no headers either.
    let unlimited = TestApp::with_config(|config| config.api_rate_limit = 0);
    for _ in 0..5 {
        let answer = unlimited.get("/api/v1/cities").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.header("ratelimit-limit"), None);
    }
}

#[tokio::test]
async fn public_pages_carry_last_modified_and_answer_if_modified_since() {
    let app = TestApp::with_demo();
    // A URL no other test of this binary asks for (dates are per URL).
    let uri = "/api/v1/cities/valmont/pacts/2024-0001?dated=1";
    let first = app.get(uri).await;
    assert_eq!(first.status, StatusCode::OK);
    let date = first.header("last-modified").expect("a date").to_owned();
    let parsed = httpdate::parse_http_date(&date).expect("an HTTP date");
    let again = app.get_with(uri, &[("if-modified-since", &date)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let earlier = httpdate::fmt_http_date(parsed - std::time::Duration::from_secs(3600));
    let stale = app.get_with(uri, &[("if-modified-since", &earlier)]).await;
    assert_eq!(stale.status, StatusCode::OK);
    // A change, even within the same second, dates the page later.
    common::with_conn(&app.state.pool, |conn| {
        use diesel::prelude::*;
        use pacta::db::schema::pacts;
        diesel::update(pacts::table.filter(pacts::number.eq("2024-0001")))
            .set(pacts::summary.eq("Un autre résumé."))
            .execute(conn)
            .expect("changed");
    });
    let after = app.get_with(uri, &[("if-modified-since", &date)]).await;
    assert_eq!(after.status, StatusCode::OK);
    let newer = httpdate::parse_http_date(after.header("last-modified").expect("a date"))
        .expect("an HTTP date");
    assert!(newer > parsed);
    // When a tag is asked about, the tag decides.
    let newer_date = httpdate::fmt_http_date(newer);
    let tagged = app
        .get_with(
            uri,
            &[
                ("if-none-match", "W/\"0000\""),
                ("if-modified-since", &newer_date),
            ],
        )
        .await;
    assert_eq!(tagged.status, StatusCode::OK);
}

#[tokio::test]
async fn shared_pages_are_rendered_once_and_follow_every_write_they_show() {
    use diesel::prelude::*;
    use pacta::db::schema::{pacts, reports};
    let app = TestApp::with_demo();
    let uri = "/pacts?city=valmont";
    let first = app.get(uri).await;
    let again = app.get(uri).await;
    assert_eq!(again.body, first.body);
    assert_eq!(again.header("etag"), first.header("etag"));
    // Each language has its own.
    let italian = app.get_with(uri, &[("accept-language", "it")]).await;
    assert!(italian.body.contains(r#"<html lang="it">"#));
    assert_ne!(italian.header("etag"), first.header("etag"));
    // A pact's change (every one records an event) shows at once.
    let listed = app.json("/api/v1/pacts?city=valmont").await;
    let number = listed["items"][0]["number"]
        .as_str()
        .expect("a pact")
        .to_owned();
    let (pact_id, title): (i64, String) = common::with_conn(&app.state.pool, |conn| {
        let city = pacta::db::cities::find(conn, "valmont")
            .expect("query")
            .expect("city");
        pacts::table
            .filter(pacts::city_id.eq(city.id))
            .filter(pacts::number.eq(&number))
            .select((pacts::id, pacts::title))
            .first(conn)
            .expect("a pact")
    });
    assert!(first.body.contains(&title), "{title}");
    common::with_conn(&app.state.pool, |conn| {
        diesel::update(pacts::table.find(pact_id))
            .set(pacts::title.eq("Un titre tout neuf"))
            .execute(conn)
            .expect("changed");
        pacta::db::pacts::record_event(
            conn,
            pact_id,
            common::test_now(),
            (pacta::domain::lifecycle::Actor::Officer, "Claire"),
            "text_edited",
            "",
        )
        .expect("recorded");
    });
    let changed = app.get(uri).await;
    assert!(changed.body.contains("Un titre tout neuf"));
    assert_ne!(changed.header("etag"), first.header("etag"));
    // So does a new district, in the filter form.
    common::with_conn(&app.state.pool, |conn| {
        let city = pacta::db::cities::find(conn, "valmont")
            .expect("query")
            .expect("city");
        pacta::db::cities::insert_district(conn, city.id, "les-vergers", "Les Vergers")
            .expect("district");
    });
    assert!(app.get(uri).await.body.contains("Les Vergers"));
    // And an accepted report, in the figures.
    let author = common::create_user(
        &app,
        "remi@example.org",
        "Rémi Blanc",
        pacta::domain::account::Role::Resident,
        None,
    );
    let figures = |v: serde_json::Value| v["figures"]["volunteers"].as_i64().expect("volunteers");
    let before = figures(app.json("/api/v1/stats").await);
    let page_before = app.get("/").await;
    common::with_conn(&app.state.pool, |conn| {
        let at = common::test_now().naive_utc();
        let day = at.date();
        let id: i64 = diesel::insert_into(reports::table)
            .values((
                reports::pact_id.eq(pact_id),
                reports::author_id.eq(author),
                reports::period_start.eq(day),
                reports::period_end.eq(day),
                reports::activities.eq("Désherbage"),
                reports::places.eq("Le jardin"),
                reports::beneficiaries.eq(10),
                reports::volunteers.eq(37),
                reports::hours.eq(120),
                reports::resources_parties.eq(""),
                reports::resources_city.eq(""),
                reports::problems.eq(""),
                reports::state.eq("submitted"),
                reports::created_at.eq(at),
                reports::updated_at.eq(at),
            ))
            .returning(reports::id)
            .get_result(conn)
            .expect("a report");
        assert!(
            pacta::db::reports::review(conn, id, true, "", common::test_now()).expect("reviewed")
        );
    });
    assert_eq!(figures(app.json("/api/v1/stats").await), before + 37);
    assert_ne!(app.get("/").await.body, page_before.body);
    // Someone signed in gets their own page, with their name.
    let remi = common::signed_in(&app, "remi@example.org").await;
    let theirs = remi.get(uri).await;
    assert!(theirs.body.contains("Rémi Blanc"));
    assert!(!app.get(uri).await.body.contains("Rémi Blanc"));
}

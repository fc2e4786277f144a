//! The OpenAPI document matches what the server does: every public API
//! route is documented and every documented route is served; each answers
//! a real request on the demo with a documented status and a body valid
//! against its documented schema (JSON Schema, components resolved).

mod common;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::{Value, json};

fn document() -> Value {
    serde_json::from_str(pacta::web::api::OPENAPI).expect("the document is JSON")
}

/// Checks `body` against the schema of `status` for `path`.
fn check(doc: &Value, path: &str, status: StatusCode, body: &str) {
    let responses = &doc["paths"][path]["get"]["responses"];
    let response = &responses[status.as_str()];
    assert!(
        response.is_object(),
        "{path} answered {status}, which the document does not list"
    );
    let Some(schema) = response["content"]["application/json"]["schema"].as_object() else {
        return;
    };
    // The schema with the document's components beside it, so that its
    // references resolve.
    let mut root = json!({"components": doc["components"].clone()});
    for (key, value) in schema {
        root[key] = value.clone();
    }
    let validator = jsonschema::validator_for(&root).expect("a valid schema");
    let instance: Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{path}: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{path} ({status}): {errors:?}");
}

#[test]
fn every_public_api_route_is_documented_and_nothing_else() {
    let doc = document();
    let documented: std::collections::BTreeSet<String> = doc["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .cloned()
        .collect();
    let served: std::collections::BTreeSet<String> = pacta::web::routes::route_table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/") && r.method == "GET")
        .map(|r| r.path.to_owned())
        .collect();
    assert_eq!(documented, served);
}

#[tokio::test]
async fn every_documented_route_answers_as_documented() {
    let app = TestApp::with_demo();
    let doc = document();
    let pact = app.json("/api/v1/cities/valmont/pacts/2021-0001").await;
    let code = pact["version"]["sha256"].as_str().expect("sha")[..12].to_owned();
    let concrete = |path: &str| -> String {
        path.replace("{city}", "valmont")
            .replace("{number}", "2021-0001")
            .replace("{commons}", "jardin-des-tilleuls")
            .replace("{version}", "1")
            .replace("{code}", &code)
    };
    let examples: Vec<(String, String)> = doc["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .map(|path| {
            let query = if path.ends_with("/compare") {
                "?from=1&to=2"
            } else {
                ""
            };
            (path.clone(), format!("{}{query}", concrete(path)))
        })
        .collect();
    for (path, url) in &examples {
        let response = app.get(url).await;
        assert_eq!(response.status, StatusCode::OK, "{url}: {}", response.body);
        check(&doc, path, response.status, &response.body);
    }
    // Errors are documented too, with their body.
    for (path, url, status) in [
        (
            "/api/v1/pacts",
            "/api/v1/pacts?status=signed",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/pacts",
            "/api/v1/pacts?cursor=forged",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/cities/{city}",
            "/api/v1/cities/nowhere",
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/cities/{city}/pacts/{number}",
            "/api/v1/cities/valmont/pacts/1999-0001",
            StatusCode::NOT_FOUND,
        ),
    ] {
        let response = app.get(url).await;
        assert_eq!(response.status, status, "{url}");
        check(&doc, path, response.status, &response.body);
    }
}

#[tokio::test]
async fn every_documented_registry_parameter_is_understood() {
    let app = TestApp::with_demo();
    let doc = document();
    let examples = [
        ("city", "valmont"),
        ("status", "active"),
        ("kind", "ordinary"),
        ("intensity", "continuous_care"),
        ("district", "les-tanneurs"),
        ("category", "green_space"),
        ("party", "association"),
        ("year", "2024"),
        ("from", "2025-01-01"),
        ("to", "2025-12-31"),
        ("q", "jardin"),
        ("page", "1"),
        ("cursor", ""),
    ];
    let parameters = doc["paths"]["/api/v1/pacts"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    assert_eq!(parameters.len(), examples.len());
    for parameter in parameters {
        let name = parameter["name"].as_str().expect("name");
        let (_, value) = examples
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("an example for {name}"));
        let url = format!("/api/v1/pacts?{name}={value}");
        let response = app.get(&url).await;
        assert_eq!(response.status, StatusCode::OK, "{url}");
        check(&doc, "/api/v1/pacts", response.status, &response.body);
        // A value that cannot be one is refused, naming the parameter.
        if !matches!(name, "q" | "cursor" | "city" | "district") {
            let bad = app.get(&format!("/api/v1/pacts?{name}=%3F%3F")).await;
            assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{name}");
        }
    }
}

//! The authorisation matrix: every route, requested by every kind of
//! person, is allowed or denied as this table says. A route added to the
//! application without a line here makes the test fail.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{TEST_CSRF, TestApp, create_user, with_conn};
use pacta::domain::account::Role;
use pacta::web::routes::route_table;

/// Who asks, in the order of the columns below.
const ROLES: [&str; 6] = [
    "public",
    "resident",
    "representative of another party",
    "officer of this city",
    "officer of another city",
    "administrator",
];

/// Expected answers: `Y` allowed, `N` denied, one letter per role above.
const MATRIX: &[(&str, &str, &str)] = &[
    ("GET", "/", "YYYYYY"),
    ("GET", "/pacts", "YYYYYY"),
    ("GET", "/pacts/feed.atom", "YYYYYY"),
    ("GET", "/cities/{city}/feed.atom", "YYYYYY"),
    ("GET", "/cities/{city}", "YYYYYY"),
    ("GET", "/cities/{city}/pacts/{number}", "YYYYYY"),
    ("POST", "/cities/{city}/pacts/{number}/comments", "NYYYYY"),
    ("POST", "/cities/{city}/pacts/{number}/follow", "NYYYYY"),
    ("GET", "/cities/{city}/pacts/{number}/versions", "YYYYYY"),
    (
        "GET",
        "/cities/{city}/pacts/{number}/versions/{version}",
        "YYYYYY",
    ),
    (
        "GET",
        "/cities/{city}/pacts/{number}/versions/{version}/pdf",
        "YYYYYY",
    ),
    // The demo's first pact is the representative's party's: they draft it.
    (
        "POST",
        "/cities/{city}/pacts/{number}/versions/{version}/comments",
        "NNYYNY",
    ),
    ("GET", "/cities/{city}/pacts/{number}/compare", "YYYYYY"),
    ("GET", "/cities/{city}/pacts/{number}/edit", "NNYYNY"),
    ("POST", "/cities/{city}/pacts/{number}/edit", "NNYYNY"),
    ("GET", "/cities/{city}/pacts/{number}/signature", "NYYYYY"),
    ("POST", "/cities/{city}/pacts/{number}/signature", "NYYYYY"),
    (
        "POST",
        "/cities/{city}/pacts/{number}/signature/decline",
        "NYYYYY",
    ),
    (
        "GET",
        "/cities/{city}/pacts/{number}/agreement.pdf",
        "YYYYYY",
    ),
    ("GET", "/sign/{token}", "YYYYYY"),
    ("POST", "/sign/{token}", "YYYYYY"),
    ("POST", "/sign/{token}/code", "YYYYYY"),
    ("POST", "/sign/{token}/decline", "YYYYYY"),
    ("GET", "/cities/{city}/pacts/{number}/reports/new", "NNYNNN"),
    (
        "POST",
        "/cities/{city}/pacts/{number}/reports/new",
        "NNYNNN",
    ),
    (
        "GET",
        "/cities/{city}/pacts/{number}/reports/{id}/edit",
        "NNYNNN",
    ),
    (
        "POST",
        "/cities/{city}/pacts/{number}/reports/{id}/edit",
        "NNYNNN",
    ),
    ("GET", "/reports/photos/{id}", "YYYYYY"),
    ("POST", "/cities/{city}/pacts/{number}/disputes", "NNYYNY"),
    ("POST", "/cities/{city}/pacts/{number}/renewal", "NNYYNY"),
    ("POST", "/cities/{city}/pacts/{number}/amendment", "NNYYNY"),
    (
        "POST",
        "/cities/{city}/pacts/{number}/renewal/objection",
        "NNYYNY",
    ),
    ("GET", "/cities/{city}/commons/{commons}", "YYYYYY"),
    ("GET", "/cities/{city}/calls", "YYYYYY"),
    ("GET", "/verify", "YYYYYY"),
    ("POST", "/verify", "YYYYYY"),
    ("GET", "/verify/{code}", "YYYYYY"),
    ("GET", "/lang/{code}", "YYYYYY"),
    ("GET", "/static/style.css", "YYYYYY"),
    ("GET", "/healthz", "YYYYYY"),
    ("GET", "/map", "YYYYYY"),
    ("GET", "/statistics", "YYYYYY"),
    ("GET", "/cities/{city}/statistics", "YYYYYY"),
    ("GET", "/api/v1/statistics", "YYYYYY"),
    ("GET", "/open-data", "YYYYYY"),
    ("GET", "/api/v1/openapi.json", "YYYYYY"),
    ("GET", "/open-data/pacts.csv", "YYYYYY"),
    ("GET", "/open-data/pacts.json", "YYYYYY"),
    ("GET", "/open-data/pacts.geojson", "YYYYYY"),
    ("GET", "/open-data/pacts.schema.json", "YYYYYY"),
    ("GET", "/open-data/catalog.jsonld", "YYYYYY"),
    ("GET", "/signup", "YYYYYY"),
    ("POST", "/signup", "YYYYYY"),
    ("GET", "/signin", "YYYYYY"),
    ("POST", "/signin", "YYYYYY"),
    ("POST", "/signout", "YYYYYY"),
    ("GET", "/signin/link", "YYYYYY"),
    ("POST", "/signin/link", "YYYYYY"),
    ("GET", "/signin/link/{token}", "YYYYYY"),
    ("POST", "/signin/link/{token}", "YYYYYY"),
    ("GET", "/password/reset", "YYYYYY"),
    ("POST", "/password/reset", "YYYYYY"),
    ("GET", "/account/reset/{token}", "YYYYYY"),
    ("POST", "/account/reset/{token}", "YYYYYY"),
    ("GET", "/account/verify/{token}", "YYYYYY"),
    ("POST", "/account/verify/{token}", "YYYYYY"),
    ("GET", "/account/password/{token}", "YYYYYY"),
    ("POST", "/account/password/{token}", "YYYYYY"),
    ("GET", "/signin/second-factor", "YYYYYY"),
    ("POST", "/signin/second-factor", "YYYYYY"),
    ("GET", "/account/security", "NYYYYY"),
    ("POST", "/account/totp/start", "NYYYYY"),
    ("GET", "/account/totp/setup", "NYYYYY"),
    ("POST", "/account/totp/confirm", "NYYYYY"),
    ("POST", "/account/totp/disable", "NYYYYY"),
    ("GET", "/proposals", "NYYYYY"),
    ("GET", "/proposals/new", "NYYYYY"),
    ("POST", "/proposals", "NYYYYY"),
    ("GET", "/proposals/{id}", "NYYYYY"),
    ("POST", "/proposals/{id}", "NYYYYY"),
    ("POST", "/proposals/{id}/withdraw", "NYYYYY"),
    ("GET", "/proposals/{id}/documents", "NYYYYY"),
    ("POST", "/proposals/{id}/documents", "NYYYYY"),
    ("GET", "/proposals/{id}/attachments", "NYYYYY"),
    ("POST", "/proposals/{id}/attachments", "NYYYYY"),
    (
        "POST",
        "/proposals/{id}/attachments/{file}/remove",
        "NYYYYY",
    ),
    ("GET", "/attachments/{id}", "YYYYYY"),
    ("POST", "/proposals/{id}/invitations", "NYYYYY"),
    ("GET", "/invitations/{token}", "YYYYYY"),
    ("POST", "/invitations/{token}", "NYYYYY"),
    ("GET", "/account/notifications", "NYYYYY"),
    ("POST", "/account/notifications", "NYYYYY"),
    ("GET", "/account", "NYYYYY"),
    ("POST", "/account/profile", "NYYYYY"),
    ("GET", "/account/export", "NYYYYY"),
    ("POST", "/account/close", "NYYYYY"),
    ("GET", "/admin/{city}/staff", "NNNNNY"),
    ("POST", "/admin/{city}/staff", "NNNNNY"),
    ("POST", "/admin/{city}/security", "NNNNNY"),
    ("GET", "/admin/{city}/seal", "NNNNNY"),
    ("GET", "/admin/{city}/jobs", "NNNNNY"),
    ("GET", "/admin/{city}", "NNNYNY"),
    ("POST", "/admin/{city}/seal", "NNNNNY"),
    ("GET", "/admin/{city}/settings", "NNNNNY"),
    ("POST", "/admin/{city}/settings", "NNNNNY"),
    ("GET", "/admin/{city}/districts", "NNNNNY"),
    ("POST", "/admin/{city}/districts", "NNNNNY"),
    ("GET", "/admin/{city}/districts/{district}", "NNNNNY"),
    ("POST", "/admin/{city}/districts/{district}", "NNNNNY"),
    ("GET", "/admin/{city}/proposals", "NNNYNY"),
    ("POST", "/admin/{city}/proposals/bulk", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/act", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/signatures", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/reporting", "NNNYNY"),
    ("GET", "/admin/{city}/pacts/{number}/complete", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/complete", "NNNYNY"),
    ("POST", "/admin/{city}/reports/{id}/review", "NNNYNY"),
    ("POST", "/admin/{city}/disputes/{id}/conciliation", "NNNYNY"),
    ("POST", "/admin/{city}/disputes/{id}/close", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/renewal", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/amendment", "NNNYNY"),
    ("POST", "/admin/{city}/signatures/{id}/resend", "NNNYNY"),
    ("POST", "/admin/{city}/signatures/{id}/cancel", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/assign", "NNNYNY"),
    ("POST", "/admin/{city}/pacts/{number}/draft", "NNNYNY"),
    ("GET", "/admin/{city}/templates", "NNNYNY"),
    ("POST", "/admin/{city}/templates", "NNNYNY"),
    ("GET", "/admin/{city}/templates/{id}", "NNNYNY"),
    ("POST", "/admin/{city}/templates/{id}", "NNNYNY"),
    ("GET", "/admin/{city}/calls", "NNNYNY"),
    ("POST", "/admin/{city}/calls", "NNNYNY"),
    ("POST", "/admin/{city}/calls/{id}/close", "NNNYNY"),
    ("GET", "/admin/{city}/parties", "NNNYNY"),
    ("POST", "/admin/{city}/parties/members", "NNNYNY"),
    ("POST", "/admin/{city}/parties/members/remove", "NNNYNY"),
    ("GET", "/api/v1/stats", "YYYYYY"),
    ("GET", "/api/v1/pacts", "YYYYYY"),
    ("GET", "/api/v1/cities", "YYYYYY"),
    ("GET", "/api/v1/cities/{city}", "YYYYYY"),
    ("GET", "/api/v1/cities/{city}/pacts/{number}", "YYYYYY"),
    ("GET", "/api/v1/cities/{city}/commons/{commons}", "YYYYYY"),
    ("GET", "/api/v1/cities/{city}/calls", "YYYYYY"),
    ("GET", "/api/v1/verify/{code}", "YYYYYY"),
    (
        "GET",
        "/api/v1/cities/{city}/pacts/{number}/reports",
        "YYYYYY",
    ),
    (
        "GET",
        "/api/v1/cities/{city}/pacts/{number}/versions",
        "YYYYYY",
    ),
    (
        "GET",
        "/api/v1/cities/{city}/pacts/{number}/versions/{version}",
        "YYYYYY",
    ),
    (
        "GET",
        "/api/v1/cities/{city}/pacts/{number}/compare",
        "YYYYYY",
    ),
];

fn concrete(path: &str) -> String {
    path.replace("{city}", "valmont")
        .replace("{number}", "2025-0001")
        .replace("{commons}", "jardin-des-tilleuls")
        .replace("{code}", "fr")
        .replace("{token}", &"ab".repeat(32))
        .replace("{id}", "1")
        .replace("{version}", "1")
        .replace("{file}", "1")
        .replace("{district}", "centre")
}

/// Whether the response is a refusal: a redirect to sign in, or a 403
/// saying access is denied.
fn denied(status: StatusCode, location: Option<&str>, body: &str) -> bool {
    (status == StatusCode::SEE_OTHER && location.is_some_and(|l| l.starts_with("/signin?next=")))
        || (status == StatusCode::FORBIDDEN
            && (body.contains("Accès refusé") || body.contains("Connectez-vous")))
}

#[test]
fn every_route_has_a_line_in_the_matrix() {
    let table = route_table();
    for route in &table {
        assert!(
            MATRIX
                .iter()
                .any(|(m, p, _)| *m == route.method && *p == route.path),
            "{} {} is not in the authorisation matrix",
            route.method,
            route.path
        );
    }
    for (method, path, _) in MATRIX {
        assert!(
            table.iter().any(|r| r.method == *method && r.path == *path),
            "{method} {path} is no longer a route"
        );
    }
}

/// One account per role (the public has none).
fn people(app: &TestApp) -> [Option<i64>; 6] {
    let resident = create_user(
        app,
        "resident@example.org",
        "Résidente",
        Role::Resident,
        None,
    );
    let representative = create_user(app, "rep@example.org", "Représentant", Role::Resident, None);
    with_conn(&app.state.pool, |conn| {
        use diesel::prelude::*;
        use pacta::db::schema::{memberships, parties};
        let party: i64 = parties::table
            .filter(parties::kind.eq("association"))
            .select(parties::id)
            .first(conn)
            .expect("a party");
        diesel::insert_into(memberships::table)
            .values((
                memberships::user_id.eq(representative),
                memberships::party_id.eq(party),
                memberships::is_representative.eq(true),
                memberships::created_at.eq(common::test_now().naive_utc()),
            ))
            .execute(conn)
            .expect("membership");
    });
    let officer_here = create_user(
        app,
        "officer@valmont.example",
        "Agent",
        Role::Officer,
        Some("valmont"),
    );
    let officer_elsewhere = create_user(
        app,
        "officer@borgoverde.example",
        "Funzionario",
        Role::Officer,
        Some("borgoverde"),
    );
    let admin = create_user(
        app,
        "admin@valmont.example",
        "Admin",
        Role::Admin,
        Some("valmont"),
    );
    [
        None,
        Some(resident),
        Some(representative),
        Some(officer_here),
        Some(officer_elsewhere),
        Some(admin),
    ]
}

/// Requests `method uri` as `user`, with a fresh session (POST /signout
/// ends the one it is given) and a valid CSRF token.
async fn request_as(
    app: &TestApp,
    user: Option<i64>,
    method: &str,
    uri: &str,
) -> common::TestResponse {
    let mut cookie = format!("pacta_csrf={TEST_CSRF}");
    if let Some(user) = user {
        let (token, hash) = pacta::security::new_token();
        with_conn(&app.state.pool, |conn| {
            pacta::db::users::insert_session(
                conn,
                &hash,
                user,
                common::test_now(),
                chrono::TimeDelta::days(1),
            )
            .expect("session");
        });
        cookie = format!("{cookie}; pacta_session={token}");
    }
    let request = if method == "POST" {
        Request::post(uri)
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={TEST_CSRF}")))
    } else {
        Request::get(uri)
            .header("cookie", &cookie)
            .body(Body::empty())
    };
    app.request(request.expect("request")).await
}

#[tokio::test]
async fn every_role_gets_exactly_what_the_matrix_says() {
    let app = TestApp::with_demo();
    let users = people(&app);
    let mut wrong = Vec::new();
    for (method, path, expected) in MATRIX {
        for (i, user) in users.iter().enumerate() {
            let uri = concrete(path);
            let response = request_as(&app, *user, method, &uri).await;
            assert!(
                response.status != StatusCode::INTERNAL_SERVER_ERROR,
                "{method} {uri} as {}: 500",
                ROLES[i]
            );
            let was_denied = denied(response.status, response.header("location"), &response.body);
            if was_denied != (expected.as_bytes()[i] == b'N') {
                wrong.push(format!(
                    "{method} {path} as {}: got {}",
                    ROLES[i], response.status
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected answers:\n{}",
        wrong.join("\n")
    );
}

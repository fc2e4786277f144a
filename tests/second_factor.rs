//! Two-factor authentication: setting it up, signing in with a code or a
//! recovery code, replay protection, rate limits, and a city that requires
//! it of its staff.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, test_now, with_conn};
use diesel::prelude::*;
use pacta::db::schema::users;
use pacta::domain::account::Role;

fn secret_of(app: &TestApp, email: &str) -> String {
    with_conn(&app.state.pool, |conn| {
        users::table
            .filter(users::email.eq(email))
            .select(users::totp_secret)
            .first::<Option<String>>(conn)
            .expect("user")
    })
    .expect("a secret")
}

fn code_at(secret: &str, at: chrono::DateTime<chrono::Utc>) -> String {
    pacta::security::totp_code(secret, u64::try_from(at.timestamp()).expect("positive"))
        .expect("code")
}

/// Signs in and turns the second factor on; returns the recovery codes.
async fn enable(app: &TestApp, browser: &common::Browser<'_>, email: &str) -> Vec<String> {
    assert_eq!(
        browser.post("/account/totp/start", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let setup = browser.get("/account/totp/setup").await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("<svg"), "a QR code");
    let secret = secret_of(app, email);
    assert!(setup.body.contains(&secret), "the key to type by hand");
    let wrong = browser
        .post("/account/totp/confirm", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = browser
        .post(
            "/account/totp/confirm",
            &[("code", &code_at(&secret, app.clock_now()))],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    done.texts("ul.codes li")
}

trait Now {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc>;
}

impl Now for TestApp {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc> {
        pacta::clock::Clock::now(self.clock.as_ref())
    }
}

#[tokio::test]
async fn an_officer_turns_on_the_second_factor_and_signs_in_with_it() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let browser = app.browser();
    browser.sign_in("claire@valmont.example").await;
    let codes = enable(&app, &browser, "claire@valmont.example").await;
    assert_eq!(codes.len(), 10);
    assert!(
        browser
            .get("/account/security")
            .await
            .body
            .contains("10 codes de secours")
    );
    assert_eq!(
        browser.get("/account").await.status,
        StatusCode::OK,
        "the session that set it up stays open"
    );

    // A new sign-in now asks for a code after the password.
    app.clock.set(test_now() + chrono::TimeDelta::minutes(5));
    let second = app.browser();
    second.sign_in("claire@valmont.example").await;
    let asked = second.get("/account").await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        asked.header("location"),
        Some("/signin/second-factor?next=/account")
    );
    assert_eq!(
        second
            .get("/signin/second-factor?next=/account")
            .await
            .status,
        StatusCode::OK
    );
    let wrong = second
        .post(
            "/signin/second-factor",
            &[("code", "123456"), ("next", "/account")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let code = code_at(&secret_of(&app, "claire@valmont.example"), app.clock_now());
    let right = second
        .post(
            "/signin/second-factor",
            &[("code", &code), ("next", "/account")],
        )
        .await;
    assert_eq!(right.status, StatusCode::SEE_OTHER);
    assert_eq!(right.header("location"), Some("/account"));
    assert_eq!(second.get("/account").await.status, StatusCode::OK);

    // The same code cannot be used twice, even in another session.
    let third = app.browser();
    third.sign_in("claire@valmont.example").await;
    let replay = third
        .post("/signin/second-factor", &[("code", &code)])
        .await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);

    // A recovery code works once.
    let recovery = third
        .post(
            "/signin/second-factor",
            &[("code", &codes[0].to_uppercase())],
        )
        .await;
    assert_eq!(recovery.status, StatusCode::SEE_OTHER);
    let fourth = app.browser();
    fourth.sign_in("claire@valmont.example").await;
    assert_eq!(
        fourth
            .post("/signin/second-factor", &[("code", &codes[0])])
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert!(
        third
            .get("/account/security")
            .await
            .body
            .contains("9 codes de secours")
    );
}

#[tokio::test]
async fn wrong_codes_are_limited() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let first = app.browser();
    first.sign_in("claire@valmont.example").await;
    enable(&app, &first, "claire@valmont.example").await;
    let browser = app.browser();
    browser.sign_in("claire@valmont.example").await;
    for _ in 0..5 {
        assert_eq!(
            browser
                .post("/signin/second-factor", &[("code", "111111")])
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let code = code_at(
        &secret_of(&app, "claire@valmont.example"),
        app.clock_now() + chrono::TimeDelta::seconds(30),
    );
    assert_eq!(
        browser
            .post("/signin/second-factor", &[("code", &code)])
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_city_can_require_the_second_factor_of_its_staff() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "admin@valmont.example",
        "Hélène Garnier",
        Role::Admin,
        Some("valmont"),
    );
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    assert_eq!(
        admin
            .post("/admin/valmont/security", &[("required", "on")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // The administrator too is now sent to set it up.
    assert_eq!(
        admin.get("/admin/valmont/staff").await.header("location"),
        Some("/account/security")
    );

    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let blocked = officer.get("/account").await;
    assert_eq!(blocked.header("location"), Some("/account/security"));
    let security = officer.get("/account/security").await;
    assert_eq!(security.status, StatusCode::OK);
    assert_eq!(security.texts("p.error").len(), 1, "says why");
    assert_eq!(
        officer.get("/pacts").await.status,
        StatusCode::OK,
        "the public registry stays open"
    );
    enable(&app, &officer, "claire@valmont.example").await;
    assert_eq!(officer.get("/account").await.status, StatusCode::OK);
    let code = code_at(
        &secret_of(&app, "claire@valmont.example"),
        app.clock_now() + chrono::TimeDelta::seconds(30),
    );
    let disable = officer
        .post("/account/totp/disable", &[("code", &code)])
        .await;
    assert_eq!(
        disable.status,
        StatusCode::FORBIDDEN,
        "cannot be turned off while required"
    );
}

#[tokio::test]
async fn a_resident_can_turn_the_second_factor_off_with_a_code() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    enable(&app, &browser, "amelie@example.org").await;
    app.clock.set(test_now() + chrono::TimeDelta::minutes(1));
    let wrong = browser
        .post("/account/totp/disable", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = code_at(&secret_of(&app, "amelie@example.org"), app.clock_now());
    assert_eq!(
        browser
            .post("/account/totp/disable", &[("code", &code)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let again = app.browser();
    again.sign_in("amelie@example.org").await;
    assert_eq!(
        again.get("/account").await.status,
        StatusCode::OK,
        "no code asked any more"
    );
}

//! Accounts through the real router: sign-up with e-mail confirmation,
//! sign-in and out, sessions, CSRF, staff onboarding.

mod common;

use axum::http::StatusCode;
use common::{TEST_PASSWORD, TestApp, create_user, link_in, mail_to, with_conn};
use diesel::prelude::*;
use pacta::db::schema::{sessions, users};
use pacta::domain::account::Role;

async fn sign_up(browser: &common::Browser<'_>, email: &str) -> common::TestResponse {
    browser
        .post(
            "/signup",
            &[
                ("name", "Amélie Fontaine-Roux"),
                ("email", email),
                ("password", "quai-des-tanneurs-1868"),
            ],
        )
        .await
}

#[tokio::test]
async fn a_resident_signs_up_confirms_and_is_signed_in() {
    let app = TestApp::with_demo();
    let browser = app.browser();
    let form = browser.get("/signup").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"name="csrf""#));

    let done = sign_up(&browser, "Amelie@Example.org ").await;
    assert_eq!(done.status, StatusCode::OK);
    assert_eq!(done.texts("h1"), vec!["Vérifiez votre messagerie"]);
    let mails = mail_to(&app, "amelie@example.org");
    assert_eq!(
        mails.len(),
        1,
        "one confirmation message, queued with the account"
    );
    assert_eq!(mails[0].0, "Confirmez votre adresse pour Pacta");

    // Not confirmed yet: signing in fails with the generic message.
    let early = browser
        .post(
            "/signin",
            &[
                ("email", "amelie@example.org"),
                ("password", "quai-des-tanneurs-1868"),
            ],
        )
        .await;
    assert_eq!(early.status, StatusCode::UNAUTHORIZED);

    let link = link_in(&mails[0].1, "http://127.0.0.1:8080/account/verify/");
    let path = link.trim_start_matches("http://127.0.0.1:8080");
    // Opening the link (as a mail scanner would) does not use it up.
    assert_eq!(app.browser().get(path).await.status, StatusCode::OK);
    let page = browser.get(path).await;
    assert_eq!(page.texts("h1"), vec!["Confirmer votre adresse"]);
    let confirmed = browser.post(path, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(confirmed.header("location"), Some("/account"));
    let cookie = confirmed.header("set-cookie").expect("session cookie");
    assert!(
        cookie.starts_with("pacta_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
    assert!(!cookie.contains("Secure"), "plain HTTP in tests");

    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(
        account
            .texts(".facts dd")
            .contains(&"amelie@example.org".to_owned())
    );
    assert!(
        account
            .texts("header nav a")
            .contains(&"Amélie Fontaine-Roux".to_owned())
    );

    assert_eq!(
        app.browser().get(path).await.status,
        StatusCode::GONE,
        "the link works once"
    );
    assert_eq!(app.browser().post(path, &[]).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn signing_up_with_a_known_address_reveals_nothing() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let response = sign_up(&app.browser(), "claire@valmont.example").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(
        response.texts("h1"),
        vec!["Vérifiez votre messagerie"],
        "same page as for a new address"
    );
    let mails = mail_to(&app, "claire@valmont.example");
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, "Vous avez déjà un compte sur Pacta");
    let count: i64 = with_conn(&app.state.pool, |conn| {
        users::table
            .filter(users::email.eq("claire@valmont.example"))
            .count()
            .get_result(conn)
            .expect("count")
    });
    assert_eq!(count, 1);
}

#[tokio::test]
async fn every_sign_up_error_is_shown_at_once_and_what_was_typed_is_kept() {
    let app = TestApp::with_demo();
    let response = app
        .browser()
        .post(
            "/signup",
            &[
                ("name", "  "),
                ("email", "amelie@"),
                ("password", "password123"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(response.texts(".error-summary li").len(), 3);
    assert_eq!(response.texts(".field-error").len(), 3);
    assert!(
        response.body.contains(r#"value="amelie@""#),
        "the address typed is kept"
    );
    assert!(
        !response.body.contains("password123"),
        "the password is never sent back"
    );
    assert!(response.body.contains(r#"aria-invalid="true""#));
    assert!(mail_to(&app, "amelie@").is_empty());
}

#[tokio::test]
async fn sign_in_failures_all_look_the_same() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let wrong_password = app
        .browser()
        .post(
            "/signin",
            &[
                ("email", "claire@valmont.example"),
                ("password", "wrong-password-here"),
            ],
        )
        .await;
    let unknown = app
        .browser()
        .post(
            "/signin",
            &[
                ("email", "nobody@valmont.example"),
                ("password", "wrong-password-here"),
            ],
        )
        .await;
    for response in [&wrong_password, &unknown] {
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
        assert_eq!(response.texts("p.error").len(), 1);
        assert!(
            response
                .header("set-cookie")
                .is_none_or(|c| !c.starts_with("pacta_session"))
        );
    }
    assert_eq!(wrong_password.texts("p.error"), unknown.texts("p.error"));
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
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
    let stolen = browser.cookie("pacta_session").expect("session cookie");
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);
    let out = browser.post("/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        browser.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    let sessions_left: i64 = with_conn(&app.state.pool, |conn| {
        sessions::table.count().get_result(conn).expect("count")
    });
    assert_eq!(sessions_left, 0);
    // A copy of the old cookie is worthless.
    let replay = app
        .get_with(
            "/account",
            &[("cookie", &format!("pacta_session={stolen}"))],
        )
        .await;
    assert_eq!(replay.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn sessions_expire() {
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
    app.clock
        .set(common::test_now() + chrono::TimeDelta::days(15));
    let response = browser.get("/account").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.header("location"), Some("/signin?next=/account"));
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_are_refused() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let browser = app.browser();
    let fields = [
        ("email", "claire@valmont.example"),
        ("password", TEST_PASSWORD),
    ];
    let missing = browser.post_raw("/signin", &fields).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert_eq!(missing.texts("h1"), vec!["Accès refusé"]);
    let mut wrong = vec![("csrf", "f".repeat(64))];
    wrong.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        browser.post_raw("/signin", &wrong).await.status,
        StatusCode::FORBIDDEN
    );
    let foreign = app
        .request(
            axum::http::Request::post("/signin")
                .header("cookie", format!("pacta_csrf={}", common::TEST_CSRF))
                .header("origin", "https://evil.example")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(format!(
                    "csrf={}&email=claire%40valmont.example&password={TEST_PASSWORD}",
                    common::TEST_CSRF
                )))
                .expect("request"),
        )
        .await;
    assert_eq!(
        foreign.status,
        StatusCode::FORBIDDEN,
        "a form posted from another site"
    );
    assert_eq!(
        browser.post("/signin", &fields).await.status,
        StatusCode::SEE_OTHER,
        "the right token works"
    );
}

#[tokio::test]
async fn sign_in_goes_back_to_the_page_asked_for_but_only_on_this_site() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let asked = app.browser().get("/account").await;
    assert_eq!(asked.header("location"), Some("/signin?next=/account"));
    let form = app.browser().get("/signin?next=/account").await;
    assert!(form.body.contains(r#"name="next" value="/account""#));
    let browser = app.browser();
    let response = browser
        .post(
            "/signin",
            &[
                ("email", "claire@valmont.example"),
                ("password", TEST_PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(response.header("location"), Some("/account"));
}

#[tokio::test]
async fn an_administrator_adds_an_officer_who_sets_a_password_from_the_link() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "admin@valmont.example",
        "Hélène Garnier",
        Role::Admin,
        Some("valmont"),
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    let page = admin.get("/admin/valmont/staff").await;
    assert_eq!(page.status, StatusCode::OK);
    let added = admin
        .post(
            "/admin/valmont/staff",
            &[
                ("name", "Claire Morel"),
                ("email", "claire@valmont.example"),
                ("role", "officer"),
                ("can_sign", "on"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let list = admin.get("/admin/valmont/staff").await;
    assert!(
        list.texts("table.staff td")
            .contains(&"claire@valmont.example".to_owned())
    );
    let duplicate = admin
        .post(
            "/admin/valmont/staff",
            &[
                ("name", "Claire"),
                ("email", "claire@valmont.example"),
                ("role", "officer"),
            ],
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);

    let mails = mail_to(&app, "claire@valmont.example");
    assert_eq!(mails.len(), 1);
    assert_eq!(
        mails[0].0,
        "Votre accès à Pacta pour Ville de Valmont-sur-Orbe"
    );
    let link = link_in(&mails[0].1, "http://127.0.0.1:8080/account/password/");
    let path = link.trim_start_matches("http://127.0.0.1:8080");
    let officer = app.browser();
    assert_eq!(officer.get(path).await.status, StatusCode::OK);
    let weak = officer.post(path, &[("password", "azerty12")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let set = officer
        .post(path, &[("password", "orbe-ecluse-platane-7")])
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    let account = officer.get("/account").await;
    assert!(
        account
            .texts(".facts dd")
            .contains(&"Agent instructeur".to_owned())
    );
    assert!(
        account.texts(".facts dd").contains(&"Oui".to_owned()),
        "may sign for the city"
    );
    assert_eq!(
        app.browser().get(path).await.status,
        StatusCode::GONE,
        "the link works once"
    );
    assert_eq!(
        officer.get("/admin/valmont/staff").await.status,
        StatusCode::FORBIDDEN,
        "officers do not manage staff"
    );
}

#[test]
fn the_command_line_creates_staff_and_prints_a_one_time_link() {
    let dir = tempfile::tempdir().expect("folder");
    let url = dir.path().join("pacta.sqlite3");
    let url = url.to_str().expect("UTF-8");
    let pacta = || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pacta"));
        command
            .env_remove("PACTA_DATABASE_URL")
            .env("PACTA_LOG", "warn")
            .args(["--database-url", url]);
        command
    };
    assert!(pacta().arg("demo").status().expect("runs").success());
    let output = pacta()
        .args([
            "user",
            "add",
            "--city",
            "valmont",
            "--role",
            "admin",
            "--email",
            "Helene@Valmont.example",
        ])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let link = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        link.trim()
            .starts_with("http://127.0.0.1:8080/account/password/"),
        "{link}"
    );
    let again = pacta()
        .args([
            "user",
            "add",
            "--city",
            "valmont",
            "--role",
            "officer",
            "--email",
            "helene@valmont.example",
        ])
        .output()
        .expect("runs");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has an account"));
    let nowhere = pacta()
        .args([
            "user",
            "add",
            "--city",
            "atlantis",
            "--role",
            "officer",
            "--email",
            "x@atlantis.example",
        ])
        .output()
        .expect("runs");
    assert!(!nowhere.status.success());
}

#[tokio::test]
async fn a_sign_in_link_signs_in_once() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let asked = app
        .browser()
        .post("/signin/link", &[("email", "Claire@valmont.example")])
        .await;
    assert_eq!(asked.texts("h1"), vec!["Vérifiez votre messagerie"]);
    let unknown = app
        .browser()
        .post("/signin/link", &[("email", "nobody@valmont.example")])
        .await;
    assert_eq!(unknown.body, asked.body, "same page for an unknown address");
    assert!(mail_to(&app, "nobody@valmont.example").is_empty());
    let mails = mail_to(&app, "claire@valmont.example");
    assert_eq!(mails[0].0, "Votre lien de connexion à Pacta");
    let path = link_in(&mails[0].1, "http://127.0.0.1:8080/signin/link/")
        .trim_start_matches("http://127.0.0.1:8080")
        .to_owned();
    let browser = app.browser();
    assert_eq!(browser.get(&path).await.status, StatusCode::OK);
    assert_eq!(browser.post(&path, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);
    assert_eq!(
        app.browser().post(&path, &[]).await.status,
        StatusCode::GONE,
        "once only"
    );
}

#[tokio::test]
async fn sign_in_links_expire() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    app.browser()
        .post("/signin/link", &[("email", "claire@valmont.example")])
        .await;
    let mails = mail_to(&app, "claire@valmont.example");
    let path = link_in(&mails[0].1, "http://127.0.0.1:8080/signin/link/")
        .trim_start_matches("http://127.0.0.1:8080")
        .to_owned();
    app.clock
        .set(common::test_now() + chrono::TimeDelta::minutes(21));
    assert_eq!(
        app.browser().post(&path, &[]).await.status,
        StatusCode::GONE
    );
}

#[tokio::test]
async fn a_password_reset_changes_the_password_and_closes_other_sessions() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let elsewhere = app.browser();
    elsewhere.sign_in("claire@valmont.example").await;
    app.browser()
        .post("/password/reset", &[("email", "claire@valmont.example")])
        .await;
    let mails = mail_to(&app, "claire@valmont.example");
    assert_eq!(mails[0].0, "Choisir un nouveau mot de passe pour Pacta");
    let path = link_in(&mails[0].1, "http://127.0.0.1:8080/account/reset/")
        .trim_start_matches("http://127.0.0.1:8080")
        .to_owned();
    let browser = app.browser();
    assert_eq!(browser.get(&path).await.status, StatusCode::OK);
    assert_eq!(
        browser
            .post(&path, &[("password", "orbe-ecluse-platane-7")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        elsewhere.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "the other session was closed"
    );
    let old = app
        .browser()
        .post(
            "/signin",
            &[
                ("email", "claire@valmont.example"),
                ("password", TEST_PASSWORD),
            ],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = app
        .browser()
        .post(
            "/signin",
            &[
                ("email", "claire@valmont.example"),
                ("password", "orbe-ecluse-platane-7"),
            ],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_slowed_down_with_a_clear_message() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    for _ in 0..5 {
        let response = app
            .browser()
            .post(
                "/signin",
                &[
                    ("email", "claire@valmont.example"),
                    ("password", "not-the-password"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    }
    let blocked = app
        .browser()
        .post(
            "/signin",
            &[
                ("email", "claire@valmont.example"),
                ("password", TEST_PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        blocked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert_eq!(
        blocked.texts("p.error"),
        vec!["Trop de tentatives. Par sécurité, réessayez dans 15 minutes."]
    );
    // Unknown accounts are limited the same way, so the limit reveals nothing.
    for _ in 0..5 {
        app.browser()
            .post(
                "/signin",
                &[
                    ("email", "ghost@valmont.example"),
                    ("password", "not-the-password"),
                ],
            )
            .await;
    }
    let ghost = app
        .browser()
        .post(
            "/signin",
            &[("email", "ghost@valmont.example"), ("password", "x")],
        )
        .await;
    assert_eq!(ghost.status, StatusCode::TOO_MANY_REQUESTS);
    app.clock
        .set(common::test_now() + chrono::TimeDelta::minutes(16));
    let later = app
        .browser()
        .post(
            "/signin",
            &[
                ("email", "claire@valmont.example"),
                ("password", TEST_PASSWORD),
            ],
        )
        .await;
    assert_eq!(later.status, StatusCode::SEE_OTHER, "the window has passed");
}

#[tokio::test]
async fn links_by_e_mail_are_limited_per_account() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    for _ in 0..3 {
        assert_eq!(
            app.browser()
                .post("/password/reset", &[("email", "claire@valmont.example")])
                .await
                .status,
            StatusCode::OK
        );
    }
    let fourth = app
        .browser()
        .post("/signin/link", &[("email", "claire@valmont.example")])
        .await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        mail_to(&app, "claire@valmont.example").len(),
        3,
        "no mail bombing"
    );
}

#[tokio::test]
async fn a_resident_edits_their_profile_and_sees_every_error() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Fontaine-Roux",
        Role::Resident,
        None,
    );
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let bad = browser
        .post(
            "/account/profile",
            &[
                ("name", ""),
                ("public_name", "Amélie F."),
                ("language", "de"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.texts(".error-summary li").len(), 2);
    assert!(
        bad.body.contains(r#"value="Amélie F.""#),
        "what was typed is kept"
    );
    let ok = browser
        .post(
            "/account/profile",
            &[
                ("name", "Amélie Roux"),
                ("public_name", "Amélie R."),
                ("language", "it"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = browser.get("/account").await;
    assert!(page.body.contains(r#"value="Amélie R.""#));
    assert!(
        page.body
            .contains(r#"<option value="it" lang="it" selected>"#)
    );
}

#[tokio::test]
async fn a_resident_downloads_what_the_registry_holds_about_them() {
    let app = TestApp::with_demo();
    let id = create_user(
        &app,
        "amelie@example.org",
        "Amélie Fontaine-Roux",
        Role::Resident,
        None,
    );
    with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::{memberships, parties};
        let party: i64 = parties::table
            .filter(parties::name.eq("Association « Les Jardins de l’Écluse »"))
            .select(parties::id)
            .first(conn)
            .expect("demo party");
        diesel::insert_into(memberships::table)
            .values((
                memberships::user_id.eq(id),
                memberships::party_id.eq(party),
                memberships::is_representative.eq(true),
                memberships::created_at.eq(common::test_now().naive_utc()),
            ))
            .execute(conn)
            .expect("membership");
    });
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let account = browser.get("/account").await;
    assert!(
        account
            .body
            .contains("Association « Les Jardins de l’Écluse »")
    );
    let export = browser.get("/account/export").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export
            .header("content-disposition")
            .is_some_and(|d| d.starts_with("attachment"))
    );
    let data = export.json();
    assert_eq!(data["account"]["email"], "amelie@example.org");
    assert_eq!(data["memberships"][0]["is_representative"], true);
    assert_eq!(data["sessions"].as_array().map(Vec::len), Some(1));
    assert!(
        !export.body.contains("argon2"),
        "no password hash in the export"
    );
}

#[tokio::test]
async fn a_closed_account_can_no_longer_sign_in_and_frees_its_address() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Fontaine-Roux",
        Role::Resident,
        None,
    );
    let browser = app.browser();
    browser.sign_in("amelie@example.org").await;
    let unconfirmed = browser.post("/account/close", &[]).await;
    assert_eq!(
        unconfirmed.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "closing needs the box ticked"
    );
    let closed = browser.post("/account/close", &[("confirm", "yes")]).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/account").await.status, StatusCode::SEE_OTHER);
    let again = app
        .browser()
        .post(
            "/signin",
            &[("email", "amelie@example.org"), ("password", TEST_PASSWORD)],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    let stored: (String, Option<String>) = with_conn(&app.state.pool, |conn| {
        users::table
            .filter(users::display_name.eq("Amélie Fontaine-Roux"))
            .select((users::email, users::password_hash))
            .first(conn)
            .expect("row kept for the history")
    });
    assert!(
        stored.0.ends_with("@invalid") && stored.1.is_none(),
        "address and password gone"
    );
    let new = app
        .browser()
        .post(
            "/signup",
            &[
                ("name", "Amélie"),
                ("email", "amelie@example.org"),
                ("password", "quai-des-tanneurs-1868"),
            ],
        )
        .await;
    assert_eq!(new.status, StatusCode::OK);
    assert_eq!(
        mail_to(&app, "amelie@example.org")[0].0,
        "Confirmez votre adresse pour Pacta",
        "the address is free again"
    );
}

#[tokio::test]
async fn an_officer_records_an_organisations_representative() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    create_user(
        &app,
        "joel@example.org",
        "Joël Lefèvre",
        Role::Resident,
        None,
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let page = officer.get("/admin/valmont/parties").await;
    assert_eq!(page.status, StatusCode::OK);
    let party: i64 = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::parties;
        parties::table
            .filter(parties::name.eq("Association « Les Jardins de l’Écluse »"))
            .select(parties::id)
            .first(conn)
            .expect("demo party")
    });
    let party = party.to_string();
    let unknown = officer
        .post(
            "/admin/valmont/parties/members",
            &[("party", &party), ("email", "ghost@example.org")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("Aucun compte ouvert"));
    let added = officer
        .post(
            "/admin/valmont/parties/members",
            &[
                ("party", &party),
                ("email", "joel@example.org"),
                ("representative", "on"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let resident = app.browser();
    resident.sign_in("joel@example.org").await;
    let account = resident.get("/account").await;
    assert!(
        account
            .body
            .contains("Association « Les Jardins de l’Écluse »")
    );
    assert!(account.body.contains("vous la représentez"));

    // A party of another city cannot be joined through this city's page.
    let other: i64 = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::{cities, parties};
        parties::table
            .inner_join(cities::table.on(cities::id.eq(parties::city_id)))
            .filter(cities::slug.eq("borgoverde"))
            .filter(parties::kind.eq("association"))
            .select(parties::id)
            .first(conn)
            .expect("Italian party")
    });
    let other = other.to_string();
    let foreign = officer
        .post(
            "/admin/valmont/parties/members",
            &[("party", &other), ("email", "joel@example.org")],
        )
        .await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);

    let page = officer.get("/admin/valmont/parties").await;
    let membership = page
        .html()
        .select(&scraper::Selector::parse(r#"input[name="membership"]"#).expect("selector"))
        .next()
        .and_then(|input| input.value().attr("value").map(str::to_owned))
        .expect("a membership to remove");
    assert_eq!(
        officer
            .post(
                "/admin/valmont/parties/members/remove",
                &[("membership", &membership)]
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(
        !resident
            .get("/account")
            .await
            .body
            .contains("vous la représentez")
    );
}

#[tokio::test]
async fn an_administrator_edits_the_citys_deadlines() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "admin@valmont.example",
        "Hélène Garnier",
        Role::Admin,
        Some("valmont"),
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    let form = admin.get("/admin/valmont/settings").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"value="90, 30, 7""#));
    let title = "Règlement des communs de Valmont";
    let act = "délibération n° 2026-12";
    let bad = admin
        .post(
            "/admin/valmont/settings",
            &[
                ("regulation_title", title),
                ("regulation_act", act),
                ("language", "fr"),
                ("review_days", "0"),
                ("publication_days", "abc"),
                ("complex_multiplier", "2"),
                ("expiry_notice_days", "60, soon"),
                ("signing_order", "sequential"),
                ("signing_link_days", "7"),
                ("reminder_days", "2"),
                ("reminder_cap", "11"),
                ("objection_days", "400"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.texts(".error-summary li").len(),
        5,
        "every error at once"
    );
    assert!(bad.body.contains("entre 0 et 10"));
    assert!(
        bad.body.contains(r#"value="60, soon""#),
        "what was typed is kept"
    );
    let ok = admin
        .post(
            "/admin/valmont/settings",
            &[
                ("regulation_title", title),
                ("regulation_act", act),
                ("language", "fr"),
                ("review_days", "45"),
                ("publication_days", "20"),
                ("complex_multiplier", "3"),
                ("expiry_notice_days", "60, 15"),
                ("signing_order", "sequential"),
                ("signing_link_days", "7"),
                ("reminder_days", "2"),
                ("reminder_cap", "0"),
                ("tacit_renewal", "1"),
                ("objection_days", "45"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let city = app.json("/api/v1/cities/valmont").await;
    assert_eq!(city["city"]["review_days"], 45);
    assert_eq!(city["city"]["expiry_notice_days"], "60,15");
    assert_eq!(city["city"]["regulation_act"], act);
    assert_eq!(city["city"]["signing_order"], "sequential");
    assert_eq!(city["city"]["signing_link_days"], 7);
    assert_eq!(city["city"]["reminder_cap"], 0);
    assert_eq!(city["city"]["tacit_renewal"], true);
    assert_eq!(city["city"]["objection_days"], 45);
    let page = app.get("/cities/valmont").await;
    assert!(
        page.texts(".facts dd")
            .iter()
            .any(|d| d.contains("60 jours pour les pactes complexes"))
    );
}

#[tokio::test]
async fn officers_can_be_tied_to_districts() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "admin@valmont.example",
        "Hélène Garnier",
        Role::Admin,
        Some("valmont"),
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    let form = admin.get("/admin/valmont/staff").await;
    assert_eq!(
        form.texts("fieldset .check label").len(),
        6,
        "one box per district"
    );
    let added = admin
        .post(
            "/admin/valmont/staff",
            &[
                ("name", "Yann Le Goff"),
                ("email", "yann@valmont.example"),
                ("role", "officer"),
                ("districts", "les-tanneurs"),
                ("districts", "vieux-port"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let list = admin.get("/admin/valmont/staff").await;
    assert!(
        list.texts("table.staff td")
            .contains(&"Les Tanneurs, Vieux-Port".to_owned())
    );
    assert!(
        list.texts("table.staff td")
            .contains(&"Toute la ville".to_owned()),
        "the administrator works for the whole city"
    );
    let bad = admin
        .post(
            "/admin/valmont/staff",
            &[
                ("name", "X"),
                ("email", "x@valmont.example"),
                ("role", "officer"),
                ("districts", "centro-storico"),
            ],
        )
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a district of another city"
    );
    assert!(bad.body.contains(r#"value="x@valmont.example""#));
}

#[tokio::test]
async fn sign_ups_with_one_address_are_limited_so_it_cannot_be_flooded() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    for _ in 0..3 {
        assert_eq!(
            sign_up(&app.browser(), "claire@valmont.example")
                .await
                .status,
            StatusCode::OK
        );
    }
    assert_eq!(
        sign_up(&app.browser(), "claire@valmont.example")
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(mail_to(&app, "claire@valmont.example").len(), 3);
}

//! The whole journey from proposal to signed agreement, in a real browser:
//! headless Chromium driven through chromedriver (WebDriver), against the
//! real server on a loopback port, on whichever database the suite runs on.
//!
//! resident proposes → officer reviews and publishes → someone comments →
//! the period closes → officer drafts from the template → proponent
//! comments an article → officer edits it → approval → sent for signature
//! → the proponent signs through their e-mailed link with a one-time code,
//! keyboard only → the signing officer signs → the pact is active, its
//! agreement issued, sealed and verifiable.
//!
//! Needs `chromium` and `chromedriver` (Debian: chromium, chromium-driver).
//! Without them the test says so and passes, unless
//! `PACTA_BROWSER_TESTS=1` is set, as `.ci/run` does, where their absence
//! fails it.

mod common;

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{TEST_PASSWORD, TestApp, create_user, with_conn};
use diesel::prelude::*;
use fantoccini::{Client, ClientBuilder, Locator};
use pacta::domain::account::Role;

/// chromedriver on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts chromedriver, or says why it cannot.
fn start_driver() -> Option<Driver> {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match child {
        Ok(child) => Some(Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }),
        Err(e) => {
            assert!(
                std::env::var("PACTA_BROWSER_TESTS").as_deref() != Ok("1"),
                "PACTA_BROWSER_TESTS=1 but chromedriver cannot start: {e}"
            );
            eprintln!(
                "skipped: chromedriver cannot start ({e}); install chromium and chromium-driver"
            );
            None
        }
    }
}

async fn connect(driver: &Driver) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--lang=fr", "--window-size=1200,1600", "--no-first-run"]
        }),
    );
    let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
    builder.capabilities(capabilities);
    // chromedriver takes a moment to listen.
    for _ in 0..50 {
        if let Ok(client) = builder.connect(&driver.url).await {
            return client;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("no WebDriver session at {}", driver.url);
}

/// Serves the application on a loopback port; returns its base URL.
async fn serve(app: &TestApp) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let address = listener.local_addr().expect("address");
    let router = app.router.clone();
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("server");
    });
    format!("http://{address}")
}

/// A person at the keyboard of the shared browser.
struct Person<'a> {
    client: &'a Client,
    site: &'a str,
}

impl Person<'_> {
    async fn go(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.site))
            .await
            .expect("page loads");
    }

    async fn type_in(&self, css: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        field.clear().await.expect("cleared");
        field.send_keys(text).await.expect("typed");
    }

    /// Clicks a submit button and waits for the next page to replace this
    /// one (WebDriver's click does not wait for a form's navigation).
    async fn submit(&self, css: &str) {
        let page = self
            .client
            .find(Locator::Css("html"))
            .await
            .expect("a page");
        self.click(css).await;
        for _ in 0..100 {
            if page.tag_name().await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} led to no new page");
    }

    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .expect("clicked");
    }

    async fn choose(&self, css: &str, value: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .select_by_value(value)
            .await
            .expect("chosen");
    }

    async fn text(&self, css: &str) -> String {
        let mut all = Vec::new();
        for element in self
            .client
            .find_all(Locator::Css(css))
            .await
            .expect("found")
        {
            all.push(element.text().await.expect("text"));
        }
        all.join("\n")
    }

    async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("url")
            .path()
            .to_owned()
    }

    /// Signs in as `email`, after signing out whoever was there.
    async fn sign_in(&self, email: &str) {
        self.client.delete_all_cookies().await.expect("signed out");
        self.go("/signin").await;
        self.type_in("#f-email", email).await;
        self.type_in("#f-password", TEST_PASSWORD).await;
        self.submit("form[action='/signin'] button[type=submit]")
            .await;
        assert!(
            !self.path().await.starts_with("/signin"),
            "{email} is signed in"
        );
    }

    /// Clicks the staff button of a lifecycle action on the pact page.
    async fn act(&self, pact: &str, action: &str) {
        self.go(pact).await;
        self.submit(&format!(
            "form:has(input[name=action][value={action}]) button"
        ))
        .await;
        assert_eq!(
            self.path().await,
            pact,
            "{action} brings the officer back to the pact"
        );
    }
}

/// The resident fills in and submits a proposal; returns the pact's path.
async fn propose(person: &Person<'_>) -> String {
    person.sign_in("amelie@example.org").await;
    person.go("/proposals/new?city=valmont").await;
    person.choose("#f-commons", "square-jean-moulin").await;
    person.type_in("#f-title", "Des bancs pour le square").await;
    person
        .type_in("#f-summary", "Fabriquer et entretenir des bancs en bois.")
        .await;
    person
        .type_in("#f-objectives", "Offrir des places assises aux familles.")
        .await;
    person
        .type_in("#f-activities", "Atelier de menuiserie en mai.")
        .await;
    person.type_in("#f-duration_months", "24").await;
    person.click("#f-support-materials").await;
    person.submit("button[name=action][value=submit]").await;
    let pact = person.path().await;
    assert!(
        pact.starts_with("/cities/valmont/pacts/"),
        "the pact page: {pact}"
    );
    assert!(person.text("h1").await.contains("Des bancs pour le square"));
    pact
}

/// Someone supports the published proposal, with a word.
async fn support(person: &Person<'_>, pact: &str) {
    person.sign_in("bruno@example.org").await;
    person.go(pact).await;
    person.choose("#f-kind", "support").await;
    person
        .type_in("#f-body", "Le square en a bien besoin.")
        .await;
    person
        .submit("form[action$='/comments'] button[type=submit]")
        .await;
    assert!(
        person
            .text("ol.comments")
            .await
            .contains("Le square en a bien besoin.")
    );
}

/// The proponent comments on article 2 of version 2; the officer reads it
/// and answers by rewriting the article, which makes version 3.
async fn comment_and_edit(person: &Person<'_>, pact: &str) {
    person.sign_in("amelie@example.org").await;
    person.go(&format!("{pact}/versions/2")).await;
    person
        .type_in("#f-comment-2", "Qui fournit le bois ?")
        .await;
    person.submit("#article-2 form button[type=submit]").await;
    assert!(
        person
            .text("#article-2 ol.comments")
            .await
            .contains("Qui fournit le bois ?")
    );

    person.sign_in("claire@valmont.example").await;
    person.go(&format!("{pact}/versions/2")).await;
    assert!(
        person
            .text("#article-2")
            .await
            .contains("Qui fournit le bois ?")
    );
    person.go(&format!("{pact}/edit")).await;
    person
        .type_in("#f-body-2", "La Ville fournit le bois de chêne.")
        .await;
    person.type_in("#f-note", "Réponse sur le bois").await;
    person
        .submit("form[action$='/edit'] button[type=submit]")
        .await;
    assert!(
        person.path().await.ends_with("/compare"),
        "the comparison of the change"
    );
    let changed = person.text("table.diff tr.changed td:nth-child(2)").await;
    assert!(
        changed.contains("La Ville fournit le bois de chêne."),
        "{changed}"
    );
    assert!(person.text("table.diff ins").await.contains("chêne"));
}

/// The people of the journey: two residents, an officer, a signing officer.
fn people(app: &TestApp) {
    create_user(
        app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    create_user(app, "bruno@example.org", "Bruno", Role::Resident, None);
    create_user(
        app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let sam = create_user(
        app,
        "sam@valmont.example",
        "Sam Lenoir",
        Role::Officer,
        Some("valmont"),
    );
    with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::users;
        diesel::update(users::table.find(sam))
            .set(users::can_sign.eq(true))
            .execute(conn)
            .expect("signing officer");
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_proposal_to_signed_agreement_in_a_real_browser() {
    let Some(driver) = start_driver() else { return };
    let app = TestApp::with_demo();
    people(&app);
    let site = serve(&app).await;
    let client = connect(&driver).await;
    let person = Person {
        client: &client,
        site: &site,
    };

    let pact = propose(&person).await;
    // The officer reviews and publishes it for comments.
    person.sign_in("claire@valmont.example").await;
    person.act(&pact, "start_review").await;
    person.act(&pact, "publish_for_comments").await;
    support(&person, &pact).await;

    // The period ends; the clock closes it.
    app.clock
        .set(common::test_now() + chrono::TimeDelta::days(40));
    let closed = pacta::jobs::close_comment_periods(&app.state)
        .await
        .expect("job");
    assert!(closed >= 1);

    // The officer drafts the pact from the ordinary template.
    person.sign_in("claire@valmont.example").await;
    person.act(&pact, "start_co_design").await;
    person
        .submit("form[action$='/draft'] button[type=submit]")
        .await;
    assert!(
        person
            .text("section.text")
            .await
            .contains("Offrir des places assises aux familles.")
    );

    comment_and_edit(&person, &pact).await;

    // Final text: submitted, then approved by the signing officer.
    person.act(&pact, "submit_for_approval").await;
    person.sign_in("sam@valmont.example").await;
    person.act(&pact, "approve").await;
    let history = person.text("ol.history").await;
    assert!(history.contains("Version 3 approuvée"), "{history}");
    assert!(
        person.text("p.meta").await.contains("signature"),
        "awaiting signatures"
    );

    sign(&app, &person, &pact).await;
    client.close().await.expect("session closed");
}

/// The latest link of this kind e-mailed to `to`, as a path.
fn mailed_link(app: &TestApp, to: &str, prefix: &str) -> String {
    let mails = common::mail_to(app, to);
    let (_, body) = mails.last().expect("a message");
    common::link_in(body, &format!("http://127.0.0.1:8080{prefix}"))
        .replace("http://127.0.0.1:8080", "")
}

/// Amélie, not signed in, follows her link, asks for a code, types it and
/// her name, ticks the consent from the keyboard and signs. Returns the
/// SHA-256 of the version signed.
async fn proponent_signs(app: &TestApp, person: &Person<'_>) -> String {
    person
        .client
        .delete_all_cookies()
        .await
        .expect("signed out");
    let link = mailed_link(app, "amelie@example.org", "/sign/");
    person.go(&link).await;
    let sha256: String = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::signing_requests;
        signing_requests::table
            .select(signing_requests::version_sha256)
            .first(conn)
            .expect("request")
    });
    assert!(
        person.text("main").await.contains(&sha256),
        "the hash shown"
    );
    person
        .submit("form[action$='/code'] button[type=submit]")
        .await;
    let code = common::mail_to(app, "amelie@example.org")
        .last()
        .map(|(subject, _)| subject.rsplit(' ').next().unwrap_or_default().to_owned())
        .expect("a code");
    person.type_in("#f-code", &code).await;
    person.type_in("#f-full_name", "Amélie Roux").await;
    // The consent box ticked from the keyboard: Tab to it, Space.
    person
        .client
        .find(Locator::Css("#f-full_name"))
        .await
        .expect("name")
        .send_keys("\u{e004} ")
        .await
        .expect("tabbed and ticked");
    assert!(
        person
            .client
            .find(Locator::Css("#f-consent"))
            .await
            .expect("box")
            .is_selected()
            .await
            .expect("state"),
        "ticked with the keyboard"
    );
    person
        .submit(
            "form[action='{link}'] button[type=submit]"
                .replace("{link}", &link)
                .as_str(),
        )
        .await;
    // The visitor's browser asks for English: the page answers in it.
    let signed = person.text("main").await;
    assert!(signed.contains("You signed on"), "{signed}");

    sha256
}

/// Sent for signature; the proponent signs by link and code, keyboard
/// only; the signing officer signs signed in; the agreement is issued.
async fn sign(app: &TestApp, person: &Person<'_>, pact: &str) {
    person.go(pact).await;
    person
        .submit("form[action$='/signatures'] button[type=submit]")
        .await;
    assert!(
        person
            .text("#signatures table")
            .await
            .contains("Amélie Roux")
    );

    let sha256 = proponent_signs(app, person).await;

    // The signing officer signs for the city, signed in.
    person.sign_in("sam@valmont.example").await;
    person.go(&format!("{pact}/signature")).await;
    person.type_in("#f-full_name", "Sam Lenoir").await;
    person.click("#f-consent").await;
    person
        .submit("form[action$='/signature'] button[type=submit]")
        .await;
    person.go(pact).await;
    let meta = person.text("p.meta").await;
    assert!(meta.contains("In force"), "{meta}");
    let links = person.text("#signatures").await;
    assert!(links.contains("Download the signed agreement"), "{links}");
    // What was recorded: the browser's address on loopback and its agent.
    let (ip, agent): (Option<String>, Option<String>) = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::signing_requests;
        signing_requests::table
            .order(signing_requests::id)
            .select((signing_requests::ip, signing_requests::user_agent))
            .first(conn)
            .expect("request")
    });
    assert_eq!(ip.as_deref(), Some("127.0.0.1"));
    assert!(agent.is_some_and(|a| a.contains("Chrome")));

    // Sealed by the job; the verification page answers for its code.
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state)
            .await
            .expect("sealed"),
        2
    );
    person
        .go(&format!("/verify/{}", pacta::web::verify::code_of(&sha256)))
        .await;
    let answer = person.text("main").await;
    assert!(answer.contains("In force"), "{answer}");
    assert!(answer.contains("self-signed"), "{answer}");
}

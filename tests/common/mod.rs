//! Test harness: a fresh database per test (a SQLite file in a temporary
//! folder, or a PostgreSQL database made from a template when
//! `PACTA_TEST_DATABASE_URL` is set), the real router, request helpers.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of the harness"
)]

pub mod smtp;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use chrono::{DateTime, TimeZone, Utc};
use diesel::{Connection, ExpressionMethods, PgConnection, QueryDsl, RunQueryDsl};
use http_body_util::BodyExt;
use pacta::app::AppState;
use pacta::clock::FixedClock;
use pacta::config::{Config, DatabaseUrl};
use pacta::db::{self, DbConn, Pool};
use pacta::mail::{Mailer, Transport};
use sha2::{Digest, Sha256};
use tower::ServiceExt;

/// The instant tests run at, unless they move the clock.
pub fn test_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0)
        .single()
        .expect("valid instant")
}

/// A database that disappears with the test.
pub enum TestDb {
    Sqlite(tempfile::TempDir),
    Pg { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Pg { admin_url, name } = self
            && let Ok(mut admin) = PgConnection::establish(admin_url)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
    }
}

fn pg_admin_url() -> Option<String> {
    std::env::var("PACTA_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("URL with a scheme");
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let query = path
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    format!("{scheme}://{authority}/{name}{query}")
}

fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}

/// A fingerprint of what a template database holds, so that a template
/// left by an earlier run with other migrations or fixtures is never reused.
fn template_fingerprint() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files = Vec::new();
    for dir in [
        "migrations/postgres",
        "fixtures/demo",
        "src/db",
        "src/demo.rs",
        "src/domain",
    ] {
        collect(&std::path::Path::new(root).join(dir), &mut files);
    }
    files.sort();
    let mut hash = Sha256::new();
    for file in files {
        hash.update(std::fs::read(&file).expect("readable source"));
    }
    hex::encode(&hash.finalize()[..6])
}

fn collect(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("readable folder") {
            collect(&entry.expect("entry").path(), out);
        }
    } else {
        out.push(path.to_owned());
    }
}

#[derive(diesel::QueryableByName)]
struct Exists {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Creates (once per process, under an advisory lock shared by all test
/// processes) a template database with migrations and, if asked, the demo.
fn pg_template(admin_url: &str, demo: bool) -> String {
    static TEMPLATES: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    let done = TEMPLATES.get_or_init(|| Mutex::new(Vec::new()));
    let mut done = done
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let name = format!(
        "pacta_tpl_{}_{}",
        if demo { "demo" } else { "empty" },
        template_fingerprint()
    );
    if done.contains(&name) {
        return name;
    }
    let mut admin = PgConnection::establish(admin_url).expect("PACTA_TEST_DATABASE_URL answers");
    diesel::sql_query("SELECT pg_advisory_lock(72657)")
        .execute(&mut admin)
        .expect("lock");
    let exists: Exists = diesel::sql_query(format!(
        "SELECT count(*) AS n FROM pg_database WHERE datname = '{name}'"
    ))
    .get_result(&mut admin)
    .expect("query pg_database");
    if exists.n == 0 {
        let building = format!("{name}_building");
        let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
            .execute(&mut admin);
        diesel::sql_query(format!("CREATE DATABASE {building}"))
            .execute(&mut admin)
            .expect("create template");
        {
            let url = DatabaseUrl::Postgres(with_database(admin_url, &building));
            let pool = db::connect(&url, 1).expect("connect to template");
            let mut conn = pool.get().expect("connection");
            db::migrate(&mut conn).expect("migrate template");
            if demo {
                pacta::demo::load(&mut conn, test_now()).expect("load demo");
            }
        }
        diesel::sql_query(format!("ALTER DATABASE {building} RENAME TO {name}"))
            .execute(&mut admin)
            .expect("rename");
    }
    diesel::sql_query("SELECT pg_advisory_unlock(72657)")
        .execute(&mut admin)
        .expect("unlock");
    done.push(name.clone());
    name
}

/// A database for one test, migrated, with the demo if asked.
pub fn test_db(demo: bool) -> (Pool, TestDb) {
    if let Some(admin_url) = pg_admin_url() {
        let template = pg_template(&admin_url, demo);
        let name = unique_name("pacta_t");
        let mut admin =
            PgConnection::establish(&admin_url).expect("PACTA_TEST_DATABASE_URL answers");
        diesel::sql_query(format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .execute(&mut admin)
            .expect("create test database");
        let pool = db::connect(&DatabaseUrl::Postgres(with_database(&admin_url, &name)), 4)
            .expect("connect");
        (pool, TestDb::Pg { admin_url, name })
    } else {
        let dir = tempfile::tempdir().expect("temporary folder");
        let pool = db::connect(&DatabaseUrl::Sqlite(dir.path().join("pacta.sqlite3")), 4)
            .expect("connect");
        let mut conn = pool.get().expect("connection");
        db::migrate(&mut conn).expect("migrate");
        if demo {
            pacta::demo::load(&mut conn, test_now()).expect("load demo");
        }
        (pool, TestDb::Sqlite(dir))
    }
}

/// Whether the suite runs on PostgreSQL.
pub fn on_postgres() -> bool {
    pg_admin_url().is_some()
}

/// The application over a fresh database.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub clock: Arc<FixedClock>,
    /// Where delivered mail lands as `.eml` files.
    pub mail_dir: tempfile::TempDir,
    // Last, so the pool is gone before the database is dropped.
    pub db: TestDb,
}

/// What a request returned.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text (lossy for binary bodies: see `bytes`).
    pub body: String,
    /// The body as sent.
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Texts of the elements matching a CSS selector.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("valid selector");
        self.html()
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl TestApp {
    /// An empty, migrated database.
    pub fn new() -> TestApp {
        Self::build(false)
    }

    /// The demo cities loaded.
    pub fn with_demo() -> TestApp {
        Self::build(true)
    }

    fn build(demo: bool) -> TestApp {
        Self::build_with(demo, None, |_| {})
    }

    /// An empty database, with settings changed by `edit`.
    pub fn with_config(edit: impl FnOnce(&mut Config)) -> TestApp {
        Self::build_with(false, None, edit)
    }

    /// The demo loaded, sending mail through `transport` (a real SMTP
    /// server in the mail tests) instead of files.
    pub fn with_transport(transport: Transport) -> TestApp {
        Self::build_with(true, Some(transport), |_| {})
    }

    fn build_with(
        demo: bool,
        transport: Option<Transport>,
        edit: impl FnOnce(&mut Config),
    ) -> TestApp {
        let (pool, db) = test_db(demo);
        let clock = Arc::new(FixedClock::new(test_now()));
        let mut config = Config::for_database(DatabaseUrl::Sqlite("unused".into()));
        edit(&mut config);
        let mail_dir = tempfile::tempdir().expect("mail folder");
        let transport = transport.unwrap_or_else(|| Transport::Files(mail_dir.path().to_owned()));
        let mailer = Mailer::new(transport, "Pacta <pacta@example.org>").expect("mailer");
        let state = AppState {
            pool,
            config: Arc::new(config),
            clock: clock.clone(),
            mailer,
            registry: Arc::default(),
        };
        TestApp {
            router: pacta::web::router(state.clone()),
            state,
            clock,
            mail_dir,
            db,
        }
    }

    /// A connection for direct database checks.
    pub fn conn(&self) -> r2d2::PooledConnection<pacta::db::Manager> {
        self.state.pool.get().expect("connection")
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible router");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Request::get(uri).body(Body::empty()).expect("request"))
            .await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.request(request.body(Body::empty()).expect("request"))
            .await
    }

    pub async fn json(&self, uri: &str) -> serde_json::Value {
        let response = self.get(uri).await;
        assert_eq!(response.status, StatusCode::OK, "{uri}: {}", response.body);
        response.json()
    }
}

/// Runs `f` on a connection of `pool`.
pub fn with_conn<T>(pool: &Pool, f: impl FnOnce(&mut DbConn) -> T) -> T {
    let mut conn = pool.get().expect("connection");
    f(&mut conn)
}

/// A visitor with a cookie jar, as a browser would be: keeps the cookies the
/// server sets and sends the CSRF token with every form.
pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: std::cell::RefCell<std::collections::BTreeMap<String, String>>,
}

/// The CSRF token every test browser starts with.
pub const TEST_CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

impl TestApp {
    /// A new visitor.
    pub fn browser(&self) -> Browser<'_> {
        let mut cookies = std::collections::BTreeMap::new();
        cookies.insert("pacta_csrf".to_owned(), TEST_CSRF.to_owned());
        Browser {
            app: self,
            cookies: std::cell::RefCell::new(cookies),
        }
    }
}

impl Browser<'_> {
    fn cookie_header(&self) -> String {
        self.cookies
            .borrow()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&self, response: &TestResponse) {
        for value in response.headers.get_all("set-cookie") {
            let value = value.to_str().expect("ASCII cookie");
            let pair = value.split(';').next().expect("a cookie");
            let (name, content) = pair.split_once('=').expect("name=value");
            if content.is_empty() || value.contains("Max-Age=0") {
                self.cookies.borrow_mut().remove(name);
            } else {
                self.cookies
                    .borrow_mut()
                    .insert(name.to_owned(), content.to_owned());
            }
        }
    }

    /// The value of a cookie the browser holds.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.borrow().get(name).cloned()
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        let request = Request::get(uri)
            .header("cookie", self.cookie_header())
            .body(Body::empty())
            .expect("request");
        let response = self.app.request(request).await;
        self.keep_cookies(&response);
        response
    }

    /// Posts a form with the CSRF token added.
    pub async fn post(&self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let mut all: Vec<(&str, &str)> = vec![("csrf", TEST_CSRF)];
        all.extend_from_slice(fields);
        self.post_raw(uri, &all).await
    }

    /// Posts a `multipart/form-data` form, as a browser sends a form with
    /// files: the CSRF token, `fields`, then `files` as (field, file name,
    /// bytes).
    pub async fn post_multipart(
        &self,
        uri: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> TestResponse {
        let boundary = "----pacta-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in [("csrf", TEST_CSRF)].iter().chain(fields) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        for (name, filename, bytes) in files {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(uri)
            .header("cookie", self.cookie_header())
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        let response = self.app.request(request).await;
        self.keep_cookies(&response);
        response
    }

    /// Posts exactly these fields.
    pub async fn post_raw(&self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let request = Request::post(uri)
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        let response = self.app.request(request).await;
        self.keep_cookies(&response);
        response
    }
}

/// Creates an account directly, confirmed, with this password; returns its id.
pub fn create_user(
    app: &TestApp,
    email: &str,
    name: &str,
    role: pacta::domain::account::Role,
    city: Option<&str>,
) -> i64 {
    with_conn(&app.state.pool, |conn| {
        let city_id = city.map(|slug| {
            db::cities::find(conn, slug)
                .expect("query")
                .expect("city")
                .id
        });
        db::users::insert(
            conn,
            &db::users::NewUser {
                email: email.to_owned(),
                display_name: name.to_owned(),
                language: "fr".to_owned(),
                password_hash: Some(pacta::security::hash_password(TEST_PASSWORD).expect("hash")),
                role,
                city_id,
                can_sign: false,
                verified: true,
            },
            test_now(),
        )
        .expect("user created")
    })
}

/// The password of accounts made by [`create_user`].
pub const TEST_PASSWORD: &str = "tilleul-orbe-cabestan-91";

impl Browser<'_> {
    /// Signs in with [`TEST_PASSWORD`].
    pub async fn sign_in(&self, email: &str) {
        let response = self
            .post("/signin", &[("email", email), ("password", TEST_PASSWORD)])
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "signed in as {email}: {}",
            response.body
        );
    }
}

/// The text bodies of queued mail to `to`, oldest first.
pub fn mail_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    use pacta::db::schema::outbox;
    with_conn(&app.state.pool, |conn| {
        outbox::table
            .filter(outbox::recipient.eq(to))
            .order(outbox::id)
            .select((outbox::subject, outbox::text_body))
            .load(conn)
            .expect("outbox")
    })
}

/// The first link in a text that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    text.split_whitespace()
        .find(|w| w.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} link in {text}"))
        .to_owned()
}

/// Runs a tool on `input` (bytes on stdin or a file path), or None when
/// the tool is missing and not required.
pub fn pdf_tool(program: &str, args: &[&str]) -> Option<String> {
    match std::process::Command::new(program)
        .args(args)
        .stderr(std::process::Stdio::null())
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "{program} {args:?} failed");
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) => {
            assert!(
                std::env::var("PACTA_PDF_TESTS").as_deref() != Ok("1"),
                "PACTA_PDF_TESTS=1 but {program} cannot run: {e}"
            );
            eprintln!("skipped: {program} cannot run ({e}); install poppler-utils and zbar-tools");
            None
        }
    }
}

pub fn written(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("a temporary file");
    std::io::Write::write_all(&mut file, bytes).expect("written");
    file
}

/// A demo pact in force in Valmont, with a representative (Rémi) of its
/// first party and an officer (Claire) in charge: its number and end date.
pub fn pact_in_force(app: &TestApp) -> (String, chrono::NaiveDate) {
    use pacta::db::schema::{pact_parties, pacts};
    let remi = create_user(
        app,
        "remi@example.org",
        "Rémi Blanc",
        pacta::domain::account::Role::Resident,
        None,
    );
    let claire = create_user(
        app,
        "claire@valmont.example",
        "Claire Morel",
        pacta::domain::account::Role::Officer,
        Some("valmont"),
    );
    with_conn(&app.state.pool, |conn| {
        let city = pacta::db::cities::find(conn, "valmont")
            .expect("query")
            .expect("city");
        let (pact_id, number, end): (i64, String, Option<chrono::NaiveDate>) = pacts::table
            .filter(pacts::city_id.eq(city.id))
            .filter(pacts::status.eq("active"))
            .order(pacts::end_date.desc())
            .select((pacts::id, pacts::number, pacts::end_date))
            .first(conn)
            .expect("an active pact");
        let party: i64 = pact_parties::table
            .filter(pact_parties::pact_id.eq(pact_id))
            .filter(pact_parties::role.ne("city"))
            .order(pact_parties::position)
            .select(pact_parties::party_id)
            .first(conn)
            .expect("a party");
        assert!(
            pacta::db::parties::add_member(conn, city.id, party, remi, true, test_now())
                .expect("member")
        );
        pacta::db::review::assign(
            conn,
            pact_id,
            Some((claire, "Claire Morel".into())),
            (pacta::domain::lifecycle::Actor::Officer, "Claire Morel"),
            test_now(),
        )
        .expect("assigned");
        (number, end.expect("an end date"))
    })
}

/// The editor's fields as the browser would send them: every input and
/// text area of its form, checkboxes only when ticked.
pub fn editor_fields(page: &TestResponse) -> Vec<(String, String)> {
    let html = page.html();
    let form = html
        .select(&scraper::Selector::parse("form[action$='/edit']").expect("selector"))
        .next()
        .expect("the editor's form");
    let mut fields = Vec::new();
    for element in form.select(&scraper::Selector::parse("input, textarea").expect("selector")) {
        let e = element.value();
        let Some(name) = e.attr("name") else { continue };
        if name == "csrf" {
            continue;
        }
        if e.attr("type") == Some("checkbox") {
            if e.attr("checked").is_some() {
                fields.push((name.to_owned(), "on".to_owned()));
            }
            continue;
        }
        let value = if e.name() == "textarea" {
            element.text().collect()
        } else {
            e.attr("value").unwrap_or_default().to_owned()
        };
        fields.push((name.to_owned(), value));
    }
    fields
}

pub fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(field) => value.clone_into(&mut field.1),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
}

pub fn get<'f>(fields: &'f [(String, String)], name: &str) -> &'f str {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

pub async fn post_fields(
    browser: &Browser<'_>,
    uri: &str,
    fields: &[(String, String)],
) -> TestResponse {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    browser.post(uri, &refs).await
}

/// Two passes at once, as two runners would.
pub async fn two_passes(app: &TestApp) {
    let (a, b) = tokio::join!(
        pacta::jobs::run_pass(&app.state, false),
        pacta::jobs::run_pass(&app.state, false)
    );
    for (job, outcome) in a.iter().chain(&b) {
        assert!(
            !matches!(outcome, pacta::jobs::Outcome::Failed(_)),
            "{job:?}: {outcome:?}"
        );
    }
}

/// A browser signed in as `email`.
pub async fn signed_in<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let browser = app.browser();
    browser.sign_in(email).await;
    browser
}

/// Hugo, who may sign for the city.
pub fn signing_officer(app: &TestApp) -> i64 {
    let hugo = create_user(
        app,
        "hugo@valmont.example",
        "Hugo Lambert",
        pacta::domain::account::Role::Officer,
        Some("valmont"),
    );
    with_conn(&app.state.pool, |conn| {
        diesel::update(pacta::db::schema::users::table.find(hugo))
            .set(pacta::db::schema::users::can_sign.eq(true))
            .execute(conn)
            .expect("may sign");
    });
    hugo
}

/// Each of `signers` (a browser signed in as a signatory, and the full
/// name they type) signs the pact at `path` in turn.
pub async fn sign_in_turn(path: &str, signers: &[(&Browser<'_>, &str)]) {
    for (browser, name) in signers {
        let signed = browser
            .post(
                &format!("{path}/signature"),
                &[("full_name", name), ("consent", "yes")],
            )
            .await;
        assert_eq!(
            signed.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            signed.body
        );
    }
}

/// Eight in the morning (UTC) of `day`, when the tests move the clock.
pub fn at(day: chrono::NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(8, 0, 0).expect("time"))
}

/// How many e-mails `to` received whose subject starts with `start`.
pub fn subjects(app: &TestApp, to: &str, start: &str) -> usize {
    mail_to(app, to)
        .iter()
        .filter(|(s, _)| s.starts_with(start))
        .count()
}

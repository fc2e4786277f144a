//! Importing a registry from CSV: the City of Palermo's real public table
//! (73 requests) with the mapping shipped in fixtures/, on the test
//! database (SQLite, or PostgreSQL with PACTA_TEST_DATABASE_URL).

mod common;

use std::path::{Path, PathBuf};

use axum::http::StatusCode;
use common::{TestApp, create_user, signed_in, test_now, with_conn};
use pacta::db;
use pacta::domain::account::Role;
use pacta::imports::{ImportError, Request};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/import")
        .join(name)
}

fn palermo(dry_run: bool) -> Request<'static> {
    Request {
        city: "palermo",
        mapping: None,
        dry_run,
        ..Request::default()
    }
}

fn import(app: &TestApp, file: &Path, dry_run: bool) -> Result<db::imports::Report, ImportError> {
    let mapping = fixture("palermo.toml");
    with_conn(&app.state.pool, |conn| {
        pacta::imports::run(
            conn,
            file,
            &Request {
                mapping: Some(&mapping),
                ..palermo(dry_run)
            },
            test_now(),
        )
    })
}

/// Palermo imported, and one of its officers signed in.
async fn palermo_officer(app: &TestApp) -> common::Browser<'_> {
    import(app, &fixture("palermo_patti.csv"), false).expect("imported");
    create_user(
        app,
        "ufficio@palermo.example",
        "Ufficio",
        Role::Officer,
        Some("palermo"),
    );
    signed_in(app, "ufficio@palermo.example").await
}

fn total(json: &serde_json::Value) -> i64 {
    json["total"].as_i64().expect("total")
}

#[tokio::test]
async fn palermos_table_is_imported_once_with_its_statuses_and_places() {
    let app = TestApp::new();
    let report = import(&app, &fixture("palermo_patti.csv"), false).expect("imported");
    assert!(report.city_created);
    assert_eq!((report.rows, report.pacts_created), (73, 73));
    let all = app.json("/api/v1/pacts?city=palermo").await;
    assert_eq!(total(&all), 73);
    for (status, count) in [
        ("active", 24),
        ("under_review", 21),
        ("closed", 18),
        ("rejected", 8),
        ("awaiting_documents", 2),
    ] {
        let json = app
            .json(&format!("/api/v1/pacts?city=palermo&status={status}"))
            .await;
        assert_eq!(total(&json), count, "{status}");
    }
    // Proponent kinds, their case and stray spaces aside: 24 + 4
    // associations, 20 + 6 businesses…; one row names none.
    let facets = &all["facets"]["party"];
    let count_of = |kind: &str| {
        facets
            .as_array()
            .expect("facets")
            .iter()
            .find(|c| c["value"] == kind)
            .and_then(|c| c["count"].as_i64())
    };
    assert_eq!(count_of("association"), Some(28));
    assert_eq!(count_of("business"), Some(26));
    assert_eq!(count_of("individual"), Some(8));
    assert_eq!(count_of("informal_group"), Some(9));
    assert_eq!(count_of("school"), Some(1));
    // Districts are the eight circoscrizioni.
    let city = app.json("/api/v1/cities/palermo").await;
    let districts: Vec<&str> = city["districts"]
        .as_array()
        .expect("districts")
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(districts.len(), 8, "{districts:?}");
    assert!(districts.contains(&"Circoscrizione VIII"), "{districts:?}");
    let first = app
        .json("/api/v1/pacts?city=palermo&district=circoscrizione-i")
        .await;
    assert_eq!(total(&first), 38);
    // Coordinates, and the number kept from the table.
    let pact = app.json("/api/v1/cities/palermo/pacts/PA-001").await;
    assert_eq!(pact["title"], "Riqualificazione di aree di Piazza Fonderia");
    assert_eq!(pact["status"], "active");
    let commons = app
        .json("/api/v1/cities/palermo/commons/piazza-fonderia")
        .await;
    let latitude = commons["latitude"].as_f64().expect("latitude");
    assert!((latitude - 38.119_308_62).abs() < 1e-7, "{commons}");

    // The same file again creates nothing.
    let again = import(&app, &fixture("palermo_patti.csv"), false).expect("imported");
    assert_eq!((again.pacts_created, again.already_imported), (0, 73));
    assert!(!again.city_created);
    assert_eq!(again.commons_created + again.parties_created, 0);
    assert_eq!(total(&app.json("/api/v1/pacts?city=palermo").await), 73);
}

#[tokio::test]
async fn notes_stay_in_the_history_and_their_acts_are_read() {
    let app = TestApp::new();
    import(&app, &fixture("palermo_patti.csv"), false).expect("imported");
    let pact = app.json("/api/v1/cities/palermo/pacts/PA-004").await;
    let events = pact["events"].as_array().expect("events");
    let details = |kind: &str| -> Vec<String> {
        events
            .iter()
            .filter(|e| e["kind"] == kind)
            .map(|e| e["details"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(
        details("import_act"),
        ["n. 9817 (2024-07-16)", "n. 3075 (2025-02-27)"]
    );
    assert!(details("import_note")[0].contains("D. D. n 9817 del 16 luglio 2024"));
    // The acts are dated in the history by their own dates.
    assert_eq!(events[0]["occurred_at"], "2024-07-16T00:00:00");
    let signed = app.json("/api/v1/cities/palermo/pacts/PA-027").await;
    assert!(
        signed["events"]
            .as_array()
            .expect("events")
            .iter()
            .any(|e| e["kind"] == "import_signed" && e["details"] == "2025-04-24"),
        "{signed}"
    );
    // Nothing invented: no dates, no duration, no submission day.
    assert_eq!(pact["start_date"], serde_json::Value::Null);
    assert_eq!(pact["duration_months"], serde_json::Value::Null);
    assert_eq!(pact["submitted_on"], serde_json::Value::Null);
    assert_eq!(pact["year"], serde_json::Value::Null);
    let gaps: Vec<&str> = pact["imported"]["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .filter_map(|g| g.as_str())
        .collect();
    for gap in ["submitted_on", "summary", "dates", "duration", "kind"] {
        assert!(gaps.contains(&gap), "{gap} in {gaps:?}");
    }
    let page = app.get("/cities/palermo/pacts/PA-004").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("non renseigné (importé)"),
        "dates shown as unknown"
    );
    assert!(page.body.contains("D. D. n 9817 del 16 luglio 2024"));
}

#[tokio::test]
async fn private_persons_stay_private_even_when_the_table_names_them() {
    let app = TestApp::new();
    import(&app, &fixture("palermo_patti.csv"), false).expect("imported");
    // Row 054's proponent is a "Persona fisica" named "Rotary Club".
    let pact = app.json("/api/v1/cities/palermo/pacts/PA-054").await;
    assert_eq!(pact["parties"][0]["kind"], "individual");
    assert_eq!(pact["parties"][0]["name"], serde_json::Value::Null);
    let page = app.get("/cities/palermo/pacts/PA-054").await;
    assert!(!page.body.contains("Rotary Club"));
    let search = app.json("/api/v1/pacts?q=rotary").await;
    assert!(
        search["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|i| i["number"] != "PA-054"),
        "private names are not even searchable: {search}"
    );
}

#[tokio::test]
async fn officers_see_the_worklist_of_fields_to_complete() {
    let app = TestApp::new();
    let officer = palermo_officer(&app).await;
    let dashboard = officer.get("/admin/palermo").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let heading = dashboard.texts("#dashboard-imported");
    assert_eq!(heading, ["Pactes importés à compléter (73)"]);
    let lines = dashboard.texts("section[aria-labelledby=dashboard-imported] li");
    // Pacts under way or in force come first.
    assert!(lines[0].starts_with("PA-001"), "{lines:?}");
    assert!(lines[0].contains("date de dépôt"), "{lines:?}");
    let page = officer.get("/cities/palermo/pacts/PA-001").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("/admin/palermo/pacts/PA-001/complete"));
    let public = app.get("/cities/palermo/pacts/PA-001").await;
    assert!(!public.body.contains("/admin/palermo/pacts/PA-001/complete"));
}

#[tokio::test]
async fn a_dry_run_writes_nothing() {
    let app = TestApp::new();
    let report = import(&app, &fixture("palermo_patti.csv"), true).expect("dry run");
    assert_eq!(report.pacts_created, 73);
    assert_eq!(report.statuses.get("active"), Some(&24));
    with_conn(&app.state.pool, |conn| {
        assert!(db::cities::find(conn, "palermo").expect("query").is_none());
    });
}

#[tokio::test]
async fn one_bad_row_names_its_line_and_nothing_is_imported() {
    let app = TestApp::new();
    let original = std::fs::read_to_string(fixture("palermo_patti.csv")).expect("fixture");
    // Row 014 (line 15) gets a status the mapping does not know, row 020
    // (line 21) loses its title.
    let broken: String = original
        .lines()
        .enumerate()
        .map(|(i, line)| match i + 1 {
            15 => line.replace(",Archiviata,", ",Sospesa,"),
            21 => line.replace("Realizzazione a p.zza degli artisti in p.zza Borsa", ""),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let file = common::written(broken.as_bytes());
    let Err(ImportError::Rows(refused)) = import(&app, file.path(), false) else {
        panic!("refused");
    };
    let lines: Vec<(usize, &str)> = refused
        .iter()
        .map(|r| (r.line, r.reason.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (15, "the status \"Sospesa\" is not in the mapping"),
            (21, "the title is empty"),
        ]
    );
    with_conn(&app.state.pool, |conn| {
        assert!(db::cities::find(conn, "palermo").expect("query").is_none());
        assert_eq!(db::imports::count(conn, "palermo").expect("count"), 0);
    });
}

#[test]
fn the_command_line_reports_what_it_would_import() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = dir.path().join("pacta.sqlite3");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pacta"))
        .env_remove("PACTA_DATABASE_URL")
        .env("PACTA_LOG", "warn")
        .args([
            "--database-url",
            url.to_str().expect("UTF-8"),
            "import",
            "csv",
        ])
        .arg(fixture("palermo_patti.csv"))
        .args(["--city", "palermo", "--mapping"])
        .arg(fixture("palermo.toml"))
        .arg("--dry-run")
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("73 rows read: 73 pacts would be created, 0 already imported"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "statuses: active 24, awaiting_documents 2, closed 18, rejected 8, under_review 21"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("dry run: nothing was written"), "{stdout}");
}

#[tokio::test]
async fn an_officer_completes_what_the_table_did_not_give() {
    let app = TestApp::new();
    let officer = palermo_officer(&app).await;
    let form = officer.get("/admin/palermo/pacts/PA-001/complete").await;
    assert_eq!(form.status, StatusCode::OK);
    for field in [
        "submitted_on",
        "summary",
        "start_date",
        "end_date",
        "duration_months",
        "kind",
    ] {
        assert!(form.body.contains(&format!(r#"name="{field}""#)), "{field}");
    }
    // A period ending before it starts is refused, and nothing is saved.
    let refused = officer
        .post(
            "/admin/palermo/pacts/PA-001/complete",
            &[
                ("summary", "Cura condivisa della piazza, detta Zefiro."),
                ("start_date", "2025-06-01"),
                ("end_date", "2025-01-01"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Cura condivisa della piazza, detta Zefiro."),
        "typed text kept"
    );
    let unchanged = app.json("/api/v1/cities/palermo/pacts/PA-001").await;
    assert_eq!(unchanged["summary"], "");
    // Filled in part: what was given is saved, the rest stays listed.
    let saved = officer
        .post(
            "/admin/palermo/pacts/PA-001/complete",
            &[
                ("submitted_on", "2024-11-04"),
                ("summary", "Cura condivisa della piazza, detta Zefiro."),
                ("start_date", "2025-01-01"),
                ("end_date", "2026-12-31"),
                ("duration_months", "24"),
                ("kind", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let pact = app.json("/api/v1/cities/palermo/pacts/PA-001").await;
    assert_eq!(pact["start_date"], "2025-01-01");
    assert_eq!(pact["end_date"], "2026-12-31");
    assert_eq!(pact["duration_months"], 24);
    assert_eq!(pact["year"], 2024, "the year of submission, now known");
    assert_eq!(
        pact["summary"],
        "Cura condivisa della piazza, detta Zefiro."
    );
    let gaps: Vec<&str> = pact["imported"]["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .filter_map(|g| g.as_str())
        .collect();
    assert_eq!(gaps, ["kind"], "only the kind is left to confirm");
    let events = pact["events"].as_array().expect("events");
    let last = events.last().expect("an event");
    assert_eq!(last["kind"], "import_completed");
    assert_eq!(last["details"], "submitted_on, summary, duration, dates");
    // The summary is searchable at once.
    let found = app.json("/api/v1/pacts?q=zefiro&city=palermo").await;
    assert_eq!(found["items"][0]["number"], "PA-001");
    // A visitor may not complete anything.
    let visitor = app.browser();
    let denied = visitor.get("/admin/palermo/pacts/PA-001/complete").await;
    assert_ne!(denied.status, StatusCode::OK);
}

#[tokio::test]
async fn a_proponent_without_a_kind_is_recorded_once_classified() {
    let app = TestApp::new();
    let officer = palermo_officer(&app).await;
    // Row 062 names "Siamobonagia odv" without saying what it is.
    let before = app.json("/api/v1/cities/palermo/pacts/PA-062").await;
    assert_eq!(
        before["parties"].as_array().map(Vec::len),
        Some(1),
        "the city only"
    );
    let without_kind = officer
        .post(
            "/admin/palermo/pacts/PA-062/complete",
            &[("proponent_name", "Siamobonagia odv")],
        )
        .await;
    assert_eq!(without_kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = officer
        .post(
            "/admin/palermo/pacts/PA-062/complete",
            &[
                ("proponent_kind", "association"),
                ("proponent_name", "Siamobonagia odv"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = app.json("/api/v1/cities/palermo/pacts/PA-062").await;
    assert_eq!(after["parties"][0]["name"], "Siamobonagia odv");
    assert_eq!(after["parties"][0]["role"], "proponent");
    assert_eq!(after["parties"][1]["role"], "city");
}

#[tokio::test]
async fn an_imported_pact_without_its_text_is_renewed_to_be_drafted() {
    let app = TestApp::new();
    let officer = palermo_officer(&app).await;
    let completed = officer
        .post(
            "/admin/palermo/pacts/PA-001/complete",
            &[
                ("start_date", "2025-01-01"),
                ("end_date", "2026-12-31"),
                ("duration_months", "24"),
            ],
        )
        .await;
    assert_eq!(
        completed.status,
        StatusCode::SEE_OTHER,
        "{}",
        completed.body
    );
    let asked = officer
        .post(
            "/cities/palermo/pacts/PA-001/renewal",
            &[("duration_months", "24"), ("changes", "")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let renewal = app.json("/api/v1/cities/palermo/pacts/PA-001-R1").await;
    assert_eq!(renewal["status"], "submitted");
    assert_eq!(
        renewal["versions"], 0,
        "no text to copy: it will be drafted"
    );
    assert_eq!(renewal["renews"], "PA-001");
}

//! The life of one pact in force, with time moved forward and two job
//! runners at every step: overdue reports and a report accepted, the
//! expiry notice, an express renewal signed again, the old term's end, a
//! suspension that lifts itself, a tacit renewal of the new term, and a
//! termination — each e-mail to the party exactly once.

mod common;

use axum::http::StatusCode;
use chrono::{NaiveDate, TimeDelta};
use common::{
    TestApp, at, mail_to, pact_in_force, signed_in, signing_officer, subjects, two_passes,
    with_conn,
};
use diesel::prelude::*;
use pacta::db::schema::{cities, reports};

/// How many e-mails Rémi (the party) got whose subject starts so.
fn to_remi(app: &TestApp, start: &str) -> usize {
    subjects(app, "remi@example.org", start)
}

async fn pact(app: &TestApp, number: &str) -> serde_json::Value {
    app.json(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await
}

fn date_of(json: &serde_json::Value, field: &str) -> NaiveDate {
    NaiveDate::parse_from_str(json[field].as_str().expect("a date"), "%Y-%m-%d").expect("a date")
}

/// Moves the clock to `day` and runs two passes at once, twice.
async fn on(app: &TestApp, day: NaiveDate) {
    app.clock.set(at(day));
    two_passes(app).await;
    two_passes(app).await;
}

/// A yearly report for the period starting on `from`, sent by Rémi and
/// accepted by Claire.
async fn report(app: &TestApp, number: &str, from: NaiveDate) {
    let remi = signed_in(app, "remi@example.org").await;
    let to = from + chrono::Months::new(12) - TimeDelta::days(1);
    let (start, end) = (from.to_string(), to.to_string());
    let fields = [
        ("period_start", start.as_str()),
        ("period_end", end.as_str()),
        ("activities", "Plantations et fête de quartier."),
        ("places", "Jardin"),
        ("beneficiaries", "80"),
        ("volunteers", "12"),
        ("hours", "300"),
        ("resources_parties", "Outils"),
        ("resources_city", "Eau"),
        ("problems", ""),
    ];
    let sent = remi
        .post_multipart(
            &format!("/cities/valmont/pacts/{number}/reports/new"),
            &fields,
            &[],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let id: i64 = with_conn(&app.state.pool, |conn| {
        reports::table
            .order(reports::id.desc())
            .select(reports::id)
            .first(conn)
            .expect("report")
    });
    let claire = signed_in(app, "claire@valmont.example").await;
    let accepted = claire
        .post(
            &format!("/admin/valmont/reports/{id}/review"),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
}

/// Rémi asks for renewal; Hugo (who may sign) accepts it, which approves
/// it, sends it and signs after Rémi. Returns the new term's number.
async fn renew_expressly(app: &TestApp, number: &str, hugo: i64) -> String {
    let remi = signed_in(app, "remi@example.org").await;
    let asked = remi
        .post(
            &format!("/cities/valmont/pacts/{number}/renewal"),
            &[("duration_months", "24"), ("changes", "")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let renewal = format!("{number}-R1");
    let hugo_browser = signed_in(app, "hugo@valmont.example").await;
    let accepted = hugo_browser
        .post(
            &format!("/admin/valmont/pacts/{renewal}/renewal"),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(pact(app, &renewal).await["status"], "awaiting_signatures");
    let sent = hugo_browser
        .post(
            &format!("/admin/valmont/pacts/{renewal}/signatures"),
            &[("signer", &hugo.to_string())],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    common::sign_in_turn(
        &format!("/cities/valmont/pacts/{renewal}"),
        &[(&remi, "Rémi Blanc"), (&hugo_browser, "Hugo Lambert")],
    )
    .await;
    renewal
}

/// Claire acts on a pact from its page.
async fn act(app: &TestApp, number: &str, fields: &[(&str, &str)]) {
    let claire = signed_in(app, "claire@valmont.example").await;
    let done = claire
        .post(&format!("/admin/valmont/pacts/{number}/act"), fields)
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pact_lives_through_reports_renewals_a_suspension_and_its_end() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    let hugo = signing_officer(&app);
    with_conn(&app.state.pool, |conn| {
        diesel::update(cities::table.filter(cities::slug.eq("valmont")))
            .set(cities::tacit_renewal.eq(true))
            .execute(conn)
            .expect("tacit renewal");
    });
    let start = date_of(&pact(&app, &number).await, "start_date");

    // Four years and forty days in, four yearly reports are overdue: told
    // once each; one is sent and accepted, nothing is told again.
    let day = start + chrono::Months::new(48) + TimeDelta::days(40);
    on(&app, day).await;
    assert_eq!(to_remi(&app, "Rapport d’activité attendu"), 4);
    report(&app, &number, start + chrono::Months::new(36)).await;
    assert_eq!(to_remi(&app, "Rapport accepté"), 1);
    on(&app, day + TimeDelta::days(1)).await;
    assert_eq!(to_remi(&app, "Rapport d’activité attendu"), 4);

    // The first notice, then an express renewal signed again.
    on(&app, end - TimeDelta::days(60)).await;
    assert_eq!(to_remi(&app, "Le pacte « "), 1);
    let renewal = renew_expressly(&app, &number, hugo).await;
    assert_eq!(to_remi(&app, "Renouvellement demandé"), 1);
    assert_eq!(to_remi(&app, "Renouvellement accepté"), 1);
    on(&app, end + TimeDelta::days(1)).await;
    assert_eq!(pact(&app, &number).await["status"], "expired");
    let term = pact(&app, &renewal).await;
    assert_eq!(term["status"], "active");
    assert_eq!(date_of(&term, "start_date"), end + TimeDelta::days(1));

    // A suspension of the new term until a date lifts itself.
    let until = (end + TimeDelta::days(10)).to_string();
    act(
        &app,
        &renewal,
        &[
            ("action", "suspend"),
            ("reason", "Travaux."),
            ("until", &until),
        ],
    )
    .await;
    on(&app, end + TimeDelta::days(12)).await;
    assert_eq!(pact(&app, &renewal).await["status"], "active");
    assert_eq!(
        to_remi(&app, "Le pacte « "),
        4,
        "notice, end, suspension, resumption"
    );

    // Its end: renewed tacitly, once.
    let renewal_end = date_of(&pact(&app, &renewal).await, "end_date");
    on(&app, renewal_end + TimeDelta::days(1)).await;
    let second = format!("{number}-R2");
    assert_eq!(pact(&app, &renewal).await["status"], "expired");
    assert_eq!(pact(&app, &second).await["status"], "active");
    let renewed = mail_to(&app, "remi@example.org")
        .iter()
        .filter(|(s, _)| s.ends_with("est renouvelé"))
        .count();
    assert_eq!(renewed, 1);

    // And its end, for breach: told once.
    act(
        &app,
        &second,
        &[
            ("action", "terminate"),
            ("termination", "breach"),
            ("reason", "Engagements non tenus."),
        ],
    )
    .await;
    on(&app, renewal_end + TimeDelta::days(2)).await;
    assert_eq!(pact(&app, &second).await["status"], "terminated");
    assert_eq!(to_remi(&app, "Fin du pacte"), 1);
    let third = app
        .get(&format!("/api/v1/cities/valmont/pacts/{number}-R3"))
        .await;
    assert_eq!(third.status, StatusCode::NOT_FOUND, "no third renewal");
}

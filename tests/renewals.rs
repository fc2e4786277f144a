//! Renewals, with time moved forward: a party asks from the first expiry
//! notice on, the officer accepts, everyone signs again and the new term
//! (`-R1`) follows the old one without a gap; an officer asking for
//! changes; tacit renewal of ordinary pacts at the end of their term,
//! each e-mail once however many runners, and an objection that stops it.

mod common;

use axum::http::StatusCode;
use chrono::{NaiveDate, TimeDelta};
use common::{
    TestApp, at, mail_to, pact_in_force, signed_in, signing_officer, subjects, two_passes,
    with_conn,
};
use diesel::prelude::*;
use pacta::db::schema::{cities, events, pacts};

fn body_of(app: &TestApp, to: &str, start: &str) -> String {
    mail_to(app, to)
        .into_iter()
        .rev()
        .find(|(s, _)| s.starts_with(start))
        .map_or_else(
            || panic!("no mail to {to} starting with {start}"),
            |(_, body)| body,
        )
}

async fn pact_json(app: &TestApp, number: &str) -> serde_json::Value {
    app.json(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await
}

async fn status(app: &TestApp, number: &str) -> String {
    pact_json(app, number).await["status"]
        .as_str()
        .expect("status")
        .to_owned()
}

fn events_of(app: &TestApp, number: &str, kind: &str) -> i64 {
    with_conn(&app.state.pool, |conn| {
        events::table
            .inner_join(pacts::table)
            .filter(pacts::number.eq(number))
            .filter(events::kind.eq(kind))
            .count()
            .get_result(conn)
            .expect("events")
    })
}

fn day(date: NaiveDate, days: i64) -> NaiveDate {
    date + TimeDelta::days(days)
}

/// Rémi asks for the renewal of `number` (ending on `end`): refused
/// before the first notice, accepted after, once. Returns the new term's
/// number.
async fn ask_for_renewal(app: &TestApp, number: &str, end: NaiveDate) -> String {
    let page = format!("/cities/valmont/pacts/{number}");
    let ask = |duration: &'static str| {
        [
            ("duration_months", duration),
            ("changes", "Ajouter l’entretien de la haie."),
        ]
    };

    // Before the first notice (90 days), asking is refused with the date.
    app.clock.set(at(day(end, -100)));
    let remi = signed_in(app, "remi@example.org").await;
    let early = remi.get(&page).await;
    assert!(early.body.contains("pourra être demandé à partir du"));
    let refused = remi.post(&format!("{page}/renewal"), &ask("36")).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.body.contains("pourra être demandé"),
        "{}",
        refused.body
    );

    app.clock.set(at(day(end, -60)));
    two_passes(app).await;
    assert_eq!(subjects(app, "remi@example.org", "Le pacte « "), 1);
    let remi = signed_in(app, "remi@example.org").await;
    let bad = remi.post(&format!("{page}/renewal"), &ask("0")).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("entre 1 et 120 mois"));
    let asked = remi.post(&format!("{page}/renewal"), &ask("36")).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let renewal = format!("{number}-R1");
    assert_eq!(
        asked.header("location"),
        Some(format!("/cities/valmont/pacts/{renewal}").as_str())
    );
    let again = remi.post(&format!("{page}/renewal"), &ask("36")).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.body.contains("déjà un renouvellement"));
    for to in ["remi@example.org", "claire@valmont.example"] {
        assert_eq!(subjects(app, to, "Renouvellement demandé"), 1, "{to}");
    }
    assert!(body_of(app, "claire@valmont.example", "Renouvellement demandé").contains("haie"));

    // The new term: same text and parties, submitted, to start the day
    // after; the old page says a renewal is under way.
    let json = pact_json(app, &renewal).await;
    assert_eq!(json["status"], "submitted");
    assert_eq!(json["term"], 1);
    assert_eq!(json["renews"], number);
    let old = pact_json(app, number).await;
    assert_eq!(json["version"]["sha256"], old["version"]["sha256"]);
    assert!(
        app.get(&page)
            .await
            .texts("#renewal p")
            .concat()
            .contains("Renouvellement en cours")
    );
    renewal
}

/// Claire accepts the renewal, Hugo approves and sends it, Rémi and Hugo
/// sign.
async fn accept_and_sign(
    app: &TestApp,
    (number, end): (&str, NaiveDate),
    renewal: &str,
    hugo: i64,
) {
    // Claire accepts (her dashboard lists the renewal waiting); Hugo
    // approves and sends it; the date is kept.
    let claire = signed_in(app, "claire@valmont.example").await;
    let dashboard = claire.get("/admin/valmont").await;
    let waiting = dashboard.texts("section[aria-labelledby=dashboard-renewals] li");
    assert!(
        waiting.iter().any(|l| l.starts_with(renewal)),
        "{waiting:?}"
    );
    let renewal_page = format!("/cities/valmont/pacts/{renewal}");
    let shown = claire.get(&renewal_page).await;
    assert!(
        shown
            .body
            .contains("Réponse à la demande de renouvellement")
    );
    assert!(shown.texts("#renewal p").concat().contains(number));
    let decide = format!("/admin/valmont/pacts/{renewal}/renewal");
    let accepted = claire.post(&decide, &[("decision", "accept")]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(status(app, renewal).await, "awaiting_approval");
    assert_eq!(
        subjects(app, "remi@example.org", "Renouvellement accepté"),
        1
    );
    let twice = claire.post(&decide, &[("decision", "accept")]).await;
    assert_eq!(twice.status, StatusCode::BAD_REQUEST);

    let hugo_browser = signed_in(app, "hugo@valmont.example").await;
    let approved = hugo_browser
        .post(
            &format!("/admin/valmont/pacts/{renewal}/act"),
            &[("action", "approve")],
        )
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let send = format!("/admin/valmont/pacts/{renewal}/signatures");
    let form = hugo_browser.get(&renewal_page).await;
    assert!(
        form.body.contains(&format!(r#"value="{}""#, day(end, 1))),
        "the start is pre-filled"
    );
    let gap = hugo_browser
        .post(
            &send,
            &[
                ("signer", &hugo.to_string()),
                ("start", &day(end, 15).to_string()),
            ],
        )
        .await;
    assert_eq!(gap.status, StatusCode::BAD_REQUEST);
    assert!(gap.body.contains("14 jour(s) sans pacte"), "{}", gap.body);
    let done = hugo_browser
        .post(
            &send,
            &[
                ("signer", &hugo.to_string()),
                ("start", &day(end, 1).to_string()),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let remi = signed_in(app, "remi@example.org").await;
    common::sign_in_turn(
        &renewal_page,
        &[(&remi, "Rémi Blanc"), (&hugo_browser, "Hugo Lambert")],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_express_renewal_is_signed_again_and_follows_the_term() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    let hugo = signing_officer(&app);
    let page = format!("/cities/valmont/pacts/{number}");
    let renewal = ask_for_renewal(&app, &number, end).await;
    accept_and_sign(&app, (&number, end), &renewal, hugo).await;

    // The new term starts the day after the old one ends.
    let json = pact_json(&app, &renewal).await;
    assert_eq!(json["status"], "active");
    assert_eq!(json["start_date"], day(end, 1).to_string());
    let new_end = NaiveDate::parse_from_str(json["end_date"].as_str().expect("end"), "%Y-%m-%d")
        .expect("a date");
    assert_eq!(
        new_end,
        day(end, 1) + chrono::Months::new(36) - TimeDelta::days(1)
    );
    assert_eq!(status(&app, &number).await, "active");

    // No more expiry reminders for a term already renewed; at its end the
    // old term expires and the new one is in force.
    app.clock.set(at(day(end, -29)));
    two_passes(&app).await;
    assert_eq!(subjects(&app, "remi@example.org", "Le pacte « "), 1);
    app.clock.set(at(day(end, 1)));
    two_passes(&app).await;
    assert_eq!(status(&app, &number).await, "expired");
    assert_eq!(status(&app, &renewal).await, "active");
    // The parties hear that the pact goes on, not that it ended.
    assert_eq!(
        subjects(&app, "remi@example.org", "Le pacte « "),
        2,
        "the notice, then the renewal taking over"
    );
    let (_, body) = mail_to(&app, "remi@example.org")
        .into_iter()
        .rev()
        .find(|(s, _)| s.ends_with("continue avec son renouvellement"))
        .expect("told the pact goes on");
    assert!(body.contains(&renewal), "{body}");
    assert!(
        !mail_to(&app, "remi@example.org")
            .iter()
            .any(|(s, _)| s.ends_with("a pris fin"))
    );
    let old_page = app.get(&page).await;
    assert!(
        old_page
            .texts("#renewal p")
            .concat()
            .contains("Renouvelé à compter du"),
        "{:?}",
        old_page.texts("#renewal p")
    );
    assert_eq!(events_of(&app, &number, "renewal_requested"), 1);
}

#[tokio::test]
async fn an_officer_asks_for_changes_then_the_parties_rework_the_text() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    let renewal = format!("{number}-R1");
    app.clock.set(at(day(end, -30)));
    let claire = signed_in(&app, "claire@valmont.example").await;
    // The city may ask too.
    let asked = claire
        .post(
            &format!("/cities/valmont/pacts/{number}/renewal"),
            &[("duration_months", "12"), ("changes", "")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let decide = format!("/admin/valmont/pacts/{renewal}/renewal");
    let silent = claire.post(&decide, &[("decision", "changes")]).await;
    assert_eq!(silent.status, StatusCode::BAD_REQUEST);
    let changes = claire
        .post(
            &decide,
            &[
                ("decision", "changes"),
                ("note", "Précisez les horaires d’ouverture du jardin."),
            ],
        )
        .await;
    assert_eq!(changes.status, StatusCode::SEE_OTHER, "{}", changes.body);
    assert_eq!(status(&app, &renewal).await, "co_design");
    assert_eq!(pact_json(&app, &renewal).await["duration_months"], 12);
    let body = body_of(&app, "remi@example.org", "Modifications demandées");
    assert!(body.contains("horaires d’ouverture"), "{body}");
    assert_eq!(events_of(&app, &renewal, "renewal_changes_asked"), 1);
    // Rémi, a party to the renewal, works on it in co-design.
    let remi = signed_in(&app, "remi@example.org").await;
    let draft = remi
        .get(&format!("/cities/valmont/pacts/{renewal}/edit"))
        .await;
    assert_eq!(
        draft.status,
        StatusCode::OK,
        "the drafting tools are offered"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ordinary_pacts_renew_tacitly_unless_someone_objects() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    with_conn(&app.state.pool, |conn| {
        diesel::update(cities::table.filter(cities::slug.eq("valmont")))
            .set((
                cities::tacit_renewal.eq(true),
                cities::objection_days.eq(30),
            ))
            .execute(conn)
            .expect("tacit renewal");
    });
    let page = format!("/cities/valmont/pacts/{number}");
    app.clock.set(at(day(end, -90)));
    two_passes(&app).await;
    let notice = body_of(&app, "remi@example.org", "Le pacte « ");
    assert!(notice.contains("renouvelé tacitement"), "{notice}");
    assert!(notice.contains("sauf opposition"), "{notice}");
    let shown = app.get(&page).await.texts("#renewal p").concat();
    assert!(shown.contains("sera renouvelé tacitement"), "{shown}");

    // At the end of the term: the next one, once, whatever the runners.
    app.clock.set(at(day(end, 1)));
    two_passes(&app).await;
    two_passes(&app).await;
    let renewal = format!("{number}-R1");
    assert_eq!(status(&app, &number).await, "expired");
    let json = pact_json(&app, &renewal).await;
    assert_eq!(json["status"], "active");
    assert_eq!(json["start_date"], day(end, 1).to_string());
    assert_eq!(
        json["duration_months"],
        pact_json(&app, &number).await["duration_months"]
    );
    for to in ["remi@example.org", "claire@valmont.example"] {
        assert_eq!(
            subjects(&app, to, "Le pacte « "),
            2,
            "{to}: notice + renewal"
        );
        assert_eq!(
            mail_to(&app, to)
                .iter()
                .filter(|(s, _)| s.ends_with("est renouvelé"))
                .count(),
            1,
            "{to}"
        );
        assert!(
            !mail_to(&app, to)
                .iter()
                .any(|(s, _)| s.ends_with("a pris fin")),
            "{to}: renewed, not ended"
        );
    }
    assert_eq!(events_of(&app, &renewal, "renewed_tacitly"), 1);
    assert_eq!(events_of(&app, &number, "renewed_tacitly"), 1);

    // The new term renews tacitly too, unless someone objects in time.
    let new_end = NaiveDate::parse_from_str(json["end_date"].as_str().expect("end"), "%Y-%m-%d")
        .expect("a date");
    let object = format!("/cities/valmont/pacts/{renewal}/renewal/objection");
    let reason = [(
        "reason",
        "L’association ne pourra plus assurer l’entretien.",
    )];
    app.clock.set(at(day(new_end, -20)));
    let remi = signed_in(&app, "remi@example.org").await;
    let late = remi.post(&object, &reason).await;
    assert_eq!(late.status, StatusCode::BAD_REQUEST);
    assert!(late.body.contains("a expiré"), "{}", late.body);
    app.clock.set(at(day(new_end, -40)));
    let remi = signed_in(&app, "remi@example.org").await;
    let empty = remi.post(&object, &[("reason", " ")]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    let objected = remi.post(&object, &reason).await;
    assert_eq!(objected.status, StatusCode::SEE_OTHER, "{}", objected.body);
    let again = remi.post(&object, &reason).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    let told = body_of(
        &app,
        "claire@valmont.example",
        "Opposition au renouvellement",
    );
    assert!(told.contains("ne pourra plus assurer"), "{told}");
    let public = app.get(&format!("/cities/valmont/pacts/{renewal}")).await;
    assert!(public.body.contains("Opposition au renouvellement tacite"));
    assert!(
        !public.body.contains("ne pourra plus assurer"),
        "reasons stay private"
    );

    app.clock.set(at(day(new_end, 1)));
    two_passes(&app).await;
    assert_eq!(status(&app, &renewal).await, "expired");
    assert_eq!(
        app.get(&format!("/api/v1/cities/valmont/pacts/{renewal}-R2"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

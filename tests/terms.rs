//! Pacts in force, with time moved forward: expiry notices at the city's
//! offsets, each sent once however many runners; the pact expires after
//! its end date; officers suspend (until a date), the suspension lifts
//! itself, they end a pact; every party is told, once; a failing job is
//! shown to administrators and waits before it runs again.

mod common;

use axum::http::StatusCode;
use chrono::{NaiveDate, TimeDelta};
use common::{
    Browser, TestApp, at, create_user, mail_to, pact_in_force, subjects, two_passes, with_conn,
};
use diesel::prelude::*;
use pacta::db::schema::pacts;
use pacta::domain::account::Role;

async fn status(app: &TestApp, number: &str) -> String {
    app.json(&format!("/api/v1/cities/valmont/pacts/{number}"))
        .await["status"]
        .as_str()
        .expect("status")
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expiry_notices_go_once_at_each_offset_then_the_pact_expires() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    let notices = |to: &str| subjects(&app, to, "Le pacte");
    let day = |days: i64| end - TimeDelta::days(days);

    for (when, expected) in [(95, 0), (90, 1), (89, 1), (29, 2), (20, 2), (6, 3), (0, 3)] {
        app.clock.set(at(day(when)));
        two_passes(&app).await;
        assert_eq!(notices("remi@example.org"), expected, "{when} days before");
        assert_eq!(
            notices("claire@valmont.example"),
            expected,
            "the officer too"
        );
        assert_eq!(status(&app, &number).await, "active");
    }
    let (_, body) = mail_to(&app, "remi@example.org")
        .into_iter()
        .find(|(s, _)| s.starts_with("Le pacte"))
        .expect("the 90-day notice");
    assert!(body.contains("dans 90 jours"), "{body}");
    // The officer's dashboard lists it among the pacts ending soon.
    let dashboard = officer(&app).await.get("/admin/valmont").await;
    let ending = dashboard.texts("section[aria-labelledby=dashboard-ending] li");
    assert!(ending.iter().any(|l| l.starts_with(&number)), "{ending:?}");

    // The day after its last day, it expires; the parties are told once.
    app.clock.set(at(end + TimeDelta::days(1)));
    two_passes(&app).await;
    two_passes(&app).await;
    assert_eq!(status(&app, &number).await, "expired");
    assert_eq!(
        subjects(&app, "remi@example.org", "Le pacte « "),
        4,
        "three notices and the end"
    );
    assert!(
        mail_to(&app, "remi@example.org")
            .iter()
            .any(|(s, _)| s.ends_with("a pris fin"))
    );
}

async fn officer(app: &TestApp) -> Browser<'_> {
    let browser = app.browser();
    browser.sign_in("claire@valmont.example").await;
    browser
}

#[tokio::test]
async fn a_suspension_until_a_date_lifts_itself_and_an_ending_is_told() {
    let app = TestApp::with_demo();
    let (number, _) = pact_in_force(&app);
    let claire = officer(&app).await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    let page = claire.get(&format!("/cities/valmont/pacts/{number}")).await;
    assert!(page.body.contains("Suspendre le pacte"));
    let suspended_count = |page: &common::TestResponse| {
        page.texts("section[aria-labelledby=dashboard-suspended] h2")
            .concat()
            .trim_start_matches("Pactes suspendus (")
            .trim_end_matches(')')
            .parse::<i64>()
            .expect("a count")
    };
    let dashboard = claire.get("/admin/valmont").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let before = suspended_count(&dashboard);

    let no_reason = claire.post(&act, &[("action", "suspend")]).await;
    assert_eq!(no_reason.status, StatusCode::BAD_REQUEST);
    let until = (common::test_now() + TimeDelta::days(10)).date_naive();
    let suspended = claire
        .post(
            &act,
            &[
                ("action", "suspend"),
                ("reason", "Travaux sur le réseau d’eau du square."),
                ("until", &until.to_string()),
                ("act_reference", "arrêté n° 2026-311"),
            ],
        )
        .await;
    assert_eq!(
        suspended.status,
        StatusCode::SEE_OTHER,
        "{}",
        suspended.body
    );
    assert_eq!(status(&app, &number).await, "suspended");
    let dashboard = claire.get("/admin/valmont").await;
    assert_eq!(suspended_count(&dashboard), before + 1);
    assert!(
        dashboard
            .body
            .contains(&format!("/cities/valmont/pacts/{number}"))
    );
    let mails = mail_to(&app, "remi@example.org");
    let (subject, body) = mails.last().expect("told");
    assert!(subject.ends_with("est suspendu"), "{subject}");
    assert!(body.contains("inclus"), "{body}");
    assert!(body.contains("Travaux sur le réseau d’eau du square."));
    assert!(body.contains("arrêté n° 2026-311"));

    // Still suspended on its last day; lifted the day after, once.
    app.clock.set(at(until));
    pacta::jobs::run_pass(&app.state, false).await;
    assert_eq!(status(&app, &number).await, "suspended");
    app.clock.set(at(until + TimeDelta::days(1)));
    pacta::jobs::run_pass(&app.state, false).await;
    pacta::jobs::run_pass(&app.state, false).await;
    assert_eq!(status(&app, &number).await, "active");
    assert_eq!(subjects(&app, "remi@example.org", "Le pacte « "), 2);

    // Ending it needs its kind; then everyone is told why.
    let claire = officer(&app).await;
    let kindless = claire
        .post(
            &act,
            &[("action", "terminate"), ("reason", "Plus d’activité.")],
        )
        .await;
    assert_eq!(kindless.status, StatusCode::BAD_REQUEST);
    let ended = claire
        .post(
            &act,
            &[
                ("action", "terminate"),
                ("termination", "breach"),
                ("reason", "Plus aucune activité depuis un an."),
            ],
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.body);
    assert_eq!(status(&app, &number).await, "terminated");
    let mails = mail_to(&app, "remi@example.org");
    let (subject, body) = mails.last().expect("told");
    assert!(subject.starts_with("Fin du pacte"), "{subject}");
    assert!(body.contains("Manquement aux engagements — Plus aucune activité"));
}

#[tokio::test]
async fn a_failing_job_is_shown_and_waits_before_running_again() {
    let app = TestApp::with_demo();
    // A pact past its end whose stored kind this version does not know:
    // expiring it fails.
    with_conn(&app.state.pool, |conn| {
        let id: i64 = pacts::table
            .filter(pacts::status.eq("active"))
            .order(pacts::end_date)
            .select(pacts::id)
            .first(conn)
            .expect("a pact");
        diesel::update(pacts::table.find(id))
            .set((
                pacts::kind.eq("unheard_of"),
                pacts::end_date.eq(NaiveDate::from_ymd_opt(2026, 1, 1)),
            ))
            .execute(conn)
            .expect("broken");
    });
    let outcome = |outcomes: &[(pacta::jobs::Job, pacta::jobs::Outcome)]| {
        outcomes
            .iter()
            .find(|(job, _)| *job == pacta::jobs::Job::ExpirePacts)
            .map(|(_, o)| format!("{o:?}"))
            .expect("the job")
    };
    let first = pacta::jobs::run_pass(&app.state, false).await;
    assert!(outcome(&first).starts_with("Failed"), "{}", outcome(&first));
    // The other jobs ran all the same.
    assert!(
        first
            .iter()
            .filter(|(job, _)| *job != pacta::jobs::Job::ExpirePacts)
            .all(|(_, o)| matches!(o, pacta::jobs::Outcome::Done(_)))
    );
    let again = pacta::jobs::run_pass(&app.state, false).await;
    assert_eq!(outcome(&again), "Waiting", "a minute's wait");
    app.clock.set(common::test_now() + TimeDelta::minutes(2));
    let later = pacta::jobs::run_pass(&app.state, false).await;
    assert!(outcome(&later).starts_with("Failed"));

    create_user(
        &app,
        "admin@valmont.example",
        "Nadia Admin",
        Role::Admin,
        Some("valmont"),
    );
    let admin = app.browser();
    admin.sign_in("admin@valmont.example").await;
    let page = admin.get("/admin/valmont/jobs").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("En échec (2 fois de suite)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("unheard_of"));
}

#[tokio::test]
async fn a_dispute_is_conciliated_then_closed_and_may_end_the_pact() {
    let app = TestApp::with_demo();
    let (number, _) = pact_in_force(&app);
    let path = format!("/cities/valmont/pacts/{number}");
    let remi = app.browser();
    remi.sign_in("remi@example.org").await;
    let subject = "Les horaires d’ouverture ne sont plus respectés par la Ville.";
    let open = format!("{path}/disputes");
    let opened = remi.post(&open, &[("subject", subject)]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    assert_eq!(
        remi.post(&open, &[("subject", "Encore")]).await.status,
        StatusCode::BAD_REQUEST,
        "one open at a time"
    );
    let told = mail_to(&app, "claire@valmont.example");
    let (title, body) = told.last().expect("the officer is told");
    assert!(title.starts_with("Différend sur le pacte"), "{title}");
    assert!(body.contains(subject));
    assert!(!app.get(&path).await.body.contains(subject), "not public");
    assert!(remi.get(&path).await.body.contains(subject));

    let claire = officer(&app).await;
    let id: i64 = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::disputes;
        disputes::table
            .select(disputes::id)
            .first(conn)
            .expect("dispute")
    });
    let met = claire
        .post(
            &format!("/admin/valmont/disputes/{id}/conciliation"),
            &[
                ("on", "2026-12-03"),
                ("participants", "Rémi Blanc, Claire Morel, médiateur"),
                ("notes", "La Ville rétablit les horaires dès janvier."),
            ],
        )
        .await;
    assert_eq!(met.status, StatusCode::SEE_OTHER, "{}", met.body);
    let closed = claire
        .post(
            &format!("/admin/valmont/disputes/{id}/close"),
            &[
                ("resolution", "continued"),
                ("note", "Accord trouvé en conciliation."),
            ],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let (title, body) = mail_to(&app, "remi@example.org").pop().expect("told");
    assert!(title.starts_with("Différend clos"), "{title}");
    assert!(body.contains("le pacte continue"), "{body}");
    assert_eq!(status(&app, &number).await, "active");
    let page = remi.get(&path).await;
    assert!(
        page.body
            .contains("La Ville rétablit les horaires dès janvier.")
    );

    // A second one ends with the pact to be amended: the amendment starts.
    remi.post(&open, &[("subject", "Les horaires doivent changer.")])
        .await;
    let id = latest_dispute(&app);
    let amended = claire
        .post(
            &format!("/admin/valmont/disputes/{id}/close"),
            &[
                ("resolution", "amended"),
                ("note", "Nouveaux horaires à écrire dans le pacte."),
            ],
        )
        .await;
    assert_eq!(amended.status, StatusCode::SEE_OTHER, "{}", amended.body);
    let amendments = remi.get(&path).await.texts("#amendments article").concat();
    assert!(amendments.contains("Nouveaux horaires"), "{amendments}");
    assert!(amendments.contains("en cours de rédaction"), "{amendments}");

    // A third one ends the pact (and the amendment under way with it).
    remi.post(&open, &[("subject", "Rien n’a changé.")]).await;
    let id = latest_dispute(&app);
    let ended = claire
        .post(
            &format!("/admin/valmont/disputes/{id}/close"),
            &[
                ("resolution", "terminated"),
                ("note", "Engagements non tenus."),
            ],
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.body);
    assert_eq!(status(&app, &number).await, "terminated");
    let (title, _) = mail_to(&app, "remi@example.org").pop().expect("told");
    assert!(title.starts_with("Fin du pacte"), "{title}");
    let amendments = remi.get(&path).await.texts("#amendments h3").concat();
    assert!(amendments.contains("abandonnée"), "{amendments}");
}

fn latest_dispute(app: &TestApp) -> i64 {
    with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::disputes;
        disputes::table
            .order(disputes::id.desc())
            .select(disputes::id)
            .first(conn)
            .expect("dispute")
    })
}

//! Notifications: each person sees theirs in Pacta (unread ones counted
//! in the menu, read once the list is opened) and chooses per kind how to
//! receive them — by e-mail at once, in the daily digest, or only in
//! Pacta — except that the parties always get a suspension at once.

mod common;

use axum::http::StatusCode;
use chrono::{NaiveDate, TimeDelta, TimeZone, Utc};
use common::{Browser, TestApp, mail_to, pact_in_force, signed_in};

fn at(day: NaiveDate, hour: u32) -> chrono::DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(hour, 0, 0).expect("time"))
}

fn mails(app: &TestApp, to: &str, needle: &str) -> Vec<String> {
    mail_to(app, to)
        .into_iter()
        .filter(|(s, _)| s.contains(needle))
        .map(|(_, body)| body)
        .collect()
}

async fn choose(browser: &Browser<'_>, choices: &[(&str, &str)]) {
    let saved = browser.post("/account/notifications", choices).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

/// Rémi wants renewals in the digest, nothing by e-mail about disputes
/// and suspensions; Claire nothing by e-mail about suspensions.
async fn set_choices(remi: &Browser<'_>, claire: &Browser<'_>) {
    let page = remi.get("/account/notifications").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Aucune notification"));
    let bad = remi
        .post("/account/notifications", &[("renewal", "pigeon")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    choose(
        remi,
        &[
            ("renewal", "digest"),
            ("dispute", "none"),
            ("suspension", "none"),
        ],
    )
    .await;
    let form = remi.get("/account/notifications?saved=1").await;
    assert!(form.body.contains("Vos choix sont enregistrés"));
    assert!(
        form.body.contains(
            r#"id="f-renewal-digest" type="radio" name="renewal" value="digest" checked"#
        ),
        "the choice is shown"
    );
    // Claire, not a party, wants no e-mail about suspensions.
    choose(claire, &[("suspension", "none")]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_kind_arrives_as_chosen_and_parties_always_get_suspensions() {
    let app = TestApp::with_demo();
    let (number, end) = pact_in_force(&app);
    let day = end - TimeDelta::days(60);
    app.clock.set(at(day, 9));
    let remi = signed_in(&app, "remi@example.org").await;
    let claire = signed_in(&app, "claire@valmont.example").await;
    set_choices(&remi, &claire).await;

    // A suspension: Rémi, a party, is e-mailed whatever he chose; Claire
    // (the officer in charge) only sees it in Pacta.
    let act = format!("/admin/valmont/pacts/{number}/act");
    let suspended = claire
        .post(
            &act,
            &[("action", "suspend"), ("reason", "Travaux sur le réseau.")],
        )
        .await;
    assert_eq!(
        suspended.status,
        StatusCode::SEE_OTHER,
        "{}",
        suspended.body
    );
    assert_eq!(mails(&app, "remi@example.org", "est suspendu").len(), 1);
    assert!(mails(&app, "claire@valmont.example", "est suspendu").is_empty());
    let menu = claire.get("/account").await;
    assert!(
        menu.texts("header nav a").concat().contains("1 non lue(s)"),
        "{:?}",
        menu.texts("header nav a")
    );
    let list = claire.get("/account/notifications").await;
    assert!(
        list.texts("ol.notifications li")
            .concat()
            .contains("est suspendu")
    );
    assert!(
        list.texts("ol.notifications li")
            .concat()
            .contains("Nouveau")
    );
    let again = claire.get("/account/notifications").await;
    assert!(
        !again
            .texts("ol.notifications li")
            .concat()
            .contains("Nouveau")
    );
    assert!(!again.texts("header nav a").concat().contains("non lue"));
    let resumed = claire.post(&act, &[("action", "resume")]).await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER);

    // A dispute: nothing by e-mail for Rémi, but it is in his list.
    let opened = claire
        .post(
            &format!("/cities/valmont/pacts/{number}/disputes"),
            &[("subject", "Horaires non respectés.")],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    assert!(mails(&app, "remi@example.org", "Différend").is_empty());

    // A renewal asked for: for the digest, next morning, once.
    let asked = claire
        .post(
            &format!("/cities/valmont/pacts/{number}/renewal"),
            &[("duration_months", "24"), ("changes", "")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    assert!(mails(&app, "remi@example.org", "Renouvellement demandé").is_empty());
    let list = remi.get("/account/notifications").await;
    let items = list.texts("ol.notifications li").concat();
    for subject in ["est suspendu", "Différend", "Renouvellement demandé"] {
        assert!(items.contains(subject), "{subject}: {items}");
    }
    digest_next_morning(&app, &number, day).await;
}

/// The next morning Rémi gets one digest with the renewal asked for (and
/// not the dispute, which he wanted only in Pacta); none the day after.
async fn digest_next_morning(app: &TestApp, number: &str, day: NaiveDate) {
    app.clock.set(at(day + TimeDelta::days(1), 8));
    let (a, b) = tokio::join!(
        pacta::jobs::send_digests(&app.state),
        pacta::jobs::send_digests(&app.state)
    );
    assert_eq!(a.expect("job") + b.expect("job"), 1);
    let digests = mails(app, "remi@example.org", "résumé quotidien");
    assert_eq!(digests.len(), 1);
    assert!(
        digests[0].contains("Renouvellement demandé"),
        "{}",
        digests[0]
    );
    assert!(
        digests[0].contains(&format!(
            "http://127.0.0.1:8080/cities/valmont/pacts/{number}"
        )),
        "{}",
        digests[0]
    );
    assert!(
        !digests[0].contains("Différend"),
        "not chosen for the digest"
    );
    app.clock.set(at(day + TimeDelta::days(2), 8));
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 0);
}

//! Following a pact: a daily digest of what happened to it, once a day
//! from the configured hour, never twice, nothing when nothing happened.

mod common;

use axum::http::StatusCode;
use chrono::{TimeDelta, TimeZone, Utc};
use common::{TestApp, create_user, mail_to};
use pacta::domain::account::Role;

fn digests_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    mail_to(app, to)
        .into_iter()
        .filter(|(subject, _)| subject.contains("que vous suivez"))
        .collect()
}

#[tokio::test]
async fn followers_get_one_digest_a_day_of_what_happened() {
    let app = TestApp::with_demo();
    let open = app
        .json("/api/v1/pacts?city=valmont&status=published_for_comments")
        .await;
    let number = open["items"][0]["number"]
        .as_str()
        .expect("a published proposal")
        .to_owned();
    let title = open["items"][0]["title"]
        .as_str()
        .expect("title")
        .to_owned();
    let path = format!("/cities/valmont/pacts/{number}");
    create_user(&app, "bruno@example.org", "Bruno", Role::Resident, None);
    create_user(&app, "zoe@example.org", "Zoé", Role::Resident, None);
    let bruno = app.browser();
    bruno.sign_in("bruno@example.org").await;
    let followed = bruno
        .post(&format!("{path}/follow"), &[("follow", "1")])
        .await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        bruno.get(&path).await.texts("form.follow button"),
        vec!["Ne plus suivre ce pacte"]
    );

    // Nothing happened since he followed: no digest today.
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 0);

    // Someone comments; the next morning, before the hour, nothing; after,
    // one digest, even from two runners at once.
    app.clock.set(common::test_now() + TimeDelta::minutes(5));
    let zoe = app.browser();
    zoe.sign_in("zoe@example.org").await;
    zoe.post(
        &format!("{path}/comments"),
        &[("kind", "objection"), ("body", "Trop de bruit le soir.")],
    )
    .await;
    let tomorrow = common::test_now().date_naive() + TimeDelta::days(1);
    let at = |hour: u32| Utc.from_utc_datetime(&tomorrow.and_hms_opt(hour, 0, 0).expect("time"));
    app.clock.set(at(5));
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 0);
    app.clock.set(at(8));
    let (a, b) = tokio::join!(
        pacta::jobs::send_digests(&app.state),
        pacta::jobs::send_digests(&app.state)
    );
    assert_eq!(a.expect("job") + b.expect("job"), 1);
    let digests = digests_to(&app, "bruno@example.org");
    assert_eq!(digests.len(), 1);
    assert!(digests[0].1.contains(&title), "{}", digests[0].1);
    assert!(
        digests[0].1.contains("une nouvelle observation"),
        "{}",
        digests[0].1
    );
    assert!(
        digests[0]
            .1
            .contains(&format!("http://127.0.0.1:8080{path}"))
    );
    assert!(
        digests_to(&app, "zoe@example.org").is_empty(),
        "Zoé follows nothing"
    );

    // More activity the same day waits for tomorrow's digest.
    app.clock.set(at(9));
    zoe.post(
        &format!("{path}/comments"),
        &[("kind", "support"), ("body", "")],
    )
    .await;
    app.clock.set(at(15));
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 0);
    app.clock.set(at(8) + TimeDelta::days(1));
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 1);
    let digests = digests_to(&app, "bruno@example.org");
    assert!(
        digests[1].1.contains("une nouvelle observation"),
        "only the new one: {}",
        digests[1].1
    );

    // A day without news, or after unfollowing: nothing.
    app.clock.set(at(8) + TimeDelta::days(2));
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 0);
    bruno
        .post(&format!("{path}/follow"), &[("follow", "0")])
        .await;
    app.clock.set(at(9) + TimeDelta::days(2));
    let posted = zoe
        .post(
            &format!("{path}/comments"),
            &[("kind", "comment"), ("body", "Encore moi.")],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "there is news");
    app.clock.set(at(8) + TimeDelta::days(3));
    assert_eq!(pacta::jobs::send_digests(&app.state).await.expect("job"), 0);
    assert_eq!(digests_to(&app, "bruno@example.org").len(), 2);
}

//! The database layer on both backends: numbering, transitions with their
//! history, optimistic concurrency, immutability of versions and events,
//! idempotent demo loading.

mod common;

use chrono::{Duration, SubsecRound, TimeZone, Utc};
use common::{TestApp, test_now, with_conn};
use diesel::prelude::*;
use pacta::db::pacts::{NewProposal, WriteError};
use pacta::db::schema::{events, pact_versions, pacts};
use pacta::db::{self, DbConn};
use pacta::domain::city::CitySettings;
use pacta::domain::lifecycle::{Action, Actor, Status, TransitionError};
use pacta::domain::text::{Article, PactText};
use pacta::domain::vocab::{Intensity, PactKind, PartyRole};

fn proposal(conn: &mut DbConn, title: &str) -> NewProposal {
    let city = db::cities::find(conn, "valmont")
        .expect("query")
        .expect("demo city");
    let commons = db::commons::find(conn, city.id, "square-jean-moulin")
        .expect("query")
        .expect("demo commons");
    NewProposal {
        city_id: city.id,
        commons_id: commons.id,
        title: title.to_owned(),
        summary: "Un résumé.".to_owned(),
        kind: PactKind::Ordinary,
        intensity: Intensity::OccasionalCare,
        duration_months: 12,
        parties: vec![],
        text: PactText {
            title: title.to_owned(),
            articles: vec![Article {
                heading: "Article 1".into(),
                paragraphs: vec!["Objet.".into()],
            }],
        },
        author: "Test".to_owned(),
        renews_pact_id: None,
    }
}

fn status_of(conn: &mut DbConn, id: i64) -> String {
    pacts::table
        .find(id)
        .select(pacts::status)
        .first(conn)
        .expect("pact")
}

#[tokio::test]
async fn numbers_follow_submission_order_within_city_and_year() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let new = proposal(conn, "Nouveau pacte");
        let (_, first) = db::pacts::create(conn, &new, test_now()).expect("created");
        let (_, second) = db::pacts::create(conn, &new, test_now()).expect("created");
        // The demo city has 2026 proposals already; numbering continues.
        let max_demo: i32 = pacts::table
            .filter(pacts::city_id.eq(new.city_id))
            .filter(pacts::year.eq(2026))
            .filter(pacts::number.ne(&first))
            .filter(pacts::number.ne(&second))
            .select(diesel::dsl::max(pacts::sequence))
            .first::<Option<i32>>(conn)
            .expect("max")
            .expect("demo has 2026 pacts");
        assert_eq!(first, format!("2026-{:04}", max_demo + 1));
        assert_eq!(second, format!("2026-{:04}", max_demo + 2));
        let next_year = Utc
            .with_ymd_and_hms(2027, 1, 2, 9, 0, 0)
            .single()
            .expect("instant");
        let (_, third) = db::pacts::create(conn, &new, next_year).expect("created");
        assert_eq!(third, "2027-0001");
    });
}

#[tokio::test]
async fn concurrent_submissions_never_share_a_number() {
    let app = TestApp::with_demo();
    let pool = app.state.pool.clone();
    let new = with_conn(&pool, |conn| proposal(conn, "Concurrent"));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let pool = pool.clone();
            let new = new.clone();
            std::thread::spawn(move || {
                (0..5)
                    .map(|_| {
                        with_conn(&pool, |conn| {
                            db::pacts::create(conn, &new, test_now())
                                .unwrap_or_else(|e| panic!("{e:?}"))
                                .1
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut numbers: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("thread"))
        .collect();
    numbers.sort();
    let before = numbers.len();
    numbers.dedup();
    assert_eq!(numbers.len(), before, "20 distinct numbers");
}

#[tokio::test]
async fn an_action_changes_the_status_and_records_one_event() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let new = proposal(conn, "Transition");
        let (id, _) = db::pacts::create(conn, &new, test_now()).expect("created");
        let settings = CitySettings::default();
        let later = test_now() + Duration::days(2);
        let after = db::pacts::apply(
            conn,
            id,
            &Action::StartReview,
            Actor::Officer,
            "Claire",
            later,
            &settings,
        )
        .expect("allowed");
        assert_eq!(after.status, Status::UnderReview);
        assert_eq!(status_of(conn, id), "under_review");
        let recorded: Vec<(
            String,
            Option<String>,
            Option<String>,
            chrono::NaiveDateTime,
        )> = events::table
            .filter(events::pact_id.eq(id))
            .order(events::id)
            .select((
                events::kind,
                events::status_before,
                events::status_after,
                events::occurred_at,
            ))
            .load(conn)
            .expect("events");
        assert_eq!(recorded.len(), 2);
        assert_eq!(recorded[1].0, "start_review");
        assert_eq!(recorded[1].1.as_deref(), Some("submitted"));
        assert_eq!(recorded[1].2.as_deref(), Some("under_review"));
        assert_eq!(recorded[1].3, later.naive_utc().trunc_subsecs(6));
    });
}

#[tokio::test]
async fn a_refused_action_leaves_nothing_behind() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let new = proposal(conn, "Refus");
        let (id, _) = db::pacts::create(conn, &new, test_now()).expect("created");
        let events_before: i64 = events::table
            .filter(events::pact_id.eq(id))
            .count()
            .get_result(conn)
            .expect("count");
        let result = db::pacts::apply(
            conn,
            id,
            &Action::Approve {
                version: String::new(),
            },
            Actor::SigningOfficer,
            "X",
            test_now(),
            &CitySettings::default(),
        );
        assert!(matches!(
            result,
            Err(WriteError::Transition(
                TransitionError::NotFromStatus { .. }
            ))
        ));
        let result = db::pacts::apply(
            conn,
            id,
            &Action::Reject { reason: " ".into() },
            Actor::Officer,
            "X",
            test_now(),
            &CitySettings::default(),
        );
        assert!(matches!(
            result,
            Err(WriteError::Transition(
                TransitionError::ReasonRequired { .. }
            ))
        ));
        let events_after: i64 = events::table
            .filter(events::pact_id.eq(id))
            .count()
            .get_result(conn)
            .expect("count");
        assert_eq!(events_after, events_before);
        assert_eq!(status_of(conn, id), "submitted");
    });
}

#[tokio::test]
async fn simultaneous_actions_on_one_pact_apply_once() {
    let app = TestApp::with_demo();
    let pool = app.state.pool.clone();
    let id = with_conn(&pool, |conn| {
        let new = proposal(conn, "Concurrence");
        db::pacts::create(conn, &new, test_now())
            .expect("created")
            .0
    });
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let pool = pool.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                with_conn(&pool, |conn| {
                    barrier.wait();
                    db::pacts::apply(
                        conn,
                        id,
                        &Action::StartReview,
                        Actor::Officer,
                        &format!("officer {i}"),
                        test_now(),
                        &CitySettings::default(),
                    )
                    .is_ok()
                })
            })
        })
        .collect();
    let successes = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .filter(|ok| *ok)
        .count();
    assert_eq!(
        successes, 1,
        "one officer opens the review, the others are told it moved"
    );
    with_conn(&pool, |conn| {
        let reviews: i64 = events::table
            .filter(events::pact_id.eq(id))
            .filter(events::kind.eq("start_review"))
            .count()
            .get_result(conn)
            .expect("count");
        assert_eq!(reviews, 1);
        assert_eq!(status_of(conn, id), "under_review");
    });
}

#[tokio::test]
async fn versions_and_events_cannot_be_rewritten() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let rewrite = diesel::update(pact_versions::table)
            .set(pact_versions::content.eq("{}"))
            .execute(conn);
        assert!(rewrite.is_err(), "versions are immutable");
        let rewrite = diesel::update(events::table)
            .set(events::details.eq("forged"))
            .execute(conn);
        assert!(rewrite.is_err(), "events are append-only");
    });
}

#[tokio::test]
async fn new_versions_are_numbered_and_hashed() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let new = proposal(conn, "Versions");
        let (id, _) = db::pacts::create(conn, &new, test_now()).expect("created");
        let mut text = new.text.clone();
        text.articles[0].paragraphs.push("Ajout.".into());
        let number = db::pacts::add_version(
            conn,
            id,
            &text,
            Actor::Officer,
            "Claire",
            "atelier",
            test_now(),
        )
        .expect("saved");
        assert_eq!(number, 2);
        let hashes: Vec<String> = pact_versions::table
            .filter(pact_versions::pact_id.eq(id))
            .order(pact_versions::number)
            .select(pact_versions::sha256)
            .load(conn)
            .expect("versions");
        assert_eq!(hashes.len(), 2);
        assert_ne!(hashes[0], hashes[1]);
        assert_eq!(hashes[1], text.canonical().expect("valid").sha256);
        let empty = PactText {
            title: " ".into(),
            articles: vec![],
        };
        assert!(
            db::pacts::add_version(conn, id, &empty, Actor::Officer, "Claire", "", test_now())
                .is_err()
        );
    });
}

#[tokio::test]
async fn demo_loading_is_idempotent_and_covers_every_status() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let count =
            |conn: &mut DbConn| -> i64 { pacts::table.count().get_result(conn).expect("count") };
        let before = count(conn);
        assert!(before >= 60, "about 60 demo pacts: {before}");
        let loaded = pacta::demo::load(conn, test_now()).expect("second load");
        assert!(loaded.is_empty(), "nothing loaded twice");
        assert_eq!(count(conn), before);
        let statuses: Vec<String> = pacts::table
            .select(pacts::status)
            .distinct()
            .load(conn)
            .expect("statuses");
        for status in <Status as pacta::domain::vocab::Vocabulary>::all() {
            assert!(
                statuses
                    .iter()
                    .any(|s| s == <Status as pacta::domain::vocab::Vocabulary>::name(status)),
                "demo has a {status} pact"
            );
        }
        // Every demo pact is consistent with the lifecycle rules.
        let cities = db::cities::list(conn).expect("cities");
        for city in cities {
            let page = db::registry::search(
                conn,
                &app.state.registry,
                &pacta::domain::filter::RegistryFilter {
                    city: Some(city.slug.clone()),
                    page: 1,
                    ..Default::default()
                },
            )
            .expect("search");
            for item in page.items {
                assert_eq!(
                    item.pact.lifecycle.check_invariants(),
                    Ok(()),
                    "{}",
                    item.pact.number
                );
            }
        }
    });
}

#[tokio::test]
async fn commons_parties_and_roles_are_linked() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let city = db::cities::find(conn, "valmont")
            .expect("query")
            .expect("city");
        let page = db::registry::search(
            conn,
            &app.state.registry,
            &pacta::domain::filter::RegistryFilter {
                city: Some("valmont".into()),
                q: Some("Paul-Bert".into()),
                page: 1,
                ..Default::default()
            },
        )
        .expect("search");
        let number = &page.items[0].pact.number;
        let detail = db::pacts::find(conn, city.id, number)
            .expect("query")
            .expect("pact");
        let roles: Vec<PartyRole> = detail.parties.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            vec![
                PartyRole::Proponent,
                PartyRole::CoSignatory,
                PartyRole::City
            ]
        );
        assert_eq!(detail.pact.kind, PactKind::Complex);
        assert!(
            detail.pact.lifecycle.executive_decision.is_some(),
            "complex pacts carry the executive decision"
        );
    });
}

#[tokio::test]
async fn migrations_revert_and_apply_again() {
    let app = TestApp::new();
    with_conn(&app.state.pool, |conn| {
        let reverted = db::revert_all(conn).expect("every down.sql runs");
        assert!(reverted >= 1);
        assert!(
            pacts::table.count().get_result::<i64>(conn).is_err(),
            "tables are gone"
        );
        assert_eq!(db::migrate(conn).expect("up again"), reverted);
        assert_eq!(
            pacts::table
                .count()
                .get_result::<i64>(conn)
                .expect("table back"),
            0
        );
    });
}

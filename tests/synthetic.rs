//! The synthetic registry (`pacta seed synthetic`) and the registry's
//! in-memory index: the generated pacts are consistent and complete, and
//! the index answers every filter as SQL does, and follows writes.

mod common;

use chrono::{TimeZone, Utc};
use common::{TestApp, with_conn};
use diesel::prelude::*;
use pacta::db::{self, DbConn};
use pacta::domain::filter::RegistryFilter;
use pacta::domain::lifecycle::{Action, Actor, Status};
use pacta::domain::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};

fn seed(conn: &mut DbConn, pacts: usize) -> pacta::synthetic::Summary {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 26, 9, 0, 0)
        .single()
        .expect("a time");
    let options = pacta::synthetic::Options {
        cities: 2,
        pacts,
        seed: 7,
    };
    pacta::synthetic::seed(conn, options, now, |_, _| {}).expect("seed")
}

fn count(conn: &mut DbConn, table: &str) -> i64 {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
        .get_result::<Count>(conn)
        .expect("count")
        .n
}

#[tokio::test]
async fn synthetic_registries_are_complete_consistent_and_made_once() {
    let app = TestApp::new();
    with_conn(&app.state.pool, |conn| {
        let summary = seed(conn, 600);
        assert_eq!((summary.cities, summary.pacts), (2, 600));
        assert!(summary.renewals > 0, "some pacts are renewed");
        assert_eq!(count(conn, "pacts"), 600);
        assert_eq!(count(conn, "pact_search"), 600, "every pact is indexed");
        if matches!(conn, pacta::db::DbConn::Sqlite(_)) {
            assert_eq!(count(conn, "pact_titles"), 600, "with its title");
        }
        assert_eq!(
            count(conn, "pact_versions"),
            i64::try_from(summary.versions).expect("small")
        );
        assert_eq!(
            count(conn, "events"),
            i64::try_from(summary.events).expect("small")
        );
        assert!(summary.reports > 0);
        let ids: Vec<i64> = db::schema::pacts::table
            .select(db::schema::pacts::id)
            .load(conn)
            .expect("ids");
        let mut statuses = std::collections::BTreeSet::new();
        for id in ids {
            let pact = db::pacts::get(conn, id).expect("pact");
            assert_eq!(pact.lifecycle.check_invariants(), Ok(()), "{}", pact.number);
            statuses.insert(pact.lifecycle.status);
        }
        for status in [
            Status::Active,
            Status::Expired,
            Status::Closed,
            Status::Rejected,
            Status::CoDesign,
        ] {
            assert!(statuses.contains(&status), "a {status} pact");
        }
        // Running it again finds the cities there and writes nothing.
        let again = seed(conn, 600);
        assert_eq!((again.cities, again.skipped, again.pacts), (0, 2, 0));
        assert_eq!(count(conn, "pacts"), 600);
    });
    // The pages of the synthetic registry render.
    let registry = app.get("/pacts?city=synth-montreval").await;
    assert_eq!(registry.status, 200);
    let api = app.json("/api/v1/pacts?city=synth-borgoalto").await;
    let number = api["items"][0]["number"].as_str().expect("a pact");
    let page = app
        .get(&format!("/cities/synth-borgoalto/pacts/{number}"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Art. 1"), "its text is shown");
}

/// Filters covering every value of every facet, alone and combined.
fn filters(cities: &[String]) -> Vec<RegistryFilter> {
    let base = RegistryFilter {
        page: 1,
        ..RegistryFilter::default()
    };
    let mut all = vec![base.clone()];
    for city in cities {
        all.push(RegistryFilter {
            city: Some(city.clone()),
            ..base.clone()
        });
    }
    for status in Status::all() {
        all.push(RegistryFilter {
            status: Some(status),
            ..base.clone()
        });
    }
    for kind in PactKind::all() {
        all.push(RegistryFilter {
            kind: Some(kind),
            ..base.clone()
        });
    }
    for intensity in Intensity::all() {
        all.push(RegistryFilter {
            intensity: Some(intensity),
            ..base.clone()
        });
    }
    for category in CommonsCategory::all() {
        all.push(RegistryFilter {
            category: Some(category),
            city: cities.first().cloned(),
            ..base.clone()
        });
    }
    for party in PartyKind::all() {
        all.push(RegistryFilter {
            party: Some(party),
            status: Some(Status::Active),
            ..base.clone()
        });
    }
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    all.extend([
        RegistryFilter {
            district: Some("gare".into()),
            ..base.clone()
        },
        RegistryFilter {
            district: Some("porto".into()),
            city: cities.get(1).cloned(),
            kind: Some(PactKind::Ordinary),
            ..base.clone()
        },
        RegistryFilter {
            year: Some(2019),
            ..base.clone()
        },
        RegistryFilter {
            from: day(2020, 1, 1),
            to: day(2020, 12, 31),
            ..base.clone()
        },
        RegistryFilter {
            from: day(2026, 1, 1),
            ..base.clone()
        },
        RegistryFilter {
            to: day(2018, 6, 30),
            party: Some(PartyKind::Association),
            ..base.clone()
        },
        RegistryFilter {
            q: Some("compostage".into()),
            ..base.clone()
        },
        RegistryFilter {
            q: Some("orto".into()),
            status: Some(Status::Expired),
            ..base.clone()
        },
        RegistryFilter {
            city: Some("nowhere".into()),
            ..base.clone()
        },
        RegistryFilter {
            district: Some("nowhere".into()),
            ..base
        },
    ]);
    all
}

#[tokio::test]
async fn the_index_answers_every_filter_as_sql_does() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        seed(conn, 900);
        let cities: Vec<String> = db::cities::list(conn)
            .expect("cities")
            .into_iter()
            .map(|c| c.slug)
            .collect();
        for filter in filters(&cities) {
            let page = db::registry::search(conn, &app.state.registry, &filter).expect("search");
            let (total, ids) = db::registry::by_sql(conn, &filter, 20).expect("sql");
            assert_eq!(page.total, total, "{filter:?}");
            let facets = db::registry::facets(conn, &app.state.registry, &filter).expect("facets");
            let by_status: i64 = facets.status.iter().map(|c| c.count).sum();
            assert_eq!(by_status, total, "{filter:?}");
            if filter.q.is_none() {
                let found: Vec<i64> = page.items.iter().map(|i| i.pact.id).collect();
                assert_eq!(found, ids, "{filter:?}");
            }
            // Each facet count is the total of the narrower search.
            for count in &facets.status {
                let narrower = RegistryFilter {
                    status: Some(count.value),
                    ..filter.clone()
                };
                let (n, _) = db::registry::by_sql(conn, &narrower, 0).expect("sql");
                assert_eq!(count.count, n, "{narrower:?}");
            }
            // (A party facet under a party filter counts pacts with both.)
            for count in facets.party.iter().filter(|_| filter.party.is_none()) {
                let narrower = RegistryFilter {
                    party: Some(count.value),
                    ..filter.clone()
                };
                let (n, _) = db::registry::by_sql(conn, &narrower, 0).expect("sql");
                assert_eq!(count.count, n, "{narrower:?}");
            }
            for count in &facets.district {
                let narrower = RegistryFilter {
                    district: Some(count.slug.clone()),
                    ..filter.clone()
                };
                let (n, _) = db::registry::by_sql(conn, &narrower, 0).expect("sql");
                assert_eq!(count.count, n, "{narrower:?}");
            }
        }
    });
}

#[tokio::test]
async fn the_index_follows_every_write() {
    let app = TestApp::with_demo();
    let submitted = RegistryFilter {
        status: Some(Status::Submitted),
        page: 1,
        ..RegistryFilter::default()
    };
    let under_review = RegistryFilter {
        status: Some(Status::UnderReview),
        ..submitted.clone()
    };
    with_conn(&app.state.pool, |conn| {
        let index = &app.state.registry;
        let before = db::registry::search(conn, index, &submitted).expect("search");
        let reviewing = db::registry::search(conn, index, &under_review)
            .expect("search")
            .total;
        let pact = before.items.first().expect("a submitted pact").pact.clone();
        let city = db::cities::get(conn, pact.city_id).expect("city");
        db::pacts::apply(
            conn,
            pact.id,
            &Action::StartReview,
            Actor::Officer,
            "Officer",
            Utc::now(),
            &city.settings(),
        )
        .expect("review");
        let after = db::registry::search(conn, index, &submitted).expect("search");
        assert_eq!(after.total, before.total - 1);
        assert!(after.items.iter().all(|i| i.pact.id != pact.id));
        let now_reviewing = db::registry::search(conn, index, &under_review).expect("search");
        assert_eq!(now_reviewing.total, reviewing + 1);
        assert!(now_reviewing.items.iter().any(|i| i.pact.id == pact.id));
        // Pacts written by another server (or the seed) are found too.
        seed(conn, 50);
        let all = RegistryFilter {
            city: Some("synth-montreval".into()),
            page: 1,
            ..RegistryFilter::default()
        };
        assert_eq!(
            db::registry::search(conn, index, &all)
                .expect("search")
                .total,
            25
        );
    });
}

#[tokio::test]
async fn overdue_reports_are_found_alike_whatever_the_slices_read() {
    let app = TestApp::new();
    with_conn(&app.state.pool, |conn| {
        seed(conn, 600);
        // A year and a half on, the reports of the pacts in force are late.
        let today = chrono::NaiveDate::from_ymd_opt(2028, 5, 1).expect("a day");
        let since = today - chrono::Days::new(365);
        let whole = db::reports::overdue_by(conn, None, (since, today), 1_000_000).expect("whole");
        assert!(whole.len() > 20, "{}", whole.len());
        for chunk in [1, 7, 100] {
            let sliced =
                db::reports::overdue_by(conn, None, (since, today), chunk).expect("sliced");
            assert_eq!(sliced, whole, "{chunk} at a time");
        }
        let city = db::cities::list(conn).expect("cities")[0].id;
        let one = db::reports::overdue_by(conn, Some(city), (since, today), 7).expect("one city");
        assert!(!one.is_empty() && one.len() < whole.len());
        let ids: std::collections::HashSet<i64> = db::schema::pacts::table
            .filter(db::schema::pacts::city_id.eq(city))
            .select(db::schema::pacts::id)
            .load::<i64>(conn)
            .expect("ids")
            .into_iter()
            .collect();
        assert!(one.iter().all(|(id, ..)| ids.contains(id)));
    });
}

#[tokio::test]
async fn statistics_delays_are_the_averages_of_every_pact() {
    use db::schema::{events, pacts, reports};
    use std::collections::HashMap;
    let app = TestApp::new();
    with_conn(&app.state.pool, |conn| {
        seed(conn, 600);
        let signatures: Vec<(i64, Option<chrono::NaiveDate>, chrono::NaiveDateTime)> =
            events::table
                .inner_join(pacts::table)
                .filter(events::status_before.eq(Status::AwaitingSignatures.name()))
                .filter(events::status_after.eq(Status::Active.name()))
                .select((pacts::id, pacts::submitted_on, events::occurred_at))
                .load(conn)
                .expect("signatures");
        let mut signed: HashMap<i64, chrono::NaiveDateTime> = HashMap::new();
        let mut to_signature = Vec::new();
        for (pact, submitted, at) in signatures {
            if let Some(submitted) = submitted {
                to_signature.push((at.date() - submitted).num_days());
            }
            let first = signed.entry(pact).or_insert(at);
            *first = (*first).min(at);
        }
        let mut first_report: HashMap<i64, chrono::NaiveDateTime> = HashMap::new();
        for (pact, at) in reports::table
            .select((reports::pact_id, reports::created_at))
            .load::<(i64, chrono::NaiveDateTime)>(conn)
            .expect("reports")
        {
            let first = first_report.entry(pact).or_insert(at);
            *first = (*first).min(at);
        }
        let to_report: Vec<i64> = first_report
            .iter()
            .filter_map(|(pact, first)| Some((*first - *signed.get(pact)?).num_days()))
            .filter(|days| *days >= 0)
            .collect();
        let mean = |days: &[i64]| {
            #[expect(clippy::cast_precision_loss, reason = "small counts")]
            let mean = days.iter().sum::<i64>() as f64 / days.len() as f64;
            (mean * 10.0).round() / 10.0
        };
        assert!(to_signature.len() > 100 && to_report.len() > 100);
        let index = db::registry_index::RegistryIndex::default();
        let statistics = db::statistics::compute(conn, &index, None).expect("statistics");
        assert_eq!(statistics.days_to_signature, Some(mean(&to_signature)));
        assert_eq!(statistics.days_to_first_report, Some(mean(&to_report)));
    });
}

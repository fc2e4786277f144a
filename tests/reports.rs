//! Activity reports: a party sends one with a photo (reduced, without its
//! location), the officer asks for changes then accepts it; it becomes
//! public without its author and its figures count; overdue reports are
//! told once.

mod common;

use axum::http::StatusCode;
use chrono::{TimeDelta, TimeZone, Utc};
use common::{TestApp, mail_to, pact_in_force, with_conn};
use diesel::prelude::*;
use pacta::db::schema::{pacts, reports};

/// A 2400×1800 JPEG carrying an Exif segment that names a place.
fn photo_with_location() -> Vec<u8> {
    let image = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(2400, 1800, |x, y| {
        image::Rgb([
            u8::try_from(x % 251).unwrap_or(0),
            u8::try_from(y % 241).unwrap_or(0),
            90,
        ])
    }));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
        .encode_image(&image)
        .expect("encoded");
    let payload = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude 45.7640N GPSLongitude 4.8357E";
    let length = u16::try_from(payload.len() + 2).expect("short");
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn fields(start: &str, end: &str) -> Vec<(&'static str, String)> {
    vec![
        ("period_start", start.to_owned()),
        ("period_end", end.to_owned()),
        (
            "activities",
            "Trois chantiers de plantation et une fête de quartier.".into(),
        ),
        ("places", "Square et allée des Tilleuls".into()),
        ("beneficiaries", "150".into()),
        ("volunteers", "18".into()),
        ("hours", "420".into()),
        ("resources_parties", "Outils, graines".into()),
        ("resources_city", "Terreau, arrosage".into()),
        ("problems", String::new()),
    ]
}

fn as_refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn a_report_is_sent_reviewed_and_published_without_its_author() {
    let app = TestApp::with_demo();
    let (number, _) = pact_in_force(&app);
    let start: chrono::NaiveDate = with_conn(&app.state.pool, |conn| {
        pacts::table
            .filter(pacts::number.eq(&number))
            .select(pacts::start_date.assume_not_null())
            .first(conn)
            .expect("start")
    });
    let path = format!("/cities/valmont/pacts/{number}");
    let remi = app.browser();
    remi.sign_in("remi@example.org").await;
    assert!(
        remi.get(&path)
            .await
            .body
            .contains("Transmettre un rapport d’activité")
    );
    let new = format!("{path}/reports/new");
    assert_eq!(remi.get(&new).await.status, StatusCode::OK);

    // Every mistake at once, what was typed kept.
    let mut bad = fields("2020-01-01", "2019-01-01");
    bad[2].1 = " ".into();
    bad[5].1 = "-4".into();
    let refused = remi.post_multipart(&new, &as_refs(&bad), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.texts(".error-summary li").len(),
        3,
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Square et allée des Tilleuls"));

    let (from, to) = (
        start.to_string(),
        (start + TimeDelta::days(364)).to_string(),
    );
    let good = fields(&from, &to);
    let photo = photo_with_location();
    let sent = remi
        .post_multipart(&new, &as_refs(&good), &[("photos", "chantier.jpg", &photo)])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);

    // Not public until accepted.
    let public = app.get(&path).await;
    assert!(!public.body.contains("Trois chantiers"));
    let photo_id: i64 = with_conn(&app.state.pool, |conn| {
        pacta::db::schema::report_photos::table
            .select(pacta::db::schema::report_photos::id)
            .first(conn)
            .expect("photo")
    });
    let photo_path = format!("/reports/photos/{photo_id}");
    assert_eq!(app.get(&photo_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(remi.get(&photo_path).await.status, StatusCode::OK);

    // The officer asks for changes (saying which), then accepts.
    let claire = app.browser();
    claire.sign_in("claire@valmont.example").await;
    let id: i64 = with_conn(&app.state.pool, |conn| {
        reports::table
            .select(reports::id)
            .first(conn)
            .expect("report")
    });
    let review = format!("/admin/valmont/reports/{id}/review");
    let silent = claire.post(&review, &[("decision", "changes")]).await;
    assert_eq!(silent.status, StatusCode::BAD_REQUEST);
    let asked = claire
        .post(
            &review,
            &[
                ("decision", "changes"),
                ("note", "Précisez le nombre d’arbres plantés."),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let told = mail_to(&app, "remi@example.org");
    let (subject, body) = told.last().expect("told");
    assert!(subject.starts_with("Modifications demandées"), "{subject}");
    assert!(body.contains("Précisez le nombre d’arbres plantés."));

    let mut changed = good.clone();
    changed[2].1 = "Trois chantiers : 40 arbres plantés, et une fête de quartier.".into();
    let edit = format!("{path}/reports/{id}/edit");
    assert!(remi.get(&edit).await.body.contains("Précisez le nombre"));
    let resent = remi.post_multipart(&edit, &as_refs(&changed), &[]).await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.body);
    let accepted = claire.post(&review, &[("decision", "accept")]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let again = claire.post(&review, &[("decision", "accept")]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "reviewed once");

    published(&app, &number, &photo_path).await;
}

/// Public now, without its author; the photo is reduced and has lost its
/// metadata; the figures count.
async fn published(app: &TestApp, number: &str, photo_path: &str) {
    let path = format!("/cities/valmont/pacts/{number}");
    let public = app.get(&path).await;
    assert!(public.body.contains("40 arbres plantés"));
    assert!(!public.body.contains("Rémi"));
    let served = app.get(photo_path).await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.header("content-type"), Some("image/jpeg"));
    assert!(!served.bytes.windows(11).any(|w| w == b"GPSLatitude"));
    assert!(!served.bytes.windows(4).any(|w| w == b"Exif"));
    let decoded = image::load_from_memory(&served.bytes).expect("a JPEG");
    assert_eq!((decoded.width(), decoded.height()), (1600, 1200));
    let api = app
        .json(&format!("/api/v1/cities/valmont/pacts/{number}/reports"))
        .await;
    assert_eq!(api[0]["volunteers"], 18);
    assert!(api[0].get("author_id").is_none());
    let home = app.json("/api/v1/stats").await;
    assert_eq!(home["figures"]["volunteers"], 18, "{home}");
    assert_eq!(home["figures"]["hours"], 420);
}

#[tokio::test]
async fn an_overdue_report_is_told_once() {
    let app = TestApp::with_demo();
    let (number, _) = pact_in_force(&app);
    let start: chrono::NaiveDate = with_conn(&app.state.pool, |conn| {
        let (id, start): (i64, chrono::NaiveDate) = pacts::table
            .filter(pacts::number.eq(&number))
            .select((pacts::id, pacts::start_date.assume_not_null()))
            .first(conn)
            .expect("start");
        pacta::db::reports::set_frequency(conn, id, pacta::domain::report::Frequency::Yearly)
            .expect("yearly");
        start
    });
    let overdue = || {
        mail_to(&app, "remi@example.org")
            .iter()
            .filter(|(s, _)| s.starts_with("Rapport d’activité attendu"))
            .count()
    };
    // The first year's report is due a month after the year; the day
    // after, it is overdue: told once, however many passes.
    let year_end = start + chrono::Months::new(12) - TimeDelta::days(1);
    let day = |d: chrono::NaiveDate| Utc.from_utc_datetime(&d.and_hms_opt(9, 0, 0).expect("time"));
    app.clock.set(day(year_end + TimeDelta::days(30)));
    pacta::jobs::run_pass(&app.state, false).await;
    assert_eq!(overdue(), 0, "due that day");
    app.clock.set(day(year_end + TimeDelta::days(31)));
    for pass in 0..3 {
        let outcomes = pacta::jobs::run_pass(&app.state, false).await;
        let overdue_reports = outcomes
            .iter()
            .find(|(job, _)| *job == pacta::jobs::Job::OverdueReports)
            .map(|(_, o)| o);
        match pass {
            0 => assert!(
                matches!(overdue_reports, Some(pacta::jobs::Outcome::Done(1))),
                "{outcomes:?}"
            ),
            // Nothing changed since: the registry is not swept again.
            _ => assert!(
                matches!(overdue_reports, Some(pacta::jobs::Outcome::Unchanged)),
                "{outcomes:?}"
            ),
        }
        assert!(
            outcomes
                .iter()
                .all(|(_, o)| !matches!(o, pacta::jobs::Outcome::Failed(_))),
            "{outcomes:?}"
        );
    }
    assert_eq!(overdue(), 1);
    // A write to the registry the same day: the next pass looks again.
    common::with_conn(&app.state.pool, |conn| {
        pacta::db::registry_index::next_generation(conn).expect("a write");
    });
    let outcomes = pacta::jobs::run_pass(&app.state, false).await;
    assert!(
        outcomes
            .iter()
            .any(|(job, o)| *job == pacta::jobs::Job::OverdueReports
                && matches!(o, pacta::jobs::Outcome::Done(0))),
        "{outcomes:?}"
    );
    assert_eq!(overdue(), 1);
    // What was swept is read from the jobs' runs, not kept by a process:
    // the next pass, here or in a process started now (a server
    // restarted, `pacta jobs run`), sweeps nothing again.
    let outcomes = pacta::jobs::run_pass(&app.state, false).await;
    assert!(
        outcomes
            .iter()
            .filter(|(job, _)| job.sweeps())
            .all(|(_, o)| matches!(o, pacta::jobs::Outcome::Unchanged)),
        "{outcomes:?}"
    );
    let claire = app.browser();
    claire.sign_in("claire@valmont.example").await;
    let dashboard = claire.get("/admin/valmont").await;
    let late = dashboard.texts("section[aria-labelledby=dashboard-reports-overdue] li");
    assert!(late.iter().any(|l| l.starts_with(&number)), "{late:?}");
}

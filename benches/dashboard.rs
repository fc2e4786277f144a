//! The officer's dashboard with thousands of pacts: fills a database with
//! the demo and N synthetic pacts in one city (most in force, their end
//! dates spread over five years, some suspended, waiting for approval or
//! signatures, under review; no reports, so every yearly pact in force is
//! overdue — the costly case), then loads the city's dashboard again and
//! again and reports the latency (median, p99) of one load.
//!
//! `cargo bench --bench dashboard` (release build; `-- 20000 300`: 20,000
//! pacts, 300 loads). On SQLite by default (a temporary file); set
//! `PACTA_BENCH_DATABASE_URL` to an empty PostgreSQL database to measure
//! it there.

use std::time::Instant;

use chrono::{Days, NaiveDate, TimeZone, Utc};
use diesel::prelude::*;
use pacta::config::DatabaseUrl;
use pacta::db::schema::{cities, commons, pacts};
use pacta::db::{self, DbConn};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse::<usize>().ok());
    let count = args.next().unwrap_or(5000);
    let loads = args.next().unwrap_or(200);
    let dir = tempfile::tempdir()?;
    let url = match std::env::var("PACTA_BENCH_DATABASE_URL") {
        Ok(url) => DatabaseUrl::parse(&url).map_err(anyhow::Error::msg)?,
        Err(_) => DatabaseUrl::Sqlite(dir.path().join("bench.sqlite3")),
    };
    let pool = db::connect(&url, 2)?;
    let mut conn = pool.get()?;
    db::migrate(&mut conn)?;
    let now = Utc
        .with_ymd_and_hms(2026, 11, 26, 9, 0, 0)
        .single()
        .expect("a time");
    pacta::demo::load(&mut conn, now)?;
    let started = Instant::now();
    fill(&mut conn, count, now.date_naive())?;
    println!(
        "dashboard: {count} synthetic pacts added in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        if matches!(url, DatabaseUrl::Sqlite(_)) {
            "SQLite"
        } else {
            "PostgreSQL"
        }
    );
    let today = now.date_naive();
    let first = pacta::web::dashboard::load(&mut conn, "valmont", today)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "  lists: ending {} · approval {} · signatures {} · suspended {} · overdue reports {}",
        first.ending.count,
        first.awaiting_approval.count,
        first.awaiting_signatures.0.count,
        first.suspended.count,
        first.reports_overdue.count,
    );
    let mut times = Vec::with_capacity(loads);
    for _ in 0..loads {
        let started = Instant::now();
        pacta::web::dashboard::load(&mut conn, "valmont", today)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss,
            reason = "an index into the sorted times"
        )]
        let i = ((times.len() as f64 - 1.0) * q).round() as usize;
        times[i]
    };
    println!(
        "  {loads} loads: median {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );
    Ok(())
}

/// Adds `count` pacts to Valmont, on its commons in turn, in one
/// transaction.
fn fill(conn: &mut DbConn, count: usize, today: NaiveDate) -> anyhow::Result<()> {
    let city: i64 = cities::table
        .filter(cities::slug.eq("valmont"))
        .select(cities::id)
        .first(conn)?;
    let places: Vec<i64> = commons::table
        .filter(commons::city_id.eq(city))
        .select(commons::id)
        .load(conn)?;
    let at = db::timestamp(Utc::now());
    conn.transaction(|conn| {
        for i in 0..count {
            let sequence = i32::try_from(i + 1)?;
            let (status, start, end) = shape(i, today);
            diesel::insert_into(pacts::table)
                .values((
                    (
                        pacts::city_id.eq(city),
                        pacts::commons_id.eq(places[i % places.len()]),
                        pacts::number.eq(format!("3000-{sequence:05}")),
                        pacts::year.eq(3000),
                        pacts::sequence.eq(sequence),
                        pacts::title.eq(format!("Pacte synthétique {sequence}")),
                        pacts::summary.eq("Un pacte pour mesurer le tableau de bord."),
                        pacts::kind.eq("ordinary"),
                        pacts::intensity.eq("continuous_care"),
                    ),
                    (
                        pacts::status.eq(status),
                        pacts::duration_months.eq(24),
                        pacts::submitted_on.eq(today - Days::new(800)),
                        pacts::review_paused_days.eq(0),
                        pacts::start_date.eq(start),
                        pacts::end_date.eq(end),
                        pacts::created_at.eq(at),
                        pacts::updated_at.eq(at),
                        pacts::report_frequency.eq("yearly"),
                    ),
                ))
                .execute(conn)?;
        }
        Ok::<_, anyhow::Error>(())
    })
}

/// Status and term of the `i`-th synthetic pact: in force (ending over
/// the next five years) for most, the others spread over the lifecycle.
fn shape(i: usize, today: NaiveDate) -> (&'static str, Option<NaiveDate>, Option<NaiveDate>) {
    let days = u64::try_from(i % 1825).unwrap_or(0);
    let end = today + Days::new(days);
    let start = end - Days::new(729);
    match i % 20 {
        0 | 1 => ("suspended", Some(start), Some(end)),
        2 => ("awaiting_approval", None, None),
        3 => ("awaiting_signatures", None, None),
        4 => ("under_review", None, None),
        5 => (
            "expired",
            Some(start - Days::new(2000)),
            Some(end - Days::new(2000)),
        ),
        _ => ("active", Some(start), Some(end)),
    }
}

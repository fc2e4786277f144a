//! The public registry at scale (see BENCHMARKS.md).
//!
//! `cargo bench --bench registry -- PACTS [CITIES]` (default 100,000 pacts
//! in 10 cities). The database is `PACTA_BENCH_DATABASE_URL` (SQLite path
//! or PostgreSQL URL), seeded with `pacta seed synthetic` when it holds
//! fewer pacts; without it, a temporary SQLite file. Then:
//!
//! 1. **Server-side latency**: the application's router called in this
//!    process (no network), one request at a time, for each public page
//!    (median, p99, max over the requests). "Distinct" scenarios change the
//!    filters or the pact on every request, so no counts are reused.
//! 2. **Throughput**: `pacta serve` started as its own process pinned to
//!    core 0 (`taskset`), loaded over loopback by 16 connections from this
//!    process (core 1) for `PACTA_BENCH_SECONDS` (10) per page; the same
//!    for a minimal page (one indexed 20-row query and a maud render,
//!    served by this binary in another process on core 0), for comparison.
//! 3. **Memory**: the server's peak resident memory (VmHWM) after all
//!    that and a whole CSV export, streamed.
//!
//! `PACTA_BENCH_ONLY=search,pact` measures only the rows whose names hold
//! one of those words (and the minimal page); `csv` for the export.

use std::io::Write as _;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::Body;
use chrono::Utc;
use diesel::prelude::*;
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use pacta::app::AppState;
use pacta::config::{Config, DatabaseUrl};
use pacta::db::{self, DbConn};
use tower::ServiceExt;

type Result<T> = anyhow::Result<T>;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--minimal-server") {
        return minimal_server(&args[1], &args[2]);
    }
    let mut numbers = args.iter().filter_map(|a| a.parse::<usize>().ok());
    let pacts = numbers.next().unwrap_or(100_000);
    let cities = numbers.next().unwrap_or(10);
    let dir = tempfile::tempdir()?;
    let (url, text) = if let Ok(url) = std::env::var("PACTA_BENCH_DATABASE_URL") {
        (DatabaseUrl::parse(&url).map_err(anyhow::Error::msg)?, url)
    } else {
        let path = dir.path().join("bench.sqlite3");
        let text = path.display().to_string();
        (DatabaseUrl::Sqlite(path), text)
    };
    let pool = db::connect(&url, 8)?;
    prepare(&mut *pool.get()?, pacts, cities)?;
    let backend = if matches!(url, DatabaseUrl::Sqlite(_)) {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let count: i64 = db::schema::pacts::table
        .count()
        .get_result(&mut pool.get()?)?;
    println!("registry benchmark: {count} pacts on {backend}");
    let runtime = tokio::runtime::Runtime::new()?;
    let pages = runtime.block_on(latencies(pool.clone()))?;
    throughput(&runtime, &text, &pages)?;
    Ok(())
}

/// Seeds the database up to `pacts` synthetic pacts.
fn prepare(conn: &mut DbConn, pacts: usize, cities: usize) -> Result<()> {
    db::migrate(conn)?;
    let have: i64 = db::schema::pacts::table.count().get_result(conn)?;
    if usize::try_from(have)? >= pacts {
        return Ok(());
    }
    let started = Instant::now();
    let options = pacta::synthetic::Options {
        cities,
        pacts,
        seed: 2014,
    };
    let summary = pacta::synthetic::seed(conn, options, Utc::now(), |city, total| {
        print!("\r  seeding: {city} ({} pacts)      ", total.pacts);
        let _ = std::io::stdout().flush();
    })?;
    println!(
        "\r  seeded {} pacts ({} events, {} reports) in {:.0} s",
        summary.pacts,
        summary.events,
        summary.reports,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Pages to measure: a name and the URLs to request in turn.
struct Scenario {
    name: &'static str,
    urls: Vec<String>,
}

fn scenarios(conn: &mut DbConn) -> Result<Vec<Scenario>> {
    use db::schema::{cities, pacts};
    let slugs: Vec<String> = cities::table
        .filter(cities::slug.like("synth-%"))
        .order(cities::id)
        .select(cities::slug)
        .load(conn)?;
    let city = slugs.first().cloned().unwrap_or_default();
    let last: i64 = pacts::table
        .select(diesel::dsl::max(pacts::id))
        .first::<Option<i64>>(conn)?
        .unwrap_or(1);
    let numbers: Vec<(String, String)> = pacts::table
        .inner_join(cities::table.on(cities::id.eq(pacts::city_id)))
        .filter(pacts::id.eq_any(
            // Pacts spread over the registry, by id.
            (1..=200).map(|i| i * last / 201).collect::<Vec<i64>>(),
        ))
        .select((cities::slug, pacts::number))
        .load(conn)?;
    let distinct = distinct_filters(&slugs);
    let searches = distinct_searches();
    Ok(vec![
        Scenario {
            name: "registry, no filter",
            urls: vec!["/pacts".into()],
        },
        Scenario {
            name: "registry, city+status+category",
            urls: vec![format!(
                "/pacts?city={city}&status=active&category=green_space"
            )],
        },
        Scenario {
            name: "registry, page 3 by cursor walk",
            urls: vec![format!("/pacts?city={city}&status=expired&page=3")],
        },
        Scenario {
            name: "registry, distinct filters each time",
            urls: distinct,
        },
        Scenario {
            name: "search, one word",
            urls: vec!["/pacts?q=compostage".into()],
        },
        Scenario {
            name: "search, distinct words each time",
            urls: searches,
        },
        Scenario {
            name: "pact page, distinct pacts",
            urls: numbers
                .iter()
                .map(|(city, number)| format!("/cities/{city}/pacts/{number}"))
                .collect(),
        },
        Scenario {
            name: "statistics, all cities",
            urls: vec!["/statistics".into()],
        },
        Scenario {
            name: "JSON API, registry filtered",
            urls: vec![format!("/api/v1/pacts?city={city}&status=active")],
        },
    ])
}

/// Every combination of filters, some pages on: tens of thousands of
/// URLs, so that none is asked twice in a run (nothing kept helps).
fn distinct_filters(slugs: &[String]) -> Vec<String> {
    let statuses = ["", "active", "expired", "closed", "rejected", "co_design"];
    let categories = [
        "",
        "green_space",
        "square_street",
        "school_grounds",
        "building",
        "sport_play",
    ];
    let kinds = ["", "ordinary", "complex"];
    let intensities = [
        "",
        "occasional_care",
        "continuous_care",
        "shared_management",
        "regeneration",
    ];
    let mut distinct = Vec::new();
    for page in 1..=3 {
        for slug in std::iter::once("").chain(slugs.iter().map(String::as_str)) {
            for status in statuses {
                for category in categories {
                    for kind in kinds {
                        for intensity in intensities {
                            distinct.push(format!(
                                "/pacts?city={slug}&status={status}&category={category}\
                                 &kind={kind}&intensity={intensity}&page={page}"
                            ));
                        }
                    }
                }
            }
        }
    }
    shuffle(&mut distinct);
    distinct
}

/// Searches for two words, never the same twice in a run.
fn distinct_searches() -> Vec<String> {
    let words = [
        "compostage",
        "orto",
        "fresque",
        "biblioteca",
        "vélo",
        "fontana",
        "jardin",
        "concerti",
        "nichoirs",
        "murale",
        "tilleuls",
        "piazza",
        "école",
        "giardino",
        "atelier",
        "quartiere",
        "potager",
        "lettura",
        "marché",
        "panchine",
    ];
    let mut searches = Vec::new();
    for page in 1..=2 {
        for (i, first) in words.iter().enumerate() {
            for second in &words[i + 1..] {
                searches.push(format!("/pacts?q={first}+{second}&page={page}"));
            }
        }
    }
    shuffle(&mut searches);
    searches
}

/// Puts `urls` in an order of their own (the same every run), so that
/// consecutive requests ask different things.
fn shuffle(urls: &mut [String]) {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in (1..urls.len()).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = usize::try_from(state >> 33).unwrap_or(0) % (i + 1);
        urls.swap(i, j);
    }
}

/// Milliseconds at quantile `q` of sorted times.
fn at(times: &[f64], q: f64) -> f64 {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "an index into the sorted times"
    )]
    let i = ((times.len() as f64 - 1.0) * q).round() as usize;
    times.get(i).copied().unwrap_or(f64::NAN)
}

/// Server-side latency of each scenario, in this process.
async fn latencies(pool: db::Pool) -> Result<Vec<(String, Vec<String>)>> {
    let mut config = Config::for_database(DatabaseUrl::Sqlite("unused".into()));
    config.api_rate_limit = 0;
    let dir = tempfile::tempdir()?;
    let state = AppState {
        pool: pool.clone(),
        config: Arc::new(config),
        clock: Arc::new(pacta::clock::SystemClock),
        mailer: pacta::mail::Mailer::new(
            pacta::mail::Transport::Files(dir.path().to_owned()),
            "Pacta <bench@example.org>",
        )?,
        registry: Arc::default(),
    };
    let started = Instant::now();
    state.registry.current(&mut *pool.get()?)?;
    println!(
        "\nregistry index built in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let router = pacta::web::router(state);
    let get = |uri: String| {
        let router = router.clone();
        async move {
            let request = axum::http::Request::get(&uri).body(Body::empty())?;
            let response = router.oneshot(request).await?;
            let status = response.status();
            let bytes = response.into_body().collect().await?.to_bytes();
            anyhow::ensure!(status.is_success(), "{uri}: {status}");
            Ok::<_, anyhow::Error>(bytes.len())
        }
    };
    let started = Instant::now();
    let first = get("/statistics".into()).await;
    println!(
        "first statistics request (computes them): {:.0} ms{}",
        started.elapsed().as_secs_f64() * 1000.0,
        first.err().map(|e| format!(" ({e})")).unwrap_or_default()
    );
    // Past the request's time limit the computation goes on, and is kept.
    while get("/statistics".into()).await.is_err() {
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let only = Only::from_env();
    let scenarios: Vec<Scenario> = scenarios(&mut *pool.get()?)?
        .into_iter()
        .filter(|s| only.wants(s.name))
        .collect();
    println!("\nserver-side latency, one request at a time (ms):");
    println!(
        "  {:<40} {:>8} {:>8} {:>8} {:>8}",
        "page", "median", "p99", "max", "KiB"
    );
    let mut pages = Vec::new();
    for scenario in &scenarios {
        let rounds = 300.max(scenario.urls.len());
        let mut times = Vec::with_capacity(rounds);
        let mut size = 0;
        let began = Instant::now();
        for i in 0..rounds {
            // Slow pages get fewer rounds (at least 20).
            if i >= 20 && began.elapsed() > Duration::from_secs(20) {
                break;
            }
            let uri = scenario.urls[i % scenario.urls.len()].clone();
            let started = Instant::now();
            size = get(uri).await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "  {:<40} {:>8.2} {:>8.2} {:>8.2} {:>8}",
            scenario.name,
            at(&times, 0.5),
            at(&times, 0.99),
            at(&times, 1.0),
            size / 1024
        );
        pages.push((scenario.name.to_owned(), scenario.urls.clone()));
    }
    if !only.wants("CSV export") {
        return Ok(pages);
    }
    let started = Instant::now();
    let size = get("/open-data/pacts.csv".into()).await?;
    println!(
        "  {:<40} {:>8.0} ms for {} MiB",
        "CSV export, whole registry",
        started.elapsed().as_secs_f64() * 1000.0,
        size / (1024 * 1024)
    );
    Ok(pages)
}

/// The rows to measure: `PACTA_BENCH_ONLY`, comma-separated parts of
/// their names (`search,pact page`); all when unset.
struct Only(Vec<String>);

impl Only {
    fn from_env() -> Only {
        let parts = std::env::var("PACTA_BENCH_ONLY").unwrap_or_default();
        Only(
            parts
                .split(',')
                .map(|p| p.trim().to_lowercase())
                .filter(|p| !p.is_empty())
                .collect(),
        )
    }

    fn wants(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.0.is_empty() || self.0.iter().any(|p| name.contains(p.as_str()))
    }
}

/// A process, killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Starts `program args` on core 0 and waits until `probe` answers.
fn start(runtime: &tokio::runtime::Runtime, mut command: Command, probe: &str) -> Result<Server> {
    let server = Server(
        command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?,
    );
    let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
    for _ in 0..3000 {
        let ok = runtime.block_on(async {
            let uri: axum::http::Uri = probe.parse().ok()?;
            client.get(uri).await.ok().map(|r| r.status().is_success())
        });
        if ok == Some(true) {
            return Ok(server);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    anyhow::bail!("{probe} never answered")
}

fn pinned(program: &str, core: &str) -> Command {
    let mut command = Command::new("taskset");
    command.args(["-c", core, program]);
    command
}

/// Requests per second and latency under 16 concurrent connections, each
/// request to the next of `paths` on the server at `base`.
fn load(
    runtime: &tokio::runtime::Runtime,
    base: &str,
    paths: &[String],
    seconds: u64,
) -> (f64, f64, f64, u64) {
    let uris: Arc<Vec<axum::http::Uri>> = Arc::new(
        paths
            .iter()
            .map(|path| format!("{base}{path}").parse().expect("a URL"))
            .collect(),
    );
    let next = Arc::new(AtomicU64::new(0));
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(16)
        .build_http::<Body>();
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut times: Vec<f64> = runtime.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let (client, stop, errors) = (client.clone(), Arc::clone(&stop), Arc::clone(&errors));
            let (uris, next) = (Arc::clone(&uris), Arc::clone(&next));
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let i = usize::try_from(next.fetch_add(1, Ordering::Relaxed)).unwrap_or(0);
                    let uri = uris[i % uris.len()].clone();
                    let started = Instant::now();
                    match client.get(uri).await {
                        Ok(response) if response.status().is_success() => {
                            let _ = response.into_body().collect().await;
                            times.push(started.elapsed().as_secs_f64() * 1000.0);
                        }
                        _ => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                times
            }));
        }
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        stop.store(true, Ordering::Relaxed);
        let mut all = Vec::new();
        for task in tasks {
            all.extend(task.await.unwrap_or_default());
        }
        all
    });
    let elapsed = started.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    #[expect(clippy::cast_precision_loss, reason = "a count of requests")]
    let rate = times.len() as f64 / elapsed;
    (
        rate,
        at(&times, 0.5),
        at(&times, 0.99),
        errors.load(Ordering::Relaxed),
    )
}

/// Throughput of the real server against the minimal page, then its
/// memory.
#[expect(clippy::too_many_lines, reason = "one measurement after the other")]
fn throughput(
    runtime: &tokio::runtime::Runtime,
    url: &str,
    pages: &[(String, Vec<String>)],
) -> Result<()> {
    let seconds: u64 = std::env::var("PACTA_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    // This process generates the load from core 1.
    let _ = Command::new("taskset")
        .args(["-a", "-cp", "1", &std::process::id().to_string()])
        .stdout(Stdio::null())
        .status();
    let port = free_port()?;
    let minimal = {
        let me = std::env::current_exe()?;
        let mut command = pinned(&me.display().to_string(), "0");
        command.args(["--minimal-server", &port.to_string(), url]);
        start(runtime, command, &format!("http://127.0.0.1:{port}/"))?
    };
    println!("\nthroughput, 16 connections on loopback, {seconds} s each (server on one core):");
    println!(
        "  {:<40} {:>10} {:>8} {:>8}",
        "page", "req/s", "median", "p99"
    );
    let (base, median, p99, _) = load(
        runtime,
        &format!("http://127.0.0.1:{port}"),
        &["/".to_owned()],
        seconds,
    );
    println!(
        "  {:<40} {:>10.0} {:>8.2} {:>8.2}",
        "minimal page (20 rows, maud)", base, median, p99
    );
    drop(minimal);
    // The background jobs catch up first (a registry just seeded has
    // notices to send), as they would have on a server in service.
    let started = Instant::now();
    let status = pinned(env!("CARGO_BIN_EXE_pacta"), "0")
        .args(["jobs", "run"])
        .env("PACTA_DATABASE_URL", url)
        .env(
            "PACTA_MAIL_DIR",
            std::env::temp_dir().join("pacta-bench-mail"),
        )
        .env("PACTA_LOG", "warn")
        .stdout(Stdio::null())
        .status()?;
    println!(
        "  (background jobs caught up in {:.0} s: {status})",
        started.elapsed().as_secs_f64()
    );
    let port = free_port()?;
    let mut command = pinned(env!("CARGO_BIN_EXE_pacta"), "0");
    command
        .arg("serve")
        .env("PACTA_DATABASE_URL", url)
        .env("PACTA_BIND", format!("127.0.0.1:{port}"))
        .env("PACTA_API_RATE_LIMIT", "0")
        .env(
            "PACTA_MAIL_DIR",
            std::env::temp_dir().join("pacta-bench-mail"),
        )
        // Without a log line per request (the minimal page writes none).
        .env("PACTA_LOG", "warn");
    let started = Instant::now();
    let server = start(runtime, command, &format!("http://127.0.0.1:{port}/pacts"))?;
    let pid = server.0.id();
    // Measure only once the server's start-up work (the index, the
    // statistics, a first pass of its jobs) is over.
    settle(pid);
    println!(
        "  (server answering, then idle, {:.0} s after it started)",
        started.elapsed().as_secs_f64()
    );
    for (name, paths) in pages {
        if name.contains("statistics") {
            continue;
        }
        let (rate, median, p99, errors) =
            load(runtime, &format!("http://127.0.0.1:{port}"), paths, seconds);
        println!(
            "  {:<40} {:>10.0} {:>8.2} {:>8.2}{}  ({:.0}% of minimal)",
            name,
            rate,
            median,
            p99,
            if errors > 0 {
                format!(" ({errors} errors)")
            } else {
                String::new()
            },
            rate / base * 100.0
        );
    }
    let before = peak_memory(pid);
    if !Only::from_env().wants("CSV export") {
        println!("\nserver peak memory {} MiB", before / 1024);
        return Ok(());
    }
    let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
    let started = Instant::now();
    let bytes = runtime.block_on(async {
        let uri: axum::http::Uri =
            format!("http://127.0.0.1:{port}/open-data/pacts.csv").parse()?;
        let mut body = client.get(uri).await?.into_body();
        let mut bytes = 0usize;
        while let Some(frame) = body.frame().await {
            if let Ok(data) = frame?.into_data() {
                bytes += data.len();
            }
        }
        Ok::<_, anyhow::Error>(bytes)
    })?;
    println!(
        "\nCSV export over HTTP: {} MiB in {:.1} s; server peak memory {} MiB before it, {} MiB after",
        bytes / (1024 * 1024),
        started.elapsed().as_secs_f64(),
        before / 1024,
        peak_memory(pid) / 1024
    );
    Ok(())
}

/// Waits until process `pid` uses less than a twentieth of a core over a
/// second (two minutes at most).
fn settle(pid: u32) {
    let ticks = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| {
                // utime and stime, fields 14 and 15 of proc(5): the 11th
                // and 12th numbers after the command's name (the state
                // letter before them is no number).
                let fields: Vec<u64> = stat
                    .rsplit_once(')')?
                    .1
                    .split_whitespace()
                    .filter_map(|f| f.parse().ok())
                    .collect();
                Some(fields.get(10)? + fields.get(11)?)
            })
            .unwrap_or(0)
    };
    for _ in 0..120 {
        let before = ticks();
        std::thread::sleep(Duration::from_secs(1));
        // 100 ticks a second: under 5 is idle.
        if ticks().saturating_sub(before) < 5 {
            return;
        }
    }
}

/// Peak resident memory of a process, KiB.
fn peak_memory(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// The minimal page: one indexed query of 20 rows and a maud render.
fn minimal_server(port: &str, url: &str) -> Result<()> {
    let url = DatabaseUrl::parse(url).map_err(anyhow::Error::msg)?;
    let pool = db::connect(&url, 8)?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let app = axum::Router::new()
            .route("/", axum::routing::get(minimal_page))
            .with_state(pool);
        let address: SocketAddr = format!("127.0.0.1:{port}").parse()?;
        let listener = tokio::net::TcpListener::bind(address).await?;
        axum::serve(listener, app).await?;
        Ok(())
    })
}

/// The minimal page's handler.
async fn minimal_page(axum::extract::State(pool): axum::extract::State<db::Pool>) -> maud::Markup {
    let rows = tokio::task::spawn_blocking(move || {
        use db::schema::pacts;
        let mut conn = pool.get().ok()?;
        pacts::table
            .order(pacts::id.desc())
            .limit(20)
            .select((pacts::id, pacts::number, pacts::title))
            .load::<(i64, String, String)>(&mut conn)
            .ok()
    })
    .await
    .ok()
    .flatten()
    .unwrap_or_default();
    maud::html! {
        (maud::DOCTYPE)
        html { body { main { ul { @for (id, number, title) in &rows {
            li { a href={ "/pacts/" (id) } { (number) " " (title) } }
        } } } } }
    }
}

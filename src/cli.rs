//! The `pacta` command line: `serve`, `migrate`, `demo`, `user`, `pdf`,
//! `jobs`, `import`, `seed`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::accounts::{self, NewStaff};
use crate::app::AppState;
use crate::clock::SystemClock;
use crate::config::Config;
use crate::domain::account::Role;
use crate::domain::vocab::Vocabulary;
use crate::mail::{Mailer, Transport};
use crate::{db, demo, telemetry};

/// Pacta: the registry of collaboration pacts.
#[derive(Debug, Parser)]
#[command(name = "pacta", version, about)]
pub struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Applies migrations, then serves the web application.
    Serve {
        /// Loads the demo cities first (once: a second start loads nothing twice).
        #[arg(long, env = "PACTA_DEMO")]
        demo: bool,
    },
    /// Applies pending database migrations and exits.
    Migrate,
    /// Loads the demo cities and exits (idempotent).
    Demo,
    /// Manages accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Agreement PDFs.
    #[command(subcommand)]
    Pdf(PdfCommand),
    /// Background jobs.
    #[command(subcommand)]
    Jobs(JobsCommand),
    /// Imports a registry kept elsewhere.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Fills the database with generated data.
    #[command(subcommand)]
    Seed(SeedCommand),
}

#[derive(Debug, Subcommand)]
enum SeedCommand {
    /// Generates a large, realistic registry for benchmarks: cities named
    /// `synth-…` with their districts, commons, parties, pacts (versions,
    /// parties, history, reports, search entries). The same options make the
    /// same registry; cities already there are skipped.
    Synthetic {
        /// How many cities (alternately French and Italian).
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        cities: u32,
        /// How many pacts in all, renewals included.
        #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(0..=100_000_000))]
        pacts: u32,
        /// The seed of the random choices.
        #[arg(long, default_value_t = 2014)]
        seed: u64,
    },
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Imports pacts from a CSV file into a city (created when it does not
    /// exist yet): every row or none, and nothing for rows imported before.
    Csv {
        /// The CSV file (UTF-8, comma-separated, with a header line).
        file: std::path::PathBuf,
        /// The city's slug.
        #[arg(long)]
        city: String,
        /// Which column is which and how values map onto Pacta's (TOML; see
        /// fixtures/import/palermo.toml). Without it, the columns and values
        /// are Pacta's own names, as in the registry's CSV export.
        #[arg(long)]
        mapping: Option<std::path::PathBuf>,
        /// Reports what would be imported, and writes nothing.
        #[arg(long)]
        dry_run: bool,
        /// The city's name, if the import creates it.
        #[arg(long)]
        name: Option<String>,
        /// The city's language (fr, it, en), if the import creates it.
        #[arg(long)]
        language: Option<String>,
    },
}

/// `pacta import csv`: imports, then prints what was (or would be) done.
fn import_csv(conn: &mut db::DbConn, command: &ImportCommand) -> anyhow::Result<()> {
    let ImportCommand::Csv {
        file,
        city,
        mapping,
        dry_run,
        name,
        language,
    } = command;
    let request = crate::imports::Request {
        city,
        mapping: mapping.as_deref(),
        name: name.as_deref(),
        language: language.as_deref(),
        dry_run: *dry_run,
    };
    match crate::imports::run(conn, file, &request, chrono::Utc::now()) {
        Ok(report) => {
            print!("{}", import_report(city, &report, *dry_run));
            Ok(())
        }
        Err(crate::imports::ImportError::Rows(refused)) => {
            for row in &refused {
                println!("line {}: {}", row.line, row.reason);
            }
            anyhow::bail!(
                "{} row(s) cannot be imported; nothing was imported",
                refused.len()
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// `pacta seed synthetic`: generates, printing each city as it is written.
fn seed_synthetic(conn: &mut db::DbConn, cities: u32, pacts: u32, seed: u64) -> anyhow::Result<()> {
    let options = crate::synthetic::Options {
        cities: usize::try_from(cities)?,
        pacts: usize::try_from(pacts)?,
        seed,
    };
    let started = std::time::Instant::now();
    let summary = crate::synthetic::seed(conn, options, chrono::Utc::now(), |city, total| {
        println!(
            "{city}: written ({} pacts so far, {:.0} s)",
            total.pacts,
            started.elapsed().as_secs_f64()
        );
    })?;
    println!(
        "{} cities created ({} already there), {} pacts ({} renewals), {} versions, {} events, \
         {} reports in {:.0} s",
        summary.cities,
        summary.skipped,
        summary.pacts,
        summary.renewals,
        summary.versions,
        summary.events,
        summary.reports,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The import's report, as printed.
fn import_report(city: &str, report: &db::imports::Report, dry_run: bool) -> String {
    let verb = if dry_run { "would be" } else { "were" };
    let counts = |map: &std::collections::BTreeMap<&'static str, usize>| {
        map.iter()
            .map(|(name, n)| format!("{name} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    if report.city_created {
        lines.push(format!("city {city}: created"));
    }
    lines.push(format!(
        "{} rows read: {} pacts {verb} created, {} already imported",
        report.rows, report.pacts_created, report.already_imported
    ));
    if !report.statuses.is_empty() {
        lines.push(format!("statuses: {}", counts(&report.statuses)));
    }
    lines.push(format!(
        "{} districts, {} commons, {} parties {verb} created",
        report.districts_created, report.commons_created, report.parties_created
    ));
    if !report.gaps.is_empty() {
        lines.push(format!(
            "fields to complete (officers' worklist): {}",
            counts(&report.gaps)
        ));
    }
    if dry_run {
        lines.push("dry run: nothing was written".to_owned());
    }
    lines.push(String::new());
    lines.join("\n")
}

#[derive(Debug, Subcommand)]
enum JobsCommand {
    /// Runs every job once (from cron, or by hand) and prints what each
    /// did; fails if one failed.
    Run,
}

#[derive(Debug, Subcommand)]
enum PdfCommand {
    /// Renders an agreement from a JSON document (the format of
    /// `sample-agreement.json`, see the README); no database needed.
    Render {
        /// The agreement, as JSON.
        #[arg(long)]
        input: std::path::PathBuf,
        /// Where to write the PDF.
        #[arg(long)]
        output: std::path::PathBuf,
        /// The public edition (no signatories' network addresses).
        #[arg(long)]
        public: bool,
    },
}

/// `pacta pdf render`: JSON in, PDF out.
fn render_pdf(
    input: &std::path::Path,
    output: &std::path::Path,
    public: bool,
) -> anyhow::Result<()> {
    let json = std::fs::read_to_string(input)
        .with_context(|| format!("cannot read {}", input.display()))?;
    let agreement: crate::pdf::Agreement = serde_json::from_str(&json)
        .with_context(|| format!("{} is not an agreement", input.display()))?;
    let bytes = crate::pdf::render(&agreement, public).context("cannot write the PDF")?;
    std::fs::write(output, &bytes).with_context(|| format!("cannot write {}", output.display()))?;
    println!("{} ({} bytes)", output.display(), bytes.len());
    Ok(())
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Creates a city officer or administrator and prints a one-time link
    /// to set their password (valid for seven days).
    Add {
        /// The city's slug.
        #[arg(long)]
        city: String,
        /// `officer` or `admin`.
        #[arg(long, value_parser = ["officer", "admin"])]
        role: String,
        /// Their e-mail address.
        #[arg(long)]
        email: String,
        /// Their name (defaults to the part of the address before the @).
        #[arg(long)]
        name: Option<String>,
        /// They may sign pacts for the city.
        #[arg(long)]
        can_sign: bool,
        /// Also e-mail them the link.
        #[arg(long)]
        send: bool,
        /// A district they work for (repeat for several; none: the whole city).
        #[arg(long = "district")]
        districts: Vec<String>,
    },
}

/// Runs the command line; errors are printed on one line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line, even when the driver's message has several.
            let message = format!("{e:#}");
            eprintln!(
                "pacta: {}",
                message.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let config = cli.config;
    // Rendering needs no database.
    if let Command::Pdf(PdfCommand::Render {
        input,
        output,
        public,
    }) = &cli.command
    {
        return render_pdf(input, output, *public);
    }
    // Blocking threads run the database queries: no more than connections.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(usize::try_from(config.db_pool_size).unwrap_or(8).max(1))
        .build()
        .context("cannot start the runtime")?;
    let pool = db::connect(&config.database_url, config.db_pool_size)
        .with_context(|| format!("cannot open the {} database", config.database_url.backend()))?;
    let mut conn = pool.get().context("no database connection")?;
    let applied = db::migrate(&mut conn)?;
    tracing::info!(
        backend = config.database_url.backend(),
        applied,
        "migrations applied"
    );
    match cli.command {
        Command::Migrate | Command::Pdf(_) => Ok(()),
        Command::Import(command) => import_csv(&mut conn, &command),
        Command::Seed(SeedCommand::Synthetic {
            cities,
            pacts,
            seed,
        }) => seed_synthetic(&mut conn, cities, pacts, seed),
        Command::Demo => {
            demo::load(&mut conn, chrono::Utc::now())?;
            Ok(())
        }
        Command::User(UserCommand::Add {
            city,
            role,
            email,
            name,
            can_sign,
            send,
            districts,
        }) => {
            let name =
                name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
            let new = NewStaff {
                city,
                email,
                name,
                role: Role::parse(&role).unwrap_or(Role::Officer),
                can_sign,
                language: config.default_language,
                districts,
            };
            let link = accounts::create_staff(
                &mut conn,
                &new,
                &config.base_url,
                send,
                chrono::Utc::now(),
            )?;
            println!("{link}");
            Ok(())
        }
        Command::Jobs(JobsCommand::Run) => {
            drop(conn);
            run_jobs(&runtime, pool, &config)
        }
        Command::Serve { demo: with_demo } => {
            if with_demo {
                demo::load(&mut conn, chrono::Utc::now())?;
            }
            // Every city seals the agreements it issues: one that configured
            // no certificate gets a self-signed one now (and the log says so).
            crate::seal::ensure_all(&mut conn, chrono::Utc::now())?;
            drop(conn);
            let mailer = mailer(&config)?;
            let state = AppState {
                pool,
                config: Arc::new(config.clone()),
                clock: Arc::new(SystemClock),
                mailer,
                registry: Arc::default(),
            };
            runtime.block_on(async {
                crate::jobs::spawn_worker(state.clone(), std::time::Duration::from_secs(5));
                // Builds the registry's index now rather than on the first
                // visit (seconds at a million pacts).
                let warm = state.clone();
                tokio::spawn(async move { crate::web::warm(&warm).await });
                let listener = tokio::net::TcpListener::bind(config.bind)
                    .await
                    .with_context(|| format!("cannot listen on {}", config.bind))?;
                tracing::info!(address = %config.bind, url = %config.base_url, "Pacta is listening");
                crate::app::serve(listener, state).await
            })
        }
    }
}

/// `pacta jobs run`: every job once, what each did printed.
fn run_jobs(
    runtime: &tokio::runtime::Runtime,
    pool: db::Pool,
    config: &Config,
) -> anyhow::Result<()> {
    let state = AppState {
        pool,
        config: Arc::new(config.clone()),
        clock: Arc::new(SystemClock),
        mailer: mailer(config)?,
        registry: Arc::default(),
    };
    let outcomes = runtime.block_on(crate::jobs::run_pass(&state, true));
    let mut failed = 0;
    for (job, outcome) in &outcomes {
        match outcome {
            crate::jobs::Outcome::Done(count) => println!("{}: {count}", job.name()),
            crate::jobs::Outcome::Failed(error) => {
                failed += 1;
                println!("{}: failed: {error}", job.name());
            }
            crate::jobs::Outcome::Waiting => println!("{}: waiting", job.name()),
            crate::jobs::Outcome::Unchanged => println!("{}: nothing changed", job.name()),
        }
    }
    anyhow::ensure!(failed == 0, "{failed} job(s) failed");
    Ok(())
}

/// The mailer the configuration asks for: SMTP, or files in a folder.
fn mailer(config: &Config) -> anyhow::Result<Mailer> {
    let transport = if let Some(url) = &config.smtp_url {
        Mailer::smtp_transport(url).context("invalid PACTA_SMTP_URL")?
    } else {
        tracing::info!(folder = %config.mail_dir.display(), "no SMTP server configured: mail is written to files");
        Transport::Files(config.mail_dir.clone())
    };
    Mailer::new(transport, &config.mail_from).context("invalid PACTA_MAIL_FROM")
}

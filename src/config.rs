//! Configuration, from command-line flags or `PACTA_*` environment variables.
//!
//! | flag | variable | default | meaning |
//! |---|---|---|---|
//! | `--database-url` | `PACTA_DATABASE_URL` | `data/pacta.sqlite3` | SQLite file (path, `sqlite://path`) or `postgres://…` URL |
//! | `--bind` | `PACTA_BIND` | `127.0.0.1:8080` | address the server listens on |
//! | `--base-url` | `PACTA_BASE_URL` | `http://127.0.0.1:8080` | public URL of the site, for links in emails and documents |
//! | `--default-language` | `PACTA_DEFAULT_LANGUAGE` | `fr` | language when the visitor's browser asks for none we have |
//! | `--db-pool-size` | `PACTA_DB_POOL_SIZE` | 2 per core (4–16) | database connections (and blocking threads) |
//! | `--smtp-url` | `PACTA_SMTP_URL` | none | SMTP server, e.g. `smtp://user:pass@host:587?tls=required`; without it mail is written to `--mail-dir` |
//! | `--mail-from` | `PACTA_MAIL_FROM` | `Pacta <pacta@localhost>` | sender of every message |
//! | `--mail-dir` | `PACTA_MAIL_DIR` | `data/mail` | where messages go as `.eml` files when no SMTP server is set |
//! | `--trusted-proxy` | `PACTA_TRUSTED_PROXY` | none | address of a reverse proxy whose `X-Forwarded-For` is believed (rate limits, signatures) |
//! | `--session-days` | `PACTA_SESSION_DAYS` | `14` | how long a sign-in lasts |
//! | `--digest-hour` | `PACTA_DIGEST_HOUR` | `7` | hour (UTC) from which daily digests of followed pacts are sent |
//! | `--max-text-chars` | `PACTA_MAX_TEXT_CHARS` | `10000` | longest free text (proposal fields, answers); comments take half, pact articles twice |
//! | `--max-upload-mb` | `PACTA_MAX_UPLOAD_MB` | `10` | largest upload of files in one form (attachments), in megabytes |
//! | — | `PACTA_LOG` | `info` | log filter (`tracing` syntax, e.g. `pacta=debug`) |

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::i18n::Lang;

/// Where the data lives: the backend is chosen from the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A `postgres://` or `postgresql://` URL.
    Postgres(String),
    /// A SQLite file.
    Sqlite(PathBuf),
}

impl DatabaseUrl {
    /// Reads a URL: `postgres://…` selects PostgreSQL; `sqlite://path`,
    /// `sqlite:path` or a plain path select SQLite.
    pub fn parse(url: &str) -> Result<DatabaseUrl, String> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(url.to_owned()));
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        if path.is_empty() {
            return Err("the database URL is empty".into());
        }
        if path == ":memory:" || path.contains("mode=memory") {
            return Err("an in-memory SQLite database would be empty for every pooled connection; give a file path".into());
        }
        if let Some((scheme, _)) = path.split_once("://") {
            return Err(format!(
                "unsupported database scheme {scheme:?}: use postgres:// or a SQLite file path"
            ));
        }
        Ok(DatabaseUrl::Sqlite(PathBuf::from(path)))
    }

    /// Which backend, for logs (never the URL itself: it may hold a password).
    pub fn backend(&self) -> &'static str {
        match self {
            DatabaseUrl::Postgres(_) => "postgresql",
            DatabaseUrl::Sqlite(_) => "sqlite",
        }
    }
}

/// Settings shared by every command.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database: a SQLite file path (or `sqlite://path`) or a `postgres://` URL.
    #[arg(long, env = "PACTA_DATABASE_URL", default_value = "data/pacta.sqlite3", value_parser = DatabaseUrl::parse, global = true)]
    pub database_url: DatabaseUrl,

    /// Address the server listens on.
    #[arg(
        long,
        env = "PACTA_BIND",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind: SocketAddr,

    /// Public URL of the site, used for absolute links.
    #[arg(long, env = "PACTA_BASE_URL", default_value = "http://127.0.0.1:8080", value_parser = parse_base_url, global = true)]
    pub base_url: String,

    /// Language used when the visitor asks for none that Pacta has.
    #[arg(long, env = "PACTA_DEFAULT_LANGUAGE", default_value = "fr", value_parser = parse_lang, global = true)]
    pub default_language: Lang,

    /// Database connections in the pool (also the number of blocking
    /// threads); by default two per core, at least 4 and at most 16.
    #[arg(long, env = "PACTA_DB_POOL_SIZE", default_value_t = default_pool_size(), value_parser = clap::value_parser!(u32).range(1..=256), global = true)]
    pub db_pool_size: u32,

    /// SMTP server URL (`smtp://user:password@host:587?tls=required`,
    /// `smtps://host:465`); without it, messages are written as files.
    #[arg(long, env = "PACTA_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of every message, as `Name <address>`.
    #[arg(
        long,
        env = "PACTA_MAIL_FROM",
        default_value = "Pacta <pacta@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// Folder for `.eml` files when no SMTP server is configured.
    #[arg(
        long,
        env = "PACTA_MAIL_DIR",
        default_value = "data/mail",
        global = true
    )]
    pub mail_dir: PathBuf,

    /// Address of a reverse proxy in front of Pacta: requests from it are
    /// attributed to the last address in `X-Forwarded-For`.
    #[arg(long, env = "PACTA_TRUSTED_PROXY", global = true)]
    pub trusted_proxy: Option<std::net::IpAddr>,

    /// How long a sign-in lasts, in days.
    #[arg(long, env = "PACTA_SESSION_DAYS", default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=365), global = true)]
    pub session_days: u32,

    /// Largest upload of files in one form, in megabytes.
    #[arg(long, env = "PACTA_MAX_UPLOAD_MB", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=512), global = true)]
    pub max_upload_mb: u32,

    /// Hour (UTC) from which the daily digests of followed pacts go out.
    #[arg(long, env = "PACTA_DIGEST_HOUR", default_value_t = 7, value_parser = clap::value_parser!(u32).range(0..=23), global = true)]
    pub digest_hour: u32,

    /// Longest free text (proposal fields, answers), in characters; comments
    /// take half of it, articles of a pact twice.
    #[arg(long, env = "PACTA_MAX_TEXT_CHARS", default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(500..=1_000_000), global = true)]
    pub max_text_chars: u32,

    /// The licence of the open data, as a URI (the DCAT-AP description
    /// states it for each download).
    #[arg(
        long,
        env = "PACTA_OPEN_DATA_LICENCE",
        default_value = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
        global = true
    )]
    pub open_data_licence: String,

    /// Requests per minute each client address may make to the public
    /// API (`/api/`), in bursts of as many; 0 turns the limit off.
    #[arg(
        long,
        env = "PACTA_API_RATE_LIMIT",
        default_value_t = 600,
        global = true
    )]
    pub api_rate_limit: u32,

    /// Map tiles to draw behind the map, as a URL template with `{z}`,
    /// `{x}` and `{y}` (an intranet's own tile server, or OpenStreetMap's
    /// with its usage policy); none by default: Pacta draws the map alone.
    #[arg(long, env = "PACTA_MAP_TILES", global = true)]
    pub map_tiles: Option<String>,

    /// The credit the tiles' provider asks for, shown under the map.
    #[arg(long, env = "PACTA_MAP_ATTRIBUTION", default_value = "", global = true)]
    pub map_attribution: String,
}

fn parse_base_url(s: &str) -> Result<String, String> {
    let s = s.trim().trim_end_matches('/');
    if (s.starts_with("http://") || s.starts_with("https://")) && s.len() > "https://".len() {
        Ok(s.to_owned())
    } else {
        Err("the base URL must start with http:// or https://".into())
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}: use fr, it or en"))
}

impl Config {
    /// Whether the site is served over HTTPS (for secure cookies and HSTS).
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// Largest upload of files in one form, in bytes.
    pub fn max_upload_bytes(&self) -> usize {
        usize::try_from(self.max_upload_mb).unwrap_or(usize::MAX) << 20
    }

    /// The lengths free texts may have.
    pub fn text_limits(&self) -> crate::domain::proposal::TextLimits {
        crate::domain::proposal::TextLimits::from_max(
            usize::try_from(self.max_text_chars).unwrap_or(usize::MAX),
        )
    }

    /// A configuration for tests and tools, with defaults and this database.
    pub fn for_database(database_url: DatabaseUrl) -> Config {
        Config {
            database_url,
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            base_url: "http://127.0.0.1:8080".into(),
            default_language: Lang::Fr,
            db_pool_size: 4,
            smtp_url: None,
            mail_from: "Pacta <pacta@localhost>".into(),
            mail_dir: PathBuf::from("data/mail"),
            session_days: 14,
            trusted_proxy: None,
            max_upload_mb: 10,
            digest_hour: 7,
            max_text_chars: 10_000,
            open_data_licence: "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"
                .into(),
            api_rate_limit: 600,
            map_tiles: None,
            map_attribution: String::new(),
        }
    }
}

/// Two connections per core, at least 4 and at most 16: queries use the
/// processors, and each connection (with its thread and caches) holds
/// memory; 8 on a 2-core machine held 30 MiB more at a million pacts
/// under a mixed load of searches, which they answered no faster.
fn default_pool_size() -> u32 {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    u32::try_from(cores * 2).unwrap_or(16).clamp(4, 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_urls_select_postgres() {
        assert_eq!(
            DatabaseUrl::parse("postgres://u:p@localhost/pacta"),
            Ok(DatabaseUrl::Postgres(
                "postgres://u:p@localhost/pacta".into()
            ))
        );
        assert!(matches!(
            DatabaseUrl::parse("postgresql://localhost/x"),
            Ok(DatabaseUrl::Postgres(_))
        ));
    }

    #[test]
    fn sqlite_urls_and_paths_select_sqlite() {
        for url in [
            "data/pacta.sqlite3",
            "sqlite://data/pacta.sqlite3",
            "sqlite:data/pacta.sqlite3",
        ] {
            assert_eq!(
                DatabaseUrl::parse(url),
                Ok(DatabaseUrl::Sqlite("data/pacta.sqlite3".into())),
                "{url}"
            );
        }
    }

    #[test]
    fn memory_and_unknown_schemes_are_refused() {
        assert!(DatabaseUrl::parse(":memory:").is_err());
        assert!(DatabaseUrl::parse("mysql://localhost/x").is_err());
        assert!(DatabaseUrl::parse("  ").is_err());
    }

    #[test]
    fn base_url_loses_its_trailing_slash() {
        assert_eq!(
            parse_base_url("https://pacta.example/"),
            Ok("https://pacta.example".into())
        );
        assert!(parse_base_url("pacta.example").is_err());
    }
}

//! Database access for both backends: the connection type, the pool,
//! migrations, and one module of query functions per part of the registry.
//!
//! Query functions take `&mut DbConn` and return `QueryResult`; a function
//! that changes several rows opens its own transaction. Dialect differences
//! stay in this module, behind a `match` on [`DbConn`].

pub mod amendments;
pub mod attachments;
pub mod bulk;
pub mod calls;
pub mod cities;
pub mod comments;
pub mod commons;
pub mod dashboard;
pub mod disputes;
pub mod follows;
pub mod imports;
pub mod invitations;
pub mod jobs;
pub mod map;
pub mod notices;
pub mod notifications;
pub mod open_data;
pub mod outbox;
pub mod pacts;
pub mod parties;
pub mod proposals;
pub mod registry;
pub mod registry_index;
pub mod renewals;
pub mod reports;
pub mod review;
pub mod schema;
pub mod seals;
pub mod search;
pub mod signing;
pub mod statistics;
pub mod stats;
pub mod templates;
pub mod terms;
pub mod users;
pub mod versions;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::DatabaseUrl;

/// A connection to either backend. PostgreSQL comes first: `SqliteConnection`
/// accepts any string as a path, so it must be tried last.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    /// PostgreSQL, for installations that outgrow one machine.
    Pg(PgConnection),
    /// SQLite, the embedded default.
    Sqlite(SqliteConnection),
}

/// The backend type of [`DbConn`], for boxed queries.
pub type Db = MultiBackend;

/// A pool of connections.
pub type Pool = r2d2::Pool<Manager>;
/// A connection taken from the pool.
pub type PooledConn = r2d2::PooledConnection<Manager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const PG_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Why the database could not be opened or migrated.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The connection failed; the message is the driver's.
    #[error("{0}")]
    Connect(String),
    /// The folder of the SQLite file could not be created.
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        /// The folder.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The pool could not be built.
    #[error("cannot open the database pool: {0}")]
    Pool(#[from] r2d2::Error),
    /// A migration failed.
    #[error("cannot apply migrations: {0}")]
    Migration(String),
    /// A query failed.
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// Opens connections for the pool, choosing the backend from the URL scheme
/// (rather than letting `MultiConnection` try each in turn, which hides the
/// driver's error messages) and setting SQLite's pragmas on each connection.
#[derive(Debug, Clone)]
pub struct Manager {
    url: DatabaseUrl,
}

impl Manager {
    fn establish(&self) -> Result<DbConn, DbError> {
        match &self.url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url)
                .map(DbConn::Pg)
                .map_err(|e| DbError::Connect(e.to_string())),
            DatabaseUrl::Sqlite(path) => {
                let path = path
                    .to_str()
                    .ok_or_else(|| DbError::Connect("the SQLite path is not UTF-8".into()))?;
                let mut conn = SqliteConnection::establish(path)
                    .map_err(|e| DbError::Connect(e.to_string()))?;
                // Per connection: enforce foreign keys, wait for a writer
                // instead of failing with "database is locked", and keep
                // WAL's fsync cost low. WAL itself persists in the file.
                // For the process: SQLite's caches of every connection
                // together give memory back past 16 MiB (the file's pages
                // stay in the system's cache).
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                     PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; \
                     PRAGMA soft_heap_limit = 16777216;",
                )
                .map_err(|e| DbError::Connect(e.to_string()))?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConn;
    type Error = DbError;

    fn connect(&self) -> Result<DbConn, DbError> {
        self.establish()
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), DbError> {
        diesel::sql_query("SELECT 1")
            .execute(conn)
            .map(|_| ())
            .map_err(DbError::from)
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

/// Opens a pool of `size` connections to `url`; fails at once with the
/// driver's message when the database cannot be opened.
pub fn connect(url: &DatabaseUrl, size: u32) -> Result<Pool, DbError> {
    if let DatabaseUrl::Sqlite(path) = url
        && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|source| DbError::Folder {
            path: parent.display().to_string(),
            source,
        })?;
    }
    let manager = Manager { url: url.clone() };
    // Try once directly, so a wrong URL gives its real error instead of a
    // pool time-out.
    drop(manager.establish()?);
    Ok(r2d2::Pool::builder()
        .max_size(size)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(10))
        .build(manager)?)
}

/// Applies pending migrations for the connection's backend, then, if any
/// was applied, indexes for search the pacts that are not yet (the index
/// is written from Rust);
/// returns how many migrations were applied.
pub fn migrate(conn: &mut DbConn) -> Result<usize, DbError> {
    let migrations = match conn {
        DbConn::Pg(_) => PG_MIGRATIONS,
        DbConn::Sqlite(_) => SQLITE_MIGRATIONS,
    };
    let applied = conn
        .run_pending_migrations(migrations)
        .map(|applied| applied.len())
        .map_err(|e| DbError::Migration(e.to_string()))?;
    // Every write indexes its pact (through its event); only a migration
    // (the index's own, on a registry that predates it) leaves pacts out,
    // so starting up does not scan the registry otherwise.
    if applied > 0 {
        search::index_missing(conn)?;
    }
    Ok(applied)
}

/// Reverts every migration (newest first); returns how many were reverted.
/// For operators rolling back and for the test that checks every `down.sql`.
pub fn revert_all(conn: &mut DbConn) -> Result<usize, DbError> {
    let migrations = match conn {
        DbConn::Pg(_) => PG_MIGRATIONS,
        DbConn::Sqlite(_) => SQLITE_MIGRATIONS,
    };
    conn.revert_all_migrations(migrations)
        .map(|reverted| reverted.len())
        .map_err(|e| DbError::Migration(e.to_string()))
}

/// Whether the database answers a trivial query.
pub fn ping(conn: &mut DbConn) -> bool {
    diesel::sql_query("SELECT 1").execute(conn).is_ok()
}

/// The current time as stored: UTC, truncated to microseconds, since
/// PostgreSQL keeps no more and SQLite would keep nanoseconds.
pub fn timestamp(now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
    use chrono::SubsecRound;
    now.naive_utc().trunc_subsecs(6)
}

/// Parses a stored vocabulary value; an unknown one is a deserialisation
/// error (the database holds something this version does not know).
pub(crate) fn vocab<V: crate::domain::vocab::Vocabulary>(s: &str) -> diesel::QueryResult<V> {
    V::parse(s).ok_or_else(|| {
        diesel::result::Error::DeserializationError(
            format!("unknown {} value {s:?}", V::PREFIX).into(),
        )
    })
}

/// Runs `body` in a transaction, retrying a few times when it lost a race
/// with another writer (a unique key taken meanwhile, a serialisation
/// failure on PostgreSQL, a busy SQLite file): such errors are expected
/// under concurrency and the retry sees the other writer's result.
pub fn transaction<T, E, F>(conn: &mut DbConn, mut body: F) -> Result<T, E>
where
    F: FnMut(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error> + RetryableError,
{
    let mut attempt = 0;
    loop {
        match conn.transaction(&mut body) {
            Err(e) if attempt < 8 && e.is_retryable() => {
                attempt += 1;
                // Exponential backoff with jitter, so that racing writers
                // do not retry in lockstep.
                let jitter = u64::from(rand::random::<u8>() % 8);
                std::thread::sleep(Duration::from_millis((2 << attempt.min(6)) + jitter));
            }
            other => return other,
        }
    }
}

/// Errors that a retried transaction may overcome.
pub trait RetryableError {
    /// Whether the transaction lost a race and may succeed if run again.
    fn is_retryable(&self) -> bool;
}

impl RetryableError for diesel::result::Error {
    fn is_retryable(&self) -> bool {
        use diesel::result::{DatabaseErrorKind, Error};
        match self {
            Error::DatabaseError(
                DatabaseErrorKind::UniqueViolation | DatabaseErrorKind::SerializationFailure,
                _,
            ) => true,
            Error::DatabaseError(_, info) => info.message().contains("database is locked"),
            _ => false,
        }
    }
}

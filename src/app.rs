//! The application state shared by every request, and the server loop.

use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::{DbConn, Pool};
use crate::error::AppError;
use crate::mail::Mailer;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// Database connections.
    pub pool: Pool,
    /// Settings.
    pub config: Arc<Config>,
    /// The time.
    pub clock: Arc<dyn Clock>,
    /// Delivers the outbox.
    pub mailer: Mailer,
    /// The registry's in-memory index (facets and pages at scale).
    pub registry: Arc<crate::db::registry_index::RegistryIndex>,
}

impl AppState {
    /// Runs `f` with a pooled connection on the blocking thread pool, so
    /// that synchronous diesel never blocks the async workers.
    pub async fn db<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(|e| {
                tracing::error!(error = %e, "no database connection");
                AppError::Unavailable
            })?;
            f(&mut conn)
        })
        .await
        .context("database task panicked")?
    }
}

/// Serves the application on `listener` until SIGINT or SIGTERM.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    let router = crate::web::router(state);
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("server failed")
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

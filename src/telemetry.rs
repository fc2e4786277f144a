//! Logging. The filter comes from `PACTA_LOG` (default `info`). Logs never
//! carry personal data, passwords, tokens or database URLs.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber, once.
pub fn init() {
    let filter = EnvFilter::try_from_env("PACTA_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info"));
    // A second call (in tests) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

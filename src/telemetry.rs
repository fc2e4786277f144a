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
        // Logs on standard error: standard output is for command results
        // (the link printed by `pacta user add`).
        .with_writer(std::io::stderr)
        .try_init();
}

/// A request path fit for logs: segments that are secrets (the 64-character
/// tokens of e-mailed links) are replaced by `…`.
pub fn redact_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.len() >= 32 && segment.bytes().all(|b| b.is_ascii_hexdigit()) {
                "…"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A message fit for logs: words that look like e-mail addresses are
/// replaced by `<address>` (SMTP servers quote recipients in their errors).
pub fn redact_emails(message: &str) -> String {
    message
        .split(' ')
        .map(|word| {
            if word.contains('@') {
                "<address>"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_in_paths_are_not_logged() {
        let token = "ab".repeat(32);
        assert_eq!(
            redact_path(&format!("/account/verify/{token}")),
            "/account/verify/…"
        );
        assert_eq!(
            redact_path("/cities/valmont/pacts/2025-0001"),
            "/cities/valmont/pacts/2025-0001"
        );
    }

    #[test]
    fn addresses_in_messages_are_not_logged() {
        assert_eq!(
            redact_emails("permanent error (550): <claire@valmont.example> unknown"),
            "permanent error (550): <address> unknown"
        );
    }
}

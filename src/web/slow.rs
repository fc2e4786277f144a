//! Figures slow to compute at scale (the statistics of a million pacts
//! take seconds, more than a visitor should wait, and every write to the
//! registry calls for new ones): a request waits for the new figures a
//! short while, then gets the latest ones, marked as not current (pages
//! say they are being updated), while the computation finishes for the
//! next visitors. One computation of each at a time.

use std::sync::Arc;
use std::time::Duration;

use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::db::DbConn;
use crate::db::registry_index::RegistryIndex;
use crate::error::AppError;

/// How long a request waits for new figures when it has older ones to
/// show.
const WAIT: Duration = Duration::from_millis(1500);

/// A value and whether it is up to date with the registry.
#[derive(Debug)]
pub struct Latest<T> {
    /// The value.
    pub value: Arc<T>,
    /// False when the registry changed since it was computed (a newer one
    /// is being computed).
    pub current: bool,
}

/// The value of `key` for the registry as it is now, computed by
/// `compute` (once per generation), or the latest one if computing takes
/// longer than [`WAIT`].
pub async fn latest<T, F>(state: &AppState, key: String, compute: F) -> Result<Latest<T>, AppError>
where
    T: Send + Sync + 'static,
    F: FnOnce(&mut DbConn, &RegistryIndex) -> Result<T, AppError> + Send + 'static,
{
    let index = Arc::clone(&state.registry);
    let (generation, kept) = {
        let key = key.clone();
        state
            .db(move |conn| Ok((index.current(conn)?, index.latest::<T>(&key))))
            .await?
    };
    let previous = match kept {
        Some(kept) if kept.generation >= generation => {
            return Ok(Latest {
                value: kept.value,
                current: true,
            });
        }
        Some(kept) => Some(kept.value),
        None => None,
    };
    let index = Arc::clone(&state.registry);
    // Another request may be computing them: show the latest, or, when
    // there are none yet, wait for that computation rather than start
    // another.
    while !index.compute_latest(&key) {
        if let Some(value) = previous {
            return Ok(Latest {
                value,
                current: false,
            });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        if let Some(kept) = index.latest::<T>(&key) {
            return Ok(Latest {
                value: kept.value,
                current: kept.generation >= generation,
            });
        }
    }
    let computing = {
        let state = state.clone();
        tokio::spawn(async move {
            let done = state
                .db({
                    let (index, key) = (Arc::clone(&index), key.clone());
                    move |conn| {
                        let generation = index.current(conn)?;
                        let value = Arc::new(compute(conn, &index)?);
                        index.keep_latest(&key, generation, Arc::clone(&value));
                        Ok(value)
                    }
                })
                .await;
            if done.is_err() {
                index.computed(&key);
            }
            done
        })
    };
    let done = match previous {
        None => computing.await,
        Some(previous) => match tokio::time::timeout(WAIT, computing).await {
            Ok(done) => done,
            Err(_) => {
                return Ok(Latest {
                    value: previous,
                    current: false,
                });
            }
        },
    };
    let value = done.map_err(|e| AppError::Internal(e.into()))??;
    Ok(Latest {
        value,
        current: true,
    })
}

/// Marks an answer made of figures older than the registry: it is not
/// kept for the next visitors (see [`super::public_cache`]).
#[derive(Debug, Clone, Copy)]
pub struct Provisional;

/// The response of a page or document built from figures, `current` or
/// not.
pub fn answer(page: impl IntoResponse, current: bool) -> Response {
    let mut response = page.into_response();
    if !current {
        response.extensions_mut().insert(Provisional);
    }
    response
}

//! Keeps the registry's in-memory index (`domain::registry_index`) in step
//! with the database: built from every pact on first use, then, on each
//! request, brought up to date with the pacts written since (each write
//! moves the registry's generation on and marks the pact with it, in the
//! transaction that records its event). The counts of recent searches are
//! kept until the next write.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable};

use super::schema::{commons, pacts, registry_generation};
use super::{DbConn, vocab};
use crate::domain::registry_index::{Index, Query, Record, Start, Tally};
use crate::domain::vocab::{PartyKind, PartyRole, Vocabulary};

/// Moves the registry's generation on and returns it; the caller holds
/// the transaction of the write (its row lock orders the writers).
pub fn next_generation(conn: &mut DbConn) -> QueryResult<i64> {
    diesel::update(registry_generation::table.find(1))
        .set(registry_generation::value.eq(registry_generation::value + 1))
        .returning(registry_generation::value)
        .get_result(conn)
}

/// Marks a pact as written now (for the index to reload it).
pub fn touch(conn: &mut DbConn, pact_id: i64) -> QueryResult<()> {
    let generation = next_generation(conn)?;
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::generation.eq(generation))
        .execute(conn)
        .map(drop)
}

/// Marks the pacts of a commons whose category or district changed.
pub fn touch_commons(conn: &mut DbConn, commons_id: i64) -> QueryResult<()> {
    let generation = next_generation(conn)?;
    diesel::update(pacts::table.filter(pacts::commons_id.eq(commons_id)))
        .set(pacts::generation.eq(generation))
        .execute(conn)
        .map(drop)
}

/// Marks the pacts of a party whose kind changed.
pub fn touch_party(conn: &mut DbConn, party_id: i64) -> QueryResult<()> {
    use super::schema::pact_parties;
    let generation = next_generation(conn)?;
    let pacts_of = pact_parties::table
        .filter(pact_parties::party_id.eq(party_id))
        .select(pact_parties::pact_id);
    diesel::update(pacts::table.filter(pacts::id.eq_any(pacts_of)))
        .set(pacts::generation.eq(generation))
        .execute(conn)
        .map(drop)
}

/// The registry's generation now.
pub fn generation(conn: &mut DbConn) -> QueryResult<i64> {
    registry_generation::table
        .find(1)
        .select(registry_generation::value)
        .first(conn)
}

/// The kinds of a pact's parties (the city aside) as bits, one per kind in
/// vocabulary order: distinct kinds are distinct powers of two, so their
/// distinct sum is their union.
fn party_bits() -> diesel::expression::SqlLiteral<Nullable<BigInt>> {
    let cases =
        PartyKind::all()
            .into_iter()
            .enumerate()
            .fold(String::new(), |mut cases, (bit, kind)| {
                use std::fmt::Write;
                let _ = write!(cases, " WHEN '{}' THEN {}", kind.name(), 1_i64 << bit);
                cases
            });
    sql(&format!(
        "(SELECT SUM(DISTINCT CASE parties.kind{cases} ELSE 0 END) \
         FROM pact_parties JOIN parties ON parties.id = pact_parties.party_id \
         WHERE pact_parties.pact_id = pacts.id AND pact_parties.role <> '{}')",
        PartyRole::City.name()
    ))
}

type Row = (
    (i64, i64, Option<i32>, Option<i32>, String),
    (String, String, String, String, Option<i64>),
    (
        Option<chrono::NaiveDate>,
        Option<chrono::NaiveDate>,
        Option<i64>,
    ),
);

/// Pacts read per query while building (bounds the memory it takes).
const CHUNK: i64 = 20_000;

/// Gives `each` the records of the pacts written after generation `since`
/// (all when `None`), read in chunks by id.
fn records(conn: &mut DbConn, since: Option<i64>, mut each: impl FnMut(Record)) -> QueryResult<()> {
    let mut last = 0;
    loop {
        let mut query = pacts::table
            .inner_join(commons::table)
            .filter(pacts::id.gt(last))
            .into_boxed();
        if let Some(since) = since {
            query = query.filter(pacts::generation.gt(since));
        }
        let rows: Vec<Row> = query
            .order(pacts::id)
            .limit(CHUNK)
            .select((
                (
                    pacts::id,
                    pacts::city_id,
                    pacts::year,
                    pacts::sequence,
                    pacts::number,
                ),
                (
                    pacts::status,
                    pacts::kind,
                    pacts::intensity,
                    commons::category,
                    commons::district_id,
                ),
                (pacts::start_date, pacts::end_date, party_bits()),
            ))
            .load(conn)?;
        let full = rows.len() == usize::try_from(CHUNK).unwrap_or(usize::MAX);
        for (
            (id, city, year, sequence, number),
            (status, kind, intensity, category, district),
            (start, end, bits),
        ) in rows
        {
            last = id;
            let bits = bits.unwrap_or(0);
            each(Record {
                id,
                city,
                year,
                sequence,
                number,
                status: vocab(&status)?,
                kind: vocab(&kind)?,
                intensity: vocab(&intensity)?,
                category: vocab(&category)?,
                district,
                parties: PartyKind::all()
                    .into_iter()
                    .enumerate()
                    .filter(|(bit, _)| bits & (1 << bit) != 0)
                    .map(|(_, kind)| kind)
                    .collect(),
                start,
                end,
            });
        }
        if !full {
            return Ok(());
        }
    }
}

/// The index as of a generation.
#[derive(Debug)]
struct Loaded {
    generation: i64,
    index: Index,
}

/// Values kept while the registry stays at one generation, by name, within
/// a number of values and of bytes (past either, all are dropped: the
/// oldest are not told apart).
struct Memo {
    generation: i64,
    values: HashMap<String, Arc<dyn Any + Send + Sync>>,
    /// Bytes the large values take, roughly.
    bytes: usize,
    max_values: usize,
    max_bytes: usize,
}

impl Memo {
    fn new(max_values: usize, max_bytes: usize) -> Memo {
        Memo {
            generation: 0,
            values: HashMap::new(),
            bytes: 0,
            max_values,
            max_bytes,
        }
    }

    /// The value named `key` at `generation`, if kept.
    fn get<T: Send + Sync + 'static>(&self, generation: i64, key: &str) -> Option<Arc<T>> {
        if self.generation != generation {
            return None;
        }
        Arc::clone(self.values.get(key)?).downcast::<T>().ok()
    }

    /// Keeps `value`, `size` bytes, as `key` at `generation`.
    fn put<T: Send + Sync + 'static>(
        &mut self,
        generation: i64,
        key: &str,
        value: Arc<T>,
        size: usize,
    ) {
        if generation < self.generation {
            // Computed from a state already gone.
            return;
        }
        if self.generation != generation
            || self.values.len() >= self.max_values
            || self.bytes.saturating_add(size) > self.max_bytes
        {
            self.generation = generation;
            self.values.clear();
            self.bytes = 0;
        }
        if size > self.max_bytes {
            return;
        }
        self.bytes = self.bytes.saturating_add(size);
        self.values
            .insert(key.to_owned(), value as Arc<dyn Any + Send + Sync>);
    }
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo")
            .field("generation", &self.generation)
            .field("values", &self.values.len())
            .field("bytes", &self.bytes)
            .field("max_values", &self.max_values)
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

/// Values kept, and bytes the large ones may take. Words found in most of
/// a million pacts take megabytes each: without a limit in bytes,
/// searching many of them would hold the server's memory.
const KEPT: usize = 2048;
const KEPT_BYTES: usize = 8 << 20;

/// Answers kept (rendered public pages, whole): a registry page is about
/// 25 KiB, so a few hundred of the most asked (a search with few results
/// takes less). When either limit is reached, all are dropped: a working
/// set just over it is then rendered every time.
const PAGES: usize = 1024;
const PAGES_BYTES: usize = 8 << 20;

/// The registry's index, shared by the requests of one server.
#[derive(Debug)]
pub struct RegistryIndex {
    loaded: RwLock<Option<Loaded>>,
    memo: Mutex<Memo>,
    answers: Mutex<Memo>,
    latest: Mutex<HashMap<String, Latest>>,
    /// Searches answered at once; see [`RegistryIndex::searching`].
    searches: tokio::sync::Semaphore,
}

/// The latest value of something slow to compute (the statistics of a
/// million pacts take seconds): kept across generations, so that a
/// request may show it while the next is computed.
struct Latest {
    value: Option<(i64, Arc<dyn Any + Send + Sync>)>,
    /// Whether a request is computing the next one.
    computing: bool,
}

impl std::fmt::Debug for Latest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Latest")
            .field("generation", &self.value.as_ref().map(|(g, _)| *g))
            .field("computing", &self.computing)
            .finish()
    }
}

/// What is kept of a slow value.
#[derive(Debug)]
pub struct Kept<T> {
    /// The value.
    pub value: Arc<T>,
    /// The generation it was computed at.
    pub generation: i64,
}

impl Default for RegistryIndex {
    fn default() -> Self {
        RegistryIndex {
            loaded: RwLock::default(),
            memo: Mutex::new(Memo::new(KEPT, KEPT_BYTES)),
            answers: Mutex::new(Memo::new(PAGES, PAGES_BYTES)),
            latest: Mutex::default(),
            searches: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get().max(2)),
            ),
        }
    }
}

impl RegistryIndex {
    /// Waits for a turn to answer a full-text search of the registry. A
    /// search never asked before may hold megabytes (what its words found,
    /// at a million pacts) for tens of milliseconds: as many at once as
    /// there are cores keeps the processors busy while the memory held
    /// stays that of a few, however many visitors ask at once. Taken
    /// before a database connection, so waiting holds none.
    ///
    /// # Panics
    ///
    /// Never: the semaphore is never closed.
    pub async fn searching(&self) -> tokio::sync::SemaphorePermit<'_> {
        self.searches
            .acquire()
            .await
            .expect("the semaphore is never closed")
    }

    /// Brings the index up to date with the database; returns the
    /// generation it is at.
    fn refresh(&self, conn: &mut DbConn) -> QueryResult<i64> {
        let now = generation(conn)?;
        {
            let loaded = self.loaded.read().unwrap_or_else(PoisonError::into_inner);
            if loaded.as_ref().is_some_and(|l| l.generation == now) {
                return Ok(now);
            }
        }
        let mut loaded = self.loaded.write().unwrap_or_else(PoisonError::into_inner);
        match loaded.as_mut() {
            Some(l) if l.generation == now => {}
            Some(l) => {
                let mut changed = Vec::new();
                records(conn, Some(l.generation), |r| changed.push(r))?;
                l.index.update(changed);
                l.generation = now;
            }
            None => {
                let mut index = Index::default();
                let count: i64 = pacts::table.count().get_result(conn)?;
                index.reserve(usize::try_from(count).unwrap_or(0));
                records(conn, None, |r| index.push(&r))?;
                index.finish();
                tracing::info!(
                    pacts = index.len(),
                    kib = index.bytes() / 1024,
                    "registry index built"
                );
                *loaded = Some(Loaded {
                    generation: now,
                    index,
                });
            }
        }
        Ok(now)
    }

    /// Runs `f` on the index as it stands.
    fn read<T>(&self, f: impl FnOnce(&Index) -> T) -> T {
        let loaded = self.loaded.read().unwrap_or_else(PoisonError::into_inner);
        let empty = Index::default();
        f(loaded.as_ref().map_or(&empty, |l| &l.index))
    }

    /// The value named `key` computed from the registry as it stands now:
    /// computed by `compute` once per generation (every write to the
    /// registry starts a new one).
    pub fn memo<T, E>(
        &self,
        conn: &mut DbConn,
        key: &str,
        compute: impl FnOnce(&mut DbConn, &Self) -> Result<T, E>,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        E: From<diesel::result::Error>,
    {
        self.memo_sized(conn, key, |_| 0, compute)
    }

    /// [`RegistryIndex::memo`] for values whose size in bytes `bytes`
    /// tells.
    pub fn memo_sized<T, E>(
        &self,
        conn: &mut DbConn,
        key: &str,
        bytes: impl FnOnce(&T) -> usize,
        compute: impl FnOnce(&mut DbConn, &Self) -> Result<T, E>,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        E: From<diesel::result::Error>,
    {
        let generation = self.refresh(conn)?;
        let kept = self
            .memo
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(generation, key);
        if let Some(value) = kept {
            return Ok(value);
        }
        let value = Arc::new(compute(conn, self)?);
        let size = bytes(&value);
        self.memo
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .put(generation, key, Arc::clone(&value), size);
        Ok(value)
    }

    /// The generation the registry is at now, the index built or brought
    /// up to it: what was derived from it stays true while it does not
    /// move.
    pub fn current(&self, conn: &mut DbConn) -> QueryResult<i64> {
        self.refresh(conn)
    }

    /// A whole answer (a rendered page) kept as `key` at `generation`.
    pub fn answer<T: Send + Sync + 'static>(&self, generation: i64, key: &str) -> Option<Arc<T>> {
        self.answers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(generation, key)
    }

    /// Keeps an answer of `size` bytes made at `generation`, while the
    /// registry stays there (within [`PAGES`] answers and [`PAGES_BYTES`]).
    pub fn keep_answer<T: Send + Sync + 'static>(
        &self,
        generation: i64,
        key: &str,
        value: Arc<T>,
        size: usize,
    ) {
        self.answers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .put(generation, key, value, size);
    }

    /// The latest value of `key` kept by [`RegistryIndex::keep_latest`],
    /// whatever its generation.
    pub fn latest<T: Send + Sync + 'static>(&self, key: &str) -> Option<Kept<T>> {
        let latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
        let (generation, value) = latest.get(key)?.value.as_ref()?;
        Some(Kept {
            value: Arc::clone(value).downcast::<T>().ok()?,
            generation: *generation,
        })
    }

    /// Whether the caller is the one to compute `key` anew: false while
    /// another does. Each `true` is followed by [`RegistryIndex::keep_latest`]
    /// or [`RegistryIndex::computed`].
    pub fn compute_latest(&self, key: &str) -> bool {
        let mut latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = latest.entry(key.to_owned()).or_insert(Latest {
            value: None,
            computing: false,
        });
        !std::mem::replace(&mut entry.computing, true)
    }

    /// Keeps `value`, computed at `generation`, as the latest of `key`
    /// (unless a newer one is kept already).
    pub fn keep_latest<T: Send + Sync + 'static>(&self, key: &str, generation: i64, value: Arc<T>) {
        let mut latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = latest.entry(key.to_owned()).or_insert(Latest {
            value: None,
            computing: false,
        });
        entry.computing = false;
        if entry
            .value
            .as_ref()
            .is_none_or(|(kept, _)| *kept <= generation)
        {
            entry.value = Some((generation, value as Arc<dyn Any + Send + Sync>));
        }
    }

    /// Ends a computation of `key` that kept nothing (it failed).
    pub fn computed(&self, key: &str) {
        let mut latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = latest.get_mut(key) {
            entry.computing = false;
        }
    }

    /// The counts of a search; `key` names it (equal queries, equal keys).
    pub fn tally(&self, conn: &mut DbConn, key: &str, query: &Query) -> QueryResult<Arc<Tally>> {
        self.memo(conn, &format!("tally {key}"), |_, this| {
            QueryResult::Ok(this.read(|index| index.tally(query)))
        })
    }

    /// The ids of one page of a full-text search, title matches first;
    /// `key` names the search. Each page is ranked on its own (one scan,
    /// memory for the page) and kept until the next write.
    pub fn ranked(
        &self,
        conn: &mut DbConn,
        key: &str,
        query: &Query,
        skip: usize,
        limit: usize,
    ) -> QueryResult<Vec<i64>> {
        let page = self.memo_sized(
            conn,
            &format!("ranked {skip} {limit} {key}"),
            |page: &Vec<i64>| page.len() * 8,
            |_, this| QueryResult::Ok(this.read(|index| index.ranked(query, skip, limit))),
        )?;
        Ok(page.as_ref().clone())
    }

    /// The ids of one page of a search, newest first.
    pub fn page(
        &self,
        conn: &mut DbConn,
        query: &Query,
        start: &Start,
        limit: usize,
    ) -> QueryResult<Vec<i64>> {
        self.refresh(conn)?;
        Ok(self.read(|index| index.page(query, start, limit)))
    }
}

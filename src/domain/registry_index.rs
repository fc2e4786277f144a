//! The registry's in-memory index: for each pact, what the registry's
//! filters look at (city, status, kind, intensity, year, district,
//! category, kinds of party, dates in force), a few dozen bytes each, in
//! the registry's newest-first order. Counting the pacts a search finds,
//! its facets and the pacts of one page is then a scan of memory, whatever
//! the filters, instead of a `GROUP BY` over every pact per facet (which at
//! a million pacts takes seconds); the rows of the page are then read by
//! id. `crate::db::registry_index` builds it and keeps it up to date.
//!
//! Its answers are those of the SQL condition `db::registry::condition`
//! (tests compare both).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};

use rustc_hash::FxHashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::lifecycle::Status;
use super::number::PactNumber;
use super::vocab::{CommonsCategory, Intensity, PactKind, PartyKind, Vocabulary};

/// A pact as the index sees it, before it is packed.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Its id.
    pub id: i64,
    /// Its city's id.
    pub city: i64,
    /// Year and sequence of submission (imported pacts may have none).
    pub year: Option<i32>,
    /// See `year`.
    pub sequence: Option<i32>,
    /// Its number.
    pub number: String,
    /// Its status.
    pub status: Status,
    /// Its kind.
    pub kind: PactKind,
    /// Its intensity.
    pub intensity: Intensity,
    /// Its commons' category.
    pub category: CommonsCategory,
    /// Its commons' district.
    pub district: Option<i64>,
    /// The kinds of its parties, the city aside.
    pub parties: Vec<PartyKind>,
    /// First and last day in force.
    pub start: Option<NaiveDate>,
    /// See `start`.
    pub end: Option<NaiveDate>,
}

/// A packed record (32 bytes).
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Pacts whose id is past `u32` are not indexed (none exists in
    /// practice: four billion pacts).
    id: u32,
    /// 0 when unknown.
    year: i16,
    sequence: i32,
    /// Days since the common era; `i32::MAX` when none (never at most a day).
    start: i32,
    /// Days since the common era; `i32::MIN` when none (never at least a day).
    end: i32,
    city: u32,
    district: u32,
    /// Its number is Pacta's own, made of year, sequence and this renewal
    /// (0 for none: `2026-0042`, 1: `2026-0042-R1`…), or [`OTHER_NUMBER`].
    renewal: u8,
    status: u8,
    kind: u8,
    intensity: u8,
    category: u8,
    /// One bit per kind of party.
    parties: u8,
}

/// `Entry::renewal` of a pact whose number is not Pacta's own (imported
/// ones keep theirs): the index keeps its text.
const OTHER_NUMBER: u8 = u8::MAX;

/// A search as the index answers it: each field a condition, `None` for
/// none. Ids that match no pact (an unknown city) are fine: nothing
/// matches them.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The city's id.
    pub city: Option<i64>,
    /// Status.
    pub status: Option<Status>,
    /// Kind.
    pub kind: Option<PactKind>,
    /// Intensity.
    pub intensity: Option<Intensity>,
    /// Year of submission.
    pub year: Option<i32>,
    /// The districts with the slug asked for (one per city that has it).
    pub districts: Option<Vec<i64>>,
    /// Category of the commons.
    pub category: Option<CommonsCategory>,
    /// Kind of one of the parties.
    pub party: Option<PartyKind>,
    /// In force at some time from this day…
    pub from: Option<NaiveDate>,
    /// …to this day.
    pub to: Option<NaiveDate>,
    /// Only the pacts a full-text search found, with how well each
    /// matches (higher first).
    pub found: Option<Arc<Found>>,
}

/// The pacts a full-text search found, with how well each matches: one
/// bit per pact of the registry, by id, for whether it was found (the
/// registry's scans test every pact: 125 KB at a million pacts, in the
/// processor's cache), and the scores other than 0 in a hash map (a search
/// whose words are found widely scores only its best matches: see
/// `db::search::found`).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    members: Vec<u64>,
    scores: FxHashMap<u32, f32>,
    len: usize,
}

impl Found {
    /// What a search found: `(id, score)` pairs, ids unique (pacts past
    /// `u32` are not indexed, see `Entry`).
    pub fn new(hits: Vec<(u32, f32)>) -> Found {
        let len = hits.len();
        let top = hits.iter().map(|(id, _)| *id as usize).max().unwrap_or(0);
        let mut members = vec![0u64; top / 64 + 1];
        let mut scores = FxHashMap::default();
        for (id, score) in hits {
            members[id as usize / 64] |= 1 << (id % 64);
            if score != 0.0 {
                scores.insert(id, score);
            }
        }
        scores.shrink_to_fit();
        Found {
            members,
            scores,
            len,
        }
    }

    /// The score of pact `id`, `None` when the search did not find it.
    pub fn get(&self, id: i64) -> Option<f64> {
        self.score(u32::try_from(id).ok()?).map(f64::from)
    }

    fn has(&self, id: u32) -> bool {
        self.members
            .get(id as usize / 64)
            .is_some_and(|bits| bits >> (id % 64) & 1 == 1)
    }

    fn score(&self, id: u32) -> Option<f32> {
        self.has(id)
            .then(|| self.scores.get(&id).copied().unwrap_or(0.0))
    }

    /// Whether the search found pact `id`.
    pub fn contains(&self, id: i64) -> bool {
        u32::try_from(id).is_ok_and(|id| self.has(id))
    }

    /// How many pacts it found.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it found none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Roughly the memory it holds, in bytes.
    pub fn bytes(&self) -> usize {
        // A map slot: key, value and a control byte.
        self.members.capacity() * 8 + self.scores.capacity() * 9
    }
}

/// A match as a ranked search orders them: better is less (a higher
/// score, then newer).
#[derive(Debug, Clone, Copy)]
struct Ranked {
    score: f32,
    position: usize,
    id: i64,
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.position.cmp(&other.position))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

/// Where a page starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// After this many matches.
    Skip(usize),
    /// After this pact in the newest-first order: year, sequence (0 when
    /// none), number, id.
    After(i32, i32, String, i64),
}

/// How many pacts a search finds, in all and by value of each filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Pacts found.
    pub total: i64,
    /// By status, kind, intensity, category, party kind: `(value, count)`
    /// in vocabulary order, values with none left out.
    pub status: Vec<(Status, i64)>,
    /// See `status`.
    pub kind: Vec<(PactKind, i64)>,
    /// See `status`.
    pub intensity: Vec<(Intensity, i64)>,
    /// See `status`.
    pub category: Vec<(CommonsCategory, i64)>,
    /// See `status` (a pact counts once per kind among its parties).
    pub party: Vec<(PartyKind, i64)>,
    /// By city id.
    pub city: BTreeMap<i64, i64>,
    /// By district id.
    pub district: BTreeMap<i64, i64>,
}

/// The index: packed records in newest-first order, and the text of the
/// numbers that are not Pacta's own (the others are made again when
/// needed: only pacts of the same year and sequence compare them).
#[derive(Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
    other_numbers: HashMap<u32, Box<str>>,
}

fn position<V: Vocabulary + PartialEq>(value: V) -> u8 {
    V::all()
        .iter()
        .position(|v| *v == value)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(u8::MAX)
}

fn day(date: Option<NaiveDate>, none: i32) -> i32 {
    date.map_or(none, |d| d.num_days_from_ce())
}

fn small_id(id: i64) -> u32 {
    // Ids past u32 never match a condition (none exists in practice).
    u32::try_from(id).unwrap_or(u32::MAX)
}

/// Counts per vocabulary position, as `(value, count)` without zeros.
fn named<V: Vocabulary>(counts: &[i64]) -> Vec<(V, i64)> {
    V::all()
        .into_iter()
        .zip(counts)
        .filter(|(_, c)| **c > 0)
        .map(|(v, c)| (v, *c))
        .collect()
}

/// A query packed as the entries are.
struct Packed<'q> {
    city: Option<u32>,
    status: Option<u8>,
    kind: Option<u8>,
    intensity: Option<u8>,
    year: Option<i16>,
    districts: Option<Vec<u32>>,
    category: Option<u8>,
    party: Option<u8>,
    from: Option<i32>,
    to: Option<i32>,
    found: Option<&'q Found>,
}

impl Packed<'_> {
    fn new(query: &Query) -> Packed<'_> {
        Packed {
            city: query.city.map(small_id),
            status: query.status.map(position),
            kind: query.kind.map(position),
            intensity: query.intensity.map(position),
            // A year out of range matches nothing (none is -1).
            year: query.year.map(|y| i16::try_from(y).unwrap_or(-1)),
            districts: query
                .districts
                .as_ref()
                .map(|d| d.iter().copied().map(small_id).collect()),
            category: query.category.map(position),
            party: query.party.map(|p| 1 << position(p)),
            from: query.from.map(|d| d.num_days_from_ce()),
            to: query.to.map(|d| d.num_days_from_ce()),
            found: query.found.as_deref(),
        }
    }

    fn matches(&self, e: &Entry) -> bool {
        self.city.is_none_or(|c| e.city == c)
            && self.status.is_none_or(|s| e.status == s)
            && self.kind.is_none_or(|k| e.kind == k)
            && self.intensity.is_none_or(|i| e.intensity == i)
            && self.year.is_none_or(|y| e.year == y && y != 0)
            && self
                .districts
                .as_ref()
                .is_none_or(|d| e.district != 0 && d.contains(&e.district))
            && self.category.is_none_or(|c| e.category == c)
            && self.party.is_none_or(|p| e.parties & p != 0)
            && self.to.is_none_or(|to| e.start <= to)
            && self.from.is_none_or(|from| e.end >= from)
            && self.found.is_none_or(|found| found.has(e.id))
    }
}

impl Index {
    /// An index of `records`.
    pub fn new(records: &[Record]) -> Index {
        let mut index = Index::default();
        index.entries.reserve(records.len());
        for record in records {
            index.push(record);
        }
        index.finish();
        index
    }

    /// Adds a record while building (then [`Index::finish`]), so that the
    /// records need not all be in memory at once.
    pub fn push(&mut self, record: &Record) {
        if let Some(entry) = self.pack(record) {
            self.entries.push(entry);
        }
    }

    /// Makes room for `more` records to be pushed, so that building takes
    /// no more memory than the index (a growing vector doubles).
    pub fn reserve(&mut self, more: usize) {
        // A little more, for pacts added while the index is read.
        self.entries.reserve_exact(more + more / 64 + 16);
    }

    /// Puts the records pushed in order.
    pub fn finish(&mut self) {
        self.entries.shrink_to_fit();
        self.other_numbers.shrink_to_fit();
        self.sort();
    }

    /// How many pacts it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Bytes it takes in memory.
    pub fn bytes(&self) -> usize {
        let others: usize = self.other_numbers.values().map(|n| n.len()).sum();
        // A map slot: id, boxed text's pointer and length, a control byte.
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.other_numbers.capacity() * 25
            + others
    }

    fn pack(&mut self, r: &Record) -> Option<Entry> {
        let id = u32::try_from(r.id).ok()?;
        let year = r.year.and_then(|y| i16::try_from(y).ok()).unwrap_or(0);
        let sequence = r.sequence.unwrap_or(0);
        let own = PactNumber::parse(&r.number).filter(|n| {
            n.year == i32::from(year)
                && i32::try_from(n.sequence) == Ok(sequence)
                && n.renewal < u32::from(OTHER_NUMBER)
                && n.to_string() == r.number
        });
        let renewal = if let Some(renewal) = own.and_then(|n| u8::try_from(n.renewal).ok()) {
            self.other_numbers.remove(&id);
            renewal
        } else {
            self.other_numbers.insert(id, r.number.as_str().into());
            OTHER_NUMBER
        };
        Some(Entry {
            id,
            year,
            sequence,
            start: day(r.start, i32::MAX),
            end: day(r.end, i32::MIN),
            city: small_id(r.city),
            district: r.district.map_or(0, small_id),
            renewal,
            status: position(r.status),
            kind: position(r.kind),
            intensity: position(r.intensity),
            category: position(r.category),
            parties: r.parties.iter().fold(0, |bits, p| bits | 1 << position(*p)),
        })
    }

    /// The pact's number.
    fn number(&self, e: &Entry) -> Cow<'_, str> {
        if e.renewal == OTHER_NUMBER {
            return Cow::Borrowed(self.other_numbers.get(&e.id).map_or("", |n| n));
        }
        let number = PactNumber {
            year: i32::from(e.year),
            sequence: u32::try_from(e.sequence).unwrap_or(0),
            renewal: u32::from(e.renewal),
        };
        Cow::Owned(number.to_string())
    }

    /// The registry's order, newest first being the greatest: year and
    /// sequence of submission, number, id. Numbers are written out only
    /// when the rest is equal (renewals, imported pacts).
    fn order(&self, a: &Entry, b: &Entry) -> Ordering {
        (a.year, a.sequence)
            .cmp(&(b.year, b.sequence))
            .then_with(|| self.number(a).cmp(&self.number(b)))
            .then(a.id.cmp(&b.id))
    }

    /// How `e` compares in that order with the pact of this year,
    /// sequence, number and id.
    fn order_with(
        &self,
        e: &Entry,
        (year, sequence, number, id): (i32, i32, &str, i64),
    ) -> Ordering {
        (i32::from(e.year), e.sequence)
            .cmp(&(year, sequence))
            .then_with(|| (*self.number(e)).cmp(number))
            .then(i64::from(e.id).cmp(&id))
    }

    fn sort(&mut self) {
        let mut entries = std::mem::take(&mut self.entries);
        entries.sort_unstable_by(|a, b| self.order(b, a));
        self.entries = entries;
    }

    /// Replaces the records of these pacts (adding those not indexed yet).
    pub fn update(&mut self, records: Vec<Record>) {
        let changed: HashSet<i64> = records.iter().map(|r| r.id).collect();
        self.entries.retain(|e| !changed.contains(&i64::from(e.id)));
        self.other_numbers
            .retain(|id, _| !changed.contains(&i64::from(*id)));
        if records.len() > 64 {
            for record in records {
                self.push(&record);
            }
            self.sort();
            return;
        }
        for record in records {
            let Some(entry) = self.pack(&record) else {
                continue;
            };
            let at = self
                .entries
                .partition_point(|e| self.order(e, &entry).is_gt());
            self.entries.insert(at, entry);
        }
    }

    /// Counts the pacts `query` finds, by value of each filter.
    pub fn tally(&self, query: &Query) -> Tally {
        let q = Packed::new(query);
        let mut status = [0i64; 32];
        let mut kind = [0i64; 8];
        let mut intensity = [0i64; 8];
        let mut category = [0i64; 32];
        let mut party = [0i64; 8];
        let mut city: BTreeMap<i64, i64> = BTreeMap::new();
        let mut district: BTreeMap<i64, i64> = BTreeMap::new();
        let mut total = 0;
        let mut last_city = (u32::MAX, 0i64);
        for e in self.entries.iter().filter(|e| q.matches(e)) {
            total += 1;
            status[usize::from(e.status) % 32] += 1;
            kind[usize::from(e.kind) % 8] += 1;
            intensity[usize::from(e.intensity) % 8] += 1;
            category[usize::from(e.category) % 32] += 1;
            for (bit, count) in party.iter_mut().enumerate() {
                if e.parties & (1 << bit) != 0 {
                    *count += 1;
                }
            }
            // Runs of one city are common: count them before the map.
            if e.city == last_city.0 {
                last_city.1 += 1;
            } else {
                if last_city.1 > 0 {
                    *city.entry(i64::from(last_city.0)).or_default() += last_city.1;
                }
                last_city = (e.city, 1);
            }
            if e.district != 0 {
                *district.entry(i64::from(e.district)).or_default() += 1;
            }
        }
        if last_city.1 > 0 {
            *city.entry(i64::from(last_city.0)).or_default() += last_city.1;
        }
        Tally {
            total,
            status: named(&status),
            kind: named(&kind),
            intensity: named(&intensity),
            category: named(&category),
            party: named(&party),
            city,
            district,
        }
    }

    /// The ids of up to `limit` pacts a full-text search finds (with the
    /// other filters of `query`), best matches first (then newest first),
    /// after `skip`.
    pub fn ranked(&self, query: &Query, skip: usize, limit: usize) -> Vec<i64> {
        let Some(found) = query.found.as_deref() else {
            return self.page(query, &Start::Skip(skip), limit);
        };
        let q = Packed::new(query);
        let wanted = skip.saturating_add(limit);
        if wanted == 0 {
            return Vec::new();
        }
        // The `wanted` best so far, the worst on top: memory for one page,
        // however many pacts the search found.
        let mut best: BinaryHeap<Ranked> = BinaryHeap::with_capacity(wanted.min(4096) + 1);
        for (position, e) in self.entries.iter().enumerate() {
            if !q.matches(e) {
                continue;
            }
            let ranked = Ranked {
                score: found.score(e.id).unwrap_or(0.0),
                position,
                id: i64::from(e.id),
            };
            if best.len() < wanted {
                best.push(ranked);
            } else if let Some(mut worst) = best.peek_mut()
                && ranked < *worst
            {
                *worst = ranked;
            }
        }
        best.into_sorted_vec()
            .into_iter()
            .skip(skip)
            .map(|r| r.id)
            .collect()
    }

    /// The ids of up to `limit` pacts `query` finds, newest first, from
    /// `start`.
    pub fn page(&self, query: &Query, start: &Start, limit: usize) -> Vec<i64> {
        let q = Packed::new(query);
        let (from, skip) = match start {
            Start::Skip(n) => (0, *n),
            Start::After(year, sequence, number, id) => {
                let key = (*year, *sequence, number.as_str(), *id);
                (
                    self.entries
                        .partition_point(|e| self.order_with(e, key).is_ge()),
                    0,
                )
            }
        };
        self.entries[from..]
            .iter()
            .filter(|e| q.matches(e))
            .skip(skip)
            .take(limit)
            .map(|e| i64::from(e.id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: i64, year: i32, sequence: i32, status: Status) -> Record {
        Record {
            id,
            city: 1,
            year: Some(year),
            sequence: Some(sequence),
            number: format!("{year}-{sequence:04}"),
            status,
            kind: PactKind::Ordinary,
            intensity: Intensity::ContinuousCare,
            category: CommonsCategory::GreenSpace,
            district: Some(7),
            parties: vec![PartyKind::Association],
            start: None,
            end: None,
        }
    }

    #[test]
    fn entries_stay_small() {
        assert_eq!(std::mem::size_of::<Entry>(), 32);
    }

    #[test]
    fn pages_come_newest_first_and_resume_after_a_pact() {
        let index = Index::new(&[
            record(1, 2024, 1, Status::Active),
            record(3, 2025, 1, Status::Active),
            record(2, 2024, 2, Status::Rejected),
            Record {
                year: None,
                sequence: None,
                number: "PA-001".into(),
                ..record(4, 0, 0, Status::Active)
            },
        ]);
        let all = Query::default();
        assert_eq!(index.page(&all, &Start::Skip(0), 10), vec![3, 2, 1, 4]);
        assert_eq!(index.page(&all, &Start::Skip(1), 2), vec![2, 1]);
        let after = Start::After(2024, 2, "2024-0002".into(), 2);
        assert_eq!(index.page(&all, &after, 10), vec![1, 4]);
        let active = Query {
            status: Some(Status::Active),
            ..Query::default()
        };
        assert_eq!(index.page(&active, &Start::Skip(0), 10), vec![3, 1, 4]);
        // The year filter never matches a pact without a year.
        let year0 = Query {
            year: Some(0),
            ..Query::default()
        };
        assert!(index.page(&year0, &Start::Skip(0), 10).is_empty());
    }

    #[test]
    fn tallies_count_every_facet() {
        let mut two = record(2, 2024, 2, Status::Rejected);
        two.parties = vec![PartyKind::Individual, PartyKind::School];
        two.district = None;
        two.city = 9;
        let index = Index::new(&[record(1, 2024, 1, Status::Active), two]);
        let tally = index.tally(&Query::default());
        assert_eq!(tally.total, 2);
        assert_eq!(
            tally.status,
            vec![(Status::Active, 1), (Status::Rejected, 1)]
        );
        assert_eq!(
            tally.party,
            vec![
                (PartyKind::Individual, 1),
                (PartyKind::Association, 1),
                (PartyKind::School, 1)
            ]
        );
        assert_eq!(tally.city, BTreeMap::from([(1, 1), (9, 1)]));
        assert_eq!(tally.district, BTreeMap::from([(7, 1)]));
        let school = Query {
            party: Some(PartyKind::School),
            ..Query::default()
        };
        assert_eq!(index.tally(&school).total, 1);
        let nowhere = Query {
            districts: Some(vec![]),
            ..Query::default()
        };
        assert_eq!(index.tally(&nowhere).total, 0);
    }

    #[test]
    fn periods_match_pacts_in_force_at_some_time_of_them() {
        let d = |m| NaiveDate::from_ymd_opt(2025, m, 1);
        let mut signed = record(1, 2024, 1, Status::Active);
        (signed.start, signed.end) = (d(3), d(9));
        let index = Index::new(&[signed, record(2, 2024, 2, Status::UnderReview)]);
        let period = |from, to| Query {
            from,
            to,
            ..Query::default()
        };
        assert_eq!(index.tally(&period(d(1), d(2))).total, 0);
        assert_eq!(index.tally(&period(d(1), d(3))).total, 1);
        assert_eq!(index.tally(&period(d(9), None)).total, 1);
        assert_eq!(index.tally(&period(d(10), None)).total, 0);
        assert_eq!(index.tally(&period(None, d(4))).total, 1);
    }

    #[test]
    fn searches_rank_the_best_matches_first_then_the_newest() {
        let index = Index::new(&[
            record(1, 2024, 1, Status::Active),
            record(2, 2024, 2, Status::Active),
            record(3, 2024, 3, Status::Rejected),
            record(4, 2024, 4, Status::Active),
        ]);
        let found = Query {
            found: Some(Arc::new(Found::new(vec![
                (1, 2.0),
                (2, 1.0),
                (3, 5.0),
                (4, 1.0),
            ]))),
            status: Some(Status::Active),
            ..Query::default()
        };
        assert_eq!(index.ranked(&found, 0, 10), vec![1, 4, 2]);
        assert_eq!(index.ranked(&found, 1, 1), vec![4]);
        assert_eq!(index.tally(&found).total, 3);
    }

    #[test]
    fn found_pacts_are_bits_and_the_scores_other_than_zero() {
        let found = Found::new(
            (1..=300_u16)
                .map(|i| (u32::from(i) * 7, if i > 100 { 0.0 } else { f32::from(i) }))
                .collect(),
        );
        assert_eq!(found.len(), 300);
        assert_eq!(found.scores.len(), 100, "zeros are not kept");
        assert_eq!(found.get(14), Some(2.0));
        assert_eq!(found.get(707), Some(0.0));
        assert_eq!(found.get(15), None);
        assert!(found.contains(2100) && found.contains(7));
        for outside in [0, -1, 6, 8, 2099, 2101, 2107, 4096, i64::MAX] {
            assert!(!found.contains(outside), "{outside}");
            assert_eq!(found.get(outside), None, "{outside}");
        }
        // A bit per pact up to the last found, and the scores.
        assert!(found.bytes() < 2100 / 8 + 8 + 256 * 9, "{}", found.bytes());
        let none = Found::new(Vec::new());
        assert!(none.is_empty() && !none.contains(0));
    }

    #[test]
    fn ranked_pages_are_those_of_a_full_sort() {
        let records: Vec<Record> = (1..=500)
            .map(|i: i32| record(i64::from(i), 2020 + i % 5, i, Status::Active))
            .collect();
        let index = Index::new(&records);
        // Scores with ties, some pacts not found.
        let hits: Vec<(u32, f32)> = (1..=500_u16)
            .filter(|i| i % 4 != 0)
            .map(|i| (u32::from(i), f32::from((i * 37) % 11)))
            .collect();
        let query = Query {
            found: Some(Arc::new(Found::new(hits.clone()))),
            ..Query::default()
        };
        let all = index.page(&Query::default(), &Start::Skip(0), usize::MAX);
        let mut reference: Vec<(f32, usize, i64)> = all
            .iter()
            .enumerate()
            .filter_map(|(position, id)| {
                let score = hits.iter().find(|(h, _)| i64::from(*h) == *id)?.1;
                Some((score, position, *id))
            })
            .collect();
        reference.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let reference: Vec<i64> = reference.into_iter().map(|r| r.2).collect();
        assert_eq!(reference.len(), 375);
        for (skip, limit) in [
            (0, 20),
            (20, 20),
            (360, 20),
            (0, 1000),
            (374, 1),
            (375, 5),
            (3, 0),
        ] {
            let expected: Vec<i64> = reference.iter().skip(skip).take(limit).copied().collect();
            assert_eq!(
                index.ranked(&query, skip, limit),
                expected,
                "{skip} {limit}"
            );
        }
    }

    #[test]
    fn updates_replace_and_insert_in_order() {
        let mut index = Index::new(&[
            record(1, 2024, 1, Status::Submitted),
            record(2, 2024, 3, Status::Active),
        ]);
        index.update(vec![
            record(1, 2024, 1, Status::UnderReview),
            record(5, 2024, 2, Status::Submitted),
        ]);
        assert_eq!(index.len(), 3);
        let all = Query::default();
        assert_eq!(index.page(&all, &Start::Skip(0), 10), vec![2, 5, 1]);
        let review = Query {
            status: Some(Status::UnderReview),
            ..Query::default()
        };
        assert_eq!(index.page(&review, &Start::Skip(0), 10), vec![1]);
    }

    #[test]
    fn numbers_order_as_their_text_whether_made_again_or_kept() {
        let numbered = |id, year, sequence, number: &str| Record {
            number: number.into(),
            ..record(id, year, sequence, Status::Active)
        };
        let records = [
            numbered(1, 2024, 7, "2024-0007"),
            numbered(2, 2024, 7, "2024-0007-R2"),
            numbered(3, 2024, 7, "2024-0007-R10"),
            numbered(4, 2024, 7, "2024-0007-R1"),
            // Not Pacta's own, or not as written out again: kept as text.
            numbered(5, 2024, 7, "2024-00007"),
            numbered(6, 2024, 7, "PA-7"),
            numbered(7, 2024, 7, "2023-0007"),
        ];
        let mut text_order: Vec<(String, i64)> =
            records.iter().map(|r| (r.number.clone(), r.id)).collect();
        text_order.sort_by(|a, b| b.cmp(a));
        let newest_first: Vec<i64> = text_order.iter().map(|(_, id)| *id).collect();
        let mut index = Index::new(&records);
        let all = Query::default();
        assert_eq!(index.page(&all, &Start::Skip(0), 10), newest_first);
        assert_eq!(index.other_numbers.len(), 3, "{:?}", index.other_numbers);
        // Resuming after each pact gives the rest of the order.
        for (at, (number, id)) in text_order.iter().enumerate() {
            let after = Start::After(2024, 7, number.clone(), *id);
            assert_eq!(
                index.page(&all, &after, 10),
                newest_first[at + 1..],
                "{number}"
            );
        }
        // An update may turn a kept number into Pacta's own, and back.
        index.update(vec![numbered(6, 2024, 7, "2024-0007-R3")]);
        assert_eq!(index.other_numbers.len(), 2);
        assert_eq!(index.page(&all, &Start::Skip(0), 2), vec![6, 2]);
        index.update(vec![numbered(4, 2024, 7, "ZZ")]);
        assert_eq!(index.other_numbers.len(), 3);
        assert_eq!(index.page(&all, &Start::Skip(0), 2), vec![4, 6]);
    }
}

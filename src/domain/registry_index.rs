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
use std::collections::{BTreeMap, HashMap, HashSet};
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

/// A packed record but its id (28 bytes; the ids are a column of their
/// own, see [`Index`]).
#[derive(Debug, Clone, Copy)]
struct Entry {
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
    /// Only the pacts a full-text search found, and which of them come
    /// first.
    pub found: Option<Arc<Found>>,
}

/// The pacts a full-text search found, and those of them that come first
/// (their title holds every word): one bit per pact of the registry for
/// each, by id (the registry's scans test every pact: 125 KB each at a
/// million pacts, in the processor's cache).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    members: Bits,
    first: Bits,
    len: usize,
}

/// One bit per id.
#[derive(Debug, Clone, PartialEq, Default)]
struct Bits(Vec<u64>);

impl Bits {
    fn of(ids: &[u32]) -> Bits {
        let top = ids.iter().max().map_or(0, |id| *id as usize / 64 + 1);
        let mut bits = vec![0u64; top];
        for id in ids {
            bits[*id as usize / 64] |= 1 << (id % 64);
        }
        Bits(bits)
    }

    fn has(&self, id: u32) -> bool {
        self.0
            .get(id as usize / 64)
            .is_some_and(|bits| bits >> (id % 64) & 1 == 1)
    }
}

impl Found {
    /// What a search found (`ids`, unique), and which of them come first
    /// (pacts past `u32` are not indexed, see [`Index`]).
    pub fn new(ids: &[u32], first: &[u32]) -> Found {
        Found {
            members: Bits::of(ids),
            first: Bits::of(first),
            len: ids.len(),
        }
    }

    /// How well pact `id` matches: 1 when it comes first, 0 when it was
    /// found otherwise, `None` when it was not found.
    pub fn get(&self, id: i64) -> Option<f64> {
        let id = u32::try_from(id).ok()?;
        self.has(id)
            .then(|| if self.first.has(id) { 1.0 } else { 0.0 })
    }

    fn has(&self, id: u32) -> bool {
        self.members.has(id)
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
        (self.members.0.capacity() + self.first.0.capacity()) * 8
    }
}

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

/// The index: packed records in newest-first order, their ids apart (a
/// search tests each id against what its words found, then reads only
/// the entries found: 4 bytes a pact to scan instead of 32), and the text
/// of the numbers that are not Pacta's own (the others are made again when
/// needed: only pacts of the same year and sequence compare them).
///
/// Pacts whose id is past `u32` are not indexed (none exists in practice:
/// four billion pacts).
#[derive(Debug, Default)]
pub struct Index {
    ids: Vec<u32>,
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
    }
}

impl Index {
    /// An index of `records`.
    pub fn new(records: &[Record]) -> Index {
        let mut index = Index::default();
        index.reserve(records.len());
        for record in records {
            index.push(record);
        }
        index.finish();
        index
    }

    /// Adds a record while building (then [`Index::finish`]), so that the
    /// records need not all be in memory at once.
    pub fn push(&mut self, record: &Record) {
        if let Some((id, entry)) = self.pack(record) {
            self.ids.push(id);
            self.entries.push(entry);
        }
    }

    /// Makes room for `more` records to be pushed, so that building takes
    /// no more memory than the index (a growing vector doubles).
    pub fn reserve(&mut self, more: usize) {
        // A little more, for pacts added while the index is read.
        let more = more + more / 64 + 16;
        self.ids.reserve_exact(more);
        self.entries.reserve_exact(more);
    }

    /// Puts the records pushed in order.
    pub fn finish(&mut self) {
        self.ids.shrink_to_fit();
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
        self.ids.capacity() * 4
            + self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.other_numbers.capacity() * 25
            + others
    }

    fn pack(&mut self, r: &Record) -> Option<(u32, Entry)> {
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
        let entry = Entry {
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
        };
        Some((id, entry))
    }

    /// The number of pact `id`.
    fn number(&self, id: u32, e: &Entry) -> Cow<'_, str> {
        if e.renewal == OTHER_NUMBER {
            return Cow::Borrowed(self.other_numbers.get(&id).map_or("", |n| n));
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
    fn order(&self, (a_id, a): (u32, &Entry), (b_id, b): (u32, &Entry)) -> Ordering {
        (a.year, a.sequence)
            .cmp(&(b.year, b.sequence))
            .then_with(|| self.number(a_id, a).cmp(&self.number(b_id, b)))
            .then(a_id.cmp(&b_id))
    }

    /// How the pact at `at` compares in that order with the pact of this
    /// year, sequence, number and id.
    fn order_with(
        &self,
        at: usize,
        (year, sequence, number, id): (i32, i32, &str, i64),
    ) -> Ordering {
        let (e_id, e) = self.at(at);
        (i32::from(e.year), e.sequence)
            .cmp(&(year, sequence))
            .then_with(|| (*self.number(e_id, e)).cmp(number))
            .then(i64::from(e_id).cmp(&id))
    }

    /// The pact at `at` in the order.
    fn at(&self, at: usize) -> (u32, &Entry) {
        (self.ids[at], &self.entries[at])
    }

    fn sort(&mut self) {
        // Sorts positions, then moves ids and entries where they go: no
        // second copy of the entries.
        let mut order: Vec<usize> = (0..self.ids.len()).collect();
        order.sort_unstable_by(|&a, &b| self.order(self.at(b), self.at(a)));
        permute(&mut self.ids, &order);
        permute(&mut self.entries, &order);
    }

    /// The pacts `q` finds, in order: position, id and entry. A search
    /// tests the ids first and reads only the entries its words found.
    fn matching<'a>(
        &'a self,
        q: &'a Packed<'_>,
    ) -> impl Iterator<Item = (usize, u32, &'a Entry)> + 'a {
        self.matching_from(0, q)
    }

    /// [`Index::matching`] from position `from`.
    fn matching_from<'a>(
        &'a self,
        from: usize,
        q: &'a Packed<'_>,
    ) -> impl Iterator<Item = (usize, u32, &'a Entry)> + 'a {
        self.ids
            .iter()
            .enumerate()
            .skip(from)
            .filter(move |(_, id)| q.found.is_none_or(|found| found.has(**id)))
            .map(|(at, id)| (at, *id, &self.entries[at]))
            .filter(move |(_, _, e)| q.matches(e))
    }

    /// Replaces the records of these pacts (adding those not indexed yet).
    pub fn update(&mut self, records: Vec<Record>) {
        let changed: HashSet<i64> = records.iter().map(|r| r.id).collect();
        let mut kept = 0;
        for at in 0..self.ids.len() {
            if !changed.contains(&i64::from(self.ids[at])) {
                self.ids[kept] = self.ids[at];
                self.entries[kept] = self.entries[at];
                kept += 1;
            }
        }
        self.ids.truncate(kept);
        self.entries.truncate(kept);
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
            let Some((id, entry)) = self.pack(&record) else {
                continue;
            };
            let at = partition_point(self.ids.len(), |at| {
                self.order(self.at(at), (id, &entry)).is_gt()
            });
            self.ids.insert(at, id);
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
        let mut city = ById::default();
        let mut district = ById::default();
        let mut total = 0;
        for (_, _, e) in self.matching(&q) {
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
            city.add(e.city);
            if e.district != 0 {
                district.add(e.district);
            }
        }
        Tally {
            total,
            status: named(&status),
            kind: named(&kind),
            intensity: named(&intensity),
            category: named(&category),
            party: named(&party),
            city: city.counts(),
            district: district.counts(),
        }
    }

    /// The ids of up to `limit` pacts a full-text search finds (with the
    /// other filters of `query`), those whose title holds the words first,
    /// then the others, each newest first, after `skip`.
    pub fn ranked(&self, query: &Query, skip: usize, limit: usize) -> Vec<i64> {
        let Some(found) = query.found.as_deref() else {
            return self.page(query, &Start::Skip(skip), limit);
        };
        let q = Packed::new(query);
        let wanted = skip.saturating_add(limit);
        // One scan, keeping up to `wanted` of those that come first and of
        // the others (each newest first): memory for a page, however many
        // pacts the search found.
        let (mut first, mut rest) = (Vec::new(), Vec::new());
        for (_, id, _) in self.matching(&q) {
            if first.len() >= wanted {
                break;
            }
            if found.first.has(id) {
                first.push(id);
            } else if rest.len() < wanted {
                rest.push(id);
            }
        }
        first
            .into_iter()
            .chain(rest)
            .skip(skip)
            .take(limit)
            .map(i64::from)
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
                    partition_point(self.ids.len(), |at| self.order_with(at, key).is_ge()),
                    0,
                )
            }
        };
        self.matching_from(from, &q)
            .skip(skip)
            .take(limit)
            .map(|(_, id, _)| i64::from(id))
            .collect()
    }
}

/// Counts by id: an array for the small ids databases give (cities and
/// districts number in the hundreds), a map past them. Counting a million
/// pacts by city and district in maps took most of a tally.
#[derive(Debug, Default)]
struct ById {
    small: Vec<i64>,
    large: BTreeMap<i64, i64>,
}

impl ById {
    /// Ids under this are counted in the array.
    const SMALL: usize = 1 << 16;

    fn add(&mut self, id: u32) {
        let at = id as usize;
        if at < Self::SMALL {
            if at >= self.small.len() {
                self.small.resize(at + 1, 0);
            }
            self.small[at] += 1;
        } else {
            *self.large.entry(i64::from(id)).or_default() += 1;
        }
    }

    fn counts(self) -> BTreeMap<i64, i64> {
        let mut counts = self.large;
        for (id, count) in self.small.into_iter().enumerate() {
            if count > 0 {
                counts.insert(i64::try_from(id).unwrap_or(i64::MAX), count);
            }
        }
        counts
    }
}

/// The first of positions `0..len` for which `before` is false (`before`
/// true for a prefix, false after), as `slice::partition_point`.
fn partition_point(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, len);
    while low < high {
        let middle = low + (high - low) / 2;
        if before(middle) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// Puts `items` in `order`: the item at `i` becomes the one that was at
/// `order[i]` (`order` a permutation). In place, following each cycle.
fn permute<T: Copy>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        if done[start] {
            continue;
        }
        let first = items[start];
        let mut at = start;
        loop {
            done[at] = true;
            let next = order[at];
            if next == start {
                items[at] = first;
                break;
            }
            items[at] = items[next];
            at = next;
        }
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
        assert_eq!(std::mem::size_of::<Entry>(), 28);
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
        // Past the ids counted in an array.
        two.city = 70_000;
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
        assert_eq!(tally.city, BTreeMap::from([(1, 1), (70_000, 1)]));
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
    fn searches_rank_title_matches_first_then_the_newest() {
        let index = Index::new(&[
            record(1, 2024, 1, Status::Active),
            record(2, 2024, 2, Status::Active),
            record(3, 2024, 3, Status::Rejected),
            record(4, 2024, 4, Status::Active),
        ]);
        let found = Query {
            found: Some(Arc::new(Found::new(&[1, 2, 3, 4], &[2, 3]))),
            status: Some(Status::Active),
            ..Query::default()
        };
        assert_eq!(index.ranked(&found, 0, 10), vec![2, 4, 1]);
        assert_eq!(index.ranked(&found, 1, 1), vec![4]);
        assert_eq!(index.tally(&found).total, 3);
    }

    #[test]
    fn found_pacts_are_bits_and_those_first_score_one() {
        let ids: Vec<u32> = (1..=300).map(|i| i * 7).collect();
        let found = Found::new(&ids, &[14, 707]);
        assert_eq!(found.len(), 300);
        assert_eq!(found.get(14), Some(1.0));
        assert_eq!(found.get(707), Some(1.0));
        assert_eq!(found.get(21), Some(0.0));
        assert_eq!(found.get(15), None);
        assert!(found.contains(2100) && found.contains(7));
        for outside in [0, -1, 6, 8, 2099, 2101, 2107, 4096, i64::MAX] {
            assert!(!found.contains(outside), "{outside}");
            assert_eq!(found.get(outside), None, "{outside}");
        }
        // A bit per pact up to the last found, for each set.
        assert_eq!(found.bytes(), (2100 / 64 + 1 + 707 / 64 + 1) * 8);
        let none = Found::new(&[], &[]);
        assert!(none.is_empty() && !none.contains(0));
    }

    #[test]
    fn ranked_pages_are_those_of_a_full_sort() {
        let records: Vec<Record> = (1..=500)
            .map(|i: i32| record(i64::from(i), 2020 + i % 5, i, Status::Active))
            .collect();
        let index = Index::new(&records);
        // Some pacts not found, some first.
        let ids: Vec<u32> = (1..=500).filter(|i| i % 4 != 0).collect();
        let first: Vec<u32> = ids.iter().copied().filter(|i| i % 3 == 0).collect();
        let query = Query {
            found: Some(Arc::new(Found::new(&ids, &first))),
            ..Query::default()
        };
        let all = index.page(&Query::default(), &Start::Skip(0), usize::MAX);
        let mut reference: Vec<(bool, usize, i64)> = all
            .iter()
            .enumerate()
            .filter_map(|(position, id)| {
                let id32 = u32::try_from(*id).ok()?;
                ids.contains(&id32)
                    .then(|| (!first.contains(&id32), position, *id))
            })
            .collect();
        reference.sort_unstable();
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

    #[test]
    fn permutations_move_every_item_where_the_order_says() {
        let mut items: Vec<char> = "abcdefg".chars().collect();
        permute(&mut items, &[3, 0, 1, 2, 6, 5, 4]);
        assert_eq!(items.iter().collect::<String>(), "dabcgfe");
        // Records pushed in any order come out newest first, ids with them.
        let shuffled: Vec<Record> = [5, 1, 4, 2, 3]
            .into_iter()
            .map(|s| record(i64::from(s) * 10, 2024, s, Status::Active))
            .collect();
        let index = Index::new(&shuffled);
        let all = Query::default();
        assert_eq!(
            index.page(&all, &Start::Skip(0), 9),
            vec![50, 40, 30, 20, 10]
        );
    }
}

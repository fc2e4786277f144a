//! The public registry's queries: the filters as one boxed query on
//! `pacts` (with full-text search through [`super::search`]), a page of
//! results ranked or newest first, the facet counts of a search, the
//! excerpts that show why a pact matched, and the latest changes for the
//! feeds.

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::Bool;
use serde::Serialize;

use super::pacts::{Highlight, PactListItem, PactRow, list_items};
use super::registry_index::RegistryIndex;
use super::schema::{cities, commons, districts, pact_parties, pact_versions, pacts, parties};
use super::search::{self, Dialect};
use super::{Db, DbConn};
use crate::domain::filter::{Cursor, PAGE_SIZE, RegistryFilter};
use crate::domain::lifecycle::Status;
use crate::domain::registry_index::{Found, Query, Start};
use crate::domain::search::{TextLanguage, TextQuery};
use crate::domain::text::PactText;
use crate::domain::vocab::{
    CommonsCategory, Intensity, PactKind, PartyKind, PartyRole, Vocabulary,
};

/// A page of the registry.
#[derive(Debug, Clone, Serialize)]
pub struct RegistryPage {
    /// Pacts on this page.
    pub items: Vec<PactListItem>,
    /// Pacts matching the filters.
    pub total: i64,
    /// This page, from 1.
    pub page: u32,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// Where the next page starts (`cursor=`), when there is one: stable
    /// while pacts are added, unlike page numbers.
    pub next_cursor: Option<String>,
}

/// The registry filters as one condition on `pacts`. Filters on other
/// tables are subqueries on indexed columns, so that the same condition
/// serves the page, its count and its facets.
pub(super) fn condition(filter: &RegistryFilter, dialect: Dialect) -> search::Filter {
    let mut all: Vec<search::Filter> = Vec::new();
    if let Some(city) = &filter.city {
        let city = cities::table
            .filter(cities::slug.eq(city.clone()))
            .select(cities::id);
        all.push(Box::new(pacts::city_id.eq_any(city)));
    }
    if let Some(status) = filter.status {
        all.push(Box::new(pacts::status.eq(status.name())));
    }
    if let Some(kind) = filter.kind {
        all.push(Box::new(pacts::kind.eq(kind.name())));
    }
    if let Some(intensity) = filter.intensity {
        all.push(Box::new(pacts::intensity.eq(intensity.name())));
    }
    if let Some(year) = filter.year {
        all.push(Box::new(pacts::year.eq(year).assume_not_null()));
    }
    if let Some(district) = &filter.district {
        let districts = districts::table
            .filter(districts::slug.eq(district.clone()))
            .select(districts::id);
        let commons = commons::table
            .filter(commons::district_id.eq_any(districts.nullable()))
            .select(commons::id);
        all.push(Box::new(pacts::commons_id.eq_any(commons)));
    }
    if let Some(category) = filter.category {
        let commons = commons::table
            .filter(commons::category.eq(category.name()))
            .select(commons::id);
        all.push(Box::new(pacts::commons_id.eq_any(commons)));
    }
    if let Some(party) = filter.party {
        let with_party = pact_parties::table
            .inner_join(parties::table)
            .filter(parties::kind.eq(party.name()))
            .filter(pact_parties::role.ne(PartyRole::City.name()))
            .select(pact_parties::pact_id);
        all.push(Box::new(pacts::id.eq_any(with_party)));
    }
    // In force at some time of the period: started by its end, not ended
    // before its start (pacts never signed have no dates).
    if let Some(to) = filter.to {
        all.push(Box::new(pacts::start_date.le(to).assume_not_null()));
    }
    if let Some(from) = filter.from {
        all.push(Box::new(pacts::end_date.ge(from).assume_not_null()));
    }
    if let Some(text) = filter.text() {
        all.push(search::matching(dialect, &text));
    }
    all.into_iter()
        .reduce(|a, b| Box::new(a.and(b)))
        .unwrap_or_else(|| Box::new(true.into_sql::<Bool>()))
}

/// The pacts matching the filters, as a query to complete.
fn filtered(filter: &RegistryFilter, dialect: Dialect) -> pacts::BoxedQuery<'static, Db> {
    pacts::table.filter(condition(filter, dialect)).into_boxed()
}

/// The newest-first order: by year and sequence of submission (pacts
/// imported without them last: NULL counts as 0, as both databases sort
/// NULL differently), then number.
const NEWEST_FIRST: &str =
    "COALESCE(pacts.year, 0) DESC, COALESCE(pacts.sequence, 0) DESC, pacts.number DESC";

/// [`NEWEST_FIRST`] as an order clause.
pub(super) fn newest_first() -> diesel::expression::SqlLiteral<diesel::sql_types::Integer> {
    diesel::dsl::sql::<diesel::sql_types::Integer>(NEWEST_FIRST)
}

/// The registry filters as the in-memory index answers them: slugs
/// resolved to ids, words to the pacts that contain them.
fn resolve(
    conn: &mut DbConn,
    index: &RegistryIndex,
    filter: &RegistryFilter,
) -> QueryResult<Query> {
    let city = match &filter.city {
        // An unknown city matches nothing (no pact has id -1).
        Some(slug) => Some(
            cities::table
                .filter(cities::slug.eq(slug))
                .select(cities::id)
                .first(conn)
                .optional()?
                .unwrap_or(-1),
        ),
        None => None,
    };
    let districts = match &filter.district {
        Some(slug) => Some(
            districts::table
                .filter(districts::slug.eq(slug))
                .select(districts::id)
                .load(conn)?,
        ),
        None => None,
    };
    // What a search finds, once per state of the registry.
    let found = match filter.text() {
        Some(text) => Some(index.memo_sized(
            conn,
            &format!("found {}", text.fts5()),
            Found::bytes,
            |conn, _| search::found(conn, &text),
        )?),
        None => None,
    };
    Ok(Query {
        city,
        status: filter.status,
        kind: filter.kind,
        intensity: filter.intensity,
        year: filter.year,
        districts,
        category: filter.category,
        party: filter.party,
        from: filter.from,
        to: filter.to,
        found,
    })
}

/// What names a search's counts: its filters, whatever the page.
fn tally_key(filter: &RegistryFilter) -> String {
    let search = RegistryFilter {
        page: 1,
        cursor: None,
        ..filter.clone()
    };
    format!("{search:?}")
}

/// One page of the registry: title matches first when searching words,
/// else the newest pacts first.
pub fn search(
    conn: &mut DbConn,
    index: &RegistryIndex,
    filter: &RegistryFilter,
) -> QueryResult<RegistryPage> {
    let query = resolve(conn, index, filter)?;
    page_of(conn, index, filter, &query)
}

/// A page of the registry and its facets, the filters resolved once.
pub fn search_with_facets(
    conn: &mut DbConn,
    index: &RegistryIndex,
    filter: &RegistryFilter,
) -> QueryResult<(RegistryPage, Facets)> {
    let query = resolve(conn, index, filter)?;
    let page = page_of(conn, index, filter, &query)?;
    Ok((page, facets_of(conn, index, filter, &query)?))
}

fn page_of(
    conn: &mut DbConn,
    index: &RegistryIndex,
    filter: &RegistryFilter,
    query: &Query,
) -> QueryResult<RegistryPage> {
    let total = index.tally(conn, &tally_key(filter), query)?.total;
    let text = filter.text();
    // A cursor replaces the page number: after a pact (newest first), or
    // after a number of results (ranked searches, whose order has no key).
    let offset = match &filter.cursor {
        Some(Cursor::Skip(n)) => i64::from(*n),
        Some(Cursor::After(..)) => 0,
        None => filter.offset(),
    };
    let ids = if text.is_some() {
        index.ranked(
            conn,
            &tally_key(filter),
            query,
            usize::try_from(offset).unwrap_or(usize::MAX),
            PAGE_SIZE as usize,
        )?
    } else {
        let start = match &filter.cursor {
            Some(Cursor::After(year, sequence, number, id)) => {
                Start::After(*year, *sequence, number.clone(), *id)
            }
            _ => Start::Skip(usize::try_from(offset).unwrap_or(usize::MAX)),
        };
        index.page(conn, query, &start, PAGE_SIZE as usize)?
    };
    let mut rows: Vec<PactRow> = pacts::table
        .filter(pacts::id.eq_any(&ids))
        .select(PactRow::as_select())
        .load(conn)?;
    rows.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
    let next_cursor = (rows.len() == PAGE_SIZE as usize)
        .then(|| match (&text, rows.last()) {
            (Some(_), _) | (None, None) => Cursor::Skip(
                u32::try_from(offset)
                    .unwrap_or(u32::MAX)
                    .saturating_add(PAGE_SIZE),
            ),
            (None, Some(last)) => Cursor::After(
                last.year.unwrap_or(0),
                last.sequence.unwrap_or(0),
                last.number.clone(),
                last.id,
            ),
        })
        .map(|c| c.encode());
    let mut items = list_items(conn, rows)?;
    if let Some(text) = &text {
        highlight(conn, &mut items, text)?;
    }
    let pages = u32::try_from((total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE))
        .unwrap_or(u32::MAX)
        .max(1);
    Ok(RegistryPage {
        items,
        total,
        page: filter.page,
        pages,
        next_cursor,
    })
}

/// The registry's answer computed by SQL alone, without the index: how
/// many pacts the filters find, and the ids of the first `limit`, newest
/// first. A check on the index (tests and benchmarks compare both).
pub fn by_sql(
    conn: &mut DbConn,
    filter: &RegistryFilter,
    limit: i64,
) -> QueryResult<(i64, Vec<i64>)> {
    let dialect = Dialect::of(conn);
    let total = filtered(filter, dialect).count().get_result(conn)?;
    let ids = filtered(filter, dialect)
        .order(newest_first())
        .then_order_by(pacts::id.desc())
        .limit(limit)
        .select(pacts::id)
        .load(conn)?;
    Ok((total, ids))
}

/// The `limit` pacts matching the filters that changed last, latest
/// first (for the Atom feeds).
pub fn recently_changed(
    conn: &mut DbConn,
    filter: &RegistryFilter,
    limit: i64,
) -> QueryResult<Vec<PactListItem>> {
    let rows: Vec<PactRow> = filtered(filter, Dialect::of(conn))
        .order((pacts::updated_at.desc(), pacts::id.desc()))
        .limit(limit)
        .select(PactRow::as_select())
        .load(conn)?;
    list_items(conn, rows)
}

/// Words of the excerpt shown under a pact found by a search.
const EXCERPT_WORDS: usize = 30;

/// Marks where a search found its words in each pact of a page.
fn highlight(conn: &mut DbConn, items: &mut [PactListItem], text: &TextQuery) -> QueryResult<()> {
    let ids: Vec<i64> = items.iter().map(|i| i.pact.id).collect();
    let languages: BTreeMap<String, String> = cities::table
        .select((cities::slug, cities::language))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    let versions: Vec<(i64, i32, String)> = pact_versions::table
        .filter(pact_versions::pact_id.eq_any(&ids))
        .select((
            pact_versions::pact_id,
            pact_versions::number,
            pact_versions::content,
        ))
        .load(conn)?;
    for item in items {
        let language =
            TextLanguage::from_code(languages.get(&item.city.slug).map_or("fr", String::as_str));
        let wanted = item.pact.version_in_force.or_else(|| {
            versions
                .iter()
                .filter(|v| v.0 == item.pact.id)
                .map(|v| v.1)
                .max()
        });
        let body = versions
            .iter()
            .find(|v| v.0 == item.pact.id && Some(v.1) == wanted)
            .and_then(|v| serde_json::from_str::<PactText>(&v.2).ok());
        let excerpt = body.and_then(|body| {
            let paragraphs = body
                .articles
                .iter()
                .flat_map(|a| a.paragraphs.iter().map(String::as_str));
            text.excerpt(paragraphs, language, EXCERPT_WORDS)
        });
        item.highlight = Some(Highlight {
            title: text.highlight(&item.pact.title, language),
            summary: text.highlight(&item.pact.summary, language),
            excerpt,
        });
    }
    Ok(())
}

/// How many pacts of a search have one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count<V> {
    /// The value.
    pub value: V,
    /// How many pacts.
    pub count: i64,
}

/// How many pacts of a search have a named place (city or district).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// URL name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// How many pacts.
    pub count: i64,
}

/// The facets of a search: for each filter, how many of the pacts found
/// have each value (values with none left out), so that a visitor sees
/// where a narrower search leads before taking it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// By city.
    pub city: Vec<Place>,
    /// By district (when one city is chosen).
    pub district: Vec<Place>,
    /// By status.
    pub status: Vec<Count<Status>>,
    /// By kind.
    pub kind: Vec<Count<PactKind>>,
    /// By intensity.
    pub intensity: Vec<Count<Intensity>>,
    /// By commons category.
    pub category: Vec<Count<CommonsCategory>>,
    /// By kind of party (a pact counts once for each kind among its
    /// parties, the city aside).
    pub party: Vec<Count<PartyKind>>,
}

/// Counts as the facets show them.
fn counts<V>(pairs: &[(V, i64)]) -> Vec<Count<V>>
where
    V: Copy,
{
    pairs
        .iter()
        .map(|&(value, count)| Count { value, count })
        .collect()
}

/// The facet counts of a search (from the registry's index).
pub fn facets(
    conn: &mut DbConn,
    index: &RegistryIndex,
    filter: &RegistryFilter,
) -> QueryResult<Facets> {
    let query = resolve(conn, index, filter)?;
    facets_of(conn, index, filter, &query)
}

fn facets_of(
    conn: &mut DbConn,
    index: &RegistryIndex,
    filter: &RegistryFilter,
    query: &Query,
) -> QueryResult<Facets> {
    let tally = index.tally(conn, &tally_key(filter), query)?;
    let mut city: Vec<Place> = cities::table
        .select((cities::id, cities::slug, cities::name))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .filter_map(|(id, slug, name)| {
            tally
                .city
                .get(&id)
                .map(|&count| Place { slug, name, count })
        })
        .collect();
    city.sort_by(|a, b| a.name.cmp(&b.name));
    let district = match &filter.city {
        Some(slug) => {
            let mut places: Vec<Place> = districts::table
                .inner_join(cities::table)
                .filter(cities::slug.eq(slug))
                .select((districts::id, districts::slug, districts::name))
                .load::<(i64, String, String)>(conn)?
                .into_iter()
                .filter_map(|(id, slug, name)| {
                    tally
                        .district
                        .get(&id)
                        .map(|&count| Place { slug, name, count })
                })
                .collect();
            places.sort_by(|a, b| a.name.cmp(&b.name));
            places
        }
        None => Vec::new(),
    };
    Ok(Facets {
        city,
        district,
        status: counts(&tally.status),
        kind: counts(&tally.kind),
        intensity: counts(&tally.intensity),
        category: counts(&tally.category),
        party: counts(&tally.party),
    })
}

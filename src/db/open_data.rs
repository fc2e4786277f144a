//! The registry's open data, read in batches by pact id (keyset), so that
//! a whole export streams in constant memory.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use super::registry::condition;
use super::schema::{cities, commons, districts, pact_parties, pact_versions, pacts, parties};
use super::search::Dialect;
use super::{DbConn, vocab};
use crate::domain::filter::RegistryFilter;
use crate::domain::lifecycle::Status;
use crate::domain::open_data::Record;
use crate::domain::vocab::{
    CommonsCategory, CommonsKind, Intensity, PactKind, PartyKind, PartyRole, Vocabulary,
};

type PactCells = (
    i64,
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    i32,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<i32>,
    Option<i32>,
);

/// Up to `limit` records of pacts matching `filter` with an id above
/// `after`, by id; with the last id read, to ask for the next batch.
pub fn batch(
    conn: &mut DbConn,
    filter: &RegistryFilter,
    after: i64,
    limit: i64,
    site: &str,
) -> QueryResult<(Vec<Record>, Option<i64>)> {
    let rows: Vec<PactCells> = pacts::table
        .filter(condition(filter, Dialect::of(conn)))
        .filter(pacts::id.gt(after))
        .order(pacts::id)
        .limit(limit)
        .select((
            pacts::id,
            pacts::city_id,
            pacts::commons_id,
            pacts::number,
            pacts::title,
            pacts::summary,
            pacts::status,
            pacts::kind,
            pacts::intensity,
            pacts::term,
            pacts::submitted_on,
            pacts::start_date,
            pacts::end_date,
            pacts::duration_months,
            pacts::version_in_force,
        ))
        .load(conn)?;
    let last = rows.last().map(|r| r.0);
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let cities: BTreeMap<i64, (String, String)> = cities::table
        .select((cities::id, cities::slug, cities::name))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, slug, name)| (id, (slug, name)))
        .collect();
    let commons_ids: Vec<i64> = rows.iter().map(|r| r.2).collect();
    let commons = commons_of(conn, &commons_ids)?;
    let mut parties_of = parties_of(conn, &ids)?;
    let versions = versions_of(conn, &ids)?;
    let mut records = Vec::with_capacity(rows.len());
    for row in rows {
        let (slug, city_name) = cities.get(&row.1).cloned().unwrap_or_default();
        let c = commons.get(&row.2).ok_or(diesel::result::Error::NotFound)?;
        let parties = parties_of.remove(&row.0).unwrap_or_default();
        let organisations: Vec<&str> = parties
            .iter()
            .filter(|(kind, name)| !kind.is_private_person() && !name.is_empty())
            .map(|(_, name)| name.as_str())
            .collect();
        let kinds: Vec<&str> = parties.iter().map(|(kind, _)| kind.name()).collect();
        let text_sha256 = versions.get(&row.0).and_then(|all| {
            let wanted = row.14.or_else(|| all.iter().map(|v| v.0).max())?;
            all.iter().find(|v| v.0 == wanted).map(|v| v.1.clone())
        });
        records.push(Record {
            url: format!("{site}/cities/{slug}/pacts/{}", row.3),
            city: slug,
            city_name,
            number: row.3,
            title: row.4,
            summary: row.5,
            status: vocab::<Status>(&row.6)?.name(),
            kind: vocab::<PactKind>(&row.7)?.name(),
            intensity: vocab::<Intensity>(&row.8)?.name(),
            term: u32::try_from(row.9).unwrap_or(0),
            submitted_on: row.10,
            start_date: row.11,
            end_date: row.12,
            duration_months: row.13.and_then(|m| u32::try_from(m).ok()),
            commons: c.1.clone(),
            commons_name: c.2.clone(),
            commons_kind: vocab::<CommonsKind>(&c.3)?.name(),
            commons_category: vocab::<CommonsCategory>(&c.4)?.name(),
            address: c.5.clone(),
            district: c.8.clone(),
            latitude: c.6,
            longitude: c.7,
            organisations: organisations.join("; "),
            party_kinds: kinds.join("; "),
            text_sha256,
        });
    }
    Ok((records, last))
}

/// A commons' cells: id, slug, name, kind, category, address, latitude,
/// longitude, district.
type CommonsCells = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<f64>,
    Option<f64>,
    Option<String>,
);

fn commons_of(conn: &mut DbConn, ids: &[i64]) -> QueryResult<BTreeMap<i64, CommonsCells>> {
    Ok(commons::table
        .left_join(districts::table)
        .filter(commons::id.eq_any(ids))
        .select((
            commons::id,
            commons::slug,
            commons::name,
            commons::kind,
            commons::category,
            commons::address,
            commons::latitude,
            commons::longitude,
            districts::name.nullable(),
        ))
        .load::<CommonsCells>(conn)?
        .into_iter()
        .map(|c| (c.0, c))
        .collect())
}

/// The parties of pacts, the city aside, in order: kind and name.
fn parties_of(
    conn: &mut DbConn,
    ids: &[i64],
) -> QueryResult<BTreeMap<i64, Vec<(PartyKind, String)>>> {
    let mut parties_of: BTreeMap<i64, Vec<(PartyKind, String)>> = BTreeMap::new();
    for (pact_id, kind, name) in pact_parties::table
        .inner_join(parties::table)
        .filter(pact_parties::pact_id.eq_any(ids))
        .filter(pact_parties::role.ne(PartyRole::City.name()))
        .order((pact_parties::pact_id, pact_parties::position))
        .select((pact_parties::pact_id, parties::kind, parties::name))
        .load::<(i64, String, String)>(conn)?
    {
        parties_of
            .entry(pact_id)
            .or_default()
            .push((vocab(&kind)?, name));
    }
    Ok(parties_of)
}

/// The versions of pacts: number and SHA-256.
fn versions_of(conn: &mut DbConn, ids: &[i64]) -> QueryResult<BTreeMap<i64, Vec<(i32, String)>>> {
    let mut versions: BTreeMap<i64, Vec<(i32, String)>> = BTreeMap::new();
    for (pact_id, number, sha) in pact_versions::table
        .filter(pact_versions::pact_id.eq_any(ids))
        .select((
            pact_versions::pact_id,
            pact_versions::number,
            pact_versions::sha256,
        ))
        .load::<(i64, i32, String)>(conn)?
    {
        versions.entry(pact_id).or_default().push((number, sha));
    }
    Ok(versions)
}

//! The full-text index of pacts (`pact_search`, and on SQLite
//! `pact_titles`): SQLite's FTS5 or PostgreSQL's text search, written from
//! the terms `domain::search` makes. A pact is indexed again with each
//! event of its history (every change of its text, parties or status
//! records one), in the same transaction; the registry's queries use
//! [`matching`] and [`found`].

use diesel::dsl::sql;

use diesel::connection::DefaultLoadingMode;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Text};

use super::schema::{cities, commons, districts, pact_parties, pact_versions, pacts, parties};
use super::{Db, DbConn, vocab};
use crate::domain::registry_index::Found;
use crate::domain::search::{TextLanguage, TextQuery, index_terms};
use crate::domain::text::PactText;
use crate::domain::vocab::PartyKind;

/// Which database dialect a query is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite (FTS5).
    Sqlite,
    /// PostgreSQL (`tsvector`).
    Pg,
}

impl Dialect {
    /// The dialect of a connection.
    pub fn of(conn: &DbConn) -> Dialect {
        match conn {
            DbConn::Pg(_) => Dialect::Pg,
            DbConn::Sqlite(_) => Dialect::Sqlite,
        }
    }
}

/// A condition on pacts, for the registry's boxed queries.
pub type Filter = Box<dyn BoxableExpression<pacts::table, Db, SqlType = Bool>>;

/// `pacts.id` among the pacts a search finds.
pub fn matching(dialect: Dialect, query: &TextQuery) -> Filter {
    match dialect {
        Dialect::Sqlite => Box::new(
            sql::<Bool>("pacts.id IN (SELECT rowid FROM pact_search WHERE pact_search MATCH ")
                .bind::<Text, _>(query.fts5())
                .sql(")"),
        ),
        Dialect::Pg => Box::new(
            sql::<Bool>(
                "pacts.id IN (SELECT pact_id FROM pact_search \
                 WHERE document @@ to_tsquery('simple', ",
            )
            .bind::<Text, _>(query.tsquery())
            .sql("))"),
        ),
    }
}

/// The pacts a search finds, and among them those whose title (or
/// commons) holds every word: those come first, then the rest, each newest
/// first. Two queries of the index, neither of which reads a match's
/// document.
///
/// Pacta ranked by BM25 (FTS5) and `ts_rank` before: both read every
/// match's document, and BM25 the whole list of each word to weigh it,
/// which for words found in a large share of a million pacts took
/// 50–200 ms on SQLite and seconds on PostgreSQL, and the two databases
/// ordered differently. The order now is the same on both, and easy to
/// explain to a reader.
pub fn found(conn: &mut DbConn, query: &TextQuery) -> QueryResult<Found> {
    let everywhere = ids(conn, query, Within::Everywhere)?;
    if everywhere.is_empty() {
        return Ok(Found::new(&everywhere, &[]));
    }
    let in_title = ids(conn, query, Within::Title)?;
    Ok(Found::new(&everywhere, &in_title))
}

/// Where a search looks for its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    /// Anywhere in a pact's entry.
    Everywhere,
    /// In its title and commons.
    Title,
}

/// The pacts whose entry holds the words (`within`).
fn ids(conn: &mut DbConn, query: &TextQuery, within: Within) -> QueryResult<Vec<u32>> {
    let rows = match (Dialect::of(conn), within) {
        (Dialect::Sqlite, Within::Everywhere) => {
            diesel::sql_query("SELECT rowid AS id FROM pact_search WHERE pact_search MATCH $1")
                .bind::<Text, _>(query.fts5())
                .load_iter::<Id, DefaultLoadingMode>(conn)?
        }
        (Dialect::Sqlite, Within::Title) => {
            diesel::sql_query("SELECT rowid AS id FROM pact_titles WHERE pact_titles MATCH $1")
                .bind::<Text, _>(query.fts5())
                .load_iter::<Id, DefaultLoadingMode>(conn)?
        }
        (Dialect::Pg, Within::Everywhere) => diesel::sql_query(
            "SELECT pact_id AS id FROM pact_search WHERE document @@ to_tsquery('simple', $1)",
        )
        .bind::<Text, _>(query.tsquery())
        .load_iter::<Id, DefaultLoadingMode>(conn)?,
        (Dialect::Pg, Within::Title) => diesel::sql_query(
            "SELECT pact_id AS id FROM pact_search \
             WHERE to_tsvector('simple', title) @@ to_tsquery('simple', $1)",
        )
        .bind::<Text, _>(query.tsquery())
        .load_iter::<Id, DefaultLoadingMode>(conn)?,
    };
    // Read row by row: common words match most of a million pacts.
    let mut found = Vec::new();
    for row in rows {
        if let Ok(id) = u32::try_from(row?.id) {
            found.push(id);
        }
    }
    Ok(found)
}

/// What is indexed of a pact.
struct Document {
    language: TextLanguage,
    title: Vec<String>,
    body: Vec<String>,
}

fn document(conn: &mut DbConn, pact_id: i64) -> QueryResult<Document> {
    let (title, summary, version, language, commons_name, address, district): (
        String,
        String,
        Option<i32>,
        String,
        String,
        String,
        Option<String>,
    ) = pacts::table
        .inner_join(cities::table.on(cities::id.eq(pacts::city_id)))
        .inner_join(commons::table.left_join(districts::table))
        .filter(pacts::id.eq(pact_id))
        .select((
            pacts::title,
            pacts::summary,
            pacts::version_in_force,
            cities::language,
            commons::name,
            commons::address,
            districts::name.nullable(),
        ))
        .first(conn)?;
    let mut body = vec![summary, address];
    body.extend(district);
    for (kind, name, public_name) in pact_parties::table
        .inner_join(parties::table)
        .filter(pact_parties::pact_id.eq(pact_id))
        .select((parties::kind, parties::name, parties::public_name))
        .load::<(String, String, Option<String>)>(conn)?
    {
        let kind: PartyKind = vocab(&kind)?;
        body.extend(if kind.is_private_person() {
            public_name
        } else {
            Some(name)
        });
    }
    let versions = pact_versions::table
        .filter(pact_versions::pact_id.eq(pact_id))
        .select(pact_versions::content)
        .order(pact_versions::number.desc())
        .into_boxed();
    let content: Option<String> = match version {
        Some(number) => versions.filter(pact_versions::number.eq(number)),
        None => versions,
    }
    .first(conn)
    .optional()?;
    if let Some(text) = content.and_then(|c| serde_json::from_str::<PactText>(&c).ok()) {
        for article in text.articles {
            body.push(article.heading);
            body.extend(article.paragraphs);
        }
    }
    Ok(Document {
        language: TextLanguage::from_code(&language),
        title: vec![title, commons_name],
        body,
    })
}

/// Writes a pact's entry of the index (again); the caller holds the
/// transaction that changed it.
pub fn index(conn: &mut DbConn, pact_id: i64) -> QueryResult<()> {
    let doc = document(conn, pact_id)?;
    let title = index_terms(&doc.title, doc.language);
    let body = index_terms(&doc.body, doc.language);
    match conn {
        DbConn::Sqlite(c) => {
            diesel::sql_query("DELETE FROM pact_search WHERE rowid = ?")
                .bind::<BigInt, _>(pact_id)
                .execute(c)?;
            diesel::sql_query("INSERT INTO pact_search (rowid, title, body) VALUES (?, ?, ?)")
                .bind::<BigInt, _>(pact_id)
                .bind::<Text, _>(&title)
                .bind::<Text, _>(body)
                .execute(c)?;
            diesel::sql_query("DELETE FROM pact_titles WHERE rowid = ?")
                .bind::<BigInt, _>(pact_id)
                .execute(c)?;
            diesel::sql_query("INSERT INTO pact_titles (rowid, title) VALUES (?, ?)")
                .bind::<BigInt, _>(pact_id)
                .bind::<Text, _>(title)
                .execute(c)?;
        }
        DbConn::Pg(c) => {
            diesel::sql_query(
                "INSERT INTO pact_search (pact_id, title, body) VALUES ($1, $2, $3) \
                 ON CONFLICT (pact_id) DO UPDATE SET title = excluded.title, body = excluded.body",
            )
            .bind::<BigInt, _>(pact_id)
            .bind::<Text, _>(title)
            .bind::<Text, _>(body)
            .execute(c)?;
        }
    }
    Ok(())
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Indexes the pacts that have no entry yet (those recorded before the
/// index existed, or imported); returns how many.
pub fn index_missing(conn: &mut DbConn) -> QueryResult<usize> {
    let query = match Dialect::of(conn) {
        Dialect::Sqlite => {
            "SELECT id FROM pacts WHERE id NOT IN (SELECT rowid FROM pact_search) ORDER BY id"
        }
        // PostgreSQL runs `NOT IN` over a subquery too large for its
        // memory row by row (hours at a million pacts); `NOT EXISTS` is an
        // anti-join.
        Dialect::Pg => {
            "SELECT id FROM pacts WHERE NOT EXISTS \
             (SELECT 1 FROM pact_search WHERE pact_search.pact_id = pacts.id) ORDER BY id"
        }
    };
    let missing: Vec<Id> = diesel::sql_query(query).load(conn)?;
    for chunk in missing.chunks(500) {
        conn.transaction(|conn| chunk.iter().try_for_each(|id| index(conn, id.id)))?;
    }
    Ok(missing.len())
}

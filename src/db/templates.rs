//! Each city's pact templates and their immutable versions.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{pacts, template_versions, templates};
use super::{DbConn, timestamp, vocab};
use crate::domain::template::{Template, TemplateArticle};
use crate::domain::vocab::{PactKind, Vocabulary};

/// A template at its latest version.
#[derive(Debug, Clone)]
pub struct StoredTemplate {
    /// Template id.
    pub id: i64,
    /// Latest version id.
    pub version_id: i64,
    /// Latest version number.
    pub version: i32,
    /// When the latest version was saved, and by whom.
    pub saved: (NaiveDateTime, String),
    /// The template itself.
    pub template: Template,
}

fn articles_of(json: &str) -> QueryResult<Vec<TemplateArticle>> {
    serde_json::from_str(json).map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
}

/// The city's templates at their latest version, by name.
pub fn of_city(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<StoredTemplate>> {
    let rows: Vec<(i64, String, String)> = templates::table
        .filter(templates::city_id.eq(city_id))
        .order(templates::name)
        .select((templates::id, templates::name, templates::kind))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, name, kind)| latest(conn, id, name, &kind))
        .collect()
}

fn latest(conn: &mut DbConn, id: i64, name: String, kind: &str) -> QueryResult<StoredTemplate> {
    let (version_id, version, articles, author, created_at, frequency): (
        i64,
        i32,
        String,
        String,
        NaiveDateTime,
        Option<String>,
    ) = template_versions::table
        .filter(template_versions::template_id.eq(id))
        .order(template_versions::number.desc())
        .select((
            template_versions::id,
            template_versions::number,
            template_versions::articles,
            template_versions::author,
            template_versions::created_at,
            template_versions::report_frequency,
        ))
        .first(conn)?;
    Ok(StoredTemplate {
        id,
        version_id,
        version,
        saved: (created_at, author),
        template: Template {
            name,
            kind: vocab::<PactKind>(kind)?,
            articles: articles_of(&articles)?,
            report_frequency: frequency.as_deref().map(vocab).transpose()?,
        },
    })
}

/// The city's templates, id and name only (for a choice list).
pub fn names_of(conn: &mut DbConn, city_id: i64) -> QueryResult<Vec<(i64, String)>> {
    templates::table
        .filter(templates::city_id.eq(city_id))
        .order(templates::name)
        .select((templates::id, templates::name))
        .load(conn)
}

/// One template of the city, at its latest version.
pub fn find(conn: &mut DbConn, city_id: i64, id: i64) -> QueryResult<Option<StoredTemplate>> {
    let row: Option<(String, String)> = templates::table
        .filter(templates::id.eq(id))
        .filter(templates::city_id.eq(city_id))
        .select((templates::name, templates::kind))
        .first(conn)
        .optional()?;
    row.map(|(name, kind)| latest(conn, id, name, &kind))
        .transpose()
}

/// Creates a template with its first version; returns its id.
pub fn create(
    conn: &mut DbConn,
    city_id: i64,
    template: &Template,
    author: &str,
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    conn.transaction(|conn| {
        let id = diesel::insert_into(templates::table)
            .values((
                templates::city_id.eq(city_id),
                templates::name.eq(&template.name),
                templates::kind.eq(template.kind.name()),
                templates::created_at.eq(timestamp(now)),
            ))
            .returning(templates::id)
            .get_result(conn)?;
        add_version(conn, id, template, author, "", now)?;
        Ok(id)
    })
}

/// Saves the template's articles and report frequency as the next
/// version; returns its number.
pub fn add_version(
    conn: &mut DbConn,
    template_id: i64,
    template: &Template,
    author: &str,
    note: &str,
    now: DateTime<Utc>,
) -> QueryResult<i32> {
    let json = serde_json::to_string(&template.articles)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    conn.transaction(|conn| {
        let last: Option<i32> = template_versions::table
            .filter(template_versions::template_id.eq(template_id))
            .select(diesel::dsl::max(template_versions::number))
            .first(conn)?;
        let number = last.unwrap_or(0) + 1;
        diesel::insert_into(template_versions::table)
            .values((
                template_versions::template_id.eq(template_id),
                template_versions::number.eq(number),
                template_versions::articles.eq(&json),
                template_versions::author.eq(author),
                template_versions::note.eq(note),
                template_versions::created_at.eq(timestamp(now)),
                template_versions::report_frequency
                    .eq(template.report_frequency.map(Vocabulary::name)),
            ))
            .execute(conn)?;
        Ok(number)
    })
}

/// How often the parties of pacts drafted from this template version
/// report, if it says.
pub fn report_frequency(
    conn: &mut DbConn,
    version_id: i64,
) -> QueryResult<Option<crate::domain::report::Frequency>> {
    let frequency: Option<String> = template_versions::table
        .find(version_id)
        .select(template_versions::report_frequency)
        .first(conn)?;
    frequency.as_deref().map(vocab).transpose()
}

/// Records which template version a pact's draft started from.
pub fn set_pact_template(conn: &mut DbConn, pact_id: i64, version_id: i64) -> QueryResult<()> {
    diesel::update(pacts::table.find(pact_id))
        .set(pacts::template_version_id.eq(version_id))
        .execute(conn)
        .map(drop)
}

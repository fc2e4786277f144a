//! The agreement of a pact as the PDF shows it, from the registry's data:
//! a version of its text, its parties as the public may see them, its
//! commons and its history. Signatures are added by the signing flow.

use chrono::{NaiveDateTime, SecondsFormat};

use crate::db::commons::Commons;
use crate::db::pacts::{PactDetail, Version};
use crate::i18n::Lang;
use crate::pdf::agreement::{Agreement, CommonsInfo, HistoryEntry, PartyInfo};

fn rfc3339(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The agreement for `version` of a pact, in the city's language, naming
/// private persons only as they chose to be published. `site` is the
/// public address of Pacta, for the verification URL.
pub fn of_version(
    city: &crate::db::cities::City,
    detail: &PactDetail,
    commons: &Commons,
    version: &Version,
    site: &str,
) -> Agreement {
    let code = crate::web::verify::code_of(&version.sha256);
    let lang = Lang::parse(&city.language).unwrap_or_default();
    let pact = &detail.pact;
    Agreement {
        number: pact.number.clone(),
        title: version.text.title.clone(),
        city: city.name.clone(),
        kind: lang.label(pact.kind),
        commons: CommonsInfo {
            name: commons.name.clone(),
            kind: lang.label(commons.category),
            address: commons.address.clone(),
        },
        parties: detail
            .parties
            .iter()
            .map(|p| PartyInfo {
                name: p.name.clone().unwrap_or_else(|| lang.t("party-anonymous")),
                kind: lang.label(p.kind),
                role: lang.label(p.role),
                representative: String::new(),
            })
            .collect(),
        articles: version.text.articles.clone(),
        signatures: Vec::new(),
        document_sha256: version.sha256.clone(),
        verify_url: format!("{site}/verify/{code}"),
        verification_code: code,
        history: detail
            .events
            .iter()
            // An earlier version's history stops where it was replaced.
            .filter(|e| {
                e.occurred_at <= version.created_at || i64::from(version.number) == detail.versions
            })
            .map(|e| HistoryEntry {
                at: rfc3339(e.occurred_at),
                what: if e.details.is_empty() {
                    lang.event(&e.kind)
                } else {
                    format!("{} — {}", lang.event(&e.kind), e.details)
                },
            })
            .collect(),
        language: Some(lang.code().to_owned()),
        issued_at: Some(rfc3339(version.created_at)),
        reference: Some(format!("{}/{}/{}", city.slug, pact.number, version.number)),
    }
}

/// The public-edition PDF of version `version` of pact `number` in city
/// `slug`, as Pacta issues it (the same bytes every time).
pub fn version_pdf(
    conn: &mut crate::db::DbConn,
    (slug, number, version): (&str, &str, i32),
    site: &str,
) -> Result<Option<Vec<u8>>, crate::error::AppError> {
    use crate::error::AppError;
    let Some(city) = crate::db::cities::find(conn, slug)? else {
        return Ok(None);
    };
    let Some(detail) = crate::db::pacts::find(conn, city.id, number)? else {
        return Ok(None);
    };
    let Some(version) = crate::db::versions::get(conn, detail.pact.id, version)? else {
        return Ok(None);
    };
    let commons = crate::db::commons::by_ids(conn, &[detail.pact.commons_id])?
        .pop()
        .ok_or(AppError::NotFound)?;
    let agreement = of_version(&city, &detail, &commons, &version, site);
    crate::pdf::render(&agreement, true)
        .map(Some)
        .map_err(|e| AppError::Internal(e.into()))
}

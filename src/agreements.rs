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

/// The agreement of a signed round, in one edition, as PDF bytes: the
/// signed version with every signature of `round`. The full edition names
/// every party and signatory and prints the network addresses; the public
/// edition names private persons only as they chose to be published, and
/// a representative of an organisation by their published name or their
/// capacity (organisations and the city are always named).
pub fn issue(
    conn: &mut crate::db::DbConn,
    pact: &crate::signatures::PactRef,
    (version, round): (i32, &[crate::db::signing::Request]),
    edition: crate::db::signing::Edition,
    site: &str,
) -> Result<Vec<u8>, crate::signatures::SigningError> {
    use crate::db::signing::{Edition, Request};
    use crate::domain::signing::RequestState;
    use crate::pdf::agreement::SignatureInfo;
    use crate::signatures::SigningError;

    let missing = || SigningError::Db(diesel::result::Error::NotFound);
    let city = &pact.city;
    let detail = crate::db::pacts::find(conn, city.id, &pact.number)?.ok_or_else(missing)?;
    let text = crate::db::versions::get(conn, pact.pact_id, version)?.ok_or_else(missing)?;
    let commons = crate::db::commons::by_ids(conn, &[detail.pact.commons_id])?
        .pop()
        .ok_or_else(missing)?;
    let lang = Lang::parse(&city.language).unwrap_or_default();
    let public = edition == Edition::Public;
    let signed: Vec<&Request> = round
        .iter()
        .filter(|r| r.state == RequestState::Signed)
        .collect();
    let signer_name = |r: &Request| -> String {
        let typed = r.signed_name.clone().unwrap_or_else(|| r.name.clone());
        if !public || r.for_city {
            return typed;
        }
        if r.party_kind.is_private_person() {
            return r
                .party_public_name
                .clone()
                .or_else(|| r.public_name.clone())
                .unwrap_or_else(|| lang.t("party-anonymous"));
        }
        r.public_name.clone().unwrap_or_else(|| {
            lang.t_args(
                "signature-representative-of",
                &[("party", crate::i18n::Arg::Str(r.capacity.clone()))],
            )
        })
    };
    let mut agreement = of_version(city, &detail, &commons, &text, site);
    agreement.parties = crate::db::signing::parties_of(conn, pact.pact_id)?
        .into_iter()
        .map(|p| {
            let name = if public && p.kind.is_private_person() {
                p.public_name
                    .clone()
                    .unwrap_or_else(|| lang.t("party-anonymous"))
            } else {
                p.name.clone()
            };
            let representative = signed
                .iter()
                .filter(|r| r.party_id == p.id && !(p.kind.is_private_person()))
                .map(|r| signer_name(r))
                .collect::<Vec<_>>()
                .join(", ");
            crate::pdf::agreement::PartyInfo {
                name,
                kind: lang.label(p.kind),
                role: lang.label(p.role),
                representative,
            }
        })
        .collect();
    agreement.signatures = signed
        .iter()
        .map(|r| SignatureInfo {
            name: signer_name(r),
            role: if public && r.party_kind.is_private_person() {
                lang.label(r.party_kind)
            } else {
                r.capacity.clone()
            },
            signed_at: r.answered_at.map(rfc3339).unwrap_or_default(),
            ip: r.ip.clone().unwrap_or_default(),
            method: r.method.map(|m| lang.label(m)).unwrap_or_default(),
        })
        .collect();
    agreement.issued_at = signed
        .iter()
        .filter_map(|r| r.answered_at)
        .max()
        .map(rfc3339);
    crate::pdf::render(&agreement, public).map_err(|e| SigningError::Render(e.to_string()))
}

//! The demo data: the cities described in `fixtures/demo/*.toml`, loaded
//! through the same database functions and lifecycle rules as real use, so
//! every demo pact has a history the rules allow.
//!
//! Loading is idempotent per city: a city whose slug exists is skipped.
//! Each city loads in one transaction.

use std::collections::HashMap;

use anyhow::{Context, anyhow, bail};
use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use diesel::Connection;
use serde::Deserialize;

use crate::db::{self, DbConn};
use crate::domain::city::CitySettings;
use crate::domain::lifecycle::{Action, Actor, Status, publication_days};
use crate::domain::text::{Article, PactText};
use crate::domain::vocab::{
    CommonsCategory, CommonsKind, Intensity, PactKind, PartyKind, PartyRole, Vocabulary,
};

/// The demo fixtures, embedded in the binary.
pub const FIXTURES: &[(&str, &str)] = &[
    ("valmont", include_str!("../fixtures/demo/valmont.toml")),
    (
        "borgoverde",
        include_str!("../fixtures/demo/borgoverde.toml"),
    ),
];

/// The French templates every French-speaking demo city starts with.
pub const TEMPLATES_FR: [&str; 2] = [
    include_str!("../fixtures/templates/ordinaire.fr.toml"),
    include_str!("../fixtures/templates/complexe.fr.toml"),
];

/// One city's fixture.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CityFixture {
    city: CityInfo,
    districts: Vec<DistrictInfo>,
    commons: Vec<CommonsInfo>,
    parties: Vec<PartyInfo>,
    template: Vec<ArticleInfo>,
    pacts: Vec<PactInfo>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CityInfo {
    slug: String,
    name: String,
    language: String,
    regulation_title: String,
    regulation_act: String,
    review_days: u32,
    publication_days: u32,
    complex_multiplier: u32,
    expiry_notice_days: Vec<u32>,
    officer: String,
    signing_officer: String,
    /// Why the co-design version was made, in the city's language.
    version_note: String,
    /// Commitments that co-design adds to the text, one per pact in turn.
    revision_additions: Vec<String>,
    /// How a pact's text names a resident who published no name.
    anonymous_resident: String,
    /// What proponents answer when asked for documents.
    documents_answer: String,
    /// What the officers ask for, when they ask for documents.
    documents_request: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DistrictInfo {
    slug: String,
    name: String,
    /// GeoJSON polygon, for the map.
    boundary: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonsInfo {
    slug: String,
    name: String,
    kind: String,
    category: String,
    address: String,
    district: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyInfo {
    key: String,
    kind: String,
    name: String,
    public_name: Option<String>,
    referent: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleInfo {
    heading: String,
    paragraphs: Vec<String>,
    /// Only for pacts of this kind.
    only: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PactInfo {
    title: String,
    summary: String,
    kind: String,
    intensity: String,
    commons: String,
    /// `key` (proponent) or `key:co_signatory`.
    parties: Vec<String>,
    duration_months: u32,
    objectives: String,
    activities: Vec<String>,
    support: Vec<String>,
    submitted: NaiveDate,
    /// The status the pact should reach through the standard path.
    status: String,
    /// Reasons for a rejection, withdrawal, suspension or termination.
    reason: Option<String>,
    /// Start date, when it should differ from the standard path.
    start: Option<NaiveDate>,
    /// Whether the documents step happens in review.
    #[serde(default)]
    documents: bool,
    /// The title of the earlier pact this one renews, in the same fixture.
    renews: Option<String>,
}

/// Parses every embedded fixture (used by tests to check them).
pub fn fixtures() -> anyhow::Result<Vec<CityFixture>> {
    FIXTURES
        .iter()
        .map(|(name, text)| toml::from_str(text).with_context(|| format!("fixture {name}")))
        .collect()
}

/// Loads every demo city not yet present. Returns the slugs loaded.
pub fn load(conn: &mut DbConn, now: DateTime<Utc>) -> anyhow::Result<Vec<String>> {
    let mut loaded = Vec::new();
    for fixture in fixtures()? {
        let slug = fixture.city.slug.clone();
        let done = conn
            .transaction(|conn| -> anyhow::Result<bool> {
                if db::cities::find(conn, &slug)?.is_some() {
                    return Ok(false);
                }
                load_city(conn, &fixture, now)?;
                Ok(true)
            })
            .with_context(|| format!("loading demo city {slug}"))?;
        if done {
            tracing::info!(city = %slug, pacts = fixture.pacts.len(), "demo city loaded");
            loaded.push(slug);
        } else {
            tracing::info!(city = %slug, "demo city already present");
        }
    }
    Ok(loaded)
}

fn at(date: NaiveDate, minutes: u32) -> DateTime<Utc> {
    let time =
        NaiveTime::from_hms_opt(9 + minutes / 60 % 8, minutes % 60, 0).unwrap_or(NaiveTime::MIN);
    date.and_time(time).and_utc()
}

/// A fixture's parties by key, with their ids.
type Parties<'f> = HashMap<&'f str, (i64, &'f PartyInfo)>;

/// What loading one city's pacts needs to know.
struct CityContext<'f> {
    fixture: &'f CityFixture,
    city_id: i64,
    settings: CitySettings,
    commons: HashMap<&'f str, (i64, &'f CommonsInfo)>,
    parties: Parties<'f>,
    city_party: i64,
    /// Pacts loaded so far, by title, for renewals.
    loaded: HashMap<&'f str, i64>,
}

fn load_city(conn: &mut DbConn, fixture: &CityFixture, now: DateTime<Utc>) -> anyhow::Result<()> {
    let info = &fixture.city;
    let settings = CitySettings {
        review_days: info.review_days,
        publication_days: info.publication_days,
        complex_multiplier: info.complex_multiplier,
        expiry_notice_days: info.expiry_notice_days.clone(),
    };
    settings.validate()?;
    let created = db::timestamp(now);
    let city_id = db::cities::insert(
        conn,
        &db::cities::NewCity {
            slug: &info.slug,
            name: &info.name,
            language: &info.language,
            regulation_title: &info.regulation_title,
            regulation_act: &info.regulation_act,
            review_days: i32::try_from(info.review_days)?,
            publication_days: i32::try_from(info.publication_days)?,
            complex_multiplier: i32::try_from(info.complex_multiplier)?,
            expiry_notice_days: settings.notice_days_to_string(),
            created_at: created,
        },
    )?;
    let commons = insert_commons(conn, fixture, city_id, created)?;
    let (city_party, parties) = insert_parties(conn, fixture, city_id, created)?;
    if info.language == "fr" {
        for text in TEMPLATES_FR {
            let template: crate::domain::template::Template =
                toml::from_str(text).context("French template")?;
            db::templates::create(conn, city_id, &template, &info.officer, now)?;
        }
    }
    let mut city = CityContext {
        fixture,
        city_id,
        settings,
        commons,
        parties,
        city_party,
        loaded: HashMap::new(),
    };
    let mut pacts: Vec<&PactInfo> = fixture.pacts.iter().collect();
    pacts.sort_by_key(|p| p.submitted);
    for (index, pact) in pacts.into_iter().enumerate() {
        let id = load_pact(conn, &city, pact, index)
            .with_context(|| format!("pact {:?}", pact.title))?;
        city.loaded.insert(pact.title.as_str(), id);
    }
    Ok(())
}

fn insert_commons<'f>(
    conn: &mut DbConn,
    fixture: &'f CityFixture,
    city_id: i64,
    created: chrono::NaiveDateTime,
) -> anyhow::Result<HashMap<&'f str, (i64, &'f CommonsInfo)>> {
    let mut districts = HashMap::new();
    for district in &fixture.districts {
        let id = db::cities::insert_district(conn, city_id, &district.slug, &district.name)?;
        if let Some(geojson) = &district.boundary {
            crate::domain::map::boundary(geojson).ok_or_else(|| {
                anyhow!(
                    "district {}: boundary is not a GeoJSON polygon",
                    district.slug
                )
            })?;
            db::cities::set_boundary(conn, id, geojson)?;
        }
        districts.insert(district.slug.as_str(), id);
    }
    let mut commons = HashMap::new();
    for c in &fixture.commons {
        let kind = CommonsKind::parse(&c.kind)
            .ok_or_else(|| anyhow!("commons {}: kind {}", c.slug, c.kind))?;
        let category = CommonsCategory::parse(&c.category)
            .ok_or_else(|| anyhow!("commons {}: category {}", c.slug, c.category))?;
        let district_id = match &c.district {
            Some(d) => Some(
                *districts
                    .get(d.as_str())
                    .ok_or_else(|| anyhow!("commons {}: district {d}", c.slug))?,
            ),
            None => None,
        };
        let id = db::commons::insert(
            conn,
            &db::commons::NewCommons {
                city_id,
                district_id,
                slug: &c.slug,
                name: &c.name,
                kind: kind.name(),
                category: category.name(),
                address: &c.address,
                latitude: c.lat,
                longitude: c.lon,
                description: &c.description,
                created_at: created,
            },
        )?;
        commons.insert(c.slug.as_str(), (id, c));
    }
    Ok(commons)
}

/// Inserts the city as a party, then the fixture's parties.
fn insert_parties<'f>(
    conn: &mut DbConn,
    fixture: &'f CityFixture,
    city_id: i64,
    created: chrono::NaiveDateTime,
) -> anyhow::Result<(i64, Parties<'f>)> {
    let city_party = db::parties::insert(
        conn,
        &db::parties::NewParty {
            city_id,
            kind: PartyKind::PublicBody.name(),
            name: &fixture.city.name,
            public_name: None,
            referent_name: None,
            created_at: created,
        },
    )?;
    let mut parties = HashMap::new();
    for p in &fixture.parties {
        let kind =
            PartyKind::parse(&p.kind).ok_or_else(|| anyhow!("party {}: kind {}", p.key, p.kind))?;
        let id = db::parties::insert(
            conn,
            &db::parties::NewParty {
                city_id,
                kind: kind.name(),
                name: &p.name,
                public_name: p.public_name.as_deref(),
                referent_name: p.referent.as_deref(),
                created_at: created,
            },
        )?;
        parties.insert(p.key.as_str(), (id, p));
    }
    Ok((city_party, parties))
}

/// Submits one pact and takes it to its status; returns its id.
fn load_pact(
    conn: &mut DbConn,
    city: &CityContext<'_>,
    pact: &PactInfo,
    index: usize,
) -> anyhow::Result<i64> {
    let info = &city.fixture.city;
    let (commons_id, commons_info) = *city
        .commons
        .get(pact.commons.as_str())
        .ok_or_else(|| anyhow!("unknown commons {}", pact.commons))?;
    let kind = PactKind::parse(&pact.kind).ok_or_else(|| anyhow!("unknown kind {}", pact.kind))?;
    let intensity = Intensity::parse(&pact.intensity)
        .ok_or_else(|| anyhow!("unknown intensity {}", pact.intensity))?;
    let target =
        Status::parse(&pact.status).ok_or_else(|| anyhow!("unknown status {}", pact.status))?;
    let mut party_ids = Vec::new();
    let mut names = Vec::new();
    for entry in &pact.parties {
        let (key, role) = match entry.split_once(':') {
            Some((key, role)) => (
                key,
                PartyRole::parse(role).ok_or_else(|| anyhow!("unknown role {role}"))?,
            ),
            None => (entry.as_str(), PartyRole::Proponent),
        };
        let (id, party) = city
            .parties
            .get(key)
            .ok_or_else(|| anyhow!("unknown party {key}"))?;
        party_ids.push((*id, role));
        names.push(display_name(party, &info.anonymous_resident));
    }
    party_ids.push((city.city_party, PartyRole::City));
    let author = names.first().cloned().unwrap_or_default();
    let renews_pact_id = match &pact.renews {
        Some(title) => Some(
            *city
                .loaded
                .get(title.as_str())
                .ok_or_else(|| anyhow!("renews unknown pact {title}"))?,
        ),
        None => None,
    };
    let text = render_text(city.fixture, pact, kind, commons_info, &names);
    let new = db::pacts::NewProposal {
        city_id: city.city_id,
        commons_id,
        title: pact.title.clone(),
        summary: pact.summary.clone(),
        kind,
        intensity,
        duration_months: pact.duration_months,
        parties: party_ids,
        text: text.clone(),
        author: author.clone(),
        renews_pact_id,
    };
    let (pact_id, _) = db::pacts::create(conn, &new, at(pact.submitted, 0))?;
    let steps = standard_path(
        pact,
        kind,
        target,
        &city.settings,
        index,
        &info.version_note,
        (&info.documents_request, &info.documents_answer),
    )?;
    apply_steps(conn, city, pact_id, &author, &text, index, steps)?;
    Ok(pact_id)
}

/// Takes a submitted pact through its steps, each at its date.
fn apply_steps(
    conn: &mut DbConn,
    city: &CityContext<'_>,
    pact_id: i64,
    author: &str,
    text: &PactText,
    index: usize,
    steps: Vec<(NaiveDate, Step)>,
) -> anyhow::Result<()> {
    let info = &city.fixture.city;
    for (minute, (date, step)) in (1u32..).zip(steps) {
        let now = at(date, minute);
        match step {
            Step::Action(action, actor) => {
                let name = match actor {
                    Actor::Officer => info.officer.as_str(),
                    Actor::SigningOfficer => info.signing_officer.as_str(),
                    Actor::Proponent => author,
                    Actor::System => "Pacta",
                };
                db::pacts::apply(conn, pact_id, &action, actor, name, now, &city.settings)
                    .with_context(|| format!("{:?}", action.kind()))?;
            }
            Step::Approve => {
                let version = crate::proposals::approved_version(conn, pact_id, &info.language)?;
                let action = Action::Approve { version };
                db::pacts::apply(
                    conn,
                    pact_id,
                    &action,
                    Actor::SigningOfficer,
                    &info.signing_officer,
                    now,
                    &city.settings,
                )?;
            }
            Step::Version(note) => {
                let revised = revise(text, &info.revision_additions, index);
                db::pacts::add_version(
                    conn,
                    pact_id,
                    &revised,
                    Actor::Officer,
                    &info.officer,
                    &note,
                    now,
                )?;
            }
        }
    }
    Ok(())
}

/// The name a pact's public text gives a party: private individuals only
/// by the name they chose to publish.
fn display_name(party: &PartyInfo, anonymous: &str) -> String {
    match PartyKind::parse(&party.kind) {
        Some(kind) if kind.is_private_person() => party
            .public_name
            .clone()
            .unwrap_or_else(|| anonymous.to_owned()),
        _ => party.name.clone(),
    }
}

enum Step {
    Action(Action, Actor),
    Version(String),
    /// The signing officer approves the latest version.
    Approve,
}

/// The steps that take a proposal to `target` the way a city usually
/// works, with realistic gaps between them.
fn standard_path(
    pact: &PactInfo,
    kind: PactKind,
    target: Status,
    settings: &CitySettings,
    index: usize,
    version_note: &str,
    (documents_request, documents_note): (&str, &str),
) -> anyhow::Result<Vec<(NaiveDate, Step)>> {
    let mut steps = Vec::new();
    let mut day = pact.submitted;
    let jitter = u64::try_from(index % 5).unwrap_or(0);
    let mut go = |days: u64, step: Step, day: &mut NaiveDate| {
        *day = *day + Days::new(days);
        steps.push((*day, step));
    };
    let reason = || pact.reason.clone().unwrap_or_else(|| "—".to_owned());
    let officer = |a: Action| Step::Action(a, Actor::Officer);
    if target == Status::Submitted {
        return Ok(steps);
    }
    if target == Status::Withdrawn && pact.documents {
        go(
            2 + jitter,
            Step::Action(Action::Withdraw { reason: reason() }, Actor::Proponent),
            &mut day,
        );
        return Ok(steps);
    }
    go(2 + jitter, officer(Action::StartReview), &mut day);
    if target == Status::UnderReview {
        return Ok(steps);
    }
    if pact.documents || target == Status::AwaitingDocuments {
        let what = documents_request.to_owned();
        go(6, officer(Action::RequestDocuments { what }), &mut day);
        if target == Status::AwaitingDocuments {
            return Ok(steps);
        }
        go(
            9 + jitter,
            Step::Action(
                Action::ProvideDocuments {
                    answer: documents_note.to_owned(),
                },
                Actor::Proponent,
            ),
            &mut day,
        );
    }
    if target == Status::Rejected {
        go(8, officer(Action::Reject { reason: reason() }), &mut day);
        return Ok(steps);
    }
    go(5, officer(Action::PublishForComments), &mut day);
    if target == Status::PublishedForComments {
        return Ok(steps);
    }
    go(
        u64::from(publication_days(kind, settings)),
        Step::Action(Action::CloseComments, Actor::System),
        &mut day,
    );
    if target == Status::Withdrawn {
        go(
            4,
            Step::Action(Action::Withdraw { reason: reason() }, Actor::Proponent),
            &mut day,
        );
        return Ok(steps);
    }
    go(3, officer(Action::StartCoDesign), &mut day);
    if target == Status::CoDesign {
        return Ok(steps);
    }
    go(
        18 + jitter * 3,
        Step::Version(version_note.to_owned()),
        &mut day,
    );
    if kind == PactKind::Complex {
        go(
            12,
            officer(Action::RecordExecutiveDecision {
                reference: format!("DG {}/{}", 40 + index, day.format("%Y")),
            }),
            &mut day,
        );
    }
    go(6, officer(Action::SubmitForApproval), &mut day);
    if target == Status::AwaitingApproval {
        return Ok(steps);
    }
    go(5, Step::Approve, &mut day);
    if target == Status::AwaitingSignatures {
        return Ok(steps);
    }
    let start = pact.start.unwrap_or(day + Days::new(22 + jitter));
    go(
        10 + jitter,
        Step::Action(Action::Activate { start }, Actor::System),
        &mut day,
    );
    steps.extend(in_force(pact, target, start, day)?);
    Ok(steps)
}

/// The steps of a signed pact, from its activation on `day`.
fn in_force(
    pact: &PactInfo,
    target: Status,
    start: NaiveDate,
    mut day: NaiveDate,
) -> anyhow::Result<Vec<(NaiveDate, Step)>> {
    let mut steps = Vec::new();
    let reason = || pact.reason.clone().unwrap_or_else(|| "—".to_owned());
    let end = crate::domain::lifecycle::end_date(start, pact.duration_months)?;
    let officer = |a: Action| Step::Action(a, Actor::Officer);
    match target {
        Status::Active => {}
        Status::Suspended => steps.push((
            day + Days::new(60),
            officer(Action::Suspend { reason: reason() }),
        )),
        Status::Terminated => steps.push((
            day + Days::new(120),
            officer(Action::Terminate { reason: reason() }),
        )),
        Status::Expired | Status::Closed => {
            day = end + Days::new(1);
            steps.push((day, Step::Action(Action::Expire, Actor::System)));
            if target == Status::Closed {
                steps.push((day + Days::new(45), officer(Action::Close)));
            }
        }
        other => bail!("no standard path to {other}"),
    }
    Ok(steps)
}

/// Fills the city's template with the pact's details.
fn render_text(
    fixture: &CityFixture,
    pact: &PactInfo,
    kind: PactKind,
    commons: &CommonsInfo,
    proponents: &[String],
) -> PactText {
    let fill = |s: &str| {
        s.replace("{{city}}", &fixture.city.name)
            .replace("{{regulation}}", &fixture.city.regulation_title)
            .replace("{{act}}", &fixture.city.regulation_act)
            .replace("{{commons}}", &commons.name)
            .replace("{{address}}", &commons.address)
            .replace("{{proponents}}", &proponents.join(", "))
            .replace("{{objectives}}", &pact.objectives)
            .replace("{{duration}}", &pact.duration_months.to_string())
    };
    let mut articles = Vec::new();
    for article in &fixture.template {
        if article
            .only
            .as_deref()
            .is_some_and(|only| only != kind.name())
        {
            continue;
        }
        let mut paragraphs: Vec<String> = article.paragraphs.iter().map(|p| fill(p)).collect();
        if article.heading.contains("{{activities}}")
            || paragraphs.iter().any(|p| p == "{{activities}}")
        {
            paragraphs.retain(|p| p != "{{activities}}");
            paragraphs.extend(pact.activities.iter().cloned());
        }
        if paragraphs.iter().any(|p| p == "{{support}}") {
            paragraphs.retain(|p| p != "{{support}}");
            paragraphs.extend(pact.support.iter().cloned());
        }
        articles.push(Article {
            heading: fill(&article.heading.replace("{{activities}}", "")),
            paragraphs,
        });
    }
    PactText {
        title: pact.title.clone(),
        articles,
    }
}

/// The text after co-design: one more commitment, as workshops usually add.
fn revise(text: &PactText, additions: &[String], index: usize) -> PactText {
    let mut revised = text.clone();
    if let (Some(article), false) = (revised.articles.get_mut(1), additions.is_empty()) {
        article
            .paragraphs
            .push(additions[index % additions.len()].clone());
    }
    revised
}

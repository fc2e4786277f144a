//! `pacta seed synthetic`: a large registry that looks like a real one, to
//! measure Pacta at scale (see BENCHMARKS.md).
//!
//! Cities alternate French and Italian; each has districts, commons of
//! every category with coordinates, parties of every kind (private persons
//! with or without a public name), a few residents who write reports, and
//! its share of the pacts. Pacts are submitted evenly from 2015 to today
//! and numbered in order within their year; each goes through the
//! lifecycle as the domain rules allow (`Lifecycle::apply`, with the
//! usual gaps between steps), stopping where today falls or where its
//! story ends (refused, withdrawn, suspended, terminated, expired,
//! archived), so that recent ones are still under review or in
//! co-design. Each has its parties, its text (a first version, then the
//! co-designed one), its whole history of events, one report a year while
//! in force, and its search entry. A fifth of the pacts that reach their
//! end are renewed (`-R1`).
//!
//! Everything comes from one seed, so the same command makes the same
//! registry. Each city is written in one transaction, in batches of
//! [`BATCH`] pacts; a city whose slug already exists is left as it is, so
//! a run that was interrupted can be run again to finish.

use anyhow::Context;
use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use diesel::{Connection, RunQueryDsl};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::db::bulk::{
    CommonsRow, EventRow, PactBatch, PactPartyRow, PactRow, PartyRow, ReportRow, SearchRow,
    UserRow, VersionRow,
};
use crate::db::{self, DbConn};
use crate::domain::city::CitySettings;
use crate::domain::lifecycle::{Action, Actor, Lifecycle, Status};
use crate::domain::number::PactNumber;
use crate::domain::search::{TextLanguage, index_terms};
use crate::domain::text::{Article, PactText};
use crate::domain::vocab::{
    CommonsCategory, CommonsKind, Intensity, PactKind, PartyKind, PartyRole, Vocabulary,
};
use crate::i18n::{Arg, Lang};

/// Pacts written per batch (a few statements per table).
pub const BATCH: usize = 2000;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Number of cities.
    pub cities: usize,
    /// Number of pacts, over all cities (renewals included).
    pub pacts: usize,
    /// The seed of the random choices.
    pub seed: u64,
}

/// What was written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    /// Cities created (those already there are skipped).
    pub cities: usize,
    /// Cities skipped because their slug existed.
    pub skipped: usize,
    /// Pacts, renewals included.
    pub pacts: usize,
    /// Of which renewals.
    pub renewals: usize,
    /// Versions of texts.
    pub versions: usize,
    /// History events.
    pub events: usize,
    /// Activity reports.
    pub reports: usize,
}

/// Generates the registry; `progress` is told of each city written.
pub fn seed(
    conn: &mut DbConn,
    options: Options,
    now: DateTime<Utc>,
    mut progress: impl FnMut(&str, &Summary),
) -> anyhow::Result<Summary> {
    anyhow::ensure!(options.cities > 0, "at least one city");
    let mut total = Summary::default();
    for index in 0..options.cities {
        let share =
            options.pacts / options.cities + usize::from(index < options.pacts % options.cities);
        let profile = CityProfile::new(index);
        if db::cities::find(conn, &profile.slug)?.is_some() {
            total.skipped += 1;
            continue;
        }
        let mut rng =
            StdRng::seed_from_u64(options.seed ^ (index as u64).wrapping_mul(0x9E37_79B9));
        let summary = conn
            .transaction(|conn| write_city(conn, &profile, share, &mut rng, now))
            .with_context(|| format!("city {}", profile.slug))?;
        total.cities += 1;
        total.pacts += summary.pacts;
        total.renewals += summary.renewals;
        total.versions += summary.versions;
        total.events += summary.events;
        total.reports += summary.reports;
        progress(&profile.name, &total);
    }
    if total.cities > 0 {
        // Fresh statistics for the query planners (PostgreSQL plans
        // joins on a million rows it has never analysed badly).
        diesel::sql_query("ANALYZE").execute(conn)?;
    }
    Ok(total)
}

/// A synthetic city: its name and language.
struct CityProfile {
    slug: String,
    name: String,
    lang: Lang,
    /// Where its commons lie.
    centre: (f64, f64),
}

impl CityProfile {
    fn new(index: usize) -> CityProfile {
        let french = index.is_multiple_of(2);
        let names = if french { FR.towns } else { IT.towns };
        let base = names[(index / 2) % names.len()];
        let round = index / (2 * names.len());
        let name = if round == 0 {
            base.to_owned()
        } else {
            format!("{base} {}", round + 1)
        };
        #[expect(clippy::cast_precision_loss, reason = "a small index")]
        let offset = (index % 17) as f64 * 0.3;
        CityProfile {
            slug: format!("synth-{}", slug::slugify(&name)),
            name,
            lang: if french { Lang::Fr } else { Lang::It },
            centre: if french {
                (44.0 + offset / 2.0, 1.0 + offset)
            } else {
                (40.0 + offset / 2.0, 9.0 + offset)
            },
        }
    }

    fn words(&self) -> &'static Words {
        match self.lang {
            Lang::It => &IT,
            _ => &FR,
        }
    }
}

/// What a city's pacts are made of, once its commons, parties and
/// accounts are written.
struct CityData<'a> {
    profile: &'a CityProfile,
    city_id: i64,
    settings: CitySettings,
    commons: Vec<Place>,
    /// The city's own party.
    city_party: i64,
    parties: Vec<Member>,
    authors: Vec<i64>,
    today: NaiveDate,
    /// The registry's generation its pacts are written in.
    generation: i64,
}

struct Place {
    id: i64,
    name: String,
    address: String,
    district: String,
    category: CommonsCategory,
}

struct Member {
    id: i64,
    /// The name the pact's text gives it.
    shown: String,
    /// The name the public registry gives it (none for a private person
    /// who chose none).
    public: Option<String>,
}

fn write_city(
    conn: &mut DbConn,
    profile: &CityProfile,
    pacts: usize,
    rng: &mut StdRng,
    now: DateTime<Utc>,
) -> anyhow::Result<Summary> {
    let words = profile.words();
    let created = db::timestamp(now);
    let settings = CitySettings::default();
    let city_id = db::cities::insert(
        conn,
        &db::cities::NewCity {
            slug: &profile.slug,
            name: &profile.name,
            language: profile.lang.code(),
            regulation_title: words.regulation,
            regulation_act: "2015",
            review_days: i32::try_from(settings.review_days)?,
            publication_days: i32::try_from(settings.publication_days)?,
            complex_multiplier: i32::try_from(settings.complex_multiplier)?,
            expiry_notice_days: settings.notice_days_to_string(),
            created_at: created,
        },
    )?;
    let mut districts = Vec::new();
    for name in words.districts {
        let id = db::cities::insert_district(conn, city_id, &slug::slugify(name), name)?;
        districts.push((id, *name));
    }
    let places = commons_rows(
        profile,
        (city_id, &districts),
        (pacts / 4).max(12),
        rng,
        created,
    );
    db::bulk::commons(conn, &places.rows)?;
    let commons: Vec<Place> = db::bulk::commons_ids(conn, city_id)?
        .into_iter()
        .zip(places.places)
        .map(|(id, mut place)| {
            place.id = id;
            place
        })
        .collect();
    let (party_rows, shown) = party_rows(profile, city_id, (pacts / 3).max(12), rng, created);
    db::bulk::parties(conn, &party_rows)?;
    let mut party_ids = db::bulk::party_ids(conn, city_id)?.into_iter();
    let city_party = party_ids.next().context("the city's party")?;
    let parties = party_ids
        .zip(shown)
        .map(|(id, (shown, public))| Member { id, shown, public })
        .collect();
    let domain = format!("{}.synthetic.invalid", profile.slug);
    let users: Vec<UserRow> = (1..=20)
        .map(|k| UserRow {
            email: format!("referent-{k}@{domain}"),
            display_name: person(words, rng),
            language: profile.lang.code(),
            role: "resident",
            can_sign: false,
            created_at: created,
        })
        .collect();
    db::bulk::users(conn, &users)?;
    let city = CityData {
        profile,
        city_id,
        settings,
        commons,
        city_party,
        parties,
        authors: db::bulk::user_ids(conn, &domain)?,
        today: now.date_naive(),
        generation: db::registry_index::next_generation(conn)?,
    };
    write_pacts(conn, &city, pacts, rng)
}

/// The commons rows, and what pacts need of each.
struct Places {
    rows: Vec<CommonsRow>,
    places: Vec<Place>,
}

fn commons_rows(
    profile: &CityProfile,
    (city_id, districts): (i64, &[(i64, &str)]),
    count: usize,
    rng: &mut StdRng,
    created: NaiveDateTime,
) -> Places {
    let words = profile.words();
    let categories: Vec<CommonsCategory> = CommonsCategory::all()
        .into_iter()
        .filter(|c| *c != CommonsCategory::Unclassified)
        .collect();
    let mut rows = Vec::with_capacity(count);
    let mut places = Vec::with_capacity(count);
    for i in 0..count {
        let category = *categories
            .choose(rng)
            .unwrap_or(&CommonsCategory::GreenSpace);
        let noun = words
            .commons(category)
            .choose(rng)
            .copied()
            .unwrap_or_default();
        let place = words.places.choose(rng).copied().unwrap_or_default();
        let name = format!("{noun} {place}");
        let street = words.streets.choose(rng).copied().unwrap_or_default();
        let address = words.address(rng.random_range(1..120), street);
        let (district_id, district) = districts[rng.random_range(0..districts.len())];
        let kind = match category {
            CommonsCategory::DigitalService => CommonsKind::Digital,
            CommonsCategory::CultureHeritage if i % 3 == 0 => CommonsKind::Intangible,
            _ => CommonsKind::Tangible,
        };
        rows.push(CommonsRow {
            city_id,
            district_id: Some(district_id),
            slug: format!("{}-{}", slug::slugify(&name), i + 1),
            name: name.clone(),
            kind: kind.name(),
            category: category.name(),
            address: address.clone(),
            latitude: Some(profile.centre.0 + rng.random_range(-0.04..0.04)),
            longitude: Some(profile.centre.1 + rng.random_range(-0.06..0.06)),
            description: String::new(),
            created_at: created,
        });
        places.push(Place {
            id: 0,
            name,
            address,
            district: district.to_owned(),
            category,
        });
    }
    Places { rows, places }
}

fn party_rows(
    profile: &CityProfile,
    city_id: i64,
    count: usize,
    rng: &mut StdRng,
    created: NaiveDateTime,
) -> (Vec<PartyRow>, Vec<(String, Option<String>)>) {
    const KINDS: [(PartyKind, u32); 7] = [
        (PartyKind::Association, 38),
        (PartyKind::Individual, 22),
        (PartyKind::InformalGroup, 16),
        (PartyKind::School, 9),
        (PartyKind::Business, 7),
        (PartyKind::Foundation, 4),
        (PartyKind::PublicBody, 4),
    ];
    let words = profile.words();
    // The city itself comes first.
    let mut rows = vec![PartyRow {
        city_id,
        kind: PartyKind::PublicBody.name(),
        name: profile.name.clone(),
        public_name: None,
        referent_name: None,
        created_at: created,
    }];
    let mut shown = Vec::with_capacity(count);
    for _ in 0..count {
        let kind = KINDS
            .choose_weighted(rng, |k| k.1)
            .map_or(PartyKind::Association, |k| k.0);
        let place = words.places.choose(rng).copied().unwrap_or_default();
        let surname = words.surnames.choose(rng).copied().unwrap_or_default();
        let (name, public_name, referent_name) = match kind {
            PartyKind::Individual => {
                let first = words.first_names.choose(rng).copied().unwrap_or_default();
                let public = rng
                    .random_bool(0.6)
                    .then(|| format!("{first} {}.", surname.chars().next().unwrap_or('X')));
                (format!("{first} {surname}"), public, None)
            }
            PartyKind::InformalGroup => (
                format!("{} {place}", words.group),
                None,
                Some(person(words, rng)),
            ),
            PartyKind::School => (format!("{} {surname}", words.school), None, None),
            PartyKind::Business => (words.business.replace("{}", surname), None, None),
            PartyKind::Foundation => (format!("{} {surname}", words.foundation), None, None),
            PartyKind::PublicBody => (format!("{} {place}", words.public_body), None, None),
            PartyKind::Association => {
                let what = words.associations.choose(rng).copied().unwrap_or_default();
                (format!("{what} {place}"), None, None)
            }
        };
        // What the public registry names it: private persons only by the
        // name they chose to publish.
        let public = if kind.is_private_person() {
            public_name.clone()
        } else {
            Some(name.clone())
        };
        rows.push(PartyRow {
            city_id,
            kind: kind.name(),
            name,
            public_name,
            referent_name,
            created_at: created,
        });
        shown.push((
            public.clone().unwrap_or_else(|| words.anonymous.to_owned()),
            public,
        ));
    }
    (rows, shown)
}

fn person(words: &Words, rng: &mut StdRng) -> String {
    format!(
        "{} {}",
        words.first_names.choose(rng).copied().unwrap_or_default(),
        words.surnames.choose(rng).copied().unwrap_or_default()
    )
}

fn write_pacts(
    conn: &mut DbConn,
    city: &CityData<'_>,
    count: usize,
    rng: &mut StdRng,
) -> anyhow::Result<Summary> {
    let mut summary = Summary::default();
    let mut next_id = db::bulk::last_pact_id(conn)? + 1;
    let first_day = NaiveDate::from_ymd_opt(2015, 1, 5).context("a date")?;
    let span = u64::try_from((city.today - first_day).num_days().max(1))?;
    let officers = (
        person(city.profile.words(), rng),
        person(city.profile.words(), rng),
    );
    let mut numbering = (0, 0u32);
    let mut batch = PactBatch::default();
    let mut made = 0;
    while made < count {
        let day = first_day + Days::new(span * made as u64 / count as u64);
        if numbering.0 != day.year() {
            numbering = (day.year(), 0);
        }
        numbering.1 += 1;
        let number = PactNumber {
            year: numbering.0,
            sequence: numbering.1,
            renewal: 0,
        };
        let pact = Plan::new(city, rng, day);
        let story = pact.live(city, rng, &officers, None)?;
        let ended =
            story.lifecycle.status == Status::Expired || story.lifecycle.status == Status::Closed;
        let end = story.lifecycle.end_date;
        add(
            &mut batch,
            city,
            &pact,
            &story,
            (next_id, number, None),
            rng,
        );
        made += 1;
        if let (true, Some(end)) = (ended, end)
            && made < count
            && rng.random_bool(0.2)
        {
            let renewal = Plan {
                submitted: end - Days::new(60),
                term: 1,
                fate: Fate::Signed,
                ..pact.clone()
            };
            let story = renewal.live(city, rng, &officers, Some(end + Days::new(1)))?;
            add(
                &mut batch,
                city,
                &renewal,
                &story,
                (next_id + 1, number, Some(next_id)),
                rng,
            );
            made += 1;
            summary.renewals += 1;
            next_id += 1;
        }
        next_id += 1;
        if batch.pacts.len() >= BATCH {
            flush(conn, &mut batch, &mut summary)?;
        }
    }
    flush(conn, &mut batch, &mut summary)?;
    db::bulk::sync_pact_ids(conn)?;
    Ok(summary)
}

fn flush(conn: &mut DbConn, batch: &mut PactBatch, summary: &mut Summary) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    db::bulk::pacts(conn, batch)?;
    summary.pacts += batch.pacts.len();
    summary.versions += batch.versions.len();
    summary.events += batch.events.len();
    summary.reports += batch.reports.len();
    *batch = PactBatch::default();
    Ok(())
}

/// How a pact's story ends, if today does not come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Refused after review.
    Rejected,
    /// Withdrawn by its proponents during co-design.
    Withdrawn,
    /// Signed, then suspended for good.
    Suspended,
    /// Signed, then ended early.
    Terminated,
    /// Signed, in force to its end, then expired (and archived, or not).
    Signed,
}

/// What a pact is about, chosen before its story.
#[derive(Debug, Clone)]
struct Plan {
    submitted: NaiveDate,
    term: i32,
    commons: usize,
    parties: Vec<usize>,
    kind: PactKind,
    intensity: Intensity,
    months: u32,
    title: String,
    summary: String,
    activities: Vec<&'static str>,
    support: Vec<&'static str>,
    fate: Fate,
    archive: bool,
    documents: bool,
}

impl Plan {
    fn new(city: &CityData<'_>, rng: &mut StdRng, submitted: NaiveDate) -> Plan {
        let words = city.profile.words();
        let commons = rng.random_range(0..city.commons.len());
        let place = &city.commons[commons];
        let intensity = match place.category {
            CommonsCategory::Building => Intensity::Regeneration,
            CommonsCategory::SocialInclusion | CommonsCategory::DigitalService => {
                Intensity::SharedManagement
            }
            _ if rng.random_bool(0.3) => Intensity::OccasionalCare,
            _ => Intensity::ContinuousCare,
        };
        let kind = if intensity == Intensity::Regeneration || rng.random_bool(0.08) {
            PactKind::Complex
        } else {
            PactKind::Ordinary
        };
        let proponents = 1 + usize::from(rng.random_bool(0.35)) + usize::from(rng.random_bool(0.1));
        let mut parties = Vec::with_capacity(proponents);
        while parties.len() < proponents {
            let p = rng.random_range(0..city.parties.len());
            if !parties.contains(&p) {
                parties.push(p);
            }
        }
        let title = words
            .titles(intensity)
            .choose(rng)
            .copied()
            .unwrap_or("{}")
            .replace("{}", &place.name);
        let many = rng.random_range(2..5);
        let activities: Vec<&'static str> = words
            .activities
            .choose_multiple(rng, many)
            .copied()
            .collect();
        let summary = words
            .summary
            .replace(
                "{activity}",
                activities.first().copied().unwrap_or_default(),
            )
            .replace("{commons}", &place.name);
        let fate = match rng.random_range(0..100) {
            0..6 => Fate::Rejected,
            6..9 => Fate::Withdrawn,
            9..11 => Fate::Suspended,
            11..14 => Fate::Terminated,
            _ => Fate::Signed,
        };
        let supports = rng.random_range(1..4);
        Plan {
            submitted,
            term: 0,
            commons,
            parties,
            kind,
            intensity,
            months: *[12, 24, 24, 36, 36, 48].choose(rng).unwrap_or(&24),
            title,
            summary,
            activities,
            support: words
                .support
                .choose_multiple(rng, supports)
                .copied()
                .collect(),
            fate,
            archive: rng.random_bool(0.5),
            documents: rng.random_bool(0.2),
        }
    }

    /// The pact's text: object, activities, the city's support, duration,
    /// reports, liability; the co-designed version adds an activity.
    fn text(&self, city: &CityData<'_>, revised: bool) -> PactText {
        let words = city.profile.words();
        let place = &city.commons[self.commons];
        let names: Vec<&str> = self
            .parties
            .iter()
            .map(|p| city.parties[*p].shown.as_str())
            .collect();
        let mut activities: Vec<String> = self
            .activities
            .iter()
            .map(|a| words.activity_sentence.replace("{}", a))
            .collect();
        if revised {
            activities.push(words.revision.to_owned());
        }
        let article = |heading: usize, paragraphs: Vec<String>| Article {
            heading: words.headings[heading].to_owned(),
            paragraphs,
        };
        PactText {
            title: self.title.clone(),
            articles: vec![
                article(
                    0,
                    vec![
                        words
                            .object
                            .replace("{city}", &city.profile.name)
                            .replace("{parties}", &names.join(", "))
                            .replace("{commons}", &place.name)
                            .replace("{address}", &place.address),
                    ],
                ),
                article(1, activities),
                article(
                    2,
                    self.support
                        .iter()
                        .map(|s| words.support_sentence.replace("{}", s))
                        .collect(),
                ),
                article(
                    3,
                    vec![words.duration.replace("{}", &self.months.to_string())],
                ),
                article(4, vec![words.reports.to_owned()]),
                article(5, vec![words.liability.to_owned()]),
            ],
        }
    }
}

/// One event of a story.
struct Happening {
    at: NaiveDateTime,
    actor: Actor,
    name: String,
    kind: &'static str,
    before: Option<Status>,
    after: Option<Status>,
    details: String,
}

/// A version of the text.
struct Version {
    json: String,
    sha256: String,
    text: PactText,
    at: NaiveDateTime,
    author: String,
    note: String,
}

/// A report: period, when it was sent, whether it was accepted.
struct Report {
    period: (NaiveDate, NaiveDate),
    sent: NaiveDateTime,
    accepted: bool,
}

/// A pact's life up to today.
struct Story {
    lifecycle: Lifecycle,
    happenings: Vec<Happening>,
    versions: Vec<Version>,
    version_in_force: Option<i32>,
    reports: Vec<Report>,
}

/// Walks a pact through its lifecycle, one dated step at a time, until
/// today.
struct Walk<'a> {
    life: Lifecycle,
    day: NaiveDate,
    today: NaiveDate,
    settings: &'a CitySettings,
    happenings: Vec<Happening>,
    /// Whether the walk has stopped (today reached, or a step refused).
    stopped: bool,
}

impl Walk<'_> {
    /// Takes `action` `gap` days after the previous step, if that day has
    /// come; returns whether it was taken.
    fn step(&mut self, gap: u64, action: &Action, (actor, name): (Actor, &str)) -> bool {
        if self.stopped {
            return false;
        }
        let day = self.day + Days::new(gap);
        if day > self.today {
            self.stopped = true;
            return false;
        }
        if let Ok(next) = self.life.apply(action, actor, day, self.settings) {
            {
                let changed = next.status != self.life.status;
                self.happenings.push(Happening {
                    at: at(day, self.happenings.len()),
                    actor,
                    name: name.to_owned(),
                    kind: action.kind().name(),
                    before: changed.then_some(self.life.status),
                    after: changed.then_some(next.status),
                    details: action.details().to_owned(),
                });
                self.life = next;
                self.day = day;
            }
            true
        } else {
            self.stopped = true;
            false
        }
    }
}

/// A time on `day`, in the morning, `minute` minutes after nine.
fn at(day: NaiveDate, minute: usize) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
        + chrono::TimeDelta::minutes(540 + i64::try_from(minute).unwrap_or(0))
}

impl Plan {
    /// The pact's story up to today; a renewal starts on `starts`.
    #[expect(clippy::too_many_lines, reason = "one story, step by step")]
    fn live(
        &self,
        city: &CityData<'_>,
        rng: &mut StdRng,
        (officer, signing_officer): &(String, String),
        starts: Option<NaiveDate>,
    ) -> anyhow::Result<Story> {
        let words = city.profile.words();
        let proponent = city.parties[self.parties[0]].shown.clone();
        let first = self.text(city, false);
        let canonical = first.canonical()?;
        let submitted = at(self.submitted, 0);
        let mut versions = vec![Version {
            json: canonical.json,
            sha256: canonical.sha256,
            text: first,
            at: submitted,
            author: proponent.clone(),
            note: String::new(),
        }];
        let mut walk = Walk {
            life: Lifecycle::submitted(self.kind, self.months, self.submitted),
            day: self.submitted,
            today: city.today,
            settings: &city.settings,
            happenings: vec![Happening {
                at: submitted,
                actor: Actor::Proponent,
                name: proponent.clone(),
                kind: "submitted",
                before: None,
                after: Some(Status::Submitted),
                details: String::new(),
            }],
            stopped: false,
        };
        let by_officer = (Actor::Officer, officer.as_str());
        let by_proponent = (Actor::Proponent, proponent.as_str());
        let by_system = (Actor::System, "Pacta");
        walk.step(rng.random_range(2..10), &Action::StartReview, by_officer);
        if self.documents {
            let what = words.documents_request.to_owned();
            walk.step(
                rng.random_range(3..10),
                &Action::RequestDocuments { what },
                by_officer,
            );
            let answer = words.documents_answer.to_owned();
            walk.step(
                rng.random_range(5..25),
                &Action::ProvideDocuments { answer },
                by_proponent,
            );
        }
        if self.fate == Fate::Rejected {
            let reason = words.rejected.to_owned();
            walk.step(
                rng.random_range(5..20),
                &Action::Reject { reason },
                by_officer,
            );
            return Ok(Self::story(walk, versions, None, city, rng));
        }
        walk.step(
            rng.random_range(3..10),
            &Action::PublishForComments,
            by_officer,
        );
        let publication = crate::domain::lifecycle::publication_days(self.kind, &city.settings);
        walk.step(u64::from(publication), &Action::CloseComments, by_system);
        if self.fate == Fate::Withdrawn {
            let reason = words.withdrawn.to_owned();
            walk.step(
                rng.random_range(5..30),
                &Action::Withdraw { reason },
                by_proponent,
            );
            return Ok(Self::story(walk, versions, None, city, rng));
        }
        walk.step(rng.random_range(1..7), &Action::StartCoDesign, by_officer);
        let revised_on = walk.day + Days::new(rng.random_range(15..40));
        if walk.stopped || revised_on > city.today {
            return Ok(Self::story(walk, versions, None, city, rng));
        }
        let revised = self.text(city, true);
        let canonical = revised.canonical()?;
        let note = words.version_note.to_owned();
        let revised_at = at(revised_on, walk.happenings.len());
        walk.happenings.push(Happening {
            at: revised_at,
            actor: Actor::Officer,
            name: officer.clone(),
            kind: "version_added",
            before: None,
            after: None,
            details: note.clone(),
        });
        versions.push(Version {
            json: canonical.json,
            sha256: canonical.sha256.clone(),
            text: revised,
            at: revised_at,
            author: officer.clone(),
            note,
        });
        walk.day = revised_on;
        if self.kind == PactKind::Complex {
            let reference = format!("DG {}/{}", rng.random_range(1..400), walk.day.year());
            walk.step(
                rng.random_range(7..20),
                &Action::RecordExecutiveDecision { reference },
                by_officer,
            );
        }
        walk.step(
            rng.random_range(3..10),
            &Action::SubmitForApproval,
            by_officer,
        );
        let version = city.profile.lang.t_args(
            "approval-details",
            &[
                ("number", Arg::Num(2)),
                ("sha256", Arg::Str(canonical.sha256)),
            ],
        );
        walk.step(
            rng.random_range(2..8),
            &Action::Approve { version },
            (Actor::SigningOfficer, signing_officer.as_str()),
        );
        let activation = walk.day + Days::new(rng.random_range(5..20));
        let start = starts
            .filter(|s| *s >= activation)
            .unwrap_or(activation + Days::new(rng.random_range(7..30)));
        if !walk.step(
            (activation - walk.day).num_days().unsigned_abs(),
            &Action::Activate { start },
            by_system,
        ) {
            return Ok(Self::story(walk, versions, None, city, rng));
        }
        let in_force = Some(2);
        let from_start = (start - walk.day).num_days().max(0).unsigned_abs();
        match self.fate {
            Fate::Suspended => {
                let reason = words.suspended.to_owned();
                walk.step(
                    from_start + rng.random_range(60..300),
                    &Action::Suspend { reason },
                    by_officer,
                );
            }
            Fate::Terminated => {
                let reason = words.terminated.to_owned();
                walk.step(
                    from_start + rng.random_range(90..400),
                    &Action::Terminate { reason },
                    by_officer,
                );
            }
            _ => {
                let end = walk.life.end_date.unwrap_or(start);
                let to_end = (end - walk.day).num_days().max(0).unsigned_abs();
                if walk.step(to_end + 1, &Action::Expire, by_system) && self.archive {
                    walk.step(rng.random_range(30..90), &Action::Close, by_officer);
                }
            }
        }
        Ok(Self::story(walk, versions, in_force, city, rng))
    }

    /// The story of a walk, with the reports of the time in force: one a
    /// year, sent a few weeks after each year, accepted unless recent.
    fn story(
        walk: Walk<'_>,
        versions: Vec<Version>,
        version_in_force: Option<i32>,
        city: &CityData<'_>,
        rng: &mut StdRng,
    ) -> Story {
        let mut reports = Vec::new();
        if let (Some(start), Some(end)) = (walk.life.start_date, walk.life.end_date) {
            // In force until its end, today, or the day it was suspended
            // or terminated.
            let stopped = match walk.life.status {
                Status::Suspended | Status::Terminated => walk.day,
                _ => end,
            };
            let until = stopped.min(city.today);
            for year in 0u32.. {
                let (Some(from), Some(to)) = (
                    start.checked_add_months(chrono::Months::new(12 * year)),
                    start.checked_add_months(chrono::Months::new(12 * (year + 1))),
                ) else {
                    break;
                };
                let to = to - Days::new(1);
                let sent = to + Days::new(rng.random_range(5..40));
                if to > until || sent > city.today {
                    break;
                }
                reports.push(Report {
                    period: (from, to),
                    sent: at(sent, 30),
                    accepted: (city.today - sent).num_days() > 30,
                });
            }
        }
        Story {
            lifecycle: walk.life,
            happenings: walk.happenings,
            versions,
            version_in_force,
            reports,
        }
    }
}

/// Adds a pact and what goes with it to the batch.
#[expect(clippy::too_many_lines, reason = "one row after the other")]
fn add(
    batch: &mut PactBatch,
    city: &CityData<'_>,
    plan: &Plan,
    story: &Story,
    (id, number, renews): (i64, PactNumber, Option<i64>),
    rng: &mut StdRng,
) {
    let words = city.profile.words();
    let place = &city.commons[plan.commons];
    let life = &story.lifecycle;
    let created = story
        .happenings
        .first()
        .map_or_else(|| at(plan.submitted, 0), |h| h.at);
    let updated = story
        .happenings
        .iter()
        .map(|h| h.at)
        .chain(story.versions.iter().map(|v| v.at))
        .max()
        .unwrap_or(created);
    batch.pacts.push(PactRow {
        id,
        city_id: city.city_id,
        commons_id: place.id,
        renews_pact_id: renews,
        number: number.renewed(plan.term.unsigned_abs()).to_string(),
        year: Some(number.year),
        sequence: i32::try_from(number.sequence).ok(),
        title: plan.title.clone(),
        summary: plan.summary.clone(),
        kind: plan.kind.name(),
        intensity: plan.intensity.name(),
        status: life.status.name(),
        duration_months: life.duration_months.and_then(|m| i32::try_from(m).ok()),
        submitted_on: life.submitted_on,
        review_paused_days: i32::try_from(life.review_paused_days).unwrap_or(i32::MAX),
        review_paused_since: life.review_paused_since,
        comments_close_on: life.comments_close_on,
        executive_decision: life.executive_decision.clone(),
        start_date: life.start_date,
        end_date: life.end_date,
        created_at: created,
        updated_at: updated,
        report_frequency: "yearly",
        term: plan.term,
        version_in_force: story.version_in_force,
        generation: city.generation,
    });
    let members = plan
        .parties
        .iter()
        .map(|p| (city.parties[*p].id, PartyRole::Proponent))
        .chain(std::iter::once((city.city_party, PartyRole::City)));
    for (position, (party_id, role)) in members.enumerate() {
        batch.parties.push(PactPartyRow {
            pact_id: id,
            party_id,
            role: role.name(),
            position: i32::try_from(position).unwrap_or(0),
        });
    }
    for (number, version) in (1..).zip(&story.versions) {
        batch.versions.push(VersionRow {
            pact_id: id,
            number,
            content: version.json.clone(),
            sha256: version.sha256.clone(),
            author: version.author.clone(),
            note: version.note.clone(),
            created_at: version.at,
        });
    }
    for h in &story.happenings {
        batch.events.push(EventRow {
            pact_id: id,
            occurred_at: h.at,
            actor_role: h.actor.name(),
            actor_name: h.name.clone(),
            kind: h.kind,
            status_before: h.before.map(|s| s.name().to_owned()),
            status_after: h.after.map(|s| s.name().to_owned()),
            details: h.details.clone(),
        });
    }
    for report in &story.reports {
        let volunteers = rng.random_range(2..40);
        batch.reports.push(ReportRow {
            pact_id: id,
            author_id: *city.authors.choose(rng).unwrap_or(&0),
            period_start: report.period.0,
            period_end: report.period.1,
            activities: plan
                .activities
                .iter()
                .map(|a| words.activity_sentence.replace("{}", a))
                .collect::<Vec<_>>()
                .join(" "),
            places: place.name.clone(),
            beneficiaries: rng.random_range(10..600),
            volunteers,
            hours: volunteers * rng.random_range(5..40),
            resources_parties: words.resources_parties.to_owned(),
            resources_city: plan.support.join(", "),
            problems: if rng.random_bool(0.3) {
                words.problems.to_owned()
            } else {
                String::new()
            },
            state: if report.accepted {
                "accepted"
            } else {
                "submitted"
            },
            review_note: None,
            reviewed_at: report
                .accepted
                .then(|| report.sent + chrono::TimeDelta::days(7)),
            created_at: report.sent,
            updated_at: if report.accepted {
                report.sent + chrono::TimeDelta::days(7)
            } else {
                report.sent
            },
        });
    }
    // The search entry, as `db::search::index` writes it.
    let text = match story.version_in_force {
        Some(n) => story.versions.get(usize::try_from(n - 1).unwrap_or(0)),
        None => story.versions.last(),
    };
    let language = TextLanguage::from_code(city.profile.lang.code());
    let mut body = vec![
        plan.summary.clone(),
        place.address.clone(),
        place.district.clone(),
    ];
    body.extend(
        plan.parties
            .iter()
            .filter_map(|p| city.parties[*p].public.clone()),
    );
    if let Some(version) = text {
        for article in &version.text.articles {
            body.push(article.heading.clone());
            body.extend(article.paragraphs.iter().cloned());
        }
    }
    batch.search.push(SearchRow {
        pact_id: id,
        title: index_terms(&[plan.title.as_str(), place.name.as_str()], language),
        body: index_terms(&body, language),
    });
}

/// The words a city's registry is written with.
struct Words {
    towns: &'static [&'static str],
    regulation: &'static str,
    districts: &'static [&'static str],
    /// Complements of place ("des Tilleuls"), for commons and parties.
    places: &'static [&'static str],
    streets: &'static [&'static str],
    /// Commons by category, in `CommonsCategory` order.
    commons: [&'static [&'static str]; 9],
    first_names: &'static [&'static str],
    surnames: &'static [&'static str],
    associations: &'static [&'static str],
    group: &'static str,
    school: &'static str,
    business: &'static str,
    foundation: &'static str,
    public_body: &'static str,
    anonymous: &'static str,
    /// Titles by intensity, in `Intensity` order; `{}` is the commons.
    titles: [&'static [&'static str]; 4],
    activities: &'static [&'static str],
    support: &'static [&'static str],
    summary: &'static str,
    headings: [&'static str; 6],
    object: &'static str,
    activity_sentence: &'static str,
    support_sentence: &'static str,
    revision: &'static str,
    duration: &'static str,
    reports: &'static str,
    liability: &'static str,
    version_note: &'static str,
    documents_request: &'static str,
    documents_answer: &'static str,
    rejected: &'static str,
    withdrawn: &'static str,
    suspended: &'static str,
    terminated: &'static str,
    resources_parties: &'static str,
    problems: &'static str,
    /// An address: `{n}` the number, `{street}` the street.
    address: &'static str,
}

impl Words {
    fn commons(&self, category: CommonsCategory) -> &'static [&'static str] {
        let index = CommonsCategory::all()
            .iter()
            .position(|c| *c == category)
            .unwrap_or(0);
        self.commons.get(index).copied().unwrap_or(self.commons[0])
    }

    fn titles(&self, intensity: Intensity) -> &'static [&'static str] {
        let index = Intensity::all()
            .iter()
            .position(|i| *i == intensity)
            .unwrap_or(0);
        self.titles.get(index).copied().unwrap_or(self.titles[0])
    }

    fn address(&self, number: u32, street: &str) -> String {
        self.address
            .replace("{n}", &number.to_string())
            .replace("{street}", street)
    }
}

static FR: Words = Words {
    towns: &[
        "Montreval",
        "Belcastel",
        "Saint-Aubin-des-Prés",
        "Villefranche-sur-Olme",
        "Rochebrune",
        "Clairmont",
        "Beaulieu-les-Sources",
        "Valcroix",
        "Pontarcy",
        "Lormes-en-Vallée",
    ],
    regulation: "Règlement pour la gestion partagée des communs urbains",
    districts: &[
        "Centre-ville",
        "Gare",
        "Les Rives",
        "Hauts-de-Ville",
        "Faubourg Saint-Jean",
        "Plateau",
        "Port",
        "Vieux-Bourg",
    ],
    places: &[
        "des Tilleuls",
        "du Moulin",
        "Saint-Martin",
        "des Lilas",
        "de la Gare",
        "du Château",
        "des Acacias",
        "Victor-Hugo",
        "Jean-Jaurès",
        "des Cerisiers",
        "du Port",
        "de la Fontaine",
        "des Platanes",
        "du Marché",
        "Pasteur",
        "des Écoles",
        "du Lavoir",
        "des Vignes",
        "de la Liberté",
        "des Peupliers",
        "des Remparts",
        "du Vieux-Pont",
        "Sainte-Claire",
        "des Oliviers",
    ],
    streets: &[
        "rue des Lilas",
        "avenue Jean-Jaurès",
        "rue du Moulin",
        "place du Marché",
        "boulevard Pasteur",
        "rue de la République",
        "chemin des Vignes",
        "quai du Port",
        "rue Victor-Hugo",
        "allée des Tilleuls",
        "impasse des Cerisiers",
        "rue de la Fontaine",
    ],
    commons: [
        &["Jardin", "Parc", "Square", "Potager partagé", "Verger"],
        &["Place", "Placette", "Passage", "Allée", "Parvis"],
        &["Cour de l'école", "Jardin de l'école", "Préau de l'école"],
        &[
            "Maison de quartier",
            "Ancienne gare",
            "Halle",
            "Ancien lavoir",
            "Salle municipale",
        ],
        &[
            "Chapelle",
            "Fontaine",
            "Kiosque à musique",
            "Boîte à livres",
            "Mémoire orale",
        ],
        &["Épicerie solidaire", "Local associatif", "Café social"],
        &["Berges", "Mare", "Bois", "Sentier nature"],
        &[
            "Terrain de jeux",
            "City-stade",
            "Aire de jeux",
            "Boulodrome",
        ],
        &[
            "Atelier numérique",
            "Carte participative",
            "Réseau wifi de quartier",
        ],
    ],
    first_names: &[
        "Camille", "Léa", "Lucas", "Hugo", "Chloé", "Manon", "Louis", "Inès", "Jules", "Sarah",
        "Nathan", "Emma", "Mathis", "Zoé", "Yanis", "Anne", "Pierre", "Fatima", "Karim", "Élise",
    ],
    surnames: &[
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux", "Fournier", "Girard",
        "Bonnet", "Mercier",
    ],
    associations: &[
        "Association des habitants",
        "Association des amis",
        "Les Jardiniers",
        "Vivre ensemble",
        "Comité des fêtes",
        "Club sportif",
        "Atelier vélo",
    ],
    group: "Collectif",
    school: "École élémentaire",
    business: "Boulangerie {}",
    foundation: "Fondation",
    public_body: "Centre social",
    anonymous: "Un habitant",
    titles: [
        &[
            "Journées citoyennes : {}",
            "Nettoyage et petit entretien : {}",
        ],
        &[
            "Soin quotidien : {}",
            "Entretien partagé : {}",
            "Jardinage collectif : {}",
        ],
        &["Gestion partagée : {}", "Ouverture et animation : {}"],
        &["Régénération : {}", "Réhabilitation et réouverture : {}"],
    ],
    activities: &[
        "l'arrosage et le désherbage des massifs",
        "le ramassage des déchets chaque semaine",
        "la plantation d'arbres fruitiers",
        "l'ouverture du lieu le samedi matin",
        "des ateliers de compostage pour les habitants",
        "une fête de quartier au printemps",
        "la peinture des bancs et du mobilier",
        "des lectures publiques pour les enfants",
        "un atelier de réparation de vélos",
        "l'accueil des classes du quartier",
        "un potager pédagogique avec les élèves",
        "la pose de nichoirs et d'hôtels à insectes",
        "des concerts gratuits en été",
        "une permanence d'accès au numérique pour les aînés",
        "la cartographie des arbres remarquables",
        "un repas partagé chaque mois",
        "l'entretien des fontaines et des bassins",
        "une fresque murale avec les jeunes",
        "des tournois sportifs ouverts à tous",
        "la distribution de paniers de légumes aux familles",
    ],
    support: &[
        "les outils et les gants",
        "l'eau pour l'arrosage",
        "une assurance pour les bénévoles",
        "l'accès aux locaux municipaux",
        "une formation à la sécurité",
        "l'enlèvement des déchets verts",
        "l'exonération de la redevance d'occupation",
    ],
    summary: "Des habitants proposent de prendre soin du lieu « {commons} » : {activity}.",
    headings: [
        "Article 1 – Objet",
        "Article 2 – Activités",
        "Article 3 – Engagements de la Ville",
        "Article 4 – Durée",
        "Article 5 – Suivi et rapports",
        "Article 6 – Responsabilités",
    ],
    object: "Le présent pacte organise la collaboration entre la Ville de {city} et {parties} \
             pour le soin de « {commons} » ({address}).",
    activity_sentence: "Les parties s'engagent à assurer {}.",
    support_sentence: "La Ville met à disposition {}.",
    revision: "Les parties tiennent un cahier des interventions, consultable par la Ville.",
    duration: "Le pacte est conclu pour {} mois à compter du jour de sa prise d'effet.",
    reports: "Les parties remettent chaque année un rapport d'activité : actions menées, \
              bénévoles mobilisés, heures données, difficultés rencontrées.",
    liability: "Chaque partie répond de ses propres actes ; les bénévoles sont assurés par la \
                Ville pour les activités prévues au pacte.",
    version_note: "Texte revu en co-conception : cahier des interventions ajouté.",
    documents_request: "Merci de joindre le plan du lieu et l'attestation d'assurance.",
    documents_answer: "Plan et attestation joints.",
    rejected: "Le lieu est concerné par un chantier prévu l'an prochain.",
    withdrawn: "Le collectif ne peut plus assurer les activités prévues.",
    suspended: "Travaux de sécurité sur le site.",
    terminated: "Les engagements du pacte n'ont pas été tenus.",
    resources_parties: "Temps bénévole, petit matériel, semences.",
    problems: "Quelques dégradations signalées pendant l'été.",
    address: "{n} {street}",
};

static IT: Words = Words {
    towns: &[
        "Borgoalto",
        "Sanvitale",
        "Castelrosso",
        "Montefiore Terme",
        "Valdarena",
        "Pietrabianca",
        "Rocca San Felice",
        "Portoverde",
        "Acquaviva del Colle",
        "Campolungo",
    ],
    regulation: "Regolamento sulla collaborazione tra cittadini e amministrazione per la cura \
                 e la rigenerazione dei beni comuni urbani",
    districts: &[
        "Centro storico",
        "Stazione",
        "Borgo Nuovo",
        "Collina",
        "Porto",
        "San Lorenzo",
        "Marina",
        "Oltrefiume",
    ],
    places: &[
        "dei Tigli",
        "del Mulino",
        "San Martino",
        "dei Lillà",
        "della Stazione",
        "del Castello",
        "delle Acacie",
        "Garibaldi",
        "Mazzini",
        "dei Ciliegi",
        "del Porto",
        "della Fontana",
        "dei Platani",
        "del Mercato",
        "Verdi",
        "delle Scuole",
        "del Lavatoio",
        "delle Vigne",
        "della Libertà",
        "dei Pioppi",
        "delle Mura",
        "del Ponte Vecchio",
        "Santa Chiara",
        "degli Ulivi",
    ],
    streets: &[
        "Via Roma",
        "Via Garibaldi",
        "Corso Mazzini",
        "Piazza del Mercato",
        "Via dei Mille",
        "Via della Repubblica",
        "Vicolo delle Vigne",
        "Lungomare Colombo",
        "Via Verdi",
        "Viale dei Tigli",
        "Via dei Ciliegi",
        "Via della Fontana",
    ],
    commons: [
        &["Giardino", "Parco", "Aiuola", "Orto condiviso", "Frutteto"],
        &["Piazza", "Piazzetta", "Vicolo", "Largo", "Sagrato"],
        &[
            "Cortile della scuola",
            "Orto della scuola",
            "Giardino della scuola",
        ],
        &[
            "Casa di quartiere",
            "Ex stazione",
            "Ex mercato coperto",
            "Ex lavatoio",
            "Sala civica",
        ],
        &[
            "Cappella",
            "Fontana",
            "Chiostro",
            "Biblioteca di strada",
            "Memoria orale",
        ],
        &["Emporio solidale", "Spazio sociale", "Centro di comunità"],
        &["Lungofiume", "Stagno", "Bosco", "Sentiero natura"],
        &["Campetto", "Area giochi", "Bocciofila", "Playground"],
        &[
            "Laboratorio digitale",
            "Mappa partecipata",
            "Rete wifi di quartiere",
        ],
    ],
    first_names: &[
        "Giulia",
        "Francesca",
        "Marco",
        "Luca",
        "Chiara",
        "Sara",
        "Matteo",
        "Alessandro",
        "Martina",
        "Giorgio",
        "Anna",
        "Paolo",
        "Elena",
        "Davide",
        "Sofia",
        "Rosa",
        "Salvatore",
        "Amina",
        "Karim",
        "Teresa",
    ],
    surnames: &[
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
        "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo",
        "Lombardi", "Moretti",
    ],
    associations: &[
        "Associazione abitanti",
        "Associazione amici",
        "Giardinieri",
        "Pro Loco",
        "Polisportiva",
        "Ciclofficina",
        "Circolo culturale",
    ],
    group: "Comitato",
    school: "Istituto comprensivo",
    business: "Forno {}",
    foundation: "Fondazione",
    public_body: "Consorzio",
    anonymous: "Un residente",
    titles: [
        &["Giornate di cura: {}", "Pulizia e piccola manutenzione: {}"],
        &[
            "Cura quotidiana: {}",
            "Manutenzione condivisa: {}",
            "Giardinaggio collettivo: {}",
        ],
        &["Gestione condivisa: {}", "Apertura e animazione: {}"],
        &["Rigenerazione: {}", "Recupero e riapertura: {}"],
    ],
    activities: &[
        "l'irrigazione e la pulizia delle aiuole",
        "la raccolta dei rifiuti ogni settimana",
        "la piantumazione di alberi da frutto",
        "l'apertura dello spazio il sabato mattina",
        "laboratori di compostaggio per i residenti",
        "una festa di quartiere in primavera",
        "la verniciatura delle panchine e degli arredi",
        "letture pubbliche per i bambini",
        "una ciclofficina popolare",
        "l'accoglienza delle classi del quartiere",
        "un orto didattico con gli alunni",
        "l'installazione di nidi e casette per insetti",
        "concerti gratuiti d'estate",
        "uno sportello digitale per gli anziani",
        "la mappatura degli alberi monumentali",
        "una cena condivisa ogni mese",
        "la manutenzione delle fontane",
        "un murale con i ragazzi del quartiere",
        "tornei sportivi aperti a tutti",
        "la distribuzione di cassette di verdura alle famiglie",
    ],
    support: &[
        "gli attrezzi e i guanti",
        "l'acqua per l'irrigazione",
        "la copertura assicurativa dei volontari",
        "l'uso di locali comunali",
        "la formazione sulla sicurezza",
        "lo smaltimento del verde",
        "l'esenzione dal canone di occupazione",
    ],
    summary: "Alcuni residenti propongono di prendersi cura di «{commons}»: {activity}.",
    headings: [
        "Art. 1 – Oggetto",
        "Art. 2 – Attività",
        "Art. 3 – Impegni del Comune",
        "Art. 4 – Durata",
        "Art. 5 – Monitoraggio e rendicontazione",
        "Art. 6 – Responsabilità",
    ],
    object: "Il presente patto disciplina la collaborazione tra il Comune di {city} e {parties} \
             per la cura di «{commons}» ({address}).",
    activity_sentence: "I proponenti si impegnano a garantire {}.",
    support_sentence: "Il Comune mette a disposizione {}.",
    revision: "I proponenti tengono un registro degli interventi, consultabile dal Comune.",
    duration: "Il patto ha durata di {} mesi dalla data di decorrenza.",
    reports: "I proponenti presentano ogni anno una relazione: attività svolte, volontari \
              coinvolti, ore donate, criticità incontrate.",
    liability: "Ciascuna parte risponde dei propri atti; i volontari sono assicurati dal Comune \
                per le attività previste dal patto.",
    version_note: "Testo rivisto in co-progettazione: aggiunto il registro degli interventi.",
    documents_request: "Si prega di allegare la planimetria e la polizza assicurativa.",
    documents_answer: "Planimetria e polizza allegate.",
    rejected: "L'area è interessata da un cantiere previsto il prossimo anno.",
    withdrawn: "Il comitato non può più garantire le attività previste.",
    suspended: "Lavori di messa in sicurezza dell'area.",
    terminated: "Gli impegni del patto non sono stati rispettati.",
    resources_parties: "Tempo dei volontari, piccoli attrezzi, sementi.",
    problems: "Alcuni atti vandalici segnalati durante l'estate.",
    address: "{street} {n}",
};

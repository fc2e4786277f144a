//! The public pages, and the loaders they share with their JSON twins.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::Markup;
use serde::{Deserialize, Serialize};

use super::extract::{Ctx, LANG_COOKIE, Path, Query};
use super::session::Viewer;
use crate::app::AppState;
use crate::db;
use crate::db::cities::{City, District};
use crate::db::commons::Commons;
use crate::db::pacts::{PactDetail, PactListItem};
use crate::db::registry::{Facets, RegistryPage};
use crate::db::stats::KeyFigures;
use crate::domain::filter::{RawFilter, RegistryFilter, is_slug};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::views;

/// The home page's data.
#[derive(Debug, Serialize)]
pub struct HomeData {
    /// Figures over every city.
    pub figures: KeyFigures,
    /// Each city with its figures.
    pub cities: Vec<CityFigures>,
    /// False when the figures are from before the latest changes to the
    /// registry (the new ones are being computed).
    #[serde(skip)]
    pub current: bool,
}

/// A city and its key figures.
#[derive(Debug, Serialize)]
pub struct CityFigures {
    /// The city.
    pub city: City,
    /// Its figures.
    pub figures: KeyFigures,
}

pub(super) async fn load_home(state: &AppState) -> Result<HomeData, AppError> {
    // Seconds at a million pacts: computed once per state of the registry.
    let latest = super::slow::latest(state, "figures by city".to_owned(), |conn, _| {
        Ok(db::stats::by_city(conn)?)
    })
    .await?;
    let cities = state.db(|conn| Ok(db::cities::list(conn)?)).await?;
    let by_city = &latest.value;
    let figures = by_city
        .values()
        .fold(KeyFigures::default(), |sum, f| sum + *f);
    let cities = cities
        .into_iter()
        .map(|city| CityFigures {
            figures: by_city.get(&city.id).copied().unwrap_or_default(),
            city,
        })
        .collect();
    Ok(HomeData {
        figures,
        cities,
        current: latest.current,
    })
}

/// `GET /`: what the registry is, and its key figures.
pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let data = load_home(&state).await?;
    Ok(super::slow::answer(
        views::home::page(&ctx, &data),
        data.current,
    ))
}

/// The registry page's data: results and the choices of the filter form.
#[derive(Debug, Serialize)]
pub struct RegistryData {
    /// The filters as understood.
    pub filter: RegistryFilter,
    /// The page of results.
    #[serde(flatten)]
    pub results: RegistryPage,
    /// How many of the pacts found have each value of each filter.
    pub facets: Facets,
    /// Cities, for the filter form.
    #[serde(skip)]
    pub cities: Vec<City>,
    /// Districts of the chosen city, for the filter form.
    #[serde(skip)]
    pub districts: Vec<District>,
}

pub(super) async fn load_registry(
    state: &AppState,
    raw: &RawFilter,
) -> Result<RegistryData, AppError> {
    let filter = RegistryFilter::parse(raw)?;
    let index = Arc::clone(&state.registry);
    // Searches for words take turns (what their words found is large);
    // filters alone hold a page's worth of memory and go straight in.
    let _turn = match filter.text() {
        Some(_) => Some(state.registry.searching().await),
        None => None,
    };
    state
        .db(move |conn| {
            let (results, facets) = db::registry::search_with_facets(conn, &index, &filter)?;
            let cities = db::cities::list(conn)?;
            let districts = match filter
                .city
                .as_deref()
                .and_then(|slug| cities.iter().find(|c| c.slug == slug))
            {
                Some(city) => db::cities::districts(conn, city.id)?,
                None => Vec::new(),
            };
            Ok(RegistryData {
                filter,
                results,
                facets,
                cities,
                districts,
            })
        })
        .await
}

/// `GET /pacts`: the registry, filtered and paginated.
pub async fn registry(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(raw): Query<RawFilter>,
) -> Result<Markup, AppError> {
    Ok(views::registry::page(
        &ctx,
        &load_registry(&state, &raw).await?,
    ))
}

/// A city page's data.
#[derive(Debug, Serialize)]
pub struct CityData {
    /// The city.
    pub city: City,
    /// Its districts.
    pub districts: Vec<District>,
    /// Its key figures.
    pub figures: KeyFigures,
    /// How many commons it lists.
    pub commons: i64,
    /// Its calls for proposals open today.
    pub calls: Vec<crate::db::calls::Call>,
}

pub(super) async fn load_city(state: &AppState, slug: String) -> Result<CityData, AppError> {
    let today = state.clock.now().date_naive();
    if !is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok(CityData {
                districts: db::cities::districts(conn, city.id)?,
                figures: db::stats::of_city(conn, city.id)?,
                commons: db::commons::count(conn, city.id)?,
                calls: db::calls::open(conn, city.id, today)?,
                city,
            })
        })
        .await
}

/// `GET /cities/{city}`: a city, its regulation and figures.
pub async fn city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Markup, AppError> {
    Ok(views::city::page(&ctx, &load_city(&state, slug).await?))
}

/// A pact page's data.
#[derive(Debug, Serialize)]
pub struct PactData {
    /// The city.
    pub city: crate::db::pacts::CityRef,
    /// The pact.
    #[serde(flatten)]
    pub detail: PactDetail,
    /// Its commons.
    pub commons: Commons,
    /// Public comments, oldest first.
    pub comments: Vec<crate::db::comments::Comment>,
    /// Other proposals under way on the same commons: number and title.
    pub competing: Vec<(String, String)>,
    /// Whether the public may comment today.
    pub comments_open: bool,
    /// The viewer's own proposal that became this pact, if they wrote it.
    #[serde(skip)]
    pub own_proposal: Option<i64>,
    /// The actions and colleagues offered to the city's staff viewing it.
    #[serde(skip)]
    pub staff: Option<super::review::StaffTools>,
    /// The viewer's part in drafting the text, if any.
    #[serde(skip)]
    pub participant: Option<super::drafting::Participant>,
    /// Files of the proposal and of the answers, for participants.
    #[serde(skip)]
    pub documents: Vec<crate::db::attachments::AttachmentInfo>,
    /// The upload limit, for the forms.
    #[serde(skip)]
    pub max_upload_mb: u32,
    /// Co-proponents invited, for the proposal's author.
    #[serde(skip)]
    pub invitations: Vec<crate::db::invitations::Invitation>,
    /// Whether the signed-in viewer follows the pact.
    #[serde(skip)]
    pub following: Option<bool>,
    /// The call for proposals the proposal answered, if any.
    pub call: Option<crate::db::calls::Call>,
    /// Signatures and issued agreements.
    #[serde(skip)]
    pub signing: super::signing::Panel,
    /// Activity reports.
    #[serde(skip)]
    pub reports: crate::views::reports::Section,
    /// Disputes, for the parties and the city.
    #[serde(skip)]
    pub disputes: crate::views::disputes::Section,
    /// Renewal of the term, or the term it renews.
    #[serde(skip)]
    pub renewal: crate::views::renewals::Section,
    /// Amendments, for the parties and the city.
    #[serde(skip)]
    pub amendments: crate::views::amendments::Section,
    /// Where it was imported from, and the fields still to complete.
    pub imported: Option<db::imports::Imported>,
}

pub(super) async fn load_pact(
    state: &AppState,
    city: String,
    number: String,
    viewer: Option<crate::db::users::User>,
) -> Result<PactData, AppError> {
    let today = state.clock.now().date_naive();
    let max_upload_mb = state.config.max_upload_mb;
    if !is_slug(&city) || !crate::domain::number::is_number(&number) {
        return Err(AppError::NotFound);
    }
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &city)?.ok_or(AppError::NotFound)?;
            let detail = db::pacts::find(conn, city.id, &number)?.ok_or(AppError::NotFound)?;
            let commons = db::commons::by_ids(conn, &[detail.pact.commons_id])?
                .pop()
                .ok_or(AppError::NotFound)?;
            // The proposal the pact came from, and its author: read once,
            // for the author's tools and the participants' documents.
            let proposal = match &viewer {
                Some(_) => db::proposals::author_of_pact(conn, detail.pact.id)?,
                None => None,
            };
            let own_proposal = proposal
                .filter(|(_, author)| viewer.as_ref().is_some_and(|u| u.id == *author))
                .map(|(proposal, _)| proposal);
            let staff = super::review::staff_tools(
                conn,
                viewer.as_ref(),
                &city,
                &detail.pact.lifecycle,
                today,
            )?;
            let participant =
                super::drafting::participant(conn, viewer.as_ref(), city.id, detail.pact.id)?;
            let documents = match (participant, proposal) {
                (Some(_), Some((proposal, _))) => db::attachments::of_proposal(conn, proposal)?,
                _ => Vec::new(),
            };
            let invitations = if own_proposal.is_some() {
                db::invitations::of_pact(conn, detail.pact.id)?
            } else {
                Vec::new()
            };
            let call = match db::proposals::call_of_pact(conn, detail.pact.id)? {
                Some(id) => db::calls::get(conn, id)?,
                None => None,
            };
            let following = match &viewer {
                Some(user) => Some(db::follows::is_following(conn, user.id, detail.pact.id)?),
                None => None,
            };
            let comments = db::comments::of_pact(conn, detail.pact.id)?;
            let competing = if crate::domain::lifecycle::Status::BEFORE_SIGNATURE
                .contains(&detail.pact.lifecycle.status)
            {
                db::comments::competing(conn, detail.pact.id, detail.pact.commons_id)?
            } else {
                Vec::new()
            };
            let reports =
                super::reports::section(conn, &detail.pact, participant, staff.is_some())?;
            let disputes = super::disputes::section(
                conn,
                &detail.pact,
                participant.is_some(),
                staff.is_some(),
            )?;
            let renewal =
                super::renewals::section(conn, (&detail.pact, &city), participant, today)?;
            let amendments = super::amendments::section(conn, &detail, participant)?;
            let signing = super::signing::panel(
                conn,
                viewer.as_ref(),
                city.id,
                (detail.pact.id, detail.pact.lifecycle.status),
                participant.is_some(),
            )?;
            Ok(PactData {
                city: crate::db::pacts::CityRef {
                    slug: city.slug,
                    name: city.name,
                },
                imported: db::imports::of_pact(conn, detail.pact.id)?,
                comments_open: detail.pact.lifecycle.comments_open(today),
                detail,
                commons,
                comments,
                competing,
                own_proposal,
                staff,
                participant,
                documents,
                max_upload_mb,
                invitations,
                following,
                call,
                signing,
                reports,
                disputes,
                renewal,
                amendments,
            })
        })
        .await
}

/// `GET /cities/{city}/pacts/{number}`: one pact (with the author's own
/// tools when the viewer wrote the proposal).
pub async fn pact(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((city, number)): Path<(String, String)>,
) -> Result<Markup, AppError> {
    Ok(views::pacts::page(
        &ctx,
        &load_pact(&state, city, number, viewer.user).await?,
    ))
}

/// A commons page's data.
#[derive(Debug, Serialize)]
pub struct CommonsData {
    /// The city.
    pub city: crate::db::pacts::CityRef,
    /// The commons.
    #[serde(flatten)]
    pub commons: Commons,
    /// Every pact on it, newest first.
    pub pacts: Vec<PactListItem>,
    /// Calls for proposals open today on it.
    pub calls: Vec<crate::db::calls::Call>,
}

pub(super) async fn load_commons(
    state: &AppState,
    city: String,
    slug: String,
) -> Result<CommonsData, AppError> {
    let today = state.clock.now().date_naive();
    if !is_slug(&city) || !is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    state
        .db(move |conn| {
            let city = db::cities::find(conn, &city)?.ok_or(AppError::NotFound)?;
            let commons = db::commons::find(conn, city.id, &slug)?.ok_or(AppError::NotFound)?;
            let pacts = db::pacts::on_commons(conn, commons.id)?;
            let calls = db::calls::open(conn, city.id, today)?
                .into_iter()
                .filter(|c| c.commons_id == commons.id)
                .collect();
            Ok(CommonsData {
                calls,
                city: crate::db::pacts::CityRef {
                    slug: city.slug,
                    name: city.name,
                },
                commons,
                pacts,
            })
        })
        .await
}

/// `GET /cities/{city}/commons/{commons}`: a commons and every pact on it.
pub async fn commons(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((city, slug)): Path<(String, String)>,
) -> Result<Markup, AppError> {
    Ok(views::commons::page(
        &ctx,
        &load_commons(&state, city, slug).await?,
    ))
}

/// Where to go back to after choosing a language.
#[derive(Debug, Deserialize)]
pub struct Back {
    back: Option<String>,
}

/// `GET /lang/{code}?back=/path`: remembers the language in a cookie and
/// goes back to the page. Only local paths are followed, so the link cannot
/// send anyone elsewhere.
pub async fn set_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(back): Query<Back>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&code)
        .filter(|l| l.code() == code)
        .ok_or(AppError::NotFound)?;
    let back = back
        .back
        .filter(|b| {
            b.starts_with('/')
                && !b.starts_with("//")
                && !b.contains('\\')
                && !b.contains(['\r', '\n'])
        })
        .unwrap_or_else(|| "/".to_owned());
    let secure = if state.config.is_https() {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        lang.code()
    );
    let mut response = Redirect::to(&back).into_response();
    *response.status_mut() = StatusCode::SEE_OTHER;
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|e| AppError::Internal(e.into()))?,
    );
    Ok(response)
}

//! Atom feeds of new and changed pacts: of the whole registry for any
//! search (`/pacts/feed.atom` takes the registry's filters, so every
//! search has its feed) and of one city (`/cities/{city}/feed.atom`).
//! Each entry is a pact as it stands now, dated by its last change.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::extract::{Ctx, Path, Query};
use crate::app::AppState;
use crate::db;
use crate::db::pacts::PactListItem;
use crate::domain::filter::{RawFilter, RegistryFilter};
use crate::error::AppError;
use crate::i18n::{Arg, Lang};

/// Entries per feed: the pacts changed last.
const ENTRIES: i64 = 50;

/// `GET /pacts/feed.atom`: the pacts matching the registry's filters that
/// changed last.
pub async fn registry(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(raw): Query<RawFilter>,
) -> Result<Response, AppError> {
    let filter = RegistryFilter::parse(&raw)?;
    let query = crate::views::registry::search_query(&filter, 1);
    let title = ctx.lang.t("feed-registry-title");
    let paths = (format!("/pacts/feed.atom{query}"), format!("/pacts{query}"));
    feed(&state, ctx.lang, filter, (title, paths)).await
}

/// `GET /cities/{city}/feed.atom`: the city's pacts that changed last.
pub async fn city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let lookup = slug.clone();
    let city = state
        .db(move |conn| db::cities::find(conn, &lookup)?.ok_or(AppError::NotFound))
        .await?;
    let filter = RegistryFilter {
        city: Some(slug.clone()),
        ..RegistryFilter::default()
    };
    let title = ctx
        .lang
        .t_args("feed-city-title", &[("city", Arg::Str(city.name))]);
    let paths = (
        format!("/cities/{slug}/feed.atom"),
        format!("/cities/{slug}"),
    );
    feed(&state, ctx.lang, filter, (title, paths)).await
}

/// The feed of `filter`, titled `title`, at `own` (path and query), whose
/// HTML twin is at `page`.
async fn feed(
    state: &AppState,
    lang: Lang,
    filter: RegistryFilter,
    (title, (own, page)): (String, (String, String)),
) -> Result<Response, AppError> {
    let site = state.config.base_url.clone();
    let items = state
        .db(move |conn| Ok(db::registry::recently_changed(conn, &filter, ENTRIES)?))
        .await?;
    let self_url = format!("{site}{own}");
    let entries: Vec<Entry> = items.iter().map(|item| entry(lang, &site, item)).collect();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| when(state.clock.now().naive_utc()));
    let feed = Feed {
        title: Text::plain(title),
        id: self_url.clone(),
        updated,
        lang: Some(lang.code().to_owned()),
        links: vec![
            link("self", &self_url, "application/atom+xml"),
            link("alternate", &format!("{site}{page}"), "text/html"),
        ],
        generator: Some(atom_syndication::Generator {
            value: "Pacta".to_owned(),
            ..atom_syndication::Generator::default()
        }),
        entries,
        ..Feed::default()
    };
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response())
}

/// One pact as an entry: number and title, its status and summary, its
/// page, its city as author, dated by its last change.
fn entry(lang: Lang, site: &str, item: &PactListItem) -> Entry {
    let pact = &item.pact;
    let url = format!("{site}/cities/{}/pacts/{}", item.city.slug, pact.number);
    Entry {
        title: Text::plain(format!("{} — {}", pact.number, pact.title)),
        id: url.clone(),
        updated: when(pact.updated_at),
        authors: vec![Person {
            name: item.city.name.clone(),
            ..Person::default()
        }],
        links: vec![link("alternate", &url, "text/html")],
        summary: Some(Text::plain(format!(
            "{} — {} — {}",
            lang.label(pact.lifecycle.status),
            item.commons.name,
            pact.summary
        ))),
        ..Entry::default()
    }
}

fn link(rel: &str, href: &str, mime: &str) -> Link {
    Link {
        rel: rel.to_owned(),
        href: href.to_owned(),
        mime_type: Some(mime.to_owned()),
        ..Link::default()
    }
}

/// A stored UTC time as Atom wants it.
fn when(at: chrono::NaiveDateTime) -> FixedDateTime {
    at.and_utc().fixed_offset()
}

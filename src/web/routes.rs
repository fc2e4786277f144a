//! The route table: every route, the access it needs, and its handler, in
//! one list. The router is built from it, each route behind [`guard`], so no
//! route exists without a declared access; the authorisation matrix test
//! reads the same list.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use serde::Serialize;

use super::session::Viewer;
use super::{
    account, amendments, api, attachments, auth, calls, comments, dashboard, disputes, districts,
    drafting, feeds, imports, invitations, jobs, links, map, notifications, open_data, pages,
    parties, proposals, renewals, reports, review, seal, second_factor, settings, signing,
    statistics, templates, verify,
};
use crate::app::AppState;
use crate::db;
use crate::domain::policy::{Access, Decision, Subject, decide};
use crate::error::{AppError, Message};

/// A route as the authorisation matrix sees it.
#[derive(Debug, Clone, Serialize)]
pub struct RouteSpec {
    /// HTTP method.
    pub method: &'static str,
    /// Path pattern, as given to axum.
    pub path: &'static str,
    /// What it requires.
    pub access: Access,
}

type Entry = (Method, &'static str, Access, MethodRouter<AppState>);

/// Every route of Pacta. One line each, kept unformatted so that the
/// table reads as a table.
#[rustfmt::skip]
#[expect(clippy::too_many_lines, reason = "a table, one line per route")]
fn table() -> Vec<Entry> {
    use Access::{CityAdmin, CityStaff, OwnSecurity, Public, SignedIn};
    vec![
        (Method::GET, "/", Public, get(pages::home)),
        (Method::GET, "/pacts", Public, get(pages::registry)),
        (Method::GET, "/pacts/feed.atom", Public, get(feeds::registry)),
        (Method::GET, "/cities/{city}", Public, get(pages::city)),
        (Method::GET, "/cities/{city}/feed.atom", Public, get(feeds::city)),
        (Method::GET, "/map", Public, get(map::page)),
        (Method::GET, "/statistics", Public, get(statistics::all)),
        (Method::GET, "/cities/{city}/statistics", Public, get(statistics::city)),
        (Method::GET, "/open-data", Public, get(open_data::page)),
        (Method::GET, "/open-data/pacts.csv", Public, get(open_data::csv)),
        (Method::GET, "/open-data/pacts.json", Public, get(open_data::json)),
        (Method::GET, "/open-data/pacts.geojson", Public, get(open_data::geojson)),
        (Method::GET, "/open-data/pacts.schema.json", Public, get(open_data::schema)),
        (Method::GET, "/open-data/catalog.jsonld", Public, get(open_data::catalog)),
        (Method::GET, "/cities/{city}/pacts/{number}", Public, get(pages::pact)),
        (Method::POST, "/cities/{city}/pacts/{number}/comments", SignedIn, post(comments::add)),
        (Method::POST, "/cities/{city}/pacts/{number}/follow", SignedIn, post(comments::follow)),
        (Method::GET, "/cities/{city}/pacts/{number}/versions", Public, get(drafting::versions)),
        (Method::GET, "/cities/{city}/pacts/{number}/versions/{version}", Public, get(drafting::version)),
        (Method::GET, "/cities/{city}/pacts/{number}/versions/{version}/pdf", Public, get(drafting::version_pdf)),
        (Method::POST, "/cities/{city}/pacts/{number}/versions/{version}/comments", SignedIn, post(drafting::comment)),
        (Method::GET, "/cities/{city}/pacts/{number}/compare", Public, get(drafting::compare_versions)),
        (Method::GET, "/cities/{city}/pacts/{number}/edit", SignedIn, get(drafting::edit_form)),
        (Method::POST, "/cities/{city}/pacts/{number}/edit", SignedIn, post(drafting::save)),
        (Method::GET, "/cities/{city}/pacts/{number}/signature", SignedIn, get(signing::by_account)),
        (Method::POST, "/cities/{city}/pacts/{number}/signature", SignedIn, post(signing::sign_by_account)),
        (Method::POST, "/cities/{city}/pacts/{number}/signature/decline", SignedIn, post(signing::decline_by_account)),
        (Method::GET, "/cities/{city}/pacts/{number}/agreement.pdf", Public, get(signing::agreement)),
        (Method::GET, "/sign/{token}", Public, get(signing::by_link)),
        (Method::POST, "/sign/{token}", Public, post(signing::sign_by_link)),
        (Method::POST, "/sign/{token}/code", Public, post(signing::send_code)),
        (Method::POST, "/sign/{token}/decline", Public, post(signing::decline_by_link)),
        (Method::GET, "/cities/{city}/pacts/{number}/reports/new", SignedIn, get(reports::new_form)),
        (Method::POST, "/cities/{city}/pacts/{number}/reports/new", SignedIn, post(reports::create)),
        (Method::GET, "/cities/{city}/pacts/{number}/reports/{id}/edit", SignedIn, get(reports::edit_form)),
        (Method::POST, "/cities/{city}/pacts/{number}/reports/{id}/edit", SignedIn, post(reports::update)),
        (Method::GET, "/reports/photos/{id}", Public, get(reports::photo)),
        (Method::POST, "/cities/{city}/pacts/{number}/disputes", SignedIn, post(disputes::open)),
        (Method::POST, "/cities/{city}/pacts/{number}/renewal", SignedIn, post(renewals::ask)),
        (Method::POST, "/cities/{city}/pacts/{number}/amendment", SignedIn, post(amendments::start)),
        (Method::POST, "/cities/{city}/pacts/{number}/renewal/objection", SignedIn, post(renewals::object)),
        (Method::GET, "/cities/{city}/commons/{commons}", Public, get(pages::commons)),
        (Method::GET, "/cities/{city}/calls", Public, get(calls::public)),
        (Method::GET, "/verify", Public, get(verify::form)),
        (Method::POST, "/verify", Public, post(verify::upload)),
        (Method::GET, "/verify/{code}", Public, get(verify::code)),
        (Method::GET, "/lang/{code}", Public, get(pages::set_language)),
        (Method::GET, "/static/style.css", Public, get(super::stylesheet)),
        (Method::GET, "/healthz", Public, get(super::health)),
        (Method::GET, "/signup", Public, get(auth::signup_form)),
        (Method::POST, "/signup", Public, post(auth::signup)),
        (Method::GET, "/signin", Public, get(auth::signin_form)),
        (Method::POST, "/signin", Public, post(auth::signin)),
        (Method::POST, "/signout", Public, post(auth::signout)),
        (Method::GET, "/signin/link", Public, get(links::link_form)),
        (Method::POST, "/signin/link", Public, post(links::send_link)),
        (Method::GET, "/signin/link/{token}", Public, get(links::link_confirm)),
        (Method::POST, "/signin/link/{token}", Public, post(links::link_sign_in)),
        (Method::GET, "/password/reset", Public, get(links::reset_request_form)),
        (Method::POST, "/password/reset", Public, post(links::send_reset)),
        (Method::GET, "/account/reset/{token}", Public, get(links::reset_form)),
        (Method::POST, "/account/reset/{token}", Public, post(links::reset)),
        (Method::GET, "/account/verify/{token}", Public, get(links::verify_form)),
        (Method::POST, "/account/verify/{token}", Public, post(links::verify)),
        (Method::GET, "/account/password/{token}", Public, get(links::set_password_form)),
        (Method::POST, "/account/password/{token}", Public, post(links::set_password)),
        (Method::GET, "/signin/second-factor", Public, get(second_factor::prompt)),
        (Method::POST, "/signin/second-factor", Public, post(second_factor::check)),
        (Method::GET, "/account/security", OwnSecurity, get(second_factor::show)),
        (Method::POST, "/account/totp/start", OwnSecurity, post(second_factor::start)),
        (Method::GET, "/account/totp/setup", OwnSecurity, get(second_factor::setup)),
        (Method::POST, "/account/totp/confirm", OwnSecurity, post(second_factor::confirm)),
        (Method::POST, "/account/totp/disable", OwnSecurity, post(second_factor::disable)),
        (Method::GET, "/proposals", SignedIn, get(proposals::list)),
        (Method::GET, "/proposals/new", SignedIn, get(proposals::new)),
        (Method::POST, "/proposals", SignedIn, post(proposals::create)),
        (Method::GET, "/proposals/{id}", SignedIn, get(proposals::edit)),
        (Method::POST, "/proposals/{id}", SignedIn, post(proposals::update)),
        (Method::POST, "/proposals/{id}/withdraw", SignedIn, post(proposals::withdraw)),
        (Method::GET, "/proposals/{id}/documents", SignedIn, get(proposals::answer_form)),
        (Method::POST, "/proposals/{id}/documents", SignedIn, post(proposals::answer)),
        (Method::GET, "/proposals/{id}/attachments", SignedIn, get(attachments::list)),
        (Method::POST, "/proposals/{id}/attachments", SignedIn, post(attachments::add)),
        (Method::POST, "/proposals/{id}/attachments/{file}/remove", SignedIn, post(attachments::remove)),
        (Method::GET, "/attachments/{id}", Public, get(attachments::download)),
        (Method::POST, "/proposals/{id}/invitations", SignedIn, post(invitations::invite)),
        (Method::GET, "/invitations/{token}", Public, get(invitations::show)),
        (Method::POST, "/invitations/{token}", Public, post(invitations::answer)),
        (Method::GET, "/account", SignedIn, get(account::show)),
        (Method::GET, "/account/notifications", SignedIn, get(notifications::show)),
        (Method::POST, "/account/notifications", SignedIn, post(notifications::save)),
        (Method::POST, "/account/profile", SignedIn, post(account::update_profile)),
        (Method::GET, "/account/export", SignedIn, get(account::export)),
        (Method::POST, "/account/close", SignedIn, post(account::close)),
        (Method::GET, "/admin/{city}/staff", CityAdmin, get(account::staff)),
        (Method::POST, "/admin/{city}/staff", CityAdmin, post(account::add_staff)),
        (Method::POST, "/admin/{city}/security", CityAdmin, post(second_factor::set_rule)),
        (Method::GET, "/admin/{city}/seal", CityAdmin, get(seal::show)),
        (Method::GET, "/admin/{city}/jobs", CityAdmin, get(jobs::show)),
        (Method::GET, "/admin/{city}", CityStaff, get(dashboard::show)),
        (Method::POST, "/admin/{city}/seal", CityAdmin, post(seal::configure)),
        (Method::GET, "/admin/{city}/settings", CityAdmin, get(settings::edit)),
        (Method::POST, "/admin/{city}/settings", CityAdmin, post(settings::save)),
        (Method::GET, "/admin/{city}/districts", CityAdmin, get(districts::list)),
        (Method::POST, "/admin/{city}/districts", CityAdmin, post(districts::create)),
        (Method::GET, "/admin/{city}/districts/{district}", CityAdmin, get(districts::edit)),
        (Method::POST, "/admin/{city}/districts/{district}", CityAdmin, post(districts::update)),
        (Method::GET, "/admin/{city}/proposals", CityStaff, get(review::inbox)),
        (Method::POST, "/admin/{city}/proposals/bulk", CityStaff, post(review::act_many)),
        (Method::POST, "/admin/{city}/pacts/{number}/act", CityStaff, post(review::act_one)),
        (Method::POST, "/admin/{city}/pacts/{number}/signatures", CityStaff, post(signing::send)),
        (Method::POST, "/admin/{city}/pacts/{number}/reporting", CityStaff, post(reports::set_frequency)),
        (Method::GET, "/admin/{city}/pacts/{number}/complete", CityStaff, get(imports::form)),
        (Method::POST, "/admin/{city}/pacts/{number}/complete", CityStaff, post(imports::save)),
        (Method::POST, "/admin/{city}/reports/{id}/review", CityStaff, post(reports::review)),
        (Method::POST, "/admin/{city}/disputes/{id}/conciliation", CityStaff, post(disputes::conciliation)),
        (Method::POST, "/admin/{city}/disputes/{id}/close", CityStaff, post(disputes::close)),
        (Method::POST, "/admin/{city}/pacts/{number}/renewal", CityStaff, post(renewals::decide)),
        (Method::POST, "/admin/{city}/pacts/{number}/amendment", CityStaff, post(amendments::step)),
        (Method::POST, "/admin/{city}/signatures/{id}/resend", CityStaff, post(signing::resend)),
        (Method::POST, "/admin/{city}/signatures/{id}/cancel", CityStaff, post(signing::cancel)),
        (Method::POST, "/admin/{city}/pacts/{number}/assign", CityStaff, post(review::assign)),
        (Method::POST, "/admin/{city}/pacts/{number}/draft", CityStaff, post(templates::draft)),
        (Method::GET, "/admin/{city}/templates", CityStaff, get(templates::list)),
        (Method::POST, "/admin/{city}/templates", CityStaff, post(templates::create)),
        (Method::GET, "/admin/{city}/templates/{id}", CityStaff, get(templates::edit)),
        (Method::POST, "/admin/{city}/templates/{id}", CityStaff, post(templates::save)),
        (Method::GET, "/admin/{city}/calls", CityStaff, get(calls::admin)),
        (Method::POST, "/admin/{city}/calls", CityStaff, post(calls::create)),
        (Method::POST, "/admin/{city}/calls/{id}/close", CityStaff, post(calls::close)),
        (Method::GET, "/admin/{city}/parties", CityStaff, get(parties::list)),
        (Method::POST, "/admin/{city}/parties/members", CityStaff, post(parties::add_member)),
        (Method::POST, "/admin/{city}/parties/members/remove", CityStaff, post(parties::remove_member)),
        (Method::GET, "/api/v1/openapi.json", Public, get(api::openapi)),
        (Method::GET, "/api/v1/stats", Public, get(api::stats)),
        (Method::GET, "/api/v1/statistics", Public, get(statistics::api)),
        (Method::GET, "/api/v1/pacts", Public, get(api::registry)),
        (Method::GET, "/api/v1/cities", Public, get(api::cities)),
        (Method::GET, "/api/v1/cities/{city}", Public, get(api::city)),
        (Method::GET, "/api/v1/cities/{city}/pacts/{number}", Public, get(api::pact)),
        (Method::GET, "/api/v1/cities/{city}/commons/{commons}", Public, get(api::commons)),
        (Method::GET, "/api/v1/cities/{city}/calls", Public, get(calls::api)),
        (Method::GET, "/api/v1/verify/{code}", Public, get(verify::api)),
        (Method::GET, "/api/v1/cities/{city}/pacts/{number}/reports", Public, get(reports::api)),
        (Method::GET, "/api/v1/cities/{city}/pacts/{number}/versions", Public, get(drafting::api_versions)),
        (Method::GET, "/api/v1/cities/{city}/pacts/{number}/versions/{version}", Public, get(drafting::api_version)),
        (Method::GET, "/api/v1/cities/{city}/pacts/{number}/compare", Public, get(drafting::api_compare)),
    ]
}

/// Public routes whose answer depends only on the registry (its pacts,
/// reports, cities and districts), the language and the URL: never on who
/// asks, so long as they are not signed in (see [`super::public_cache`]).
const SHARED: &[&str] = &[
    "/",
    "/pacts",
    "/statistics",
    "/cities/{city}/statistics",
    "/api/v1/pacts",
    "/api/v1/stats",
    "/api/v1/statistics",
];

/// The route table without handlers, for the authorisation matrix.
pub fn route_table() -> Vec<RouteSpec> {
    table()
        .into_iter()
        .map(|(method, path, access, _)| RouteSpec {
            method: if method == Method::POST {
                "POST"
            } else {
                "GET"
            },
            path,
            access,
        })
        .collect()
}

/// The router with every route of the table, each behind its guard;
/// public pages answer conditional requests; the public JSON API may be
/// read from any site (CORS, answering preflight requests too), the rest
/// only from Pacta's own pages, and is rate limited per client address.
pub fn routes(state: &AppState) -> axum::Router<AppState> {
    let api_limit = super::rate_limit::ApiLimit::new(state.config.api_rate_limit);
    table().into_iter().fold(
        axum::Router::new(),
        |router, (method, path, access, handler)| {
            let handler = handler.route_layer(middleware::from_fn_with_state(
                (state.clone(), access),
                guard,
            ));
            // The registry's public views are rendered once for every
            // visitor who is not signed in.
            let handler = if SHARED.contains(&path) && method == Method::GET {
                handler.route_layer(middleware::from_fn_with_state(
                    state.clone(),
                    super::public_cache::shared,
                ))
            } else {
                handler
            };
            // Public pages and API answers may be revalidated (ETag, 304).
            let handler = if access == Access::Public && method == Method::GET {
                handler.route_layer(middleware::from_fn(super::conditional::etag))
            } else {
                handler
            };
            let handler = match (&api_limit, path.starts_with("/api/")) {
                (Some(limit), true) => handler.route_layer(middleware::from_fn_with_state(
                    (state.clone(), limit.clone()),
                    super::rate_limit::limit,
                )),
                _ => handler,
            };
            let handler = if path.starts_with("/api/") && access == Access::Public {
                handler.layer(public_read())
            } else {
                handler
            };
            router.route(path, handler)
        },
    )
}

/// CORS for public, read-only data: any origin, `GET` and `HEAD`, no
/// credentials; browsers may cache the preflight answer for a day.
fn public_read() -> tower_http::cors::CorsLayer {
    tower_http::cors::CorsLayer::new()
        .allow_origin(tower_http::cors::Any)
        .allow_methods([Method::GET, Method::HEAD])
        .max_age(std::time::Duration::from_secs(86_400))
}

/// Applies the policy to a request before its handler runs: anyone may use
/// a public route; others need a signed-in account, and city routes staff
/// of the city named in the path.
async fn guard(
    State((state, access)): State<(AppState, Access)>,
    request: Request,
    next: Next,
) -> Response {
    let viewer = request.extensions().get::<Viewer>();
    let subject = viewer
        .and_then(|v| v.user.as_ref())
        .map_or(Subject::PUBLIC, db::users::User::subject);
    let pending = viewer.is_some_and(|v| v.pending.is_some());
    let (mut parts, body) = request.into_parts();
    let city_id = match access {
        Access::CityStaff | Access::CityAdmin => {
            let params = Path::<HashMap<String, String>>::from_request_parts(&mut parts, &state)
                .await
                .ok();
            match params.and_then(|p| p.0.get("city").cloned()) {
                Some(slug) => match state
                    .db(move |conn| Ok(db::cities::find(conn, &slug)?))
                    .await
                {
                    Ok(city) => city.map(|c| c.id),
                    Err(e) => return e.into_response(),
                },
                None => None,
            }
        }
        Access::Public | Access::SignedIn | Access::OwnSecurity => None,
    };
    match decide(&subject, access, city_id) {
        Decision::Allow => next.run(Request::from_parts(parts, body)).await,
        Decision::SignIn if parts.uri.path().starts_with("/api/") => {
            AppError::Forbidden(Message::new("error-sign-in-needed")).into_response()
        }
        Decision::SetUpSecondFactor if parts.uri.path().starts_with("/api/") => {
            AppError::Forbidden(Message::new("error-second-factor-required")).into_response()
        }
        Decision::SetUpSecondFactor => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, "/account/security".to_owned())],
        )
            .into_response(),
        Decision::SignIn if pending => {
            let next_path = parts.uri.path_and_query().map_or("/", |pq| pq.as_str());
            let target = format!(
                "/signin/second-factor?next={}",
                crate::views::layout::encode(next_path)
            );
            (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response()
        }
        Decision::SignIn => {
            let next_path = parts.uri.path_and_query().map_or("/", |pq| pq.as_str());
            let target = format!("/signin?next={}", crate::views::layout::encode(next_path));
            (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response()
        }
        Decision::Deny => AppError::Forbidden(Message::new("error-forbidden")).into_response(),
    }
}

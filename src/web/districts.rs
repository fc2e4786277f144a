//! A city administrator lists the city's districts, adds one, renames one
//! and draws its boundary on the public map by pasting GeoJSON (what GIS
//! tools export). A district's slug comes from its first name and stays:
//! registry URLs filter on it.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use crate::app::AppState;
use crate::db;
use crate::db::DbConn;
use crate::db::cities::{City, District};
use crate::error::AppError;
use crate::views::districts as view;
use crate::views::forms::FieldErrors;

/// Longest boundary accepted, in bytes: a detailed district outline is a
/// few hundred kilobytes; every map page of the city draws it.
pub const MAX_BOUNDARY: usize = 1 << 20;

/// The district form, as typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct DistrictForm {
    /// Display name.
    #[serde(default)]
    pub name: String,
    /// GeoJSON, or nothing for no boundary.
    #[serde(default)]
    pub boundary: String,
}

/// A checked district form.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictInput {
    /// Name, spaces tidied.
    pub name: String,
    /// GeoJSON, `None` for no boundary.
    pub boundary: Option<String>,
}

impl DistrictForm {
    /// The form filled from a stored district.
    pub fn of(district: &District) -> DistrictForm {
        DistrictForm {
            name: district.name.clone(),
            boundary: district.boundary.clone().unwrap_or_default(),
        }
    }

    /// Checks every field; returns the input or every error at once.
    pub fn parse(&self) -> Result<DistrictInput, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() || name.chars().count() > 100 || slug::slugify(&name).is_empty() {
            errors.add("name", "error-district-name");
        }
        let boundary = self.boundary.trim();
        if boundary.len() > MAX_BOUNDARY {
            errors.add("boundary", "error-boundary-size");
        } else if !boundary.is_empty() && crate::domain::map::boundary(boundary).is_none() {
            errors.add("boundary", "error-boundary");
        }
        if errors.is_empty() {
            Ok(DistrictInput {
                name,
                boundary: (!boundary.is_empty()).then(|| boundary.to_owned()),
            })
        } else {
            Err(errors)
        }
    }
}

/// The city and its districts, with how many commons each holds.
pub struct Listing {
    /// The city.
    pub city: City,
    /// Its districts, by name, with their commons.
    pub districts: Vec<(District, i64)>,
}

fn listing(conn: &mut DbConn, slug: &str) -> Result<Listing, AppError> {
    let city = db::cities::find(conn, slug)?.ok_or(AppError::NotFound)?;
    let commons = db::cities::commons_per_district(conn, city.id)?;
    let districts = db::cities::districts(conn, city.id)?
        .into_iter()
        .map(|d| {
            let n = commons.get(&d.id).copied().unwrap_or(0);
            (d, n)
        })
        .collect();
    Ok(Listing { city, districts })
}

/// Whether another district of the city has this name (case aside) or,
/// for a new one, this slug.
fn taken(
    conn: &mut DbConn,
    city_id: i64,
    name: &str,
    new_slug: Option<&str>,
    except: Option<i64>,
) -> diesel::QueryResult<bool> {
    let name = name.to_lowercase();
    Ok(db::cities::districts(conn, city_id)?.iter().any(|d| {
        Some(d.id) != except && (d.name.to_lowercase() == name || Some(d.slug.as_str()) == new_slug)
    }))
}

/// The form's error when [`taken`] says so.
fn name_taken() -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add("name", "error-district-exists");
    errors
}

fn see_other(to: String) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

/// `GET /admin/{city}/districts`.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let listing = state.db(move |conn| listing(conn, &slug)).await?;
    Ok(view::list(
        &ctx,
        &listing,
        &DistrictForm::default(),
        &FieldErrors::default(),
    )
    .into_response())
}

/// `POST /admin/{city}/districts`: adds a district.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<DistrictForm>,
) -> Result<Response, AppError> {
    let input = form.parse();
    let city = slug.clone();
    // `None` once added, else the page to show again with the errors.
    let refused = state
        .db(move |conn| {
            let input = match input {
                Ok(input) => input,
                Err(errors) => return Ok(Some((listing(conn, &city)?, errors))),
            };
            let found = db::cities::find(conn, &city)?.ok_or(AppError::NotFound)?;
            let district = slug::slugify(&input.name);
            // Retried when another administrator took the name meanwhile:
            // the retry finds theirs.
            let added = db::transaction(conn, |conn| {
                if taken(conn, found.id, &input.name, Some(&district), None)? {
                    return Ok(false);
                }
                let id = db::cities::insert_district(conn, found.id, &district, &input.name)?;
                if let Some(boundary) = &input.boundary {
                    db::cities::set_boundary(conn, id, boundary)?;
                }
                Ok::<_, diesel::result::Error>(true)
            })?;
            if added {
                return Ok(None);
            }
            Ok(Some((listing(conn, &city)?, name_taken())))
        })
        .await?;
    match refused {
        None => Ok(see_other(format!("/admin/{slug}/districts"))),
        Some((listing, errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::list(&ctx, &listing, &form, &errors),
        )
            .into_response()),
    }
}

fn district(conn: &mut DbConn, city: &str, district: &str) -> Result<(City, District), AppError> {
    let city = db::cities::find(conn, city)?.ok_or(AppError::NotFound)?;
    let district = db::cities::find_district(conn, city.id, district)?.ok_or(AppError::NotFound)?;
    Ok((city, district))
}

/// `GET /admin/{city}/districts/{district}`.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((city, slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (city, district) = state.db(move |conn| district(conn, &city, &slug)).await?;
    let form = DistrictForm::of(&district);
    Ok(view::edit(&ctx, &city, &district, &form, &FieldErrors::default()).into_response())
}

/// `POST /admin/{city}/districts/{district}`: renames it and sets its
/// boundary.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((city, slug)): Path<(String, String)>,
    Form(form): Form<DistrictForm>,
) -> Result<Response, AppError> {
    let input = form.parse();
    let back = format!("/admin/{city}/districts");
    let refused = state
        .db(move |conn| {
            let (city, district) = district(conn, &city, &slug)?;
            let errors = match input {
                Err(errors) => errors,
                Ok(input) => {
                    let saved = db::transaction(conn, |conn| {
                        if taken(conn, city.id, &input.name, None, Some(district.id))? {
                            return Ok(false);
                        }
                        db::cities::update_district(
                            conn,
                            district.id,
                            &input.name,
                            input.boundary.as_deref(),
                        )?;
                        Ok::<_, diesel::result::Error>(true)
                    })?;
                    if saved {
                        return Ok(None);
                    }
                    name_taken()
                }
            };
            Ok(Some((city, district, errors)))
        })
        .await?;
    match refused {
        None => Ok(see_other(back)),
        Some((city, district, errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::edit(&ctx, &city, &district, &form, &errors),
        )
            .into_response()),
    }
}

//! A city administrator edits the regulation the city applies and its
//! procedural deadlines.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::extract::{Ctx, Form, Path};
use crate::app::AppState;
use crate::db;
use crate::db::cities::CityUpdate;
use crate::domain::city::CitySettings;
use crate::domain::renewal::RenewalSettings;
use crate::domain::signing::{SigningOrder, SigningSettings};
use crate::domain::vocab::Vocabulary as _;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::views::forms::FieldErrors;
use crate::views::settings as view;

/// The settings form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    /// Regulation title.
    #[serde(default)]
    pub regulation_title: String,
    /// Adoption act.
    #[serde(default)]
    pub regulation_act: String,
    /// Language code.
    #[serde(default)]
    pub language: String,
    /// Review period, days.
    #[serde(default)]
    pub review_days: String,
    /// Publication period, days.
    #[serde(default)]
    pub publication_days: String,
    /// Factor for complex pacts.
    #[serde(default)]
    pub complex_multiplier: String,
    /// Notice offsets, comma-separated days.
    #[serde(default)]
    pub expiry_notice_days: String,
    /// Order of signatures.
    #[serde(default)]
    pub signing_order: String,
    /// Days a signing link stays valid.
    #[serde(default)]
    pub signing_link_days: String,
    /// Days before a reminder.
    #[serde(default)]
    pub reminder_days: String,
    /// Reminders at most.
    #[serde(default)]
    pub reminder_cap: String,
    /// Whether ordinary pacts renew tacitly (a ticked checkbox sends `1`).
    #[serde(default)]
    pub tacit_renewal: Option<String>,
    /// Days before the end date by which one may object to it.
    #[serde(default)]
    pub objection_days: String,
}

impl SettingsForm {
    /// The form filled from a stored city.
    pub fn of(city: &db::cities::City) -> SettingsForm {
        SettingsForm {
            regulation_title: city.regulation_title.clone(),
            regulation_act: city.regulation_act.clone(),
            language: city.language.clone(),
            review_days: city.review_days.to_string(),
            publication_days: city.publication_days.to_string(),
            complex_multiplier: city.complex_multiplier.to_string(),
            expiry_notice_days: city.expiry_notice_days.replace(',', ", "),
            signing_order: city.signing_order.clone(),
            signing_link_days: city.signing_link_days.to_string(),
            reminder_days: city.reminder_days.to_string(),
            reminder_cap: city.reminder_cap.to_string(),
            tacit_renewal: city.tacit_renewal.then(|| "1".to_owned()),
            objection_days: city.objection_days.to_string(),
        }
    }

    /// Checks every field; returns the update or every error at once.
    pub fn parse(&self) -> Result<CityUpdate, FieldErrors> {
        let mut errors = FieldErrors::default();
        let text = |value: &str, field: &'static str, errors: &mut FieldErrors| {
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            if value.is_empty() || value.chars().count() > 300 {
                errors.add(field, "error-text-required");
            }
            value
        };
        let regulation_title = text(&self.regulation_title, "regulation_title", &mut errors);
        let regulation_act = text(&self.regulation_act, "regulation_act", &mut errors);
        let language = Lang::parse(&self.language).filter(|l| l.code() == self.language);
        if language.is_none() {
            errors.add("language", "error-language");
        }
        let number = |value: &str, field: &'static str, max: u32, errors: &mut FieldErrors| {
            let min = u32::from(field != "reminder_cap");
            let parsed = value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|v| (min..=max).contains(v));
            if parsed.is_none() {
                errors.add(
                    field,
                    match field {
                        "complex_multiplier" => "error-multiplier",
                        "reminder_cap" => "error-reminder-cap",
                        "signing_link_days" => "error-link-days",
                        "reminder_days" => "error-reminder-days",
                        "objection_days" => "error-objection-days",
                        _ => "error-days",
                    },
                );
            }
            parsed.unwrap_or(0)
        };
        let review_days = number(&self.review_days, "review_days", 365, &mut errors);
        let publication_days = number(&self.publication_days, "publication_days", 365, &mut errors);
        let complex_multiplier = number(
            &self.complex_multiplier,
            "complex_multiplier",
            10,
            &mut errors,
        );
        let expiry_notice_days = CitySettings::parse_notice_days(&self.expiry_notice_days)
            .unwrap_or_else(|_| {
                errors.add("expiry_notice_days", "error-notice-days");
                Vec::new()
            });
        let order = SigningOrder::parse(&self.signing_order);
        if order.is_none() {
            errors.add("signing_order", "error-signing-order");
        }
        let signing = SigningSettings {
            order: order.unwrap_or(SigningOrder::PartiesThenCity),
            link_days: number(
                &self.signing_link_days,
                "signing_link_days",
                90,
                &mut errors,
            ),
            reminder_days: number(&self.reminder_days, "reminder_days", 60, &mut errors),
            reminder_cap: number(&self.reminder_cap, "reminder_cap", 10, &mut errors),
        };
        let renewal = RenewalSettings {
            tacit: self.tacit_renewal.is_some(),
            objection_days: number(&self.objection_days, "objection_days", 365, &mut errors),
        };
        let settings = CitySettings {
            review_days,
            publication_days,
            complex_multiplier,
            expiry_notice_days,
        };
        if errors.is_empty() && settings.validate().is_err() {
            errors.add("expiry_notice_days", "error-notice-days");
        }
        match language {
            Some(language) if errors.is_empty() => Ok(CityUpdate {
                regulation_title,
                regulation_act,
                language: language.code().to_owned(),
                settings,
                signing,
                renewal,
            }),
            _ => Err(errors),
        }
    }
}

/// `GET /admin/{city}/settings`.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let city = state
        .db(move |conn| db::cities::find(conn, &slug)?.ok_or(AppError::NotFound))
        .await?;
    Ok(view::edit(
        &ctx,
        &city,
        &SettingsForm::of(&city),
        &FieldErrors::default(),
    )
    .into_response())
}

/// `POST /admin/{city}/settings`.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let lookup = slug.clone();
    let city = state
        .db(move |conn| db::cities::find(conn, &lookup)?.ok_or(AppError::NotFound))
        .await?;
    match form.parse() {
        Ok(update) => {
            let id = city.id;
            state
                .db(move |conn| Ok(db::cities::update(conn, id, &update)?))
                .await?;
            Ok((
                StatusCode::SEE_OTHER,
                [(header::LOCATION, format!("/cities/{slug}"))],
            )
                .into_response())
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view::edit(&ctx, &city, &form, &errors),
        )
            .into_response()),
    }
}

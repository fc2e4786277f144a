//! Account operations shared by the web interface and the command line.

use chrono::{DateTime, Utc};

use crate::db::users::NewUser;
use crate::db::{self, DbConn};
use crate::domain::account::{Role, TokenPurpose, normalize_email};
use crate::i18n::Lang;
use crate::mail::messages;
use crate::security;

/// New city staff.
#[derive(Debug, Clone)]
pub struct NewStaff {
    /// City slug.
    pub city: String,
    /// E-mail address, as typed.
    pub email: String,
    /// Name.
    pub name: String,
    /// Officer or administrator.
    pub role: Role,
    /// May sign for the city.
    pub can_sign: bool,
    /// Language of the account and its messages.
    pub language: Lang,
    /// Slugs of the districts they work for (none: the whole city).
    pub districts: Vec<String>,
}

/// Why staff could not be created.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// No city with that slug.
    #[error("no city {0:?}")]
    UnknownCity(String),
    /// Not an e-mail address.
    #[error("not an e-mail address")]
    BadEmail,
    /// Empty or overlong name.
    #[error("a name of 1 to 100 characters is needed")]
    BadName,
    /// Staff must be an officer or an administrator.
    #[error("staff are officers or administrators")]
    NotStaff,
    /// The address already has an account.
    #[error("this address already has an account")]
    Exists,
    /// A district that is not the city's.
    #[error("no district {0:?} in this city")]
    UnknownDistrict(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

impl db::RetryableError for StaffError {
    fn is_retryable(&self) -> bool {
        matches!(self, StaffError::Db(e) if e.is_retryable())
    }
}

/// Creates a staff account without a password and a single-use link to set
/// one (valid for a week), in one transaction; when `send` is true the link
/// is also queued by e-mail. Returns the link.
pub fn create_staff(
    conn: &mut DbConn,
    new: &NewStaff,
    base_url: &str,
    send: bool,
    now: DateTime<Utc>,
) -> Result<String, StaffError> {
    if !new.role.is_staff() {
        return Err(StaffError::NotStaff);
    }
    let email = normalize_email(&new.email).ok_or(StaffError::BadEmail)?;
    let name = new.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 100 {
        return Err(StaffError::BadName);
    }
    db::transaction(conn, |conn| {
        let city = db::cities::find(conn, &new.city)?
            .ok_or_else(|| StaffError::UnknownCity(new.city.clone()))?;
        if db::users::find_by_email(conn, &email)?.is_some() {
            return Err(StaffError::Exists);
        }
        let id = db::users::insert(
            conn,
            &NewUser {
                email: email.clone(),
                display_name: name.clone(),
                language: new.language.code().to_owned(),
                password_hash: None,
                role: new.role,
                city_id: Some(city.id),
                can_sign: new.can_sign,
                verified: false,
            },
            now,
        )?;
        let districts = db::cities::districts(conn, city.id)?;
        let ids = new
            .districts
            .iter()
            .map(|slug| {
                districts
                    .iter()
                    .find(|d| &d.slug == slug)
                    .map(|d| d.id)
                    .ok_or_else(|| StaffError::UnknownDistrict(slug.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        db::users::set_districts(conn, id, &ids)?;
        let (token, hash) = security::new_token();
        db::users::insert_token(conn, id, TokenPurpose::SetPassword, &hash, now)?;
        let link = format!("{base_url}/account/password/{token}");
        if send {
            let mail = messages::welcome_staff(new.language, &email, &name, &city.name, &link);
            db::outbox::enqueue(conn, &mail, now)?;
        }
        Ok(link)
    })
}

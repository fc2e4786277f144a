//! Who may do what: the one place that decides. Every route declares the
//! [`Access`] it needs (see `web::routes`), and handlers ask the finer
//! questions (whose proposal, which party) through the functions here.

use serde::Serialize;

use super::account::Role;

/// The person making a request, as far as authorisation cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Subject {
    /// Signed-in account, if any.
    pub user_id: Option<i64>,
    /// Its role.
    pub role: Option<Role>,
    /// For staff: the city they work for.
    pub city_id: Option<i64>,
    /// For staff: whether they may sign for the city.
    pub can_sign: bool,
    /// Whether their city requires a second factor they have not set up.
    pub needs_second_factor: bool,
}

impl Subject {
    /// Someone who is not signed in.
    pub const PUBLIC: Subject = Subject {
        user_id: None,
        role: None,
        city_id: None,
        can_sign: false,
        needs_second_factor: false,
    };

    /// Whether this is city staff of `city_id`.
    pub fn is_staff_of(&self, city_id: i64) -> bool {
        self.role.is_some_and(Role::is_staff) && self.city_id == Some(city_id)
    }

    /// Whether this is an administrator of `city_id`.
    pub fn is_admin_of(&self, city_id: i64) -> bool {
        self.role == Some(Role::Admin) && self.city_id == Some(city_id)
    }
}

/// What a route requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in account.
    SignedIn,
    /// The signed-in person's own security settings, reachable before a
    /// second factor their city requires is set up.
    OwnSecurity,
    /// Staff (officer or administrator) of the city named in the path.
    CityStaff,
    /// An administrator of the city named in the path.
    CityAdmin,
}

/// The answer to "may this subject use this route?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Sign in first.
    SignIn,
    /// Signed in, but not allowed.
    Deny,
    /// Allowed once the second factor the city requires is set up.
    SetUpSecondFactor,
}

/// Decides whether `subject` may use a route needing `access`; `city_id` is
/// the city named in the route's path, if any (a route needing a city whose
/// path names none is denied).
pub fn decide(subject: &Subject, access: Access, city_id: Option<i64>) -> Decision {
    let signed_in = subject.user_id.is_some();
    let allowed = match access {
        Access::Public => return Decision::Allow,
        Access::SignedIn | Access::OwnSecurity => signed_in,
        Access::CityStaff => city_id.is_some_and(|city| subject.is_staff_of(city)),
        Access::CityAdmin => city_id.is_some_and(|city| subject.is_admin_of(city)),
    };
    match (allowed, signed_in) {
        (true, _) if subject.needs_second_factor && access != Access::OwnSecurity => {
            Decision::SetUpSecondFactor
        }
        (true, _) => Decision::Allow,
        (false, false) => Decision::SignIn,
        (false, true) => Decision::Deny,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(role: Role, city: i64) -> Subject {
        Subject {
            user_id: Some(1),
            role: Some(role),
            city_id: Some(city),
            can_sign: false,
            needs_second_factor: false,
        }
    }

    #[test]
    fn staff_without_a_required_second_factor_must_set_it_up_first() {
        let subject = Subject {
            needs_second_factor: true,
            ..staff(Role::Officer, 7)
        };
        assert_eq!(
            decide(&subject, Access::CityStaff, Some(7)),
            Decision::SetUpSecondFactor
        );
        assert_eq!(
            decide(&subject, Access::SignedIn, None),
            Decision::SetUpSecondFactor
        );
        assert_eq!(decide(&subject, Access::OwnSecurity, None), Decision::Allow);
        assert_eq!(decide(&subject, Access::Public, None), Decision::Allow);
        assert_eq!(decide(&subject, Access::CityStaff, Some(8)), Decision::Deny);
    }

    fn resident() -> Subject {
        Subject {
            user_id: Some(2),
            role: Some(Role::Resident),
            city_id: None,
            can_sign: false,
            needs_second_factor: false,
        }
    }

    #[test]
    fn public_routes_are_open_to_everyone() {
        assert_eq!(
            decide(&Subject::PUBLIC, Access::Public, None),
            Decision::Allow
        );
    }

    #[test]
    fn signed_in_routes_ask_visitors_to_sign_in() {
        assert_eq!(
            decide(&Subject::PUBLIC, Access::SignedIn, None),
            Decision::SignIn
        );
        assert_eq!(decide(&resident(), Access::SignedIn, None), Decision::Allow);
    }

    #[test]
    fn staff_routes_are_for_the_citys_own_staff() {
        assert_eq!(
            decide(&staff(Role::Officer, 7), Access::CityStaff, Some(7)),
            Decision::Allow
        );
        assert_eq!(
            decide(&staff(Role::Admin, 7), Access::CityStaff, Some(7)),
            Decision::Allow
        );
        assert_eq!(
            decide(&staff(Role::Officer, 8), Access::CityStaff, Some(7)),
            Decision::Deny
        );
        assert_eq!(
            decide(&resident(), Access::CityStaff, Some(7)),
            Decision::Deny
        );
        assert_eq!(
            decide(&Subject::PUBLIC, Access::CityStaff, Some(7)),
            Decision::SignIn
        );
    }

    #[test]
    fn admin_routes_are_for_the_citys_administrators_only() {
        assert_eq!(
            decide(&staff(Role::Admin, 7), Access::CityAdmin, Some(7)),
            Decision::Allow
        );
        assert_eq!(
            decide(&staff(Role::Officer, 7), Access::CityAdmin, Some(7)),
            Decision::Deny
        );
        assert_eq!(
            decide(&staff(Role::Admin, 8), Access::CityAdmin, Some(7)),
            Decision::Deny
        );
    }

    #[test]
    fn city_routes_without_a_city_are_denied() {
        assert_eq!(
            decide(&staff(Role::Admin, 7), Access::CityAdmin, None),
            Decision::Deny
        );
    }
}

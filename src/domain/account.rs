//! Accounts: roles, e-mail addresses and the password policy.

use strum::{Display, EnumString, IntoStaticStr};

use super::vocab::vocabulary;

/// Shortest accepted password, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest accepted password (argon2 hashes anything, but a limit keeps
/// hashing cost bounded).
pub const MAX_PASSWORD_CHARS: usize = 256;

vocabulary!(
    /// What an account is for.
    Role, "role" {
    /// A resident, acting alone or for parties they belong to.
    Resident,
    /// City staff of one city: reviews proposals, drafts pacts.
    Officer,
    /// City staff who also manages the city's officers and settings.
    Admin,
    }
);

impl Role {
    /// Whether the role belongs to a city's staff.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Officer | Role::Admin)
    }
}

/// Normalises an e-mail address for storage and lookup: trimmed, lower
/// case. Returns `None` when it is not plausibly an address.
pub fn normalize_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let plausible = !local.is_empty()
        && local.len() <= 64
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')
        })
        && !domain.contains('@');
    plausible.then_some(email)
}

/// Why a password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    /// Shorter than [`MIN_PASSWORD_CHARS`].
    #[error("the password is too short")]
    TooShort,
    /// Longer than [`MAX_PASSWORD_CHARS`].
    #[error("the password is too long")]
    TooLong,
    /// A common password, a dictionary word, a keyboard pattern, or built
    /// from the person's own name or address.
    #[error("the password is too easy to guess")]
    TooGuessable,
}

/// Checks a new password: long enough, and not guessable from lists of
/// common passwords, dictionaries, keyboard patterns or the person's own
/// details (`personal`: name, e-mail).
pub fn check_password(password: &str, personal: &[&str]) -> Result<(), PasswordError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordError::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordError::TooLong);
    }
    let mut inputs: Vec<&str> = personal.iter().copied().filter(|s| !s.is_empty()).collect();
    let email_parts: Vec<&str> = personal
        .iter()
        .filter_map(|s| s.split_once('@'))
        .flat_map(|(l, d)| [l, d])
        .collect();
    inputs.extend(email_parts);
    inputs.extend(["pacta", "pacte", "patto", "valmont"]);
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    if (estimate.score() as u8) < 3 {
        return Err(PasswordError::TooGuessable);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lowercased() {
        assert_eq!(
            normalize_email("  Helene.Garnier@Valmont.FR "),
            Some("helene.garnier@valmont.fr".into())
        );
    }

    #[test]
    fn implausible_emails_are_rejected() {
        for bad in [
            "",
            "helene",
            "@valmont.fr",
            "helene@",
            "helene@valmont",
            "a b@valmont.fr",
            "a@b@c.fr",
            "x@.fr",
            "<a@b.fr>",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad}");
        }
    }

    #[test]
    fn short_passwords_are_refused() {
        assert_eq!(check_password("Xq7#pL2", &[]), Err(PasswordError::TooShort));
    }

    #[test]
    fn common_passwords_are_refused_even_when_long() {
        for common in [
            "password123",
            "azertyuiop",
            "1234567890",
            "motdepasse1",
            "iloveyou2024",
        ] {
            assert_eq!(
                check_password(common, &[]),
                Err(PasswordError::TooGuessable),
                "{common}"
            );
        }
    }

    #[test]
    fn passwords_made_of_the_persons_details_are_refused() {
        assert_eq!(
            check_password(
                "helenegarnier2026",
                &["Hélène Garnier", "helenegarnier@valmont.fr"]
            ),
            Err(PasswordError::TooGuessable)
        );
    }

    #[test]
    fn a_long_unusual_passphrase_is_accepted() {
        assert_eq!(
            check_password("tilleul-orbe-cabestan-91", &["amelie@example.org"]),
            Ok(())
        );
    }

    #[test]
    fn roles_name_their_staff() {
        assert!(Role::Admin.is_staff() && Role::Officer.is_staff() && !Role::Resident.is_staff());
    }
}

/// What a single-use token is for; each has its own lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Display, EnumString, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum TokenPurpose {
    /// Confirms the address given at sign-up.
    VerifyEmail,
    /// Signs in without a password.
    SignInLink,
    /// Lets someone choose a new password.
    ResetPassword,
    /// Lets new staff set their first password.
    SetPassword,
}

impl TokenPurpose {
    /// How long a token stays usable.
    pub fn lifetime(self) -> chrono::TimeDelta {
        match self {
            TokenPurpose::VerifyEmail => chrono::TimeDelta::days(2),
            TokenPurpose::SignInLink => chrono::TimeDelta::minutes(20),
            TokenPurpose::ResetPassword => chrono::TimeDelta::hours(1),
            TokenPurpose::SetPassword => chrono::TimeDelta::days(7),
        }
    }

    /// The stored name.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

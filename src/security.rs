//! Secrets: random tokens (stored only as their SHA-256), password hashing
//! with argon2id, constant-time comparison.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A new random token (256 bits, hex) and the hash to store for it.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

/// The stored form of a token: its SHA-256, hex. Tokens are long random
/// strings, so a fast hash is enough to make a stolen table useless.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The SHA-256 of some bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    let salt = SaltString::encode_b64(&bytes)?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches the stored PHC `hash`.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash to verify against when the account does not exist, so that
/// sign-in takes the same time either way (no user enumeration by timing).
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("pacta-no-such-account").unwrap_or_default())
}

/// Compares two secrets in constant time.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(hash_token(&a), hash_a);
        assert_ne!(a, hash_a);
    }

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("tilleul-orbe-cabestan-91").expect("hashes");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("tilleul-orbe-cabestan-91", &hash));
        assert!(!verify_password("tilleul-orbe-cabestan-92", &hash));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}

/// TOTP: 30-second steps, 6 digits, HMAC-SHA1 (what authenticator apps use).
const TOTP_STEP: u64 = 30;

/// A new TOTP secret (160 bits), base32 as authenticator apps expect.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    data_encoding::BASE32_NOPAD.encode(&bytes)
}

/// The TOTP code of `secret` at Unix time `unix`.
pub fn totp_code(secret: &str, unix: u64) -> Option<String> {
    let key = data_encoding::BASE32_NOPAD.decode(secret.as_bytes()).ok()?;
    Some(totp_lite::totp_custom::<totp_lite::Sha1>(
        TOTP_STEP, 6, &key, unix,
    ))
}

/// The time step whose code `code` is, allowing one step of clock drift
/// either way; `None` if it matches none.
pub fn totp_step(secret: &str, code: &str, unix: u64) -> Option<i64> {
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    if code.len() != 6 {
        return None;
    }
    let now = unix / TOTP_STEP;
    [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .find(|step| {
            totp_code(secret, step * TOTP_STEP)
                .is_some_and(|expected| same_secret(&expected, &code))
        })
        .and_then(|step| i64::try_from(step).ok())
}

/// The `otpauth://` URL an authenticator app reads from the QR code.
pub fn otpauth_url(secret: &str, account: &str, issuer: &str) -> String {
    let encode = |s: &str| {
        form_urlencoded::byte_serialize(s.as_bytes())
            .collect::<String>()
            .replace('+', "%20")
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits=6&period={TOTP_STEP}",
        encode(issuer),
        encode(account),
        encode(issuer)
    )
}

/// The QR code of `text`, as an SVG image.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    // Inline in HTML: drop the XML declaration before the <svg> element.
    svg.find("<svg").map(|start| svg[start..].to_owned())
}

/// Ten single-use recovery codes, `xxxx-xxxx` from an alphabet without
/// look-alike characters.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..10)
        .map(|_| {
            let chars: String = (0..8)
                .map(|_| char::from(ALPHABET[(rng.next_u32() as usize) % ALPHABET.len()]))
                .collect();
            format!("{}-{}", &chars[..4], &chars[4..])
        })
        .collect()
}

/// The stored form of a recovery code: case, spaces and dashes ignored.
pub fn hash_recovery_code(code: &str) -> String {
    let normalized: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hash_token(&normalized)
}

#[cfg(test)]
mod totp_tests {
    use super::*;

    #[test]
    fn totp_matches_the_rfc_6238_test_vector() {
        // RFC 6238, appendix B: SHA-1 key "12345678901234567890", T = 59 s.
        let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(totp_code(&secret, 59).as_deref(), Some("287082"));
        assert_eq!(totp_code(&secret, 1_111_111_109).as_deref(), Some("081804"));
    }

    #[test]
    fn a_code_from_the_previous_step_is_accepted_but_not_older() {
        let secret = new_totp_secret();
        let now = 1_800_000_000;
        let previous = totp_code(&secret, now - 30).expect("code");
        assert_eq!(
            totp_step(&secret, &previous, now),
            Some(i64::try_from((now - 30) / 30).expect("fits"))
        );
        let old = totp_code(&secret, now - 90).expect("code");
        assert_eq!(totp_step(&secret, &old, now), None);
        assert_eq!(totp_step(&secret, "12345", now), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_forgiving_to_type() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(
            codes.iter().collect::<std::collections::HashSet<_>>().len(),
            10
        );
        assert_eq!(
            hash_recovery_code(&codes[0]),
            hash_recovery_code(&codes[0].to_uppercase().replace('-', " "))
        );
    }

    #[test]
    fn the_otpauth_url_names_issuer_and_account() {
        let url = otpauth_url("ABC", "claire@valmont.example", "Pacta Valmont");
        assert_eq!(
            url,
            "otpauth://totp/Pacta%20Valmont:claire%40valmont.example?secret=ABC&issuer=Pacta%20Valmont&algorithm=SHA1&digits=6&period=30"
        );
        assert!(qr_svg(&url).is_some_and(|svg| svg.contains("<svg")));
    }
}

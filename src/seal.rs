//! The city's seal on the agreements Pacta issues: a PAdES signature
//! (CMS, `ETSI.CAdES.detached`) made with the city's certificate, so that
//! any PDF reader shows the file as signed and unmodified and `pdfsig`
//! validates it.
//!
//! A city configures its PKCS#12 certificate; one that configured none
//! gets a self-signed certificate Pacta makes at first start (an RSA 2048
//! key, valid ten years), said in the log and on the verification page:
//! readers then show the signature as valid but its signer as unknown.
//! Sealing is a separate step after the last signature, run by the jobs
//! and retried on failure (see `jobs::seal_agreements`).

use chrono::{DateTime, Datelike, NaiveDateTime, TimeDelta, Utc};
use underskrift::{PdfSigner, SigningOptions, SoftwareSigner, SubFilter};

use crate::db::seals::{NewSeal, SealInfo};
use crate::db::{self, DbConn};

/// Why a certificate cannot seal, or sealing failed.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The PKCS#12 file or its password is not usable.
    #[error("the certificate cannot be used: {0}")]
    Certificate(String),
    /// The signature could not be made.
    #[error("the PDF could not be sealed: {0}")]
    Sign(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// A certificate ready to store.
#[derive(Debug, Clone)]
pub struct Certificate {
    /// The PKCS#12 file.
    pub pkcs12: Vec<u8>,
    /// Its password.
    pub password: String,
    /// The certificate's subject.
    pub subject: String,
    /// SHA-256 of the certificate, hex.
    pub fingerprint: String,
    /// End of validity.
    pub not_after: NaiveDateTime,
}

impl Certificate {
    fn as_new(&self, self_signed: bool) -> NewSeal<'_> {
        NewSeal {
            pkcs12: &self.pkcs12,
            password: &self.password,
            self_signed,
            subject: &self.subject,
            fingerprint: &self.fingerprint,
            not_after: self.not_after,
        }
    }
}

/// Makes a self-signed certificate for `city_name`, valid from yesterday
/// for ten years, in a PKCS#12 file with a random password.
pub fn self_signed(city_name: &str, now: DateTime<Utc>) -> Result<Certificate, SealError> {
    use rsa::pkcs8::EncodePrivateKey;
    let broken = |e: &dyn std::fmt::Display| SealError::Certificate(e.to_string());
    let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).map_err(|e| broken(&e))?;
    let key_der = key.to_pkcs8_der().map_err(|e| broken(&e))?;
    let pair = rcgen::KeyPair::try_from(key_der.as_bytes()).map_err(|e| broken(&e))?;
    let mut params = rcgen::CertificateParams::default();
    let mut name = rcgen::DistinguishedName::new();
    name.push(rcgen::DnType::CommonName, format!("{city_name} — Pacta"));
    name.push(rcgen::DnType::OrganizationName, city_name);
    params.distinguished_name = name;
    let day = |at: DateTime<Utc>| {
        rcgen::date_time_ymd(
            at.year(),
            u8::try_from(at.month()).unwrap_or(1),
            u8::try_from(at.day()).unwrap_or(1),
        )
    };
    let not_after = now + TimeDelta::days(3652);
    params.not_before = day(now - TimeDelta::days(1));
    params.not_after = day(not_after);
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::ContentCommitment,
    ];
    let certificate = params.self_signed(&pair).map_err(|e| broken(&e))?;
    let (password, _) = crate::security::new_token();
    let pfx = p12::PFX::new(
        certificate.der(),
        key_der.as_bytes(),
        None,
        &password,
        city_name,
    )
    .ok_or_else(|| SealError::Certificate("PKCS#12 not made".into()))?;
    read(&pfx.to_der(), &password).map(|mut c| {
        c.not_after = not_after.naive_utc();
        c
    })
}

/// Reads a PKCS#12 file a city configures: checks it holds a key Pacta can
/// seal with and its certificate, and says what the certificate is.
pub fn read(pkcs12: &[u8], password: &str) -> Result<Certificate, SealError> {
    use x509_cert::der::Decode as _;
    let broken = |e: String| SealError::Certificate(e);
    SoftwareSigner::from_pkcs12_data(pkcs12, password).map_err(|e| broken(e.to_string()))?;
    let pfx = p12::PFX::parse(pkcs12).map_err(|e| broken(format!("{e:?}")))?;
    let certificates = pfx
        .cert_x509_bags(password)
        .map_err(|e| broken(format!("{e:?}")))?;
    let first = certificates
        .first()
        .ok_or_else(|| broken("no certificate".into()))?;
    let parsed = x509_cert::Certificate::from_der(first).map_err(|e| broken(e.to_string()))?;
    let tbs = &parsed.tbs_certificate;
    let until = tbs.validity.not_after.to_unix_duration();
    let not_after = DateTime::<Utc>::from_timestamp(i64::try_from(until.as_secs()).unwrap_or(0), 0)
        .unwrap_or_default()
        .naive_utc();
    Ok(Certificate {
        pkcs12: pkcs12.to_vec(),
        password: password.to_owned(),
        subject: tbs.subject.to_string(),
        fingerprint: crate::security::sha256_hex(first),
        not_after,
    })
}

/// The city's seal, made self-signed now if it has none (said in the log).
pub fn ensure(
    conn: &mut DbConn,
    (city_id, slug, name): (i64, &str, &str),
    now: DateTime<Utc>,
) -> Result<SealInfo, SealError> {
    if let Some(info) = db::seals::info(conn, city_id)? {
        return Ok(info);
    }
    let made = self_signed(name, now)?;
    if db::seals::insert_if_none(conn, city_id, &made.as_new(true), now)? {
        tracing::warn!(
            city = %slug,
            fingerprint = %made.fingerprint,
            "no certificate configured: Pacta made a self-signed one for the city's seal; \
             configure the city's PKCS#12 certificate on its seal page"
        );
    }
    db::seals::info(conn, city_id)?.ok_or(SealError::Db(diesel::result::Error::NotFound))
}

/// Makes sure every city has a seal (at start).
pub fn ensure_all(conn: &mut DbConn, now: DateTime<Utc>) -> Result<usize, SealError> {
    let missing = db::seals::cities_without(conn)?;
    for (id, slug, name) in &missing {
        ensure(conn, (*id, slug, name), now)?;
    }
    Ok(missing.len())
}

/// Stores the certificate a city configured instead of the one it had.
pub fn configure(
    conn: &mut DbConn,
    city_id: i64,
    certificate: &Certificate,
    now: DateTime<Utc>,
) -> Result<(), SealError> {
    Ok(db::seals::replace(
        conn,
        city_id,
        &certificate.as_new(false),
        now,
    )?)
}

/// Seals a PDF with a PKCS#12 certificate: an incremental update adding
/// an invisible PAdES signature over the whole file.
pub async fn seal_pdf(
    (pkcs12, password): (&[u8], &str),
    pdf: &[u8],
    reason: &str,
) -> Result<Vec<u8>, SealError> {
    let signer = SoftwareSigner::from_pkcs12_data(pkcs12, password)
        .map_err(|e| SealError::Certificate(e.to_string()))?;
    let options = SigningOptions {
        sub_filter: SubFilter::Pades,
        field_name: "Sceau".into(),
        reason: Some(reason.to_owned()),
        ..SigningOptions::default()
    };
    PdfSigner::new()
        .options(options)
        .sign(pdf, &signer)
        .await
        .map_err(|e| SealError::Sign(e.to_string()))
}

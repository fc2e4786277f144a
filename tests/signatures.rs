//! Signatures: an approved pact is sent for signature; each signatory
//! signs through their personal link (with a one-time code by e-mail) or
//! signed in, in the city's order; the last signature activates the pact
//! and issues the agreement in two editions, stored with their hashes and
//! verifiable; refusals, reminders, resends and cancellations; a signature
//! is never recorded twice.

mod common;

use axum::http::StatusCode;
use common::{Browser, TestApp, create_user, link_in, mail_to, with_conn};
use diesel::prelude::*;
use pacta::db::schema::{agreements, events, pacts, signing_requests, users};
use pacta::domain::account::Role;

const PROPOSAL: &[(&str, &str)] = &[
    ("city", "valmont"),
    ("commons", "square-jean-moulin"),
    ("title", "Des bancs pour le square"),
    ("summary", "Fabriquer et entretenir des bancs en bois."),
    ("objectives", "Offrir des places assises aux familles."),
    ("activities", "Atelier de menuiserie en mai."),
    ("duration_months", "24"),
    ("action", "submit"),
];

/// What the tests work with: the pact's path and number, the signing
/// officer's id, and the officer's and the proponent's browsers.
struct Approved<'a> {
    path: String,
    number: String,
    signer: i64,
    officer: Browser<'a>,
    resident: Browser<'a>,
}

/// Amélie's proposal, reviewed by Claire and approved by Hugo (who may
/// sign for the city): the pact awaits signatures.
async fn approved(app: &TestApp) -> Approved<'_> {
    approved_with(app, &[]).await
}

/// The same, with Bruno invited as co-proponent and joining in his own
/// name before the review.
async fn approved_with_bruno(app: &TestApp) -> Approved<'_> {
    create_user(
        app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    approved_with(app, &[("co_proponents", "bruno@example.org")]).await
}

async fn approved_with<'a>(app: &'a TestApp, extra: &[(&str, &str)]) -> Approved<'a> {
    create_user(
        app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    create_user(
        app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let signer = create_user(
        app,
        "hugo@valmont.example",
        "Hugo Lambert",
        Role::Officer,
        Some("valmont"),
    );
    with_conn(&app.state.pool, |conn| {
        diesel::update(users::table.find(signer))
            .set(users::can_sign.eq(true))
            .execute(conn)
            .expect("may sign");
    });
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let mut fields = PROPOSAL.to_vec();
    fields.extend_from_slice(extra);
    let path = resident
        .post("/proposals", &fields)
        .await
        .header("location")
        .expect("pact")
        .to_owned();
    let number = path.rsplit('/').next().expect("number").to_owned();
    if !extra.is_empty() {
        let mails = mail_to(app, "bruno@example.org");
        let (_, body) = mails.last().expect("an invitation");
        let link = link_in(body, "http://127.0.0.1:8080/invitations/")
            .replace("http://127.0.0.1:8080", "");
        let bruno = app.browser();
        bruno.sign_in("bruno@example.org").await;
        let joined = bruno
            .post(&link, &[("answer", "accept"), ("party", "")])
            .await;
        assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    }
    let officer = app.browser();
    officer.sign_in("hugo@valmont.example").await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    for action in [
        "start_review",
        "start_co_design",
        "submit_for_approval",
        "approve",
    ] {
        let done = officer.post(&act, &[("action", action)]).await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "{action}: {}",
            done.body
        );
    }
    Approved {
        path,
        number,
        signer,
        officer,
        resident,
    }
}

/// Hugo sends the approved version for signature, for the city himself.
async fn sent<'a>(app: &'a TestApp, start: &str) -> Approved<'a> {
    let approved = approved(app).await;
    let page = approved.officer.get(&approved.path).await;
    assert_eq!(
        page.texts("#signatures button[type=submit]"),
        vec!["Envoyer pour signature"]
    );
    let response = approved
        .officer
        .post(
            &format!("/admin/valmont/pacts/{}/signatures", approved.number),
            &[("signer", &approved.signer.to_string()), ("start", start)],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    approved
}

fn sign_link(app: &TestApp, to: &str) -> String {
    let mails = mail_to(app, to);
    let (_, body) = mails
        .iter()
        .rev()
        .find(|(subject, _)| subject.contains("signer") || subject.contains("signature"))
        .expect("a signing mail");
    link_in(body, "http://127.0.0.1:8080/sign/").replace("http://127.0.0.1:8080", "")
}

fn code_in(app: &TestApp, to: &str) -> String {
    let mails = mail_to(app, to);
    let (subject, _) = mails
        .iter()
        .rev()
        .find(|(subject, _)| subject.contains("code"))
        .expect("a code");
    subject.rsplit(' ').next().expect("the code").to_owned()
}

/// (state, method, signed name) of each request of the pact, in order.
fn requests(app: &TestApp, number: &str) -> Vec<(String, Option<String>, Option<String>)> {
    with_conn(&app.state.pool, |conn| {
        signing_requests::table
            .inner_join(pacts::table)
            .filter(pacts::number.eq(number))
            .order((signing_requests::step, signing_requests::position))
            .select((
                signing_requests::state,
                signing_requests::method,
                signing_requests::signed_name,
            ))
            .load(conn)
            .expect("requests")
    })
}

fn events_of(app: &TestApp, number: &str, kind: &str) -> i64 {
    with_conn(&app.state.pool, |conn| {
        events::table
            .inner_join(pacts::table)
            .filter(pacts::number.eq(number))
            .filter(events::kind.eq(kind))
            .count()
            .get_result(conn)
            .expect("events")
    })
}

#[tokio::test]
async fn parties_then_the_city_sign_and_the_pact_becomes_active() {
    let app = TestApp::with_demo();
    let a = sent(&app, "2026-12-01").await;
    assert_eq!(requests(&app, &a.number).len(), 2);
    // The city signs last: Hugo has no link yet, and may not sign now.
    assert!(
        mail_to(&app, "hugo@valmont.example")
            .iter()
            .all(|(s, _)| !s.contains("à signer"))
    );
    let own = format!("{}/signature", a.path);
    let early = a.officer.get(&own).await;
    assert!(
        early
            .body
            .contains("D’autres signataires doivent signer avant vous")
    );
    let refused = a
        .officer
        .post(&own, &[("full_name", "Hugo Lambert"), ("consent", "yes")])
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);

    // Amélie opens her link without being signed in: the text, its hash.
    let link = sign_link(&app, "amelie@example.org");
    let visitor = app.browser();
    let page = visitor.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let sha256: String = with_conn(&app.state.pool, |conn| {
        signing_requests::table
            .select(signing_requests::version_sha256)
            .first(conn)
            .expect("hash")
    });
    assert!(page.body.contains(&sha256));
    assert!(
        page.body
            .contains("Offrir des places assises aux familles.")
    );

    // Without the code, nothing is signed; the name and the box are kept.
    let wrong = visitor
        .post(
            &link,
            &[
                ("full_name", "Amélie Roux"),
                ("consent", "yes"),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Ce code n’est pas le bon"));
    assert!(wrong.body.contains("value=\"Amélie Roux\""));
    assert_eq!(requests(&app, &a.number)[0].0, "pending");

    let asked = visitor.post(&format!("{link}/code"), &[]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let code = code_in(&app, "amelie@example.org");
    let fields = [
        ("full_name", "  Amélie   Roux "),
        ("consent", "yes"),
        ("code", code.as_str()),
    ];
    let signed = visitor.post(&link, &fields).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    // A second submit (double click, another tab) records nothing more.
    let again = visitor.post(&link, &fields).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(visitor.get(&link).await.body.contains("Vous avez signé le"));
    assert_eq!(events_of(&app, &a.number, "signed"), 1);
    assert_eq!(
        requests(&app, &a.number)[0],
        (
            "signed".to_owned(),
            Some("email_code".to_owned()),
            Some("Amélie Roux".to_owned())
        )
    );

    // Now the city: Hugo was e-mailed, and signs while signed in.
    assert!(
        mail_to(&app, "hugo@valmont.example")
            .iter()
            .any(|(s, _)| s.contains("à signer"))
    );
    let done = a
        .officer
        .post(&own, &[("full_name", "Hugo Lambert"), ("consent", "yes")])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(requests(&app, &a.number)[1].1.as_deref(), Some("session"));

    let json = app
        .json(&format!("/api/v1/cities/valmont/pacts/{}", a.number))
        .await;
    assert_eq!(json["status"], "active");
    assert_eq!(json["start_date"], "2026-12-01", "the agreed start date");
    assert_eq!(json["end_date"], "2028-11-30", "24 months");
    for to in ["amelie@example.org", "hugo@valmont.example"] {
        assert!(
            mail_to(&app, to).iter().any(|(s, _)| s.contains("signé")),
            "{to} told"
        );
    }
    issued_editions_are_stored_and_verifiable(&app, &a).await;
    the_city_seals_both_editions(&app, &a).await;
}

/// What `pdfsig` says of a PDF (stdout and stderr), or None when poppler
/// is missing and not required.
fn pdfsig(bytes: &[u8]) -> Option<String> {
    let file = common::written(bytes);
    match std::process::Command::new("pdfsig")
        .arg(file.path())
        .output()
    {
        Ok(out) => Some(format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )),
        Err(e) => {
            assert!(
                std::env::var("PACTA_PDF_TESTS").as_deref() != Ok("1"),
                "PACTA_PDF_TESTS=1 but pdfsig cannot run: {e}"
            );
            eprintln!("skipped: pdfsig cannot run ({e}); install poppler-utils");
            None
        }
    }
}

/// An agreement's file as issued, sealed, and the sealed file's hash.
type Sealed = (Vec<u8>, Option<Vec<u8>>, Option<String>);

async fn the_city_seals_both_editions(app: &TestApp, a: &Approved<'_>) {
    let page = a.officer.get(&a.path).await;
    assert!(page.body.contains("scellement en cours"));
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state)
            .await
            .expect("sealed"),
        2
    );
    assert_eq!(
        pacta::jobs::seal_agreements(&app.state)
            .await
            .expect("sealed"),
        0,
        "once"
    );
    assert!(
        a.officer
            .get(&a.path)
            .await
            .body
            .contains("scellé par la Ville")
    );
    let stored: Vec<Sealed> = with_conn(&app.state.pool, |conn| {
        agreements::table
            .order(agreements::edition)
            .select((
                agreements::pdf,
                agreements::sealed_pdf,
                agreements::sealed_sha256,
            ))
            .load(conn)
            .expect("agreements")
    });
    let (issued, sealed, sealed_sha256) = &stored[1];
    let sealed = sealed.as_ref().expect("the public edition is sealed");
    assert!(
        sealed.starts_with(issued),
        "an incremental update of the issued file"
    );
    // Downloads now give the sealed file.
    let download = app.get(&format!("{}/agreement.pdf", a.path)).await;
    assert_eq!(&download.bytes, sealed);
    if let Some(report) = pdfsig(sealed) {
        assert!(report.contains("ETSI.CAdES.detached"), "{report}");
        assert!(report.contains("Signature is Valid."), "{report}");
        assert!(report.contains("Total document signed"), "{report}");
        let mut flipped = sealed.clone();
        flipped[issued.len() / 2] ^= 0x01;
        let report = pdfsig(&flipped).expect("pdfsig ran");
        assert!(!report.contains("Signature is Valid."), "{report}");
    }
    // The sealed file's hash is found too, and the page says the
    // certificate is self-signed, with its fingerprint.
    let sha256 = sealed_sha256.as_ref().expect("hash");
    let verify = app.get(&format!("/verify?hash={sha256}")).await;
    assert!(
        verify.body.contains("porte le sceau électronique"),
        "{}",
        verify.body
    );
    assert!(verify.body.contains("auto-signé"));
}

async fn issued_editions_are_stored_and_verifiable(app: &TestApp, a: &Approved<'_>) {
    let stored: Vec<(String, Vec<u8>, String)> = with_conn(&app.state.pool, |conn| {
        agreements::table
            .order(agreements::edition)
            .select((agreements::edition, agreements::pdf, agreements::sha256))
            .load(conn)
            .expect("agreements")
    });
    assert_eq!(stored.len(), 2);
    for (_, pdf, sha256) in &stored {
        assert_eq!(&pacta::security::sha256_hex(pdf), sha256);
    }
    let (full, public) = (&stored[0], &stored[1]);
    assert_eq!((full.0.as_str(), public.0.as_str()), ("full", "public"));
    // The same pact and signatures give the same bytes.
    let again = with_conn(&app.state.pool, |conn| {
        let pact_id: i64 = pacts::table
            .filter(pacts::number.eq(&a.number))
            .select(pacts::id)
            .first(conn)
            .expect("pact");
        let pact = pacta::signatures::PactRef::load(conn, pact_id).expect("pact");
        let round = pacta::db::signing::round(conn, pact_id).expect("round");
        let version = round[0].version_number;
        pacta::agreements::issue(
            conn,
            &pact,
            (version, &round),
            pacta::db::signing::Edition::Public,
            "http://127.0.0.1:8080",
        )
        .expect("rendered again")
    });
    assert_eq!(again, public.1, "deterministic");

    // The public gets the public edition; a party the full one.
    let download = format!("{}/agreement.pdf", a.path);
    let anyone = app.get(&download).await;
    assert_eq!(anyone.status, StatusCode::OK);
    assert_eq!(anyone.bytes, public.1);
    assert_eq!(a.resident.get(&download).await.bytes, full.1);
    assert_eq!(
        a.resident
            .get(&format!("{download}?edition=public"))
            .await
            .bytes,
        public.1
    );

    // Either file's hash finds the pact, and an upload of it is identical;
    // one byte changed is not.
    for (edition, _, sha256) in &stored {
        let page = app.get(&format!("/verify?hash={sha256}")).await;
        assert!(page.body.contains(&a.number), "{edition}");
        assert!(page.body.contains(&format!(
            "(édition {})",
            if edition == "full" {
                "complète"
            } else {
                "publique"
            }
        )));
        let api = app.json(&format!("/api/v1/verify/{sha256}")).await;
        assert_eq!(api["found"][0]["status"], "active");
        assert_eq!(api["found"][0]["file"]["edition"], edition.as_str());
    }
    let browser = app.browser();
    let identical = browser
        .post_multipart("/verify", &[], &[("files", "pacte.pdf", &public.1)])
        .await;
    assert!(identical.body.contains("identique"), "{}", identical.body);
    let mut altered = public.1.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 0x01;
    let checked = browser
        .post_multipart("/verify", &[], &[("files", "pacte.pdf", &altered)])
        .await;
    assert!(!checked.body.contains("identique"), "{}", checked.body);

    // The full edition names the signatories, the public one does not name
    // the private person (who published no name).
    let text = |bytes: &[u8]| {
        let file = common::written(bytes);
        common::pdf_tool("pdftotext", &[file.path().to_str().expect("path"), "-"])
    };
    if let (Some(full_text), Some(public_text)) = (text(&full.1), text(&public.1)) {
        assert!(full_text.contains("Amélie Roux"), "{full_text}");
        assert!(full_text.contains("Hugo Lambert"));
        assert!(!public_text.contains("Amélie Roux"), "{public_text}");
        assert!(public_text.contains("Hugo Lambert"), "the city's signatory");
    }
}

#[tokio::test]
async fn a_refusal_is_told_and_the_officer_can_send_the_link_again() {
    let app = TestApp::with_demo();
    let a = sent(&app, "").await;
    let link = sign_link(&app, "amelie@example.org");
    // Signed in with her own account, Amélie needs no code.
    let page = a.resident.get(&link).await;
    assert!(page.body.contains("Vous êtes connecté·e"));
    let empty = a
        .resident
        .post(&format!("{link}/decline"), &[("reason", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let declined = a
        .resident
        .post(
            &format!("{link}/decline"),
            &[("reason", "L’article sur les horaires ne convient pas.")],
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    assert_eq!(requests(&app, &a.number)[0].0, "declined");
    let told = mail_to(&app, "hugo@valmont.example");
    let (_, body) = told
        .iter()
        .find(|(s, _)| s.contains("Signature refusée"))
        .expect("the officer is told");
    assert!(body.contains("L’article sur les horaires ne convient pas."));

    // The officer sees it and resends: a new link, the old one is gone.
    let panel = a.officer.get(&a.path).await;
    assert!(panel.body.contains("L’article sur les horaires"));
    let id: i64 = with_conn(&app.state.pool, |conn| {
        signing_requests::table
            .order(signing_requests::id)
            .select(signing_requests::id)
            .first(conn)
            .expect("request")
    });
    let resent = a
        .officer
        .post(&format!("/admin/valmont/signatures/{id}/resend"), &[])
        .await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.body);
    assert_eq!(requests(&app, &a.number)[0].0, "pending");
    let fresh = sign_link(&app, "amelie@example.org");
    assert_ne!(fresh, link);
    assert_eq!(app.get(&link).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&fresh).await.status, StatusCode::OK);

    // The only signatory of a party cannot be cancelled.
    let cancelled = a
        .officer
        .post(&format!("/admin/valmont/signatures/{id}/cancel"), &[])
        .await;
    assert_eq!(cancelled.status, StatusCode::BAD_REQUEST);
    assert!(cancelled.body.contains("seule personne"));

    // Back to co-design: every open request is cancelled.
    let back = a
        .officer
        .post(
            &format!("/admin/valmont/pacts/{}/act", a.number),
            &[("action", "return_to_co_design")],
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert!(
        requests(&app, &a.number)
            .iter()
            .all(|(state, _, _)| state == "cancelled")
    );
    assert!(app.get(&fresh).await.body.contains("annulée"));
}

#[tokio::test]
async fn reminders_go_after_the_citys_delay_up_to_its_cap_and_links_expire() {
    let app = TestApp::with_demo();
    let a = sent(&app, "").await;
    let reminders = || {
        mail_to(&app, "amelie@example.org")
            .iter()
            .filter(|(s, _)| s.starts_with("Rappel"))
            .count()
    };
    let start = common::test_now();
    let mut sent_now = Vec::new();
    for day in [1, 3, 4, 6, 9, 12, 15] {
        app.clock.set(start + chrono::TimeDelta::days(day));
        let sent = pacta::jobs::send_signature_reminders(&app.state)
            .await
            .expect("reminders");
        // A second runner at the same moment finds nothing to do.
        let twice = pacta::jobs::send_signature_reminders(&app.state)
            .await
            .expect("reminders");
        assert_eq!(twice, 0);
        sent_now.push(sent);
    }
    assert_eq!(
        sent_now,
        vec![0, 1, 0, 1, 1, 0, 0],
        "every 3 days, 3 at most"
    );
    assert_eq!(reminders(), 3);
    // The city signatory's turn has not come: never reminded.
    assert!(
        mail_to(&app, "hugo@valmont.example")
            .iter()
            .all(|(s, _)| !s.starts_with("Rappel"))
    );
    // The last link expires 14 days after it was sent.
    let link = sign_link(&app, "amelie@example.org");
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
    app.clock.set(start + chrono::TimeDelta::days(9 + 15));
    let expired = app.get(&link).await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert!(expired.body.contains("a expiré"));
    let _ = a;
}

#[tokio::test]
async fn two_simultaneous_signatures_of_one_request_record_one() {
    let app = TestApp::with_demo();
    let a = sent(&app, "").await;
    let id: i64 = with_conn(&app.state.pool, |conn| {
        signing_requests::table
            .order(signing_requests::id)
            .select(signing_requests::id)
            .first(conn)
            .expect("request")
    });
    let mut handles = Vec::new();
    for _ in 0..2 {
        let pool = app.state.pool.clone();
        handles.push(std::thread::spawn(move || {
            let mut conn = pool.get().expect("connection");
            let consent = pacta::domain::signing::consent("Amélie Roux", true).expect("consent");
            let evidence = pacta::db::signing::Evidence {
                at: common::test_now(),
                ip: "192.0.2.7",
                user_agent: "test",
                method: pacta::domain::signing::Method::EmailCode,
            };
            pacta::signatures::sign(&mut conn, id, &consent, &evidence, "http://127.0.0.1:8080")
                .expect("signed")
        }));
    }
    let mut outcomes: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    outcomes.sort_by_key(|o| format!("{o:?}"));
    assert_eq!(
        outcomes,
        vec![
            pacta::signatures::Signed::Already,
            pacta::signatures::Signed::Recorded
        ]
    );
    assert_eq!(events_of(&app, &a.number, "signed"), 1);
    let ip: Option<String> = with_conn(&app.state.pool, |conn| {
        signing_requests::table
            .find(id)
            .select(signing_requests::ip)
            .first(conn)
            .expect("ip")
    });
    assert_eq!(ip.as_deref(), Some("192.0.2.7"));
}

#[tokio::test]
async fn nobody_to_sign_for_a_party_is_said_before_anything_is_sent() {
    let app = TestApp::with_demo();
    let a = approved(&app).await;
    // Amélie closes her account: her party has nobody left to sign.
    with_conn(&app.state.pool, |conn| {
        diesel::update(users::table.filter(users::email.eq("amelie@example.org")))
            .set(users::closed_at.eq(Some(common::test_now().naive_utc())))
            .execute(conn)
            .expect("closed");
    });
    let response = a
        .officer
        .post(
            &format!("/admin/valmont/pacts/{}/signatures", a.number),
            &[("signer", &a.signer.to_string())],
        )
        .await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert!(
        response
            .body
            .contains("Personne ne peut signer pour « Amélie Roux »")
    );
    assert!(requests(&app, &a.number).is_empty());
    let not_a_signer = a
        .officer
        .post(
            &format!("/admin/valmont/pacts/{}/signatures", a.number),
            &[("signer", "0")],
        )
        .await;
    assert_eq!(not_a_signer.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn in_sequential_order_each_signatory_waits_for_the_previous_one() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::cities;
        diesel::update(cities::table.filter(cities::slug.eq("valmont")))
            .set(cities::signing_order.eq("sequential"))
            .execute(conn)
            .expect("sequential");
    });
    let a = approved_with_bruno(&app).await;
    let sent = a
        .officer
        .post(
            &format!("/admin/valmont/pacts/{}/signatures", a.number),
            &[("signer", &a.signer.to_string())],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let steps: Vec<(i32, String)> = with_conn(&app.state.pool, |conn| {
        signing_requests::table
            .inner_join(users::table.on(users::id.eq(signing_requests::user_id)))
            .order(signing_requests::step)
            .select((signing_requests::step, users::email))
            .load(conn)
            .expect("requests")
    });
    assert_eq!(
        steps,
        vec![
            (1, "amelie@example.org".to_owned()),
            (2, "bruno@example.org".to_owned()),
            (3, "hugo@valmont.example".to_owned()),
        ]
    );
    let asked = |to: &str| {
        mail_to(&app, to)
            .iter()
            .filter(|(s, _)| s.starts_with("Pacte à signer"))
            .count()
    };
    assert_eq!(
        (asked("amelie@example.org"), asked("bruno@example.org")),
        (1, 0)
    );

    // Bruno may not sign before Amélie, even signed in; his account page
    // lists the pact waiting for him.
    let bruno = app.browser();
    bruno.sign_in("bruno@example.org").await;
    let account = bruno.get("/account").await;
    assert!(account.body.contains(&format!("{}/signature", a.path)));
    let own = format!("{}/signature", a.path);
    let early = bruno
        .post(&own, &[("full_name", "Bruno Petit"), ("consent", "yes")])
        .await;
    assert_eq!(early.status, StatusCode::BAD_REQUEST);
    assert!(
        early
            .body
            .contains("D’autres signataires doivent signer d’abord")
    );

    // Amélie signs from the pact page, signed in; then it is Bruno's turn.
    let page = a.resident.get(&a.path).await;
    assert_eq!(
        page.texts("#signatures a.button"),
        vec!["Lire et signer le pacte"]
    );
    let signed = a
        .resident
        .post(&own, &[("full_name", "Amélie Roux"), ("consent", "yes")])
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    assert_eq!(asked("bruno@example.org"), 1);
    assert_eq!(asked("hugo@valmont.example"), 0);
    let signed = bruno
        .post(&own, &[("full_name", "Bruno Petit"), ("consent", "yes")])
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    assert_eq!(asked("hugo@valmont.example"), 1);
    assert_eq!(
        requests(&app, &a.number)
            .iter()
            .map(|(state, _, _)| state.as_str())
            .collect::<Vec<_>>(),
        vec!["signed", "signed", "pending"]
    );
}

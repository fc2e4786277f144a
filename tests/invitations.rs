//! Co-proponents invited by e-mail confirm through their link, with the
//! account of the invited address, alone or for an organisation they
//! represent; the author is told; every answer counts once.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, link_in, mail_to, with_conn};
use diesel::prelude::*;
use pacta::db::schema::{memberships, pact_parties, pacts, parties};
use pacta::domain::account::Role;

const PROPOSAL: &[(&str, &str)] = &[
    ("city", "valmont"),
    ("commons", "square-jean-moulin"),
    ("title", "Des bancs pour le square"),
    ("summary", "Fabriquer et entretenir des bancs en bois."),
    ("objectives", "Offrir des places assises."),
    ("activities", "Atelier de menuiserie en mai."),
    ("duration_months", "24"),
    ("action", "submit"),
];

/// Amélie submits a proposal inviting `co_proponents`; returns the pact's path.
async fn submitted_with(app: &TestApp, co_proponents: &str) -> common::TestResponse {
    let author = app.browser();
    author.sign_in("amelie@example.org").await;
    let mut fields = PROPOSAL.to_vec();
    fields.push(("co_proponents", co_proponents));
    author.post("/proposals", &fields).await
}

fn parties_of(app: &TestApp, path: &str) -> Vec<(String, String)> {
    let number = path.rsplit('/').next().expect("number").to_owned();
    with_conn(&app.state.pool, |conn| {
        pact_parties::table
            .inner_join(pacts::table)
            .inner_join(parties::table)
            .filter(pacts::number.eq(number))
            .order(pact_parties::position)
            .select((parties::name, pact_parties::role))
            .load(conn)
            .expect("parties")
    })
}

fn pact_id_of(app: &TestApp, path: &str) -> i64 {
    with_conn(&app.state.pool, |conn| {
        pacts::table
            .filter(pacts::number.eq(path.rsplit('/').next().expect("number")))
            .select(pacts::id)
            .first(conn)
            .expect("pact")
    })
}

fn invitation_link(app: &TestApp, to: &str) -> String {
    let mails = mail_to(app, to);
    let (subject, body) = mails.last().expect("an invitation");
    assert!(subject.contains("Des bancs pour le square"), "{subject}");
    link_in(body, "http://127.0.0.1:8080/invitations/").replace("http://127.0.0.1:8080", "")
}

#[tokio::test]
async fn invited_co_proponents_confirm_with_their_own_account() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    let bruno = create_user(
        &app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    create_user(&app, "zoe@example.org", "Zoé", Role::Resident, None);

    let submitted = submitted_with(
        &app,
        "Bruno@example.org\nzoe@example.org, amelie@example.org",
    )
    .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let path = submitted.header("location").expect("pact").to_owned();
    assert!(
        mail_to(&app, "amelie@example.org")
            .iter()
            .all(|(s, _)| !s.contains("Invitation")),
        "not herself"
    );
    let bruno_link = invitation_link(&app, "bruno@example.org");

    // The public is asked to sign in; another account may not answer.
    let public = app.get(&bruno_link).await;
    assert!(public.body.contains("bruno@example.org"));
    assert!(public.texts("form button[value=accept]").is_empty());
    let zoe = app.browser();
    zoe.sign_in("zoe@example.org").await;
    assert!(
        zoe.get(&bruno_link)
            .await
            .body
            .contains("une autre adresse")
    );
    assert_eq!(
        zoe.post(&bruno_link, &[("answer", "accept")]).await.status,
        StatusCode::FORBIDDEN
    );

    // Bruno joins, in his own name; once.
    let browser = app.browser();
    browser.sign_in("bruno@example.org").await;
    let page = browser.get(&bruno_link).await;
    assert_eq!(page.texts("form button[value=accept]").len(), 1);
    let joined = browser
        .post(&bruno_link, &[("answer", "accept"), ("party", "")])
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert_eq!(joined.header("location"), Some(path.as_str()));
    let again = browser
        .post(&bruno_link, &[("answer", "accept"), ("party", "")])
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    let parties = parties_of(&app, &path);
    assert_eq!(
        parties.iter().filter(|(n, _)| n == "Bruno Petit").count(),
        1,
        "{parties:?}"
    );
    assert!(parties.contains(&("Bruno Petit".to_owned(), "proponent".to_owned())));
    let pact_id = pact_id_of(&app, &path);
    assert!(with_conn(&app.state.pool, |conn| {
        pacta::db::versions::is_proponent(conn, pact_id, bruno).expect("query")
    }));
    assert!(
        app.get(&path)
            .await
            .texts("ol.history li")
            .iter()
            .any(|h| h.contains("Un co-porteur a rejoint le projet"))
    );
    let told = mail_to(&app, "amelie@example.org");
    assert!(
        told.iter()
            .any(|(_, b)| b.contains("Bruno Petit a accepté"))
    );

    // Zoé declines: recorded, nobody added, the author told.
    let zoe_link = invitation_link(&app, "zoe@example.org");
    assert_eq!(
        zoe.post(&zoe_link, &[("answer", "decline")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(parties_of(&app, &path).len(), parties.len());
    assert!(
        mail_to(&app, "amelie@example.org")
            .iter()
            .any(|(_, b)| b.contains("Zoé a décliné"))
    );
    assert!(zoe.get(&zoe_link).await.body.contains("n’est plus ouverte"));
}

#[tokio::test]
async fn a_bad_address_is_shown_on_its_field_and_kept() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    let refused = submitted_with(&app, "bruno@example.org, pas-une-adresse").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.texts("#f-co_proponents-error")[0].contains("adresse électronique valide"));
    assert_eq!(
        refused.texts("textarea#f-co_proponents"),
        vec!["bruno@example.org, pas-une-adresse"]
    );
}

#[tokio::test]
async fn the_author_invites_later_and_an_organisation_can_join() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    let bruno = create_user(
        &app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    let association: (i64, String) = with_conn(&app.state.pool, |conn| {
        let party: (i64, String) = parties::table
            .filter(parties::kind.eq("association"))
            .order(parties::id)
            .select((parties::id, parties::name))
            .first(conn)
            .expect("an association");
        diesel::insert_into(memberships::table)
            .values((
                memberships::user_id.eq(bruno),
                memberships::party_id.eq(party.0),
                memberships::is_representative.eq(true),
                memberships::created_at.eq(common::test_now().naive_utc()),
            ))
            .execute(conn)
            .expect("membership");
        party
    });
    let path = submitted_with(&app, "")
        .await
        .header("location")
        .expect("pact")
        .to_owned();
    let author = app.browser();
    author.sign_in("amelie@example.org").await;
    let page = author.get(&path).await;
    let form = page
        .html()
        .select(&scraper::Selector::parse("#co-proponents form").expect("selector"))
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("the invitation form");
    assert_eq!(
        author
            .post(&form, &[("email", "bruno@example.org")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        author
            .post(&form, &[("email", "bruno@example.org")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        mail_to(&app, "bruno@example.org").len(),
        1,
        "one invitation per address"
    );
    assert_eq!(
        author
            .post(&form, &[("email", "pas une adresse")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert!(author.get(&path).await.texts("#co-proponents li")[0].contains("sans réponse"));

    let link = invitation_link(&app, "bruno@example.org");
    let browser = app.browser();
    browser.sign_in("bruno@example.org").await;
    let page = browser.get(&link).await;
    assert!(page.texts("#f-party option").contains(&association.1));
    let joined = browser
        .post(
            &link,
            &[("answer", "accept"), ("party", &association.0.to_string())],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert!(parties_of(&app, &path).contains(&(association.1.clone(), "proponent".to_owned())));
    assert!(author.get(&path).await.texts("#co-proponents li")[0].contains("a rejoint"));
}

#[tokio::test]
async fn an_invitation_expires() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    create_user(
        &app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    submitted_with(&app, "bruno@example.org").await;
    let link = invitation_link(&app, "bruno@example.org");
    app.clock
        .set(common::test_now() + chrono::TimeDelta::days(31));
    let browser = app.browser();
    browser.sign_in("bruno@example.org").await;
    assert!(browser.get(&link).await.body.contains("n’est plus ouverte"));
    assert_eq!(
        browser.post(&link, &[("answer", "accept")]).await.status,
        StatusCode::BAD_REQUEST
    );
    let unknown = format!("/invitations/{}", "ab".repeat(32));
    assert_eq!(app.get(&unknown).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn whoever_asks_to_join_in_a_comment_is_invited_without_showing_their_address() {
    let app = TestApp::with_demo();
    create_user(
        &app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    create_user(
        &app,
        "bruno@example.org",
        "Bruno Petit",
        Role::Resident,
        None,
    );
    create_user(
        &app,
        "claire@valmont.example",
        "Claire",
        Role::Officer,
        Some("valmont"),
    );
    let path = submitted_with(&app, "")
        .await
        .header("location")
        .expect("pact")
        .to_owned();
    let number = path.rsplit('/').next().expect("number");
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    for action in ["start_review", "publish_for_comments"] {
        officer
            .post(
                &format!("/admin/valmont/pacts/{number}/act"),
                &[("action", action)],
            )
            .await;
    }
    let bruno = app.browser();
    bruno.sign_in("bruno@example.org").await;
    let asked = bruno
        .post(
            &format!("{path}/comments"),
            &[
                ("kind", "join_request"),
                ("body", "Je sais tenir une scie."),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);

    let author = app.browser();
    author.sign_in("amelie@example.org").await;
    let page = author.get(&path).await;
    let form = page
        .html()
        .select(&scraper::Selector::parse("ol.comments form").expect("selector"))
        .next()
        .map(|f| {
            let action = f.value().attr("action").expect("action").to_owned();
            let comment = f
                .select(&scraper::Selector::parse("input[name=comment]").expect("selector"))
                .next()
                .and_then(|i| i.value().attr("value").map(str::to_owned))
                .expect("the comment");
            (action, comment)
        })
        .expect("an invitation button on the request to join");
    assert!(
        app.get(&path).await.texts("ol.comments form").is_empty(),
        "only for the author"
    );
    let sent = author.post(&form.0, &[("comment", &form.1)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let link = invitation_link(&app, "bruno@example.org");
    assert!(link.starts_with("/invitations/"));
    let listed = author.get(&path).await;
    assert!(listed.texts("#co-proponents li")[0].contains("a demandé à rejoindre"));
    assert!(
        !listed.body.contains("bruno@example.org"),
        "the address stays private"
    );
}

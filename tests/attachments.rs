//! Files attached to proposals, answers and comments: stored in the
//! database with type, size and SHA-256, served as downloads with the right
//! type, and only to those allowed to see them.

mod common;

use axum::http::StatusCode;
use common::{TestApp, create_user, with_conn};
use diesel::prelude::*;
use pacta::db::schema::attachments;
use pacta::domain::account::Role;
use sha2::{Digest, Sha256};

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 0,
    1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
];
const SCRIPT: &[u8] = b"<html><script>alert('x')</script></html>";

const PROPOSAL: &[(&str, &str)] = &[
    ("city", "valmont"),
    ("commons", "square-jean-moulin"),
    ("title", "Des bancs pour le square"),
    ("summary", "Fabriquer et entretenir des bancs en bois."),
    ("objectives", "Offrir des places assises."),
    ("activities", "Atelier de menuiserie en mai."),
    ("duration_months", "24"),
];

/// The id of a saved draft, from the action of its form.
fn draft_id(saved: &common::TestResponse) -> String {
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    saved
        .html()
        .select(&scraper::Selector::parse("form.wide").expect("selector"))
        .next()
        .and_then(|f| f.value().attr("action").map(str::to_owned))
        .expect("the proposal form")
        .trim_start_matches("/proposals/")
        .to_owned()
}

/// Ids of the files of the page, from its download links.
fn file_links(page: &common::TestResponse) -> Vec<String> {
    page.html()
        .select(&scraper::Selector::parse("ul.files a").expect("selector"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect()
}

/// Amélie's draft with a PDF and a PNG: her browser, the draft's id and
/// the download links.
async fn draft_with_files(app: &TestApp) -> (common::Browser<'_>, String, Vec<String>) {
    create_user(app, "amelie@example.org", "Amélie", Role::Resident, None);
    let author = app.browser();
    author.sign_in("amelie@example.org").await;
    let mut draft: Vec<(&str, &str)> = PROPOSAL.to_vec();
    draft.push(("action", "save"));
    let id = draft_id(&author.post("/proposals", &draft).await);
    let sent = author
        .post_multipart(
            &format!("/proposals/{id}/attachments"),
            &[],
            &[("files", "plan été.pdf", PDF), ("files", "photo", PNG)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let links = file_links(&author.get(&format!("/proposals/{id}/attachments")).await);
    (author, id, links)
}

#[tokio::test]
async fn proposal_files_are_checked_stored_and_served_to_those_allowed() {
    let app = TestApp::with_demo();
    let (author, id, links) = draft_with_files(&app).await;
    let files_page = format!("/proposals/{id}/attachments");
    let page = author.get(&files_page).await;
    assert_eq!(links.len(), 2);
    let listed = page.texts("ul.files li").join(" | ");
    assert!(
        listed.contains("plan été.pdf") && listed.contains("photo.png"),
        "{listed}"
    );

    // A disguised page, an empty file: refused, clearly, nothing stored.
    let refused = author
        .post_multipart(&files_page, &[], &[("files", "devis.pdf", SCRIPT)])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .texts(".field-error")
            .join(" ")
            .contains("« devis.pdf » n’est pas d’un type accepté")
    );
    let empty = author
        .post_multipart(&files_page, &[], &[("files", "vide.pdf", b"")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(file_links(&author.get(&files_page).await).len(), 2);

    // Stored with type, size and hash; served byte for byte as a download.
    let (content_type, size, sha256): (String, i64, String) = with_conn(&app.state.pool, |conn| {
        attachments::table
            .filter(attachments::filename.eq("plan été.pdf"))
            .select((
                attachments::content_type,
                attachments::size,
                attachments::sha256,
            ))
            .first(conn)
            .expect("stored")
    });
    assert_eq!(content_type, "application/pdf");
    assert_eq!(size, i64::try_from(PDF.len()).expect("small"));
    assert_eq!(sha256, hex::encode(Sha256::digest(PDF)));
    let download = author.get(&links[0]).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.bytes, PDF);
    assert_eq!(download.header("content-type"), Some("application/pdf"));
    let disposition = download.header("content-disposition").expect("disposition");
    assert!(
        disposition.starts_with("attachment;")
            && disposition.contains("filename*=UTF-8''plan%20%C3%A9t%C3%A9.pdf"),
        "{disposition}"
    );
    assert_eq!(download.header("cache-control"), Some("private, no-store"));

    // Others: the public is asked to sign in, another resident refused.
    assert_eq!(app.get(&links[0]).await.status, StatusCode::FORBIDDEN);
    create_user(&app, "zoe@example.org", "Zoé", Role::Resident, None);
    let other = app.browser();
    other.sign_in("zoe@example.org").await;
    assert_eq!(other.get(&links[0]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(other.get(&files_page).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn files_leave_only_drafts_and_reach_the_city_staff() {
    let app = TestApp::with_demo();
    let (author, id, links) = draft_with_files(&app).await;
    let files_page = format!("/proposals/{id}/attachments");
    // Removing is for drafts; once submitted the city's staff read them.
    let png = links[1].rsplit('/').next().expect("id").to_owned();
    let removed = author
        .post(&format!("{files_page}/{png}/remove"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(file_links(&author.get(&files_page).await).len(), 1);
    let mut submit: Vec<(&str, &str)> = PROPOSAL.to_vec();
    submit.push(("action", "submit"));
    let submitted = author.post(&format!("/proposals/{id}"), &submit).await;
    let pact = submitted.header("location").expect("pact").to_owned();
    let pdf = links[0].rsplit('/').next().expect("id").to_owned();
    assert_eq!(
        author
            .post(&format!("{files_page}/{pdf}/remove"), &[])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    create_user(
        &app,
        "claire@valmont.example",
        "Claire",
        Role::Officer,
        Some("valmont"),
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    assert_eq!(
        file_links(&officer.get(&pact).await),
        vec![links[0].clone()]
    );
    assert_eq!(officer.get(&links[0]).await.bytes, PDF);
    create_user(
        &app,
        "gianni@borgoverde.example",
        "Gianni",
        Role::Officer,
        Some("borgoverde"),
    );
    let elsewhere = app.browser();
    elsewhere.sign_in("gianni@borgoverde.example").await;
    assert_eq!(elsewhere.get(&links[0]).await.status, StatusCode::FORBIDDEN);
    assert!(
        file_links(&app.get(&pact).await).is_empty(),
        "not on the public page"
    );
}

#[tokio::test]
async fn an_answer_to_a_request_for_documents_carries_files() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let author = app.browser();
    author.sign_in("amelie@example.org").await;
    let mut submit: Vec<(&str, &str)> = PROPOSAL.to_vec();
    submit.push(("action", "submit"));
    let pact = author
        .post("/proposals", &submit)
        .await
        .header("location")
        .expect("pact")
        .to_owned();
    let number = pact.rsplit('/').next().expect("number").to_owned();
    create_user(
        &app,
        "claire@valmont.example",
        "Claire",
        Role::Officer,
        Some("valmont"),
    );
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    officer.post(&act, &[("action", "start_review")]).await;
    officer
        .post(
            &act,
            &[
                ("action", "request_documents"),
                ("reason", "Le plan des bancs, s’il vous plaît."),
            ],
        )
        .await;

    let proposal: i64 = with_conn(&app.state.pool, |conn| {
        use pacta::db::schema::{pacts, proposals};
        proposals::table
            .inner_join(pacts::table.on(proposals::pact_id.eq(pacts::id.nullable())))
            .filter(pacts::number.eq(&number))
            .select(proposals::id)
            .first(conn)
            .expect("proposal")
    });
    let form = author
        .get(&format!("/proposals/{proposal}/documents"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.texts("blockquote")
            .join(" ")
            .contains("Le plan des bancs")
    );

    // A refused file keeps the answer and moves nothing.
    let answer = format!("/proposals/{proposal}/documents");
    let refused = author
        .post_multipart(
            &answer,
            &[("answer", "Voici le plan.")],
            &[("files", "plan.pdf", SCRIPT)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts("textarea#f-answer"), vec!["Voici le plan."]);
    let status = app.json(&format!("/api/v1{pact}")).await["status"].clone();
    assert_eq!(status, "awaiting_documents");

    let sent = author
        .post_multipart(
            &answer,
            &[("answer", "Voici le plan.")],
            &[("files", "plan.pdf", PDF)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let status = app.json(&format!("/api/v1{pact}")).await["status"].clone();
    assert_eq!(status, "under_review", "the clock resumes");
    let links = file_links(&officer.get(&pact).await);
    assert_eq!(links.len(), 1);
    assert_eq!(officer.get(&links[0]).await.bytes, PDF);
}

#[tokio::test]
async fn a_comment_photo_is_public_like_the_comment() {
    let app = TestApp::with_demo();
    let open = app
        .json("/api/v1/pacts?city=valmont&status=published_for_comments")
        .await;
    let number = open["items"][0]["number"]
        .as_str()
        .expect("a published proposal")
        .to_owned();
    let path = format!("/cities/valmont/pacts/{number}");
    create_user(&app, "bruno@example.org", "Bruno", Role::Resident, None);
    let bruno = app.browser();
    bruno.sign_in("bruno@example.org").await;
    let sent = bruno
        .post_multipart(
            &format!("{path}/comments"),
            &[("kind", "support"), ("body", "Le square en a bien besoin.")],
            &[("files", "square.png", PNG)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = app.get(&path).await;
    let links = file_links(&page);
    assert_eq!(links.len(), 1);
    let photo = app.get(&links[0]).await;
    assert_eq!(photo.status, StatusCode::OK);
    assert_eq!(photo.header("content-type"), Some("image/png"));
    assert_eq!(photo.bytes, PNG);
    let json = app.json(&format!("/api/v1{path}")).await;
    let files = json["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .flat_map(|c| c["attachments"].as_array().cloned().unwrap_or_default())
        .collect::<Vec<_>>();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["sha256"], hex::encode(Sha256::digest(PNG)));
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_with_the_limit_named() {
    let app = TestApp::with_demo();
    create_user(&app, "amelie@example.org", "Amélie", Role::Resident, None);
    let author = app.browser();
    author.sign_in("amelie@example.org").await;
    let mut draft: Vec<(&str, &str)> = PROPOSAL.to_vec();
    draft.push(("action", "save"));
    let id = draft_id(&author.post("/proposals", &draft).await);
    let mut big = PDF.to_vec();
    big.resize(12 << 20, b' ');
    let refused = author
        .post_multipart(
            &format!("/proposals/{id}/attachments"),
            &[],
            &[("files", "gros.pdf", &big)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("10 Mo"), "{}", refused.body);
    let stored: i64 = with_conn(&app.state.pool, |conn| {
        attachments::table.count().get_result(conn).expect("count")
    });
    assert_eq!(stored, 0);
}

//! Co-design drafting: officers and proponents edit the draft article by
//! article, each save a version with who and why; any two versions compare
//! side by side; proponents comment on a version, article by article; two
//! saves from the same version never overwrite each other.

mod common;

use axum::http::StatusCode;
use common::{
    Browser, TestApp, create_user, editor_fields, get, mail_to, post_fields, set, with_conn,
};
use diesel::prelude::*;
use pacta::db::schema::{pact_versions, pacts};
use pacta::domain::account::Role;

const PROPOSAL: &[(&str, &str)] = &[
    ("city", "valmont"),
    ("commons", "square-jean-moulin"),
    ("title", "Des bancs pour le square"),
    ("summary", "Fabriquer et entretenir des bancs en bois."),
    ("objectives", "Offrir des places assises aux familles."),
    ("activities", "Atelier de menuiserie en mai."),
    ("duration_months", "24"),
    ("support", "materials"),
    ("action", "submit"),
];

/// A proposal by Amélie, reviewed, in co-design and drafted from the
/// ordinary template (version 2), assigned to Claire. Returns the
/// proponent's and the officer's browsers and the pact's path.
async fn drafted(app: &TestApp) -> (Browser<'_>, Browser<'_>, String) {
    create_user(
        app,
        "amelie@example.org",
        "Amélie Roux",
        Role::Resident,
        None,
    );
    let claire = create_user(
        app,
        "claire@valmont.example",
        "Claire Morel",
        Role::Officer,
        Some("valmont"),
    );
    let resident = app.browser();
    resident.sign_in("amelie@example.org").await;
    let path = resident
        .post("/proposals", PROPOSAL)
        .await
        .header("location")
        .expect("pact")
        .to_owned();
    let number = path.rsplit('/').next().expect("number").to_owned();
    let officer = app.browser();
    officer.sign_in("claire@valmont.example").await;
    let act = format!("/admin/valmont/pacts/{number}/act");
    officer.post(&act, &[("action", "start_review")]).await;
    officer.post(&act, &[("action", "start_co_design")]).await;
    officer
        .post(
            &format!("/admin/valmont/pacts/{number}/assign"),
            &[("officer", &claire.to_string())],
        )
        .await;
    let template = officer
        .get(&path)
        .await
        .html()
        .select(&scraper::Selector::parse("select#f-template option").expect("selector"))
        .next()
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .expect("a template");
    let drafted = officer
        .post(
            &format!("/admin/valmont/pacts/{number}/draft"),
            &[("template", &template)],
        )
        .await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER);
    (resident, officer, path)
}

/// Headings of the latest version, from the API.
async fn headings(app: &TestApp, path: &str) -> (i64, Vec<String>) {
    let json = app.json(&format!("/api/v1{path}")).await;
    let content: serde_json::Value =
        serde_json::from_str(json["version"]["content"].as_str().expect("content")).expect("json");
    let headings = content["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["heading"].as_str().expect("heading").to_owned())
        .collect();
    (
        json["version"]["number"].as_i64().expect("number"),
        headings,
    )
}

fn version_count(app: &TestApp, path: &str) -> i64 {
    let number = path.rsplit('/').next().expect("number").to_owned();
    with_conn(&app.state.pool, |conn| {
        pact_versions::table
            .inner_join(pacts::table)
            .filter(pacts::number.eq(number))
            .count()
            .get_result(conn)
            .expect("count")
    })
}

#[tokio::test]
async fn participants_edit_article_by_article_and_each_save_is_a_version() {
    let app = TestApp::with_demo();
    let (resident, officer, path) = drafted(&app).await;
    let (_, before) = headings(&app, &path).await;
    assert!(before.len() >= 4, "the template's articles: {before:?}");

    // The proponent rewrites article 2, removes article 3, moves the last
    // one first and adds an article in second place.
    let page = resident.get(&format!("{path}/edit")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut fields = editor_fields(&page);
    assert_eq!(get(&fields, "base"), "2");
    let last = before.len().to_string();
    set(
        &mut fields,
        "body-2",
        "Les bancs sont en chêne local.\n\nIls sont vernis chaque printemps.",
    );
    set(&mut fields, "remove-3", "on");
    set(&mut fields, &format!("position-{last}"), "0");
    set(&mut fields, "heading-new", "Communication");
    set(&mut fields, "body-new", "Un panneau signale le pacte.");
    set(&mut fields, "position-new", "1");
    set(&mut fields, "note", "Précisions sur le bois");
    let saved = post_fields(&resident, &format!("{path}/edit"), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.header("location"),
        Some(format!("{path}/compare?from=2&to=3").as_str())
    );

    let (number, after) = headings(&app, &path).await;
    assert_eq!(number, 3);
    let mut expected = vec![
        before[before.len() - 1].clone(),
        before[0].clone(),
        "Communication".to_owned(),
        before[1].clone(),
    ];
    expected.extend(before[3..before.len() - 1].iter().cloned());
    assert_eq!(after, expected);

    // The comparison highlights the changed words only.
    let compare = app.get(&format!("{path}/compare?from=2&to=3")).await;
    assert_eq!(compare.status, StatusCode::OK);
    let added = compare.texts("table.diff ins").join(" ");
    assert!(added.contains("chêne local"), "{added}");
    assert!(added.contains("Communication"), "{added}");
    let removed = compare.texts("table.diff del").join(" ");
    assert!(
        removed.contains(&before[2]),
        "the removed article: {removed}"
    );
    assert!(
        !compare.texts("table.diff tr:not(.changed)").is_empty(),
        "unchanged blocks too"
    );

    // Who and why: the versions page (participants see who), the history.
    let versions = resident.get(&format!("{path}/versions")).await;
    let rows = versions.texts("tbody tr");
    assert_eq!(rows.len(), 3);
    assert!(
        rows[0].contains("Amélie Roux") && rows[0].contains("Précisions sur le bois"),
        "{}",
        rows[0]
    );
    let public = app.get(&format!("{path}/versions")).await;
    assert!(
        !public.body.contains("Amélie Roux"),
        "a private proponent's name stays private"
    );
    assert!(
        app.get(&path)
            .await
            .texts("ol.history li")
            .iter()
            .any(|h| h.contains("Précisions sur le bois"))
    );

    // The assigned officer is told; the officer's own change tells the proponent.
    let to_officer = mail_to(&app, "claire@valmont.example");
    assert!(
        to_officer
            .iter()
            .any(|(_, body)| body.contains("Précisions sur le bois"))
    );
    let mut fields = editor_fields(&officer.get(&format!("{path}/edit")).await);
    assert_eq!(get(&fields, "base"), "3");
    set(&mut fields, "body-1", "Texte revu par la Ville.");
    set(&mut fields, "note", "Relecture juridique");
    let saved = post_fields(&officer, &format!("{path}/edit"), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let to_resident = mail_to(&app, "amelie@example.org");
    assert!(
        to_resident
            .iter()
            .any(|(_, body)| body.contains("Relecture juridique"))
    );
}

#[tokio::test]
async fn a_second_save_from_the_same_version_is_refused_with_the_other_change_shown() {
    let app = TestApp::with_demo();
    let (resident, officer, path) = drafted(&app).await;
    let mut mine = editor_fields(&resident.get(&format!("{path}/edit")).await);
    let mut theirs = editor_fields(&officer.get(&format!("{path}/edit")).await);

    set(&mut theirs, "body-1", "La Ville fournit les planches.");
    set(&mut theirs, "note", "Ajout des planches");
    let first = post_fields(&officer, &format!("{path}/edit"), &theirs).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);

    set(&mut mine, "body-2", "Les habitants poncent les bancs.");
    set(&mut mine, "note", "Ponçage");
    let second = post_fields(&resident, &format!("{path}/edit"), &mine).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert_eq!(
        version_count(&app, &path),
        3,
        "nothing overwritten, nothing added"
    );
    let alert = second.texts("div.conflict").join(" ");
    assert!(
        alert.contains("Claire Morel") && alert.contains("Ajout des planches"),
        "{alert}"
    );
    assert!(
        second
            .texts("div.conflict ins")
            .join(" ")
            .contains("planches")
    );
    let kept = editor_fields(&second);
    assert_eq!(
        get(&kept, "body-2"),
        "Les habitants poncent les bancs.",
        "what was typed is kept"
    );
    assert_eq!(get(&kept, "note"), "Ponçage");
    assert_eq!(
        get(&kept, "base"),
        "3",
        "saving again is a deliberate choice"
    );

    // Having seen the change, the proponent carries it over and saves.
    let mut merged = kept;
    set(&mut merged, "body-1", "La Ville fournit les planches.");
    let again = post_fields(&resident, &format!("{path}/edit"), &merged).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let (number, _) = headings(&app, &path).await;
    assert_eq!(number, 4);
    let content = app.json(&format!("/api/v1{path}")).await["version"]["content"]
        .as_str()
        .expect("text")
        .to_owned();
    assert!(content.contains("La Ville fournit les planches.") && content.contains("poncent"));
}

#[tokio::test]
async fn mistakes_are_shown_on_their_fields_and_keep_what_was_typed() {
    let app = TestApp::with_demo();
    let (resident, _officer, path) = drafted(&app).await;
    let mut fields = editor_fields(&resident.get(&format!("{path}/edit")).await);
    set(&mut fields, "heading-2", "");
    set(
        &mut fields,
        "body-2",
        "<script>alert('x')</script> Texte gardé.",
    );
    set(&mut fields, "position-3", "deux");
    set(&mut fields, "note", "");
    let refused = post_fields(&resident, &format!("{path}/edit"), &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(version_count(&app, &path), 2);
    let errors = refused.texts(".field-error");
    assert!(errors.iter().any(|e| e.contains("intitulé")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("pourquoi")), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("nombre entier")),
        "{errors:?}"
    );
    assert!(
        refused
            .html()
            .select(&scraper::Selector::parse("#f-heading-2[aria-invalid=true]").expect("selector"))
            .next()
            .is_some()
    );
    let kept = editor_fields(&refused);
    assert_eq!(
        get(&kept, "body-2"),
        "<script>alert('x')</script> Texte gardé."
    );

    // Markup is text: saved, it is shown escaped, never run.
    let mut fields = kept;
    set(&mut fields, "heading-2", "Matériel");
    set(&mut fields, "position-3", "3");
    set(&mut fields, "note", "Essai");
    let saved = post_fields(&resident, &format!("{path}/edit"), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get(&format!("{path}/versions/3")).await;
    assert!(page.body.contains("&lt;script&gt;alert"));
    assert!(!page.body.contains("<script>alert"));

    // Saving the same text again is refused: versions always differ.
    let same = editor_fields(&resident.get(&format!("{path}/edit")).await);
    let mut same = same;
    set(&mut same, "note", "Rien");
    let refused = post_fields(&resident, &format!("{path}/edit"), &same).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("identique"));
}

#[tokio::test]
async fn comments_stay_on_the_version_and_article_they_were_written_on() {
    let app = TestApp::with_demo();
    let (resident, officer, path) = drafted(&app).await;
    let commented = resident
        .post(
            &format!("{path}/versions/2/comments"),
            &[("article", "2"), ("body", "Qui fournit les vis ?")],
        )
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);
    assert_eq!(
        commented.header("location"),
        Some(format!("{path}/versions/2#article-2").as_str())
    );
    resident
        .post(
            &format!("{path}/versions/2/comments"),
            &[("article", ""), ("body", "Texte clair dans l’ensemble.")],
        )
        .await;
    assert!(
        mail_to(&app, "claire@valmont.example")
            .iter()
            .any(|(_, b)| b.contains("Qui fournit les vis ?"))
    );

    let mut fields = editor_fields(&officer.get(&format!("{path}/edit")).await);
    set(&mut fields, "body-2", "La Ville fournit les vis.");
    set(&mut fields, "note", "Réponse sur les vis");
    assert_eq!(
        post_fields(&officer, &format!("{path}/edit"), &fields)
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    let v2 = officer.get(&format!("{path}/versions/2")).await;
    assert_eq!(v2.texts("#article-2 ol.comments li").len(), 1);
    assert!(v2.texts("#article-2 ol.comments li")[0].contains("Qui fournit les vis ?"));
    assert!(v2.texts("#article-1 ol.comments li").is_empty());
    assert!(v2.texts("#comments ol.comments li")[0].contains("Texte clair"));
    let v3 = officer.get(&format!("{path}/versions/3")).await;
    assert!(
        v3.texts("ol.comments li").is_empty(),
        "comments stay on version 2"
    );

    // Outsiders read the versions but not the participants' comments.
    create_user(&app, "zoe@example.org", "Zoé", Role::Resident, None);
    let outsider = app.browser();
    outsider.sign_in("zoe@example.org").await;
    let seen = outsider.get(&format!("{path}/versions/2")).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(!seen.body.contains("Qui fournit les vis"));
    let refused = outsider
        .post(
            &format!("{path}/versions/2/comments"),
            &[("article", "1"), ("body", "Moi aussi")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(
        outsider.get(&format!("{path}/edit")).await.status,
        StatusCode::FORBIDDEN
    );
    let bad = resident
        .post(
            &format!("{path}/versions/2/comments"),
            &[("article", "99"), ("body", "?")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_text_is_frozen_outside_co_design() {
    let app = TestApp::with_demo();
    let (resident, officer, path) = drafted(&app).await;
    let fields = editor_fields(&resident.get(&format!("{path}/edit")).await);
    let number = path.rsplit('/').next().expect("number");
    let sent = officer
        .post(
            &format!("/admin/valmont/pacts/{number}/act"),
            &[("action", "submit_for_approval")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let mut fields = fields;
    set(&mut fields, "body-1", "Changement tardif.");
    set(&mut fields, "note", "Trop tard");
    let refused = post_fields(&resident, &format!("{path}/edit"), &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .texts(".error-summary")
            .join(" ")
            .contains("co-construction")
    );
    assert_eq!(
        get(&editor_fields(&refused), "body-1"),
        "Changement tardif.",
        "nothing typed is lost"
    );
    assert_eq!(version_count(&app, &path), 2);
    assert_eq!(
        resident.get(&format!("{path}/edit")).await.status,
        StatusCode::BAD_REQUEST
    );
}

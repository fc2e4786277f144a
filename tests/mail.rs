//! E-mail through the outbox to a real SMTP server on loopback: delivered
//! once, in UTF-8, with both bodies; delayed, never lost, when the server
//! refuses or is down; written to files when no server is configured.

mod common;

use std::sync::atomic::Ordering;

use chrono::TimeDelta;
use common::smtp::SmtpServer;
use common::{TestApp, test_now, with_conn};
use diesel::prelude::*;
use pacta::db::schema::outbox;
use pacta::mail::{Mailer, Transport};

fn smtp(addr: std::net::SocketAddr) -> Transport {
    Mailer::smtp_transport(&format!("smtp://{addr}")).expect("SMTP URL")
}

async fn sign_up(app: &TestApp) {
    let response = app
        .browser()
        .post(
            "/signup",
            &[
                ("name", "Hélène Lefèvre"),
                ("email", "helene@example.org"),
                ("password", "quai-des-tanneurs-1868"),
            ],
        )
        .await;
    assert_eq!(response.status, axum::http::StatusCode::OK);
}

fn state_of_outbox(app: &TestApp) -> Vec<(i32, Option<String>, bool)> {
    with_conn(&app.state.pool, |conn| {
        outbox::table
            .order(outbox::id)
            .select((
                outbox::attempts,
                outbox::last_error,
                outbox::sent_at.is_not_null(),
            ))
            .load(conn)
            .expect("outbox")
    })
}

#[tokio::test]
async fn mail_is_delivered_once_in_utf8_with_text_and_html() {
    let server = SmtpServer::start().await;
    let app = TestApp::with_transport(smtp(server.addr));
    sign_up(&app).await;
    assert!(
        server.messages().is_empty(),
        "nothing is sent from the request itself"
    );
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        1
    );
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        0,
        "a second pass sends nothing"
    );
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert!(
        message.contains("To: =?utf-8?b?") || message.contains("To: \"=?utf-8?"),
        "UTF-8 name encoded: {message}"
    );
    assert!(message.contains("Subject: Confirmez votre adresse pour Pacta"));
    assert!(message.contains("From: Pacta <pacta@example.org>"));
    assert!(message.contains("Content-Type: multipart/alternative"));
    assert!(message.contains("Content-Type: text/plain; charset=utf-8"));
    assert!(message.contains("Content-Type: text/html; charset=utf-8"));
    assert!(message.contains("Message-ID: <outbox-1-"));
    assert_eq!(state_of_outbox(&app), vec![(0, None, true)]);
}

#[tokio::test]
async fn a_refusing_server_delays_mail_and_never_loses_it() {
    let server = SmtpServer::start().await;
    server.refuse.store(true, Ordering::SeqCst);
    let app = TestApp::with_transport(smtp(server.addr));
    sign_up(&app).await;
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        0
    );
    let state = state_of_outbox(&app);
    assert_eq!(state.len(), 1);
    assert_eq!(state[0].0, 1, "one failed attempt recorded");
    assert!(
        state[0]
            .1
            .as_deref()
            .is_some_and(|e| e.contains("try again later")),
        "{state:?}"
    );
    assert!(!state[0].2);

    // Before the backoff has passed, nothing is retried.
    server.refuse.store(false, Ordering::SeqCst);
    app.clock.set(test_now() + TimeDelta::seconds(30));
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        0
    );
    assert!(server.messages().is_empty());
    app.clock.set(test_now() + TimeDelta::minutes(2));
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        1
    );
    assert_eq!(
        server.messages().len(),
        1,
        "delivered once the server accepts"
    );
    assert!(state_of_outbox(&app)[0].2);
}

#[tokio::test]
async fn a_server_that_is_down_delays_mail_too() {
    // Take a free port and close it: nothing listens there.
    let addr = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address")
    };
    let app = TestApp::with_transport(smtp(addr));
    sign_up(&app).await;
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        0
    );
    let state = state_of_outbox(&app);
    assert_eq!((state[0].0, state[0].2), (1, false));
    assert!(state[0].1.is_some());
}

#[tokio::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let app = TestApp::with_demo();
    sign_up(&app).await;
    assert_eq!(
        pacta::jobs::deliver_outbox(&app.state).await.expect("pass"),
        1
    );
    let files: Vec<_> = std::fs::read_dir(app.mail_dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().and_then(|e| e.to_str()), Some("eml"));
    let content = std::fs::read_to_string(&files[0]).expect("file");
    assert!(content.contains("Subject: Confirmez votre adresse pour Pacta"));
    // Delivering the same entry again rewrites the same file, never a second one.
    with_conn(&app.state.pool, |conn| {
        diesel::update(outbox::table)
            .set(outbox::sent_at.eq(None::<chrono::NaiveDateTime>))
            .execute(conn)
            .expect("reset")
    });
    pacta::jobs::deliver_outbox(&app.state).await.expect("pass");
    assert_eq!(
        std::fs::read_dir(app.mail_dir.path())
            .expect("folder")
            .count(),
        1
    );
}

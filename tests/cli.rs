//! The `pacta` binary: migrations, demo loading and clear failures.

use std::process::Command;

fn pacta() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pacta"));
    command
        .env_remove("PACTA_DATABASE_URL")
        .env("PACTA_LOG", "warn");
    command
}

#[test]
fn migrate_then_demo_then_demo_again() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = dir.path().join("nested/folder/pacta.sqlite3");
    let url = url.to_str().expect("UTF-8 path");
    let migrate = pacta()
        .args(["--database-url", url, "migrate"])
        .output()
        .expect("runs");
    assert!(
        migrate.status.success(),
        "{}",
        String::from_utf8_lossy(&migrate.stderr)
    );
    assert!(
        dir.path().join("nested/folder/pacta.sqlite3").exists(),
        "folder created"
    );
    for _ in 0..2 {
        let demo = pacta()
            .args(["--database-url", url, "demo"])
            .output()
            .expect("runs");
        assert!(
            demo.status.success(),
            "{}",
            String::from_utf8_lossy(&demo.stderr)
        );
    }
}

#[test]
fn a_database_that_cannot_be_opened_is_one_clear_line_and_a_failure() {
    let unreachable = pacta()
        .args([
            "--database-url",
            "postgres://nobody:secret@127.0.0.1:1/pacta",
            "migrate",
        ])
        .output()
        .expect("runs");
    assert!(!unreachable.status.success());
    let stderr = String::from_utf8_lossy(&unreachable.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("pacta: cannot open the postgresql database"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret"), "no password in the message");

    let file = tempfile::NamedTempFile::new().expect("file");
    let inside_a_file = file.path().join("pacta.sqlite3");
    let blocked = pacta()
        .args([
            "--database-url",
            inside_a_file.to_str().expect("UTF-8"),
            "migrate",
        ])
        .output()
        .expect("runs");
    assert!(!blocked.status.success());
    let stderr = String::from_utf8_lossy(&blocked.stderr);
    assert!(
        stderr.starts_with("pacta: cannot open the sqlite database"),
        "{stderr}"
    );
}

#[test]
fn bad_settings_are_refused_before_starting() {
    for args in [
        ["--database-url", "mysql://localhost/x", "migrate"],
        ["--default-language", "de", "migrate"],
        ["--base-url", "pacta.example", "migrate"],
    ] {
        let output = pacta().args(args).output().expect("runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn pdf_render_turns_an_agreement_json_into_a_pdf_without_a_database() {
    let dir = tempfile::tempdir().expect("a folder");
    let output = dir.path().join("pacte.pdf");
    let input = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/agreements/sample-agreement.json"
    );
    let out = pacta()
        .args(["pdf", "render", "--input", input, "--output"])
        .arg(&output)
        .env("PACTA_DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .output()
        .expect("ran");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = std::fs::read(&output).expect("written");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bytes"));

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"number\": 1}").expect("written");
    let out = pacta()
        .args(["pdf", "render", "--input"])
        .arg(&bad)
        .arg("--output")
        .arg(dir.path().join("bad.pdf"))
        .output()
        .expect("ran");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is not an agreement"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn jobs_run_does_one_pass_and_says_what_each_job_did() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = dir.path().join("pacta.sqlite3");
    let url = url.to_str().expect("UTF-8 path");
    let mail = dir.path().join("mail");
    let demo = pacta()
        .args(["--database-url", url, "demo"])
        .output()
        .expect("runs");
    assert!(demo.status.success());
    let run = pacta()
        .args(["--database-url", url, "--mail-dir"])
        .arg(&mail)
        .args(["jobs", "run"])
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for job in [
        "close_comment_periods",
        "expire_pacts",
        "expiry_notices",
        "seal_agreements",
        "outbox",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(&format!("{job}: "))),
            "{job} in {out}"
        );
    }
    // The demo's pacts whose end date passed long ago were already expired
    // when it was loaded; today's clock may expire a few more, never fail.
    assert!(!out.contains("failed"), "{out}");
}

//! Every interface string exists in every language.

use std::collections::BTreeSet;
use std::path::Path;

use pacta::domain::lifecycle::{ActionKind, Actor, Status};
use pacta::domain::vocab::{
    CommonsCategory, CommonsKind, Intensity, PactKind, PartyKind, PartyRole, Vocabulary,
};
use pacta::i18n::Lang;

fn keys(lang: &str) -> BTreeSet<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/i18n/locales/{lang}/pacta.ftl"));
    std::fs::read_to_string(path)
        .expect("translation file")
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(key, _)| key.to_owned())
        .filter(|key| {
            key.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && !key.contains(' ')
        })
        .collect()
}

#[test]
fn italian_and_english_have_exactly_the_french_keys() {
    let fr = keys("fr");
    assert!(fr.len() > 100);
    for lang in ["it", "en"] {
        let other = keys(lang);
        assert_eq!(
            fr.difference(&other).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in {lang}"
        );
        assert_eq!(
            other.difference(&fr).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "extra in {lang}"
        );
    }
}

fn used_keys(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            used_keys(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).expect("source");
            for marker in [
                ".t(\"",
                ".t_args(\"",
                "Message::new(\"",
                "label: \"",
                "hint: Some(\"",
                "\"error-",
            ] {
                for piece in source.split(marker).skip(1) {
                    if let Some(key) = piece
                        .split('"')
                        .next()
                        .filter(|k| !k.is_empty() && !k.contains('{'))
                    {
                        // `"error-…"` literals: the marker is part of the key.
                        let key = if marker.ends_with("error-") {
                            format!("error-{key}")
                        } else {
                            key.to_owned()
                        };
                        out.insert(key);
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_used_in_the_code_is_translated() {
    let mut used = BTreeSet::new();
    used_keys(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(used.len() > 50, "found the keys: {}", used.len());
    let fr = keys("fr");
    let missing: Vec<_> = used.iter().filter(|k| !fr.contains(*k)).collect();
    assert!(missing.is_empty(), "untranslated keys: {missing:?}");
}

fn labels<V: Vocabulary>() -> Vec<String> {
    V::all().into_iter().map(Vocabulary::label_key).collect()
}

#[test]
fn every_vocabulary_value_has_a_label_in_every_language() {
    let mut all = Vec::new();
    all.extend(labels::<Status>());
    all.extend(labels::<pacta::domain::vocab::SupportKind>());
    all.extend(labels::<pacta::domain::vocab::CommentKind>());
    all.extend(labels::<pacta::domain::account::Role>());
    all.extend(labels::<ActionKind>());
    all.extend(labels::<Actor>());
    all.extend(labels::<PactKind>());
    all.extend(labels::<Intensity>());
    all.extend(labels::<CommonsKind>());
    all.extend(labels::<CommonsCategory>());
    all.extend(labels::<PartyKind>());
    all.extend(labels::<PartyRole>());
    all.extend(labels::<pacta::domain::signing::SigningOrder>());
    all.extend(labels::<pacta::domain::signing::RequestState>());
    all.extend(labels::<pacta::domain::signing::Method>());
    all.extend(labels::<pacta::domain::lifecycle::TerminationKind>());
    all.extend(labels::<pacta::domain::report::Frequency>());
    all.extend(labels::<pacta::domain::report::ReportState>());
    all.extend(labels::<pacta::domain::lifecycle::Resolution>());
    for lang in Lang::ALL {
        for key in &all {
            assert_ne!(&lang.t(key), key, "{key} in {}", lang.code());
        }
    }
}

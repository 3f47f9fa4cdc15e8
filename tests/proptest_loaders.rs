//! The loaders never panic, whatever they are given: arbitrary bytes, and valid
//! questionnaire and assessment files mutated (cut short, bytes replaced, inserted or
//! removed, lines repeated or dropped). A refusal always carries a message and, when it
//! names a line, a line that exists. Fast enough for every `cargo test`; the cargo-fuzz
//! targets in `fuzz/` explore the same loaders for as long as one lets them.

use std::path::Path;

use ecoready::assessment::Assessment;
use ecoready::questionnaire::{self, Questionnaire};
use ecoready::store::Store;
use ecoready::yaml::{self, YamlError};
use proptest::collection::vec;
use proptest::prelude::*;

/// Valid documents the mutations start from.
fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "tests/fixtures/assessments/v1.yaml",
        "tests/fixtures/questionnaires/valid-minimal.yaml",
        "questionnaires/quick-check.yaml",
    ]
    .iter()
    .map(|file| std::fs::read(root.join(file)).unwrap())
    .collect()
}

/// One change to a document, at a position taken modulo its length.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Replace(usize, u8),
    Insert(usize, u8),
    Remove(usize, usize),
    RepeatLine(usize),
    DropLine(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Bytes that matter to YAML are drawn more often than chance would draw them.
    let byte = prop_oneof![
        any::<u8>(),
        prop::sample::select(b":-[]{}&*!|>'\"#\n\t \\%@`,?".to_vec()),
    ];
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Mutation::Replace(at, b)),
        (any::<usize>(), byte).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 1..64usize).prop_map(|(at, n)| Mutation::Remove(at, n)),
        any::<usize>().prop_map(Mutation::RepeatLine),
        any::<usize>().prop_map(Mutation::DropLine),
    ]
}

fn apply(mut doc: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = doc.len().max(1);
        match *m {
            Mutation::Truncate(at) => doc.truncate(at % len),
            Mutation::Replace(at, b) if !doc.is_empty() => doc[at % len] = b,
            Mutation::Replace(..) => {}
            Mutation::Insert(at, b) => doc.insert(at % (doc.len() + 1), b),
            Mutation::Remove(at, n) => {
                let start = (at % len).min(doc.len());
                let end = (start + n).min(doc.len());
                doc.drain(start..end);
            }
            Mutation::RepeatLine(at) | Mutation::DropLine(at) => {
                let mut lines: Vec<Vec<u8>> =
                    doc.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                let i = at % lines.len();
                if matches!(m, Mutation::RepeatLine(_)) {
                    lines.insert(i, lines[i].clone());
                } else {
                    lines.remove(i);
                }
                doc = lines.join(&b'\n');
            }
        }
    }
    doc
}

/// A refusal says something, and a line it names is a line of the document.
fn check_refusal(error: &YamlError, doc: &[u8]) -> Result<(), TestCaseError> {
    prop_assert!(!error.message.trim().is_empty());
    if let Some(line) = error.line {
        let lines = doc.iter().filter(|&&b| b == b'\n').count() + 1;
        prop_assert!(line >= 1 && line <= lines + 1, "line {} of {}", line, lines);
    }
    Ok(())
}

/// Feeds a document to every loader.
fn load_everywhere(doc: &[u8]) -> Result<(), TestCaseError> {
    if let Err(e) = yaml::from_slice::<Assessment>(doc) {
        check_refusal(&e, doc)?;
    }
    if let Err(e) = yaml::from_slice::<Questionnaire>(doc) {
        check_refusal(&e, doc)?;
    }
    if let Ok(text) = std::str::from_utf8(doc)
        && let Err(e) = questionnaire::parse(text)
    {
        prop_assert!(!e.describe("fuzzed.yaml").is_empty());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_a_loader(doc in vec(any::<u8>(), 0..1024)) {
        load_everywhere(&doc)?;
    }

    #[test]
    fn mutated_documents_never_panic_a_loader(
        seed in 0..3usize,
        mutations in vec(mutation(), 1..8),
    ) {
        let doc = apply(seeds()[seed].clone(), &mutations);
        load_everywhere(&doc)?;
    }
}

proptest! {
    // The store writes files and an index: fewer cases keep the test quick.
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_store_lists_or_reports_a_mutated_assessment_never_both(
        mutations in vec(mutation(), 1..8),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let id = "20250602-101500-f1x7";
        let file = store.assessments_dir().join(format!("{id}.yaml"));
        let doc = apply(seeds()[0].clone(), &mutations);
        std::fs::write(&file, &doc).unwrap();
        let loaded = store.load(id);
        if let Err(e) = &loaded {
            let message = format!("{e:#}");
            prop_assert!(message.contains(&file.display().to_string()), "{}", message);
        }
        for listing in [store.summaries(), store.summaries_with_scores()] {
            prop_assert_eq!(listing.summaries.len() + listing.problems.len(), 1);
            prop_assert_eq!(listing.summaries.len(), usize::from(loaded.is_ok()));
        }
        prop_assert_eq!(std::fs::read(&file).unwrap(), doc, "the file is never rewritten");
    }
}

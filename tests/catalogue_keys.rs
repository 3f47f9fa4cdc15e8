//! Every message the code asks for exists in the English catalogue (and so, by the core's
//! catalogue tests, in every language): a typo in a `tr!` id would otherwise show the id
//! itself to users.

use std::collections::BTreeSet;
use std::path::Path;

use ecoready::i18n::{Lang, message_ids};

/// The ids of every `tr!("…"` in the Rust files under `dir`, with the file.
fn ids_used(dir: &Path, out: &mut BTreeSet<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_used(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            let code: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            // `tr!(` then the id, on the same line or (as rustfmt splits long calls) the next.
            for (at, _) in code.match_indices("tr!(") {
                // `include_str!("…")` is not a message.
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = code[at + 4..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap()];
                out.insert((id.to_owned(), path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_message_the_code_uses_is_in_the_english_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    ids_used(&root.join("src"), &mut used);
    ids_used(&root.join("crates/core/src"), &mut used);
    let known: BTreeSet<String> = message_ids(Lang::En)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let unknown: Vec<_> = used.iter().filter(|(id, _)| !known.contains(id)).collect();
    assert!(
        unknown.is_empty(),
        "ids not in the English catalogue: {unknown:?}"
    );
}

//! What ecoready says when it refuses something comes from the message catalogues too:
//! a file it cannot read, a norms file with problems, a text over its limit, a merge with
//! nothing to merge. Each runs the real binary in the pseudo-language, where every
//! catalogue message is wrapped in `[[ ]]`, and no word may be left outside the brackets
//! but identifiers (field names of the file, flags) and what the test typed.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;
mod pseudo;

use std::fs;

use cli_support::{Sandbox, stderr, stdout};
use pseudo::{Allowed, assert_all_wrapped};

fn allowed(sandbox: &Sandbox, more: &[&str]) -> Allowed {
    let mut typed = vec![
        sandbox.data.path().display().to_string(),
        sandbox.home.path().display().to_string(),
    ];
    typed.extend(more.iter().map(|s| s.to_string()));
    Allowed { typed }
}

/// Everything a run printed, with its exit status checked.
fn refused(sandbox: &Sandbox, args: &[&str], status: i32) -> String {
    let output = sandbox.run(args);
    assert_eq!(output.status.code(), Some(status), "{args:?}: {output:?}");
    format!("{}{}", stdout(&output), stderr(&output))
}

#[test]
fn a_file_the_yaml_reader_refuses_is_explained_in_catalogue_text() {
    let sandbox = Sandbox::new();
    let file = sandbox.home.path().join("twice.yaml");
    fs::write(&file, "id: a\nid: b\n").unwrap();
    let shown = refused(
        &sandbox,
        &["--lang", "pseudo", "validate", file.to_str().unwrap()],
        2,
    );
    assert!(shown.contains("twice.yaml:2: [[duplicate key"), "{shown}");
    // The key is the file's own word, quoted as it stands.
    assert_all_wrapped(
        "validate",
        &shown.replace("`id`", ""),
        &allowed(&sandbox, &[]),
    );
}

#[test]
fn a_norms_file_with_problems_is_refused_in_catalogue_text() {
    let sandbox = Sandbox::new();
    let file = sandbox.home.path().join("norms.yaml");
    fs::write(
        &file,
        "schema_version: 1\nsource: Chamber survey\ngroups:\n  - questionnaire: quick-check\n    \
         version: '2'\n    sector: ' Retail'\n    period: {from: 2026-Q3, to: 2026-Q1}\n    \
         areas:\n      - area: overall\n        firms: 3\n        \
         deciles: [90, 10, 20, 30, 40, 50, 60, 70, 80]\n",
    )
    .unwrap();
    let shown = refused(
        &sandbox,
        &[
            "--lang",
            "pseudo",
            "norms",
            "import",
            file.to_str().unwrap(),
        ],
        2,
    );
    // Four problems, each after the field it is about.
    assert_eq!(shown.matches("[[").count(), 4, "{shown}");
    assert!(shown.contains("groups[0].period: [["), "{shown}");
    assert_all_wrapped("norms import", &shown, &allowed(&sandbox, &[]));
}

#[test]
fn a_text_over_its_limit_is_refused_in_catalogue_text() {
    let sandbox = Sandbox::new();
    let long = "7".repeat(201);
    let shown = refused(
        &sandbox,
        &["--lang", "pseudo", "new", "--plain", "--org", &long],
        2,
    );
    assert!(
        shown.contains("[[[[the organization name]] is limited to 200 characters"),
        "{shown}"
    );
    assert_all_wrapped("new --org", &shown, &allowed(&sandbox, &["--org"]));
}

#[test]
fn a_merge_with_nothing_to_merge_is_refused_in_catalogue_text() {
    let sandbox = Sandbox::new();
    let shown = refused(
        &sandbox,
        &[
            "--lang",
            "pseudo",
            "conflicts",
            "--merge",
            "20260101-000000-abcd",
        ],
        2,
    );
    assert_all_wrapped("conflicts --merge", &shown, &allowed(&sandbox, &[]));
}

#[test]
fn the_same_refusals_read_in_german() {
    let sandbox = Sandbox::new();
    let long = "7".repeat(101);
    let shown = refused(
        &sandbox,
        &["--lang", "de", "new", "--plain", "--sector", &long],
        2,
    );
    assert!(
        shown.contains("die Branche ist auf 100 Zeichen begrenzt (hier sind es 101)"),
        "{shown}"
    );
    let file = sandbox.home.path().join("twice.yaml");
    fs::write(&file, "id: a\nid: b\n").unwrap();
    let shown = refused(
        &sandbox,
        &["--lang", "de", "validate", file.to_str().unwrap()],
        2,
    );
    assert!(
        shown.contains("twice.yaml:2: doppelter Schlüssel `id`"),
        "{shown}"
    );
}

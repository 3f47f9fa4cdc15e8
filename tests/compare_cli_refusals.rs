//! `compare` and `export --compare` refuse two organizations and the same assessment twice
//! (exit 2, naming why) unless `--force`, and warn of a draft on either side.

// This file uses a few of the command-line helpers only.
#[allow(dead_code)]
#[path = "cli_support/mod.rs"]
mod support;

use support::*;

/// Acme (complete, all 100), Acme (complete, all 50), Beta (complete), Acme (a draft).
fn four(sandbox: &Sandbox) -> [String; 4] {
    let store = sandbox.store();
    let acme_100 = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    let acme_50 = prepare(&store, "Acme", "2025-04-10T09:00:00+02:00", middle, true);
    let beta = prepare(&store, "Beta", "2025-05-02T08:30:00+02:00", middle, true);
    let draft = prepare(&store, " ACME ", "2025-06-02T08:30:00+02:00", middle, false);
    [acme_100, acme_50, beta, draft]
}

#[test]
fn two_organizations_are_refused_unless_forced() {
    let sandbox = Sandbox::new();
    let [acme, _, beta, _] = four(&sandbox);
    for args in [
        vec!["compare", acme.as_str(), beta.as_str()],
        vec![
            "export",
            "--compare",
            acme.as_str(),
            beta.as_str(),
            "--format",
            "md",
        ],
    ] {
        let refused = sandbox.run(&args);
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
        assert!(stdout(&refused).is_empty(), "{}", stdout(&refused));
        let why = stderr(&refused);
        assert!(
            why.contains("two organizations (\"Acme\" and \"Beta\")") && why.contains("--force"),
            "{why}"
        );
        let mut forced_args = args.clone();
        forced_args.push("--force");
        let forced = sandbox.run(&forced_args);
        assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
        assert!(
            stderr(&forced).contains("warning: Compared although the assessments are of two"),
            "{}",
            stderr(&forced)
        );
    }
    let report = sandbox.run(&[
        "export",
        "--compare",
        &acme,
        &beta,
        "--format",
        "md",
        "--force",
    ]);
    assert!(stdout(&report).contains("**Warning:** Compared although"));
    let document = sandbox.json(&["compare", &acme, &beta, "--json", "--force"]);
    assert_eq!(document["warnings"].as_array().unwrap().len(), 1);
}

#[test]
fn the_same_assessment_twice_is_refused() {
    let sandbox = Sandbox::new();
    let [acme, ..] = four(&sandbox);
    // The full id and a unique prefix of it name one assessment.
    let refused = sandbox.run(&["compare", &acme, &acme[..17]]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("both name the same assessment"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn a_draft_is_compared_with_a_warning() {
    let sandbox = Sandbox::new();
    let [acme_100, acme_50, _, draft] = four(&sandbox);
    // " ACME " is Acme: names match ignoring case and surrounding spaces.
    let output = sandbox.run(&["compare", &acme_50, &draft]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("warning: The after side ({draft}) is a draft")),
        "{}",
        stderr(&output)
    );
    let document = sandbox.json(&["compare", &acme_50, &draft, "--json"]);
    let warnings = document["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].as_str().unwrap().contains("is a draft"));
    // Complete on both sides, one organization: nothing to warn of.
    let clean = sandbox.run(&["compare", &acme_100, &acme_50]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(!stderr(&clean).contains("warning"), "{}", stderr(&clean));
    let clean = sandbox.json(&["compare", &acme_100, &acme_50, "--json"]);
    assert_eq!(clean["warnings"], serde_json::json!([]));
}

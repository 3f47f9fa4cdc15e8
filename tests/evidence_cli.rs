//! `ecoready evidence`, run as the real binary on a generated portfolio: firms answering
//! around a level of their own, most of them twice a month apart. The figures printed must
//! be the library's own, and too few firms must say so instead of a number.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use ecoready::documents::EvidenceDocument;
use ecoready::questionnaire::Loaded;
use ecoready::store::Store;
use support::portfolio::portfolio;
use support::{Sandbox, default_questionnaire, stderr, stdout};

/// The library's own report over the sandbox's assessments.
fn library_document(store: &Store, loaded: &Loaded) -> EvidenceDocument {
    let q = &loaded.questionnaire;
    let reference = ecoready::assessment::QuestionnaireRef {
        id: q.id.clone(),
        version: q.version.clone(),
        digest: loaded.digest.clone(),
    };
    let listing = store.list();
    EvidenceDocument::new(&ecoready::evidence::evidence(
        q,
        &reference,
        &listing.assessments,
    ))
}

#[test]
fn a_portfolio_of_forty_firms_gets_every_figure_the_library_computes() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let loaded = default_questionnaire();
    portfolio(&store, &loaded, 40, 24);
    let json = sandbox.json(&["evidence", "--json"]);
    let expected = serde_json::to_value(library_document(&store, &loaded)).unwrap();
    assert_eq!(json, expected);
    let basis = &json["basis"];
    assert_eq!(basis["firms"], 40);
    assert_eq!(basis["check_ins"], 64);
    assert_eq!(basis["assessments"], 65);
    assert_eq!(basis["averaged_check_ins"], 1);
    assert_eq!(basis["retest_pairs"], 24);
    let dimension = &json["dimensions"][0];
    assert_eq!(dimension["firms"], 40);
    let alpha = dimension["alpha"].as_f64().unwrap();
    assert!(alpha > 0.8, "firms answer at their own level: {alpha}");
    assert!(dimension["mdc95"].as_f64().unwrap() > 0.0);
    assert_eq!(dimension["retest"]["pairs"], 24);
    assert!(dimension["retest"]["icc"].as_f64().is_some());
    // The text says what the figures rest on and prints the same alpha.
    let output = sandbox.run(&["evidence"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Rests on 40 organizations"), "{text}");
    assert!(text.contains("(1 check-in had several)"), "{text}");
    assert!(text.contains(&format!("{alpha:.2}")), "{text}");
}

#[test]
fn too_few_firms_say_so_instead_of_a_number() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let loaded = default_questionnaire();
    portfolio(&store, &loaded, 5, 5);
    let json = sandbox.json(&["evidence", "--json"]);
    let dimension = &json["dimensions"][0];
    assert_eq!(dimension["alpha"], serde_json::Value::Null);
    assert_eq!(dimension["mdc95"], serde_json::Value::Null);
    assert_eq!(dimension["not_shown"], "too few firms (5 of 30)");
    assert_eq!(dimension["retest"]["not_shown"], "too few pairs (5 of 20)");
    assert_eq!(json["items"][0]["mean"], serde_json::Value::Null);
    let text = stdout(&sandbox.run(&["evidence"]));
    assert!(text.contains("too few firms (5 of 30)"), "{text}");
}

#[test]
fn an_unknown_questionnaire_is_bad_input() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["evidence", "--questionnaire", "no-such-thing"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown questionnaire"),
        "{}",
        stderr(&output)
    );
}

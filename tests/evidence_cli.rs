//! `ecoready evidence`, run as the real binary on a generated portfolio: firms answering
//! around a level of their own, most of them twice a month apart. The figures printed must
//! be the library's own, and too few firms must say so instead of a number.

#[path = "portfolio/mod.rs"]
mod portfolio;
#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use ecoready::documents::EvidenceDocument;
use ecoready::questionnaire::Loaded;
use ecoready::store::Store;
use portfolio::portfolio;
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

#[test]
fn the_report_exports_as_html_markdown_and_json_but_not_csv() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let loaded = default_questionnaire();
    portfolio(&store, &loaded, 40, 24);
    let document = serde_json::to_value(library_document(&store, &loaded)).unwrap();
    let alpha = document["dimensions"][0]["alpha"].as_f64().unwrap();
    let first_title = document["dimensions"][0]["title"]
        .as_str()
        .unwrap()
        .to_string();

    let html = stdout(&sandbox.run(&["export", "--evidence", "--format", "html"]));
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("Rests on 40 organizations") && html.contains(&format!("{alpha:.2}")),
        "{html}"
    );
    assert!(
        html.contains(&format!("<tr class=\"dimension\"><td>{first_title}</td>")),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");

    let md = stdout(&sandbox.run(&["export", "--evidence", "--format", "md"]));
    assert!(md.starts_with("# Evidence on "), "{md}");
    assert!(md.contains(&format!("| **{first_title}** |")), "{md}");

    let json = sandbox.json(&["export", "--evidence", "--format", "json"]);
    assert_eq!(json, document);

    let output = sandbox.run(&["export", "--evidence", "--format", "csv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("written as md, html or json"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_exported_report_names_what_it_is_about_and_lands_where_asked() {
    let sandbox = Sandbox::new();
    let out = sandbox.home.path().join("evidence.html");
    let output = sandbox.run(&[
        "export",
        "--evidence",
        "--questionnaire",
        "quick-check",
        "--format",
        "html",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("(quick-check "), "{html}");
    // An empty data directory: every figure says why it is missing.
    assert!(html.contains("too few firms (0 of 30)"), "{html}");
}

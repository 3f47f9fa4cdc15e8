//! The plain wizard through the real binary, with answers piped into standard input as a
//! script would: the assessment completes, and `list --json` shows the same scores the
//! library computes.

use std::collections::BTreeMap;

use ecoready::assessment::Response;
use ecoready::questionnaire::{Questionnaire, builtin};
use ecoready::scoring;
use serde_json::Value;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;

use cli_support::Sandbox;

/// `list --json` of the sandbox's data directory.
fn list_json(sandbox: &Sandbox) -> Value {
    sandbox.json(&["list", "--json"])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The midpoint of every item's scale: level 3 on 1-5 (4 on a 1-7 scale).
fn middle(q: &Questionnaire) -> BTreeMap<String, Response> {
    q.items()
        .map(|r| {
            let (min, max) = q.value_range(r.item).unwrap();
            (r.item.id.clone(), Response::Value((min + max) / 2))
        })
        .collect()
}

/// One line per item in questionnaire order, then an empty line that finishes.
fn answer_file(q: &Questionnaire, responses: &BTreeMap<String, Response>) -> String {
    let mut lines: String = q
        .items()
        .map(|r| match responses[&r.item.id] {
            Response::Value(v) => format!("{v}\n"),
            Response::DontKnow => "0\n".to_string(),
        })
        .collect();
    lines.push('\n');
    lines
}

#[test]
fn a_scripted_assessment_completes_with_the_scores_the_library_computes() {
    let sandbox = Sandbox::new();
    let q = builtin("ecosystem-readiness").unwrap().questionnaire;
    let responses = middle(&q);
    let output = sandbox.run_with_input(
        &[
            "new",
            "--plain",
            "--org",
            "Alder Bakery",
            "--round",
            "baseline",
        ],
        &answer_file(&q, &responses),
    );
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(stdout.contains(&format!("Question {0} of {0}", q.item_count())));
    // The midpoint scores 100 * (mid - min) / (max - min) = 50 on every scale, reversed
    // or not, so every facet, dimension and the overall score is 50.
    assert!(stdout.contains("Overall readiness: 50.0"), "{stdout}");

    let expected = scoring::score(&q, &responses).overall.value.unwrap();
    assert!((expected - 50.0).abs() < 1e-9);
    let document = list_json(&sandbox);
    let listed = document["assessments"].as_array().unwrap();
    assert_eq!(listed.len(), 1);
    let a = &listed[0];
    assert_eq!(a["status"], "complete");
    assert_eq!(a["organization"]["name"], "Alder Bakery");
    assert_eq!(a["round"], "baseline");
    let overall = a["scores"]["overall"]["score"].as_f64().unwrap();
    assert!((overall - expected).abs() < 1e-9, "{overall} != {expected}");
}

#[test]
fn without_a_terminal_plain_mode_is_chosen_and_a_bad_line_exits_2_with_its_number() {
    let sandbox = Sandbox::new();
    // No --plain: input and output are pipes, not a terminal, so the plain wizard runs. The first
    // line names the organization; line 4 is not a command.
    let output = sandbox.run_with_input(
        &["new", "--questionnaire", "quick-check"],
        "Birch Logistics\n4\n5\nperhaps\n4\n",
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("ecoready: line 4: \"perhaps\" is not a command"),
        "{stderr}"
    );
    let document = list_json(&sandbox);
    let a = &document["assessments"][0];
    assert_eq!(a["status"], "draft");
    assert_eq!(a["organization"]["name"], "Birch Logistics");
    assert_eq!(a["answered"], 2);
    // `resume` takes the same kind of input and finishes the draft.
    let id = a["id"].as_str().unwrap();
    let q = builtin("quick-check").unwrap().questionnaire;
    let rest: String = q.items().skip(2).map(|_| "0\n").collect();
    // Every dimension left "don't know" would have no score, so finishing asks; y finishes.
    let output = sandbox.run_with_input(&["resume", id], &format!("{rest}\ny\n"));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(list_json(&sandbox)["assessments"][0]["status"], "complete");
}

#[test]
fn without_new_or_resume_piped_input_is_refused() {
    let sandbox = Sandbox::new();
    let output = sandbox.run_with_input(&[], "1\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("`ecoready new --plain < answers.txt`"));
    assert_eq!(list_json(&sandbox)["assessments"], Value::Array(Vec::new()));
}

#[test]
fn themes_are_checked_by_name() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["--theme", "high-contrast", "list"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let output = sandbox.run(&["--theme", "sepia", "list"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("[possible values: default, light, high-contrast]"),
        "{stderr}"
    );
}

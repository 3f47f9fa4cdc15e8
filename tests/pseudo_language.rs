//! No text shown in plain mode, by the commands or in a report is missing from the message
//! catalogues: the whole wizard and every report run in the pseudo-language, where each
//! catalogue message (and each questionnaire text) is wrapped in `[[ ]]`, and no word may
//! be left outside the brackets but what the test typed.

use ecoready::questionnaire::builtin;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;
mod pseudo;

use cli_support::{Sandbox, stderr, stdout};
use pseudo::{Allowed, assert_all_wrapped};

const ORG: &str = "Elm Studio";

/// What the test types, allowed to show as typed.
fn allowed(sandbox: &Sandbox) -> Allowed {
    Allowed {
        typed: vec![
            ORG.to_owned(),
            "Robin Owner".to_owned(),
            "owner".to_owned(),
            "baseline".to_owned(),
            "follow-up".to_owned(),
            "Ask about the harbour project".to_owned(),
            // The questionnaire's id, shown beside its title as an identifier.
            "quick-check".to_owned(),
            sandbox.data.path().display().to_string(),
            sandbox.home.path().display().to_string(),
        ],
    }
}

/// One plain-mode assessment of the quick check through the real binary in the
/// pseudo-language, with a note, a flag, a "don't know", help and a step back on the way;
/// returns everything it printed.
fn plain_assessment(sandbox: &Sandbox, round: &str, level: u8) -> String {
    plain_assessment_from(sandbox, round, &[level])
}

/// [`plain_assessment`] answering the third question on with `levels`, the last one
/// repeated to the end (`0` is "don't know").
fn plain_assessment_from(sandbox: &Sandbox, round: &str, levels: &[u8]) -> String {
    let questions = builtin("quick-check").unwrap().questionnaire.item_count();
    let mut input = String::from("?\n4\nn Ask about the harbour project\nf\nb\n4\n0\n");
    for n in 2..questions {
        let level = levels[(n - 2).min(levels.len() - 1)];
        input.push_str(&format!("{level}\n"));
    }
    input.push('\n');
    let output = sandbox.run_with_input(
        &[
            "--lang",
            "pseudo",
            "new",
            "--plain",
            "--questionnaire",
            "quick-check",
            "--org",
            ORG,
            "--sector",
            "furniture",
            "--respondent",
            "Robin Owner",
            "--role",
            "owner",
            "--round",
            round,
        ],
        &input,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    format!("{}{}", stdout(&output), stderr(&output))
}

fn ids(sandbox: &Sandbox) -> Vec<String> {
    let listed = sandbox.json(&["list", "--json"]);
    let mut ids: Vec<String> = listed["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn the_plain_wizard_shows_only_catalogue_text() {
    let sandbox = Sandbox::new();
    let mut allowed = allowed(&sandbox);
    allowed.typed.push("furniture".to_owned());
    let shown = plain_assessment(&sandbox, "baseline", 3);
    assert!(
        shown.contains("[["),
        "the pseudo-language is in use:\n{shown}"
    );
    assert_all_wrapped("plain wizard", &shown, &allowed);
}

#[test]
fn every_report_and_command_output_shows_only_catalogue_text() {
    let sandbox = Sandbox::new();
    let mut allowed = allowed(&sandbox);
    allowed.typed.push("furniture".to_owned());
    plain_assessment(&sandbox, "baseline", 2);
    plain_assessment(&sandbox, "follow-up", 4);
    let [first, second] = <[String; 2]>::try_from(ids(&sandbox)).unwrap();
    let runs: Vec<(String, Vec<&str>)> = vec![
        ("list".into(), vec!["list"]),
        ("show".into(), vec!["show", &second]),
        ("compare".into(), vec!["compare", &first, &second]),
        ("trend".into(), vec!["trend", "--org", ORG]),
        ("plan".into(), vec!["plan", "--org", ORG]),
        (
            "text report".into(),
            vec!["export", &second, "--format", "md"],
        ),
        (
            "html report".into(),
            vec!["export", &second, "--format", "html"],
        ),
        (
            "comparison report".into(),
            vec!["export", "--compare", &first, &second, "--format", "md"],
        ),
        (
            "trend report".into(),
            vec!["export", "--org", ORG, "--format", "md"],
        ),
        (
            "evidence".into(),
            vec!["evidence", "--questionnaire", "quick-check"],
        ),
        (
            "html evidence report".into(),
            vec![
                "export",
                "--evidence",
                "--questionnaire",
                "quick-check",
                "--format",
                "html",
            ],
        ),
    ];
    for (what, args) in runs {
        assert_run_wrapped(&sandbox, &what, &args, 0, &allowed);
    }
}

#[test]
fn a_round_of_several_respondents_shows_only_catalogue_text() {
    let sandbox = Sandbox::new();
    let mut allowed = allowed(&sandbox);
    allowed.typed.push("furniture".to_owned());
    // Two answer far apart, so the agenda lists items; a third answers one of them
    // "don't know", which the agenda shows beside their answers.
    plain_assessment(&sandbox, "baseline", 1);
    plain_assessment(&sandbox, "baseline", 5);
    // Question 13, the first of its part: "don't know" on one of three leaves it scored.
    plain_assessment_from(&sandbox, "baseline", &[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3]);
    let runs: [(&str, Vec<&str>); 3] = [
        ("round", vec!["round", "--org", ORG]),
        (
            "round report",
            vec!["export", "--org", ORG, "--round-report", "--format", "md"],
        ),
        (
            "round html report",
            vec!["export", "--org", ORG, "--round-report", "--format", "html"],
        ),
    ];
    for (what, args) in runs {
        assert_run_wrapped(&sandbox, what, &args, 0, &allowed);
    }
}

#[test]
fn the_other_commands_show_only_catalogue_text() {
    let sandbox = Sandbox::new();
    let mut allowed = allowed(&sandbox);
    let shared = sandbox.home.path().join("team");
    allowed.typed.extend(
        [
            "furniture",
            "Elm Works",
            "moved offices",
            // The other built-in questionnaire's id, an identifier like quick-check.
            "ecosystem-readiness",
        ]
        .map(String::from),
    );
    plain_assessment(&sandbox, "baseline", 2);
    plain_assessment(&sandbox, "follow-up", 4);
    let [first, second] = <[String; 2]>::try_from(ids(&sandbox)).unwrap();
    let facet = builtin("quick-check").unwrap().questionnaire.dimensions[0].facets[0]
        .id
        .clone();
    let questionnaire = format!(
        "{}/questionnaires/quick-check.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let shared_dir = shared.display().to_string();
    // (what, arguments, exit status)
    let runs: Vec<(&str, Vec<&str>, i32)> = vec![
        ("questionnaires", vec!["questionnaires"], 0),
        ("validate", vec!["validate", &questionnaire], 0),
        ("paths", vec!["paths"], 0),
        ("init --shared", vec!["init", "--shared", &shared_dir], 0),
        (
            "edit",
            vec![
                "edit",
                &first,
                "--sector",
                "furniture",
                "--reason",
                "moved offices",
            ],
            0,
        ),
        ("show with its change log", vec!["show", &first], 0),
        (
            "plan --add",
            vec![
                "plan",
                "--org",
                ORG,
                "--add",
                &facet,
                "--owner",
                "Robin Owner",
            ],
            0,
        ),
        ("plan", vec!["plan", "--org", ORG], 0),
        ("map without one", vec!["map", "--org", ORG], 2),
        ("norms list", vec!["norms", "list"], 0),
        ("conflicts", vec!["conflicts"], 0),
        ("remove", vec!["remove", &second, "--yes"], 0),
        ("trash", vec!["trash"], 0),
        ("restore", vec!["restore", &second], 0),
        ("org rename", vec!["org", "rename", ORG, "Elm Works"], 0),
    ];
    // The directories and files the commands name are paths, not words.
    allowed
        .typed
        .extend([questionnaire.clone(), shared_dir.clone()]);
    for (what, args, status) in runs {
        assert_run_wrapped(&sandbox, what, &args, status, &allowed);
    }
}

/// Runs `args` in the pseudo-language, checks its exit status, and finds no word of what
/// it printed outside the catalogues (an HTML page by the text it shows).
fn assert_run_wrapped(
    sandbox: &Sandbox,
    what: &str,
    args: &[&str],
    status: i32,
    allowed: &Allowed,
) {
    let mut full = vec!["--lang", "pseudo"];
    full.extend(args);
    let output = sandbox.run(&full);
    let mut shown = format!("{}{}", stdout(&output), stderr(&output));
    assert_eq!(output.status.code(), Some(status), "{what}: {shown}");
    if what.contains("html") {
        shown = visible_html(&shown);
    }
    assert!(
        shown.contains("[["),
        "{what} is in the pseudo-language:\n{shown}"
    );
    assert_all_wrapped(what, &shown, allowed);
}

/// The text an HTML page shows: tags, the style sheet and scripts left out.
fn visible_html(page: &str) -> String {
    let document = scraper::Html::parse_document(page);
    let body = scraper::Selector::parse("body").unwrap();
    document
        .select(&body)
        .flat_map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n")
}

//! Questionnaire translations through the real binary: `validate` on translation files,
//! `new --answer-lang` recording the language, the texts shown in the language asked for,
//! and (issue 19's "done when") assessments answered in German and in Spanish comparing
//! with an English one of the same organization on every item.

#[allow(dead_code)] // Only some of the shared helpers are used here.
mod cli_support;

use std::fs;
use std::path::{Path, PathBuf};

use cli_support::{Sandbox, stderr, stdout};

const MINIMAL: &str = include_str!("fixtures/questionnaires/valid-minimal.yaml");
const MINIMAL_DE: &str = include_str!("fixtures/translations/valid-minimal.de.yaml");

/// Writes `text` as `dir/name` and gives the path.
fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    fs::create_dir_all(dir).unwrap();
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

/// The user's questionnaire folder of the sandbox (`<config>/ecoready/questionnaires`).
fn user_questionnaires(sandbox: &Sandbox) -> PathBuf {
    sandbox.home.path().join("config/ecoready/questionnaires")
}

#[test]
fn validate_accepts_a_good_translation_beside_its_questionnaire_and_a_builtin_one() {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("work");
    write(&dir, "minimal.yaml", MINIMAL);
    let translation = write(&dir, "minimal.de.yaml", MINIMAL_DE);
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/quick-check.es.yaml");
    let output = sandbox.run(&[
        "validate",
        translation.to_str().unwrap(),
        builtin.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("minimal.de.yaml: ok (the de texts of fixture-minimal version 1.0.0)"),
        "{out}"
    );
    assert!(
        out.contains("quick-check.es.yaml: ok (the es texts of quick-check"),
        "{out}"
    );
}

#[test]
fn validate_reports_every_problem_of_a_broken_translation_with_file_and_line() {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("work");
    write(&dir, "minimal.yaml", MINIMAL);
    let broken = MINIMAL_DE
        .replace("  sv_goal_2:\n", "  sv_goal_9:\n")
        .replace(
            "      - Die Zuständigkeiten stehen in Vereinbarungen.\n",
            "",
        );
    let translation = write(&dir, "minimal.de.yaml", &broken);
    let output = sandbox.run(&["validate", translation.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    let file = translation.display().to_string();
    let line = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for expected in [
        format!(
            "{file}:{}: items.sv_goal_2: item `sv_goal_2` has no translation here",
            line("items:")
        ),
        format!(
            "{file}:{}: items.sv_goal_9: the questionnaire has no item `sv_goal_9`",
            line("sv_goal_9:")
        ),
        format!(
            "{file}:{}: items.dg_owner_1.anchors: item `dg_owner_1` describes 3 levels in the questionnaire but 2 here",
            line("anchors:")
        ),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
}

#[test]
fn validate_names_the_file_and_line_when_the_questionnaire_is_nowhere() {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("work");
    let translation = write(&dir, "lost.de.yaml", MINIMAL_DE);
    let output = sandbox.run(&["validate", translation.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    let line = MINIMAL_DE
        .lines()
        .position(|l| l.starts_with("translates:"))
        .unwrap()
        + 1;
    let expected = format!(
        "{}:{line}: no questionnaire `fixture-minimal` version 1.0.0 to check this translation against: none beside it (lost.yaml)",
        translation.display()
    );
    assert!(err.contains(&expected), "{err}");
}

/// Answers quick-check in plain mode, piped, in `lang`, with `values` (one per item, 1-5).
fn answer_quick_check(sandbox: &Sandbox, lang: &str, respondent: &str, values: &[u8]) -> String {
    let mut input = "Acme\n".to_string();
    for v in values {
        input.push_str(&format!("{v}\n"));
    }
    input.push_str("\n\n\n");
    let output = sandbox.run_with_input(
        &[
            "--plain",
            "new",
            "--questionnaire",
            "quick-check",
            "--respondent",
            respondent,
            "--answer-lang",
            lang,
        ],
        &input,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let id = out
        .split("Saved as assessment ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_else(|| panic!("no id in:\n{out}"));
    id.to_string()
}

fn assessment_file(sandbox: &Sandbox, id: &str) -> String {
    fs::read_to_string(sandbox.data.path().join(format!("assessments/{id}.yaml"))).unwrap()
}

#[test]
fn german_and_spanish_assessments_compare_with_an_english_one_on_every_item() {
    let sandbox = Sandbox::new();
    let english = answer_quick_check(&sandbox, "en", "Ann", &[3; 15]);
    let german = answer_quick_check(
        &sandbox,
        "de",
        "Bernd",
        &[1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5],
    );
    let spanish = answer_quick_check(&sandbox, "es", "Carmen", &[5; 15]);
    // The language is recorded; English, as before, records none.
    assert!(!assessment_file(&sandbox, &english).contains("\nlanguage:"));
    assert!(assessment_file(&sandbox, &german).contains("\nlanguage: de\n"));
    assert!(assessment_file(&sandbox, &spanish).contains("\nlanguage: es\n"));
    for other in [&german, &spanish] {
        let doc = sandbox.json(&["compare", &english, other, "--json"]);
        assert_eq!(doc["same_questionnaire"], true, "{doc:#}");
        let not_compared = &doc["not_compared"];
        assert_eq!(not_compared["shared_items"], 15, "{doc:#}");
        assert_eq!(not_compared["both_answered"], 15, "{doc:#}");
        assert_eq!(
            not_compared["items_only_before"].as_array().map(Vec::len),
            Some(0)
        );
        assert_eq!(
            not_compared["items_only_after"].as_array().map(Vec::len),
            Some(0)
        );
        assert_eq!(doc["overall"]["before"], 50.0, "{doc:#}");
    }
    // All 3s score 50; 1..5 five times over averages level 3, 50 too; all 5s score 100.
    let doc = sandbox.json(&["compare", &english, &spanish, "--json"]);
    assert_eq!(doc["overall"]["after"], 100.0, "{doc:#}");
    let doc = sandbox.json(&["compare", &english, &german, "--json"]);
    assert_eq!(doc["overall"]["after"], 50.0, "{doc:#}");
}

#[test]
fn an_assessment_answered_in_german_is_shown_in_the_language_asked_for() {
    let sandbox = Sandbox::new();
    let dir = user_questionnaires(&sandbox);
    write(&dir, "minimal.yaml", MINIMAL);
    write(&dir, "minimal.de.yaml", MINIMAL_DE);
    // The translation file is not listed as a (broken) questionnaire of its own.
    let listed = sandbox.run(&["questionnaires"]);
    assert_eq!(listed.status.code(), Some(0), "{}", stderr(&listed));
    assert!(
        !stderr(&listed).contains("minimal.de.yaml"),
        "{}",
        stderr(&listed)
    );
    let output = sandbox.run_with_input(
        &[
            "--plain",
            "new",
            "--questionnaire",
            "fixture-minimal",
            "--answer-lang",
            "de",
        ],
        "Acme\n7\n1\n3\n\n\n\n",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    // The wizard asked in German.
    assert!(
        out.contains("Wir wissen, was unsere wichtigsten Partner erreichen wollen."),
        "{out}"
    );
    let list = sandbox.json(&["list", "--json"]);
    let id = list["assessments"][0]["id"].as_str().unwrap().to_string();
    assert!(assessment_file(&sandbox, &id).contains("\nlanguage: de\n"));
    let english = stdout(&sandbox.run(&["--lang", "en", "show", &id]));
    assert!(english.contains("Data governance"), "{english}");
    assert!(!english.contains("Datenverantwortung"), "{english}");
    let german = stdout(&sandbox.run(&["--lang", "de", "show", &id]));
    assert!(german.contains("Datenverantwortung"), "{german}");
    // The same scores either way: 7 on agree7 and a reversed 1 score 100, level 3 of 3
    // scores 100.
    let json_en = sandbox.json(&["--lang", "en", "show", &id, "--json"]);
    let json_de = sandbox.json(&["--lang", "de", "show", &id, "--json"]);
    assert_eq!(
        json_en["assessment"]["scores"]["overall"],
        json_de["assessment"]["scores"]["overall"]
    );
}

#[test]
fn answer_lang_refuses_a_language_the_questionnaire_is_not_offered_in() {
    let sandbox = Sandbox::new();
    let dir = user_questionnaires(&sandbox);
    write(&dir, "minimal.yaml", MINIMAL);
    let output = sandbox.run_with_input(
        &[
            "--plain",
            "new",
            "--questionnaire",
            "fixture-minimal",
            "--answer-lang",
            "es",
        ],
        "Acme\n",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(
            "questionnaire `fixture-minimal` cannot be answered in `es`: it is offered in en"
        ),
        "{}",
        stderr(&output)
    );
}

//! Text from files reaches the terminal and reports sanitised: no escape sequence, DEL,
//! C1 control, bidirectional control or other invisible formatting character
//! (`ecoready::text::is_hidden`) from an assessment, a map or a file name is ever written
//! as it is, on any surface: `show`, `list`, `map`, their error messages and warnings,
//! every `--json` document (escaped, reading back to the very same strings), every
//! export format, the wizard's screens and plain mode.
#![cfg(unix)]

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use ecoready::store::Store;
use ecoready::text::is_hidden;
use ecoready::tui::action::Action;
use ecoready::tui::app::App;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{drive, key};

/// The id inside the fixture, and so its file name.
const ID: &str = "20250602-101500-f1x7";

/// The fixture: every free text holds escape sequences, DEL, C1 controls, bidirectional
/// controls and invisible characters (see its header).
fn hostile_fixture() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/a-hidden-text.yaml");
    fs::read_to_string(path).unwrap()
}

/// A data directory holding `content` as assessment [`ID`].
fn data_with(home: &Path, content: &str) -> PathBuf {
    let data = home.join("data");
    fs::create_dir_all(data.join("assessments")).unwrap();
    fs::write(data.join("assessments").join(format!("{ID}.yaml")), content).unwrap();
    data
}

/// Runs ecoready on `data` with a private home.
fn run(home: &Path, data: &Path, args: &[&str]) -> Output {
    run_with_env(home, data, args, &[])
}

fn run_with_env(home: &Path, data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecoready"));
    command
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("ECOREADY_DATA_DIR")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env("HOME", home)
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data-home"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

/// Neither stream carries a hidden character (line breaks aside) nor the payload of the
/// fixture's title-change sequence.
fn assert_clean(what: &str, output: &Output) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert_text_clean(&format!("{what}, {stream}"), &text);
    }
}

fn assert_text_clean(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| c != '\n' && is_hidden(c)) {
        panic!(
            "{what}: U+{:04X} reached the output:\n{text:?}",
            u32::from(c)
        );
    }
    assert!(
        !text.contains("owned"),
        "{what}: a sequence's payload:\n{text}"
    );
    assert!(
        !text.contains("[2J"),
        "{what}: a sequence's remnant:\n{text}"
    );
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn show_and_list_print_file_text_sanitised() {
    let home = tempfile::tempdir().unwrap();
    let data = data_with(home.path(), &hostile_fixture());
    for args in [vec!["show", ID], vec!["list"]] {
        let output = run(home.path(), &data, &args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_clean(&format!("{args:?}"), &output);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("Fixture Fermentery"), "{stdout}");
    }
}

#[test]
fn json_escapes_hidden_characters_and_reads_back_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let data = data_with(home.path(), &hostile_fixture());
    let stored = Store::open(&data).unwrap().load(ID).unwrap();
    for args in [vec!["list", "--json"], vec!["show", ID, "--json"]] {
        let output = run(home.path(), &data, &args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        let text = String::from_utf8(output.stdout.clone()).unwrap();
        // The payload is there, escaped: only the raw characters are not.
        if let Some(c) = text.chars().find(|&c| c != '\n' && is_hidden(c)) {
            panic!("{args:?}: U+{:04X} unescaped", u32::from(c));
        }
        assert!(stderr(&output).is_empty(), "{}", stderr(&output));
        let document: serde_json::Value = serde_json::from_str(&text).unwrap();
        let assessment = if args[0] == "list" {
            &document["assessments"][0]
        } else {
            &document["assessment"]
        };
        let texts = [
            (
                &assessment["organization"]["name"],
                &stored.organization.name,
            ),
            (
                &assessment["organization"]["sector"],
                &stored.organization.sector,
            ),
            (&assessment["respondent"]["name"], &stored.respondent.name),
            (&assessment["respondent"]["role"], &stored.respondent.role),
        ];
        for (shown, original) in texts {
            assert_eq!(shown.as_str(), Some(original.as_str()), "{args:?}");
        }
        assert_eq!(assessment["advisor"].as_str(), stored.advisor.as_deref());
        assert_eq!(assessment["round"].as_str(), stored.round.as_deref());
        assert!(stored.organization.name.contains('\u{202e}'));
        assert!(stored.organization.name.contains('\u{9b}'));
    }
}

#[test]
fn show_errors_quoting_file_content_are_sanitised() {
    let base = hostile_fixture();
    let variants = [
        (
            "a bad status",
            base.replace(
                "status: complete",
                r#"status: "\e]0;owned\a\e[2Jdone\u202E""#,
            ),
            "unknown variant",
        ),
        (
            "an unknown field",
            base.replace(
                "questionnaire:\n",
                "\"\\e[2Jsal\\u202Eary\\e]0;owned\\a\": 1\nquestionnaire:\n",
            ),
            "unknown field",
        ),
        (
            "a string response",
            base.replacen(
                "  response: 1\n",
                "  response: \"\\e]0;owned\\a\\x9b2Jmaybe\\u202E\"\n",
                1,
            ),
            "maybe",
        ),
        (
            "an unknown questionnaire",
            base.replace(
                "  id: quick-check\n  version: 1.0.0\n  digest: 447f",
                "  id: \"quick\\e]0;owned\\a\\u202E\"\n  version: \"1.0\\x9b2J\\u2066\"\n  digest: 000f",
            ),
            "questionnaire",
        ),
    ];
    for (what, content, mention) in variants {
        assert_ne!(content, base, "{what}: the fixture changed");
        let home = tempfile::tempdir().unwrap();
        let data = data_with(home.path(), &content);
        let output = run(home.path(), &data, &["show", ID]);
        assert_ne!(output.status.code(), Some(0), "{what}");
        assert!(
            stderr(&output).contains(mention),
            "{what}: {}",
            stderr(&output)
        );
        assert_clean(what, &output);
        // `list` skips the same file with a warning that quotes it.
        let list = run(home.path(), &data, &["list"]);
        assert_clean(&format!("{what}, list"), &list);
    }
}

#[test]
fn map_names_a_bad_file_with_its_path_sanitised() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let dir = data.join("maps").join("fixture");
    fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad\u{1b}]0;owned\u{7}\u{202e}lmay.yaml");
    fs::write(&bad, "partners: [").unwrap();
    for args in [
        vec!["map", "--org", "Fixture"],
        vec!["map", "--org", "Fixture", "--json"],
    ] {
        let output = run(home.path(), &data, &args);
        assert_clean(&format!("{args:?}"), &output);
        let stderr = stderr(&output);
        assert!(
            stderr.contains("warning: skipped") && stderr.contains("badlmay.yaml"),
            "{stderr}"
        );
    }
}

#[test]
fn every_export_format_is_sanitised_and_json_reads_back() {
    let home = tempfile::tempdir().unwrap();
    let data = data_with(home.path(), &hostile_fixture());
    let stored = Store::open(&data).unwrap().load(ID).unwrap();
    for format in ["md", "html", "csv", "json"] {
        let output = run(home.path(), &data, &["export", ID, "--format", format]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        let text = String::from_utf8(output.stdout.clone()).unwrap();
        // The CSV's own byte order mark tells spreadsheets it is UTF-8.
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let text = text.replace("\r\n", "\n");
        if format != "json" {
            assert_text_clean(format, &text);
        } else if let Some(c) = text.chars().find(|&c| c != '\n' && is_hidden(c)) {
            // JSON keeps the payload, escaped: only the raw characters are not there.
            panic!("json: U+{:04X} unescaped", u32::from(c));
        } else {
            let document: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                document["assessment"]["organization"]["name"].as_str(),
                Some(stored.organization.name.as_str())
            );
        }
    }
}

#[test]
fn with_rust_backtrace_an_error_says_the_same_and_no_more() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    for env in [&[][..], &[("RUST_BACKTRACE", "1")][..]] {
        let output = run_with_env(home.path(), &data, &["show", "nope"], env);
        assert_eq!(output.status.code(), Some(2), "{env:?}");
        assert_eq!(
            stderr(&output),
            "ecoready: no assessment with id starting with `nope`\n",
            "{env:?}"
        );
    }
}

#[test]
fn plain_mode_says_file_and_flag_text_sanitised() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let output = run(
        home.path(),
        &data,
        &[
            "--plain",
            "new",
            "--org",
            "Evil\u{202e}Org\u{1b}]0;owned\u{7}",
            "--respondent",
            "Ana\u{2066}\u{9b}2J",
        ],
    );
    assert_clean("plain new", &output);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("of EvilOrg"), "{stdout}");
}

/// Every cell of a drawn screen is free of hidden characters.
fn assert_screen_clean(what: &str, terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) {
    for cell in &terminal.backend().buffer().content {
        if let Some(c) = cell.symbol().chars().find(|&c| is_hidden(c)) {
            panic!(
                "{what}: U+{:04X} in a cell:\n{}",
                u32::from(c),
                terminal.backend()
            );
        }
    }
}

#[test]
fn the_wizard_draws_no_hidden_characters() {
    let home = tempfile::tempdir().unwrap();
    let data = data_with(home.path(), &hostile_fixture());
    let store = Store::open(&data).unwrap();
    let app = || initial_app(Start::Home, Vec::new(), Theme::COLOR);
    // Home, then History (organizations, then the assessment), whose layout a
    // right-to-left override used to shift.
    let mut home_app = app();
    let shown = drive(&mut home_app, &store, Vec::new(), 100, 30);
    assert!(
        shown.backend().to_string().contains("Fixture"),
        "{}",
        shown.backend()
    );
    assert_screen_clean("home", &shown);
    let mut history = app();
    let shown = drive(
        &mut history,
        &store,
        vec![key(KeyCode::Char('h')), key(KeyCode::Enter)],
        100,
        30,
    );
    assert!(
        shown.backend().to_string().contains("Fixture"),
        "{}",
        shown.backend()
    );
    assert_screen_clean("history", &shown);
    // A message that names a file (as a failed save does) is drawn sanitised too.
    let mut failed: App = app();
    failed.update(Action::Failed(
        "could not save /tmp/\u{202e}lmay.x\u{1b}[2J\u{200b}".into(),
    ));
    let shown = drive(&mut failed, &store, Vec::new(), 100, 30);
    assert!(
        shown
            .backend()
            .to_string()
            .contains("could not save /tmp/lmay.x"),
        "{}",
        shown.backend()
    );
    assert_screen_clean("status line", &shown);
}

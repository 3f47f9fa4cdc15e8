//! End to end in a real pseudo-terminal: an advisor interviews two people of one firm in
//! one round, one of them with a note, then opens the round from History, reads the agenda
//! of the questions they answered far apart and writes the round report with `x`.

mod support;

use std::process::Command;

use ecoready::questionnaire;
use support::pty::{Session, answer_from_setup_to_results};

/// Interviews `respondent` of Elm Studio in round "baseline" on the quick check:
/// `answer(item index)` is the level chosen, and item 1 gets `note` when one is given.
fn interview(
    home: &std::path::Path,
    data: &str,
    respondent: &str,
    answer: fn(usize) -> u8,
    note: Option<&str>,
) {
    let q = questionnaire::builtin("quick-check").unwrap().questionnaire;
    let mut app = Session::start(
        home,
        &[
            "--data-dir",
            data,
            "new",
            "--interview",
            "--advisor",
            "Sam Lee",
            "--org",
            "Elm Studio",
            "--respondent",
            respondent,
            "--round",
            "baseline",
            "--questionnaire",
            "quick-check",
        ],
        100,
        30,
    );
    answer_from_setup_to_results(&mut app, &q, |app, index, _| {
        if index == 0
            && let Some(note) = note
        {
            app.send("n");
            app.wait_for("Editing note");
            app.send(note);
            app.send("\r");
            app.wait_for(&format!("Note: {note}"));
        }
        app.send(&answer(index).to_string());
    });
    app.send("q");
    app.wait_for("Recent assessments");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn two_interviews_then_the_round_agenda_and_report_in_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.to_str().unwrap();
    // Levels 1-5 score 0, 25, 50, 75, 100. Ana answers level 3 (50) everywhere but the
    // first question (5: 100); Ben level 3 but the first (1: 0) and the fifth (5: 100).
    // So the first question is 100 points apart, the fifth 50 (the agenda's threshold:
    // on it), every other 0: an agenda of two, widest first.
    interview(
        home.path(),
        data_arg,
        "Ana Ruiz",
        |i| if i == 0 { 5 } else { 3 },
        Some("We share a roadmap"),
    );
    interview(
        home.path(),
        data_arg,
        "Ben Okafor",
        |i| match i {
            0 => 1,
            4 => 5,
            _ => 3,
        },
        None,
    );

    // History opens on the newest assessment's organization; r opens its round.
    let mut app = Session::start(home.path(), &["--data-dir", data_arg], 100, 30);
    app.wait_for("Start a new");
    app.send("h");
    app.wait_for("Elm Studio");
    app.send("\r");
    app.send("r");
    let round = app.wait_for("Agenda");
    assert!(round.contains("baseline"), "{round}");
    assert!(
        round.contains("Ana Ruiz") && round.contains("Ben Okafor"),
        "{round}"
    );
    app.send("x");
    let written = app.wait_for("Report written to");
    assert!(written.contains("reports"), "{written}");
    app.send("q");
    app.send("q");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    let report = data
        .join("reports")
        .join("ecoready-elm-studio-round-baseline.html");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(
        html.contains("Ana Ruiz") && html.contains("Ben Okafor"),
        "{html}"
    );
    assert!(
        html.contains("We share a roadmap"),
        "the note is on the agenda:\n{html}"
    );

    // The same round from the command line: two agenda items, 100 then 50 apart, each
    // with both answers in the order of the respondents (oldest first; the two interviews
    // may share a second, so the order is read, not assumed).
    let output = Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .args([
            "--data-dir",
            data_arg,
            "round",
            "--org",
            "elm studio",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let round: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = round["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["respondent"]["name"].as_str().unwrap())
        .collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, ["Ana Ruiz", "Ben Okafor"]);
    let (ana, ben) = if names[0] == "Ana Ruiz" {
        (0, 1)
    } else {
        (1, 0)
    };
    let agenda = round["agenda"].as_array().unwrap();
    let apart: Vec<f64> = agenda
        .iter()
        .map(|i| i["apart"].as_f64().unwrap())
        .collect();
    assert_eq!(apart, [100.0, 50.0]);
    let first = &agenda[0]["answers"];
    assert_eq!(first[ana]["score"].as_f64(), Some(100.0));
    assert_eq!(first[ben]["score"].as_f64(), Some(0.0));
    assert_eq!(first[ana]["note"], "We share a roadmap");
    let fifth = &agenda[1]["answers"];
    assert_eq!(fifth[ana]["score"].as_f64(), Some(50.0));
    assert_eq!(fifth[ben]["score"].as_f64(), Some(100.0));
}

//! End to end in a real pseudo-terminal, the plan carried over: a check-in completed, a
//! priority picked on Results with owner and due date, the next check-in of the same
//! organization opening with the Review step, the priority reviewed as done, the check-in
//! finished, and Results showing how it went beside the facet's change; then `ecoready
//! plan --org NAME --json` says the same.

mod support;

use std::process::Command;

use support::pty::Session;

const ENTER: &str = "\r";
const TAB: &str = "\t";
const RIGHT: &str = "\u{1b}[C";
const ESC: &str = "\u{1b}";
const ORG: &str = "Alder Bakery";

/// A new quick-check assessment of the bakery, every question answered `level`, up to
/// its Results (after the Review step of an open plan, with `review` sent there).
fn check_in(home: &std::path::Path, data: &str, level: &str, review: Option<&str>) -> Session {
    let args = [
        "--data-dir",
        data,
        "new",
        "--org",
        ORG,
        "--questionnaire",
        "quick-check",
    ];
    let mut app = Session::start(home, &args, 80, 24);
    app.wait_for("New assessment");
    app.send(ENTER);
    if let Some(keys) = review {
        app.wait_for("How did the plan go?");
        app.send(keys);
        app.wait_for("◂ done ▸");
        app.send(ENTER);
    }
    for question in 1..=15 {
        // Each of the five parts opens with its intro.
        if question % 3 == 1 {
            app.wait_for(&format!("Part {} of 5", question / 3 + 1));
            app.send(ENTER);
        }
        app.wait_for(&format!("Question {question} of 15"));
        app.send(level);
    }
    app.wait_for("Review");
    app.send(ENTER);
    app.wait_for("Results");
    app
}

#[test]
fn a_plan_made_on_results_is_reviewed_at_the_next_check_in_and_its_progress_shown() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data = data.to_str().unwrap();

    // Every item at level 2: every facet 25.0, the first one listed first.
    let mut app = check_in(home.path(), data, "2", None);
    app.send("p");
    app.wait_for("Improvement plan · Alder Bakery");
    app.send(ENTER);
    app.wait_for("Priority: Shared goals: first look");
    app.send("Ana");
    app.send(TAB);
    app.send("2027-03-31");
    app.send(TAB);
    app.send("weekly call with the mill");
    app.send(ENTER);
    app.wait_for("Plan saved in assessment");
    app.send(ESC);
    app.wait_for("Results");
    app.send("q");
    app.wait_for("Recent assessments");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    // The next check-in: the plan reviewed as done, every item at level 4 (75.0).
    let mut app = check_in(home.path(), data, "4", Some(RIGHT));
    let mut screen = app.screen();
    for _ in 0..60 {
        if screen.contains("reviewed") && screen.contains("(+50.0)") {
            break;
        }
        app.send("j");
        app.read_for(std::time::Duration::from_millis(50));
        screen = app.screen();
    }
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("1. Shared goals: first look: done"),
        "{screen}"
    );
    assert!(
        flat.contains("25.0 -> 75.0 (+50.0), on 3 items"),
        "{screen}"
    );
    assert!(flat.contains("real change"), "{screen}");
    app.send("q");
    app.wait_for("Recent assessments");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    let output = Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .args([
            "--data-dir",
            data,
            "plan",
            "--org",
            "alder bakery",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let stage = &doc["plans"][0];
    assert!(stage["reviewed_in"].is_string(), "{doc}");
    let priority = &stage["priorities"][0];
    assert_eq!(priority["facet"], "shared_vision_first_look");
    assert_eq!(priority["owner"], "Ana");
    assert_eq!(priority["due"], "2027-03-31");
    assert_eq!(priority["note"], "weekly call with the mill");
    assert_eq!(priority["status"], "done");
    assert_eq!(priority["before"], 25.0);
    assert_eq!(priority["after"], 75.0);
    assert_eq!(priority["change"], 50.0);
    assert_eq!(priority["items"], 3);
}

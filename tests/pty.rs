//! End to end in a real pseudo-terminal: the binary, a temporary data directory, a whole
//! assessment answered with keys (back, don't know, a note and a flag included), then
//! the saved file and `ecoready list --json` checked.

mod support;

use std::process::Command;

use ecoready::assessment::{Response, Status};
use ecoready::questionnaire;
use ecoready::store::Store;
use support::pty::{LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR, Session, answer_from_setup_to_results};

const ENTER: &str = "\r";
const LEFT: &str = "\u{1b}[D";

#[test]
fn a_whole_assessment_answered_with_keys_in_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.to_str().unwrap();
    let q = questionnaire::builtin("ecosystem-readiness")
        .unwrap()
        .questionnaire;
    let count = q.item_count();

    let mut app = Session::start(
        home.path(),
        &[
            "--data-dir",
            data_arg,
            "new",
            "--org",
            "Fir Farm Co-op",
            "--respondent",
            "Lee",
            "--round",
            "baseline",
        ],
        80,
        24,
    );
    let setup = app.wait_for("New assessment");
    assert!(
        setup.contains("Fir Farm Co-op"),
        "setup is prefilled:\n{setup}"
    );
    app.send(ENTER);
    app.wait_for("Part 1 of 5");

    let mut expected = Vec::new();
    let mut dimension = 0;
    for r in q.items() {
        if r.dimension_index != dimension {
            dimension = r.dimension_index;
            app.wait_for(&format!("Part {} of 5", dimension + 1));
            app.send(ENTER);
        } else if r.index == 0 {
            app.send(ENTER);
        }
        app.wait_for(&format!("Question {} of {count}", r.index + 1));
        let (_, max) = q.value_range(r.item).unwrap();
        let response = match r.index {
            0 => {
                // Note, flag, a first answer, back, and a changed answer.
                app.send("n");
                app.wait_for("Editing note");
                app.send("Ask about the cold store");
                app.send(ENTER);
                app.wait_for("Note: Ask about the cold store");
                app.send("f");
                app.wait_for("flagged for review");
                app.send("2");
                app.wait_for("Question 2 of");
                app.send(LEFT);
                app.wait_for("Question 1 of");
                Response::Value(max)
            }
            2 => Response::DontKnow,
            i => Response::Value((i % usize::from(max)) as u8 + 1),
        };
        let key = match response {
            Response::Value(v) => v.to_string(),
            Response::DontKnow => "0".to_string(),
        };
        app.send(&key);
        expected.push((r.item.id.clone(), response));
    }
    let review = app.wait_for("Review");
    assert!(
        review.contains(&format!("{count} of {count} answered")),
        "{review}"
    );
    app.send(ENTER);
    let results = app.wait_for("Results");
    assert!(results.contains("Overall readiness"), "{results}");
    app.send("q");
    app.wait_for("Recent assessments");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&app.raw);
    let tail = &raw[raw
        .rfind(LEAVE_ALTERNATE_SCREEN)
        .expect("left the alternate screen")..];
    assert!(
        tail.contains(SHOW_CURSOR) || raw.contains(SHOW_CURSOR),
        "cursor shown again"
    );
    // Mouse reporting was switched on for the wizard and off again on the way out.
    let mouse_on = raw
        .rfind("\u{1b}[?1000h")
        .expect("mouse reporting switched on");
    assert!(
        raw[mouse_on..].contains("\u{1b}[?1000l"),
        "mouse reporting switched off"
    );

    let store = Store::open(&data).unwrap();
    let listing = store.list();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(listing.assessments.len(), 1);
    let saved = &listing.assessments[0];
    assert_eq!(saved.status, Status::Complete);
    assert_eq!(saved.organization.name, "Fir Farm Co-op");
    assert_eq!(saved.respondent.name, "Lee");
    assert_eq!(saved.round.as_deref(), Some("baseline"));
    for (id, response) in &expected {
        assert_eq!(saved.response(id), Some(*response), "{id}");
    }
    let first = &q.item_at(0).unwrap().item.id;
    assert_eq!(saved.note(first), "Ask about the cold store");
    assert!(saved.is_flagged(first));
    let scores = saved.scores.as_ref().expect("score snapshot");
    assert_eq!(scores.overall.answered, count - 1);
    assert_eq!(scores.overall.dont_know, 1);

    let output = Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .args(["--data-dir", data_arg, "list", "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let listed = &json["assessments"][0];
    assert_eq!(listed["id"], saved.id.as_str());
    assert_eq!(listed["status"], "complete");
    assert_eq!(listed["organization"]["name"], "Fir Farm Co-op");
    let overall = listed["scores"]["overall"]["score"].as_f64().unwrap();
    assert!((overall - scores.overall.value.unwrap()).abs() < 1e-9);
    for d in &scores.dimensions {
        let shown = listed["scores"]["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == d.id.as_str())
            .unwrap();
        match d.score.value {
            Some(v) => assert!((shown["score"].as_f64().unwrap() - v).abs() < 1e-9),
            None => assert!(shown["score"].is_null()),
        }
    }
}

#[test]
fn leaving_mid_way_and_resuming_continues_at_the_same_question() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.to_str().unwrap();
    let mut app = Session::start(
        home.path(),
        &["--data-dir", data_arg, "new", "--org", "Gale Glass"],
        80,
        24,
    );
    app.wait_for("New assessment");
    app.send(ENTER);
    app.wait_for("Part 1 of 5");
    app.send(ENTER);
    app.wait_for("Question 1 of");
    app.send("5");
    app.wait_for("Question 2 of");
    app.send("4");
    app.wait_for("Question 3 of");
    app.send("\u{3}"); // Ctrl-C leaves at once
    assert_eq!(app.wait_exit(), 0);

    let mut resumed = Session::start(home.path(), &["--data-dir", data_arg, "resume"], 80, 24);
    let screen = resumed.wait_for("Question 3 of");
    assert!(
        screen.contains("Gale Glass") || screen.contains("Ecosystem readiness"),
        "{screen}"
    );
    resumed.send(LEFT);
    let previous = resumed.wait_for("Question 2 of");
    assert!(
        previous.contains("● 4"),
        "the earlier answer is marked:\n{previous}"
    );
    resumed.send("\u{3}");
    assert_eq!(resumed.wait_exit(), 0);
}

/// Answers every question of a new assessment with `value(item index, scale maximum)`
/// and finishes it, from the setup screen to leaving the program.
fn answer_everything(
    app: &mut Session,
    q: &ecoready::questionnaire::Questionnaire,
    value: impl Fn(usize, u8) -> u8,
) {
    answer_from_setup_to_results(app, q, |app, index, max| {
        app.send(&value(index, max).to_string())
    });
    app.send("q");
    app.wait_for("Recent assessments");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn three_check_ins_of_one_firm_then_compare_and_trend() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.to_str().unwrap();
    let q = questionnaire::builtin("ecosystem-readiness")
        .unwrap()
        .questionnaire;
    // Each check-in answers one step higher (capped at the scale's maximum).
    for (round, step) in [("baseline", 1u8), ("mid-year", 2), ("year two", 3)] {
        let mut app = Session::start(
            home.path(),
            &[
                "--data-dir",
                data_arg,
                "new",
                "--org",
                "Juniper Joinery",
                "--round",
                round,
            ],
            80,
            24,
        );
        answer_everything(&mut app, &q, |_, max| step.min(max));
        // The check-ins ran seconds apart; date this one as if months had passed since
        // the first, as they would for a real firm.
        let store = Store::open(&data).unwrap();
        let mut latest = store
            .list()
            .assessments
            .into_iter()
            .find(|a| a.round.as_deref() == Some(round))
            .unwrap();
        let months = chrono::Months::new(6 * u32::from(step - 1));
        for at in [&mut latest.started_at, &mut latest.updated_at] {
            *at = at.checked_add_months(months).unwrap();
        }
        latest.completed_at = latest
            .completed_at
            .map(|at| at.checked_add_months(months).unwrap());
        store.save(&latest).unwrap();
    }
    let store = Store::open(&data).unwrap();
    let mut saved = store.list().assessments;
    saved.sort_by_key(|a| a.started_at);
    assert_eq!(saved.len(), 3);
    let overall = |i: usize| saved[i].scores.as_ref().unwrap().overall.value.unwrap();

    let run = |args: &[&str]| -> serde_json::Value {
        let output = Command::new(env!("CARGO_BIN_EXE_ecoready"))
            .args(["--data-dir", data_arg])
            .args(args)
            .env("RUST_BACKTRACE", "0")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).unwrap()
    };
    // Given later-first, compare still puts the earlier check-in as "before".
    let compared = run(&["compare", &saved[2].id, &saved[0].id, "--json"]);
    assert_eq!(compared["before"]["id"], saved[0].id.as_str());
    assert_eq!(compared["after"]["id"], saved[2].id.as_str());
    let change = compared["overall"]["change"].as_f64().unwrap();
    assert!((change - (overall(2) - overall(0))).abs() < 1e-9);
    assert_eq!(compared["overall"]["direction"], "up");

    let trend = run(&["trend", "--org", "juniper joinery", "--json"]);
    let points = trend["points"].as_array().unwrap();
    assert_eq!(points.len(), 3);
    for (i, point) in points.iter().enumerate() {
        assert!((point["overall"].as_f64().unwrap() - overall(i)).abs() < 1e-9);
    }
    assert_eq!(points[0]["round"], "baseline");
    assert_eq!(points[2]["round"], "year two");
}

/// A disk that refuses to grow any file past 512 bytes, as a full one refuses: the
/// shell limits the file size (`ulimit -f`, which works without mounting anything, also
/// as root) and ignores SIGXFSZ so a write fails with an error instead of killing the
/// program. ecoready's stderr goes to the file named by `STDERR_FILE`.
const FULL_DISK: &str = "ulimit -f 1 && trap '' XFSZ && exec \"$0\" \"$@\" 2>\"$STDERR_FILE\"";

#[test]
fn leaving_while_saving_fails_exits_1_restores_the_terminal_and_says_what_was_lost() {
    for leave in ["q", "Ctrl-C", "TERM"] {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        let stderr = home.path().join("stderr.txt");
        let loaded = questionnaire::builtin("ecosystem-readiness").unwrap();
        let q = &loaded.questionnaire;
        let store = Store::open(&data).unwrap();
        let setup = ecoready::assessment::Setup {
            organization: ecoready::assessment::Organization {
                name: "Holm Harbour Ltd".into(),
                sector: "logistics".into(),
            },
            ..Default::default()
        };
        let now = ecoready::assessment::now();
        let mut draft = ecoready::assessment::Assessment::start(
            "20260314-090000-aaaa".into(),
            setup,
            q,
            &loaded.digest,
            now,
        );
        // Ten answers make the file far larger than the 512 bytes the disk allows.
        for r in q.items().take(10) {
            draft.respond(q, &r.item.id, Response::Value(2), now);
        }
        draft.position = 10;
        store.save(&draft).unwrap();
        let before = std::fs::read(data.join("assessments/20260314-090000-aaaa.yaml")).unwrap();
        assert!(before.len() > 1024, "{} bytes", before.len());

        let mut app = Session::start_in_shell(
            home.path(),
            FULL_DISK,
            &["--data-dir", data.to_str().unwrap(), "resume", &draft.id],
            &[("STDERR_FILE", stderr.to_str().unwrap())],
            80,
            24,
        );
        app.wait_for("Question 11 of");
        app.send("3");
        let screen = app.wait_for("Not saved");
        assert!(screen.contains("Question 11 of"), "it stays:\n{screen}");
        match leave {
            "q" => app.send("q"),
            "Ctrl-C" => app.send("\u{3}"),
            signal => app.signal(signal),
        }
        assert_eq!(app.wait_exit(), 1, "{leave}");
        // Restored: the alternate screen left and the cursor shown, each after the last
        // time the wizard entered or hid it.
        let raw = String::from_utf8_lossy(&app.raw);
        let left = raw
            .rfind(LEAVE_ALTERNATE_SCREEN)
            .expect("left the alternate screen");
        assert!(left > raw.rfind("\u{1b}[?1049h").unwrap(), "{leave}");
        let shown = raw.rfind(SHOW_CURSOR).expect("cursor shown again");
        assert!(shown > raw.rfind("\u{1b}[?25l").unwrap(), "{leave}");
        let message = std::fs::read_to_string(&stderr).unwrap();
        assert!(
            message.starts_with(
                "ecoready: 1 answer of the assessment of Holm Harbour Ltd \
                 (20260314-090000-aaaa) could not be saved: could not save "
            ),
            "{leave}: {message}"
        );
        assert!(message.contains("File too large"), "{leave}: {message}");
        assert!(
            message.contains("ecoready resume 20260314-090000-aaaa"),
            "{leave}: {message}"
        );
        // The file keeps what was saved before, whole.
        let after = std::fs::read(data.join("assessments/20260314-090000-aaaa.yaml")).unwrap();
        assert_eq!(after, before, "{leave}");
    }
}

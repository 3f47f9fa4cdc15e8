//! The terminal is restored on every way out of the wizard: `q`, Ctrl-C, SIGTERM, SIGHUP,
//! two SIGTERMs back to back, and a panic, each in a real pseudo-terminal (the screen
//! bytes and the terminal's settings); SIGTERM and SIGHUP save the draft first, an open
//! note included.

mod support;

use ecoready::assessment::Response;
use ecoready::questionnaire;
use ecoready::store::Store;
use support::pty::{LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR, Session};
use tempfile::TempDir;

const ENTER: &str = "\r";
const ENTER_ALTERNATE_SCREEN: &str = "\u{1b}[?1049h";
const HIDE_CURSOR: &str = "\u{1b}[?25l";

/// A wizard on question 2 of a new draft, question 1 answered 3, and the note of
/// question 2 open with "half typed" in it.
fn wizard_mid_note(home: &TempDir) -> Session {
    let data = home.path().join("data");
    let mut app = Session::start(
        home.path(),
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "new",
            "--org",
            "Ridge Rope",
        ],
        80,
        24,
    );
    app.wait_for("New assessment");
    app.send(ENTER);
    app.wait_for("Part 1 of 5");
    app.send(ENTER);
    app.wait_for("Question 1 of");
    app.send("3");
    app.wait_for("Question 2 of");
    app.send("n");
    app.wait_for("Editing note");
    app.send("half typed");
    app.wait_for("half typed");
    app
}

/// The output ends with the terminal restored: the alternate screen left and the cursor
/// shown after the last time they were entered and hidden.
fn assert_restored(app: &Session) {
    let raw = String::from_utf8_lossy(&app.raw);
    let entered = raw
        .rfind(ENTER_ALTERNATE_SCREEN)
        .expect("the wizard used the alternate screen");
    let left = raw
        .rfind(LEAVE_ALTERNATE_SCREEN)
        .expect("the alternate screen was left");
    assert!(
        left > entered,
        "the alternate screen was entered again after leaving it"
    );
    let hidden = raw.rfind(HIDE_CURSOR).unwrap_or(0);
    let shown = raw.rfind(SHOW_CURSOR).expect("the cursor was shown again");
    assert!(
        shown > hidden,
        "the cursor was hidden again after being shown"
    );
    let (now, before) = app.modes_now_and_before();
    assert_eq!(
        now, before,
        "the terminal's settings (raw mode) were restored"
    );
}

/// The draft on disk has question 1 answered 3 and the note typed on question 2.
fn assert_draft_saved(home: &TempDir) {
    let store = Store::open(home.path().join("data")).unwrap();
    let listing = store.list();
    assert_eq!(listing.assessments.len(), 1, "{:?}", listing.problems);
    let draft = &listing.assessments[0];
    let q = questionnaire::builtin("ecosystem-readiness")
        .unwrap()
        .questionnaire;
    let first = &q.item_at(0).unwrap().item.id;
    let second = &q.item_at(1).unwrap().item.id;
    assert_eq!(draft.response(first), Some(Response::Value(3)));
    assert_eq!(draft.note(second), "half typed");
}

#[test]
fn q_leaves_and_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let mut app = wizard_mid_note(&home);
    app.send(ENTER); // closes the note
    app.wait_for("Note: half typed");
    app.send("q");
    app.wait_for("Recent assessments");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert_restored(&app);
    assert_draft_saved(&home);
}

#[test]
fn ctrl_c_leaves_at_once_saves_and_restores() {
    let home = tempfile::tempdir().unwrap();
    let mut app = wizard_mid_note(&home);
    app.send("\u{3}");
    assert_eq!(app.wait_exit(), 0);
    assert_restored(&app);
    assert_draft_saved(&home);
}

#[test]
fn sigterm_saves_the_draft_and_restores() {
    let home = tempfile::tempdir().unwrap();
    let mut app = wizard_mid_note(&home);
    app.signal("TERM");
    // 128 + 15, as a shell reports a process ended by SIGTERM.
    assert_eq!(app.wait_exit(), 143);
    assert_restored(&app);
    assert_draft_saved(&home);
}

#[test]
fn sighup_saves_the_draft_and_restores() {
    let home = tempfile::tempdir().unwrap();
    let mut app = wizard_mid_note(&home);
    app.signal("HUP");
    // 128 + 1.
    assert_eq!(app.wait_exit(), 129);
    assert_restored(&app);
    assert_draft_saved(&home);
}

/// A second signal while the wizard is leaving ends it at once: whether the two arrive
/// together (merged into one), or the second while the draft is being saved or the
/// terminal restored, the terminal is given back every time.
#[test]
fn two_sigterms_back_to_back_restore_the_terminal_every_time() {
    const RUNS: usize = 30;
    for run in 0..RUNS {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        // A new draft on its first intro: leaving saves it, which takes a moment.
        let mut app = Session::start(
            home.path(),
            &[
                "--data-dir",
                data.to_str().unwrap(),
                "new",
                "--org",
                "Ridge Rope",
            ],
            80,
            24,
        );
        app.wait_for("New assessment");
        app.send(ENTER);
        app.wait_for("Part 1 of 5");
        let pid = app.pid().to_string();
        match run % 3 {
            // One kill(1): two kill(2) calls microseconds apart.
            0 => kill_term(&[&pid, &pid]),
            // Two kill(1) runs, about a millisecond apart.
            1 => {
                kill_term(&[&pid]);
                kill_term(&[&pid]);
            }
            // A few milliseconds apart. Not a timing assertion: only where the second
            // signal lands varies.
            _ => {
                kill_term(&[&pid]);
                std::thread::sleep(std::time::Duration::from_millis(3));
                kill_term(&[&pid]);
            }
        }
        // 143 when the first signal's normal exit won, 1 when the second ended it.
        let status = app.wait_exit();
        assert!(
            status == 143 || status == 1,
            "run {run}: exit status {status}"
        );
        assert_restored(&app);
    }
}

/// Sends SIGTERM to each process id given (the same one twice sends it twice).
fn kill_term(pids: &[&str]) {
    let status = std::process::Command::new("kill")
        .arg("-TERM")
        .args(pids)
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -TERM {pids:?} failed");
}

/// Test builds make the first key press panic when `ECOREADY_TEST_PANIC` is set; release
/// builds never read the variable, so there the test has nothing to trigger.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic trigger exists in test builds only"
)]
fn a_panic_restores_the_terminal_and_shows_the_message() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let mut app = Session::start_with_env(
        home.path(),
        &["--data-dir", data.to_str().unwrap()],
        &[("ECOREADY_TEST_PANIC", "1")],
        80,
        24,
    );
    app.wait_for("No assessments yet");
    app.send("j");
    // Rust's exit status after a panic in the main thread.
    assert_eq!(app.wait_exit(), 101);
    assert_restored(&app);
    let raw = String::from_utf8_lossy(&app.raw);
    let left = raw.rfind(LEAVE_ALTERNATE_SCREEN).unwrap();
    assert!(
        raw[left..].contains("ECOREADY_TEST_PANIC"),
        "the panic message is shown on the normal screen:\n{}",
        &raw[left..]
    );
}

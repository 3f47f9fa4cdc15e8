//! Two instances never overwrite each other's work: a draft being edited is locked, and a
//! second instance says so clearly and does not open it. Left-over temporary files are
//! cleaned up, and nothing else is touched.

mod support;

use std::fs;
use std::time::{Duration, SystemTime};

use ecoready::assessment::Response;
use ecoready::questionnaire;
use ecoready::store::{AssessmentError, Store};
use support::fixtures::{answered, full};
use support::pty::Session;

const ENTER: &str = "\r";

#[test]
fn a_second_lock_on_a_draft_is_refused_with_the_holders_pid() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let first = store.lock_draft("20260301-090000-aaaa").unwrap();
    let refused = store.lock_draft("20260301-090000-aaaa").unwrap_err();
    assert_eq!(
        refused,
        AssessmentError::DraftBusy {
            pid: Some(std::process::id())
        }
    );
    assert_eq!(
        refused.to_string(),
        format!(
            "This draft is open in another ecoready window (pid {}). Close it there first.",
            std::process::id()
        )
    );
    // Another draft is not affected.
    let other = store.lock_draft("20260301-090000-bbbb").unwrap();
    drop(first);
    let lock_file = store.draft_lock_path("20260301-090000-aaaa");
    assert!(
        lock_file.starts_with(&store.state_dirs().locks),
        "{lock_file:?}"
    );
    assert!(!lock_file.exists(), "a released lock leaves no file");
    let again = store.lock_draft("20260301-090000-aaaa").unwrap();
    assert_eq!(again.id(), "20260301-090000-aaaa");
    drop(other);
}

#[test]
fn a_lock_file_left_by_a_crash_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let stale = store.draft_lock_path("20260301-090000-cccc");
    fs::write(&stale, "4194999\n").unwrap();
    let lock = store.lock_draft("20260301-090000-cccc").unwrap();
    let written = fs::read_to_string(&stale).unwrap();
    assert_eq!(
        written.lines().next(),
        Some(std::process::id().to_string().as_str()),
        "the new holder's pid, then its machine: {written:?}"
    );
    drop(lock);
}

#[test]
fn unsafe_ids_cannot_name_a_lock_file_outside_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    for id in ["../escape", "a/b", ".hidden", ""] {
        assert!(store.lock_draft(id).is_err(), "{id:?}");
    }
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "only the data directory exists: {names:?}");
}

#[test]
fn a_second_window_is_told_and_does_not_open_the_draft() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.to_str().unwrap();
    let store = Store::open(&data).unwrap();
    let q = full();
    let mut draft = answered("20260301-090000-dddd", "Dune Dairy", false, &q);
    draft.answers.clear();
    draft.position = 0;
    store.save(&draft).unwrap();

    let mut first = Session::start(
        home.path(),
        &["--data-dir", data_arg, "resume", &draft.id],
        80,
        24,
    );
    first.wait_for("Part 1 of 5");
    let message = format!(
        "This draft is open in another ecoready window (pid {}). Close it there first.",
        first.pid()
    );

    // `resume` from the command line refuses before the screen changes.
    let mut second = Session::start(
        home.path(),
        &["--data-dir", data_arg, "resume", &draft.id],
        80,
        24,
    );
    assert_eq!(second.wait_exit(), 1);
    assert!(second.screen().contains(&message), "{}", second.screen());

    // From Home, opening it shows the message and stays on Home.
    let mut third = Session::start(home.path(), &["--data-dir", data_arg], 80, 24);
    third.wait_for("Recent assessments");
    third.send("r");
    let screen = third.wait_for("open in another ecoready window");
    assert!(screen.contains("Recent assessments"), "{screen}");
    third.send("q");
    assert_eq!(third.wait_exit(), 0);

    // The first window still saves; once it leaves the draft, others may open it.
    first.send(ENTER);
    first.wait_for("Question 1 of");
    first.send("4");
    first.wait_for("Question 2 of");
    first.send("q");
    first.wait_for("Recent assessments");
    let mut fourth = Session::start(
        home.path(),
        &["--data-dir", data_arg, "resume", &draft.id],
        80,
        24,
    );
    fourth.wait_for("Question 2 of");
    fourth.send("\u{3}");
    assert_eq!(fourth.wait_exit(), 0);

    // Leaving from Home does not write the first window's old copy over the draft.
    fourth_answers_then_first_quits(&home, &draft.id, first);
}

/// A window that left a draft to Home and quits later never overwrites what another
/// window saved in between.
fn fourth_answers_then_first_quits(home: &tempfile::TempDir, id: &str, mut first: Session) {
    let data = home.path().join("data");
    let mut other = Session::start(
        home.path(),
        &["--data-dir", data.to_str().unwrap(), "resume", id],
        80,
        24,
    );
    other.wait_for("Question 2 of");
    other.send("5");
    other.wait_for("Question 3 of");
    other.send("\u{3}");
    assert_eq!(other.wait_exit(), 0);
    first.send("q");
    assert_eq!(first.wait_exit(), 0);
    let q = questionnaire::builtin("ecosystem-readiness")
        .unwrap()
        .questionnaire;
    let saved = Store::open(&data).unwrap().load(id).unwrap();
    assert_eq!(
        saved.response(&q.item_at(0).unwrap().item.id),
        Some(Response::Value(4))
    );
    assert_eq!(
        saved.response(&q.item_at(1).unwrap().item.id),
        Some(Response::Value(5)),
        "the second window's answer survived the first window quitting"
    );
}

#[test]
fn opening_the_store_removes_only_stale_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let assessments = store.assessments_dir();
    let stale = assessments.join(".ecoready-tmp-Ab12Cd34");
    let fresh = assessments.join(".ecoready-tmp-Xy34Zw56");
    let lock = assessments.join(".tmpabcd.lock");
    let other = assessments.join("notes.txt");
    let foreign = assessments.join(".tmpAb12Cd");
    let in_root = dir.path().join(".ecoready-tmp-Qq11Rr22");
    for path in [&stale, &fresh, &lock, &other, &foreign, &in_root] {
        fs::write(path, "x").unwrap();
    }
    let two_minutes_ago = SystemTime::now() - Duration::from_secs(120);
    for path in [&stale, &lock, &other, &foreign, &in_root] {
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(two_minutes_ago)
            .unwrap();
    }
    Store::open(dir.path()).unwrap();
    assert!(!stale.exists(), "a stale temporary file is removed");
    assert!(!in_root.exists(), "also in the data directory itself");
    assert!(
        fresh.exists(),
        "a recent one may belong to a save in progress"
    );
    assert!(
        lock.exists() && other.exists() && foreign.exists(),
        "other files are never touched"
    );
}

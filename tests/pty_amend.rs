//! End to end in a real pseudo-terminal: `ecoready reopen` on a complete assessment, an
//! answer changed, undone with `u` and changed again, then finished: the file keeps its
//! first completion date and logs the reopening, the one change and the recomputed scores.

mod support;

use ecoready::assessment::{Amendment, Assessment, Response, Setup, Status, now};
use ecoready::questionnaire;
use ecoready::store::Store;
use support::pty::Session;

const ENTER: &str = "\r";
const RIGHT: &str = "\u{1b}[C";

#[test]
fn reopen_change_undo_and_finish_in_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let store = Store::open(&data).unwrap();
    let quick = questionnaire::builtin("quick-check").unwrap();
    let q = &quick.questionnaire;
    let mut a = Assessment::start(
        "20260301-090000-aaaa".into(),
        Setup::default(),
        q,
        &quick.digest,
        now(),
    );
    a.organization.name = "Fir Farm".into();
    let items: Vec<String> = q.items().map(|r| r.item.id.clone()).collect();
    for item in &items {
        a.respond(q, item, Response::Value(3), now());
    }
    a.complete(q, now());
    let first_completed = a.completed_at;
    store.keep_questionnaire(q, &quick.text).unwrap();
    store.save(&a).unwrap();

    let mut app = Session::start(
        home.path(),
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "reopen",
            "20260301",
            "--reason",
            "second look",
        ],
        80,
        24,
    );
    app.wait_for("Question 1 of 15");
    app.send("5");
    app.wait_for("Question 2 of 15");
    app.send("u");
    let undone = app.wait_for("Last answer undone");
    assert!(undone.contains("Question 1 of 15"), "{undone}");
    app.send("4");
    app.wait_for("Question 2 of 15");
    // On through every question and intro, unchanged, to the review.
    let mut screen = app.screen();
    for _ in 0..30 {
        if screen.contains("Review") {
            break;
        }
        app.send(RIGHT);
        app.read_for(std::time::Duration::from_millis(50));
        screen = app.screen();
    }
    app.wait_for("Review");
    app.send(ENTER);
    app.wait_for("Results");
    app.send("q");
    app.wait_for("Start a new assessment");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    let saved = store.load("20260301-090000-aaaa").unwrap();
    assert_eq!(saved.status, Status::Complete);
    assert_eq!(saved.completed_at, first_completed);
    assert_eq!(saved.response(&items[0]), Some(Response::Value(4)));
    match saved.amendments.as_slice() {
        [
            Amendment::Reopened { reason, .. },
            Amendment::Answer { item, old, new, .. },
            Amendment::ScoresRecomputed {
                overall_before,
                overall_after,
                ..
            },
        ] => {
            assert_eq!(reason.as_deref(), Some("second look"));
            assert_eq!(item, &items[0]);
            assert_eq!(
                (*old, *new),
                (Some(Response::Value(3)), Some(Response::Value(4)))
            );
            // All 3 (item score 50) before; one item at 4 (75) in a facet of three:
            // (75 + 50 + 50) / 3 = 58.33 for its dimension, overall (58.33 + 4 * 50) / 5.
            assert_eq!(*overall_before, Some(50.0));
            let after = overall_after.unwrap();
            assert!(
                (after - (175.0 / 3.0 + 200.0) / 5.0).abs() < 1e-9,
                "{after}"
            );
        }
        other => panic!("{other:?}"),
    }
}

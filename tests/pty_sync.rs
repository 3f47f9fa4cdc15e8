//! End to end in a real pseudo-terminal, with the data directory used as a sync folder:
//! while the wizard has a draft open, the draft file is replaced underneath it as a sync
//! client does (a temporary file renamed over it) or deleted. The panel shows, each
//! choice keeps every answer of both sides (read from the files afterwards), and Home
//! shows a file that arrives underneath it without a restart or a key.

mod support;

use std::path::Path;

use ecoready::assessment::{Assessment, Mode, Response, now};
use ecoready::questionnaire::{self, Loaded};
use ecoready::store::Store;
use support::fixtures::setup;
use support::pty::Session;

const ID: &str = "20261202-101500Z-0123456789abcdef";

fn quick() -> Loaded {
    questionnaire::builtin("quick-check").unwrap()
}

fn item(n: usize) -> String {
    quick()
        .questionnaire
        .items()
        .nth(n)
        .unwrap()
        .item
        .id
        .clone()
}

fn assessment(id: &str, org: &str) -> Assessment {
    let q = quick();
    let setup = setup(org, "Sam", Mode::SelfAssessment);
    Assessment::start(id.into(), setup, &q.questionnaire, &q.digest, now())
}

/// Writes `a` into `data` as a sync client does: whole, under a temporary name, then
/// renamed over the file.
fn synced(data: &Path, a: &Assessment) {
    let elsewhere = tempfile::tempdir().unwrap();
    let other = Store::open(elsewhere.path()).unwrap();
    other.save(a).unwrap();
    let name = format!("{}.yaml", a.id);
    let temporary = data
        .join("assessments")
        .join(format!(".syncthing.{name}.tmp"));
    std::fs::copy(other.assessments_dir().join(&name), &temporary).unwrap();
    std::fs::rename(&temporary, data.join("assessments").join(&name)).unwrap();
}

/// A data directory holding an unanswered draft of Dune Dairy, and the wizard resuming
/// it, its first question answered (1) and on the second.
fn resumed(home: &Path) -> (Store, Session) {
    let data = home.join("data");
    let store = Store::open(&data).unwrap();
    let q = quick();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment(ID, "Dune Dairy")).unwrap();
    let mut app = Session::start(
        home,
        &["--data-dir", data.to_str().unwrap(), "resume", ID],
        80,
        24,
    );
    app.wait_for("Press Enter to begin this part");
    app.send("\r");
    app.wait_for("Question 1 of 15");
    app.send("1");
    app.wait_for("Question 2 of 15");
    (store, app)
}

/// A colleague's version arrives: the draft as saved, with questions 4 and 5 answered.
fn theirs_arrives(store: &Store) {
    let mut theirs = store.load(ID).unwrap();
    let q = quick();
    for n in [3, 4] {
        theirs.respond(&q.questionnaire, &item(n), Response::Value(4), now());
    }
    synced(store.root(), &theirs);
}

fn leave(app: &mut Session) {
    app.send("q");
    app.wait_for("Start a new assessment");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn a_draft_replaced_underneath_the_wizard_is_merged_with_every_answer_kept() {
    let home = tempfile::tempdir().unwrap();
    let (store, mut app) = resumed(home.path());
    theirs_arrives(&store);
    app.send("2");
    let shown = app.wait_for("Changed on disk");
    assert!(shown.contains("3 answers there"), "{shown}");
    app.send("m");
    app.wait_for("Merged");
    leave(&mut app);
    let on_disk = store.load(ID).unwrap();
    let responses: Vec<_> = (0..5).map(|n| on_disk.response(&item(n))).collect();
    let (one, two, four) = (
        Some(Response::Value(1)),
        Some(Response::Value(2)),
        Some(Response::Value(4)),
    );
    assert_eq!(responses, vec![one, two, None, four, four]);
}

#[test]
fn reload_and_a_deleted_draft_restored_keep_every_answer() {
    // Reload: theirs goes on, mine is in the trash.
    let home = tempfile::tempdir().unwrap();
    let (store, mut app) = resumed(home.path());
    theirs_arrives(&store);
    app.send("2");
    app.wait_for("Changed on disk");
    app.send("r");
    app.wait_for("Reloaded");
    leave(&mut app);
    assert_eq!(
        store.load(ID).unwrap().response(&item(3)),
        Some(Response::Value(4))
    );
    let trashed = store.trashed().unwrap().trashed;
    assert_eq!(trashed.len(), 1);
    assert_eq!(
        trashed[0].assessment.response(&item(1)),
        Some(Response::Value(2))
    );

    // Deleted by the sync: restored with my answers.
    let home = tempfile::tempdir().unwrap();
    let (store, mut app) = resumed(home.path());
    std::fs::remove_file(store.assessments_dir().join(format!("{ID}.yaml"))).unwrap();
    app.send("2");
    app.wait_for("Removed on disk");
    app.send("r");
    app.wait_for("Restored");
    leave(&mut app);
    let on_disk = store.load(ID).unwrap();
    assert_eq!(on_disk.response(&item(0)), Some(Response::Value(1)));
    assert_eq!(on_disk.response(&item(1)), Some(Response::Value(2)));
}

#[test]
fn keep_both_counts_a_conflict_on_home_which_shows_files_arriving_underneath_it() {
    let home = tempfile::tempdir().unwrap();
    let (store, mut app) = resumed(home.path());
    theirs_arrives(&store);
    app.send("2");
    app.wait_for("Changed on disk");
    app.send("k");
    app.wait_for("1 conflict(s)");
    // A colleague's new assessment arrives while Home is showing: no key is pressed.
    synced(
        store.root(),
        &assessment("20261202-111500Z-00000000000000ff", "Arrived Ltd"),
    );
    app.wait_for("Arrived Ltd");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let merged = store.merge_conflict(ID).unwrap().merged.assessment;
    assert_eq!(merged.responded_count(&quick().questionnaire), 4);
}

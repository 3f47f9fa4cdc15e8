use super::*;
use crate::assessment::Setup;
use crate::questionnaire::Response;
use crate::questionnaire::builtin;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with_state_dir(dir.path().join("data"), dir.path()).unwrap();
    (dir, store)
}

fn draft(id: &str) -> Assessment {
    let quick = builtin("quick-check").unwrap();
    Assessment::start(
        id.into(),
        Setup::default(),
        &quick.questionnaire,
        &quick.digest,
        now(),
    )
}

fn answer(assessment: &mut Assessment, item: usize) {
    let quick = builtin("quick-check").unwrap();
    let q = &quick.questionnaire;
    let id = q.items().nth(item).unwrap().item.id.clone();
    assessment.respond(q, &id, Response::Value(2), now());
}

const ID: &str = "20261202-101500Z-0123456789abcdef";

#[test]
fn own_consecutive_saves_never_conflict() {
    let (_dir, store) = store();
    let mut mine = draft(ID);
    let mut version = store
        .save_unless_changed(&mine, &FileVersion::Absent)
        .unwrap();
    for item in 0..3 {
        answer(&mut mine, item);
        version = store.save_unless_changed(&mine, &version).unwrap();
        assert_eq!(store.version_of(ID).unwrap(), version);
    }
    let (loaded, read) = store.load_versioned(ID).unwrap();
    assert_eq!(read, version);
    assert_eq!(loaded.answers.len(), 3);
}

#[test]
fn a_file_changed_underneath_is_not_overwritten_and_the_error_holds_their_version() {
    let (_dir, store) = store();
    let mut mine = draft(ID);
    let version = store
        .save_unless_changed(&mine, &FileVersion::Absent)
        .unwrap();
    let mut theirs = mine.clone();
    answer(&mut theirs, 0);
    answer(&mut theirs, 1);
    store.save(&theirs).unwrap();
    answer(&mut mine, 2);
    let refused = store.save_unless_changed(&mine, &version).unwrap_err();
    match refused.downcast_ref::<SaveConflict>() {
        Some(SaveConflict::Changed {
            id,
            theirs: Ok(on_disk),
        }) => {
            assert_eq!(id, ID);
            assert_eq!(on_disk.answers.len(), 2);
        }
        other => panic!("expected a change, got {other:?}"),
    }
    assert_eq!(
        store.load(ID).unwrap(),
        theirs,
        "their version is untouched"
    );
}

#[test]
fn a_file_removed_underneath_is_not_brought_back() {
    let (_dir, store) = store();
    let mine = draft(ID);
    let version = store
        .save_unless_changed(&mine, &FileVersion::Absent)
        .unwrap();
    store.trash(ID).unwrap();
    let refused = store.save_unless_changed(&mine, &version).unwrap_err();
    assert!(matches!(
        refused.downcast_ref::<SaveConflict>(),
        Some(SaveConflict::Vanished { id }) if id == ID
    ));
    assert_eq!(store.version_of(ID).unwrap(), FileVersion::Absent);
}

#[test]
fn a_draft_to_create_is_refused_when_a_file_of_its_id_appeared() {
    let (_dir, store) = store();
    store.save(&draft(ID)).unwrap();
    let refused = store.save_unless_changed(&draft(ID), &FileVersion::Absent);
    assert!(
        refused
            .unwrap_err()
            .downcast_ref::<SaveConflict>()
            .is_some()
    );
}

#[test]
fn a_conflict_copy_is_listed_as_a_conflict_and_merges() {
    let (_dir, store) = store();
    let mut theirs = draft(ID);
    answer(&mut theirs, 0);
    store.save(&theirs).unwrap();
    let mut mine = draft(ID);
    answer(&mut mine, 1);
    let copy = store.save_conflict_copy(&mine).unwrap();
    let second = store.save_conflict_copy(&mine).unwrap();
    assert_ne!(copy, second, "a second copy never replaces the first");
    std::fs::remove_file(&second).unwrap();
    let name = copy.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with(&format!("{ID}.ecoready-conflict-")),
        "{name}"
    );
    let listing = store.list();
    assert_eq!(crate::store::conflict_count(&listing.problems), 1);
    let merged = store.merge_conflict(ID).unwrap();
    assert_eq!(
        merged.merged.assessment.answers.len(),
        2,
        "both sides' answers"
    );
}

#[test]
fn a_version_put_in_the_trash_can_be_restored() {
    let (_dir, store) = store();
    let mut mine = draft(ID);
    answer(&mut mine, 0);
    let path = store.trash_version(&mine).unwrap();
    assert!(path.starts_with(store.trash_dir()));
    assert_eq!(store.version_of(ID).unwrap(), FileVersion::Absent);
    store.restore(ID).unwrap();
    assert_eq!(store.load(ID).unwrap().answers.len(), 1);
}

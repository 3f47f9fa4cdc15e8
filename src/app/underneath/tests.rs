use super::*;
use crate::assessment::{Setup, now};
use crate::questionnaire::{Response, builtin};
use crate::store::FileVersion;

const ID: &str = "20261202-101500Z-0123456789abcdef";

struct Window {
    _dir: tempfile::TempDir,
    store: Store,
    locks: DraftLocks,
    q: Questionnaire,
    items: Vec<String>,
}

/// A window that created a draft, and the draft.
fn window() -> (Window, Assessment) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with_state_dir(dir.path().join("data"), dir.path()).unwrap();
    let quick = builtin("quick-check").unwrap();
    let q = quick.questionnaire.clone();
    let draft = Assessment::start(ID.into(), Setup::default(), &q, &quick.digest, now());
    let mut locks = DraftLocks::disabled();
    locks.remember(ID, FileVersion::Absent);
    locks.save(&store, &draft).unwrap();
    let items = q.items().map(|r| r.item.id.clone()).collect();
    let window = Window {
        _dir: dir,
        store,
        locks,
        q,
        items,
    };
    (window, draft)
}

/// Answers `item` with `value`, a minute later than any earlier call's answers (times in
/// files are to the second, and a tie would keep the first version's answer).
fn answer(w: &Window, a: &mut Assessment, item: usize, value: u8, note: &str) {
    let at = now() + chrono::Duration::minutes(i64::from(value) + item as i64 * 10);
    a.respond(&w.q, &w.items[item], Response::Value(value), at);
    if !note.is_empty() {
        a.set_note(&w.q, &w.items[item], note.into(), now());
    }
}

/// Another machine's version lands on disk: items 0 and 1 answered, then the window
/// answers items 1 (later, so it wins) and 2 and is refused.
fn changed_underneath() -> (Window, Assessment, crate::store::SaveConflict) {
    let (mut w, mut mine) = window();
    let mut theirs = mine.clone();
    answer(&w, &mut theirs, 0, 1, "theirs on 0");
    answer(&w, &mut theirs, 1, 1, "");
    w.store.save(&theirs).unwrap();
    answer(&w, &mut mine, 1, 3, "");
    answer(&w, &mut mine, 2, 3, "mine on 2");
    let refused = w.locks.save(&w.store, &mine).unwrap_err();
    let conflict = refused
        .downcast_ref::<crate::store::SaveConflict>()
        .unwrap()
        .clone();
    (w, mine, conflict)
}

#[test]
fn what_changed_is_counted_against_the_window_s_answers() {
    let (w, mine, conflict) = changed_underneath();
    let Underneath::Changed {
        theirs: Ok(theirs), ..
    } = Underneath::of(&conflict, &mine, &w.q)
    else {
        panic!("expected a readable change");
    };
    // Theirs: items 0 and 1. Mine: 1 (another value) and 2: both not in theirs.
    assert_eq!((theirs.answered, theirs.mine_not_there), (2, 2));
    assert!(theirs.last_answered_at.is_some());
    let said = Underneath::of(&conflict, &mine, &w.q).message();
    assert!(said.contains("2 answers there"), "{said}");
    assert!(said.contains("2 of yours not in it"), "{said}");
}

#[test]
fn merge_keeps_both_sides_answers_and_later_saves_go_on() {
    let (mut w, mine, _) = changed_underneath();
    let resolved = resolve(&w.store, &mut w.locks, &mine, &w.q, Resolution::Merge).unwrap();
    let Resolved::Continue(mut merged) = resolved else {
        panic!("a merge goes on");
    };
    let on_disk = w.store.load(ID).unwrap();
    assert_eq!(on_disk, *merged);
    assert_eq!(on_disk.response(&w.items[0]), Some(Response::Value(1)));
    assert_eq!(
        on_disk.response(&w.items[1]),
        Some(Response::Value(3)),
        "later wins"
    );
    assert_eq!(on_disk.response(&w.items[2]), Some(Response::Value(3)));
    assert_eq!(on_disk.note(&w.items[0]), "theirs on 0");
    assert_eq!(on_disk.note(&w.items[2]), "mine on 2");
    answer(&w, &mut merged, 3, 2, "");
    w.locks.save(&w.store, &merged).unwrap();
    assert_eq!(w.store.load(ID).unwrap().answers.len(), 4);
}

#[test]
fn reload_goes_on_with_theirs_and_puts_mine_in_the_trash() {
    let (mut w, mine, _) = changed_underneath();
    let resolved = resolve(&w.store, &mut w.locks, &mine, &w.q, Resolution::Reload).unwrap();
    let Resolved::Continue(theirs) = resolved else {
        panic!("a reload goes on");
    };
    assert_eq!(theirs.response(&w.items[1]), Some(Response::Value(1)));
    let trashed = w.store.trashed().unwrap().trashed;
    assert_eq!(trashed.len(), 1);
    assert_eq!(trashed[0].assessment.note(&w.items[2]), "mine on 2");
    w.locks.save(&w.store, &theirs).unwrap();
}

#[test]
fn keep_both_leaves_a_conflict_copy_that_merges() {
    let (mut w, mine, _) = changed_underneath();
    let resolved = resolve(&w.store, &mut w.locks, &mine, &w.q, Resolution::KeepBoth).unwrap();
    assert!(matches!(resolved, Resolved::Left(ref path) if path.exists()));
    assert_eq!(crate::store::conflict_count(&w.store.list().problems), 1);
    let merged = w.store.merge_conflict(ID).unwrap().merged.assessment;
    assert_eq!(merged.responded_count(&w.q), 3);
}

#[test]
fn a_vanished_draft_is_restored_with_mine_or_left_removed_with_mine_in_the_trash() {
    for choice in [Resolution::Restore, Resolution::LeaveRemoved] {
        let (mut w, mut mine) = window();
        answer(&w, &mut mine, 0, 2, "");
        w.store.trash(ID).unwrap();
        let refused = w.locks.save(&w.store, &mine).unwrap_err();
        let conflict = refused
            .downcast_ref::<crate::store::SaveConflict>()
            .unwrap();
        assert!(matches!(
            Underneath::of(conflict, &mine, &w.q),
            Underneath::Vanished { .. }
        ));
        resolve(&w.store, &mut w.locks, &mine, &w.q, choice).unwrap();
        let trashed = w.store.trashed().unwrap().trashed;
        match choice {
            Resolution::Restore => {
                assert_eq!(w.store.load(ID).unwrap().answers.len(), 1);
                assert_eq!(trashed.len(), 1, "the trashed version stays in the trash");
            }
            _ => {
                assert!(w.store.load(ID).is_err(), "still removed");
                assert_eq!(trashed.len(), 2, "the removed draft and mine");
            }
        }
    }
}

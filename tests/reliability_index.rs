//! The index (`index.json`, `index-scores.json`, in the per-machine state folder) is a
//! cache, never the only copy of anything: it follows every change of the assessment files, deleting or damaging it
//! loses nothing, and listings from it equal listings from the files themselves.

mod support;

use std::fs;
use std::time::Duration;

use ecoready::store::{INDEX_FILE, SCORES_INDEX_FILE, Store};
use support::fixtures::{answered, at, full};
use support::listing::{from_files, shown};

/// Longer than the index's racy window (2 s): entries made after it are trusted.
const RACY_WAIT: Duration = Duration::from_millis(2100);

fn store_with_three() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = full();
    for (i, (id, org, complete)) in [
        ("20260301-090000-aaaa", "Alder Bakery", true),
        ("20260302-090000-bbbb", "Birch Logistics", false),
        ("20260303-090000-cccc", "Cedar Crafts", true),
    ]
    .into_iter()
    .enumerate()
    {
        let mut a = answered(id, org, complete, &q);
        a.started_at = at(1 + i as u32, 9);
        store.save(&a).unwrap();
    }
    (dir, store)
}

#[test]
fn listings_from_the_index_equal_listings_from_the_files() {
    let (_dir, store) = store_with_three();
    let first = store.summaries();
    assert!(store.state_dirs().cache.join(INDEX_FILE).exists());
    assert_eq!(shown(&first), from_files(&store));
    // Newest first: day 3, 2, 1.
    let ids: Vec<_> = shown(&first).into_iter().map(|s| s.0).collect();
    assert_eq!(
        ids,
        [
            "20260303-090000-cccc",
            "20260302-090000-bbbb",
            "20260301-090000-aaaa"
        ]
    );
    // Served from the index the second time, with the same result.
    assert_eq!(shown(&store.summaries()), shown(&first));
    let with_scores = store.summaries_with_scores();
    assert!(store.state_dirs().cache.join(SCORES_INDEX_FILE).exists());
    let q = full().questionnaire;
    for s in &with_scores.summaries {
        let expected = store.load(&s.assessment.id).unwrap().current_scores(&q);
        assert_eq!(s.scores().unwrap(), &expected, "{}", s.assessment.id);
    }
    assert_eq!(
        store.summaries().summaries[0].scores().unwrap_err(),
        "this listing was made without every score"
    );
}

#[test]
fn an_index_committed_to_the_data_directory_is_ignored_and_removed() {
    let (dir, store) = store_with_three();
    let expected = shown(&store.summaries());
    // As an earlier version left it, shared through git with a colleague's names in it.
    let index = store.state_dirs().cache.join(INDEX_FILE);
    let text = fs::read_to_string(&index).unwrap();
    assert!(text.contains("Alder"), "{text}");
    let old = dir.path().join(INDEX_FILE);
    fs::write(&old, text.replace("Alder", "Wrong")).unwrap();
    fs::write(dir.path().join(SCORES_INDEX_FILE), "{}").unwrap();

    let reopened = Store::open(dir.path()).unwrap();
    assert!(
        !old.exists(),
        "per-machine state is not kept in a shared folder"
    );
    assert!(!dir.path().join(SCORES_INDEX_FILE).exists());
    assert_eq!(shown(&reopened.summaries()), expected);
}

/// Replaces text inside the index, as if the index said something the files do not.
fn tamper(store: &Store, from: &str, to: &str) {
    let index = store.state_dirs().cache.join(INDEX_FILE);
    let text = fs::read_to_string(&index).unwrap();
    assert!(text.contains(from), "{from} in the index");
    fs::write(&index, text.replace(from, to)).unwrap();
}

fn names(store: &Store) -> Vec<String> {
    shown(&store.summaries()).into_iter().map(|s| s.1).collect()
}

#[test]
fn unchanged_files_are_served_from_the_index_and_changes_are_followed() {
    let (_dir, store) = store_with_three();
    // Older than the racy window: the entries made next are trusted.
    std::thread::sleep(RACY_WAIT);
    store.summaries();
    // The index, not the file, is read for an unchanged file.
    tamper(&store, "Cedar Crafts", "Cedar Cached");
    assert_eq!(
        names(&store),
        ["Cedar Cached", "Birch Logistics", "Alder Bakery"]
    );

    // Saved again (a new file by rename), added, removed: each followed.
    let q = full();
    let mut changed = store.load("20260301-090000-aaaa").unwrap();
    changed.organization.name = "Alder & Daughters".into();
    store.save(&changed).unwrap();
    let mut added = answered("20260304-090000-dddd", "Dogwood Dyes", true, &q);
    added.started_at = at(4, 9);
    store.save(&added).unwrap();
    fs::remove_file(store.assessments_dir().join("20260302-090000-bbbb.yaml")).unwrap();
    assert_eq!(
        names(&store),
        ["Dogwood Dyes", "Cedar Cached", "Alder & Daughters"]
    );

    // Rewritten in place with the same size and its old modification time: the change
    // time still tells.
    let path = store.assessments_dir().join("20260303-090000-cccc.yaml");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let edited = ecoready::integrity::reseal(&text.replace("Cedar Crafts", "Cedar Cryfts"));
    assert_eq!(edited.len(), text.len());
    fs::write(&path, edited).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        names(&store),
        ["Dogwood Dyes", "Cedar Cryfts", "Alder & Daughters"]
    );
}

#[test]
fn entries_made_right_after_a_change_are_checked_again() {
    let (_dir, store) = store_with_three();
    store.summaries();
    // Within the racy window the file is read again, so a change within one timestamp
    // tick can never hide behind an identical stamp.
    tamper(&store, "Cedar Crafts", "Cedar Cached");
    assert_eq!(
        names(&store),
        ["Cedar Crafts", "Birch Logistics", "Alder Bakery"]
    );
}

#[test]
fn a_deleted_or_damaged_index_loses_nothing() {
    let (_dir, store) = store_with_three();
    let expected = shown(&store.summaries());
    let index = store.state_dirs().cache.join(INDEX_FILE);
    fs::remove_file(&index).unwrap();
    assert_eq!(shown(&store.summaries()), expected);
    for damage in [
        &b"{\"format\":1,\"ecoready\":"[..],
        b"not json at all",
        b"{\"format\":999,\"ecoready\":\"0.0.0\",\"entries\":[]}",
        b"{\"format\":1,\"ecoready\":\"0.1.0\",\"entries\":[[1,2,3]]}",
    ] {
        fs::write(&index, damage).unwrap();
        assert_eq!(shown(&store.summaries()), expected, "{damage:?}");
        // Rewritten as a usable index.
        assert_ne!(fs::read(&index).unwrap(), damage);
    }
}

#[test]
fn unreadable_files_are_reported_every_time_and_never_cached() {
    let (_dir, store) = store_with_three();
    let broken = store.assessments_dir().join("20260305-090000-eeee.yaml");
    fs::write(&broken, "schema_version: 1\nid: [unclosed\n").unwrap();
    for _ in 0..2 {
        let listing = store.summaries();
        assert_eq!(listing.summaries.len(), 3);
        assert_eq!(listing.problems.len(), 1);
        assert_eq!(listing.problems[0].path, broken);
    }
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        "schema_version: 1\nid: [unclosed\n",
        "left untouched"
    );
}

#[test]
fn the_draft_to_resume_is_the_one_saved_last_not_the_one_started_last() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = full();
    // (id, started on day, last saved on day, complete)
    for (id, started, saved, complete) in [
        ("20260301-090000-aaaa", 1, 6, false),
        ("20260302-090000-bbbb", 2, 3, false),
        ("20260303-090000-cccc", 3, 9, true),
    ] {
        let mut a = answered(id, "Alder Bakery", complete, &q);
        a.started_at = at(started, 9);
        a.updated_at = at(saved, 9);
        store.save(&a).unwrap();
    }
    let latest = store.summaries().latest_draft().map(|a| a.id.clone());
    assert_eq!(latest.as_deref(), Some("20260301-090000-aaaa"));

    let empty = tempfile::tempdir().unwrap();
    let none = Store::open(empty.path()).unwrap();
    assert!(none.summaries().latest_draft().is_none());
}

//! The index rebuilt from many files: read on several threads when there are enough of
//! them, with the same listing, the same problems and the same order as reading them one
//! by one (`Store::list` parses every file itself), and the progress it
//! shows counts up to every file.

mod support;

use std::fs;

use ecoready::store::Store;
use support::fixtures::{answered_with, at, full};
use support::listing::{from_files, shown};

/// More files than one thread reads alone (64 per thread), drafts and complete ones.
const FILES: usize = 140;

fn store_with_many() -> (tempfile::TempDir, Store, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = full();
    let mut ids = Vec::new();
    for i in 0..FILES {
        let id = format!("20260301-{:06}-{i:04x}", 90000 + i);
        let org = format!("Firm {:03}", i % 40);
        let mut a = answered_with(&id, &org, "Robin Owner", i % 3 != 0, &q, i % 5);
        a.started_at = at(1 + (i % 28) as u32, 9);
        store.save(&a).unwrap();
        ids.push(id);
    }
    (dir, store, ids)
}

#[test]
fn a_parallel_rebuild_lists_what_the_files_hold_in_order_with_every_problem() {
    let (_dir, store, ids) = store_with_many();
    // Two files no listing may use: one cut short, one with git conflict markers.
    let cut = store.assessments_dir().join(format!("{}.yaml", ids[7]));
    let text = fs::read_to_string(&cut).unwrap();
    fs::write(&cut, &text[..text.len() / 2]).unwrap();
    let marked = store.assessments_dir().join(format!("{}.yaml", ids[100]));
    let text = fs::read_to_string(&marked).unwrap();
    fs::write(
        &marked,
        format!("<<<<<<< HEAD\n{text}=======\n{text}>>>>>>> other\n"),
    )
    .unwrap();

    let cold = store.summaries();
    let from_files = from_files(&store);
    assert_eq!(from_files.len(), FILES - 2);
    assert_eq!(shown(&cold), from_files);
    let problems: Vec<_> = cold.problems.iter().map(|p| p.path.clone()).collect();
    let mut expected = vec![cut, marked];
    expected.sort();
    assert_eq!(problems, expected);
    // Read again from the index: the same.
    assert_eq!(shown(&store.summaries()), from_files);
    assert_eq!(store.summaries().problems.len(), 2);
}

#[test]
fn progress_rises_and_ends_with_every_file_read() {
    let (_dir, store, _) = store_with_many();
    // Past the index's racy window (2 s): the entries made now are trusted next time.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let mut said = Vec::new();
    let listing = store.summaries_reporting(&mut |done, total| said.push((done, total)));
    assert_eq!(listing.summaries.len(), FILES);
    // Whether anything is shown depends on the machine (past half a second); what is
    // shown counts up to every file, the last call saying the rebuild is done.
    if let Some(last) = said.last() {
        assert_eq!(*last, (FILES, FILES), "{said:?}");
        assert!(said.windows(2).all(|w| w[0].0 <= w[1].0), "{said:?}");
        assert!(said.iter().all(|&(_, total)| total == FILES), "{said:?}");
    }
    // A warm listing reads no file: nothing to show.
    said.clear();
    store.summaries_reporting(&mut |done, total| said.push((done, total)));
    assert!(said.is_empty(), "{said:?}");
}

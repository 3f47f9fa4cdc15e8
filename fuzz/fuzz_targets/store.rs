//! Any bytes as an assessment file in a data directory: loading it, listing it through the
//! index and with every score must report a problem or list it, never panic, and never
//! rewrite the file.
#![no_main]

use std::sync::OnceLock;

use ecoready::store::Store;
use libfuzzer_sys::fuzz_target;

const ID: &str = "20250602-101500-f1x7";

fn data_dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temporary directory"))
}

/// The per-machine state (index caches), kept out of the real cache directory.
fn state_dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temporary directory"))
}

fuzz_target!(|data: &[u8]| {
    let store = Store::open_with_state_dir(data_dir().path(), state_dir().path())
        .expect("the data directory");
    let file = store.assessments_dir().join(format!("{ID}.yaml"));
    std::fs::write(&file, data).expect("write the assessment");
    let loaded = store.load(ID).is_ok();
    for listing in [store.summaries(), store.summaries_with_scores()] {
        assert_eq!(listing.summaries.len() + listing.problems.len(), 1);
        assert_eq!(listing.summaries.len(), usize::from(loaded));
    }
    assert_eq!(std::fs::read(&file).expect("read it back"), data);
});

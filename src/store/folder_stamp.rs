//! A cheap look at whether the folder of assessments changed: its modification time and
//! how many entries it has. Adding, removing or renaming a file (a sync client's write of
//! a temporary file renamed over an assessment included) changes the folder's time; the
//! count also catches a change within the time's granularity on file systems that keep
//! whole seconds. One `stat` and one reading of the names, never a `stat` per file: a
//! window can look every second at 10,000 assessments.

use std::fs;
use std::time::SystemTime;

use super::Store;

/// The state of the folder of assessments, as far as a cheap look tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FolderStamp {
    modified: SystemTime,
    entries: usize,
}

impl Store {
    /// The folder of assessments' stamp; none when it cannot be read.
    pub fn folder_stamp(&self) -> Option<FolderStamp> {
        let dir = self.assessments_dir();
        let modified = fs::symlink_metadata(&dir).ok()?.modified().ok()?;
        let entries = fs::read_dir(&dir).ok()?.count();
        Some(FolderStamp { modified, entries })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_changes_when_a_file_arrives_or_leaves_and_not_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_with_state_dir(dir.path().join("data"), dir.path()).unwrap();
        let empty = store.folder_stamp().unwrap();
        assert_eq!(store.folder_stamp(), Some(empty));
        let file = store.assessments_dir().join("x.yaml");
        fs::write(&file, "a").unwrap();
        let one = store.folder_stamp().unwrap();
        assert_ne!(one, empty);
        fs::remove_file(&file).unwrap();
        assert_ne!(store.folder_stamp().unwrap(), one);
    }
}

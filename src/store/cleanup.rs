//! Removing half-written saves that a crash left behind.
//!
//! An atomic save writes a temporary file and renames it over the target; a kill between
//! the two leaves the temporary file. Readers already skip such files, so they only take
//! space: `Store::open` removes the ones old enough that no running save can own them.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::Store;

/// A temporary file younger than this may belong to a save in progress in another
/// instance, so it is left alone.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// `.tmp` followed by this many letters or digits: the names the atomic writer's
/// temporary files get, and nothing else ecoready writes.
const RANDOM_PART_LEN: usize = 6;

impl Store {
    /// Removes stale temporary files (see [`STALE_AFTER`]) from the data directory and its
    /// direct subdirectories; best effort and silent, and no other file is ever touched.
    pub fn remove_stale_temporaries(&self) {
        let now = SystemTime::now();
        remove_stale_in(self.root(), now);
        let Ok(entries) = fs::read_dir(self.root()) else {
            return;
        };
        for entry in entries.flatten() {
            // `file_type` does not follow symbolic links, so a link out of the data
            // directory is never entered.
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                remove_stale_in(&entry.path(), now);
            }
        }
    }
}

/// Whether `name` is the name of a temporary file of the atomic writer.
pub fn is_temporary_name(name: &str) -> bool {
    name.strip_prefix(".tmp").is_some_and(|rest| {
        rest.len() == RANDOM_PART_LEN && rest.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

fn remove_stale_in(dir: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temporary_name) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let age = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok());
        if metadata.is_file() && age.is_some_and(|age| age >= STALE_AFTER) {
            // Another instance may have removed it first; either way it is gone.
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_atomic_writers_names_count_as_temporary() {
        assert!(is_temporary_name(".tmpAb12Cd"));
        for name in [
            ".tmpAb12C",
            ".tmpAb12Cd7",
            ".tmpabc.lock",
            ".tmp-b12Cd",
            "tmpAb12Cd",
            ".tmpAb12Cd.yaml",
            "a.yaml",
        ] {
            assert!(!is_temporary_name(name), "{name}");
        }
    }
}

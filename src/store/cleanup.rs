//! Removing what interrupted runs left behind: half-written saves and draft lock files;
//! and what earlier versions kept in the data directory that is per-machine state now.
//!
//! An atomic save writes a temporary file and renames it over the target; a kill between
//! the two leaves the temporary file. A killed editor leaves its draft's lock file (the
//! lock itself ends with the process). Readers already skip both, so they only take
//! space: `Store::open` removes the ones that no running process can own. Only files
//! named as ecoready names them are looked at; anything else is never touched.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::Store;
use super::atomic::{TEMPORARY_PREFIX, TEMPORARY_RANDOM_LEN};
use super::index::{INDEX_FILE, NOISE_INDEX_FILE, SCORES_INDEX_FILE};
use super::lock;

/// A temporary file younger than this may belong to a save in progress in another
/// instance, so it is left alone.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

impl Store {
    /// Removes stale temporary files (see [`STALE_AFTER`]) from the data directory, its
    /// direct subdirectories and the state folder, and the lock files of drafts whose
    /// editor has ended; best effort and silent, and no other file is ever touched.
    pub fn remove_stale_temporaries(&self) {
        let now = SystemTime::now();
        remove_stale_in(self.root(), now, false);
        remove_stale_in(&self.state_dirs().cache, now, false);
        remove_stale_in(&self.state_dirs().locks, now, true);
        let Ok(entries) = fs::read_dir(self.root()) else {
            return;
        };
        for entry in entries.flatten() {
            // `file_type` does not follow symbolic links, so a link out of the data
            // directory is never entered.
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                remove_stale_in(&entry.path(), now, false);
            }
        }
    }

    /// Removes the per-machine files earlier versions kept in the data directory: the
    /// index caches (rebuilt in the state folder) and draft lock files no process here
    /// holds. A team sharing the directory would otherwise carry them between machines.
    /// Regular files only; a rename journal left there is finished, not removed
    /// (`organizations.rs`).
    pub(super) fn remove_old_machine_state(&self) {
        for name in [INDEX_FILE, SCORES_INDEX_FILE, NOISE_INDEX_FILE] {
            let path = self.root().join(name);
            if fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
                let _ = fs::remove_file(&path);
            }
        }
        let Ok(entries) = fs::read_dir(self.assessments_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if name.to_str().is_some_and(lock::is_old_lock_file_name) {
                lock::remove_old_lock(&entry.path());
            }
        }
    }
}

/// Whether `name` is the name of a temporary file of the atomic writer.
pub fn is_temporary_name(name: &str) -> bool {
    name.strip_prefix(TEMPORARY_PREFIX).is_some_and(|rest| {
        rest.len() == TEMPORARY_RANDOM_LEN && rest.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// Removes stale temporary files in `dir`, and abandoned draft locks when `locks`.
fn remove_stale_in(dir: &Path, now: SystemTime, locks: bool) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        // Names first: thousands of assessment files are passed over without a look
        // at their metadata.
        let temporary = is_temporary_name(name);
        let lock_file = locks && lock::is_lock_file_name(name);
        if !(temporary || lock_file) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: a link is never a stale file.
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        if !metadata.is_file() {
            continue;
        }
        if temporary {
            let age = metadata
                .modified()
                .ok()
                .and_then(|modified| now.duration_since(modified).ok());
            if age.is_some_and(|age| age >= STALE_AFTER) {
                // Another instance may have removed it first; either way it is gone.
                let _ = fs::remove_file(entry.path());
            }
        } else {
            lock::remove_if_abandoned(&entry.path(), now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_atomic_writers_names_count_as_temporary() {
        assert!(is_temporary_name(".ecoready-tmp-Ab12Cd34"));
        for name in [
            ".tmpAb12Cd",
            ".ecoready-tmp-Ab12Cd3",
            ".ecoready-tmp-Ab12Cd345",
            ".ecoready-tmp-Ab12Cd3.",
            ".ecoready-tmp-Ab12Cd34.yaml",
            "ecoready-tmp-Ab12Cd34",
            "a.yaml",
        ] {
            assert!(!is_temporary_name(name), "{name}");
        }
    }
}

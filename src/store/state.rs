//! Per-machine state of one data directory: the index caches, the draft locks and the
//! journal of a rename in progress. None of it may be shared: a team keeps its data
//! directory in git or a sync folder, where a committed cache conflicts on every pull and
//! forces a full rebuild, and a lock file protects nothing on another machine.
//!
//! So it lives outside the data directory, in the per-user cache directory (locks in the
//! runtime directory when the platform has one: they only mean something while processes
//! run), in a folder named from a hash of the data directory's canonical path. The path
//! itself is written beside it (`data-dir.txt`) for a person looking around.
//! `ECOREADY_STATE_DIR` replaces both base directories (tests, and setups without a home
//! directory). Old per-machine files an earlier version left in the data directory are
//! removed when the store opens (`cleanup.rs`).

use std::fs;
use std::path::{Path, PathBuf};

use crate::tr;
use color_eyre::eyre::{Result, WrapErr, eyre};
use sha2::{Digest, Sha256};

use super::{atomic, project_dirs};

/// The environment variable naming the directory that holds per-machine state instead
/// of the platform's cache and runtime directories.
pub const STATE_DIR_VAR: &str = "ECOREADY_STATE_DIR";

/// The file in a state folder naming the data directory it belongs to.
pub const DATA_DIR_NOTE: &str = "data-dir.txt";

/// Hex characters of the path's hash in a folder name: 64 bits, so two data directories
/// of one user never share a folder.
const KEY_LEN: usize = 16;

/// Where one data directory's per-machine state is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateDirs {
    /// Index caches and the rename journal.
    pub cache: PathBuf,
    /// Draft lock files.
    pub locks: PathBuf,
}

impl StateDirs {
    /// The state folders of the data directory `root` (which exists), from
    /// `ECOREADY_STATE_DIR` when set, else the platform's cache and runtime directories.
    pub fn for_data_dir(root: &Path) -> Result<Self> {
        if let Some(base) = std::env::var_os(STATE_DIR_VAR).filter(|v| !v.is_empty()) {
            return Ok(Self::under(Path::new(&base), root));
        }
        let key = key_of(root);
        let dirs = project_dirs().ok_or_else(|| {
            eyre!(
                "{}",
                tr!("store-no-cache-directory", variable = STATE_DIR_VAR)
            )
        })?;
        let cache = dirs.cache_dir().join("data-dirs").join(&key);
        let locks = match dirs.runtime_dir() {
            Some(runtime) => runtime.join("data-dirs").join(&key),
            None => cache.join("locks"),
        };
        Ok(Self { cache, locks })
    }

    /// The state folders of the data directory `root` (which exists) inside `base`, as
    /// `ECOREADY_STATE_DIR=base` gives them.
    pub fn under(base: &Path, root: &Path) -> Self {
        let cache = base.join(key_of(root));
        Self {
            locks: cache.join("locks"),
            cache,
        }
    }

    /// Creates both folders (owner-only) and notes which data directory they serve.
    pub fn create(&self, root: &Path) -> Result<()> {
        let context = || tr!("store-state-dir-failed");
        atomic::create_private_root(&self.cache).wrap_err_with(context)?;
        atomic::create_private_root(&self.locks).wrap_err_with(context)?;
        let note = self.cache.join(DATA_DIR_NOTE);
        let text = format!("{}\n", canonical(root).display());
        // Written once; a failure only leaves a person without the hint.
        if fs::read_to_string(&note).ok().as_deref() != Some(text.as_str()) {
            let _ = atomic::write_atomically(&note, text.as_bytes());
        }
        Ok(())
    }
}

/// The data directory's canonical path (as given when it cannot be resolved), so that
/// every path to one directory (a link, `..`) finds the same state.
fn canonical(root: &Path) -> PathBuf {
    fs::canonicalize(root).unwrap_or_else(|_| std::path::absolute(root).unwrap_or(root.into()))
}

/// The name of a data directory's state folder: the start of its canonical path's
/// SHA-256, stable across runs and versions (unlike the standard library's hasher).
fn key_of(root: &Path) -> String {
    let path = canonical(root);
    let digest = Sha256::digest(path.as_os_str().as_encoded_bytes());
    let mut key: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    key.truncate(KEY_LEN);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_directory_reached_two_ways_has_one_key_and_two_directories_two() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        let through_parent = dir.path().join("b").join("..").join("a");
        assert_eq!(key_of(&a), key_of(&through_parent));
        assert_ne!(key_of(&a), key_of(&b));
        assert_eq!(key_of(&a).len(), KEY_LEN);
    }
}

//! The cache files of the index: JSON maps from an assessment's file name to a value made
//! from that file, each entry stamped with the file's identity at the time.

use std::fs::Metadata;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::store::error::StoreError;
use crate::store::files::{self, Links, ReadError};
use crate::store::write_atomically;

/// Version of the cache layout; any other version is ignored and rebuilt. 2: scores held
/// to the dimension and overall coverage rules (caches of 1 may hold looser ones). 3: the
/// listing index keeps each dimension's score, for peer standings.
const FORMAT: u32 = 3;

/// Entries made this close to their file's last change are not trusted yet: a same-size
/// rewrite within one timestamp tick would look unchanged.
pub const RACY_WINDOW: Duration = Duration::from_secs(2);

/// Largest cache file read; a bigger one is ignored and rebuilt.
const MAX_CACHE_BYTES: usize = 512 * 1024 * 1024;

/// Identity of a file's content as the file system reports it: size, modification and
/// change times (nanoseconds since 1970) and inode. An array in JSON, like every part of
/// an entry, so reading thousands of entries matches no field names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp(u64, u64, u64, u64);

impl Stamp {
    /// The stamp of a file's metadata.
    pub fn of(metadata: &Metadata) -> Self {
        let modified_ns = metadata.modified().map_or(0, nanos_since_epoch);
        #[cfg(unix)]
        let (changed_ns, inode) = {
            use std::os::unix::fs::MetadataExt;
            let seconds = u64::try_from(metadata.ctime()).unwrap_or(0);
            let nanos = u64::try_from(metadata.ctime_nsec()).unwrap_or(0);
            (
                seconds.saturating_mul(1_000_000_000).saturating_add(nanos),
                metadata.ino(),
            )
        };
        #[cfg(not(unix))]
        let (changed_ns, inode) = (modified_ns, 0);
        Self(metadata.len(), modified_ns, changed_ns, inode)
    }

    /// The file last changed longer than [`RACY_WINDOW`] ago: a cache made from it now
    /// can be trusted to notice a later change.
    pub fn is_settled(&self) -> bool {
        let window = u64::try_from(RACY_WINDOW.as_nanos()).unwrap_or(u64::MAX);
        self.2.saturating_add(window) < nanos_since_epoch(SystemTime::now())
    }
}

/// Which file content an entry was made from (its stamp), and when (nanoseconds since
/// 1970).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made(Stamp, u64);

impl Made {
    /// Made now from a file with `stamp`.
    pub fn now(stamp: Stamp) -> Self {
        Self(stamp, nanos_since_epoch(SystemTime::now()))
    }

    /// Whether an entry made so still describes a file that now has `stamp`.
    pub fn is_current(&self, stamp: Stamp) -> bool {
        let window = u64::try_from(RACY_WINDOW.as_nanos()).unwrap_or(u64::MAX);
        let changed_ns = stamp.2;
        self.0 == stamp && changed_ns.saturating_add(window) < self.1
    }
}

/// A cache file: a list of entries, each made from one assessment file.
#[derive(Serialize, Deserialize)]
pub struct CacheFile<T> {
    format: u32,
    /// The ecoready version that wrote it: computed scores depend on the scoring code.
    ecoready: String,
    /// The entries.
    pub entries: Vec<T>,
}

impl<T> Default for CacheFile<T> {
    fn default() -> Self {
        Self {
            format: FORMAT,
            ecoready: env!("CARGO_PKG_VERSION").to_string(),
            entries: Vec::new(),
        }
    }
}

impl<T> CacheFile<T> {
    /// A cache of this build holding `entries`.
    pub fn with_entries(entries: Vec<T>) -> Self {
        Self {
            entries,
            ..Self::default()
        }
    }
}

impl<T: DeserializeOwned> CacheFile<T> {
    /// The cache at `path`, or an empty one when it is missing, unreadable, or written by
    /// another version of ecoready; an error when it is not a regular file (a link or a
    /// FIFO), which the caller reports and leaves alone.
    pub fn read(path: &Path) -> Result<Self, StoreError> {
        let bytes = match files::read_limited(path, MAX_CACHE_BYTES, Links::Refuse) {
            Ok(bytes) => bytes,
            Err(ReadError::Refused(refused)) => return Err(refused),
            Err(_) => return Ok(Self::default()),
        };
        Ok(match serde_json::from_slice::<Self>(&bytes) {
            Ok(cache) if cache.format == FORMAT && cache.ecoready == env!("CARGO_PKG_VERSION") => {
                cache
            }
            _ => Self::default(),
        })
    }
}

impl<T: Serialize> CacheFile<T> {
    /// Writes the cache; a failure only costs speed next time, so it is not reported.
    pub fn write(&self, path: &Path) {
        if let Ok(bytes) = serde_json::to_vec(self) {
            let _ = write_atomically(path, &bytes);
        }
    }
}

fn nanos_since_epoch(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

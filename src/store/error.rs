//! What the store refuses or cannot do, as cases callers can tell apart by matching:
//! [`StoreError`] is a file or directory of the data directory itself that it refuses
//! (rather than its content), each message starting with the path and never repeating
//! anything read from the file; [`AssessmentError`] is why an assessment could not be
//! found by its id or locked for editing.

use std::path::{Path, PathBuf};

use super::ids::MAX_ID_LEN;
use crate::tr;

/// A file or directory the store refuses to use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// A symbolic link where the store reads or writes: following it could read or write
    /// outside the data directory (a sync folder or a git checkout can plant one).
    #[error("{}", tr!("store-symbolic-link", path = path.display().to_string()))]
    SymbolicLink {
        /// The link.
        path: PathBuf,
    },
    /// A FIFO, socket, device or directory where a file is expected: opening a FIFO for
    /// reading would wait forever for a writer.
    #[error("{}", tr!("store-not-regular-file", path = path.display().to_string(), kind = *kind))]
    NotRegularFile {
        /// The entry.
        path: PathBuf,
        /// What it is instead ("a FIFO", "a directory", ...).
        kind: &'static str,
    },
    /// Something other than a directory where a directory is expected.
    #[error("{}", tr!("store-not-a-directory", path = path.display().to_string(), kind = *kind))]
    NotADirectory {
        /// The entry.
        path: PathBuf,
        /// What it is instead ("a file", ...).
        kind: &'static str,
    },
    /// A directory of another user: files written there could be read or replaced by them.
    #[error(
        "{}",
        tr!(
            "store-not-owned",
            path = path.display().to_string(),
            owner = owner.to_string(),
            user = user.to_string()
        )
    )]
    NotOwned {
        /// The directory.
        path: PathBuf,
        /// Its owner's user id.
        owner: u32,
        /// The user id running ecoready.
        user: u32,
    },
    /// The directory of assessments exists but cannot be listed: nothing can be said
    /// about what it holds.
    #[error(
        "{}",
        tr!("store-unreadable-directory", path = path.display().to_string(), reason = reason)
    )]
    UnreadableDirectory {
        /// The directory.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
}

impl StoreError {
    /// The file or directory the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::SymbolicLink { path }
            | Self::NotRegularFile { path, .. }
            | Self::NotADirectory { path, .. }
            | Self::NotOwned { path, .. }
            | Self::UnreadableDirectory { path, .. } => path,
        }
    }
}

/// Why an assessment could not be found by its id (or the start of it) or locked for
/// editing. The messages are the ones users see.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssessmentError {
    /// An id that could name a path outside the data directory; nothing was looked up.
    #[error(
        "{}",
        tr!("store-invalid-id", id = id.escape_debug().to_string(), max = MAX_ID_LEN)
    )]
    InvalidId {
        /// The id as given.
        id: String,
    },
    /// No assessment has this id (or, by prefix, an id starting with it).
    #[error(
        "{}",
        if *by_prefix {
            tr!("store-no-assessment-starting-with", wanted = wanted)
        } else {
            tr!("store-no-assessment-with-id", wanted = wanted)
        }
    )]
    NotFound {
        /// The id or prefix looked for.
        wanted: String,
        /// Whether `wanted` was the start of an id rather than a whole one.
        by_prefix: bool,
    },
    /// Several assessments have an id starting with the prefix.
    #[error(
        "{}",
        tr!(
            "store-ambiguous-id",
            prefix = prefix,
            // As the digits alone: the English message has always shown them so.
            count = candidates.len().to_string(),
            candidates = shown(candidates)
        )
    )]
    Ambiguous {
        /// The prefix given.
        prefix: String,
        /// Every id it matches.
        candidates: Vec<String>,
    },
    /// Another process is editing the draft.
    #[error(
        "{}",
        match pid {
            Some(pid) => tr!("store-draft-busy-pid", pid = pid.to_string()),
            None => tr!("store-draft-busy").to_string(),
        }
    )]
    DraftBusy {
        /// Its process id, when the lock file names one.
        pid: Option<u32>,
    },
    /// The lock file could not be made or read (the operating system's reason).
    #[error("{}", tr!("store-lock-failed", path = path.display().to_string(), reason = reason))]
    LockFailed {
        /// The lock file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// An entry the store refuses to use stands where it looks.
    #[error(transparent)]
    Refused(#[from] StoreError),
}

/// Most candidates named when a prefix is ambiguous.
const MAX_CANDIDATES_SHOWN: usize = 10;

/// The first candidates of an ambiguous prefix, and how many more there are.
fn shown(candidates: &[String]) -> String {
    let count = candidates.len();
    let mut shown = candidates[..count.min(MAX_CANDIDATES_SHOWN)].join(", ");
    if count > MAX_CANDIDATES_SHOWN {
        let more = count - MAX_CANDIDATES_SHOWN;
        shown = tr!(
            "store-candidates-and-more",
            shown = shown,
            count = more.to_string()
        );
    }
    shown
}

impl AssessmentError {
    /// Whether the user asked for something that cannot be (a bad or unknown id): such a
    /// run ends with exit status 2, like other invalid input.
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            Self::InvalidId { .. } | Self::NotFound { .. } | Self::Ambiguous { .. }
        )
    }
}

impl From<StoreError> for super::Problem {
    fn from(error: StoreError) -> Self {
        Self {
            path: error.path().to_path_buf(),
            message: error.to_string(),
        }
    }
}

/// "a FIFO", "a directory", ...: what an entry is, for messages.
pub fn kind_of(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return tr!("store-kind-fifo");
        }
        if file_type.is_socket() {
            return tr!("store-kind-socket");
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return tr!("store-kind-device");
        }
    }
    if file_type.is_symlink() {
        tr!("store-kind-symbolic-link")
    } else if file_type.is_dir() {
        tr!("store-kind-directory")
    } else if file_type.is_file() {
        tr!("store-kind-file")
    } else {
        tr!("store-kind-special-file")
    }
}

//! What can be wrong with a file or directory of the data directory itself (rather than
//! with its content), as cases callers can tell apart. Each message starts with the path
//! and never repeats anything read from the file.

use std::path::{Path, PathBuf};

/// A file or directory the store refuses to use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// A symbolic link where the store reads or writes: following it could read or write
    /// outside the data directory (a sync folder or a git checkout can plant one).
    #[error(
        "{} is a symbolic link; ecoready does not follow links inside its data directory",
        path.display()
    )]
    SymbolicLink {
        /// The link.
        path: PathBuf,
    },
    /// A FIFO, socket, device or directory where a file is expected: opening a FIFO for
    /// reading would wait forever for a writer.
    #[error("{} is {kind}, not a regular file; ecoready only reads regular files", path.display())]
    NotRegularFile {
        /// The entry.
        path: PathBuf,
        /// What it is instead ("a FIFO", "a directory", ...).
        kind: &'static str,
    },
    /// Something other than a directory where a directory is expected.
    #[error("{} is {kind}, not a directory", path.display())]
    NotADirectory {
        /// The entry.
        path: PathBuf,
        /// What it is instead ("a file", ...).
        kind: &'static str,
    },
    /// A directory of another user: files written there could be read or replaced by them.
    #[error(
        "{} belongs to another user (uid {owner}, not {user}); ecoready only uses \
         directories of the user running it",
        path.display()
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
    #[error("cannot read the directory {}: {reason}", path.display())]
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
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a directory"
    } else if file_type.is_file() {
        "a file"
    } else {
        "a special file"
    }
}

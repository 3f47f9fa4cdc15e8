//! Reading files from the data and config directories without trusting their size or kind:
//! only regular files are read, opening never waits (a FIFO would block forever), and
//! inside the data directory symbolic links are refused rather than followed.

use crate::tr;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::atomic::TEMPORARY_PREFIX;
use super::error::{StoreError, kind_of};

/// Whether a symbolic link at the path opened may be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Inside the data directory: a link is refused ([`StoreError::SymbolicLink`]).
    Refuse,
    /// The user's own config files and files named on the command line (dotfile
    /// managers link them).
    Follow,
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The entry is not one the store reads (a link, a FIFO, ...); nothing was read.
    Refused(StoreError),
    /// The operating system's error, or a file over the size limit.
    Io(io::Error),
    /// The file was read, but what it holds is not valid (the message says why, without
    /// the path).
    Invalid(String),
}

impl ReadError {
    /// Whether there is no file at all.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Io(e) if e.kind() == io::ErrorKind::NotFound)
    }

    /// What is wrong, for a [`Problem`] about this file: a refused entry's message names
    /// the path itself.
    pub fn describe(&self) -> String {
        match self {
            Self::Refused(refused) => refused.to_string(),
            Self::Io(e) => tr!("store-cannot-read-it", reason = e.to_string()),
            Self::Invalid(message) => message.clone(),
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        Self::Io(e)
    }
}

/// Opens `path` for reading if it is a regular file; a FIFO, device, socket or directory
/// is refused without blocking, and so is a symbolic link unless `links` follows them.
pub fn open_regular(path: &Path, links: Links) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    open_checked(path, links, &mut options)
}

/// Opens `path` with `options`, refusing what [`open_regular`] refuses; the file is left
/// in blocking mode.
pub fn open_checked(
    path: &Path,
    links: Links,
    options: &mut OpenOptions,
) -> Result<File, ReadError> {
    let refused = |e: StoreError| Err(ReadError::Refused(e));
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = OFlags::NONBLOCK;
        if links == Links::Refuse {
            flags |= OFlags::NOFOLLOW;
        }
        options.custom_flags(flags.bits() as i32);
    }
    #[cfg(not(unix))]
    if links == Links::Refuse && is_symlink(path) {
        return refused(StoreError::SymbolicLink {
            path: path.to_path_buf(),
        });
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // O_NOFOLLOW's error differs between systems (ELOOP, EMLINK, EFTYPE): the entry
        // itself says whether it is a link.
        Err(_) if links == Links::Refuse && is_symlink(path) => {
            return refused(StoreError::SymbolicLink {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(e.into()),
    };
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return refused(StoreError::NotRegularFile {
            path: path.to_path_buf(),
            kind: kind_of(metadata.file_type()),
        });
    }
    #[cfg(unix)]
    {
        // Reads of a regular file do not block anyway; blocking mode is restored so the
        // file behaves as any other wherever it goes.
        use rustix::fs::{OFlags, fcntl_getfl, fcntl_setfl};
        let flags = fcntl_getfl(&file).map_err(io::Error::from)?;
        fcntl_setfl(&file, flags - OFlags::NONBLOCK).map_err(io::Error::from)?;
    }
    Ok(file)
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Refuses `path` if it is a symbolic link (anything else, or nothing, passes).
pub fn refuse_link(path: &Path) -> Result<(), StoreError> {
    if is_symlink(path) {
        return Err(StoreError::SymbolicLink {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Reads a whole regular file (see [`open_regular`]), refusing one larger than `limit`
/// bytes before reading it all (so a huge or endless file cannot exhaust memory).
pub fn read_limited(path: &Path, limit: usize, links: Links) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path, links)?;
    let metadata = file.metadata()?;
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    // Sized once from the metadata: growing by doubling would copy a large file
    // several times over.
    let expected = metadata.len().min(cap);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(cap).read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Err(io::Error::other(tr!("store-too-large", limit = limit.to_string())).into());
    }
    Ok(bytes)
}

/// Whether a file of this name is one [`yaml_files`] lists: `*.yaml`, except ecoready's
/// own temporary files (half-written saves are never read).
pub fn is_yaml_file_name(name: &str) -> bool {
    name.ends_with(".yaml") && !name.starts_with(TEMPORARY_PREFIX)
}

/// Every `*.yaml` entry directly in `dir`, sorted by file name; a missing directory has
/// none. With [`Links::Refuse`] a `dir` that is a symbolic link is refused (the entries
/// themselves are listed whatever they are: reading them says what is wrong).
pub fn yaml_files(dir: &Path, links: Links) -> Result<Vec<PathBuf>, StoreError> {
    if links == Links::Refuse {
        refuse_link(dir)?;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(unreadable_dir(dir, &e)),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| is_yaml_file_name(path.file_name().and_then(|n| n.to_str()).unwrap_or("")))
        .collect();
    files.sort();
    Ok(files)
}

/// The error for a directory that could not be listed.
pub fn unreadable_dir(dir: &Path, e: &io::Error) -> StoreError {
    StoreError::UnreadableDirectory {
        path: dir.to_path_buf(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_limited_refuses_oversized_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        fs::write(&path, [b'x'; 11]).unwrap();
        assert!(
            read_limited(&path, 10, Links::Refuse)
                .unwrap_err()
                .describe()
                .contains("too large")
        );
        assert_eq!(read_limited(&path, 11, Links::Refuse).unwrap().len(), 11);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_refused_or_followed_and_fifos_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        fs::write(&target, b"outside").unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        match read_limited(&link, 100, Links::Refuse) {
            Err(ReadError::Refused(StoreError::SymbolicLink { path })) => assert_eq!(path, link),
            other => panic!("{other:?}"),
        }
        assert_eq!(read_limited(&link, 100, Links::Follow).unwrap(), b"outside");

        let fifo = dir.path().join("fifo.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // Opening a FIFO for reading would wait for a writer: these return at once.
        for links in [Links::Refuse, Links::Follow] {
            match read_limited(&fifo, 100, links) {
                Err(ReadError::Refused(StoreError::NotRegularFile { path, kind })) => {
                    assert_eq!(
                        (path.as_path(), kind),
                        (fifo.as_path(), "a FIFO (named pipe)")
                    );
                }
                other => panic!("{other:?}"),
            }
        }
        // A regular file is read in blocking mode, as any other.
        let file = open_regular(&target, Links::Refuse).unwrap();
        let flags = rustix::fs::fcntl_getfl(&file).unwrap();
        assert!(!flags.contains(rustix::fs::OFlags::NONBLOCK));
    }

    #[test]
    fn yaml_files_skip_temporary_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.yaml",
            "a.yaml",
            ".ecoready-tmp-AbC12",
            ".ecoready-tmp-Xy.yaml",
            "notes.txt",
        ] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        let names: Vec<_> = yaml_files(dir.path(), Links::Refuse)
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.yaml", "b.yaml"]);
        assert!(
            yaml_files(&dir.path().join("missing"), Links::Refuse)
                .unwrap()
                .is_empty()
        );
    }
}

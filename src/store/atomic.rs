//! Crash-safe file writes and owner-only directories.
//!
//! A plain `fs::write` that is interrupted leaves an empty or truncated file behind; writing
//! a temporary file in the same directory, syncing it, renaming it over the target and then
//! syncing the directory leaves either the old content or the new, never a mix.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use crate::tr;
use color_eyre::eyre::{Report, Result, WrapErr};
use tempfile::NamedTempFile;

use super::error::{StoreError, kind_of};

/// Permission bits of every file ecoready writes (owner read/write only).
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Permission bits of every directory ecoready creates (owner only).
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;

/// How the names of ecoready's temporary files start (a random part follows): only
/// files named so are ever removed as left-overs of an interrupted save.
pub const TEMPORARY_PREFIX: &str = ".ecoready-tmp-";

/// Length of the random part of a temporary file's name.
pub const TEMPORARY_RANDOM_LEN: usize = 8;

/// Replaces (or creates) `path` with `bytes` so that a crash leaves the old or the new
/// content, never a mix; the file is readable by the owner only.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |file| {
        file.write_all(bytes)
            .wrap_err_with(|| tr!("store-save-failed", path = path.display().to_string()))
    })
}

/// Like [`write_atomically`], with the content written by `write` as it is made (an
/// export of every assessment is never held whole); when `write` fails, the file is left
/// as it was.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let temp = write_temporary_with(path, write)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .wrap_err_with(|| tr!("store-save-failed", path = path.display().to_string()))?;
    sync_parent(path)
}

/// Like [`write_atomically`], but never replaces an existing file; returns whether the
/// file was written (`false`: something was already at `path` and was left alone).
pub fn write_new_atomically(path: &Path, bytes: &[u8]) -> Result<bool> {
    if fs::symlink_metadata(path).is_ok() {
        return Ok(false);
    }
    let temp = write_temporary(path, bytes)?;
    match temp.persist_noclobber(path) {
        Ok(_) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => return Ok(false),
        Err(e) => {
            return Err(e.error)
                .wrap_err_with(|| tr!("store-save-failed", path = path.display().to_string()));
        }
    }
    sync_parent(path)?;
    Ok(true)
}

/// Writes `bytes` as a new file in `dir` under the first free name of `<stem>.<ext>`,
/// `<stem>-2.<ext>`, `<stem>-3.<ext>`, ... (up to `most` names; no extension without
/// `ext`), calling `check` on each path before writing it; never replaces a file. Returns
/// the path written, or `None` when every name was taken.
pub fn write_under_free_name(
    dir: &Path,
    (stem, extension): (&str, Option<&str>),
    bytes: &[u8],
    most: usize,
    check: impl Fn(&Path) -> Result<()>,
) -> Result<Option<std::path::PathBuf>> {
    for n in 1..=most {
        let name = match (n, extension) {
            (1, Some(extension)) => format!("{stem}.{extension}"),
            (1, None) => stem.to_string(),
            (n, Some(extension)) => format!("{stem}-{n}.{extension}"),
            (n, None) => format!("{stem}-{n}"),
        };
        let path = dir.join(name);
        check(&path)?;
        if write_new_atomically(&path, bytes)? {
            return Ok(Some(path));
        }
    }
    Ok(None)
}

/// Creates a directory inside the data directory (and missing parents) owner-only, or
/// checks the one there: it must be a real directory (not a symbolic link) of the user
/// running ecoready, else the error is a [`StoreError`].
pub fn create_private_dir(dir: &Path) -> Result<()> {
    create_checked_dir(dir, false)
}

/// Like [`create_private_dir`] for the data directory itself, which may be a symbolic
/// link (the user chose the path; a data directory on another disk is often linked).
pub fn create_private_root(dir: &Path) -> Result<()> {
    create_checked_dir(dir, true)
}

fn create_checked_dir(dir: &Path, follow: bool) -> Result<()> {
    if fs::symlink_metadata(dir).is_err() {
        // A file where a directory of the path should be: say so, rather than the
        // operating system's "File exists" or "Not a directory".
        if let Some(in_the_way) = file_in_the_way(dir) {
            return Err(Report::new(in_the_way));
        }
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(DIR_MODE);
        }
        builder
            .create(dir)
            .wrap_err_with(|| tr!("store-create-dir-failed", path = dir.display().to_string()))?;
    }
    check_dir(dir, follow).map_err(Report::new)
}

/// Checks that `dir` is a directory of the user running ecoready and, unless `follow`,
/// not a symbolic link.
pub fn check_dir(dir: &Path, follow: bool) -> Result<(), StoreError> {
    let path = || dir.to_path_buf();
    let unreadable = |e: io::Error| StoreError::UnreadableDirectory {
        path: path(),
        reason: e.to_string(),
    };
    let mut metadata = fs::symlink_metadata(dir).map_err(unreadable)?;
    if metadata.file_type().is_symlink() {
        if !follow {
            return Err(StoreError::SymbolicLink { path: path() });
        }
        metadata = fs::metadata(dir).map_err(unreadable)?;
    }
    if !metadata.is_dir() {
        return Err(StoreError::NotADirectory {
            path: path(),
            kind: kind_of(metadata.file_type()),
        });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let user = rustix::process::getuid().as_raw();
        if metadata.uid() != user {
            return Err(StoreError::NotOwned {
                path: path(),
                owner: metadata.uid(),
                user,
            });
        }
    }
    Ok(())
}

/// The nearest existing ancestor of a missing `dir` when it is not a directory.
fn file_in_the_way(dir: &Path) -> Option<StoreError> {
    let (path, metadata) = dir
        .ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty())
        .find_map(|a| fs::metadata(a).ok().map(|m| (a, m)))?;
    (!metadata.is_dir()).then(|| StoreError::NotADirectory {
        path: path.to_path_buf(),
        kind: kind_of(metadata.file_type()),
    })
}

/// Writes `bytes` to a synced, owner-only temporary file next to `path`.
fn write_temporary(path: &Path, bytes: &[u8]) -> Result<NamedTempFile> {
    write_temporary_with(path, |file| {
        file.write_all(bytes)
            .wrap_err_with(|| tr!("store-save-failed", path = path.display().to_string()))
    })
}

fn write_temporary_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<NamedTempFile> {
    let dir = parent_of(path);
    let context = || tr!("store-save-failed", path = path.display().to_string());
    // Created with O_EXCL, which never follows a link; the prefix marks the file as
    // ecoready's own, which readers of the directory skip and clean-up may remove.
    let mut temp = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .rand_bytes(TEMPORARY_RANDOM_LEN)
        .tempfile_in(dir)
        .wrap_err_with(context)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // tempfile already creates 0600 files; setting it again makes that a guarantee of
        // this function rather than of the crate.
        temp.as_file()
            .set_permissions(fs::Permissions::from_mode(FILE_MODE))
            .wrap_err_with(context)?;
    }
    {
        let mut buffered = io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered)?;
        buffered.flush().wrap_err_with(context)?;
    }
    temp.as_file().sync_all().wrap_err_with(context)?;
    Ok(temp)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes the rename itself durable: without syncing the directory, a crash right after
/// the rename can bring back the old directory entry.
fn sync_parent(path: &Path) -> Result<()> {
    sync_dir(parent_of(path))
        .wrap_err_with(|| tr!("store-sync-dir-failed", path = path.display().to_string()))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir)?.sync_all() {
        // Some file systems (network mounts, some FUSE ones) cannot sync a directory; the
        // rename has happened, so failing the save there would only alarm the user.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // std cannot open a directory as a file on Windows, and NTFS journals the rename's
    // metadata change itself.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.yaml")]);
    }

    #[test]
    fn write_new_keeps_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.yaml");
        assert!(write_new_atomically(&path, b"one").unwrap());
        assert!(!write_new_atomically(&path, b"two").unwrap());
        assert_eq!(fs::read(&path).unwrap(), b"one");
    }
}

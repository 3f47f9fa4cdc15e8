//! Crash-safe file writes and owner-only directories.
//!
//! A plain `fs::write` that is interrupted leaves an empty or truncated file behind; writing
//! a temporary file in the same directory, syncing it, renaming it over the target and then
//! syncing the directory leaves either the old content or the new, never a mix.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use color_eyre::eyre::{Result, WrapErr, eyre};
use tempfile::NamedTempFile;

/// Permission bits of every file ecoready writes (owner read/write only).
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Permission bits of every directory ecoready creates (owner only).
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;

/// Replaces (or creates) `path` with `bytes` so that a crash leaves the old or the new
/// content, never a mix; the file is readable by the owner only.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let temp = write_temporary(path, bytes)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .wrap_err_with(|| format!("could not save {}", path.display()))?;
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
            return Err(e.error).wrap_err_with(|| format!("could not save {}", path.display()));
        }
    }
    sync_parent(path)?;
    Ok(true)
}

/// Creates `dir` (and missing parents) owner-only; an existing directory is left as it is.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    builder
        .create(dir)
        .wrap_err_with(|| format!("could not create the directory {}", dir.display()))?;
    if !dir.is_dir() {
        return Err(eyre!("{} exists but is not a directory", dir.display()));
    }
    Ok(())
}

/// Writes `bytes` to a synced, owner-only temporary file next to `path`.
fn write_temporary(path: &Path, bytes: &[u8]) -> Result<NamedTempFile> {
    let dir = parent_of(path);
    let context = || format!("could not save {}", path.display());
    // tempfile names start with `.tmp`, which readers of the directory skip.
    let mut temp = NamedTempFile::new_in(dir).wrap_err_with(context)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // tempfile already creates 0600 files; setting it again makes that a guarantee of
        // this function rather than of the crate.
        temp.as_file()
            .set_permissions(fs::Permissions::from_mode(FILE_MODE))
            .wrap_err_with(context)?;
    }
    temp.write_all(bytes).wrap_err_with(context)?;
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
        .wrap_err_with(|| format!("saved {} but could not sync its directory", path.display()))
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

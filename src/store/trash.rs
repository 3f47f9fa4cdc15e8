//! Removing an assessment without destroying it: the file moves to `<data>/trash/`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr};

use super::{AssessmentError, Store, atomic};
use crate::assessment::Status;

/// Most numbered names tried when the trash already holds files of the same name.
const MAX_SUFFIX: usize = 10_000;

impl Store {
    /// The directory removed assessments are moved to.
    pub fn trash_dir(&self) -> PathBuf {
        self.root.join("trash")
    }

    /// Moves `assessments/<id>.yaml` to `trash/<id>.yaml` (or `trash/<id>.<n>.yaml` when
    /// that name is taken) and returns where it went. The bytes are untouched, nothing in
    /// the trash is ever overwritten, and the trash directory is owner-only.
    ///
    /// A draft open in another window is not moved (the error is an
    /// [`AssessmentError::DraftBusy`] naming that window, as when resuming it): that
    /// window would save it back.
    pub fn trash(&self, id: &str) -> Result<PathBuf> {
        let source = self.assessment_path(id)?;
        if fs::symlink_metadata(&source).is_err() {
            return Err(AssessmentError::NotFound {
                wanted: id.to_string(),
                by_prefix: false,
            }
            .into());
        }
        // Held until the file has moved, so no window opens it meanwhile; released (and
        // its lock file removed) when this function returns.
        let _lock = match self.lock_draft(id) {
            Ok(lock) => Some(lock),
            // A complete assessment open elsewhere is only looked at there (a window
            // saves drafts only), so it may go.
            Err(AssessmentError::DraftBusy { .. })
                if self.load(id).is_ok_and(|a| a.status == Status::Complete) =>
            {
                None
            }
            Err(e) => return Err(e.into()),
        };
        let trash = self.trash_dir();
        atomic::create_private_dir(&trash).wrap_err("could not create the trash folder")?;
        let context = || format!("could not move {} to {}", source.display(), trash.display());
        for n in 1..=MAX_SUFFIX {
            let name = match n {
                1 => format!("{id}.yaml"),
                n => format!("{id}.{n}.yaml"),
            };
            let target = trash.join(name);
            match move_without_replacing(&source, &target) {
                Ok(()) => {
                    sync_dir(&trash).wrap_err_with(context)?;
                    sync_dir(&self.assessments_dir()).wrap_err_with(context)?;
                    return Ok(target);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e).wrap_err_with(context),
            }
        }
        Err(io::Error::from(io::ErrorKind::AlreadyExists)).wrap_err_with(|| {
            format!(
                "{} holds {MAX_SUFFIX} files named after {id}",
                trash.display()
            )
        })
    }
}

/// Moves `source` to `target`, failing with `AlreadyExists` if `target` exists.
///
/// A plain rename replaces an existing target, so the move first hard-links (which never
/// replaces) and then removes the old name: a crash in between leaves the file in both
/// places, never in neither. Where hard links are not supported the target is checked
/// and then renamed over.
fn move_without_replacing(source: &Path, target: &Path) -> io::Result<()> {
    match fs::hard_link(source, target) {
        Ok(()) => fs::remove_file(source),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            if fs::symlink_metadata(target).is_ok() {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            fs::rename(source, target)
        }
    }
}

/// Makes the move durable: without syncing the directories a crash could undo it.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    match fs::File::open(dir)?.sync_all() {
        // Some file systems cannot sync a directory; the move has happened regardless.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

//! Removing an assessment without destroying it: the file moves to `<data>/trash/`, and
//! back again with [`Store::restore`].
//!
//! A file in the trash is named `<id>.yaml`, or `<id>.<n>.yaml` when the same id was
//! removed more than once; that file name without `.yaml` is its trash id.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr};

use super::files::{self, Links};
use super::{AssessmentError, Problem, Store, atomic, read_assessment};
use crate::assessment::{Assessment, Status};
use crate::error::InvalidInput;
use crate::tr;

/// One assessment in the trash.
#[derive(Debug, Clone)]
pub struct Trashed {
    /// Its name in the trash (`<id>` or `<id>.<n>`), which `restore` takes.
    pub trash_id: String,
    /// The assessment as it was removed.
    pub assessment: Assessment,
}

/// The trash: what can be restored, and the files there that cannot be read.
#[derive(Debug, Clone, Default)]
pub struct TrashListing {
    /// Readable assessments, most recently started first.
    pub trashed: Vec<Trashed>,
    /// Files that could not be read (left where they are).
    pub problems: Vec<Problem>,
}

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
        self.move_to_trash(&source, id)
    }

    /// Moves the file `source` (in `assessments/`) to the trash as `<id>.yaml` or
    /// `<id>.<n>.yaml`, never replacing anything there; the caller holds the draft's lock.
    pub(super) fn move_to_trash(&self, source: &Path, id: &str) -> Result<PathBuf> {
        self.put_in_trash(source, id, Keep::No)
    }

    /// Like [`Store::move_to_trash`], leaving `source` where it is: a copy of a file about
    /// to be replaced, so it is kept whether or not the replacement is written.
    pub(super) fn copy_to_trash(&self, source: &Path, id: &str) -> Result<PathBuf> {
        self.put_in_trash(source, id, Keep::Yes)
    }

    fn put_in_trash(&self, source: &Path, id: &str, keep: Keep) -> Result<PathBuf> {
        let trash = self.trash_dir();
        atomic::create_private_dir(&trash).wrap_err_with(|| tr!("store-trash-create-failed"))?;
        let context = || {
            tr!(
                "store-move-failed",
                from = source.display().to_string(),
                to = trash.display().to_string()
            )
        };
        for n in 1..=MAX_SUFFIX {
            let name = match n {
                1 => format!("{id}.yaml"),
                n => format!("{id}.{n}.yaml"),
            };
            let target = trash.join(name);
            match put_without_replacing(source, &target, keep) {
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
            tr!(
                "store-trash-full-of-name",
                trash = trash.display().to_string(),
                count = MAX_SUFFIX,
                id = id
            )
        })
    }
}

impl Store {
    /// Every assessment in the trash.
    pub fn trashed(&self) -> Result<TrashListing> {
        let mut listing = TrashListing::default();
        for path in files::yaml_files(&self.trash_dir(), Links::Refuse)? {
            let Some(trash_id) = trash_id_of(&path) else {
                continue;
            };
            let id = trash_id.split('.').next().unwrap_or_default().to_string();
            match read_assessment(&path, &id) {
                Ok(assessment) => listing.trashed.push(Trashed {
                    trash_id,
                    assessment,
                }),
                Err(e) => listing.problems.push(Problem {
                    path,
                    message: e.describe(),
                }),
            }
        }
        listing.trashed.sort_by(|a, b| {
            (b.assessment.started_at, &b.trash_id).cmp(&(a.assessment.started_at, &a.trash_id))
        });
        Ok(listing)
    }

    /// Moves the trashed assessment `wanted` (a trash id, or any unique start of one)
    /// back to `assessments/`; returns its id. Refused, with nothing moved, when an
    /// assessment with that id is there already.
    pub fn restore(&self, wanted: &str) -> Result<String> {
        let listing = self.trashed()?;
        let matching: Vec<&Trashed> = match listing.trashed.iter().find(|t| t.trash_id == wanted) {
            Some(exact) => vec![exact],
            None => listing
                .trashed
                .iter()
                .filter(|t| t.trash_id.starts_with(wanted))
                .collect(),
        };
        let trashed = match matching.as_slice() {
            [one] => *one,
            [] => {
                let shown = wanted.escape_debug().to_string();
                return Err(InvalidInput(if wanted.is_empty() {
                    tr!("store-trash-no-id", wanted = shown)
                } else {
                    tr!("store-trash-no-id-starting-with", wanted = shown)
                })
                .into());
            }
            several => {
                return Err(AssessmentError::Ambiguous {
                    prefix: wanted.to_string(),
                    candidates: several.iter().map(|t| t.trash_id.clone()).collect(),
                }
                .into());
            }
        };
        let id = trashed.assessment.id.clone();
        let source = self.trash_dir().join(format!("{}.yaml", trashed.trash_id));
        let target = self.assessment_path(&id)?;
        let context = || {
            tr!(
                "store-move-back-failed",
                path = source.display().to_string()
            )
        };
        match put_without_replacing(&source, &target, Keep::No) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(InvalidInput(tr!(
                    "store-restore-id-taken",
                    id = id,
                    trash_id = trashed.trash_id.as_str()
                ))
                .into());
            }
            Err(e) => return Err(e).wrap_err_with(context),
        }
        sync_dir(&self.assessments_dir()).wrap_err_with(context)?;
        sync_dir(&self.trash_dir()).wrap_err_with(context)?;
        Ok(id)
    }
}

/// The trash id of a file in the trash: its name without `.yaml`, if every dot-separated
/// part of it is a safe id.
fn trash_id_of(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    stem.split('.')
        .all(super::is_safe_id)
        .then(|| stem.to_string())
}

/// Moves `source` to `target`, failing with `AlreadyExists` if `target` exists.
///
/// A plain rename replaces an existing target, so the move first hard-links (which never
/// replaces) and then removes the old name: a crash in between leaves the file in both
/// places, never in neither. Where hard links are not supported the target is checked
/// and then renamed over.
fn put_without_replacing(source: &Path, target: &Path, keep: Keep) -> io::Result<()> {
    match (fs::hard_link(source, target), keep) {
        (Ok(()), Keep::No) => fs::remove_file(source),
        (Ok(()), Keep::Yes) => Ok(()),
        (Err(e), _) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        (Err(_), keep) => {
            if fs::symlink_metadata(target).is_ok() {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            match keep {
                Keep::No => fs::rename(source, target),
                Keep::Yes => fs::copy(source, target).map(|_| ()),
            }
        }
    }
}

/// Whether a file put into the trash stays where it was too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    Yes,
    No,
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

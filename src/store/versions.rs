//! Optimistic concurrency for assessment files: a window remembers what the file held when
//! it read or last wrote it ([`FileVersion`]), and a save that would replace anything else
//! (a colleague's version brought by `git pull` or a sync folder, or nothing at all: the
//! draft was moved to the trash elsewhere) is refused with a [`SaveConflict`] saying
//! what is there now. The window's own version can then be kept beside the file as a
//! conflict copy `ecoready conflicts` merges, or in the trash.

use std::path::PathBuf;

use color_eyre::eyre::{Result, WrapErr};

use super::files::{self, Links, ReadError};
use super::reading::assessment_in;
use super::sealed::Trust;
use super::{Store, atomic, sealed_assessment};
use crate::assessment::{Assessment, now};
use crate::conflicts::ecoready_copy_stem;
use crate::integrity;
use crate::tr;
use crate::yaml::MAX_DOCUMENT_BYTES;

/// Most conflict copies of one assessment made in the same second.
const MAX_COPIES_PER_SECOND: usize = 100;

/// What an assessment's file held when it was read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileVersion {
    /// There was no file (a draft about to be created).
    Absent,
    /// The SHA-256 of its bytes (line ends normalised, as the checksum line's).
    Content(String),
}

impl FileVersion {
    /// The version of a file holding `bytes`.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        FileVersion::Content(integrity::checksum(bytes))
    }
}

/// Why a save was refused: the file is not what the window last read or wrote.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveConflict {
    /// Another version arrived (a sync, a pull, another program): saving would erase it.
    #[error("{}", tr!("store-save-changed", id = id.as_str()))]
    Changed {
        /// The assessment's id.
        id: String,
        /// The version on disk now, or why it cannot be read (cut short by a copy in
        /// progress, git conflict markers, ...).
        theirs: Result<Box<Assessment>, String>,
    },
    /// The file is gone (moved to the trash or deleted elsewhere): saving would bring it
    /// back without anyone asking.
    #[error("{}", tr!("store-save-vanished", id = id.as_str()))]
    Vanished {
        /// The assessment's id.
        id: String,
    },
}

impl Store {
    /// What assessment `id`'s file holds now.
    pub fn version_of(&self, id: &str) -> Result<FileVersion> {
        let path = self.assessment_path(id)?;
        match files::read_limited(&path, MAX_DOCUMENT_BYTES, Links::Refuse) {
            Ok(bytes) => Ok(FileVersion::of_bytes(&bytes)),
            Err(e) if e.is_not_found() => Ok(FileVersion::Absent),
            Err(e) => Err(super::invalid(format!(
                "{}: {}",
                path.display(),
                e.describe()
            ))),
        }
    }

    /// Loads assessment `id` (as [`Store::load`]) with the version of the bytes it was
    /// read from, read once so the two always belong together.
    pub fn load_versioned(&self, id: &str) -> Result<(Assessment, FileVersion)> {
        let path = self.assessment_path(id)?;
        let bytes =
            files::read_limited(&path, MAX_DOCUMENT_BYTES, Links::Refuse).map_err(|e| match e {
                ReadError::Refused(refused) => super::invalid(refused.to_string()),
                other => super::invalid(format!("{}: {}", path.display(), other.describe())),
            })?;
        let assessment = assessment_in(&bytes, id, Trust::Checked)
            .map_err(|why| super::invalid(format!("{}: {why}", path.display())))?;
        Ok((assessment, FileVersion::of_bytes(&bytes)))
    }

    /// Saves `assessment` only if its file still holds `expected` (what the caller read
    /// or last wrote); returns the version written. Otherwise nothing is written and the
    /// error is a [`SaveConflict`] (match it with `downcast_ref`).
    pub fn save_unless_changed(
        &self,
        assessment: &Assessment,
        expected: &FileVersion,
    ) -> Result<FileVersion> {
        let id = &assessment.id;
        let current = self.version_of(id)?;
        if current != *expected {
            return Err(match current {
                FileVersion::Absent => SaveConflict::Vanished { id: id.clone() },
                FileVersion::Content(_) => SaveConflict::Changed {
                    id: id.clone(),
                    theirs: self.load(id).map(Box::new).map_err(|e| e.to_string()),
                },
            }
            .into());
        }
        self.save_versioned(assessment)
    }

    /// Keeps `assessment` beside its file as ecoready's conflict copy
    /// `<id>.ecoready-conflict-<UTC moment>.yaml` (never replacing a file), which listings
    /// count as a conflict and `ecoready conflicts --merge` merges; returns its path.
    pub fn save_conflict_copy(&self, assessment: &Assessment) -> Result<PathBuf> {
        let id = &assessment.id;
        super::ids::check_id(id)?;
        atomic::check_dir(&self.assessments_dir(), false)?;
        let stamp = now()
            .with_timezone(&chrono::Utc)
            .format("%Y%m%d-%H%M%SZ")
            .to_string();
        let text =
            sealed_assessment(assessment).wrap_err_with(|| tr!("store-yaml-failed", id = id))?;
        let written = atomic::write_under_free_name(
            &self.assessments_dir(),
            (&ecoready_copy_stem(id, &stamp), Some("yaml")),
            text.as_bytes(),
            MAX_COPIES_PER_SECOND,
            |path| self.check_write(path),
        )?;
        written.ok_or_else(|| {
            super::invalid(tr!(
                "store-too-many-copies",
                count = MAX_COPIES_PER_SECOND,
                id = id
            ))
        })
    }

    /// Puts `assessment` (a window's version nobody else has) into the trash, where
    /// `ecoready trash` lists it and `ecoready restore` brings it back; returns its path.
    pub fn trash_version(&self, assessment: &Assessment) -> Result<PathBuf> {
        let copy = self.save_conflict_copy(assessment)?;
        self.move_to_trash(&copy, &assessment.id)
    }
}

#[cfg(test)]
mod tests;

//! Finding the versions of an assessment that machines sharing the data directory made
//! in parallel: a sync tool's conflict copies beside `<id>.yaml` and the two sides of a
//! file with git's conflict markers; merging them (`crate::conflicts` does the merge)
//! leaves one file and moves every version's file to the trash.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use color_eyre::eyre::Result;

use super::files::{self, Links};
use super::reading::{conflict_copy_of, id_of_file, parse_assessment};
use super::sealed::Trust;
use super::{Store, StoreError, invalid};
use crate::assessment::Assessment;
use crate::conflicts::{self, CopyKind, Merged};
use crate::tr;
use crate::yaml::MAX_DOCUMENT_BYTES;

/// One version of an assessment in conflict.
#[derive(Debug, Clone)]
pub struct ConflictVersion {
    /// The file holding it.
    pub path: PathBuf,
    /// What kind of copy the file is (`None`: the assessment's own file, no markers).
    pub kind: Option<CopyKind>,
    /// For a file with git conflict markers: 0 for the side of the branch merged into,
    /// 1 for the side merged in.
    pub side: Option<usize>,
    /// The version, or why it cannot be read.
    pub assessment: Result<Assessment, String>,
}

/// Every version of one assessment in conflict.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// The assessment's id.
    pub id: String,
    /// Its versions: the assessment's own file first, then the copies by file name.
    pub versions: Vec<ConflictVersion>,
}

/// What merging a conflict did.
#[derive(Debug, Clone)]
pub struct MergeOutcome {
    /// The versions merged (in the order the merge numbers them).
    pub versions: Vec<ConflictVersion>,
    /// The merge: the assessment saved and what differed.
    pub merged: Merged,
    /// Where each version's file went in the trash.
    pub trashed: Vec<PathBuf>,
}

impl Store {
    /// Every assessment in conflict, by id. Served from the index's problems (a conflict
    /// copy or a file with markers never reads as an assessment), so a large data
    /// directory is not read file by file to find the few conflicts.
    pub fn conflicts(&self) -> Result<Vec<Conflict>, StoreError> {
        let summaries = self.summaries();
        if let Some(unreadable) = summaries.unreadable {
            return Err(unreadable);
        }
        let mut ids = BTreeSet::new();
        for problem in summaries.problems.iter().filter(|p| p.is_conflict()) {
            if let Some((id, _)) = conflict_copy_of(&problem.path) {
                ids.insert(id);
            } else if let Some(id) = id_of_file(&problem.path)
                && holds_markers(&problem.path)
            {
                ids.insert(id);
            }
        }
        Ok(ids
            .into_iter()
            .map(|id| self.conflict_of(&id))
            .filter(|c| !c.versions.is_empty())
            .collect())
    }

    /// Every version of assessment `id` (none when it is not in conflict).
    pub fn conflict_of(&self, id: &str) -> Conflict {
        let mut versions = Vec::new();
        let own = self.assessment_path_unchecked(id);
        let copies: Vec<PathBuf> = files::yaml_files(&self.assessments_dir(), Links::Refuse)
            .unwrap_or_default()
            .into_iter()
            .filter(|p| conflict_copy_of(p).is_some_and(|(of, _)| of == id))
            .collect();
        let own_has_markers = holds_markers(&own);
        if !copies.is_empty() || own_has_markers {
            if std::fs::symlink_metadata(&own).is_ok() {
                versions.extend(read_versions(&own, id, None));
            }
            for copy in copies {
                let kind = conflict_copy_of(&copy).map(|(_, kind)| kind);
                versions.extend(read_versions(&copy, id, kind));
            }
        }
        Conflict {
            id: id.to_string(),
            versions,
        }
    }

    /// Merges every version of assessment `id` answer by answer, saves the merge as
    /// `<id>.yaml` and moves every version's file to the trash. Refused, with nothing
    /// changed, while a version cannot be read or a window edits the draft.
    pub fn merge_conflict(&self, id: &str) -> Result<MergeOutcome> {
        super::ids::check_id(id)?;
        let _lock = self.lock_draft(id)?;
        let conflict = self.conflict_of(id);
        if conflict.versions.is_empty() {
            return Err(invalid(tr!("store-no-conflict", id = id)));
        }
        let mut assessments = Vec::new();
        for version in &conflict.versions {
            match &version.assessment {
                Ok(assessment) => assessments.push(assessment.clone()),
                Err(why) => {
                    let file = format!("{}{}", version.path.display(), side_label(version.side));
                    return Err(invalid(tr!(
                        "store-merge-version-unreadable",
                        file = file,
                        problem = why.as_str()
                    )));
                }
            }
        }
        let questionnaire = self.questionnaire_for(&assessments[0].questionnaire)?;
        let merged = conflicts::merge(&assessments, &questionnaire.questionnaire)
            .map_err(|why| invalid(tr!("store-merge-refused", problem = why.to_string())))?;
        let mut files: Vec<&Path> = conflict.versions.iter().map(|v| v.path.as_path()).collect();
        files.dedup();
        let own = self.assessments_dir().join(format!("{id}.yaml"));
        let mut trashed = Vec::new();
        // The merge replaces the own file: a copy of it goes to the trash first, and the
        // conflict copies leave only once the merge is saved, so a failed save loses
        // nothing and leaves every version where it was.
        if files.contains(&own.as_path()) {
            trashed.push(self.copy_to_trash(&own, id)?);
        }
        self.save(&merged.assessment)?;
        for file in files.into_iter().filter(|f| *f != own.as_path()) {
            trashed.push(self.move_to_trash(file, id)?);
        }
        Ok(MergeOutcome {
            versions: conflict.versions,
            merged,
            trashed,
        })
    }
}

/// `(side 1)` for the second side of a file with git markers, and so on.
pub fn side_label(side: Option<usize>) -> String {
    match side {
        Some(0) => format!(" {}", tr!("store-side-first")),
        Some(_) => format!(" {}", tr!("store-side-second")),
        None => String::new(),
    }
}

/// Whether the file at `path` holds git conflict markers.
fn holds_markers(path: &Path) -> bool {
    files::read_limited(path, MAX_DOCUMENT_BYTES, Links::Refuse)
        .is_ok_and(|bytes| conflicts::has_markers(&String::from_utf8_lossy(&bytes)))
}

/// The versions one file holds: two for a file with git conflict markers, else one.
fn read_versions(path: &Path, id: &str, kind: Option<CopyKind>) -> Vec<ConflictVersion> {
    let version = |kind, side, assessment| ConflictVersion {
        path: path.to_path_buf(),
        kind,
        side,
        assessment,
    };
    let bytes = match files::read_limited(path, MAX_DOCUMENT_BYTES, Links::Refuse) {
        Ok(bytes) => bytes,
        Err(e) => return vec![version(kind, None, Err(e.describe()))],
    };
    let text = String::from_utf8_lossy(&bytes);
    if !conflicts::has_markers(&text) {
        return vec![version(
            kind,
            None,
            parse_assessment(&bytes, id, Trust::Checked),
        )];
    }
    match conflicts::split_sides(&text) {
        Ok(sides) => sides
            .iter()
            .enumerate()
            .map(|(side, text)| {
                // A side is rebuilt from the lines outside the markers and its own, and
                // git puts into those lines every change it could merge by itself (one
                // machine's edit of the setup, say): a side is then neither machine's
                // sealed file, and its checksum cannot match. Each side is read as it is;
                // what it holds is still checked as any assessment is.
                let parsed = parse_assessment(text.as_bytes(), id, Trust::AsIs);
                version(Some(CopyKind::GitMarkers), Some(side), parsed)
            })
            .collect(),
        Err(why) => vec![version(Some(CopyKind::GitMarkers), None, Err(why))],
    }
}

//! The only code that touches the data directory (and reads questionnaire files from disk).
//!
//! Layout of the data directory:
//! - `assessments/<id>.yaml`: one file per assessment;
//! - `questionnaires/<questionnaire-id>@<version>-<digest prefix>.yaml`: byte-identical
//!   copies of every questionnaire version an assessment used;
//! - `maps/`, `reports/`, `trash/`: ecosystem maps, reports written from the screens and
//!   removed assessments;
//! - `norms/<source>.yaml`: imported norms, checked on import and on every reading (`norms`).
//!
//! It holds only what a team may share. Per-machine state lives elsewhere (`state`):
//! `index.json`, `index-scores.json`, `index-noise.json`, caches of what listings show
//! (`index`); `<id>.lock`, held by the one window editing a draft (`lock`);
//! `rename-journal.json`, only while an organization is renamed or merged
//! (`organizations`), the plan of every file it rewrites.
//!
//! Every write is atomic and owner-only; a file that cannot be read is reported, never
//! rewritten, renamed or deleted. Nothing outside the data directory is read or written
//! through it: its directories must be real directories of the user (not symbolic
//! links), files are opened without following links, and only regular files are read,
//! without ever waiting on a FIFO (`files`, `error`).

mod atomic;
mod by_organization;
mod cleanup;
pub mod config;
mod conflicts;
mod error;
mod fault;
mod files;
mod folder_stamp;
mod ids;
mod index;
mod listing;
mod loaded_questionnaires;
mod lock;
mod map_listing;
mod maps;
mod norms;
mod organizations;
mod questionnaires;
mod reading;
mod reid;
mod repair;
mod reports;
mod sealed;
mod shared;
mod state;
mod translations;
mod trash;
mod versions;

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Report, Result, WrapErr};
use directories::ProjectDirs;

pub use atomic::{write_atomically, write_atomically_with, write_new_atomically};
pub use by_organization::OrganizationAssessments;
pub use conflicts::{Conflict, ConflictVersion, MergeOutcome, side_label};
pub use error::{AssessmentError, StoreError};
pub use fault::WriteFault;
pub use folder_stamp::FolderStamp;
pub use ids::is_safe_id;
pub use index::{
    FolderState, INDEX_FILE, NOISE_INDEX_FILE, ProgressSink, RebuildProgress, SCORES_INDEX_FILE,
    SHOW_PROGRESS_AFTER,
};
pub use listing::{Summaries, Summary, draft_to_resume};
pub use loaded_questionnaires::LoadedQuestionnaires;
pub use lock::DraftLock;
pub use map_listing::MapSummary;
pub use maps::map_version_name;
pub use norms::{ImportedNorms, read_norms_file};
pub use organizations::{JOURNAL_FILE, OLD_JOURNAL_FILE, OrganizationError, Renamed};
pub use questionnaires::{
    questionnaire_catalog, questionnaires_in, read_questionnaire_file, user_questionnaires,
};
use reading::{id_of_file, name_problem, read_assessment, why_unreadable};
pub use reid::Reided;
pub use repair::Repaired;
pub use shared::{SharedFile, SharedFileChange, write_shared_files};
pub use state::{DATA_DIR_NOTE, STATE_DIR_VAR, StateDirs};
pub use translations::{
    CheckedTranslation, InLanguage, in_language, is_translation_file, languages_of,
    read_translation_file, shown, source_language,
};
pub use trash::{TrashListing, Trashed};
pub use versions::{FileVersion, SaveConflict};

use crate::assessment::{Assessment, Timestamp};
use crate::error::InvalidInput;
use crate::tr;
use crate::yaml;
use files::{Links, ReadError};

/// A problem with one file that was skipped (never rewritten or deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub message: String,
}

impl Problem {
    /// Whether the file is a version of an assessment in conflict (a sync tool's
    /// conflict copy or a file with git conflict markers): `ecoready conflicts` merges it.
    pub fn is_conflict(&self) -> bool {
        self.message.contains(reading::conflict_hint_mark())
    }
}

/// How many of `problems` are conflicts.
pub fn conflict_count(problems: &[Problem]) -> usize {
    problems.iter().filter(|p| p.is_conflict()).count()
}

/// Every assessment that could be read, and the files that could not.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    /// Readable assessments, newest `started_at` first.
    pub assessments: Vec<Assessment>,
    /// Files that were skipped.
    pub problems: Vec<Problem>,
    /// Why the directory of assessments could not be listed at all (then there are no
    /// assessments, which says nothing about what it holds).
    pub unreadable: Option<StoreError>,
}

impl Listing {
    /// The listing, or why the directory of assessments could not be listed.
    pub fn readable(self) -> Result<Self, StoreError> {
        match self.unreadable {
            Some(error) => Err(error),
            None => Ok(self),
        }
    }
}

/// The data directory.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// Where this machine keeps the data directory's caches, locks and rename journal.
    state: StateDirs,
    /// Set only by tests ([`Store::with_write_fault`]).
    write_fault: Option<WriteFault>,
    /// Set only by tests ([`Store::with_step_pause`]).
    step_pause: Option<std::time::Duration>,
    /// Where listings say how far a long rebuild of the index got, if anywhere.
    rebuild_progress: Option<RebuildProgress>,
}

impl Store {
    /// Opens (creating if needed, owner-only) the data directory at `root`.
    /// Its per-machine state goes to [`StateDirs::for_data_dir`].
    pub fn open(root: impl Into<PathBuf>) -> Result<Self> {
        Self::open_with_state(root.into(), None)
    }

    /// Like [`Store::open`], with the per-machine state inside `state_base` (as
    /// `ECOREADY_STATE_DIR` would put it): tests keep it in their sandbox.
    pub fn open_with_state_dir(root: impl Into<PathBuf>, state_base: &Path) -> Result<Self> {
        Self::open_with_state(root.into(), Some(state_base))
    }

    fn open_with_state(root: PathBuf, state_base: Option<&Path>) -> Result<Self> {
        // Looked up only on a failure: the store messages are not read otherwise.
        let context = || tr!("store-open-failed");
        atomic::create_private_root(&root).wrap_err_with(context)?;
        let state = match state_base {
            Some(base) => StateDirs::under(base, &root),
            None => StateDirs::for_data_dir(&root)?,
        };
        state.create(&root)?;
        let store = Self {
            root,
            state,
            write_fault: None,
            step_pause: None,
            rebuild_progress: None,
        };
        for dir in [store.assessments_dir(), store.questionnaires_dir()] {
            atomic::create_private_dir(&dir).wrap_err_with(context)?;
        }
        store.remove_stale_temporaries();
        store.remove_old_machine_state();
        // Before anything is listed: a rename a killed run left half done is finished.
        store.finish_interrupted_rename()?;
        Ok(store)
    }

    /// The platform's data directory for ecoready.
    pub fn default_root() -> Result<PathBuf> {
        project_dirs()
            .map(|dirs| dirs.data_dir().to_path_buf())
            .ok_or_else(|| color_eyre::eyre::eyre!("{}", tr!("store-no-data-directory")))
    }

    /// The directory this store works in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where this machine keeps the data directory's per-machine state.
    pub fn state_dirs(&self) -> &StateDirs {
        &self.state
    }

    /// The directory holding one file per assessment.
    pub fn assessments_dir(&self) -> PathBuf {
        self.root.join("assessments")
    }

    /// The directory holding copies of the questionnaires assessments used.
    pub fn questionnaires_dir(&self) -> PathBuf {
        self.root.join("questionnaires")
    }

    /// A fresh, unused assessment id for an assessment started at `at`:
    /// `YYYYMMDD-HHMMSSZ-` and 16 hex characters, the moment in UTC and 64 random bits
    /// (`ids`), so ids made on different machines do not collide.
    pub fn new_id(&self, at: &Timestamp) -> String {
        let mut attempt: u64 = 0;
        loop {
            let mut id = ids::candidate_id(at);
            // Only reachable with tens of thousands of assessments started in one second;
            // the growing number makes the search end even then.
            if attempt >= 1024 {
                id = format!("{id}-{attempt}");
            }
            if std::fs::symlink_metadata(self.assessment_path_unchecked(&id)).is_err() {
                return id;
            }
            attempt += 1;
        }
    }

    /// Saves an assessment atomically as `assessments/<id>.yaml`, readable by the owner
    /// only. The questionnaire copy is kept separately with [`Store::keep_questionnaire`].
    pub fn save(&self, assessment: &Assessment) -> Result<()> {
        self.save_versioned(assessment).map(|_| ())
    }

    /// [`Store::save`] whatever the file holds now, returning what it holds after.
    pub fn save_versioned(&self, assessment: &Assessment) -> Result<FileVersion> {
        let path = self.assessment_path(&assessment.id)?;
        // Checked again at every save: a long session may outlive what `open` saw (a
        // sync client can replace a folder), and one look costs little.
        atomic::check_dir(&self.assessments_dir(), false)?;
        self.check_write(&path)?;
        let text = sealed_assessment(assessment)
            .wrap_err_with(|| tr!("store-yaml-failed", id = &assessment.id))?;
        write_atomically(&path, text.as_bytes())?;
        Ok(FileVersion::of_bytes(text.as_bytes()))
    }

    /// Loads the assessment with exactly this id.
    pub fn load(&self, id: &str) -> Result<Assessment> {
        let path = self.assessment_path(id)?;
        // Invalid input (exit 2) as any stored file that cannot be used; a refused
        // entry's message names the path itself.
        read_assessment(&path, id).map_err(|e| match e {
            ReadError::Refused(refused) => invalid(refused.to_string()),
            other => invalid(format!("{}: {}", path.display(), other.describe())),
        })
    }

    /// The full id of the one assessment whose id starts with `prefix` (an exact match
    /// wins); an unsafe prefix, no match or several matches are errors callers can match.
    pub fn resolve(&self, prefix: &str) -> Result<String, AssessmentError> {
        ids::check_id(prefix)?;
        let files = files::yaml_files(&self.assessments_dir(), Links::Refuse)?;
        let mut matches: Vec<String> = files
            .iter()
            .filter_map(|path| id_of_file(path))
            .filter(|id| id.starts_with(prefix))
            .collect();
        if matches.iter().any(|id| id == prefix) {
            return Ok(prefix.to_string());
        }
        match matches.len() {
            0 => Err(AssessmentError::NotFound {
                wanted: prefix.to_string(),
                by_prefix: true,
            }),
            1 => Ok(matches.remove(0)),
            _ => Err(AssessmentError::Ambiguous {
                prefix: prefix.to_string(),
                candidates: matches,
            }),
        }
    }

    /// Every assessment, newest first, and the files that could not be read.
    pub fn list(&self) -> Listing {
        let mut listing = Listing::default();
        let files = match files::yaml_files(&self.assessments_dir(), Links::Refuse) {
            Ok(files) => files,
            Err(unreadable) => {
                listing.unreadable = Some(unreadable);
                return listing;
            }
        };
        for path in files {
            let outcome = match id_of_file(&path) {
                Some(id) => read_assessment(&path, &id).map_err(|e| e.describe()),
                None => Err(name_problem(&path)),
            };
            match outcome {
                Ok(assessment) => listing.assessments.push(assessment),
                Err(message) => listing.problems.push(Problem { path, message }),
            }
        }
        listing.assessments.sort_by(|a, b| {
            b.started_at
                .cmp(&a.started_at)
                .then_with(|| b.id.cmp(&a.id))
        });
        listing
    }

    /// `assessments/<id>.yaml`, after checking that `id` is a safe file name.
    fn assessment_path(&self, id: &str) -> Result<PathBuf, AssessmentError> {
        ids::check_id(id)?;
        Ok(self.assessment_path_unchecked(id))
    }

    fn assessment_path_unchecked(&self, id: &str) -> PathBuf {
        self.assessments_dir().join(format!("{id}.yaml"))
    }
}

/// The file text of `assessment`: the current format version (an older assessment saved
/// again gains the checksum line, so it is one of the current version) and its checksum.
fn sealed_assessment(assessment: &Assessment) -> Result<String, yaml::YamlError> {
    if assessment.schema_version >= crate::assessment::SCHEMA_VERSION {
        return sealed::sealed_yaml(assessment);
    }
    let current = Assessment {
        schema_version: crate::assessment::SCHEMA_VERSION,
        ..assessment.clone()
    };
    sealed::sealed_yaml(&current)
}

fn invalid(message: String) -> Report {
    Report::new(InvalidInput(message))
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("org", "ecoready", "ecoready")
}

/// The platform's config directory for ecoready (user questionnaires live in its
/// `questionnaires/` subdirectory), if the platform has one.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().to_path_buf())
}

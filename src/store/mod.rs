//! The only code that touches the data directory (and reads questionnaire files from disk).

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, eyre};

use crate::assessment::{Assessment, QuestionnaireRef, Timestamp};
use crate::questionnaire::{Loaded, Questionnaire};

/// A problem with one file that was skipped (never rewritten or deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub message: String,
}

/// Every assessment that could be read, and the files that could not.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    /// Readable assessments, newest `started_at` first.
    pub assessments: Vec<Assessment>,
    /// Files that were skipped.
    pub problems: Vec<Problem>,
}

/// The data directory.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// Opens (creating if needed, owner-only) the data directory at `root`.
    pub fn open(root: impl Into<PathBuf>) -> Result<Self> {
        Ok(Self { root: root.into() })
    }

    /// The platform's data directory for ecoready.
    pub fn default_root() -> Result<PathBuf> {
        Err(eyre!("not written yet"))
    }

    /// The directory this store works in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A fresh, unused assessment id for an assessment started at `at`.
    pub fn new_id(&self, _at: &Timestamp) -> String {
        String::new()
    }

    /// Saves an assessment atomically.
    pub fn save(&self, _assessment: &Assessment) -> Result<()> {
        Err(eyre!("not written yet"))
    }

    /// Loads the assessment with exactly this id.
    pub fn load(&self, _id: &str) -> Result<Assessment> {
        Err(eyre!("not written yet"))
    }

    /// The full id of the one assessment whose id starts with `prefix`.
    pub fn resolve(&self, _prefix: &str) -> Result<String> {
        Err(eyre!("not written yet"))
    }

    /// Every assessment, newest first, and the files that could not be read.
    pub fn list(&self) -> Listing {
        Listing::default()
    }

    /// Keeps a copy of a questionnaire version that an assessment uses.
    pub fn keep_questionnaire(&self, _questionnaire: &Questionnaire, _text: &str) -> Result<()> {
        Err(eyre!("not written yet"))
    }

    /// The exact questionnaire an assessment used, with its text.
    pub fn questionnaire_for(&self, _reference: &QuestionnaireRef) -> Result<Loaded> {
        Err(eyre!("not written yet"))
    }
}

/// Reads and validates a questionnaire file.
pub fn read_questionnaire_file(path: &Path) -> Result<Loaded> {
    Err(eyre!("not written yet: {}", path.display()))
}

/// Questionnaires in the user's config directory (`<config>/questionnaires/*.yaml`), and
/// the files there that could not be loaded.
pub fn user_questionnaires() -> (Vec<Loaded>, Vec<Problem>) {
    (Vec::new(), Vec::new())
}

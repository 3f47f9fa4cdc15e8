//! The non-interactive commands.

use std::path::PathBuf;

use color_eyre::eyre::{Result, eyre};

use crate::questionnaire::Loaded;
use crate::store::Store;

/// The questionnaire `ecoready new --questionnaire` names (an id or a file), or the default.
pub fn choose_questionnaire(_wanted: Option<&str>) -> Result<Loaded> {
    Err(eyre!("not written yet"))
}

/// The id of the draft to resume: the given prefix resolved, or the most recent draft.
pub fn draft_to_resume(_store: &Store, _prefix: Option<&str>) -> Result<String> {
    Err(eyre!("not written yet"))
}

/// `ecoready list`.
pub fn list(_store: &Store, _org: Option<&str>, _json: bool) -> Result<u8> {
    Err(eyre!("not written yet"))
}

/// `ecoready show`.
pub fn show(_store: &Store, _id: &str, _json: bool) -> Result<u8> {
    Err(eyre!("not written yet"))
}

/// `ecoready questionnaires`.
pub fn questionnaires(_json: bool) -> Result<u8> {
    Err(eyre!("not written yet"))
}

/// `ecoready validate`.
pub fn validate(_files: &[PathBuf]) -> Result<u8> {
    Err(eyre!("not written yet"))
}

//! Correcting an assessment without losing its history, the same from the wizard and
//! the command line: editing its setup and reopening it to change answers. Both take the
//! assessment's lock first (a draft open in another window is refused, and two windows
//! never amend one file at once) and save through the store's atomic write; what changed
//! after completion goes into the file's amendment log (see [`Amendment`]).
//!
//! [`Amendment`]: crate::assessment::Amendment

use color_eyre::eyre::Result;

use super::{DraftLocks, Opened};
use crate::assessment::{Assessment, Setup, SetupField, now};
use crate::error::InvalidInput;
use crate::limits::{self, TextLimit};
use crate::store::Store;

/// An assessment whose setup was edited, and how many fields changed.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupEdited {
    /// The assessment as saved.
    pub assessment: Assessment,
    /// Fields whose value changed (none: nothing was written).
    pub changed: Vec<SetupField>,
}

/// Every setup field with its limit, as the Setup screen and the flags check them.
pub fn setup_fields(setup: &Setup) -> [(&str, TextLimit); 6] {
    [
        (setup.organization.name.as_str(), limits::ORGANIZATION),
        (setup.organization.sector.as_str(), limits::SECTOR),
        (setup.respondent.name.as_str(), limits::RESPONDENT),
        (setup.respondent.role.as_str(), limits::ROLE),
        (setup.advisor.as_deref().unwrap_or(""), limits::ADVISOR),
        (setup.round.as_deref().unwrap_or(""), limits::ROUND),
    ]
}

/// Refuses a setup whose fields or reason are longer than their limits, or without an
/// organization name (every listing groups by it).
pub fn check_setup(setup: &Setup, reason: Option<&str>) -> Result<(), InvalidInput> {
    if setup.organization.name.trim().is_empty() {
        return Err(InvalidInput("the organization name cannot be empty".into()));
    }
    for (text, limit) in setup_fields(setup) {
        limit.check(text).map_err(InvalidInput)?;
    }
    limits::REASON
        .check(reason.unwrap_or(""))
        .map_err(InvalidInput)
}

/// Edits the setup of assessment `id` (a draft or a complete one): `change` gets the
/// current setup and returns the new one; on an assessment completed before, each field
/// that changes is logged with `reason`. Nothing is written when nothing changed.
pub fn edit_setup(
    store: &Store,
    id: &str,
    change: impl FnOnce(Setup) -> Setup,
    reason: Option<String>,
    locks: &mut DraftLocks,
) -> Result<SetupEdited> {
    locks.acquire(store, id)?;
    let mut assessment = read_to_change(store, id, locks)?;
    let setup = change(assessment.setup());
    check_setup(&setup, reason.as_deref())?;
    let changed = assessment
        .edit_setup(setup, reason, now())
        .map_err(|refusal| InvalidInput(format!("assessment {id} cannot be edited: {refusal}")))?;
    if !changed.is_empty() {
        locks.save(store, &assessment)?;
    }
    Ok(SetupEdited {
        assessment,
        changed,
    })
}

/// Reopens complete assessment `id` to change its answers, saved as a draft whose walk
/// starts at the first question; the caller holds its lock until it is completed again.
pub fn reopen(
    store: &Store,
    id: &str,
    reason: Option<String>,
    locks: &mut DraftLocks,
) -> Result<Opened> {
    limits::REASON
        .check(reason.as_deref().unwrap_or(""))
        .map_err(InvalidInput)?;
    locks.acquire(store, id)?;
    let mut assessment = read_to_change(store, id, locks)?;
    let questionnaire = store.questionnaire_for(&assessment.questionnaire)?;
    assessment
        .reopen(&questionnaire.questionnaire, reason, now())
        .map_err(|refusal| {
            InvalidInput(format!("assessment {id} cannot be reopened: {refusal}"))
        })?;
    locks.save(store, &assessment)?;
    // Reopened, it is answered again: in the language of its answers.
    let questionnaire = super::as_opened(&questionnaire, &assessment);
    Ok(Opened {
        assessment,
        questionnaire,
    })
}

/// Reads assessment `id` to change it. The save that follows checks the file against
/// what this window last read or wrote of it, or (a window that has not, or a one-shot
/// command) against what is read here: a version that arrived in between is never
/// overwritten.
fn read_to_change(store: &Store, id: &str, locks: &mut DraftLocks) -> Result<Assessment> {
    let (assessment, version) = store.load_versioned(id)?;
    if locks.known_version(id).is_none() {
        locks.remember(id, version);
    }
    Ok(assessment)
}

#[cfg(test)]
mod tests;

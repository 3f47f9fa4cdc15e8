//! Where a wizard run begins, and creating or opening the assessment it answers.

use color_eyre::eyre::Result;

use super::DraftLocks;
use crate::assessment::{Assessment, Setup, Status, now};
use crate::error::InvalidInput;
use crate::questionnaire::Loaded;
use crate::store::{Store, StoreError};

/// Where the wizard starts.
#[derive(Debug, Clone)]
pub enum Start {
    /// The home screen.
    Home,
    /// The setup screen for a new assessment, prefilled.
    New {
        /// Prefilled setup fields.
        setup: Setup,
        /// The questionnaire to use.
        questionnaire: Box<Loaded>,
    },
    /// Continue the draft with this id.
    Resume(String),
}

/// An assessment together with the exact questionnaire it uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The assessment.
    pub assessment: Assessment,
    /// Its questionnaire.
    pub questionnaire: Loaded,
}

/// Starts a new draft with `questionnaire` and saves it, with a copy of the questionnaire
/// kept beside it. Locked before it is first saved: no other window can open it meanwhile.
pub fn create(
    store: &Store,
    setup: Setup,
    questionnaire: Loaded,
    locks: &mut DraftLocks,
) -> Result<Opened> {
    let at = now();
    let id = store.new_id(&at);
    locks.acquire(store, &id)?;
    let assessment = Assessment::start(
        id,
        setup,
        &questionnaire.questionnaire,
        &questionnaire.digest,
        at,
    );
    store.keep_questionnaire(&questionnaire.questionnaire, &questionnaire.text)?;
    store.save(&assessment)?;
    Ok(Opened {
        assessment,
        questionnaire,
    })
}

/// Opens assessment `id` with the exact questionnaire it uses. A draft is opened only as
/// its one editor (a draft open in another window is refused); a complete assessment is
/// only looked at, so it may be open in several windows.
pub fn open(store: &Store, id: &str, locks: &mut DraftLocks) -> Result<Opened> {
    // The lock comes first, so what is read is what the draft's last editor saved.
    let locked = locks.acquire(store, id);
    let assessment = store.load(id)?;
    if assessment.status == Status::Draft {
        locked?;
    }
    let questionnaire = store.questionnaire_for(&assessment.questionnaire)?;
    Ok(Opened {
        assessment,
        questionnaire,
    })
}

/// Refuses, as bad input, to continue an assessment that is complete: its results are
/// shown instead.
pub fn ensure_draft(assessment: &Assessment) -> Result<()> {
    if assessment.status == Status::Complete {
        let id = &assessment.id;
        return Err(InvalidInput(format!(
            "assessment {id} is complete; `ecoready show {id}` shows its results"
        ))
        .into());
    }
    Ok(())
}

/// The most recently changed draft (from the index), or why the assessments cannot be
/// listed at all.
pub fn latest_draft(store: &Store) -> Result<Option<String>, StoreError> {
    let listing = store.summaries().readable()?;
    Ok(listing.latest_draft().map(|a| a.id.clone()))
}

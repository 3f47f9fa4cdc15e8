//! Where a wizard run begins, and creating or opening the assessment it answers.

use color_eyre::eyre::Result;

use super::DraftLocks;
use crate::assessment::{Assessment, Setup, Status, now};
use crate::error::InvalidInput;
use crate::questionnaire::Loaded;
use crate::store::{FileVersion, Store, StoreError};

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

/// An assessment together with the exact questionnaire it uses, its texts in the language
/// the wizard shows it in ([`super::as_opened`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The assessment.
    pub assessment: Assessment,
    /// Its questionnaire.
    pub questionnaire: Loaded,
}

/// Starts a new draft with `questionnaire` and saves it, with a copy of the questionnaire
/// kept beside it. A translated `questionnaire` ([`crate::store::in_language`]) makes a
/// draft answered in its language (its copy is the source's text). Locked before it is first saved: no other window can open it meanwhile.
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
    // A new id: no file may be there yet (one arriving meanwhile is not overwritten).
    locks.remember(&assessment.id, FileVersion::Absent);
    locks.save(store, &assessment)?;
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
    let (assessment, version) = store.load_versioned(id)?;
    // Every later save of this window checks that the file still holds what was read.
    locks.remember(id, version);
    if assessment.status == Status::Draft {
        locked?;
    }
    let source = store.questionnaire_for(&assessment.questionnaire)?;
    let questionnaire = super::as_opened(&source, &assessment);
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

/// What a new assessment started from Home starts with: the configured advisor `me`
/// interviewing, as `ecoready new` without `--advisor` (none configured: the defaults).
pub fn new_setup(me: Option<&str>) -> crate::assessment::Setup {
    let mut setup = crate::assessment::Setup::default();
    if let Some(me) = me {
        setup.advisor = Some(me.to_string());
        setup.mode = crate::assessment::Mode::Interview;
    }
    setup
}

/// The draft to resume without an id (from the index; the configured advisor `me`'s own
/// first, see [`crate::store::draft_to_resume`]) with what to say of whose it is, or why
/// the assessments cannot be listed at all.
pub fn latest_draft(
    store: &Store,
    me: Option<&str>,
) -> Result<Option<(String, Option<String>)>, StoreError> {
    let listing = store.summaries().readable()?;
    Ok(listing.draft_to_resume(me).map(|a| {
        let note = crate::strings::whose_draft(a.advisor.as_deref(), &a.organization.name, me);
        (a.id.clone(), note)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::exit_code;
    use crate::questionnaire::builtin;
    use crate::store::AssessmentError;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        (dir, store)
    }

    fn new_draft(store: &Store, locks: &mut DraftLocks) -> Opened {
        let quick = builtin("quick-check").unwrap();
        create(store, Setup::default(), quick, locks).unwrap()
    }

    fn busy(error: &color_eyre::eyre::Report) -> bool {
        error
            .chain()
            .any(|e| matches!(e.downcast_ref(), Some(AssessmentError::DraftBusy { .. })))
    }

    #[test]
    fn a_new_draft_is_saved_and_locked_for_its_one_editor() {
        let (_dir, store) = store();
        let mut locks = DraftLocks::enabled();
        let opened = new_draft(&store, &mut locks);
        let id = &opened.assessment.id;
        assert_eq!(store.load(id).unwrap(), opened.assessment);
        assert!(matches!(
            store.lock_draft(id),
            Err(AssessmentError::DraftBusy { .. })
        ));
    }

    #[test]
    fn a_draft_open_elsewhere_is_refused_but_a_complete_one_may_be_viewed() {
        let (_dir, store) = store();
        let mut first = DraftLocks::enabled();
        let mut opened = new_draft(&store, &mut first);
        let id = opened.assessment.id.clone();
        let refused = open(&store, &id, &mut DraftLocks::enabled()).unwrap_err();
        assert!(busy(&refused), "{refused:#}");

        opened
            .assessment
            .complete(&opened.questionnaire.questionnaire, now());
        store.save(&opened.assessment).unwrap();
        let viewed = open(&store, &id, &mut DraftLocks::enabled()).unwrap();
        assert_eq!(viewed.assessment.status, Status::Complete);
        assert_eq!(viewed.questionnaire.digest, opened.questionnaire.digest);
    }

    #[test]
    fn a_complete_assessment_is_not_continued() {
        let (_dir, store) = store();
        let mut opened = new_draft(&store, &mut DraftLocks::disabled());
        assert!(ensure_draft(&opened.assessment).is_ok());
        opened
            .assessment
            .complete(&opened.questionnaire.questionnaire, now());
        let refused = ensure_draft(&opened.assessment).unwrap_err();
        let id = &opened.assessment.id;
        assert_eq!(
            refused.to_string(),
            format!("assessment {id} is complete; `ecoready show {id}` shows its results")
        );
        assert_eq!(exit_code(&refused), crate::error::EXIT_INVALID);
    }

    #[test]
    fn the_latest_draft_is_the_one_changed_last() {
        let (_dir, store) = store();
        assert_eq!(latest_draft(&store, None).unwrap(), None);
        let mut locks = DraftLocks::disabled();
        let first = new_draft(&store, &mut locks);
        let mut second = new_draft(&store, &mut locks);
        assert_ne!(first.assessment.id, second.assessment.id);
        second
            .assessment
            .complete(&second.questionnaire.questionnaire, now());
        store.save(&second.assessment).unwrap();
        assert_eq!(
            latest_draft(&store, None).unwrap(),
            Some((first.assessment.id, None))
        );
    }
}

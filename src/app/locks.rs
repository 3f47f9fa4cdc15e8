//! Which draft this window holds the lock of, and saving only what it holds: a lock is
//! taken when a draft is opened or created and let go when the user leaves it (everything
//! they changed was saved while it was held). A lock only keeps out the windows of one
//! machine, so the window also remembers what the file held when it read or last wrote
//! it, and a save finding anything else there (a sync or pull brought another version,
//! or the draft was removed elsewhere) is refused with a [`SaveConflict`].
//!
//! [`SaveConflict`]: crate::store::SaveConflict

use color_eyre::eyre::Result;

use crate::assessment::Assessment;
use crate::store::{AssessmentError, DraftLock, FileVersion, Store};

/// The window's draft lock, or no locking at all (headless tests drive the wizard alone).
#[derive(Debug)]
pub struct DraftLocks {
    enabled: bool,
    held: Option<DraftLock>,
    /// The assessment this window last read or wrote, and what its file held then
    /// (remembered with locking on or off: files change underneath headless tests too).
    known: Option<(String, FileVersion)>,
}

impl DraftLocks {
    /// Locking as the real wizards do it.
    pub fn enabled() -> Self {
        Self {
            enabled: true,
            held: None,
            known: None,
        }
    }

    /// No locking: every draft may be opened and saved.
    pub fn disabled() -> Self {
        Self {
            enabled: false,
            held: None,
            known: None,
        }
    }

    /// Takes the lock of draft `id` (a lock held on another draft is let go); the error
    /// says which process holds it.
    pub fn acquire(&mut self, store: &Store, id: &str) -> Result<(), AssessmentError> {
        if !self.enabled || self.holds(id) {
            return Ok(());
        }
        self.held = Some(store.lock_draft(id)?);
        Ok(())
    }

    /// Whether the window may write assessment `id`: only while holding its lock, so a
    /// window that left a draft never overwrites what another window did with it since.
    pub fn may_save(&self, id: &str) -> bool {
        !self.enabled || self.holds(id)
    }

    /// Remembers that assessment `id`'s file held `version` when this window read or
    /// wrote it: the next save checks that it still does.
    pub fn remember(&mut self, id: &str, version: FileVersion) {
        self.known = Some((id.to_string(), version));
    }

    /// Forgets what this window knew of assessment `id`'s file: its next change is made
    /// to what is read then.
    pub fn forget(&mut self, id: &str) {
        if self.known_version(id).is_some() {
            self.known = None;
        }
    }

    /// What this window last read or wrote of assessment `id`, if it remembers it.
    pub fn known_version(&self, id: &str) -> Option<&FileVersion> {
        self.known
            .as_ref()
            .filter(|(known, _)| known == id)
            .map(|(_, version)| version)
    }

    /// Saves `assessment` if the window may write it (see [`DraftLocks::may_save`]);
    /// otherwise leaves the file as it is. When the window remembers what the file held
    /// ([`DraftLocks::remember`]) and it holds something else now, nothing is written
    /// and the error is a [`crate::store::SaveConflict`].
    pub fn save(&mut self, store: &Store, assessment: &Assessment) -> Result<()> {
        if !self.may_save(&assessment.id) {
            return Ok(());
        }
        let written = match self.known_version(&assessment.id) {
            Some(expected) => store.save_unless_changed(assessment, expected)?,
            // Never read through this window (a session made in a test): nothing to
            // compare with, and from now on its saves are checked.
            None => store.save_versioned(assessment)?,
        };
        self.remember(&assessment.id, written);
        Ok(())
    }

    /// Saves `assessment` whatever its file holds now (the user chose to, after a
    /// [`crate::store::SaveConflict`]), remembering what was written.
    pub fn save_over(&mut self, store: &Store, assessment: &Assessment) -> Result<()> {
        if self.may_save(&assessment.id) {
            let written = store.save_versioned(assessment)?;
            self.remember(&assessment.id, written);
        }
        Ok(())
    }

    /// Lets the lock go unless it is the lock of `editing`, the draft the user is still on.
    pub fn keep_only(&mut self, editing: Option<&str>) {
        if self.held.as_ref().map(DraftLock::id) != editing {
            self.held = None;
        }
    }

    fn holds(&self, id: &str) -> bool {
        self.held.as_ref().is_some_and(|lock| lock.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Setup, now};
    use crate::questionnaire::builtin;

    fn saved_draft(store: &Store, id: &str) -> Assessment {
        let quick = builtin("quick-check").unwrap();
        let q = &quick.questionnaire;
        let assessment = Assessment::start(id.into(), Setup::default(), q, &quick.digest, now());
        store.save(&assessment).unwrap();
        assessment
    }

    #[test]
    fn a_window_saves_only_the_draft_whose_lock_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut draft = saved_draft(&store, "20260301-090000-aaaa");
        let mut locks = DraftLocks::enabled();
        locks.acquire(&store, &draft.id).unwrap();
        draft.position = 3;
        locks.save(&store, &draft).unwrap();
        assert_eq!(store.load(&draft.id).unwrap().position, 3);

        // Left: another window may have it now, so nothing is written over it.
        locks.keep_only(None);
        assert!(!locks.may_save(&draft.id));
        let other_window = store.lock_draft(&draft.id).unwrap();
        draft.position = 5;
        locks.save(&store, &draft).unwrap();
        assert_eq!(store.load(&draft.id).unwrap().position, 3);
        drop(other_window);
    }

    #[test]
    fn the_lock_of_the_draft_being_edited_is_kept_and_a_new_one_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let (a, b) = ("20260301-090000-aaaa", "20260301-090000-bbbb");
        let mut locks = DraftLocks::enabled();
        locks.acquire(&store, a).unwrap();
        locks.keep_only(Some(a));
        assert!(locks.may_save(a));
        assert!(store.lock_draft(a).is_err(), "still held");
        locks.acquire(&store, b).unwrap();
        assert!(locks.may_save(b) && !locks.may_save(a));
        drop(store.lock_draft(a).unwrap());
    }

    #[test]
    fn a_window_never_saves_over_a_version_that_arrived_underneath_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut draft = saved_draft(&store, "20260301-090000-cccc");
        let mut locks = DraftLocks::disabled();
        let (_, read) = store.load_versioned(&draft.id).unwrap();
        locks.remember(&draft.id, read);
        draft.position = 1;
        locks.save(&store, &draft).unwrap();
        draft.position = 2;
        locks.save(&store, &draft).unwrap();
        // A sync brings another version: the next save is refused and leaves it.
        let mut theirs = draft.clone();
        theirs.position = 7;
        store.save(&theirs).unwrap();
        draft.position = 3;
        let refused = locks.save(&store, &draft).unwrap_err();
        assert!(matches!(
            refused.downcast_ref::<crate::store::SaveConflict>(),
            Some(crate::store::SaveConflict::Changed { .. })
        ));
        assert_eq!(store.load(&draft.id).unwrap().position, 7);
        // Saved over on purpose, the window's own saves go on from there.
        locks.save_over(&store, &draft).unwrap();
        draft.position = 4;
        locks.save(&store, &draft).unwrap();
        assert_eq!(store.load(&draft.id).unwrap().position, 4);
    }

    #[test]
    fn without_locking_every_draft_may_be_saved() {
        let locks = DraftLocks::disabled();
        assert!(locks.may_save("20260301-090000-aaaa"));
    }
}

//! Which draft this window holds the lock of, and saving only what it holds: a lock is
//! taken when a draft is opened or created and let go when the user leaves it (everything
//! they changed was saved while it was held).

use color_eyre::eyre::Result;

use crate::assessment::Assessment;
use crate::store::{AssessmentError, DraftLock, Store};

/// The window's draft lock, or no locking at all (headless tests drive the wizard alone).
#[derive(Debug)]
pub struct DraftLocks {
    enabled: bool,
    held: Option<DraftLock>,
}

impl DraftLocks {
    /// Locking as the real wizards do it.
    pub fn enabled() -> Self {
        Self {
            enabled: true,
            held: None,
        }
    }

    /// No locking: every draft may be opened and saved.
    pub fn disabled() -> Self {
        Self {
            enabled: false,
            held: None,
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

    /// Saves `assessment` if the window may write it (see [`DraftLocks::may_save`]);
    /// otherwise leaves the file as it is.
    pub fn save(&self, store: &Store, assessment: &Assessment) -> Result<()> {
        if self.may_save(&assessment.id) {
            store.save(assessment)?;
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
    fn without_locking_every_draft_may_be_saved() {
        let locks = DraftLocks::disabled();
        assert!(locks.may_save("20260301-090000-aaaa"));
    }
}

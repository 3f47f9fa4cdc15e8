//! Which draft this wizard holds the lock of: taken when a draft is opened or created,
//! kept while the user is on its questions, review or results, and let go when they leave
//! it (everything they changed was saved while the lock was held).

use color_eyre::eyre::Result;

use super::app::{App, Screen};
use crate::store::{DraftLock, Store};

/// The shell's draft lock, or no locking at all (headless tests drive the loop alone).
#[derive(Debug)]
pub struct DraftLocks {
    enabled: bool,
    held: Option<DraftLock>,
}

impl DraftLocks {
    /// Locking as the real wizard does it.
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
    pub fn acquire(&mut self, store: &Store, id: &str) -> Result<()> {
        if !self.enabled || self.holds(id) {
            return Ok(());
        }
        self.held = Some(store.lock_draft(id)?);
        Ok(())
    }

    /// Whether the wizard may write draft `id`: only while holding its lock, so a window
    /// that left a draft never overwrites what another window did with it since.
    pub fn may_save(&self, id: &str) -> bool {
        !self.enabled || self.holds(id)
    }

    /// Lets the lock go unless the user is still on the locked draft's screens.
    pub fn release_unless_editing(&mut self, app: &App) {
        let Some(lock) = &self.held else {
            return;
        };
        let on_it = app
            .session
            .as_ref()
            .is_some_and(|s| s.assessment.id == lock.id());
        let editing = matches!(app.screen, Screen::Wizard(_) | Screen::Results(_));
        if !(on_it && editing) {
            self.held = None;
        }
    }

    fn holds(&self, id: &str) -> bool {
        self.held.as_ref().is_some_and(|lock| lock.id() == id)
    }
}

//! Leaving the program at once (Ctrl-C, a signal): what is open is saved first.

use super::{App, Effect};
use crate::assessment::Status;
use crate::tui::screens::{map, question};

impl App {
    /// Leaves at once; an open note is kept and the draft saved first, and a save that
    /// failed is tried once more.
    pub(super) fn quit(&mut self) {
        self.place_before = None;
        let retry = self.save_problem.as_ref().map(|p| p.retry.clone());
        if let Some(session) = &mut self.session {
            let draft = session.assessment.status == Status::Draft;
            if draft {
                question::commit_note(session);
            }
            // A finished assessment whose save failed is saved like a draft.
            if draft || retry == Some(Effect::Save) {
                self.effects.push(Effect::Save);
            }
        }
        if let Some(retry) = retry.filter(|r| *r != Effect::Save) {
            self.effects.push(retry);
        }
        map::on_quit(self);
        self.running = false;
    }
}

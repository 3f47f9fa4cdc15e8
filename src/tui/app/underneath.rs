//! The open draft changed or vanished on disk (a sync, a pull, a removal elsewhere): the
//! panel that says so waits for a choice (`app::underneath` carries it out), and the
//! tick that lists Home and History again when files arrive or leave underneath them.

use super::{App, Effect, Screen};
use crate::app::underneath::{Resolution, Resolved, Underneath};

impl App {
    /// A save found another version (or none) on disk: nothing was written; stay where
    /// the user was and ask what to do.
    pub(super) fn underneath_found(&mut self, found: Underneath) {
        self.status = None;
        self.back_to_place_before();
        self.overlay = None;
        self.underneath = Some(found);
    }

    /// A choice on the panel, if it is one of those offered.
    pub(super) fn resolve_underneath(&mut self, choice: Resolution) {
        let offered = self
            .underneath
            .as_ref()
            .is_some_and(|u| Resolution::offered(u).contains(&choice));
        if offered {
            self.effect(Effect::Resolve(choice));
        }
    }

    /// The choice was carried out: go on with the version on disk now, or leave the
    /// draft (the window's version kept where the message says).
    pub(super) fn underneath_resolved(&mut self, (choice, resolved): (Resolution, Resolved)) {
        self.underneath = None;
        let Some(session) = &mut self.session else {
            return;
        };
        let said = choice.done(&resolved, &session.assessment.id);
        match resolved {
            Resolved::Continue(assessment) => {
                session.on_disk = (*assessment).clone();
                session.assessment = *assessment;
                self.fit();
            }
            Resolved::Left(_) => {
                // Nothing of it is left to save: leaving must not write it again.
                self.session = None;
                self.go_home();
            }
        }
        self.say(said, false);
    }

    /// About once a second without a key: Home and History list again when the folder
    /// of assessments changed since they last did (checked by the shell, cheaply).
    pub(super) fn tick(&mut self) {
        let listing = matches!(self.screen, Screen::Home | Screen::History(_));
        if listing && self.overlay.is_none() && self.underneath.is_none() {
            self.effect(Effect::RefreshIfChanged(self.home.data.folder));
        }
    }
}

//! What the app does when an assessment has been opened, and which report the export
//! key writes from the screen showing.

use super::{App, Effect, Screen};
use crate::assessment::Status;
use crate::tui::action::Opened;
use crate::tui::screens::results;
use crate::tui::session::Session;

impl App {
    /// Shows an assessment just opened: a complete one's results (with the map and the
    /// peers of its moment), a draft at the step it resumes from.
    pub(super) fn open(&mut self, opened: Opened) {
        let session = Session::new(opened);
        let complete = session.assessment.status == Status::Complete;
        // A complete assessment shows the map that stood when it was completed; a draft is
        // being continued now, so the latest map is the one its results will stand with.
        self.effects.push(Effect::MapNotes(
            session.assessment.organization.name.clone(),
            complete.then(|| session.assessment.recorded_at()),
        ));
        let step = session.resume_step();
        self.overlay = None;
        // For Results, and for a draft the Review step of the organization's open plan.
        self.effects.push(Effect::Plans);
        if complete {
            self.effects.push(Effect::Peers);
            self.screen = Screen::Results(results::ResultsState::new(&session));
            self.session = Some(session);
        } else {
            self.session = Some(session);
            self.go(step);
        }
    }

    /// Asks for the report of what the screen shows (Results, Compare, Trend, Round,
    /// Evidence).
    pub(super) fn export(&mut self) {
        use crate::app::export::Subject;
        let subject = match (&self.screen, &self.session) {
            (Screen::Results(_), Some(session)) => {
                Subject::Assessment(session.assessment.id.clone())
            }
            (Screen::Compare(view), _) => {
                let c = &view.comparison;
                // History compares only what may be compared (see its `c` key).
                Subject::Comparison(c.before.id.clone(), c.after.id.clone(), false)
            }
            (Screen::Trend(view), _) => Subject::Organization(view.trend.organization.clone()),
            (Screen::Round(view), _) => Subject::Round(
                view.round.organization.clone(),
                Some(view.round.round.clone()),
            ),
            (Screen::Evidence(view), _) => Subject::Evidence(view.questionnaire.clone()),
            _ => return,
        };
        self.effects.push(Effect::Export(subject));
    }
}

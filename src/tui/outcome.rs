//! What a screen's `update` asks of the app once it has changed its own state. Screens
//! change only their own state; [`super::app::App::apply`] is the one place that carries
//! out the rest (switching screens, opening the help, running effects, messages, leaving).

use super::app::{App, Effect, Screen};
use super::overlays::Overlay;
use super::screens::{amend, history, map, setup};
use super::session::Step;
use crate::assessment::Setup;

/// What the app should do after a screen changed its own state.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Nothing more.
    Nothing,
    /// Run work that touches the store.
    Effect(Effect),
    /// Show the key help over the screen.
    Help,
    /// Back to Home, refreshing its list.
    Home,
    /// Close the open assessment and go back to Home.
    CloseAssessment,
    /// Open the setup form, prefilled.
    Setup(Box<Setup>),
    /// Open the setup form, prefilled, with the cursor on a field.
    SetupAt(Box<Setup>, setup::Field),
    /// Open the ecosystem map of this organization, or the list of organizations.
    Map(Option<String>),
    /// Open the history of organizations and assessments.
    History,
    /// Show a message under the screen (`true`: a problem).
    Say(String, bool),
    /// Leave the program (nothing is open that needs saving).
    Quit,
    /// Move the open assessment to a step (an intro, a question, the review).
    Go(Step),
    /// Open a window over the screen, or close the one open (`None`).
    Overlay(Option<Overlay>),
    /// Show this screen.
    Show(Box<Screen>),
    /// Show the open assessment's results.
    Results,
    /// Leave the setup editor, back where it was opened.
    LeaveSetupEdit(amend::Back),
    /// Several of these, in order.
    All(Vec<Outcome>),
}

impl App {
    /// Carries out what a screen's `update` asked for: the one place where screens reach
    /// beyond their own state.
    pub(super) fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Nothing => {}
            Outcome::Effect(effect) => self.effect(effect),
            Outcome::Help => self.overlay = Some(Overlay::Help(None)),
            Outcome::Home => self.go_home(),
            Outcome::CloseAssessment => {
                self.session = None;
                self.go_home();
            }
            Outcome::Setup(prefill) => self.start_setup(&prefill, None),
            Outcome::SetupAt(prefill, field) => {
                self.start_setup(&prefill, None);
                if let Screen::Setup(form) = &mut self.screen {
                    form.focus = field;
                }
            }
            Outcome::Map(organization) => map::open(self, organization),
            Outcome::History => history::open(self),
            Outcome::Say(text, is_error) => self.say(text, is_error),
            Outcome::Quit => self.running = false,
            Outcome::Go(step) => self.go(step),
            Outcome::Overlay(overlay) => self.overlay = overlay,
            Outcome::Show(screen) => self.screen = *screen,
            Outcome::Results => amend::leave(self, amend::Back::Results),
            Outcome::LeaveSetupEdit(back) => amend::leave(self, back),
            Outcome::All(outcomes) => {
                for outcome in outcomes {
                    self.apply(outcome);
                }
            }
        }
    }
}

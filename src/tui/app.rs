//! The wizard's state and its `update` function (The Elm Architecture's model and update).

use super::action::{Action, Opened};
use super::keymap::Context;
use super::screens::{goto, home, map, question, results, setup};
use super::session::{Session, Step};
use super::theme::Theme;
use crate::assessment::{Setup, Status};
use crate::questionnaire::Loaded;

/// Which screen is showing.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Home: menu and recent assessments.
    Home,
    /// Setup form of a new assessment.
    Setup(setup::SetupForm),
    /// A step of the open assessment: an intro, a question or the review.
    Wizard(Step),
    /// Results of the open assessment.
    Results(results::ResultsState),
    /// An organization's ecosystem map.
    Map(Box<map::MapState>),
}

/// A window drawn over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key help.
    Help,
    /// The list of all questions.
    GoTo(goto::GoToState),
}

/// Work for the shell: everything that touches the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open assessment.
    Save,
    /// Create and open a new assessment.
    Create(Setup, Box<Loaded>),
    /// Open the assessment with this id.
    Open(String),
    /// List the stored assessments for Home.
    Refresh,
    /// Store work of the ecosystem map screen.
    Map(map::MapEffect),
}

/// A one-line message under the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    /// The text.
    pub text: String,
    /// Whether it reports a problem.
    pub is_error: bool,
}

/// The whole state of the wizard.
#[derive(Debug, Clone)]
pub struct App {
    /// The screen showing.
    pub screen: Screen,
    /// A window over it, if any.
    pub overlay: Option<Overlay>,
    /// A message under the screen.
    pub status: Option<StatusLine>,
    /// The styles.
    pub theme: Theme,
    /// Questionnaires offered on the Setup screen; the first is the default.
    pub catalog: Vec<Loaded>,
    /// Home screen state.
    pub home: home::HomeState,
    /// The open assessment.
    pub session: Option<Session>,
    /// False once the user has left the program.
    pub running: bool,
    effects: Vec<Effect>,
}

impl App {
    /// A wizard on the home screen, offering `catalog` for new assessments.
    pub fn new(catalog: Vec<Loaded>, theme: Theme) -> Self {
        let mut app = Self {
            screen: Screen::Home,
            overlay: None,
            status: None,
            theme,
            catalog,
            home: home::HomeState::default(),
            session: None,
            running: true,
            effects: Vec::new(),
        };
        app.effects.push(Effect::Refresh);
        app
    }

    /// Opens the setup form, prefilled, with `questionnaire` selected (added to the
    /// catalog if it is not one of its questionnaires).
    pub fn start_setup(&mut self, prefill: &Setup, questionnaire: Option<Loaded>) {
        let index = match questionnaire {
            Some(q) => match self.catalog.iter().position(|c| c.digest == q.digest) {
                Some(i) => i,
                None => {
                    self.catalog.push(q);
                    self.catalog.len() - 1
                }
            },
            None => 0,
        };
        self.screen = Screen::Setup(setup::SetupForm::new(prefill, index));
    }

    /// Takes the effects `update` asked for, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Asks the shell to do something.
    pub(super) fn effect(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Shows a message under the screen.
    pub(super) fn say(&mut self, text: impl Into<String>, is_error: bool) {
        self.status = Some(StatusLine {
            text: text.into(),
            is_error,
        });
    }

    /// What keys mean right now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help) => return Context::Help,
            Some(Overlay::GoTo(_)) => return Context::GoTo,
            None => {}
        }
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.note_editor.is_some())
        {
            return Context::Typing;
        }
        match &self.screen {
            Screen::Home => Context::Home,
            Screen::Setup(form) if form.on_choice() => Context::SetupChoice,
            Screen::Setup(_) => Context::Setup,
            Screen::Wizard(Step::Intro(_)) => Context::Intro,
            Screen::Wizard(Step::Question(_)) => Context::Question,
            Screen::Wizard(Step::Review) => Context::Review,
            Screen::Results(_) => Context::Results,
            Screen::Map(state) => state.context(),
        }
    }

    /// Moves the open assessment to a step, remembering it for resuming.
    pub(super) fn go(&mut self, step: Step) {
        if let Some(session) = &mut self.session {
            session.cursor = match step {
                Step::Question(i) => session.initial_cursor(i),
                _ => None,
            };
            session.assessment.position = match step {
                Step::Intro(d) => session
                    .q()
                    .items()
                    .find(|r| r.dimension_index == d)
                    .map_or(0, |r| r.index),
                Step::Question(i) => i,
                Step::Review => session.item_count(),
            };
        }
        self.screen = Screen::Wizard(step);
    }

    /// Back to Home, refreshing its list.
    pub(super) fn go_home(&mut self) {
        self.screen = Screen::Home;
        self.overlay = None;
        self.effect(Effect::Refresh);
    }

    /// Changes the state for one action (The Elm Architecture's `update`).
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Resize => return,
            Action::Quit => return self.quit(),
            Action::Failed(message) => return self.say(message, true),
            Action::Listed(rows) => return self.home.set_rows(rows),
            Action::Opened(opened) => return self.open(*opened),
            Action::Map(message) => return map::on_message(self, message),
            _ => {}
        }
        if !matches!(action, Action::Type(_)) {
            self.status = None;
        }
        match self.overlay.clone() {
            Some(Overlay::Help) => {
                if matches!(action, Action::ToggleHelp | Action::Leave) {
                    self.overlay = None;
                }
            }
            Some(Overlay::GoTo(state)) => goto::update(self, state, action),
            None => match &self.screen {
                Screen::Home => home::update(self, action),
                Screen::Setup(_) => setup::update(self, action),
                Screen::Wizard(step) => question::update(self, *step, action),
                Screen::Results(_) => results::update(self, action),
                Screen::Map(_) => map::update(self, action),
            },
        }
    }

    fn open(&mut self, opened: Opened) {
        let session = Session::new(opened);
        let complete = session.assessment.status == Status::Complete;
        let step = session.resume_step();
        self.session = Some(session);
        self.overlay = None;
        if complete {
            self.screen = Screen::Results(results::ResultsState::default());
        } else {
            self.go(step);
        }
    }

    /// Leaves at once; an open note is kept and the draft saved first.
    fn quit(&mut self) {
        if let Some(session) = &mut self.session
            && session.assessment.status == Status::Draft
        {
            question::commit_note(session);
            self.effects.push(Effect::Save);
        }
        self.running = false;
    }
}

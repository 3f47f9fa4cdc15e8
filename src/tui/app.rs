//! The wizard's state, its `update` function (The Elm Architecture's model and update),
//! and `apply`, which carries out what the screens' own updates ask for.

mod leaving;
mod opening;
mod plans;
mod underneath;

use super::action::Action;
use super::outcome::Outcome;
pub use super::overlays::Overlay;
use super::saving::{Place, SaveProblem};
use super::screens::{
    amend, compare_view, evidence_view, history, home, map, plan, plan_review, question, results,
    round_view, setup, trend_view,
};
use super::session::{Session, Step};
use super::theme::Theme;
use crate::app::underneath::{Resolution, Underneath};
use crate::assessment::Setup;
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
    /// Organizations and their assessments.
    History(Box<history::HistoryState>),
    /// Two assessments side by side.
    Compare(Box<compare_view::CompareView>),
    /// An organization's scores over time.
    Trend(Box<trend_view::TrendView>),
    /// Several respondents of one round.
    Round(Box<round_view::RoundScreen>),
    /// How reliable the scores are, over every firm in the data directory.
    Evidence(Box<evidence_view::EvidenceView>),
    /// The improvement plan made from the open (complete) assessment.
    Plan(Box<plan::PlanScreen>),
    /// A new check-in's review of the organization's open plan, before its questions.
    PlanReview(Box<plan_review::PlanReviewStep>),
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
    /// List them again if the folder changed since the listing made with this stamp.
    RefreshIfChanged(Option<crate::store::FolderStamp>),
    /// Carry out a choice about the open draft, which changed or vanished on disk.
    Resolve(Resolution),
    /// Store work of the ecosystem map screen.
    Map(map::MapEffect),
    /// Store work of the history screens.
    History(history::HistoryEffect),
    /// Read what the organization's ecosystem map shows, for Results: the version that
    /// stood at the moment given, or the latest.
    MapNotes(String, Option<crate::assessment::Timestamp>),
    /// Place the open assessment among its peers, for Results.
    Peers,
    /// Write the HTML report of a subject to the data directory's reports folder.
    Export(crate::app::export::Subject),
    /// Compute the evidence over the data directory, for the Evidence screen.
    Evidence,
    /// Reopen the complete assessment with this id to change answers.
    Reopen(String),
    /// Store work of the setup editor.
    SetupEdit(amend::EditEffect),
    /// Read the plans around the open assessment, for Results and the Review step.
    Plans,
    /// Change the plan of the assessment with this id, and read its plans again.
    PlanChange(String, crate::app::plan::Change),
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
    /// The terminal's size, for placing mouse clicks.
    pub viewport: ratatui::layout::Rect,
    /// A save that failed and has not succeeded since: while it is set, the wizard shows
    /// why and asks nothing new.
    pub save_problem: Option<SaveProblem>,
    /// The open draft changed or vanished on disk: while set, the wizard says what is
    /// there and waits for a choice (see `app/underneath.rs`).
    pub underneath: Option<Underneath>,
    /// Said on leaving: the window's version of a draft that changed on disk was kept as
    /// a conflict copy as the program ended.
    pub kept_on_leaving: Option<String>,
    /// Where the wizard stood before the latest key's action (see [`Place`]).
    pub(super) place_before: Option<Place>,
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
            viewport: ratatui::layout::Rect::default(),
            save_problem: None,
            underneath: None,
            kept_on_leaving: None,
            place_before: None,
            effects: Vec::new(),
        };
        app.effects.push(Effect::Refresh);
        app
    }

    /// Opens the setup form, prefilled, with `questionnaire` selected (added to the
    /// catalog if it is not one of its questionnaires).
    pub fn start_setup(&mut self, prefill: &Setup, questionnaire: Option<Loaded>) {
        let mut wanted = None;
        let index = match questionnaire {
            Some(q) => match self.catalog.iter().position(|c| c.digest == q.digest) {
                Some(i) => {
                    // `new --answer-lang` gives the questionnaire already translated.
                    wanted = crate::app::translated_into(&q);
                    i
                }
                None => {
                    self.catalog.push(q);
                    self.catalog.len() - 1
                }
            },
            None => 0,
        };
        let offered = self
            .catalog
            .iter()
            .map(crate::app::offered_languages)
            .collect();
        let mut form = setup::SetupForm::new(prefill, index);
        form.language = setup::LanguageChoice::new(offered, wanted);
        self.screen = Screen::Setup(form);
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

    /// Whether the terminal is too small to show the screens (they are not drawn, so
    /// their keys must not act).
    pub fn too_small(&self) -> bool {
        super::view::body(self.viewport).is_none()
    }

    /// Moves the open assessment to a step, remembering it for resuming.
    pub(super) fn go(&mut self, step: Step) {
        if let Some(session) = &mut self.session {
            session.cursor = match step {
                Step::Question(i) => session.initial_cursor(i),
                _ => None,
            };
            // Each question's explanation starts at its top.
            session.explanation.offset = 0;
            session.assessment.position = session.navigator().position_of(step);
        }
        self.screen = Screen::Wizard(step);
    }

    /// Back to Home, refreshing its list.
    pub(super) fn go_home(&mut self) {
        self.screen = Screen::Home;
        self.overlay = None;
        self.effect(Effect::Refresh);
    }

    /// Recomputes what depends on the terminal's size or on what the screen shows (how
    /// far reports scroll), so that keys only read it. Called on a resize and whenever
    /// the screen or its content changes, never for a key that only moves.
    pub(super) fn fit(&mut self) {
        let Some(body) = super::view::body(self.viewport) else {
            return;
        };
        let theme = &self.theme;
        match &mut self.screen {
            Screen::Results(state) => {
                if let Some(session) = &self.session {
                    state.fit(theme, session, body);
                }
            }
            Screen::Compare(view) => view.fit(theme, body),
            Screen::Trend(view) => view.fit(theme, body),
            Screen::Round(view) => view.fit(theme, body),
            Screen::Evidence(view) => view.fit(theme, body),
            Screen::Wizard(Step::Question(index)) => {
                if let Some(session) = &mut self.session {
                    question::fit(session, *index, body);
                }
            }
            _ => {}
        }
    }

    /// Changes the state for one action (The Elm Architecture's `update`).
    pub fn update(&mut self, action: Action) {
        let shown_before = self.shown();
        // A question's note and flag take room from its explanation.
        let content_changes = matches!(
            action,
            Action::Resize(..)
                | Action::MapNotes(_)
                | Action::Peers(_)
                | Action::History(_)
                | Action::Evidence(_)
                | Action::Plans(_)
                | Action::PlanSaved(_)
                | Action::Opened(_)
                | Action::Type(_)
                | Action::EditNote
                | Action::FinishTyping
                | Action::ToggleFlag
        );
        self.step(action);
        if content_changes || self.shown() != shown_before {
            self.fit();
        }
    }

    /// Which screen shows, and which step of the wizard: moving to another question
    /// changes what is shown as much as moving to another screen.
    fn shown(&self) -> (std::mem::Discriminant<Screen>, Option<Step>) {
        let step = match self.screen {
            Screen::Wizard(step) => Some(step),
            _ => None,
        };
        (std::mem::discriminant(&self.screen), step)
    }

    fn step(&mut self, action: Action) {
        match action {
            Action::Resize(width, height) => {
                self.viewport = ratatui::layout::Rect::new(0, 0, width, height);
                return;
            }
            Action::Quit => return self.quit(),
            Action::Failed(message) => return self.say(message, true),
            Action::Notice(message) => return self.say(message, false),
            Action::Export => return self.export(),
            Action::Reopen if matches!(self.screen, Screen::Results(_)) => {
                return amend::reopen(self);
            }
            Action::EditSetup if matches!(self.screen, Screen::Results(_)) => {
                return amend::open_from_results(self);
            }
            Action::OpenPlan if matches!(self.screen, Screen::Results(_)) => {
                return self.open_plan();
            }
            Action::Plans(plans) => return self.plans_read(*plans),
            Action::PlanSaved(saved) => return self.plan_saved(*saved),
            Action::SetupEdit(message) => return amend::on_message(self, message),
            Action::Listed(rows) => {
                self.home.set_rows(rows);
                if let Screen::History(state) = &mut self.screen {
                    state.relisted(&self.home.data.rows);
                }
                return;
            }
            Action::Opened(opened) => return self.open(*opened),
            Action::Map(message) => {
                if let Screen::Map(state) = &mut self.screen {
                    let outcome = state.receive(message);
                    self.apply(outcome);
                }
                return;
            }
            Action::History(message) => {
                let state = match &mut self.screen {
                    Screen::History(state) => Some(&mut **state),
                    _ => None,
                };
                let outcome = history::on_message(message, state);
                return self.apply(outcome);
            }
            Action::Evidence(view) => {
                self.screen = Screen::Evidence(view);
                return;
            }
            Action::MapNotes(notes) => {
                if let Some(session) = &mut self.session {
                    session.map_notes = Some(*notes);
                }
                return;
            }
            Action::Peers(peers) => {
                if let Some(session) = &mut self.session {
                    session.peers = *peers;
                }
                return;
            }
            Action::Saved(effect) => return self.saved(&effect),
            Action::SaveFailed(problem) => return self.save_failed(*problem),
            Action::Retry => return self.retry(),
            Action::Underneath(found) => return self.underneath_found(*found),
            Action::Resolve(choice) => return self.resolve_underneath(choice),
            Action::Resolved(done) => return self.underneath_resolved(*done),
            Action::Tick => return self.tick(),
            _ => {}
        }
        if !matches!(action, Action::Type(_)) {
            self.status = None;
        }
        let waiting = self.save_problem.is_some() || self.underneath.is_some();
        if !self.help_open() && (waiting || self.too_small()) {
            // Nothing under the save panel or behind the too-small message may change: it
            // would be a change nobody saw (the keymap sends little more than these).
            if action == Action::ToggleHelp {
                self.overlay = Some(Overlay::Help(None));
            }
            return;
        }
        self.place_before = self.place();
        match self.overlay.clone() {
            Some(Overlay::Help(beneath)) => {
                if matches!(action, Action::ToggleHelp | Action::Leave) {
                    self.overlay = beneath.map(Overlay::GoTo);
                }
            }
            Some(Overlay::GoTo(mut state)) => {
                let body = super::view::body(self.viewport);
                let outcome = match &mut self.session {
                    Some(session) => state.update(session, &action, body),
                    None => Outcome::Overlay(None),
                };
                self.overlay = Some(Overlay::GoTo(state));
                self.apply(outcome);
            }
            None => {
                // Where the screen is drawn, for clicks.
                let body = super::view::body(self.viewport);
                let outcome = match &mut self.screen {
                    Screen::Home => self.home.update(&action, body),
                    Screen::Setup(form) => {
                        form.update(&action, &self.catalog, &self.home.data.rows)
                    }
                    Screen::Wizard(step) => match &mut self.session {
                        Some(session) => question::update(session, *step, &action, body),
                        None => Outcome::Nothing,
                    },
                    Screen::Map(state) => state.step(action),
                    Screen::History(state) => state.update(&action, &self.home.data.rows, body),
                    Screen::Results(state) => state.update(&action),
                    Screen::Compare(view) => view.update(&action),
                    Screen::Trend(view) => view.update(&action),
                    Screen::Round(view) => view.update(&action),
                    Screen::Evidence(view) => view.update(&action),
                    Screen::Plan(screen) => screen.update(&action),
                    Screen::PlanReview(step) => match &mut self.session {
                        Some(session) => step.update(session, &action),
                        None => Outcome::Nothing,
                    },
                };
                self.apply(outcome);
            }
        }
    }
}

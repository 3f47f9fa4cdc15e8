//! Where the user is, which decides what a key means: the contexts of the keymap, and
//! how the app's state says which one holds.

use crate::app::underneath::Underneath;
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::session::Step;

/// Where the user is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The home screen.
    Home,
    /// The setup form, on a text field.
    Setup,
    /// The setup form, on a field with a fixed set of choices.
    SetupChoice,
    /// A dimension's intro.
    Intro,
    /// A question.
    Question,
    /// The review of unanswered and flagged items.
    Review,
    /// The results.
    Results,
    /// The list of all questions.
    GoTo,
    /// The key help overlay.
    Help,
    /// Typing into a text field.
    Typing,
    /// The ecosystem map.
    Map,
    /// The ecosystem map's list of organizations.
    MapPicker,
    /// Typing the name of an organization to map.
    MapName,
    /// The partner form, on a text field.
    MapForm,
    /// The partner form, on a choice or a toggle.
    MapFormChoice,
    /// Organizations and their assessments.
    History,
    /// Typing History's search.
    Search,
    /// Typing a name: an organization's new name, or the one to merge it into.
    NameField,
    /// History's view of the trash.
    Trash,
    /// A confirmation question (y or Enter: yes; anything else: no).
    Confirm,
    /// A scrolling report: trend, evidence.
    Report,
    /// The round view: a scrolling report whose `r` shows the organization's other rounds.
    Round,
    /// The comparison of two assessments (a scrolling report with a chart).
    Compare,
    /// A save failed: the panel that says why, over the screen it stopped.
    SaveFailed,
    /// The terminal is too small to show anything but a message.
    TooSmall,
    /// The improvement plan: the facets to pick priorities from.
    Plan,
    /// The priority form of the plan, on a text field.
    PlanForm,
    /// A new check-in's review of the open plan.
    PlanReview,
    /// The open draft changed on disk (a sync, a pull): merge, reload or keep both.
    Changed,
    /// The open draft was removed on disk: restore it or leave it removed.
    Vanished,
}

impl Context {
    /// Every context, for code that must consider each (the keymap walk test).
    #[rustfmt::skip]
    pub const ALL: [Context; 30] = {
        use Context::*;
        [
            Home, Setup, SetupChoice, Intro, Question, Review, Results, GoTo, Help, Typing, Map,
            MapPicker, MapName, MapForm, MapFormChoice, History, Search, NameField, Trash,
            Confirm, Report, Round, Compare, SaveFailed, TooSmall, Plan, PlanForm, PlanReview,
            Changed, Vanished,
        ]
    };
}

impl App {
    /// What keys mean right now.
    pub fn context(&self) -> Context {
        if self.help_open() {
            return Context::Help;
        }
        self.context_under_help()
    }

    /// Whether the key help is open.
    pub fn help_open(&self) -> bool {
        matches!(self.overlay, Some(Overlay::Help(_)))
    }

    /// What keys would mean without the key help open: the keys the help describes.
    pub fn context_under_help(&self) -> Context {
        match &self.underneath {
            Some(Underneath::Changed { .. }) => return Context::Changed,
            Some(Underneath::Vanished { .. }) => return Context::Vanished,
            None => {}
        }
        if self.save_problem.is_some() {
            return Context::SaveFailed;
        }
        if self.too_small() {
            return Context::TooSmall;
        }
        if let Some(Overlay::GoTo(_) | Overlay::Help(Some(_))) = &self.overlay {
            return Context::GoTo;
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
            Screen::Wizard(Step::Review)
                if self
                    .session
                    .as_ref()
                    .is_some_and(|s| s.confirm_finish.is_some()) =>
            {
                Context::Confirm
            }
            Screen::Wizard(Step::Review) => Context::Review,
            Screen::Results(_) => Context::Results,
            Screen::Map(state) => state.context(),
            Screen::History(state) => state.context(),
            Screen::Compare(_) => Context::Compare,
            Screen::Trend(_) | Screen::Evidence(_) => Context::Report,
            Screen::Round(_) => Context::Round,
            Screen::Plan(screen) if screen.typing() => Context::PlanForm,
            Screen::Plan(_) => Context::Plan,
            Screen::PlanReview(step) if step.typing() => Context::Typing,
            Screen::PlanReview(_) => Context::PlanReview,
        }
    }
}

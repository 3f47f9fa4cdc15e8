//! Everything that can happen to the wizard: user intents from keys, and results of effects.

use ratatui::crossterm::event::KeyEvent;

use crate::assessment::Assessment;
use crate::questionnaire::Loaded;

/// A message for [`super::app::App::update`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Move a page up.
    PageUp,
    /// Move a page down.
    PageDown,
    /// Confirm / go on.
    Confirm,
    /// Previous question (or field).
    Back,
    /// Next question (or field).
    Forward,
    /// Answer with the n-th option (1-based) and go on.
    Choose(u8),
    /// Answer "don't know" and go on.
    DontKnow,
    /// Edit the note of the current question.
    EditNote,
    /// Flag the current question for review, or unflag it.
    ToggleFlag,
    /// Open the list of all questions to jump to one.
    GoTo,
    /// Show or hide the key help.
    ToggleHelp,
    /// Start a new assessment.
    New,
    /// Resume the most recent draft.
    ResumeLatest,
    /// Leave the current screen (the draft is already saved).
    Leave,
    /// Leave the program at once (the draft is saved first).
    Quit,
    /// A key typed into the focused text field.
    Type(KeyEvent),
    /// Leave the focused text field.
    FinishTyping,
    /// The terminal was resized: redraw.
    Resize,
    /// The store listed its assessments.
    Listed(super::screens::home::HomeData),
    /// An assessment was opened or created.
    Opened(Box<Opened>),
    /// A result of the ecosystem map screen's store work.
    Map(super::screens::map::MapMsg),
    /// An effect failed; show the message.
    Failed(String),
}

/// An assessment together with the exact questionnaire it uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The assessment.
    pub assessment: Assessment,
    /// Its questionnaire.
    pub questionnaire: Loaded,
}

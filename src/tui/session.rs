//! The assessment being answered, and the editing state around it. Pure state; the walk
//! through its questions is the application layer's [`Navigator`].

use ratatui_textarea::TextArea;

use crate::app::{Answers, Navigator, Opened};
use crate::assessment::{Assessment, Response};
use crate::questionnaire::{Choice, ItemRef, Loaded, Questionnaire};
use crate::tui::widgets::scroll::Scroll;

pub use crate::app::{MapNotes, Step};

/// An open assessment with its questionnaire and the editing state around it.
#[derive(Debug, Clone)]
pub struct Session {
    /// The assessment, saved after every change.
    pub assessment: Assessment,
    /// The assessment as its file holds it: what the last successful save wrote (or what
    /// was opened), to say what a failed save would lose.
    pub on_disk: Assessment,
    /// The exact questionnaire it uses.
    pub questionnaire: Loaded,
    /// The option under the cursor on the question screen (index into the choices, with
    /// "don't know" after the last choice), `None` until the user moves it.
    pub cursor: Option<usize>,
    /// How far the question's explanation (probe and help) is scrolled, when it is
    /// longer than the room the terminal leaves it.
    pub explanation: Scroll,
    /// The note being edited, if the note field is open.
    pub note_editor: Option<TextArea<'static>>,
    /// The user jumped here from Review: answering returns there.
    pub back_to_review: bool,
    /// What the organization's ecosystem map shows, once loaded (if it has a map).
    pub map_notes: Option<MapNotes>,
    /// Where a complete assessment stands among peers, once computed.
    pub peers: Option<crate::peers::PeerStanding>,
    /// Finish was chosen with questions unanswered or dimensions unscored: what is
    /// missing, shown with the question whether to finish anyway.
    pub confirm_finish: Option<crate::documents::Unfinished>,
    /// The answers given in this run, for undo.
    pub answers: Answers,
    /// The plans around this check-in, once read.
    pub plans: Option<crate::app::plan::CheckInPlans>,
    /// The Review step of the open plan was shown in this run (it is offered once a run).
    pub plan_review_offered: bool,
}

impl Session {
    /// A session for an opened assessment.
    pub fn new(opened: Opened) -> Self {
        Self {
            on_disk: opened.assessment.clone(),
            assessment: opened.assessment,
            questionnaire: opened.questionnaire,
            cursor: None,
            explanation: Scroll::default(),
            note_editor: None,
            back_to_review: false,
            map_notes: None,
            peers: None,
            confirm_finish: None,
            answers: Answers::default(),
            plans: None,
            plan_review_offered: false,
        }
    }

    /// The questionnaire.
    pub fn q(&self) -> &Questionnaire {
        &self.questionnaire.questionnaire
    }

    /// The question at a position.
    pub fn item(&self, index: usize) -> Option<ItemRef<'_>> {
        self.q().item_at(index)
    }

    /// How many questions there are.
    pub fn item_count(&self) -> usize {
        self.q().item_count()
    }

    /// The choices of the question at `index` (without "don't know").
    pub fn choices(&self, index: usize) -> Vec<Choice> {
        self.item(index)
            .map(|r| self.q().choices(r.item))
            .unwrap_or_default()
    }

    /// The response recorded for the question at `index`.
    pub fn response(&self, index: usize) -> Option<Response> {
        self.item(index)
            .and_then(|r| self.assessment.response(&r.item.id))
    }

    /// Where the cursor starts on a question: on its recorded response, if any.
    pub fn initial_cursor(&self, index: usize) -> Option<usize> {
        let choices = self.choices(index);
        match self.response(index)? {
            Response::Value(v) => choices.iter().position(|c| c.value == v),
            Response::DontKnow => Some(choices.len()),
        }
    }

    /// The walk through the questionnaire as the assessment stands.
    pub fn navigator(&self) -> Navigator<'_> {
        Navigator::new(self.q(), &self.assessment)
    }

    /// Where a resumed assessment opens.
    pub fn resume_step(&self) -> Step {
        self.navigator().resume()
    }

    /// The step after `step`.
    pub fn next(&self, step: Step) -> Step {
        self.navigator().next(step)
    }

    /// The step before `step`.
    pub fn previous(&self, step: Step) -> Step {
        self.navigator().previous(step)
    }

    /// Position of a question within its dimension (1-based) and the dimension's size.
    pub fn position_in_dimension(&self, index: usize) -> (usize, usize) {
        self.navigator().position_in_dimension(index)
    }

    /// How many questions of a dimension have a response.
    pub fn answered_in_dimension(&self, dimension: usize) -> usize {
        self.navigator().answered_in_dimension(dimension)
    }
}

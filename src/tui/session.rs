//! The assessment being answered, and where the wizard stands in it. Pure state.

use ratatui_textarea::TextArea;

use super::action::Opened;
use crate::assessment::{Assessment, Response, Status};
use crate::questionnaire::{Choice, ItemRef, Loaded, Questionnaire};

/// One stop of the wizard's walk through a questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The intro of the dimension with this index.
    Intro(usize),
    /// The question with this index over the whole questionnaire.
    Question(usize),
    /// The review of unanswered and flagged questions.
    Review,
}

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
    /// The note being edited, if the note field is open.
    pub note_editor: Option<TextArea<'static>>,
    /// The user jumped here from Review: answering returns there.
    pub back_to_review: bool,
    /// What the organization's ecosystem map shows, once loaded (if it has a map).
    pub map_notes: Option<MapNotes>,
    /// Finish was chosen with questions unanswered or dimensions unscored: what is
    /// missing, shown with the question whether to finish anyway.
    pub confirm_finish: Option<crate::documents::Unfinished>,
}

/// Sentences about the organization's ecosystem map, shown on Results beside
/// complementary strengths.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapNotes {
    /// The day the version shown was saved (`YYYY-MM-DD`), when one is shown.
    pub saved: Option<String>,
    /// What the map shows: thin layers, missing resources, concentration, changes.
    pub lines: Vec<String>,
    /// Next steps that point at the gaps.
    pub hints: Vec<String>,
}

impl Session {
    /// A session for an opened assessment.
    pub fn new(opened: Opened) -> Self {
        Self {
            on_disk: opened.assessment.clone(),
            assessment: opened.assessment,
            questionnaire: opened.questionnaire,
            cursor: None,
            note_editor: None,
            back_to_review: false,
            map_notes: None,
            confirm_finish: None,
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

    /// Where a resumed assessment opens.
    pub fn resume_step(&self) -> Step {
        if self.assessment.status == Status::Complete {
            return Step::Review;
        }
        let count = self.item_count();
        let position = self.assessment.position.min(count.saturating_sub(1));
        if self.assessment.answers.is_empty() && position == 0 {
            Step::Intro(0)
        } else if self.assessment.position >= count {
            Step::Review
        } else {
            Step::Question(position)
        }
    }

    /// The step after `step`.
    pub fn next(&self, step: Step) -> Step {
        let count = self.item_count();
        match step {
            Step::Intro(d) => self.first_item_of(d).map_or(Step::Review, Step::Question),
            Step::Question(i) if i + 1 >= count => Step::Review,
            Step::Question(i) => {
                let (here, there) = (self.dimension_of(i), self.dimension_of(i + 1));
                if here == there {
                    Step::Question(i + 1)
                } else {
                    Step::Intro(there)
                }
            }
            Step::Review => Step::Review,
        }
    }

    /// The step before `step`.
    pub fn previous(&self, step: Step) -> Step {
        match step {
            Step::Intro(0) => Step::Intro(0),
            Step::Intro(d) => self
                .last_item_of(d - 1)
                .map_or(Step::Intro(0), Step::Question),
            Step::Question(i) => {
                let d = self.dimension_of(i);
                if self.first_item_of(d) == Some(i) {
                    Step::Intro(d)
                } else {
                    Step::Question(i - 1)
                }
            }
            Step::Review => match self.item_count() {
                0 => Step::Intro(0),
                n => Step::Question(n - 1),
            },
        }
    }

    fn dimension_of(&self, index: usize) -> usize {
        self.item(index).map_or(0, |r| r.dimension_index)
    }

    fn first_item_of(&self, dimension: usize) -> Option<usize> {
        self.q()
            .items()
            .find(|r| r.dimension_index == dimension)
            .map(|r| r.index)
    }

    fn last_item_of(&self, dimension: usize) -> Option<usize> {
        self.q()
            .items()
            .filter(|r| r.dimension_index == dimension)
            .last()
            .map(|r| r.index)
    }

    /// Position of a question within its dimension (1-based) and the dimension's size.
    pub fn position_in_dimension(&self, index: usize) -> (usize, usize) {
        let d = self.dimension_of(index);
        let items: Vec<usize> = self
            .q()
            .items()
            .filter(|r| r.dimension_index == d)
            .map(|r| r.index)
            .collect();
        let position = items.iter().position(|&i| i == index).map_or(0, |p| p + 1);
        (position, items.len())
    }

    /// How many questions of a dimension have a response.
    pub fn answered_in_dimension(&self, dimension: usize) -> usize {
        self.q()
            .items()
            .filter(|r| r.dimension_index == dimension)
            .filter(|r| self.assessment.response(&r.item.id).is_some())
            .count()
    }
}

//! The walk through a questionnaire, the same for the full-screen and the plain wizard:
//! where a resumed assessment opens, what comes next and before, where a jump lands,
//! which position is saved for resuming, what the review lists, and undoing the last
//! answers ([`Answers`]).
//!
//! A walk stops at each dimension's intro, then at its questions one by one, and ends at
//! the review. Questions are numbered over the whole questionnaire, dimension after
//! dimension, so the questions of one dimension have consecutive numbers.

mod undo;

pub use undo::Answers;

use crate::assessment::{Assessment, Status};
use crate::documents::Unfinished;
use crate::questionnaire::Questionnaire;

/// One stop of the walk through a questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The intro of the dimension with this index.
    Intro(usize),
    /// The question with this index over the whole questionnaire.
    Question(usize),
    /// The review of unanswered and flagged questions.
    Review,
}

/// Finds the way through an assessment's questionnaire. It only reads: the wizards keep
/// where they stand and save the position [`Navigator::position_of`] gives.
#[derive(Debug, Clone, Copy)]
pub struct Navigator<'a> {
    questionnaire: &'a Questionnaire,
    assessment: &'a Assessment,
}

impl<'a> Navigator<'a> {
    /// The walk through `questionnaire` as `assessment` stands.
    pub fn new(questionnaire: &'a Questionnaire, assessment: &'a Assessment) -> Self {
        Self {
            questionnaire,
            assessment,
        }
    }

    /// Where a resumed assessment opens: the review when it is complete or was left there;
    /// the first intro when nothing was done yet; otherwise the question it was left on
    /// (the saved position, which moves past each question answered in order).
    pub fn resume(&self) -> Step {
        let position = self.assessment.position;
        if self.assessment.status == Status::Complete || position >= self.count() {
            Step::Review
        } else if position == 0 && self.assessment.answers.is_empty() {
            Step::Intro(0)
        } else {
            Step::Question(position)
        }
    }

    /// The stop after `step`: the next question, the next dimension's intro when the
    /// question was its dimension's last, the review after the last question.
    pub fn next(&self, step: Step) -> Step {
        match step {
            Step::Intro(d) => self.first_of(d).map_or(Step::Review, Step::Question),
            Step::Question(i) if i + 1 >= self.count() => Step::Review,
            Step::Question(i) => {
                let there = self.dimension_of(i + 1);
                if self.dimension_of(i) == there {
                    Step::Question(i + 1)
                } else {
                    Step::Intro(there)
                }
            }
            Step::Review => Step::Review,
        }
    }

    /// The stop before `step`: the previous question, the dimension's intro before its
    /// first question, the previous dimension's last question before an intro; the first
    /// intro stays where it is.
    pub fn previous(&self, step: Step) -> Step {
        match step {
            Step::Intro(0) => Step::Intro(0),
            Step::Intro(d) => self.last_of(d - 1).map_or(Step::Intro(0), Step::Question),
            Step::Question(i) => {
                let d = self.dimension_of(i);
                if self.first_of(d) == Some(i) {
                    Step::Intro(d)
                } else {
                    Step::Question(i - 1)
                }
            }
            Step::Review => match self.count() {
                0 => Step::Intro(0),
                n => Step::Question(n - 1),
            },
        }
    }

    /// The question before question `index`, passing over intros; `None` on the first.
    pub fn previous_question(&self, index: usize) -> Option<usize> {
        let before = match self.previous(Step::Question(index)) {
            Step::Intro(d) => self.previous(Step::Intro(d)),
            other => other,
        };
        match before {
            Step::Question(i) => Some(i),
            Step::Intro(_) | Step::Review => None,
        }
    }

    /// Where the walk goes once question `index` is answered: back to the review when
    /// the user came from there, otherwise on.
    pub fn after_answer(&self, index: usize, from_review: bool) -> Step {
        if from_review {
            Step::Review
        } else {
            self.next(Step::Question(index))
        }
    }

    /// A jump to question `index`; past the last question is the review.
    pub fn go_to(&self, index: usize) -> Step {
        if index < self.count() {
            Step::Question(index)
        } else {
            Step::Review
        }
    }

    /// The position saved for resuming at `step`: an intro is saved as its dimension's
    /// first question, the review as one past the last question.
    pub fn position_of(&self, step: Step) -> usize {
        match step {
            Step::Intro(d) => self.first_of(d).unwrap_or(0),
            Step::Question(i) => i,
            Step::Review => self.count(),
        }
    }

    /// The questions without a response, in order.
    pub fn unanswered(&self) -> Vec<usize> {
        self.questionnaire
            .items()
            .filter(|r| self.assessment.response(&r.item.id).is_none())
            .map(|r| r.index)
            .collect()
    }

    /// The questions flagged for review, in order.
    pub fn flagged(&self) -> Vec<usize> {
        self.questionnaire
            .items()
            .filter(|r| self.assessment.is_flagged(&r.item.id))
            .map(|r| r.index)
            .collect()
    }

    /// What finishing now would leave out (questions unanswered, dimensions without a
    /// score), to ask first; `None` when nothing is missing.
    pub fn unfinished(&self) -> Option<Unfinished> {
        Unfinished::of(&self.assessment.current_scores(self.questionnaire))
    }

    /// Position of question `index` within its dimension (from 1) and the dimension's
    /// number of questions.
    pub fn position_in_dimension(&self, index: usize) -> (usize, usize) {
        let d = self.dimension_of(index);
        let (first, last) = (self.first_of(d), self.last_of(d));
        match (first, last) {
            (Some(first), Some(last)) if (first..=last).contains(&index) => {
                (index - first + 1, last - first + 1)
            }
            (Some(first), Some(last)) => (0, last - first + 1),
            _ => (0, 0),
        }
    }

    /// How many questions of dimension `dimension` have a response.
    pub fn answered_in_dimension(&self, dimension: usize) -> usize {
        self.questionnaire
            .items()
            .filter(|r| r.dimension_index == dimension)
            .filter(|r| self.assessment.response(&r.item.id).is_some())
            .count()
    }

    fn count(&self) -> usize {
        self.questionnaire.item_count()
    }

    fn dimension_of(&self, index: usize) -> usize {
        self.questionnaire
            .item_at(index)
            .map_or(0, |r| r.dimension_index)
    }

    fn first_of(&self, dimension: usize) -> Option<usize> {
        self.questionnaire
            .items()
            .find(|r| r.dimension_index == dimension)
            .map(|r| r.index)
    }

    fn last_of(&self, dimension: usize) -> Option<usize> {
        self.questionnaire
            .items()
            .filter(|r| r.dimension_index == dimension)
            .last()
            .map(|r| r.index)
    }
}

#[cfg(test)]
mod tests;

//! Undoing the last answers of a wizard run: each answer given through [`Answers`]
//! remembers what it replaced, and undo puts that back and returns to the question.

use crate::assessment::{Answer, Assessment, Response, Timestamp};
use crate::questionnaire::Questionnaire;

/// How many answers one run can undo, newest first; older ones are forgotten.
const DEPTH: usize = 100;

/// The answers given in this run, newest last, with what each replaced.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    given: Vec<Replaced>,
}

/// What one answer replaced.
#[derive(Debug, Clone, PartialEq)]
struct Replaced {
    /// The question's index.
    index: usize,
    /// Its item id.
    item: String,
    /// The response before, and when it was given.
    response: Option<Response>,
    answered_at: Option<Timestamp>,
    /// The amendment log's length before (a reopened assessment logs the answer).
    amendments: usize,
}

impl Answers {
    /// Records `response` to question `index` (item `item`), remembering what it replaced.
    pub fn give(
        &mut self,
        q: &Questionnaire,
        assessment: &mut Assessment,
        index: usize,
        item: &str,
        response: Response,
        at: Timestamp,
    ) {
        let before = assessment.answer(item);
        self.given.push(Replaced {
            index,
            item: item.to_string(),
            response: before.and_then(|a| a.response),
            answered_at: before.and_then(|a| a.answered_at),
            amendments: assessment.amendments.len(),
        });
        if self.given.len() > DEPTH {
            self.given.remove(0);
        }
        assessment.respond(q, item, response, at);
    }

    /// Undoes the last answer of this run: the question gets back its response from
    /// before (none, if it had none), keeping its current note and flag, and the
    /// amendment that answer logged is forgotten. Returns the question's index to go
    /// back to; `None` when nothing is left to undo.
    pub fn undo(
        &mut self,
        q: &Questionnaire,
        assessment: &mut Assessment,
        at: Timestamp,
    ) -> Option<usize> {
        let last = self.given.pop()?;
        let now = assessment.answer(&last.item);
        let restored = Answer {
            item: last.item.clone(),
            response: last.response,
            note: now.map(|a| a.note.clone()).unwrap_or_default(),
            flagged: now.is_some_and(|a| a.flagged),
            answered_at: last.answered_at,
        };
        assessment.restore_answer(q, &last.item, Some(restored), last.amendments, at);
        Some(last.index)
    }

    /// Whether there is an answer to undo.
    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }
}

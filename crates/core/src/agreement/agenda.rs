//! The agenda of a round's follow-up meeting: the items on which the respondents' answers
//! lie far apart, each respondent's answer and note side by side.
//!
//! An item is on the agenda when two respondents' item scores (0-100) lie at least
//! [`APART_AT_LEAST`] points apart: half the scale, two steps of a 5-point scale ("Disagree"
//! and "Agree", level 2 and level 4), three of a 7-point one. A "don't know" next to a value
//! is not a disagreement and does not count; it is shown with the other answers.

use serde::Serialize;

use super::round::Member;
use crate::assessment::Response;
use crate::compare::answer_words;
use crate::questionnaire::Questionnaire;
use crate::scoring;

/// Item scores this far apart (0-100 points) or more put an item on the agenda.
pub const APART_AT_LEAST: f64 = 50.0;

/// One respondent's answer to an agenda item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaAnswer {
    /// The answer in words ("Agree", "level 2", "don't know"), or null when not answered.
    pub answer: Option<String>,
    /// The item score, 0-100, or null.
    pub score: Option<f64>,
    /// Their note on the item, or "".
    pub note: String,
}

/// An item the respondents answered far apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaItem {
    /// Item id.
    pub item: String,
    /// Item text.
    pub text: String,
    /// Title of its dimension.
    pub dimension: String,
    /// Title of its facet.
    pub facet: String,
    /// Highest minus lowest item score, 0-100.
    pub apart: f64,
    /// Each respondent's answer, in the order of the round's respondents.
    pub answers: Vec<AgendaAnswer>,
}

/// The agenda items of `members` on the structure questionnaire: widest apart first,
/// questionnaire order on a tie.
pub(super) fn agenda(structure: &Questionnaire, members: &[Member]) -> Vec<AgendaItem> {
    let mut items = Vec::new();
    for dimension in &structure.dimensions {
        for facet in &dimension.facets {
            for item in &facet.items {
                let answers: Vec<AgendaAnswer> =
                    members.iter().map(|m| answer(m, &item.id)).collect();
                let scores: Vec<f64> = answers.iter().filter_map(|a| a.score).collect();
                let (Some(low), Some(high)) = (
                    scores.iter().copied().reduce(f64::min),
                    scores.iter().copied().reduce(f64::max),
                ) else {
                    continue;
                };
                if high - low >= APART_AT_LEAST {
                    items.push(AgendaItem {
                        item: item.id.clone(),
                        text: item.text.clone(),
                        dimension: dimension.title.clone(),
                        facet: facet.title.clone(),
                        apart: high - low,
                        answers,
                    });
                }
            }
        }
    }
    // A stable sort keeps questionnaire order among equals.
    items.sort_by(|a, b| b.apart.total_cmp(&a.apart));
    items
}

/// A member's answer to an item, on the member's own questionnaire (matched by item id).
fn answer(member: &Member, item_id: &str) -> AgendaAnswer {
    let note = member.assessment.note(item_id).to_string();
    let q = member.questionnaire;
    let found = q.find_item(item_id);
    let response = member.assessment.response(item_id);
    let (answer, score) = match (found, response) {
        (Some(_), Some(Response::DontKnow)) => {
            (Some(crate::tr!("core-amend-dont-know").to_string()), None)
        }
        (Some(found), Some(response)) => (
            answer_words(q, found.item, response),
            scoring::item_score(q, found.item, response),
        ),
        _ => (None, None),
    };
    AgendaAnswer {
        answer,
        score,
        note,
    }
}

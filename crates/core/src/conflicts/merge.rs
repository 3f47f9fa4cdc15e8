//! Merging versions of one assessment answer by answer: for each item the response given
//! last (`answered_at`) wins, the notes of every version are kept, a flag set in any
//! version stays set, and every item whose versions differ is reported with each value.

use serde::Serialize;

use crate::assessment::plan::PlanReview;
use crate::assessment::{Answer, Assessment, Response, Status, Timestamp};
use crate::questionnaire::Questionnaire;
use crate::scoring;
use crate::tr;

/// One version's response to an item whose versions differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideValue {
    /// Which version (0-based, in the order given to [`merge`]).
    pub side: usize,
    /// Its response (`None`: none given).
    pub response: Option<Response>,
    /// When it was given.
    pub answered_at: Option<Timestamp>,
}

/// An item the versions answered differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The item's id.
    pub item: String,
    /// Every version's response, in version order.
    pub values: Vec<SideValue>,
    /// The version whose response was kept (the one given last).
    pub kept: usize,
}

/// The merged assessment and what differed.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// One assessment holding every version's answers.
    pub assessment: Assessment,
    /// Items whose responses differed, in questionnaire order.
    pub differences: Vec<Difference>,
    /// Items whose notes differed (every note is kept, joined by a blank line).
    pub notes_joined: Vec<String>,
}

/// Merges `versions` of one assessment (same id, same questionnaire `q`). The setup
/// (organization, respondent, round, plan) is the most recently updated version's; the
/// review of the previous plan keeps every priority reviewed in any version (the most
/// recently updated version's word where two reviewed the same priority). The
/// result is complete when any version is; its scores are recomputed from the merged
/// answers unless they equal that version's. Refused (with why) for fewer than two
/// versions, different ids or different questionnaires: there is nothing to merge answer
/// by answer then.
pub fn merge(versions: &[Assessment], q: &Questionnaire) -> Result<Merged, String> {
    let [first, rest @ ..] = versions else {
        return Err(tr!("core-merge-no-version").to_string());
    };
    if rest.is_empty() {
        return Err(tr!("core-merge-one-version").to_string());
    }
    if let Some(other) = rest.iter().find(|v| v.id != first.id) {
        return Err(tr!(
            "core-merge-different-assessments",
            first = first.id.as_str(),
            other = other.id.as_str()
        ));
    }
    if rest.iter().any(|v| v.questionnaire != first.questionnaire) {
        return Err(tr!("core-merge-different-questionnaires").to_string());
    }
    // The latest updated version; on a tie, the first given.
    let newest = versions
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|(_, v)| v.updated_at)
        .map_or(0, |(i, _)| i);
    let mut merged = versions[newest].clone();
    let mut differences = Vec::new();
    let mut notes_joined = Vec::new();
    merged.answers = Vec::new();
    for item in q.items() {
        let id = &item.item.id;
        let answers: Vec<(usize, &Answer)> = versions
            .iter()
            .enumerate()
            .filter_map(|(side, v)| v.answer(id).map(|a| (side, a)))
            .collect();
        let Some(answer) = merge_item(id, &answers, &mut differences, &mut notes_joined) else {
            continue;
        };
        merged.answers.push(answer);
    }
    merged.position = versions.iter().map(|v| v.position).max().unwrap_or(0);
    merged.updated_at = versions
        .iter()
        .map(|v| v.updated_at)
        .max()
        .unwrap_or(merged.updated_at);
    for version in versions {
        for amendment in &version.amendments {
            if !merged.amendments.contains(amendment) {
                merged.amendments.push(amendment.clone());
            }
        }
    }
    merged.plan_review = merge_reviews(versions, newest);
    if let Some(done) = versions
        .iter()
        .filter(|v| v.status == Status::Complete)
        .max_by_key(|v| v.completed_at)
    {
        merged.status = Status::Complete;
        merged.completed_at = done.completed_at;
        let same_answers = done.answers == merged.answers;
        merged.scores = if same_answers {
            done.scores.clone()
        } else {
            Some(scoring::score(q, &merged.responses()))
        };
    }
    Ok(Merged {
        assessment: merged,
        differences,
        notes_joined,
    })
}

/// The review of the previous plan from every version's: the newest version's (else the
/// first there is), with the priorities only other versions reviewed added, so a review
/// given on one machine is not lost to answers given on another.
fn merge_reviews(versions: &[Assessment], newest: usize) -> Option<PlanReview> {
    let mut merged = versions[newest]
        .plan_review
        .clone()
        .or_else(|| versions.iter().find_map(|v| v.plan_review.clone()))?;
    for review in versions.iter().filter_map(|v| v.plan_review.as_ref()) {
        if review.plan_of != merged.plan_of {
            continue;
        }
        for reviewed in &review.reviews {
            if !merged.reviews.iter().any(|r| r.facet == reviewed.facet) {
                merged.reviews.push(reviewed.clone());
            }
        }
    }
    Some(merged)
}

/// The merged answer to one item from every version's (`None` when no version has one).
fn merge_item(
    item: &str,
    answers: &[(usize, &Answer)],
    differences: &mut Vec<Difference>,
    notes_joined: &mut Vec<String>,
) -> Option<Answer> {
    // The latest given response; `None` times sort first, a tie keeps the earlier version.
    let &(kept, winner) = answers
        .iter()
        .rev()
        .max_by_key(|(_, a)| (a.response.is_some(), a.answered_at))?;
    let mut answer = winner.clone();
    let responses: Vec<Option<Response>> = answers.iter().map(|(_, a)| a.response).collect();
    if responses.windows(2).any(|pair| pair[0] != pair[1]) {
        differences.push(Difference {
            item: item.to_string(),
            values: answers
                .iter()
                .map(|(side, a)| SideValue {
                    side: *side,
                    response: a.response,
                    answered_at: a.answered_at,
                })
                .collect(),
            kept,
        });
    }
    let mut notes: Vec<&str> = Vec::new();
    for (_, a) in answers {
        if !a.note.is_empty() && !notes.contains(&a.note.as_str()) {
            notes.push(&a.note);
        }
    }
    if notes.len() > 1 {
        notes_joined.push(item.to_string());
    }
    answer.note = notes.join("\n\n");
    answer.flagged = answers.iter().any(|(_, a)| a.flagged);
    Some(answer)
}

//! The improvement plan that carries over between check-ins: after a check-in, up to
//! [`MAX_PRIORITIES`] facets to work on, each with an owner, a due date and a note, stored
//! in that assessment; at the next check-in of the organization each priority is reviewed
//! (done, in progress, dropped, with a note), stored in the new assessment, and shown beside
//! the like-for-like change of the facet's score between the two check-ins.
//!
//! Pure: the store reads and writes the assessments that hold plans and reviews.

mod progress;

use chrono::NaiveDate;

pub use crate::assessment::plan::{PlanReview, Priority, Review, Status};
pub use progress::{
    PlanHistory, PlanOfCheckIn, PlanStage, PriorityProgress, history, history_judged, open_plan,
    progress, progress_judged,
};

use crate::limits;
use crate::questionnaire::Questionnaire;
use crate::scoring::Scores;
use crate::tr;

/// The most priorities a plan holds: a plan of everything is no plan.
pub const MAX_PRIORITIES: usize = 5;

/// Why a plan or review was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// More than [`MAX_PRIORITIES`].
    TooMany,
    /// The facet is not in the questionnaire.
    UnknownFacet(String),
    /// The facet is in the plan already.
    Duplicate(String),
    /// The facet is not in the plan reviewed.
    NotInPlan(String),
    /// A text is too long.
    TooLong(String),
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::TooMany => f.write_str(&tr!("core-plan-too-many", max = MAX_PRIORITIES)),
            PlanError::UnknownFacet(facet) => {
                f.write_str(&tr!("core-plan-unknown-facet", facet = facet.as_str()))
            }
            PlanError::Duplicate(facet) => {
                f.write_str(&tr!("core-plan-duplicate", facet = facet.as_str()))
            }
            PlanError::NotInPlan(facet) => {
                f.write_str(&tr!("core-plan-not-in-plan", facet = facet.as_str()))
            }
            PlanError::TooLong(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for PlanError {}

/// A priority for `facet` of `q`, checked: a known facet, texts within their limits.
pub fn priority(
    q: &Questionnaire,
    facet: &str,
    owner: &str,
    due: Option<NaiveDate>,
    note: &str,
) -> Result<Priority, PlanError> {
    let title = q
        .dimensions
        .iter()
        .flat_map(|d| &d.facets)
        .find(|f| f.id == facet)
        .map(|f| f.title.clone())
        .ok_or_else(|| PlanError::UnknownFacet(facet.to_string()))?;
    limits::RESPONDENT
        .check(owner)
        .map_err(PlanError::TooLong)?;
    limits::NOTE.check(note).map_err(PlanError::TooLong)?;
    Ok(Priority {
        facet: facet.to_string(),
        title,
        owner: owner.trim().to_string(),
        due,
        note: note.trim().to_string(),
    })
}

/// `plan` with `priority` added, or replacing the priority of the same facet when
/// `replace`; refused past [`MAX_PRIORITIES`] or for a facet already planned.
pub fn with_priority(
    plan: &[Priority],
    priority: Priority,
    replace: bool,
) -> Result<Vec<Priority>, PlanError> {
    let mut plan = plan.to_vec();
    match plan.iter().position(|p| p.facet == priority.facet) {
        Some(at) if replace => plan[at] = priority,
        Some(_) => return Err(PlanError::Duplicate(priority.facet)),
        None if plan.len() >= MAX_PRIORITIES => return Err(PlanError::TooMany),
        None => plan.push(priority),
    }
    Ok(plan)
}

/// `review` with the review of `facet` set (replacing an earlier one), refused for a facet
/// that is not a priority of `plan`.
pub fn with_review(
    plan: &[Priority],
    review: &PlanReview,
    facet: &str,
    status: Status,
    note: &str,
) -> Result<PlanReview, PlanError> {
    if !plan.iter().any(|p| p.facet == facet) {
        return Err(PlanError::NotInPlan(facet.to_string()));
    }
    limits::NOTE.check(note).map_err(PlanError::TooLong)?;
    let mut review = review.clone();
    review.reviews.retain(|r| r.facet != facet);
    review.reviews.push(Review {
        facet: facet.to_string(),
        status,
        note: note.trim().to_string(),
    });
    // In the plan's order, so every surface lists them alike.
    review
        .reviews
        .sort_by_key(|r| plan.iter().position(|p| p.facet == r.facet));
    Ok(review)
}

/// The facets a plan is picked from: every scored facet, weakest first (questionnaire
/// order on a tie): `(facet id, title, score)`.
pub fn candidates(q: &Questionnaire, scores: &Scores) -> Vec<(String, String, f64)> {
    let mut out: Vec<(String, String, f64)> = q
        .dimensions
        .iter()
        .flat_map(|d| d.facets.iter().map(move |f| (d, f)))
        .filter_map(|(d, f)| {
            let score = scores
                .dimension(&d.id)?
                .facets
                .iter()
                .find(|s| s.id == f.id)?
                .score
                .value?;
            Some((f.id.clone(), f.title.clone(), score))
        })
        .collect();
    out.sort_by(|a, b| a.2.total_cmp(&b.2));
    out
}

#[cfg(test)]
mod tests;

//! The `plan --json` document.

use serde::Serialize;

use super::{JSON_SCHEMA_VERSION, serialize_rfc3339};
use crate::assessment::Timestamp;
use crate::plan::{MAX_PRIORITIES, PlanHistory, PlanOfCheckIn, PlanStage, PriorityProgress};

/// `ecoready plan --org NAME --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The organization as written in its latest assessment.
    pub organization: String,
    /// The most priorities a plan holds (5).
    pub max_priorities: usize,
    /// Every plan, oldest first; the last is the current one. Each: `assessment`, `round`,
    /// `date`, `reviewed_in` (null while open) and `priorities` (`facet`, `title`,
    /// `owner`, `due`, `note`, `status` (`done`, `in_progress`, `dropped` or null),
    /// `review_note`, and the facet's like-for-like `before`, `after`, `change`, `items`).
    pub plans: Vec<PlanStageSummary>,
    /// The facets of the latest complete check-in, weakest first: what a plan is picked
    /// from.
    pub candidates: Vec<PlanCandidate>,
}

/// The plan made at one check-in and how it went at the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanStageSummary {
    /// The assessment holding the plan.
    pub assessment: String,
    /// Its round label, or null.
    pub round: Option<String>,
    /// When its results were recorded, RFC 3339 with offset.
    #[serde(serialize_with = "serialize_rfc3339")]
    pub date: Timestamp,
    /// The assessment that reviewed the plan, or null while it is open.
    pub reviewed_in: Option<String>,
    /// Every priority with its review and facet change.
    pub priorities: Vec<PriorityProgress>,
}

impl PlanStageSummary {
    /// The summary of one stage of a plan history.
    pub fn new(stage: &PlanStage) -> Self {
        Self {
            assessment: stage.assessment.clone(),
            round: stage.round.clone(),
            date: stage.date,
            reviewed_in: stage.reviewed_in.clone(),
            priorities: stage.priorities.clone(),
        }
    }
}

/// What one check-in has to do with the plans, in `show --json` and the assessment's
/// reports as `plan` (absent when it neither made nor reviewed one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckInPlanSummary {
    /// The earlier plan this check-in reviewed, with each priority's status, review note
    /// and its facet's like-for-like change from that check-in to this one; or null.
    pub reviewed: Option<PlanStageSummary>,
    /// The plan made from this check-in's results (its priorities not reviewed yet, or
    /// reviewed by a later check-in, whose id is `reviewed_in`); or null.
    pub made: Option<PlanStageSummary>,
}

impl CheckInPlanSummary {
    /// The summary of what a check-in made and reviewed; `None` when it did neither.
    pub fn new(plan: &PlanOfCheckIn<'_>) -> Option<Self> {
        (!plan.is_empty()).then(|| Self {
            reviewed: plan.reviewed.map(PlanStageSummary::new),
            made: plan.made.map(PlanStageSummary::new),
        })
    }
}

/// A facet a plan can be made of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanCandidate {
    /// Facet id.
    pub facet: String,
    /// Facet title.
    pub title: String,
    /// Its score, 0-100.
    pub score: f64,
}

impl PlanDocument {
    /// The document of an organization's plans and candidates.
    pub fn new(
        organization: &str,
        history: &PlanHistory,
        candidates: &[(String, String, f64)],
    ) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            organization: organization.to_string(),
            max_priorities: MAX_PRIORITIES,
            plans: history.stages.iter().map(PlanStageSummary::new).collect(),
            candidates: candidates
                .iter()
                .map(|(facet, title, score)| PlanCandidate {
                    facet: facet.clone(),
                    title: title.clone(),
                    score: *score,
                })
                .collect(),
        }
    }
}

//! The plans around one check-in, for the wizards: the plan it reviews (a new check-in's
//! Review step), the plan it reviewed with each facet's change judged against measurement
//! noise, and the plan made from it (Results); and the one way a wizard records a review.

use color_eyre::eyre::Result;

use super::{invalid, latest_complete};
use crate::assessment::{Assessment, Status as AssessmentStatus, Timestamp};
use crate::compare::Delta;
use crate::plan::{self, PlanReview, PlanStage, Priority, PriorityProgress, Review, Status};
use crate::questionnaire::Questionnaire;
use crate::store::Store;

/// The plan a check-in reviews: made at an earlier check-in of the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenPlan {
    /// The assessment holding the plan.
    pub holder: String,
    /// When that check-in's results were recorded.
    pub date: Timestamp,
    /// Its round label, if any.
    pub round: Option<String>,
    /// The priorities to review.
    pub priorities: Vec<Priority>,
}

impl OpenPlan {
    /// The plan `holder` holds.
    pub fn of(holder: &Assessment) -> Self {
        Self {
            holder: holder.id.clone(),
            date: holder.recorded_at(),
            round: holder.round.clone(),
            priorities: holder.plan.clone(),
        }
    }

    /// `reviewer`'s review of the priority of `facet`, if it has one for this plan.
    pub fn review_of<'a>(&self, reviewer: &'a Assessment, facet: &str) -> Option<&'a Review> {
        reviewer
            .plan_review
            .as_ref()
            .filter(|r| r.plan_of == self.holder)
            .and_then(|r| r.reviews.iter().find(|v| v.facet == facet))
    }

    /// Whether `reviewer` has reviewed every priority: a Review step is offered until then.
    pub fn reviewed_by(&self, reviewer: &Assessment) -> bool {
        self.priorities
            .iter()
            .all(|p| self.review_of(reviewer, &p.facet).is_some())
    }
}

/// One priority of the plan a check-in reviewed, with its facet's change judged against
/// the facet's measurement noise.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgedPriority {
    /// The priority, its review and its like-for-like change.
    pub progress: PriorityProgress,
    /// The same change with the facet's MDC95 (see [`crate::noise`]).
    pub delta: Delta,
}

/// What the wizards show and offer of the plans around one check-in.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckInPlans {
    /// The check-in.
    pub assessment: String,
    /// Its organization, as written in it.
    pub organization: String,
    /// Whether it is complete (a draft's changes are not shown yet).
    pub complete: bool,
    /// The organization's latest complete check-in: the one plans are made from.
    pub latest_complete: Option<Assessment>,
    /// The plan this check-in reviews (or would review): the one its review names, else
    /// the newest plan made before it.
    pub open: Option<OpenPlan>,
    /// The plan it reviewed, and each priority judged.
    pub reviewed: Option<(PlanStage, Vec<JudgedPriority>)>,
    /// The plan made from it.
    pub made: Option<PlanStage>,
    /// How many of its facets have a score to plan from.
    pub scored_facets: usize,
}

impl CheckInPlans {
    /// Whether plans are made from this check-in (the organization's latest complete).
    pub fn makes_plans(&self) -> bool {
        self.latest_complete
            .as_ref()
            .is_some_and(|a| a.id == self.assessment)
    }

    /// The Review step is due: a plan to review whose priorities `reviewer` (this check-in
    /// as the wizard holds it) has not all reviewed, while it is a draft.
    pub fn review_due(&self, reviewer: &Assessment) -> bool {
        reviewer.status == AssessmentStatus::Draft
            && self.open.as_ref().is_some_and(|o| !o.reviewed_by(reviewer))
    }
}

/// The plans around `assessment` (as the wizard holds it, which may be newer than its
/// file; `q` its questionnaire) among its organization's check-ins.
pub fn around_check_in(
    store: &Store,
    assessment: &Assessment,
    q: &Questionnaire,
) -> Result<CheckInPlans> {
    let mut assessments = store
        .organization_assessments(&assessment.organization.name)?
        .assessments;
    // As the wizard holds it, not as read from its file: it may hold changes not saved
    // yet (or not be saved at all).
    assessments.retain(|(stored, _)| stored.id != assessment.id);
    assessments.push((assessment.clone(), q.clone()));
    let history = super::judged_history(store, &assessments)?;
    let of = history.of_check_in(&assessment.id);
    let named = assessment.plan_review.as_ref().and_then(|review| {
        assessments
            .iter()
            .find(|(a, _)| a.id == review.plan_of && !a.plan.is_empty())
    });
    let open = named
        .map(|(a, _)| OpenPlan::of(a))
        .or_else(|| plan::open_plan(&assessments, Some(assessment)).map(|(a, _)| OpenPlan::of(a)));
    let reviewed = of
        .reviewed
        .map(|stage| (stage.clone(), judge(&stage.priorities)));
    Ok(CheckInPlans {
        assessment: assessment.id.clone(),
        organization: assessment.organization.name.clone(),
        complete: assessment.status == AssessmentStatus::Complete,
        latest_complete: latest_complete(&assessments).map(|(a, _)| a.clone()),
        open,
        reviewed,
        made: of.made.cloned(),
        scored_facets: plan::candidates(q, &assessment.current_scores(q)).len(),
    })
}

/// Each priority's change as a [`Delta`] with the facet's MDC95 the history judged it by
/// (see [`super::judged_history`]), for the wizards' sentences.
fn judge(priorities: &[PriorityProgress]) -> Vec<JudgedPriority> {
    priorities
        .iter()
        .map(|progress| {
            let mut delta = Delta::new(progress.before, progress.after).with_noise(progress.noise);
            delta.items = progress.items;
            JudgedPriority {
                progress: progress.clone(),
                delta,
            }
        })
        .collect()
}

/// Records in `reviewer` how the priority of `facet` of `open` went (replacing an earlier
/// review of it): what `ecoready plan --review` and both wizards' Review steps do. The
/// caller saves `reviewer`.
pub fn review_into(
    open: &OpenPlan,
    reviewer: &mut Assessment,
    facet: &str,
    status: Status,
    note: &str,
    at: Timestamp,
) -> Result<()> {
    let current = reviewer
        .plan_review
        .clone()
        .filter(|r| r.plan_of == open.holder)
        .unwrap_or(PlanReview {
            plan_of: open.holder.clone(),
            reviews: Vec::new(),
        });
    let review =
        plan::with_review(&open.priorities, &current, facet, status, note).map_err(invalid)?;
    reviewer.set_plan_review(review, at);
    Ok(())
}

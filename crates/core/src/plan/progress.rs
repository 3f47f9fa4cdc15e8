//! How a plan went: each priority's review and the like-for-like change of its facet's
//! score from the check-in that made the plan to the one that reviewed it; and an
//! organization's plans over time.

use serde::Serialize;

use super::{PlanReview, Priority, Status};
use crate::assessment::{Assessment, Status as AssessmentStatus, Timestamp};
use crate::compare::{self, Verdict};
use crate::noise::{Noise, NoiseTable};
use crate::questionnaire::Questionnaire;

/// One priority, how it went, and its facet's change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityProgress {
    /// The priority as planned.
    #[serde(flatten)]
    pub priority: Priority,
    /// How it went, or null when not reviewed (yet).
    pub status: Option<Status>,
    /// What the review says, or "".
    pub review_note: String,
    /// The facet's like-for-like score at the check-in that made the plan, or null.
    pub before: Option<f64>,
    /// At the check-in that reviewed it, or null.
    pub after: Option<f64>,
    /// `after - before`, or null when either is missing.
    pub change: Option<f64>,
    /// The items both check-ins answered that the change rests on, or null.
    pub items: Option<usize>,
    /// Whether the change is more than measurement noise, as `compare` judges it against
    /// the reviewing check-in's questionnaire: `real`, `within noise`, `no estimate` or
    /// `not comparable`.
    pub verdict: Verdict,
    /// The facet's smallest real change (`mdc95`, `source`, `firms`), or null when there
    /// is no estimate.
    pub noise: Option<Noise>,
}

/// The plan made at one check-in and how it went at the next.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanStage {
    /// The assessment holding the plan.
    pub assessment: String,
    /// Its round label, or null.
    pub round: Option<String>,
    /// When its results were recorded.
    pub date: Timestamp,
    /// The assessment that reviewed the plan, or null while it is open.
    pub reviewed_in: Option<String>,
    /// Every priority with its review and facet change (none before the review).
    pub priorities: Vec<PriorityProgress>,
}

/// An organization's plans, oldest first; the last is the current one.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanHistory {
    /// Every check-in that made a plan.
    pub stages: Vec<PlanStage>,
}

/// What one check-in has to do with the plans: the plan it made and the earlier plan it
/// reviewed, each with how it went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanOfCheckIn<'a> {
    /// The plan made from this check-in's results, if any.
    pub made: Option<&'a PlanStage>,
    /// The earlier plan this check-in reviewed, if any.
    pub reviewed: Option<&'a PlanStage>,
}

impl PlanOfCheckIn<'_> {
    /// Neither made nor reviewed a plan: nothing to show.
    pub fn is_empty(&self) -> bool {
        self.made.is_none() && self.reviewed.is_none()
    }
}

impl PlanHistory {
    /// The plan `assessment` made and the plan it reviewed: what its Results, `show` and
    /// reports show of the plan.
    pub fn of_check_in(&self, assessment: &str) -> PlanOfCheckIn<'_> {
        PlanOfCheckIn {
            made: self.stages.iter().find(|s| s.assessment == assessment),
            reviewed: self
                .stages
                .iter()
                .find(|s| s.reviewed_in.as_deref() == Some(assessment)),
        }
    }
}

/// The priorities of `holder`'s plan with the review in `reviewer` (if any) and each
/// facet's like-for-like change from `holder` to `reviewer`, judged against the
/// published noise defaults of `reviewer`'s questionnaire.
pub fn progress(
    holder: (&Assessment, &Questionnaire),
    reviewer: Option<(&Assessment, &Questionnaire)>,
) -> Vec<PriorityProgress> {
    progress_judged(holder, reviewer, None)
}

/// [`progress`] with each change judged against `noise` (the reviewing questionnaire's
/// areas, e.g. measured in the data directory) instead of the published defaults.
pub fn progress_judged(
    holder: (&Assessment, &Questionnaire),
    reviewer: Option<(&Assessment, &Questionnaire)>,
    noise: Option<&NoiseTable>,
) -> Vec<PriorityProgress> {
    let review: Option<&PlanReview> = reviewer
        .and_then(|(a, _)| a.plan_review.as_ref())
        .filter(|r| r.plan_of == holder.0.id);
    // A draft's scores are its answers so far: a change is shown once it is complete.
    let comparison = reviewer
        .filter(|(a, _)| a.status == AssessmentStatus::Complete)
        .map(|after| {
            let comparison = compare::compare_in_order(holder, after);
            match noise {
                Some(noise) => comparison.judged_by(noise),
                None => comparison,
            }
        });
    holder
        .0
        .plan
        .iter()
        .map(|priority| {
            let reviewed =
                review.and_then(|r| r.reviews.iter().find(|v| v.facet == priority.facet));
            let delta = comparison.as_ref().and_then(|c| {
                c.dimensions
                    .iter()
                    .flat_map(|d| &d.facets)
                    .find(|f| f.id == priority.facet)
                    .map(|f| f.delta)
            });
            PriorityProgress {
                priority: priority.clone(),
                status: reviewed.map(|r| r.status),
                review_note: reviewed.map(|r| r.note.clone()).unwrap_or_default(),
                before: delta.and_then(|d| d.before),
                after: delta.and_then(|d| d.after),
                change: delta.and_then(|d| d.change),
                items: delta.and_then(|d| d.items),
                verdict: delta.map_or(Verdict::NotComparable, |d| d.verdict()),
                noise: delta.and_then(|d| d.noise),
            }
        })
        .collect()
}

/// The newest assessment of `assessments` other than `reviewer`, recorded no later than
/// it (all of them without one), whose plan has priorities: the plan a new check-in
/// reviews. Times are whole seconds, so a check-in started in the second the one before it
/// was completed still reviews that one's plan.
pub fn open_plan<'a>(
    assessments: &'a [(Assessment, Questionnaire)],
    reviewer: Option<&Assessment>,
) -> Option<&'a (Assessment, Questionnaire)> {
    assessments
        .iter()
        .filter(|(a, _)| !a.plan.is_empty())
        .filter(|(a, _)| {
            reviewer.is_none_or(|r| a.id != r.id && a.recorded_at() <= r.recorded_at())
        })
        .max_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()).then(a.id.cmp(&b.id)))
}

/// Every plan among `assessments` (one organization's), oldest first, each with the
/// review that a later assessment holds for it (the newest such review); changes judged
/// against the published noise defaults.
pub fn history(assessments: &[(Assessment, Questionnaire)]) -> PlanHistory {
    history_judged(assessments, &|_, _| None)
}

/// [`history`] with each stage's changes judged against `noise_of(reviewer, its
/// questionnaire)`, where that gives a table (the defaults where it gives none).
pub fn history_judged(
    assessments: &[(Assessment, Questionnaire)],
    noise_of: &dyn Fn(&Assessment, &Questionnaire) -> Option<NoiseTable>,
) -> PlanHistory {
    let mut holders: Vec<&(Assessment, Questionnaire)> = assessments
        .iter()
        .filter(|(a, _)| !a.plan.is_empty())
        .collect();
    holders.sort_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()).then(a.id.cmp(&b.id)));
    let stages = holders
        .into_iter()
        .map(|(holder, q)| {
            let reviewer = assessments
                .iter()
                .filter(|(a, _)| {
                    a.plan_review
                        .as_ref()
                        .is_some_and(|r| r.plan_of == holder.id)
                })
                .max_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()));
            PlanStage {
                assessment: holder.id.clone(),
                round: holder.round.clone(),
                date: holder.recorded_at(),
                reviewed_in: reviewer.map(|(a, _)| a.id.clone()),
                priorities: progress_judged(
                    (holder, q),
                    reviewer.map(|(a, q)| (a, q)),
                    reviewer.and_then(|(a, q)| noise_of(a, q)).as_ref(),
                ),
            }
        })
        .collect();
    PlanHistory { stages }
}

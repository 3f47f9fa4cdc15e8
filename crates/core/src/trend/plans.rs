//! The improvement plans beside a trend: each plan with the points of the trend that
//! made and reviewed it, so every surface shows a plan's progress next to the check-ins
//! it spans.

use super::Trend;
use crate::plan::{PlanHistory, PlanStage};

/// One plan of the organization and the points of its trend it spans.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPlan {
    /// The plan, with each priority's review and facet change.
    pub stage: PlanStage,
    /// The point whose check-ins include the one that made it, if it is in the trend.
    pub made_point: Option<usize>,
    /// The point whose check-ins include the one that reviewed it; none while the plan
    /// is open or its review is in a draft (the trend follows complete check-ins).
    pub reviewed_point: Option<usize>,
}

impl Trend {
    /// The same trend with the organization's plans (`history`, over the same
    /// assessments), each placed at the points it spans.
    pub fn with_plans(mut self, history: &PlanHistory) -> Self {
        let point_of = |id: &str| {
            self.points
                .iter()
                .position(|p| p.assessment_ids.iter().any(|a| a == id))
        };
        self.plans = history
            .stages
            .iter()
            .map(|stage| TrendPlan {
                made_point: point_of(&stage.assessment),
                reviewed_point: stage.reviewed_in.as_deref().and_then(point_of),
                stage: stage.clone(),
            })
            .collect();
        self
    }
}

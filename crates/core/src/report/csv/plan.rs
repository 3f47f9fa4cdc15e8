//! A check-in's plan as columns of the wide assessments CSV, added only when some
//! assessment of the export made or reviewed a plan (an export without plans keeps its
//! columns): per facet of a reviewed plan, `plan_reviewed.FACET.status`, `.review_note`,
//! `.before`, `.after`, `.change`, `.items`, `.verdict`, `.mdc95`; per facet of a plan
//! made, `plan_made.FACET.owner`, `.due`, `.note`; and `plan_reviewed_of`, the id of the
//! assessment whose plan the row's check-in reviewed.

use super::Cell;
use crate::documents::{CheckInPlanSummary, PlanStageSummary};
use crate::plan::PriorityProgress;
use crate::report::plan;

const REVIEWED_FIELDS: [&str; 8] = [
    "status",
    "review_note",
    "before",
    "after",
    "change",
    "items",
    "verdict",
    "mdc95",
];
const MADE_FIELDS: [&str; 3] = ["owner", "due", "note"];

/// The plan's columns of one export: the facets planned in any of its assessments.
#[derive(Debug, Default)]
pub struct PlanColumns {
    /// Facets of a reviewed plan, first seen first.
    reviewed: Vec<String>,
    /// Facets of a plan made, first seen first.
    made: Vec<String>,
    /// Whether any assessment made or reviewed a plan (only then are there columns).
    any: bool,
}

impl PlanColumns {
    /// Adds the facets of one assessment's plan, if it has one.
    pub fn add(&mut self, plan: Option<&CheckInPlanSummary>) {
        let Some(summary) = plan else {
            return;
        };
        self.any = true;
        let stages = [
            (&summary.reviewed, &mut self.reviewed),
            (&summary.made, &mut self.made),
        ];
        for (stage, into) in stages {
            for p in stage.iter().flat_map(|s| &s.priorities) {
                if !into.contains(&p.priority.facet) {
                    into.push(p.priority.facet.clone());
                }
            }
        }
    }

    /// The columns, once every assessment was added; `None` when none has a plan.
    pub fn finished(self) -> Option<Self> {
        self.any.then_some(self)
    }

    /// The column names.
    pub fn header(&self) -> Vec<String> {
        let mut header = vec!["plan_reviewed_of".to_string()];
        for facet in &self.reviewed {
            header.extend(
                REVIEWED_FIELDS
                    .iter()
                    .map(|field| format!("plan_reviewed.{facet}.{field}")),
            );
        }
        for facet in &self.made {
            header.extend(
                MADE_FIELDS
                    .iter()
                    .map(|field| format!("plan_made.{facet}.{field}")),
            );
        }
        header
    }

    /// The cells of one row whose check-in has `plan`, matching [`PlanColumns::header`].
    pub fn cells(&self, plan: Option<&CheckInPlanSummary>) -> Vec<Cell> {
        let reviewed = plan.and_then(|p| p.reviewed.as_ref());
        let made = plan.and_then(|p| p.made.as_ref());
        let mut row = vec![Cell::text(
            reviewed.map(|s| s.assessment.clone()).unwrap_or_default(),
        )];
        for facet in &self.reviewed {
            match priority(reviewed, facet) {
                Some(p) => row.extend([
                    Cell::text(plan::status_id(p)),
                    Cell::text(&p.review_note),
                    Cell::Number(p.before),
                    Cell::Number(p.after),
                    Cell::Number(p.change),
                    p.items.map_or(Cell::text(""), Cell::Count),
                    Cell::text(p.verdict.key()),
                    Cell::Number(p.noise.map(|n| n.mdc95)),
                ]),
                None => row.extend(REVIEWED_FIELDS.map(|_| Cell::text(""))),
            }
        }
        for facet in &self.made {
            match priority(made, facet) {
                Some(p) => row.extend([
                    Cell::text(&p.priority.owner),
                    Cell::text(p.priority.due.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::text(&p.priority.note),
                ]),
                None => row.extend(MADE_FIELDS.map(|_| Cell::text(""))),
            }
        }
        row
    }
}

fn priority<'a>(stage: Option<&'a PlanStageSummary>, facet: &str) -> Option<&'a PriorityProgress> {
    stage?.priorities.iter().find(|p| p.priority.facet == facet)
}

//! The plan of one check-in (the plan it reviewed, the plan made from it) and the plan
//! stages of a trend, as headings and rows of plain text that every format lays out and
//! escapes its own way: one wording for the terminal, Markdown, HTML and CSV.

use super::{DateStyle, change_text};
use crate::compare::Delta;
use crate::documents::{CheckInPlanSummary, DeltaSummary, PlanStageSummary, TrendDocument};
use crate::plan::PriorityProgress;
use crate::tr;

/// The heading of the plan a check-in reviewed.
pub fn reviewed_heading() -> &'static str {
    tr!("report-plan-reviewed-heading")
}
/// The heading of the plan made from a check-in.
pub fn made_heading() -> &'static str {
    tr!("report-plan-made-heading")
}
/// The heading of a trend's plans.
pub fn trend_heading() -> &'static str {
    tr!("report-plan-trend-heading")
}

/// A column's heading in the current language (the column constants are the ids every
/// renderer picks cells by).
pub fn column_title(column: &str) -> &'static str {
    match column {
        "Priority" => tr!("report-plan-column-priority"),
        "Owner" => tr!("report-plan-column-owner"),
        "Due" => tr!("report-plan-column-due"),
        "Status" => tr!("report-plan-column-status"),
        "Facet before → after" => tr!("report-plan-column-before-after"),
        "Change" => tr!("report-plan-column-change"),
        "Measurement noise" => tr!("report-plan-column-noise"),
        "Review note" => tr!("report-plan-column-review-note"),
        "Note" => tr!("report-plan-column-note"),
        _ => "",
    }
}

/// The headings of `columns`, in the current language.
pub fn column_titles(columns: &[&str]) -> Vec<&'static str> {
    columns.iter().map(|c| column_title(c)).collect()
}

/// The columns of a reviewed plan's table.
pub const REVIEWED_COLUMNS: [&str; 8] = [
    "Priority",
    "Owner",
    "Due",
    "Status",
    "Facet before → after",
    "Change",
    "Measurement noise",
    "Review note",
];

/// The columns of a plan made, not reviewed yet.
pub const MADE_COLUMNS: [&str; 4] = ["Priority", "Owner", "Due", "Note"];

/// What a change beside a priority is, said once under the table.
pub fn change_note() -> &'static str {
    tr!("report-plan-change-note")
}

/// The change of a priority's facet as the comparison's renderers take it.
pub fn delta(p: &PriorityProgress) -> DeltaSummary {
    DeltaSummary::new(&Delta {
        items: p.items,
        noise: p.noise,
        ..Delta::new(p.before, p.after)
    })
}

/// `done`, `in progress`, `dropped` or `not reviewed`, in the current language.
pub fn status(p: &PriorityProgress) -> String {
    p.status
        .map_or(tr!("report-plan-status-not-reviewed"), |s| s.label())
        .to_string()
}

/// `done`, `in progress`, `dropped` or `not reviewed` as CSV files write it (English).
pub fn status_id(p: &PriorityProgress) -> &'static str {
    p.status.map_or("not reviewed", |s| s.word())
}

/// "66.7 → 83.3", or "-" without both scores.
pub fn before_after(p: &PriorityProgress) -> String {
    match (p.before, p.after) {
        (Some(b), Some(a)) => format!("{} → {}", super::one_decimal(b), super::one_decimal(a)),
        _ => "-".to_string(),
    }
}

/// "+16.7 ▲ on 2 items"; "not comparable" when the two check-ins were compared and the
/// facet could not be (too few items both answered); "-" before there is a complete
/// check-in to compare with (an open plan, or a review in a draft).
pub fn change(p: &PriorityProgress) -> String {
    let delta = delta(p);
    match (delta.change, p.items) {
        (Some(_), Some(items)) => tr!(
            "report-plan-change-on-items",
            change = change_text(&delta),
            count = items
        ),
        (Some(_), None) => change_text(&delta),
        (None, Some(_)) => tr!("report-not-comparable").to_string(),
        (None, None) => "-".to_string(),
    }
}

/// "real (≥ 12.4)", "within noise (< 12.4)", "no estimate", or "" when not comparable.
pub fn noise(p: &PriorityProgress) -> String {
    delta(p).noise_cell()
}

/// `2025-06-30` or `-`.
pub fn due(p: &PriorityProgress, dates: DateStyle) -> String {
    p.priority.due.map_or("-".to_string(), |d| dates.date(d))
}

/// One priority's cell under a column of [`REVIEWED_COLUMNS`], [`MADE_COLUMNS`] or
/// [`TREND_COLUMNS`], unescaped: the one place each column's content is chosen.
fn cell(p: &PriorityProgress, column: &str, dates: DateStyle) -> String {
    match column {
        "Priority" => p.priority.title.clone(),
        "Owner" => p.priority.owner.clone(),
        "Due" => due(p, dates),
        "Status" => status(p),
        "Facet before → after" => before_after(p),
        "Change" => change(p),
        "Measurement noise" => noise(p),
        "Review note" => p.review_note.clone(),
        "Note" => p.priority.note.clone(),
        _ => String::new(),
    }
}

/// One row per priority of `stage`, a cell per column of `columns`, unescaped.
pub fn rows(stage: &PlanStageSummary, columns: &[&str], dates: DateStyle) -> Vec<Vec<String>> {
    stage
        .priorities
        .iter()
        .map(|p| columns.iter().map(|c| cell(p, c, dates)).collect())
        .collect()
}

/// "Made at the check-in of 2025-01-10, round "baseline" (20250110-090000-a1b2)."
pub fn made_at(stage: &PlanStageSummary, dates: DateStyle) -> String {
    let date = dates.date_of(&stage.date);
    let assessment = stage.assessment.as_str();
    match stage.round.as_deref() {
        Some(round) => tr!(
            "report-plan-made-at-round",
            date = date,
            round = round,
            assessment = assessment
        ),
        None => tr!("report-plan-made-at", date = date, assessment = assessment),
    }
}

/// "Reviewed in 20250701-100000-c3d4." or "Open: reviewed at the next check-in."
pub fn review_state(stage: &PlanStageSummary) -> String {
    match &stage.reviewed_in {
        Some(id) => tr!("report-plan-reviewed-in", assessment = id.as_str()),
        None => tr!("report-plan-open").to_string(),
    }
}

/// One table of a check-in's plan, unescaped.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSection {
    /// [`REVIEWED_HEADING`], [`MADE_HEADING`], or which check-ins a trend's plan spans.
    pub heading: String,
    /// Where the plan comes from or whether it was reviewed, said above the table.
    pub sentence: String,
    /// The column headings.
    pub columns: &'static [&'static str],
    /// One row per priority.
    pub rows: Vec<Vec<String>>,
    /// Said under the table (what a change is), or "".
    pub footnote: &'static str,
}

/// The sections of a check-in's plan: the plan it reviewed, then the plan made from it.
/// Nothing for a check-in without either.
pub fn sections(plan: Option<&CheckInPlanSummary>, dates: DateStyle) -> Vec<PlanSection> {
    let Some(plan) = plan else {
        return Vec::new();
    };
    let mut sections = Vec::new();
    if let Some(stage) = &plan.reviewed {
        sections.push(PlanSection {
            heading: reviewed_heading().to_string(),
            sentence: made_at(stage, dates),
            columns: &REVIEWED_COLUMNS,
            rows: rows(stage, &REVIEWED_COLUMNS, dates),
            footnote: change_note(),
        });
    }
    if let Some(stage) = &plan.made {
        sections.push(PlanSection {
            heading: made_heading().to_string(),
            sentence: review_state(stage),
            columns: &MADE_COLUMNS,
            rows: rows(stage, &MADE_COLUMNS, dates),
            footnote: "",
        });
    }
    sections
}

/// The columns of a trend's plan.
pub const TREND_COLUMNS: [&str; 6] = [
    "Priority",
    "Owner",
    "Status",
    "Facet before → after",
    "Change",
    "Measurement noise",
];

/// What a trend says of its plans, once under them.
pub fn trend_note() -> &'static str {
    tr!("report-plan-trend-note")
}

/// One section per plan of a trend, oldest first: which check-ins it spans, then a row
/// per priority in [`TREND_COLUMNS`] order, unescaped. Nothing without plans.
pub fn trend_sections(doc: &TrendDocument, dates: DateStyle) -> Vec<PlanSection> {
    let point = |index: Option<usize>| {
        let point = doc.points.get(index?)?;
        let date = dates.date_of(&point.date);
        Some(match point.round.as_deref() {
            Some(round) => tr!("report-plan-point-round", date = date, round = round),
            None => date,
        })
    };
    doc.plans
        .iter()
        .map(|plan| {
            let made = point(plan.made_point).unwrap_or_else(|| {
                tr!(
                    "report-plan-point-assessment",
                    date = dates.date_of(&plan.stage.date),
                    assessment = plan.stage.assessment.as_str()
                )
            });
            let heading = match (point(plan.reviewed_point), &plan.stage.reviewed_in) {
                (Some(at), _) => tr!("report-plan-span-reviewed", made = made, reviewed = at),
                (None, Some(id)) => tr!(
                    "report-plan-span-reviewed-in-draft",
                    made = made,
                    assessment = id.as_str()
                ),
                (None, None) => tr!("report-plan-span-open", made = made),
            };
            PlanSection {
                heading,
                sentence: String::new(),
                columns: &TREND_COLUMNS,
                rows: rows(&plan.stage, &TREND_COLUMNS, dates),
                footnote: "",
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Verdict;
    use crate::plan::{Priority, Status};

    #[test]
    fn every_column_has_its_cell_and_a_misspelt_one_would_show_empty() {
        let p = PriorityProgress {
            priority: Priority {
                facet: "security".into(),
                title: "Security".into(),
                owner: "IT".into(),
                due: chrono::NaiveDate::from_ymd_opt(2025, 12, 31),
                note: "Write the plan".into(),
            },
            status: Some(Status::Done),
            review_note: "Written".into(),
            // Levels 1, 2 -> 0, 25 => 12.5; levels 2, 2 -> 25, 25 => 25: +12.5 on 2 items.
            before: Some(12.5),
            after: Some(25.0),
            change: Some(12.5),
            items: Some(2),
            verdict: Verdict::NoEstimate,
            noise: None,
        };
        for column in REVIEWED_COLUMNS
            .iter()
            .chain(&MADE_COLUMNS)
            .chain(&TREND_COLUMNS)
        {
            assert!(!cell(&p, column, DateStyle::Iso).is_empty(), "{column}");
        }
        assert_eq!(cell(&p, "Change", DateStyle::Iso), "+12.5 ▲ on 2 items");
        assert_eq!(
            cell(&p, "Facet before → after", DateStyle::Iso),
            "12.5 → 25.0"
        );
        assert_eq!(cell(&p, "Measurement noise", DateStyle::Iso), "no estimate");
        assert_eq!(cell(&p, "Nonexistent", DateStyle::Iso), "");
    }

    #[test]
    fn a_priority_without_a_complete_review_has_no_change_yet() {
        let p = PriorityProgress {
            priority: Priority {
                facet: "security".into(),
                title: "Security".into(),
                owner: String::new(),
                due: None,
                note: String::new(),
            },
            status: None,
            review_note: String::new(),
            before: None,
            after: None,
            change: None,
            items: None,
            verdict: Verdict::NotComparable,
            noise: None,
        };
        assert_eq!(change(&p), "-");
        assert_eq!(noise(&p), "");
        assert_eq!(status(&p), "not reviewed");
        // Compared, but the facet had no items both answered: not comparable.
        let compared = PriorityProgress {
            items: Some(0),
            ..p
        };
        assert_eq!(change(&compared), "not comparable");
    }
}

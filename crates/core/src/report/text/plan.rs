//! `plan` as plain text: the current plan with how each priority went and its facet's
//! change, earlier plans, and the facets a plan is picked from.

use std::fmt::Write as _;

use super::trend::NOTE_WIDTH;
use super::{clean, indent, table};
use crate::documents::{CheckInPlanSummary, PlanDocument, PlanStageSummary, TrendDocument};
use crate::plan::PriorityProgress;
use crate::report::{DateStyle, plan};
use crate::text::wrap;
use crate::tr;

/// The plans, newest first, then the candidates.
pub fn plan(doc: &PlanDocument) -> String {
    let mut out = format!(
        "{}\n",
        tr!("report-plan-text-title", org = clean(&doc.organization))
    );
    if doc.plans.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("report-plan-text-none-yet"));
    }
    for (n, stage) in doc.plans.iter().rev().enumerate() {
        let heading = if n == 0 {
            tr!("report-plan-text-current")
        } else {
            tr!("report-plan-text-earlier")
        };
        stage_text(&mut out, heading, stage);
    }
    if !doc.candidates.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("report-plan-text-candidates"));
        let rows: Vec<Vec<String>> = doc
            .candidates
            .iter()
            .map(|c| {
                vec![
                    clean(&c.facet),
                    clean(&c.title),
                    format!("{:>6}", crate::i18n::decimal(c.score, 1)),
                ]
            })
            .collect();
        out.push_str(&table(
            &[
                tr!("report-plan-column-facet"),
                tr!("report-plan-column-title"),
                tr!("report-column-score"),
            ],
            &rows,
        ));
    }
    out
}

fn stage_text(out: &mut String, heading: &str, stage: &PlanStageSummary) {
    let _ = writeln!(
        out,
        "\n{heading}. {}\n{}",
        clean(&plan::made_at(stage, DateStyle::Iso)),
        clean(&plan::review_state(stage))
    );
    for p in &stage.priorities {
        // `plan` is where the plan's own note is read beside the review's.
        priority_block(out, p, true);
    }
}

/// One priority in a few short lines: title, owner, due and status; the facet's change
/// with its verdict once a complete check-in reviewed it; the plan's note (with
/// `with_note`) and the review's.
fn priority_block(out: &mut String, p: &PriorityProgress, with_note: bool) {
    let title = clean(&p.priority.title);
    let due = plan::due(p, DateStyle::Iso);
    let status = plan::status(p);
    let line = match p.priority.owner.trim() {
        "" => tr!(
            "report-plan-text-priority",
            title = title,
            due = due,
            status = status
        ),
        owner => tr!(
            "report-plan-text-priority-owner",
            title = title,
            owner = clean(owner),
            due = due,
            status = status
        ),
    };
    let _ = writeln!(out, "  - {line}");
    let change = plan::change(p);
    if change != "-" {
        let before_after = plan::before_after(p);
        let line = match plan::noise(p) {
            noise if noise.is_empty() => tr!(
                "report-plan-text-facet-change",
                before_after = before_after,
                change = change
            ),
            noise => tr!(
                "report-plan-text-facet-change-noise",
                before_after = before_after,
                change = change,
                noise = noise
            ),
        };
        let _ = writeln!(out, "    {line}");
    }
    if with_note && !p.priority.note.trim().is_empty() {
        let _ = writeln!(
            out,
            "    {}",
            tr!("report-plan-text-note", note = clean(&p.priority.note))
        );
    }
    if !p.review_note.trim().is_empty() {
        let _ = writeln!(
            out,
            "    {}",
            tr!("report-plan-text-review", note = clean(&p.review_note))
        );
    }
}

/// What one check-in has to do with the plans, as `show` and plain mode print it: the
/// plan it reviewed (each priority's status and its facet's change, real or within
/// noise, a block each so that it fits a narrow terminal) and the plan made from it.
/// Starts with a blank line.
pub fn of_check_in(summary: &CheckInPlanSummary) -> String {
    let dates = DateStyle::Iso;
    let mut out = String::new();
    if let Some(stage) = &summary.reviewed {
        let _ = writeln!(
            out,
            "\n{}\n  {}",
            plan::reviewed_heading(),
            clean(&plan::made_at(stage, dates))
        );
        for p in &stage.priorities {
            priority_block(&mut out, p, false);
        }
        for line in wrap(plan::change_note(), NOTE_WIDTH) {
            let _ = writeln!(out, "  {line}");
        }
    }
    if let Some(stage) = &summary.made {
        let _ = writeln!(
            out,
            "\n{}\n  {}",
            plan::made_heading(),
            clean(&plan::review_state(stage))
        );
        let rows: Vec<Vec<String>> = plan::rows(stage, &plan::MADE_COLUMNS, dates)
            .iter()
            .map(|row| row.iter().map(|cell| clean(cell)).collect())
            .collect();
        out.push_str(&indent(&table(
            &plan::column_titles(&plan::MADE_COLUMNS),
            &rows,
        )));
    }
    out
}

/// A trend's plans, as `trend` prints them under the areas: a block per priority under
/// the check-ins it spans; nothing without plans. Starts with a blank line.
pub fn trend_plans(doc: &TrendDocument) -> String {
    let sections = plan::trend_sections(doc, DateStyle::Iso);
    if sections.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", plan::trend_heading());
    for (section, stage) in sections.iter().zip(&doc.plans) {
        for line in wrap(&clean(&section.heading), NOTE_WIDTH) {
            let _ = writeln!(out, "  {line}");
        }
        for p in &stage.stage.priorities {
            priority_block(&mut out, p, false);
        }
    }
    for line in wrap(plan::trend_note(), NOTE_WIDTH) {
        let _ = writeln!(out, "  {line}");
    }
    out
}

//! `plan` as plain text: the current plan with how each priority went and its facet's
//! change, earlier plans, and the facets a plan is picked from.

use std::fmt::Write as _;

use super::trend::NOTE_WIDTH;
use super::{clean, indent, table};
use crate::documents::{CheckInPlanSummary, PlanDocument, PlanStageSummary, TrendDocument};
use crate::report::{DateStyle, plan};
use crate::text::wrap;

/// The plans, newest first, then the candidates.
pub fn plan(doc: &PlanDocument) -> String {
    let mut out = format!("Improvement plan of {}\n", clean(&doc.organization));
    if doc.plans.is_empty() {
        out.push_str(
            "\nNo plan yet. Pick up to 5 facets below, weakest first, with \
             `ecoready plan --org NAME --add FACET --owner NAME --due YYYY-MM-DD --note TEXT`.\n",
        );
    }
    for (n, stage) in doc.plans.iter().rev().enumerate() {
        let heading = if n == 0 {
            "Current plan"
        } else {
            "Earlier plan"
        };
        stage_text(&mut out, heading, stage);
    }
    if !doc.candidates.is_empty() {
        out.push_str("\nFacets of the latest check-in, weakest first\n");
        let rows: Vec<Vec<String>> = doc
            .candidates
            .iter()
            .map(|c| {
                vec![
                    clean(&c.facet),
                    clean(&c.title),
                    format!("{:>6.1}", c.score),
                ]
            })
            .collect();
        out.push_str(&table(&["Facet", "Title", "Score"], &rows));
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
    let rows: Vec<Vec<String>> = plan::reviewed_rows(stage, DateStyle::Iso)
        .into_iter()
        .zip(&stage.priorities)
        .map(|(mut row, p)| {
            // The plan's own note beside the review's: `plan` is where both are read.
            let last = row.len() - 1;
            row[last] = [p.priority.note.trim(), p.review_note.trim()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" / ");
            row.iter().map(|cell| clean(cell)).collect()
        })
        .collect();
    let mut columns = plan::REVIEWED_COLUMNS;
    columns[columns.len() - 1] = "Note / review";
    out.push_str(&table(&columns, &rows));
}

/// What one check-in has to do with the plans, as `show` and plain mode print it: the
/// plan it reviewed (each priority's status and its facet's change, real or within
/// noise) and the plan made from it. Starts with a blank line.
pub fn of_check_in(summary: &CheckInPlanSummary) -> String {
    let mut out = String::new();
    for section in plan::sections(Some(summary), DateStyle::Iso) {
        let _ = writeln!(out, "\n{}\n{}", section.heading, clean(&section.sentence));
        let rows: Vec<Vec<String>> = section
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| clean(cell)).collect())
            .collect();
        out.push_str(&indent(&table(section.columns, &rows)));
        if !section.footnote.is_empty() {
            let _ = writeln!(out, "{}", section.footnote);
        }
    }
    out
}

/// A trend's plans, as `trend` prints them under the areas: one table per plan, headed by
/// the check-ins it spans; nothing without plans. Starts with a blank line.
pub fn trend_plans(doc: &TrendDocument) -> String {
    let sections = plan::trend_sections(doc, DateStyle::Iso);
    if sections.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", plan::TREND_HEADING);
    for section in &sections {
        let _ = writeln!(out, "  {}", clean(&section.heading));
        let rows: Vec<Vec<String>> = section
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| clean(cell)).collect())
            .collect();
        out.push_str(&indent(&indent(&table(section.columns, &rows))));
    }
    for line in wrap(plan::TREND_NOTE, NOTE_WIDTH) {
        let _ = writeln!(out, "  {line}");
    }
    out
}

//! `plan` as plain text: the current plan with how each priority went and its facet's
//! change, earlier plans, and the facets a plan is picked from.

use std::fmt::Write as _;

use super::{clean, table};
use crate::documents::PlanDocument;
use crate::documents::PlanStageSummary;
use crate::report::one_decimal;

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
    let round = stage
        .round
        .as_deref()
        .map_or(String::new(), |r| format!(", round \"{}\"", clean(r)));
    let _ = writeln!(
        out,
        "\n{heading}, made at the check-in of {}{round} ({})",
        stage.date.format("%Y-%m-%d"),
        clean(&stage.assessment)
    );
    let reviewed = match &stage.reviewed_in {
        Some(id) => format!("Reviewed in {}.", clean(id)),
        None => "Open: reviewed at the next check-in.".to_string(),
    };
    let _ = writeln!(out, "{reviewed}");
    let rows: Vec<Vec<String>> = stage
        .priorities
        .iter()
        .map(|p| {
            let change = match (p.before, p.after, p.change) {
                (Some(b), Some(a), Some(c)) => {
                    let sign = if c > 0.0 { "+" } else { "" };
                    format!(
                        "{} -> {} ({sign}{})",
                        one_decimal(b),
                        one_decimal(a),
                        one_decimal(c)
                    )
                }
                _ => "-".to_string(),
            };
            vec![
                clean(&p.priority.title),
                clean(&p.priority.owner),
                p.priority.due.map_or("-".to_string(), |d| d.to_string()),
                p.status
                    .map_or("not reviewed".to_string(), |s| s.word().to_string()),
                change,
                clean(
                    &[p.priority.note.trim(), p.review_note.trim()]
                        .into_iter()
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join(" / "),
                ),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "Priority",
            "Owner",
            "Due",
            "Status",
            "Facet score",
            "Note / review",
        ],
        &rows,
    ));
}

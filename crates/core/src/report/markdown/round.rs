//! A round report as Markdown: the respondents, each one's score per area beside the
//! mean, range and agreement, and the agenda of items answered far apart.

use std::fmt::Write as _;

use super::{code, escape};
use crate::documents::RoundDocument;
use crate::report::round::{
    agenda_empty, agenda_explained, agreement_cell, agreement_explained, answer_text, areas,
    contested_cell, range_cell, respondent_heading, summary, title,
};
use crate::report::{DateStyle, one_decimal};
use crate::tr;

/// The round report in Markdown.
pub fn round(doc: &RoundDocument, dates: DateStyle) -> String {
    let e = escape;
    let mut out = format!("# {}\n\n{}\n\n", e(&title(doc)), e(&summary(doc)));
    let _ = write!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---:|---|\n",
        e(tr!("report-label-respondent")),
        e(tr!("report-round-role")),
        e(tr!("report-label-completed")),
        e(tr!("report-round-overall")),
        e(tr!("report-label-assessment")),
    );
    for r in &doc.respondents {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            e(&r.respondent.name),
            e(&r.respondent.role),
            dates.date_of(&r.date),
            score(r.overall),
            code(&r.id)
        );
    }
    if !doc.left_out.is_empty() {
        let _ = write!(out, "\n**{}**\n\n", e(tr!("report-round-left-out")));
        for l in &doc.left_out {
            let _ = writeln!(
                out,
                "- {} ({}): {}",
                e(&l.respondent.name),
                code(&l.id),
                e(&l.reason)
            );
        }
    }
    let _ = write!(
        out,
        "\n## {}\n\n| {} |",
        e(tr!("report-round-scores-heading")),
        e(tr!("report-column-area"))
    );
    for i in 0..doc.respondents.len() {
        let _ = write!(out, " {} |", e(&respondent_heading(doc, i)));
    }
    let _ = write!(
        out,
        " {} | {} | {} | |\n|---|",
        e(tr!("report-round-mean")),
        e(tr!("report-round-range")),
        e(tr!("report-round-agreement"))
    );
    out.push_str(&"---:|".repeat(doc.respondents.len() + 3));
    out.push_str("---|\n");
    for area in areas(doc) {
        let title = match area.kind {
            "facet" => format!("– {}", e(area.title)),
            _ => format!("**{}**", e(area.title)),
        };
        let _ = write!(out, "| {title} |");
        for s in &area.spread.scores {
            let _ = write!(out, " {} |", score(*s));
        }
        let _ = writeln!(
            out,
            " {} | {} | {} | {} |",
            score(area.spread.mean),
            range_cell(area.spread),
            e(&agreement_cell(area.spread)),
            contested_cell(area.spread)
        );
    }
    let _ = writeln!(out, "\n{}", e(&agreement_explained(doc)));
    let _ = writeln!(
        out,
        "\n## {}\n\n{}",
        e(tr!("report-round-agenda-heading")),
        e(&agenda_explained(doc))
    );
    if doc.agenda.is_empty() {
        let _ = writeln!(out, "\n{}", agenda_empty(doc));
    }
    for item in &doc.agenda {
        let _ = writeln!(
            out,
            "\n### {}\n\n{}\n",
            e(&item.text),
            e(&tr!(
                "report-round-points-apart",
                facet = item.facet.as_str(),
                apart = crate::i18n::decimal(item.apart, 0)
            ))
        );
        for (i, answer) in item.answers.iter().enumerate() {
            let mut line = format!(
                "- **{}**: {}",
                e(&respondent_heading(doc, i)),
                e(answer_text(answer.answer.as_deref()))
            );
            if !answer.note.trim().is_empty() {
                let _ = write!(
                    line,
                    ". {}: {}",
                    e(tr!("report-column-note")),
                    e(answer.note.trim())
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// A score to one decimal, or `-`.
fn score(value: Option<f64>) -> String {
    value.map_or("-".to_string(), one_decimal)
}

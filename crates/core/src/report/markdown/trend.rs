//! An organization's trend as a Markdown report, from the document `trend --json` prints.

use std::fmt::Write as _;

use super::escape;
use crate::documents::TrendDocument;
use crate::report::text::{no_concerns, no_real_rise};
use crate::report::trend::{
    area_text, concerns_title, grouping, notes, questionnaire_text, respondents_text, rows, span,
    title, trend_change_text,
};
use crate::report::{DateStyle, overall_caveat_text, score_text};
use crate::tr;

/// The trend in Markdown.
pub fn trend(doc: &TrendDocument, dates: DateStyle) -> String {
    let e = escape;
    let mut out = format!(
        "# {}\n\n{} {}\n",
        e(&title(doc)),
        span(doc, dates),
        grouping()
    );
    if doc.points.is_empty() {
        return out;
    }
    let with_change = doc.points.len() > 1;
    let _ = write!(out, "\n| {} |", e(tr!("report-column-area")));
    for point in &doc.points {
        let _ = write!(out, " {} |", dates.date_of(&point.date));
    }
    if with_change {
        let _ = write!(out, " {} |", e(tr!("report-compare-change")));
    }
    out.push_str("\n|---|");
    out.push_str(&"---:|".repeat(doc.points.len() + usize::from(with_change)));
    let _ = write!(out, "\n| {} |", e(tr!("report-label-round")));
    for point in &doc.points {
        let _ = write!(
            out,
            " {} |",
            point.round.as_deref().map(e).unwrap_or_default()
        );
    }
    if with_change {
        out.push_str(" |");
    }
    let _ = write!(out, "\n| {} |", e(tr!("report-trend-respondents")));
    for (i, point) in doc.points.iter().enumerate() {
        let _ = write!(out, " {} |", respondents_text(doc, i, point));
    }
    if with_change {
        out.push_str(" |");
    }
    let _ = write!(out, "\n| {} |", e(tr!("report-label-questionnaire")));
    for (i, point) in doc.points.iter().enumerate() {
        let _ = write!(out, " {} |", e(&questionnaire_text(doc, i, point)));
    }
    out.push_str(if with_change { " |\n" } else { "\n" });
    for row in rows(doc) {
        let title = if row.facet {
            format!("– {}", e(&row.title))
        } else {
            format!("**{}**", e(&row.title))
        };
        let _ = write!(out, "| {title} |");
        for score in &row.scores {
            let _ = write!(out, " {} |", score_text(*score));
        }
        if with_change {
            let _ = write!(out, " {} |", trend_change_text(row.change.as_ref()));
        }
        out.push('\n');
    }
    for note in notes(doc) {
        let _ = writeln!(out, "\n{}", e(&note));
    }
    if doc.mixes_scale_kinds {
        let _ = writeln!(out, "\n{}", overall_caveat_text());
    }
    let most_improved = tr!("report-trend-most-improved");
    for (heading, areas) in [
        (most_improved, &doc.most_improved),
        (concerns_title(doc), &doc.concerns),
    ] {
        if areas.is_empty() && with_change && heading == most_improved {
            let _ = writeln!(out, "\n## {heading}\n\n{}", no_real_rise());
        }
        if !areas.is_empty() {
            let _ = writeln!(out, "\n## {heading}\n");
            for area in areas {
                let _ = writeln!(out, "- {}", area_text(area, &e));
            }
        }
    }

    if doc.concerns.is_empty() && with_change {
        let _ = writeln!(out, "\n## {}\n\n{}", concerns_title(doc), no_concerns());
    }
    out.push_str(&super::peers_section(doc.peers.as_ref()));
    out.push_str(&super::trend_plans(doc, dates));
    out
}

//! An organization's trend as a Markdown report, from the document `trend --json` prints.

use std::fmt::Write as _;

use super::escape;
use crate::documents::TrendDocument;
use crate::report::text::{NO_CONCERNS, NO_REAL_RISE};
use crate::report::trend::{
    GROUPING, area_text, concerns_title, notes, questionnaire_text, respondents_text, rows, span,
    title, trend_change_text,
};
use crate::report::{DateStyle, overall_caveat_text, score_text};

/// The trend in Markdown.
pub fn trend(doc: &TrendDocument, dates: DateStyle) -> String {
    let e = escape;
    let mut out = format!("# {}\n\n{} {GROUPING}\n", e(&title(doc)), span(doc, dates));
    if doc.points.is_empty() {
        return out;
    }
    let with_change = doc.points.len() > 1;
    out.push_str("\n| Area |");
    for point in &doc.points {
        let _ = write!(out, " {} |", dates.date_of(&point.date));
    }
    out.push_str(if with_change {
        " Change |\n|---|"
    } else {
        "\n|---|"
    });
    out.push_str(&"---:|".repeat(doc.points.len() + usize::from(with_change)));
    out.push_str("\n| Round |");
    for point in &doc.points {
        let _ = write!(
            out,
            " {} |",
            point.round.as_deref().map(e).unwrap_or_default()
        );
    }
    out.push_str(if with_change {
        " |\n| Respondents |"
    } else {
        "\n| Respondents |"
    });
    for (i, point) in doc.points.iter().enumerate() {
        let _ = write!(out, " {} |", respondents_text(doc, i, point));
    }
    out.push_str(if with_change {
        " |\n| Questionnaire |"
    } else {
        "\n| Questionnaire |"
    });
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
    for (heading, areas) in [
        ("Most improved", &doc.most_improved),
        (concerns_title(doc), &doc.concerns),
    ] {
        if areas.is_empty() && with_change && heading == "Most improved" {
            let _ = writeln!(out, "\n## {heading}\n\n{NO_REAL_RISE}");
        }
        if !areas.is_empty() {
            let _ = writeln!(out, "\n## {heading}\n");
            for area in areas {
                let _ = writeln!(out, "- {}", area_text(area, &e));
            }
        }
    }

    if doc.concerns.is_empty() && with_change {
        let _ = writeln!(out, "\n## {}\n\n{NO_CONCERNS}", concerns_title(doc));
    }
    out.push_str(&super::peers_section(doc.peers.as_ref()));
    out.push_str(&super::trend_plans(doc, dates));
    out
}

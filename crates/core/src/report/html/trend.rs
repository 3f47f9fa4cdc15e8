//! An organization's trend as one self-contained HTML page: the line chart of overall
//! readiness and every dimension, the table of check-ins and the areas that moved.

use std::fmt::Write as _;

use super::{escape, footer, list_section, page};
use crate::documents::TrendDocument;
use crate::report::svg::{self, Series};
use crate::report::text::{no_concerns, no_real_rise};
use crate::report::trend::{
    area_text, concerns_title, grouping, notes, questionnaire_text, respondents_text, rows, span,
    title, trend_change_text,
};
use crate::report::{DateStyle, overall_caveat_text, score_text};
use crate::tr;

/// The trend as one HTML page with a line chart of overall and every dimension.
pub fn trend(doc: &TrendDocument, dates: DateStyle) -> String {
    let title = title(doc);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<p>{} {}</p>\n</header>\n",
        escape(&title),
        escape(&span(doc, dates)),
        escape(grouping())
    );
    if !doc.points.is_empty() {
        body.push_str(&chart_and_table(doc, dates));
    }
    let esc = |t: &str| escape(t);
    let mut improved: Vec<String> = doc
        .most_improved
        .iter()
        .map(|a| area_text(a, &esc))
        .collect();
    if improved.is_empty() && doc.points.len() > 1 {
        improved.push(escape(no_real_rise()));
    }
    body.push_str(&list_section(tr!("report-trend-most-improved"), &improved));
    let mut concerns: Vec<String> = doc.concerns.iter().map(|a| area_text(a, &esc)).collect();
    if concerns.is_empty() && doc.points.len() > 1 {
        concerns.push(escape(no_concerns()));
    }
    body.push_str(&list_section(concerns_title(doc), &concerns));
    body.push_str(&super::peers_section(doc.peers.as_ref()));
    body.push_str(&super::trend_plans(doc, dates));
    body.push_str(&footer(""));
    page(&title, &body)
}

fn chart_and_table(doc: &TrendDocument, dates: DateStyle) -> String {
    let all_rows = rows(doc);
    let x = x_positions(doc, dates);
    let series: Vec<Series> = all_rows
        .iter()
        .filter(|row| !row.facet)
        .enumerate()
        .map(|(pen, row)| Series {
            label: row.title.clone(),
            values: row.scores.clone(),
            pen,
        })
        .collect();
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<figure>\n",
        escape(tr!("report-trend-scores-heading"))
    );
    out.push_str(&svg::line_chart(
        tr!("report-trend-chart-title"),
        &x,
        &series,
    ));
    let _ = writeln!(
        out,
        "<figcaption>{}</figcaption>\n</figure>",
        escape(tr!("report-trend-chart-caption"))
    );
    let with_change = doc.points.len() > 1;
    let _ = write!(
        out,
        "<table class=\"scores\">\n<thead><tr><th scope=\"col\">{}</th>",
        escape(tr!("report-column-area"))
    );
    for point in &doc.points {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(&dates.date_of(&point.date))
        );
    }
    if with_change {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(tr!("report-compare-change"))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let rounds: Vec<String> = doc
        .points
        .iter()
        .map(|p| p.round.clone().unwrap_or_default())
        .collect();
    let respondents: Vec<String> = (doc.points.iter().enumerate())
        .map(|(i, p)| respondents_text(doc, i, p))
        .collect();
    let questionnaires: Vec<String> = (doc.points.iter().enumerate())
        .map(|(i, p)| questionnaire_text(doc, i, p))
        .collect();
    for (label, cells) in [
        (tr!("report-label-round"), rounds),
        (tr!("report-trend-respondents"), respondents),
        (tr!("report-label-questionnaire"), questionnaires),
    ] {
        let _ = write!(out, "<tr><td>{}</td>", escape(label));
        for cell in cells {
            let _ = write!(out, "<td class=\"num\">{}</td>", escape(&cell));
        }
        out.push_str(if with_change {
            "<td></td></tr>\n"
        } else {
            "</tr>\n"
        });
    }
    for row in &all_rows {
        let _ = write!(
            out,
            "<tr class=\"{}\"><td>{}</td>",
            if row.facet { "facet" } else { "dimension" },
            escape(&row.title)
        );
        for score in &row.scores {
            let _ = write!(out, "<td class=\"num\">{}</td>", score_text(*score));
        }
        if with_change {
            let _ = write!(
                out,
                "<td class=\"num\">{}</td>",
                escape(&trend_change_text(row.change.as_ref()))
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    for note in notes(doc) {
        let _ = writeln!(out, "<p class=\"caveat\">{}</p>", escape(&note));
    }
    if doc.mixes_scale_kinds {
        let _ = writeln!(
            out,
            "<p class=\"caveat\">{}</p>",
            escape(overall_caveat_text())
        );
    }
    out.push_str("</section>\n");
    out
}

/// Each point's place on the time axis (0 first, 1 last; the middle for one point or
/// when all share a moment) and its date label.
fn x_positions(doc: &TrendDocument, dates: DateStyle) -> Vec<(f64, String)> {
    let seconds: Vec<i64> = doc.points.iter().map(|p| p.date.timestamp()).collect();
    let first = seconds.iter().min().copied().unwrap_or_default();
    let last = seconds.iter().max().copied().unwrap_or_default();
    doc.points
        .iter()
        .zip(&seconds)
        .map(|(point, &at)| {
            let fraction = if last > first {
                (at - first) as f64 / (last - first) as f64
            } else {
                0.5
            };
            (fraction, dates.date_of(&point.date))
        })
        .collect()
}

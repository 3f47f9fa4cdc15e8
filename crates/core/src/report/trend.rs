//! An organization's trend as Markdown, HTML and CSV, from the same document
//! `trend --json` prints.

mod html_page;

pub use html_page::html;

use std::fmt::Write as _;

use super::text::{NO_CONCERNS, POINT_SCORES};
use crate::compare::Delta;
use crate::documents::{
    AreaChangeSummary, DeltaSummary, TrendDeltaSummary, TrendDocument, TrendPointSummary,
};
use crate::trend::AreaReason;

use super::csv::{self, Cell};
use super::html::{self, escape};
use super::markdown;
use super::svg::{self, Series};
use super::{DateStyle, OVERALL_CAVEAT, change_text, score_text};

/// How check-ins are formed, said once in every trend report.
const GROUPING: &str = "Each check-in is a round, or a day's assessments without a round \
     label. Only complete assessments count.";

/// Beside a figure that holds other respondents or questionnaires than the check-in before.
const CHANGED_MARK: &str = "*";

/// Says what [`CHANGED_MARK`] means.
const CHANGED_NOTE: &str = "* other respondents or another questionnaire than the check-in \
     before.";

/// One line of the trend table: kind, title, the score at each point, the change.
struct Row {
    facet: bool,
    title: String,
    scores: Vec<Option<f64>>,
    change: Option<TrendDeltaSummary>,
}

/// A like-for-like change with what it rests on: `+12.5 ▲ (2 resp. · 10 items)`, or
/// `not comparable`.
fn trend_change_text(change: Option<&TrendDeltaSummary>) -> String {
    match change {
        Some(c) if c.delta.change.is_some() => {
            format!("{} ({})", change_text(&c.delta), c.rests_on())
        }
        _ => "not comparable".to_string(),
    }
}

/// The respondents count of point `i`, marked when it holds other respondents.
fn respondents_text(doc: &TrendDocument, i: usize, point: &TrendPointSummary) -> String {
    if doc.respondents_changed(i) {
        format!("{} {CHANGED_MARK}", point.respondents)
    } else {
        point.respondents.to_string()
    }
}

/// The questionnaires of point `i`, marked when they differ from the point before.
fn questionnaire_text(doc: &TrendDocument, i: usize, point: &TrendPointSummary) -> String {
    let used = point.questionnaires.join(", ");
    if doc.questionnaire_changed(i) {
        format!("{used} {CHANGED_MARK}")
    } else {
        used
    }
}

/// The sentences under the table: the mark, what the changes rest on, how a check-in's
/// scores are made.
fn notes(doc: &TrendDocument) -> Vec<String> {
    let mut notes = Vec::new();
    if doc.anything_changed() {
        notes.push(CHANGED_NOTE.to_string());
    }
    notes.extend(doc.change.basis());
    if doc.points.iter().any(|p| p.respondents > 1) {
        notes.push(POINT_SCORES.to_string());
    }
    notes
}

/// Overall, then every dimension followed by its facets, across the points.
fn rows(doc: &TrendDocument) -> Vec<Row> {
    let mut rows = vec![Row {
        facet: false,
        title: "Overall readiness".to_string(),
        scores: doc.points.iter().map(|p| p.overall).collect(),
        change: Some(doc.change.overall.clone()),
    }];
    for (d, dimension) in doc.dimensions.iter().enumerate() {
        let scores: Vec<Option<f64>> = doc
            .points
            .iter()
            .map(|p| p.dimensions.get(d).and_then(|s| s.score))
            .collect();
        let change = doc.change.dimensions.get(d).map(|c| c.delta.clone());
        rows.push(Row {
            facet: false,
            title: dimension.title.clone(),
            scores,
            change,
        });
        for facet in &dimension.facets {
            let scores: Vec<Option<f64>> = doc
                .points
                .iter()
                .map(|p| facet_score(p, &dimension.id, &facet.id))
                .collect();
            let change = doc
                .change
                .facets
                .iter()
                .find(|c| c.dimension.as_deref() == Some(&dimension.id) && c.id == facet.id)
                .map(|c| c.delta.clone());
            rows.push(Row {
                facet: true,
                title: facet.title.clone(),
                change,
                scores,
            });
        }
    }
    rows
}

fn facet_score(point: &TrendPointSummary, dimension: &str, facet: &str) -> Option<f64> {
    point
        .facets
        .iter()
        .find(|s| s.dimension == dimension && s.facet.as_deref() == Some(facet))
        .and_then(|s| s.score)
}

fn title(doc: &TrendDocument) -> String {
    format!("Readiness over time: {}", doc.organization)
}

/// "3 check-ins, 10/01/2025 to 10/10/2025." or that there is none yet.
fn span(doc: &TrendDocument, dates: DateStyle) -> String {
    match (doc.points.first(), doc.points.last()) {
        (Some(first), Some(last)) if doc.points.len() > 1 => format!(
            "{} check-ins, {} to {}.",
            doc.points.len(),
            dates.date_of(&first.date),
            dates.date_of(&last.date)
        ),
        (Some(only), _) => format!("One check-in, {}.", dates.date_of(&only.date)),
        _ => "No complete assessment yet.".to_string(),
    }
}

fn concerns_title(doc: &TrendDocument) -> &'static str {
    match doc.concerns.first().map(|c| c.reason) {
        Some(AreaReason::LowestNow) if doc.points.len() > 1 => {
            "Areas of concern (nothing declined; lowest now)"
        }
        Some(AreaReason::LowestNow) => "Areas of concern (lowest now)",
        _ => "Areas of concern",
    }
}

/// One listed area: `title (dimension): 50.0 → 75.0, +25.0 ▲`, with `title` already
/// escaped by the caller's escaping.
fn area_text(area: &AreaChangeSummary, escape: &dyn Fn(&str) -> String) -> String {
    let title = match &area.facet {
        Some(_) => format!(
            "{} ({})",
            escape(&area.title),
            escape(&area.dimension_title)
        ),
        None => escape(&area.title),
    };
    let change = DeltaSummary::new(&Delta::new(area.first, Some(area.last)));
    match area.reason {
        AreaReason::LowestNow => format!("{title}: {} now", score_text(Some(area.last))),
        AreaReason::Improved | AreaReason::Declined => format!(
            "{title}: {} → {}, {} (like for like: {})",
            score_text(area.first),
            score_text(Some(area.last)),
            change_text(&change),
            area.rests_on()
        ),
    }
}

/// The trend in Markdown.
pub fn markdown(doc: &TrendDocument, dates: DateStyle) -> String {
    let e = markdown::escape;
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
    let _ = writeln!(out, "\n{OVERALL_CAVEAT}");
    for (heading, areas) in [
        ("Most improved", &doc.most_improved),
        (concerns_title(doc), &doc.concerns),
    ] {
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
    out
}

/// One row per check-in: date, round, respondents, the assessments, the questionnaires
/// (`id@version`), overall, every dimension and every facet.
pub fn csv(doc: &TrendDocument) -> String {
    let mut header: Vec<String> = [
        "date",
        "round",
        "respondents",
        "assessment_ids",
        "questionnaires",
        "overall",
    ]
    .map(str::to_string)
    .to_vec();
    header.extend(doc.dimensions.iter().map(|d| d.id.clone()));
    for d in &doc.dimensions {
        header.extend(d.facets.iter().map(|f| format!("{}.{}", d.id, f.id)));
    }
    let rows: Vec<Vec<Cell>> = doc
        .points
        .iter()
        .map(|p| {
            let mut row = vec![
                Cell::text(DateStyle::Iso.date_of(&p.date)),
                Cell::text(p.round.clone().unwrap_or_default()),
                Cell::Count(p.respondents),
                Cell::text(p.assessment_ids.join(" ")),
                Cell::text(p.questionnaires.join(" ")),
                Cell::Number(p.overall),
            ];
            row.extend(
                doc.dimensions
                    .iter()
                    .enumerate()
                    .map(|(i, _)| Cell::Number(p.dimensions.get(i).and_then(|s| s.score))),
            );
            for d in &doc.dimensions {
                row.extend(
                    d.facets
                        .iter()
                        .map(|f| Cell::Number(facet_score(p, &d.id, &f.id))),
                );
            }
            row
        })
        .collect();
    csv::document(&header, &rows)
}

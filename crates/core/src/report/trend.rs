//! What every report format of a trend shares: the table's rows, the sentences about
//! who and which questionnaire each check-in holds, the title and span. The renderers are
//! in the format folders.

use super::text::point_scores;
use crate::compare::Delta;
use crate::documents::{
    AreaChangeSummary, DeltaSummary, TrendDeltaSummary, TrendDocument, TrendPointSummary,
};
use crate::tr;
use crate::trend::AreaReason;

use super::{DateStyle, change_text, score_text};

/// How check-ins are formed, said once in every trend report.
pub(super) fn grouping() -> &'static str {
    tr!("report-trend-grouping")
}

/// Beside a figure that holds other respondents or questionnaires than the check-in before.
pub(super) const CHANGED_MARK: &str = "*";

/// Says what [`CHANGED_MARK`] means.
pub(super) fn changed_note() -> &'static str {
    tr!("report-trend-changed-note")
}

/// One line of the trend table: kind, title, the score at each point, the change.
pub(super) struct Row {
    pub(super) facet: bool,
    pub(super) title: String,
    pub(super) scores: Vec<Option<f64>>,
    pub(super) change: Option<TrendDeltaSummary>,
}

/// A like-for-like change with what it rests on: `+12.5 ▲ (2 resp. · 10 items)`, or
/// `not comparable`.
pub(super) fn trend_change_text(change: Option<&TrendDeltaSummary>) -> String {
    match change {
        Some(c) if c.delta.change.is_some() => format!(
            "{} ({}; {})",
            change_text(&c.delta),
            c.rests_on(),
            c.delta.noise_cell()
        ),
        _ => tr!("report-not-comparable").to_string(),
    }
}

/// The respondents count of point `i`, marked when it holds other respondents.
pub(super) fn respondents_text(doc: &TrendDocument, i: usize, point: &TrendPointSummary) -> String {
    if doc.respondents_changed(i) {
        format!("{} {CHANGED_MARK}", point.respondents)
    } else {
        point.respondents.to_string()
    }
}

/// The questionnaires of point `i`, marked when they differ from the point before.
pub(super) fn questionnaire_text(
    doc: &TrendDocument,
    i: usize,
    point: &TrendPointSummary,
) -> String {
    let used = point.questionnaires.join(", ");
    if doc.questionnaire_changed(i) {
        format!("{used} {CHANGED_MARK}")
    } else {
        used
    }
}

/// The sentences under the table: the mark, what the changes rest on, how a check-in's
/// scores are made.
pub(super) fn notes(doc: &TrendDocument) -> Vec<String> {
    let mut notes = Vec::new();
    if doc.anything_changed() {
        notes.push(changed_note().to_string());
    }
    notes.extend(doc.change.basis());
    if doc.points.iter().any(|p| p.respondents > 1) {
        notes.push(point_scores().to_string());
    }
    if doc.points.len() > 1 {
        notes.push(doc.shown_noise_note());
    }
    notes
}

/// Overall, then every dimension followed by its facets, across the points.
pub(super) fn rows(doc: &TrendDocument) -> Vec<Row> {
    let mut rows = vec![Row {
        facet: false,
        title: tr!("report-overall-heading").to_string(),
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

pub(super) fn facet_score(point: &TrendPointSummary, dimension: &str, facet: &str) -> Option<f64> {
    point
        .facets
        .iter()
        .find(|s| s.dimension == dimension && s.facet.as_deref() == Some(facet))
        .and_then(|s| s.score)
}

pub(super) fn title(doc: &TrendDocument) -> String {
    tr!(
        "report-trend-title",
        organization = doc.organization.as_str()
    )
}

/// "3 check-ins, 10/01/2025 to 10/10/2025." or that there is none yet.
pub(super) fn span(doc: &TrendDocument, dates: DateStyle) -> String {
    match (doc.points.first(), doc.points.last()) {
        (Some(first), Some(last)) if doc.points.len() > 1 => tr!(
            "report-trend-span",
            count = doc.points.len(),
            first = dates.date_of(&first.date),
            last = dates.date_of(&last.date)
        ),
        (Some(only), _) => tr!("report-trend-span-one", date = dates.date_of(&only.date)),
        _ => tr!("report-trend-span-none").to_string(),
    }
}

pub(super) fn concerns_title(doc: &TrendDocument) -> &'static str {
    match doc.concerns.first().map(|c| c.reason) {
        Some(AreaReason::LowestNow) if doc.points.len() > 1 => {
            tr!("report-trend-concerns-nothing-declined")
        }
        Some(AreaReason::LowestNow) => tr!("report-trend-concerns-lowest-now"),
        _ => tr!("report-trend-concerns"),
    }
}

/// One listed area: `title (dimension): 50.0 → 75.0, +25.0 ▲`, with `title` already
/// escaped by the caller's escaping.
pub(super) fn area_text(area: &AreaChangeSummary, escape: &dyn Fn(&str) -> String) -> String {
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
        AreaReason::LowestNow => tr!(
            "report-trend-area-now",
            title = title,
            score = score_text(Some(area.last))
        ),
        AreaReason::Improved | AreaReason::Declined => tr!(
            "report-trend-area-change",
            title = title,
            first = score_text(area.first),
            last = score_text(Some(area.last)),
            change = change_text(&change),
            rests_on = area.rests_on(),
            noise = area.noise_words()
        ),
    }
}

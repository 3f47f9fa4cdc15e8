//! Assessments as CSV: wide, one row per assessment with every score; or long, one row
//! per answer, for analysis.

use super::plan::PlanColumns;
use super::{Cell, document};
use crate::assessment::{Mode, Response};
use crate::documents::{AssessmentDetail, ScoreSummary, rfc3339};
use crate::report::{DateStyle, status_word};

/// The dimension ids of every assessment, each with its facet ids, in first-seen order.
fn dimension_columns(details: &[AssessmentDetail]) -> Vec<(String, Vec<String>)> {
    let mut columns: Vec<(String, Vec<String>)> = Vec::new();
    for dimension in details.iter().flat_map(|d| &d.summary.scores.dimensions) {
        let position = match columns.iter().position(|(id, _)| *id == dimension.id) {
            Some(position) => position,
            None => {
                columns.push((dimension.id.clone(), Vec::new()));
                columns.len() - 1
            }
        };
        let facets = &mut columns[position].1;
        for facet in &dimension.facets {
            if !facets.contains(&facet.id) {
                facets.push(facet.id.clone());
            }
        }
    }
    columns
}

/// One row per assessment: metadata (with the draft or partial label, `caveat`, right
/// after the status), the overall score, each dimension with its band and
/// coverage (percent of items answered with a value), then each facet's score.
pub fn wide(details: &[AssessmentDetail]) -> String {
    let columns = dimension_columns(details);
    let mut header: Vec<String> = [
        "id",
        "organization",
        "sector",
        "respondent",
        "role",
        "mode",
        "advisor",
        "round",
        "questionnaire",
        "version",
        "status",
        "caveat",
        "started_at",
        "completed_at",
        "overall",
        "overall_band",
        "overall_coverage",
    ]
    .map(str::to_string)
    .to_vec();
    for (dimension, _) in &columns {
        header.extend([
            dimension.clone(),
            format!("{dimension}_band"),
            format!("{dimension}_coverage"),
        ]);
    }
    for (dimension, facets) in &columns {
        header.extend(facets.iter().map(|facet| format!("{dimension}.{facet}")));
    }
    let plan = PlanColumns::new(details);
    header.extend(plan.iter().flat_map(PlanColumns::header));
    let rows: Vec<Vec<Cell>> = details
        .iter()
        .map(|detail| {
            let mut row = wide_row(detail, &columns);
            row.extend(plan.iter().flat_map(|p| p.cells(detail)));
            row
        })
        .collect();
    document(&header, &rows)
}

fn wide_row(detail: &AssessmentDetail, columns: &[(String, Vec<String>)]) -> Vec<Cell> {
    let s = &detail.summary;
    let mut row = vec![
        Cell::text(&s.id),
        Cell::text(&s.organization.name),
        Cell::text(&s.organization.sector),
        Cell::text(&s.respondent.name),
        Cell::text(&s.respondent.role),
        Cell::text(mode_value(s.mode)),
        Cell::text(s.advisor.clone().unwrap_or_default()),
        Cell::text(s.round.clone().unwrap_or_default()),
        Cell::text(&s.questionnaire.id),
        Cell::text(&s.questionnaire.version),
        Cell::text(status_word(s.status)),
        Cell::text(s.caveat.clone().unwrap_or_default()),
        Cell::text(rfc3339(&s.started_at)),
        Cell::text(s.completed_at.as_ref().map(rfc3339).unwrap_or_default()),
    ];
    row.extend(score_cells(Some(&s.scores.overall)));
    let dimensions = &s.scores.dimensions;
    for (id, _) in columns {
        let dimension = dimensions.iter().find(|d| d.id == *id);
        row.extend(score_cells(dimension.map(|d| &d.score)));
    }
    for (id, facets) in columns {
        let dimension = dimensions.iter().find(|d| d.id == *id);
        for facet_id in facets {
            let facet = dimension.and_then(|d| d.facets.iter().find(|f| f.id == *facet_id));
            row.push(Cell::Number(facet.and_then(|f| f.score.score)));
        }
    }
    row
}

/// Score, band and coverage in percent; all empty for an area the assessment lacks. A score
/// without a value says in its band cell what is missing (the score cell stays a number).
fn score_cells(score: Option<&ScoreSummary>) -> [Cell; 3] {
    let band = score.and_then(|s| s.band.clone().or_else(|| s.not_enough_answers()));
    [
        Cell::Number(score.and_then(|s| s.score)),
        Cell::text(band.unwrap_or_default()),
        Cell::Number(score.map(|s| s.coverage * 100.0)),
    ]
}

/// One row per item of every assessment: the answer, its score, note and flag.
pub fn long(details: &[AssessmentDetail]) -> String {
    let header = [
        "assessment_id",
        "organization",
        "round",
        "date",
        "dimension",
        "facet",
        "item",
        "item_text",
        "response",
        "item_score",
        "note",
        "flagged",
    ]
    .map(str::to_string);
    let mut rows = Vec::new();
    for detail in details {
        let s = &detail.summary;
        let date = DateStyle::Iso.date_of(s.completed_at.as_ref().unwrap_or(&s.started_at));
        for answer in &detail.answers {
            rows.push(vec![
                Cell::text(&s.id),
                Cell::text(&s.organization.name),
                Cell::text(s.round.clone().unwrap_or_default()),
                Cell::text(&date),
                Cell::text(&answer.dimension),
                Cell::text(&answer.facet),
                Cell::text(&answer.item),
                Cell::text(&answer.text),
                match answer.response {
                    Some(Response::Value(value)) => Cell::Count(usize::from(value)),
                    Some(Response::DontKnow) => Cell::text(crate::assessment::DONT_KNOW),
                    None => Cell::text(""),
                },
                Cell::Number(answer.score),
                Cell::text(&answer.note),
                Cell::text(if answer.flagged { "true" } else { "false" }),
            ]);
        }
    }
    document(&header, &rows)
}

/// The value `show --json` uses for a mode.
fn mode_value(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => "self",
        Mode::Interview => "interview",
    }
}

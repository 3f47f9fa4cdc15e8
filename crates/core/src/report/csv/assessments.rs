//! Assessments as CSV: wide, one row per assessment with every score; or long, one row
//! per answer, for analysis.

use super::plan::PlanColumns;
use super::{Cell, push_cells, push_line, start};
use crate::assessment::{Mode, Response};
use crate::documents::{
    AssessmentDetail, AssessmentSummary, CheckInPlanSummary, ScoreSummary, rfc3339,
};
use crate::report::{DateStyle, status_id};

/// The metadata columns of the wide layout, before the overall score's.
const WIDE_METADATA: [&str; 17] = [
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
];

/// One row per assessment: metadata (with the draft or partial label, `caveat`, right
/// after the status), the overall score, each dimension with its band and
/// coverage (percent of items answered with a value), then each facet's score.
pub fn wide(details: &[AssessmentDetail]) -> String {
    let mut rows = WideRows::default();
    for detail in details {
        rows.push(&detail.summary, detail.plan.as_ref());
    }
    rows.into_lines().collect()
}

/// The wide layout made one assessment at a time, for exports of thousands: its columns
/// are the union of every assessment's dimensions, facets and plan facets, known only
/// after the last one, so each row is written as it comes with its variable cells kept
/// by column (about a kilobyte per assessment) and laid out at the end
/// ([`WideRows::into_lines`]). Nothing else of an assessment is kept.
#[derive(Debug, Default)]
pub struct WideRows {
    /// The dimension ids, each with its facet ids, in first-seen order.
    columns: Vec<(String, Vec<String>)>,
    plan: PlanColumns,
    rows: Vec<WideRow>,
}

/// One assessment's row, its cells written as far as they do not depend on the columns.
#[derive(Debug)]
struct WideRow {
    /// The metadata and overall cells, written, without a line end.
    fixed: String,
    /// Each dimension's score, band and coverage cells, written, by column.
    dimensions: Vec<(usize, String)>,
    /// Each facet's score by dimension and facet column.
    facets: Vec<(usize, usize, Option<f64>)>,
    /// Its plan's cells are written once the plan columns are known.
    plan: Option<CheckInPlanSummary>,
}

impl WideRows {
    /// Adds the row of one assessment (`summary`, with the `plan` it made or reviewed).
    pub fn push(&mut self, summary: &AssessmentSummary, plan: Option<&CheckInPlanSummary>) {
        let mut row = WideRow {
            fixed: String::new(),
            dimensions: Vec::new(),
            facets: Vec::new(),
            plan: plan.cloned(),
        };
        push_cells(&mut row.fixed, &fixed_cells(summary));
        for dimension in &summary.scores.dimensions {
            let at = match self.columns.iter().position(|(id, _)| *id == dimension.id) {
                Some(at) => at,
                None => {
                    self.columns.push((dimension.id.clone(), Vec::new()));
                    self.columns.len() - 1
                }
            };
            let facets = &mut self.columns[at].1;
            let first = !row.dimensions.iter().any(|(column, _)| *column == at);
            if first {
                let mut cells = String::new();
                push_cells(&mut cells, &score_cells(Some(&dimension.score)));
                row.dimensions.push((at, cells));
            }
            for facet in &dimension.facets {
                let facet_at = match facets.iter().position(|id| *id == facet.id) {
                    Some(facet_at) => facet_at,
                    None => {
                        facets.push(facet.id.clone());
                        facets.len() - 1
                    }
                };
                // A row takes the first dimension and facet of an id, as a lookup by id.
                let seen = row
                    .facets
                    .iter()
                    .any(|(d, f, _)| (*d, *f) == (at, facet_at));
                if first && !seen {
                    row.facets.push((at, facet_at, facet.score.score));
                }
            }
        }
        self.plan.add(plan);
        self.rows.push(row);
    }

    /// The document line by line, each ending in CRLF: the header (after the byte order
    /// mark), then one line per assessment in the order they were added.
    pub fn into_lines(self) -> impl Iterator<Item = String> {
        let Self {
            columns,
            plan,
            rows,
        } = self;
        let plan = plan.finished();
        let mut header: Vec<String> = WIDE_METADATA.map(str::to_string).to_vec();
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
        header.extend(plan.iter().flat_map(PlanColumns::header));
        let empty_dimension = {
            let mut cells = String::new();
            push_cells(&mut cells, &score_cells(None));
            cells
        };
        let lines = rows.into_iter().map(move |row| {
            let mut line = row.fixed;
            for at in 0..columns.len() {
                line.push(',');
                match row.dimensions.iter().find(|(column, _)| *column == at) {
                    Some((_, cells)) => line.push_str(cells),
                    None => line.push_str(&empty_dimension),
                }
            }
            for (at, (_, facets)) in columns.iter().enumerate() {
                for facet_at in 0..facets.len() {
                    let score = row
                        .facets
                        .iter()
                        .find(|(d, f, _)| (*d, *f) == (at, facet_at))
                        .and_then(|(_, _, score)| *score);
                    line.push(',');
                    push_cells(&mut line, &[Cell::Number(score)]);
                }
            }
            if let Some(plan) = &plan {
                line.push(',');
                push_cells(&mut line, &plan.cells(row.plan.as_ref()));
            }
            line.push_str("\r\n");
            line
        });
        std::iter::once(start(&header)).chain(lines)
    }
}

/// The metadata and overall cells of a wide row.
fn fixed_cells(s: &AssessmentSummary) -> Vec<Cell> {
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
        Cell::text(status_id(s.status)),
        Cell::text(s.caveat.clone().unwrap_or_default()),
        Cell::text(rfc3339(&s.started_at)),
        Cell::text(s.completed_at.as_ref().map(rfc3339).unwrap_or_default()),
    ];
    row.extend(score_cells(Some(&s.scores.overall)));
    row
}

/// Score, band and coverage in percent; all empty for an area the assessment lacks. A score
/// without a value says in its band cell what is missing (the score cell stays a number).
fn score_cells(score: Option<&ScoreSummary>) -> [Cell; 3] {
    // CSV is read by programs: what a score lacks stays in English, as in JSON.
    let band = score.and_then(|s| {
        s.band
            .clone()
            .or_else(|| crate::i18n::with_lang(crate::i18n::Lang::En, || s.not_enough_answers()))
    });
    [
        Cell::Number(score.and_then(|s| s.score)),
        Cell::text(band.unwrap_or_default()),
        Cell::Number(score.map(|s| s.coverage * 100.0)),
    ]
}

/// One row per item of every assessment: the answer, its score, note and flag.
pub fn long(details: &[AssessmentDetail]) -> String {
    let mut out = long_start();
    for detail in details {
        push_long_rows(&mut out, detail);
    }
    out
}

/// The start of the long layout: the byte order mark and the header line. Its rows
/// ([`push_long_rows`]) need nothing of other assessments, so they can be written as
/// each assessment is read.
pub fn long_start() -> String {
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
    start(&header)
}

/// Writes the long layout's rows of one assessment: one per item.
pub fn push_long_rows(out: &mut String, detail: &AssessmentDetail) {
    let s = &detail.summary;
    let date = DateStyle::Iso.date_of(s.completed_at.as_ref().unwrap_or(&s.started_at));
    for answer in &detail.answers {
        push_line(
            out,
            &[
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
            ],
        );
    }
}

/// The value `show --json` uses for a mode.
fn mode_value(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => "self",
        Mode::Interview => "interview",
    }
}

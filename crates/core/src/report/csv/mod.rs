//! CSV for spreadsheets (RFC 4180): CRLF line ends, fields with a comma, quote, CR or LF
//! quoted and quotes doubled. Text that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, tab or CR, also after leading spaces, which spreadsheets
//! skip) is prefixed with `'`; numbers we write ourselves are left as numbers. The file starts with a UTF-8 byte order mark so that spreadsheets
//! read accented names correctly instead of guessing a legacy encoding.

mod comparison;
mod trend;

pub use comparison::comparison;
pub use trend::trend;

use crate::assessment::{Mode, Response};
use crate::documents::{AssessmentDetail, ScoreSummary, rfc3339};

use super::{DateStyle, one_decimal, status_word};
use crate::text::strip_hidden;

/// Marks the text as UTF-8 for spreadsheet programs.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// One field of a row.
pub enum Cell {
    /// User or file text: cleaned of control characters and neutralised.
    Text(String),
    /// A score or change, to one decimal; empty when absent.
    Number(Option<f64>),
    /// A whole number, as is.
    Count(usize),
}

impl Cell {
    /// A text cell from anything string-like.
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    fn write(&self, out: &mut String) {
        match self {
            Cell::Text(text) => write_text(out, text),
            Cell::Number(Some(value)) => out.push_str(&one_decimal(*value)),
            Cell::Number(None) => {}
            Cell::Count(count) => out.push_str(&count.to_string()),
        }
    }
}

/// A CSV document: the header, then one line per row, each ending in CRLF.
pub fn document(header: &[String], rows: &[Vec<Cell>]) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    let header: Vec<Cell> = header.iter().map(Cell::text).collect();
    for row in std::iter::once(&header).chain(rows) {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            cell.write(&mut out);
        }
        out.push_str("\r\n");
    }
    out
}

/// Text without control characters, escape sequences and invisible formatting characters
/// ([`strip_hidden`]: line breaks and tabs stay), prefixed with `'` when a spreadsheet would read it as a
/// formula, and quoted when RFC 4180 requires it.
fn write_text(out: &mut String, text: &str) {
    let mut clean = strip_hidden(text);
    if is_formula(&clean) {
        clean.insert(0, '\'');
    }
    if clean.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&clean.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&clean);
    }
}

/// Whether a spreadsheet would run the text as a formula: it starts with `=`, `+`, `-` or
/// `@`, possibly after blanks (spreadsheets skip leading spaces, also non-breaking ones),
/// or with a tab or CR, which some spreadsheets read as the start of a formula too.
fn is_formula(text: &str) -> bool {
    text.starts_with(['\t', '\r'])
        || text
            .trim_start_matches(char::is_whitespace)
            .starts_with(['=', '+', '-', '@'])
}

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
    let rows: Vec<Vec<Cell>> = details
        .iter()
        .map(|detail| wide_row(detail, &columns))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one_row(cells: Vec<Cell>) -> String {
        let header: Vec<String> = (0..cells.len()).map(|i| format!("c{i}")).collect();
        let text = document(&header, &[cells]);
        let body = text.split_once("\r\n").map(|(_, rest)| rest).unwrap();
        body.strip_suffix("\r\n").unwrap().to_string()
    }

    #[test]
    fn quotes_only_what_rfc_4180_requires_and_doubles_quotes() {
        let row = one_row(vec![
            Cell::text("plain"),
            Cell::text("a, b"),
            Cell::text("say \"hi\""),
            Cell::text("two\nlines"),
        ]);
        assert_eq!(row, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"");
    }

    #[test]
    fn formula_text_is_neutralised_but_numbers_stay_numbers() {
        let row = one_row(vec![
            Cell::text("=1+1"),
            Cell::text("+49 30"),
            Cell::text("-x"),
            Cell::text("@SUM(A1)"),
            Cell::text("\tx"),
            Cell::text("\rx"),
            Cell::Number(Some(-12.5)),
            Cell::Number(None),
            Cell::Count(7),
        ]);
        // A leading CR forces quoting as well.
        assert_eq!(row, "'=1+1,'+49 30,'-x,'@SUM(A1),'\tx,\"'\rx\",-12.5,,7");
    }

    #[test]
    fn formulas_after_leading_blanks_are_neutralised_too() {
        let row = one_row(vec![
            Cell::text("  =1+1"),
            Cell::text(" \t+cmd"),
            Cell::text("\u{a0}-x"),
            Cell::text("\n@SUM(A1)"),
            Cell::text("  plain"),
        ]);
        assert_eq!(row, "'  =1+1,' \t+cmd,'\u{a0}-x,\"'\n@SUM(A1)\",  plain");
    }

    #[test]
    fn invisible_formatting_is_dropped_before_the_formula_check() {
        // U+202E would show "=cmd" reversed; U+200B would hide the "=" from a naive check.
        assert_eq!(
            one_row(vec![Cell::text("\u{200b}=cmd\u{202e}x\u{7f}\u{9b}")]),
            "'=cmdx"
        );
    }

    #[test]
    fn control_characters_are_dropped_before_the_formula_check() {
        // NUL then "=": once NUL is gone the text starts with "=" and must be neutralised.
        assert_eq!(one_row(vec![Cell::text("\u{0}=cmd\u{1b}")]), "'=cmd");
    }

    #[test]
    fn the_document_starts_with_a_byte_order_mark_and_ends_lines_with_crlf() {
        let text = document(&["a".to_string()], &[vec![Cell::Count(1)]]);
        assert_eq!(text, "\u{feff}a\r\n1\r\n");
    }
}

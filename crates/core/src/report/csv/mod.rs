//! CSV for spreadsheets (RFC 4180): CRLF line ends, fields with a comma, quote, CR or LF
//! quoted and quotes doubled. Text that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, tab or CR, also after leading spaces, which spreadsheets
//! skip) is prefixed with `'`; numbers we write ourselves are left as numbers. The file
//! starts with a UTF-8 byte order mark so that spreadsheets read accented names correctly
//! instead of guessing a legacy encoding. The renderers beside this writer make
//! assessments, a comparison and a trend into rows.

mod assessments;
mod comparison;
mod plan;
mod round;
mod trend;

pub use assessments::{WideRows, long, long_start, push_long_rows, wide};
pub use comparison::comparison;
pub use round::round;
pub use trend::trend;

use crate::text::strip_hidden;

/// A number to one decimal with a decimal point, never `-0.0`: CSV is read by programs,
/// so it never takes the language's decimal comma.
fn machine_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    if text == "-0.0" {
        "0.0".to_string()
    } else {
        text
    }
}

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
            Cell::Number(Some(value)) => out.push_str(&machine_decimal(*value)),
            Cell::Number(None) => {}
            Cell::Count(count) => out.push_str(&count.to_string()),
        }
    }
}

/// A CSV document: the header, then one line per row, each ending in CRLF.
pub fn document(header: &[String], rows: &[Vec<Cell>]) -> String {
    let mut out = start(header);
    for row in rows {
        push_line(&mut out, row);
    }
    out
}

/// The start of a CSV document: the byte order mark and the header line.
pub fn start(header: &[String]) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    let header: Vec<Cell> = header.iter().map(Cell::text).collect();
    push_line(&mut out, &header);
    out
}

/// Writes one row's cells, ending the line in CRLF.
pub fn push_line(out: &mut String, row: &[Cell]) {
    push_cells(out, row);
    out.push_str("\r\n");
}

/// Writes cells separated by commas (part of a line: no line end).
fn push_cells(out: &mut String, cells: &[Cell]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        cell.write(out);
    }
}

/// Text without control characters, escape sequences and invisible formatting characters
/// ([`strip_hidden`]: line breaks and tabs stay), prefixed with `'` when a spreadsheet
/// would read it as a formula, and quoted when RFC 4180 requires it.
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

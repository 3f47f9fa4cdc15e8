//! The answer options of a question: number, label, a symbol for the recorded answer and
//! a highlight for the cursor, wrapped under their own indentation.

use ratatui::text::{Line, Span};

use crate::strings;
pub use crate::text::wrap;
use crate::tui::theme::Theme;

/// Symbol of the recorded answer (visible without colour).
pub const CHOSEN: &str = "●";
/// Symbol of the other options.
pub const NOT_CHOSEN: &str = "○";

/// One option as shown.
pub struct OptionRow<'a> {
    /// The key that picks it (`1`-`9`, `0`).
    pub key: char,
    /// Its label.
    pub label: &'a str,
    /// It is the recorded answer.
    pub chosen: bool,
    /// The cursor is on it.
    pub under_cursor: bool,
}

/// Columns before an option's label: pointer, symbol, key and spacing.
const LABEL_INDENT: usize = 7;

/// How many lines each option takes when wrapped to `width` (what [`option_lines`] draws).
pub fn line_counts<'a>(labels: impl Iterator<Item = &'a str>, width: u16) -> Vec<usize> {
    let available = usize::from(width).saturating_sub(LABEL_INDENT).max(10);
    labels.map(|label| wrap(label, available).len()).collect()
}

/// Lines for the options, each wrapped to `width` with continuation lines indented.
pub fn option_lines(theme: &Theme, rows: &[OptionRow<'_>], width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for row in rows {
        let pointer = if row.under_cursor { "›" } else { " " };
        let symbol = if row.chosen { CHOSEN } else { NOT_CHOSEN };
        let prefix = format!("{pointer} {symbol} {}  ", row.key);
        let indent = LABEL_INDENT;
        let style = if row.under_cursor {
            theme.cursor
        } else if row.chosen {
            theme.chosen
        } else {
            theme.text
        };
        let available = usize::from(width).saturating_sub(LABEL_INDENT).max(10);
        for (n, piece) in wrap(row.label, available).into_iter().enumerate() {
            let lead = if n == 0 {
                prefix.clone()
            } else {
                " ".repeat(indent)
            };
            lines.push(Line::from(vec![
                Span::styled(lead, style),
                Span::styled(piece, style),
            ]));
        }
    }
    lines
}

/// The "don't know" row.
pub fn dont_know_row(chosen: bool, under_cursor: bool) -> OptionRow<'static> {
    OptionRow {
        key: '0',
        label: strings::dont_know(),
        chosen,
        under_cursor,
    }
}

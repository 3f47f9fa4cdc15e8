//! The answer options of a question: number, label, a symbol for the recorded answer and
//! a highlight for the cursor, wrapped under their own indentation.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::tui::strings;
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
        label: strings::DONT_KNOW,
        chosen,
        under_cursor,
    }
}

/// Splits text into lines of at most `width` columns at spaces (long words are cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            while word.width() > width {
                let cut = cut_point(&word, width);
                let rest = word.split_off(cut);
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                lines.push(word);
                word = rest;
            }
            if line.is_empty() {
                line = word;
            } else if line.width() + 1 + word.width() <= width {
                line.push(' ');
                line.push_str(&word);
            } else {
                lines.push(std::mem::replace(&mut line, word));
            }
        }
        lines.push(line);
    }
    lines
}

/// Byte index after the last character that still fits in `width` columns.
fn cut_point(word: &str, width: usize) -> usize {
    let mut used = 0;
    for (index, c) in word.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            return index.max(c.len_utf8());
        }
        used += w;
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_within_width() {
        assert_eq!(
            wrap("one two three four", 9),
            vec!["one two", "three", "four"]
        );
    }

    #[test]
    fn cuts_words_longer_than_the_width() {
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn keeps_paragraph_breaks() {
        assert_eq!(wrap("a\n\nb", 10), vec!["a", "", "b"]);
    }
}

//! Wrapping text into lines of a given width, measured in terminal columns (a CJK
//! character takes two), for the screens, the plain-text reports and the drawings alike.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What becomes of a word wider than the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LongWords {
    /// Cut into pieces of the width, so it never runs off a screen or a drawing.
    Cut,
    /// Kept whole on a line of its own.
    Keep,
}

/// Splits text into lines of at most `width` columns at spaces (long words are cut); line
/// breaks in `text` start new lines, and an empty paragraph is an empty line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let filled = fill(paragraph, width, LongWords::Cut);
        if filled.is_empty() {
            lines.push(String::new());
        }
        lines.extend(filled);
    }
    lines
}

/// Words in lines of at most `width` columns and at most `max_lines` lines, the last one
/// ending in `…` when text was left out (then also `true`): for labels on a drawing.
pub fn wrap_within(
    text: &str,
    width: usize,
    max_lines: usize,
    long_words: LongWords,
) -> (Vec<String>, bool) {
    let mut lines = fill(text, width.max(1), long_words);
    let cut = lines.len() > max_lines;
    if cut {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    (lines, cut)
}

/// The words of `text` filled into lines of at most `width` columns; none for blank text.
fn fill(text: &str, width: usize, long_words: LongWords) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        for piece in pieces(word, width, long_words) {
            match lines.last_mut() {
                Some(line) if line.width() + 1 + piece.width() <= width => {
                    line.push(' ');
                    line.push_str(&piece);
                }
                _ => lines.push(piece),
            }
        }
    }
    lines
}

/// A word as it goes into lines: whole, or cut into pieces of at most `width` columns.
fn pieces(word: &str, width: usize, long_words: LongWords) -> Vec<String> {
    if long_words == LongWords::Keep || word.width() <= width {
        return vec![word.to_string()];
    }
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut used = 0;
    for c in word.chars() {
        let w = c.width().unwrap_or(0);
        // A character wider than the whole line still goes somewhere: alone.
        if used + w > width && !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
            used = 0;
        }
        piece.push(c);
        used += w;
    }
    pieces.push(piece);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn wide_characters_count_two_columns() {
        // "日本語" is 6 columns wide: 4 columns hold two of its characters.
        assert_eq!(wrap("日本語", 4), vec!["日本", "語"]);
    }

    #[test]
    fn long_words_are_cut_into_pieces_when_asked_and_a_cut_is_reported() {
        // "Northern" fits in 8; "Agricultural" (12) is cut into pieces of 8.
        assert_eq!(
            wrap_within("Northern Agricultural Co", 8, 3, LongWords::Cut),
            (
                vec![
                    "Northern".to_string(),
                    "Agricult".to_string(),
                    "ural Co".to_string()
                ],
                false
            )
        );
        let (lines, cut) = wrap_within(
            "Northern Regional Agricultural Society",
            15,
            2,
            LongWords::Cut,
        );
        assert_eq!(lines, ["Northern", "Regional…"]);
        assert!(cut);
        // Kept, a long word has a line of its own.
        assert_eq!(
            wrap_within("Agricultural", 5, 3, LongWords::Keep).0,
            ["Agricultural"]
        );
    }

    #[test]
    fn at_most_the_lines_asked_for_the_last_marked_when_text_is_left_out() {
        assert_eq!(
            wrap_within("Complementary strengths", 18, 3, LongWords::Keep).0,
            ["Complementary", "strengths"]
        );
        assert_eq!(
            wrap_within("a b c d e f g h", 3, 3, LongWords::Keep).0,
            ["a b", "c d", "e f…"]
        );
    }
}

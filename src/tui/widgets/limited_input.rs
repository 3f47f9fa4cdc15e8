//! Typing into a text field that has a length limit ([`crate::limits`]).

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use crate::limits::TextLimit;
use crate::tr;

/// Characters in the field, counting a line break as one.
pub fn char_count(editor: &TextArea<'_>) -> usize {
    let lines = editor.lines();
    lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
}

/// Applies a key to `editor`, unless it would make the text longer than `limit`: then the
/// key is undone and the message to show is returned. Everything typed before stays;
/// shortening a text already past the limit is always allowed.
pub fn input_within(editor: &mut TextArea<'_>, key: KeyEvent, limit: TextLimit) -> Option<String> {
    let before = char_count(editor);
    editor.input(key);
    let after = char_count(editor);
    if after > limit.max_chars && after > before {
        editor.undo();
        return Some(full_message(&capitalized(&limit.message())));
    }
    None
}

/// What is said when a text is full: `limit` is what the limit allows.
pub fn full_message(limit: &str) -> String {
    tr!("tui-input-full", limit = limit)
}

/// `n/max` once the text is close to its limit (nine tenths of it), for a counter.
pub fn counter(editor: &TextArea<'_>, limit: TextLimit) -> Option<String> {
    let count = char_count(editor);
    (count * 10 >= limit.max_chars * 9).then(|| format!("{count}/{}", limit.max_chars))
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;
    use crate::limits;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn typing_stops_at_the_limit_and_keeps_what_was_typed() {
        let full = "x".repeat(limits::ROUND.max_chars);
        let mut editor = TextArea::new(vec![full.clone()]);
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        let refused = input_within(&mut editor, key('y'), limits::ROUND);
        assert_eq!(
            refused.as_deref(),
            Some("The round label is limited to 100 characters; nothing more can be added")
        );
        assert_eq!(editor.lines(), [full]);
        assert_eq!(counter(&editor, limits::ROUND).as_deref(), Some("100/100"));
    }

    #[test]
    fn typing_under_the_limit_and_deleting_past_it_are_allowed() {
        let mut editor = TextArea::new(vec!["ab".to_string()]);
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        assert_eq!(input_within(&mut editor, key('c'), limits::ROUND), None);
        assert_eq!(editor.lines(), ["abc"]);
        assert_eq!(counter(&editor, limits::ROUND), None);
        let mut long = TextArea::new(vec!["x".repeat(150)]);
        long.move_cursor(ratatui_textarea::CursorMove::End);
        let backspace = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(input_within(&mut long, backspace, limits::ROUND), None);
        assert_eq!(char_count(&long), 149);
    }
}

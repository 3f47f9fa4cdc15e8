//! Under a question's options: its explanation (the advisor's prompt and the help),
//! scrolled with a row saying where more is, then the note and the flag.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::WrapMode;

use super::layout::{COMPACT_MORE, QuestionLayout, note_indent, note_lines};
use crate::limits;
use crate::strings;
use crate::text::sanitize;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{self, Context};
use crate::tui::session::Session;
use crate::tui::widgets::limited_input::counter;
use crate::tui::widgets::scroll;

/// The advisor's prompt and the help, scrolled, with a row saying where more is and which
/// keys show it when they are longer than their area.
pub fn render_explanation(app: &App, session: &Session, areas: &QuestionLayout, frame: &mut Frame) {
    let theme = &app.theme;
    let explanation = &areas.explanation_lines;
    let lines: Vec<Line<'static>> = explanation
        .probe
        .iter()
        .map(|l| Line::styled(l.clone(), theme.probe))
        .chain(
            explanation
                .help
                .iter()
                .map(|l| Line::styled(l.clone(), theme.muted)),
        )
        .collect();
    let [text_area, more_area] = if areas.explanation_compact() {
        Layout::horizontal([Constraint::Min(0), Constraint::Length(COMPACT_MORE)])
            .areas(areas.explanation)
    } else {
        Layout::vertical([
            Constraint::Length(areas.explanation_text_rows()),
            Constraint::Min(0),
        ])
        .areas(areas.explanation)
    };
    let (limit, _) = areas.explanation_scroll();
    let offset = session.explanation.offset.min(limit);
    scroll::render(frame, lines, offset, text_area);
    if limit == 0 {
        return;
    }
    let (arrows, where_more, action_keys): (_, _, &[Action]) = if offset == 0 {
        ("▼", strings::more_below(), &[Action::PageDown])
    } else if offset >= limit {
        ("▲", strings::more_above(), &[Action::PageUp])
    } else {
        (
            "▲▼",
            strings::more_around(),
            &[Action::PageUp, Action::PageDown],
        )
    };
    // While a note is typed these keys type into it: they are named once it is closed.
    let keys: Vec<String> = match session.note_editor {
        Some(_) => Vec::new(),
        None => action_keys
            .iter()
            .filter_map(|action| keymap::key_for(Context::Question, action))
            .collect(),
    };
    let more = match (areas.explanation_compact(), keys.is_empty()) {
        // Sharing the row with the text: the arrows and the keys only.
        (true, false) => format!(" {arrows} {}", keys.join(" ")),
        (true, true) => format!(" {arrows} {}", strings::more()),
        (false, false) => format!("{arrows} {where_more} · {}", keys.join(" ")),
        (false, true) => format!("{arrows} {where_more}"),
    };
    frame.render_widget(Span::styled(more, theme.key), more_area);
}

/// The note (wrapped beside its label, or the editor while it is typed) and the flag.
pub fn render_note(
    app: &App,
    session: &Session,
    item_id: &str,
    flagged: bool,
    areas: &QuestionLayout,
    frame: &mut Frame,
) {
    let theme = &app.theme;
    let [label_area, text_area] =
        Layout::horizontal([Constraint::Length(note_indent()), Constraint::Min(1)])
            .areas(areas.note);
    let label = Span::styled(format!("{}: ", strings::note_label()), theme.key);
    match &session.note_editor {
        Some(editor) => {
            frame.render_widget(label, label_area);
            let mut editor = editor.clone();
            editor.set_wrap_mode(WrapMode::WordOrGlyph);
            editor.set_style(theme.chosen);
            editor.set_cursor_line_style(theme.chosen);
            editor.set_cursor_style(theme.cursor);
            frame.render_widget(&editor, text_area);
            // Near the limit, how much room is left shows beside the hint.
            let hint = match counter(&editor, limits::NOTE) {
                Some(count) => format!("{} · {count}", strings::note_editing()),
                None => strings::note_editing().to_string(),
            };
            frame.render_widget(Span::styled(hint, theme.muted), areas.flag);
        }
        None => {
            frame.render_widget(label.style(theme.muted), label_area);
            let note = sanitize(session.assessment.note(item_id), false);
            let (note, style) = if note.is_empty() {
                (strings::note_empty().to_string(), theme.muted)
            } else {
                (note, theme.text)
            };
            let mut lines: Vec<Line> = note_lines(&note, areas.note.width)
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect();
            let rows = usize::from(areas.note.height);
            if lines.len() > rows && rows > 0 {
                // Cut, and said so at the end of the last row shown: the editor shows the
                // whole note.
                lines.truncate(rows);
                if let Some(last) = lines.last_mut() {
                    let room = usize::from(text_area.width)
                        .saturating_sub(strings::note_more().chars().count() + 1);
                    let line = last.to_string();
                    let kept: String = line.chars().take(room).collect();
                    *last = Line::from(vec![
                        Span::styled(kept.trim_end().to_string(), style),
                        Span::styled(format!(" {}", strings::note_more()), theme.key),
                    ]);
                }
            }
            frame.render_widget(Paragraph::new(lines), text_area);
            if flagged {
                frame.render_widget(Span::styled(strings::flagged(), theme.warning), areas.flag);
            }
        }
    }
}

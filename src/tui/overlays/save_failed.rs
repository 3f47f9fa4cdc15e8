//! The panel shown while a save fails: the whole message, wrapped over as many lines as
//! it needs (never cut at the terminal's width), what is kept, and the keys that retry
//! and leave (named from the keymap table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{Context, key_for};
use crate::tui::saving::SaveProblem;
use crate::tui::widgets::option_list::wrap;

/// Widest the panel gets: longer lines are hard to read.
pub(super) const MAX_WIDTH: u16 = 76;
/// Border and a column of margin on each side.
pub(super) const CHROME: u16 = 4;

/// Draws the panel centred over `area`.
pub fn render(app: &App, problem: &SaveProblem, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let width = area.width.min(MAX_WIDTH);
    let text_width = usize::from(width.saturating_sub(CHROME).max(1));
    let key = |action| key_for(Context::SaveFailed, action).unwrap_or_default();
    let message = wrap(&sanitize(&problem.message, false), text_width);
    let kept = wrap(strings::save_panel_kept(), text_width);
    let fix = wrap(
        &tr!("tui-save-panel-fix", key = key(&Action::Retry)),
        text_width,
    );
    let leave = wrap(
        &tr!("tui-save-panel-leave", key = key(&Action::Quit)),
        text_width,
    );
    let room = usize::from(area.height.saturating_sub(2));
    let lines = fit(
        room,
        vec![
            (message, theme.error),
            (kept, theme.text),
            (fix, theme.text),
            (leave, theme.muted),
        ],
    );
    let height = lines.len() as u16 + 2;
    let panel = crate::tui::widgets::chrome::centered(area, width, height);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.error)
        .title(Span::styled(
            format!(" {} ", strings::save_panel_title()),
            theme.error,
        ));
    let inner = panel.inner(ratatui::layout::Margin::new(2, 1));
    frame.render_widget(Clear, panel);
    frame.render_widget(block, panel);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The paragraphs as lines with a blank line between them, made to fit in `room` rows:
/// first without the blank lines, then without the last paragraphs. The first paragraph
/// (the message) is kept whole unless even it alone is taller than the screen.
pub(super) fn fit(room: usize, paragraphs: Vec<(Vec<String>, Style)>) -> Vec<Line<'static>> {
    let total = |count: usize, gaps: bool| -> usize {
        let lines: usize = paragraphs[..count].iter().map(|(l, _)| l.len()).sum();
        lines + if gaps { count.saturating_sub(1) } else { 0 }
    };
    let (count, gaps) = (1..=paragraphs.len())
        .rev()
        .flat_map(|count| [(count, true), (count, false)])
        .find(|&(count, gaps)| total(count, gaps) <= room)
        .unwrap_or((1, false));
    let mut lines = Vec::new();
    for (n, (paragraph, style)) in paragraphs.into_iter().take(count).enumerate() {
        if gaps && n > 0 {
            lines.push(Line::from(""));
        }
        lines.extend(
            paragraph
                .into_iter()
                .map(|l| Line::from(Span::styled(l, style))),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs() -> Vec<(Vec<String>, Style)> {
        vec![
            (vec!["m1".into(), "m2".into()], Style::default()),
            (vec!["k".into()], Style::default()),
            (vec!["f".into()], Style::default()),
        ]
    }

    #[test]
    fn fit_drops_gaps_then_the_last_paragraphs_but_never_the_message() {
        assert_eq!(fit(6, paragraphs()).len(), 6);
        assert_eq!(fit(5, paragraphs()).len(), 4);
        assert_eq!(fit(3, paragraphs()).len(), 3);
        assert_eq!(fit(1, paragraphs()).len(), 2);
    }
}

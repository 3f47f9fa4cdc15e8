//! The `?` overlay: every key of the current screen, from the keymap table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::strings;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// Draws the key help for `context` over the screen.
pub fn render(theme: &Theme, context: Context, digits_up_to: u8, frame: &mut Frame, area: Rect) {
    let entries = keymap::help_overlay(context, digits_up_to);
    let key_width = entries
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = entries
        .into_iter()
        .map(|(keys, help)| {
            Line::from(vec![
                Span::styled(format!("  {keys:<key_width$}  "), theme.key),
                Span::styled(help, theme.text),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("  {}", strings::HELP_CLOSE),
        theme.muted,
    )));
    let height = lines.len() as u16 + 2;
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(20) as u16 + 4;
    let popup = chrome::centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(chrome::screen_block(theme, strings::HELP_TITLE, None)),
        popup,
    );
}

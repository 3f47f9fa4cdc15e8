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
    let help_width = entries
        .iter()
        .map(|(_, h)| h.chars().count())
        .max()
        .unwrap_or(0);
    // Too many keys for the rows there are (History has two dozen): two columns, so
    // none is cut off at the bottom. Borders, a blank line and the closing hint take 4.
    let rows_available = usize::from(area.height.saturating_sub(4)).max(1);
    let columns = if entries.len() > rows_available { 2 } else { 1 };
    let per_column = entries.len().div_ceil(columns);
    let entry = |(keys, help): &(String, &'static str), last: bool| {
        let help = if last {
            help.to_string()
        } else {
            format!("{help:<help_width$}")
        };
        [
            Span::styled(format!("  {keys:<key_width$}  "), theme.key),
            Span::styled(help, theme.text),
        ]
    };
    let mut lines: Vec<Line> = (0..per_column)
        .map(|row| {
            let mut spans = Vec::new();
            for column in 0..columns {
                if let Some(found) = entries.get(column * per_column + row) {
                    spans.extend(entry(found, column + 1 == columns));
                }
            }
            Line::from(spans)
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("  {}", strings::help_close()),
        theme.muted,
    )));
    let height = lines.len() as u16 + 2;
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(20) as u16 + 4;
    let popup = chrome::centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(chrome::screen_block(theme, strings::help_title(), None)),
        popup,
    );
}

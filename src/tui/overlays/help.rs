//! The `?` overlay: every key of the current screen, from the keymap table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::strings;
use crate::text::wrap;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// Columns around the text of the overlay: its borders and, where there is room, a
/// space inside each.
const FRAME: usize = 4;
/// The borders alone: what the text must leave of the screen's width.
const BORDERS: usize = 2;
/// Before each key and between a key and its help.
const GAP: usize = 2;
/// The narrowest a help column is squeezed to before its texts wrap no further.
const MIN_HELP: usize = 10;

/// Draws the key help for `context` over the screen.
pub fn render(theme: &Theme, context: Context, digits_up_to: u8, frame: &mut Frame, area: Rect) {
    let entries = keymap::help_overlay(context, digits_up_to);
    let mut lines = key_lines(theme, &entries, area);
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("  {}", strings::help_close()),
        theme.muted,
    )));
    let height = lines.len() as u16 + 2;
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(20) as u16 + FRAME as u16;
    let popup = chrome::centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(chrome::screen_block(theme, strings::help_title(), None)),
        popup,
    );
}

/// The keys and their help in one column, or two when there are more keys than rows (History
/// has two dozen). Each column is as wide as its own keys and texts; when two columns are
/// wider than `area` (German and Spanish words are longer), the help texts wrap, so
/// nothing is cut off at the side.
fn key_lines(theme: &Theme, entries: &[(String, &'static str)], area: Rect) -> Vec<Line<'static>> {
    // Borders, a blank line and the closing hint take 4 rows.
    let rows_available = usize::from(area.height.saturating_sub(4)).max(1);
    let columns = if entries.len() > rows_available { 2 } else { 1 };
    let per_column = entries.len().div_ceil(columns).max(1);
    let chunks: Vec<&[(String, &'static str)]> = entries.chunks(per_column).collect();
    let width_of = |text: &str| text.chars().count();
    let key_widths: Vec<usize> = chunks
        .iter()
        .map(|chunk| chunk.iter().map(|(k, _)| width_of(k)).max().unwrap_or(0))
        .collect();
    let mut help_widths: Vec<usize> = chunks
        .iter()
        .map(|chunk| chunk.iter().map(|(_, h)| width_of(h)).max().unwrap_or(0))
        .collect();
    let fixed: usize = key_widths.iter().map(|k| GAP + k + GAP).sum();
    let room = usize::from(area.width).saturating_sub(BORDERS + fixed);
    // Squeeze the widest help column first, a column at a time, until both fit.
    while help_widths.iter().sum::<usize>() > room {
        let Some(widest) = (0..help_widths.len()).max_by_key(|&c| help_widths[c]) else {
            break;
        };
        if help_widths[widest] <= MIN_HELP {
            break;
        }
        help_widths[widest] -= 1;
    }
    let mut lines = Vec::new();
    for row in 0..per_column {
        // Each cell of the row: its key, then its help in lines of its column's width.
        let cells: Vec<(&str, Vec<String>)> = chunks
            .iter()
            .zip(&help_widths)
            .filter_map(|(chunk, &width)| {
                let (keys, help) = chunk.get(row)?;
                Some((keys.as_str(), wrap(help, width)))
            })
            .collect();
        let height = cells.iter().map(|(_, help)| help.len()).max().unwrap_or(0);
        for line in 0..height {
            let mut spans = Vec::new();
            for (column, (keys, help)) in cells.iter().enumerate() {
                let keys = if line == 0 { keys } else { "" };
                let help = help.get(line).map_or("", String::as_str);
                let (key_width, help_width) = (key_widths[column], help_widths[column]);
                spans.push(Span::styled(
                    format!("{:GAP$}{keys:<key_width$}{:GAP$}", "", ""),
                    theme.key,
                ));
                let last = column + 1 == cells.len();
                spans.push(Span::styled(
                    if last {
                        help.to_string()
                    } else {
                        format!("{help:<help_width$}")
                    },
                    theme.text,
                ));
            }
            lines.push(Line::from(spans));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::i18n::{Lang, with_lang};

    /// Every word on the screen, split at spaces and borders.
    fn words_on(terminal: &Terminal<TestBackend>) -> Vec<String> {
        terminal
            .backend()
            .buffer()
            .content()
            .chunks(80)
            .flat_map(|row| {
                let line: String = row.iter().map(|cell| cell.symbol()).collect();
                line.split(|c: char| c.is_whitespace() || c == '│')
                    .filter(|word| !word.is_empty())
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn every_key_and_every_word_of_its_help_is_shown_whole_at_80x24_in_every_language() {
        for lang in [Lang::En, Lang::De, Lang::Es] {
            with_lang(lang, || {
                for context in Context::ALL {
                    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
                    terminal
                        .draw(|frame| {
                            render(&Theme::MONOCHROME, context, 5, frame, frame.area());
                        })
                        .unwrap();
                    let shown = words_on(&terminal);
                    for (keys, help) in keymap::help_overlay(context, 5) {
                        for word in keys.split_whitespace().chain(help.split_whitespace()) {
                            assert!(
                                shown.iter().any(|w| w == word),
                                "{lang} {context:?}: {word:?} of {keys:?} {help:?} is cut"
                            );
                        }
                    }
                }
            });
        }
    }
}

//! The screen drawn while a long rebuild of the index runs (before Home's first frame,
//! or when Home refreshes after many files changed): what is happening and how far it
//! got, so a cold start at tens of thousands of files is not a blank terminal.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use super::chrome;
use crate::strings;
use crate::tui::theme::Theme;

/// Draws the rebuild's progress: `done` of `total` files read.
pub fn render_rebuild(frame: &mut Frame, theme: &Theme, done: usize, total: usize) {
    let block = chrome::screen_block(theme, strings::home_title(), None);
    let inner = chrome::framed(frame, block, frame.area());
    let [text, _, gauge] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(format!("{}…", strings::index_rebuilding()))
            .style(theme.text)
            .wrap(Wrap { trim: true }),
        text,
    );
    let ratio = if total == 0 {
        1.0
    } else {
        done.min(total) as f64 / total as f64
    };
    frame.render_widget(
        Gauge::default()
            .gauge_style(theme.bar)
            .ratio(ratio)
            .label(strings::index_progress(done, total)),
        gauge,
    );
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;

    #[test]
    fn the_rebuild_screen_says_what_it_does_and_how_far() {
        let mut terminal = Terminal::new(TestBackend::new(60, 8)).unwrap();
        terminal
            .draw(|frame| render_rebuild(frame, &Theme::COLOR, 10_000, 40_000))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let rows: Vec<String> = (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect()
            })
            .collect();
        let screen = rows.join("\n");
        assert!(screen.contains(strings::home_title()), "{screen}");
        assert!(
            screen.contains("Reading assessment files into the index…"),
            "{screen}"
        );
        // The gauge's row: the count in its middle, a quarter of its 56 cells filled (60 columns less
        // the border and a column of margin each side)
        // (the gauge's style colours them; the text is the label).
        let gauge = &rows[4];
        assert!(gauge.contains("10000 of 40000 files"), "{screen}");
        let cyan = Theme::COLOR.bar.fg.unwrap_or_default();
        let filled = (2..58)
            .filter(|&x| buffer[(x, 4)].symbol() == "█" || buffer[(x, 4)].bg == cyan)
            .count();
        assert_eq!(filled, 56 / 4, "{screen}");
    }
}

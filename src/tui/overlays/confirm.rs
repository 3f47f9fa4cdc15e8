//! A confirmation question drawn over the screen that asks it (finish with questions
//! open, move an assessment to the trash, remove a partner). The screen keeps the
//! question in its own state; the keymap's Confirm context answers it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Text;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// Draws the question `text` under `title` in a window of at most `width` x `height`
/// centred in `area`.
pub fn render<'a>(
    theme: &Theme,
    title: &str,
    text: impl Into<Text<'a>>,
    (width, height): (u16, u16),
    frame: &mut Frame,
    area: Rect,
) {
    let popup = chrome::centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(chrome::screen_block(theme, title, None)),
        popup,
    );
}

//! The panel shown when the open draft changed or vanished on disk: what is there now,
//! said plainly, and one line per choice with its key (named from the keymap table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::save_failed::{CHROME, MAX_WIDTH, fit};
use crate::app::underneath::{Resolution, Underneath};
use crate::strings;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::key_for;
use crate::tui::widgets::option_list::wrap;

/// Draws the panel centred over `area`.
pub fn render(app: &App, underneath: &Underneath, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let width = area.width.min(MAX_WIDTH);
    let text_width = usize::from(width.saturating_sub(CHROME).max(1));
    let context = app.context_under_help();
    let mut paragraphs = vec![(wrap(&underneath.message(), text_width), theme.error)];
    for &choice in Resolution::offered(underneath) {
        let key = key_for(context, &Action::Resolve(choice)).unwrap_or_default();
        let line = format!("{key}  {}", choice.help());
        paragraphs.push((wrap(&line, text_width), theme.text));
    }
    let lines = fit(usize::from(area.height.saturating_sub(2)), paragraphs);
    let height = lines.len() as u16 + 2;
    let panel = crate::tui::widgets::chrome::centered(area, width, height);
    let title = match underneath {
        Underneath::Changed { .. } => strings::underneath_title(),
        Underneath::Vanished { .. } => strings::underneath_removed_title(),
    };
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.error)
        .title(Span::styled(format!(" {title} "), theme.error));
    let inner = panel.inner(ratatui::layout::Margin::new(2, 1));
    frame.render_widget(Clear, panel);
    frame.render_widget(block, panel);
    frame.render_widget(Paragraph::new(lines), inner);
}

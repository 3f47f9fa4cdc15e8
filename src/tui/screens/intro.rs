//! The intro of a dimension: what it is about and how many questions it has.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::outcome::Outcome;
use crate::tui::screens::question::update_common;
use crate::tui::session::{Session, Step};
use crate::tui::widgets::chrome;

/// The intro's part of `update`: Enter goes on, as → does.
pub fn update(session: &Session, step: Step, action: &Action) -> Outcome {
    match action {
        Action::Confirm => update_common(session, step, &Action::Forward),
        other => update_common(session, step, other),
    }
}

/// Draws the intro of dimension `dimension`.
pub fn render(app: &App, session: &Session, dimension: usize, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let q = session.q();
    let Some(d) = q.dimensions.get(dimension) else {
        return;
    };
    let part = tr!(
        "tui-intro-part",
        number = dimension + 1,
        count = q.dimensions.len()
    );
    let block = chrome::screen_block(theme, sanitize(&q.title, false), Some(part));
    let inner = chrome::framed(frame, block, area);
    let body = chrome::centered(inner, inner.width.saturating_sub(4).min(76), inner.height);
    let count: usize = d.facets.iter().map(|f| f.items.len()).sum();
    let answered = session.answered_in_dimension(dimension);
    let mut lines = vec![
        Line::from(""),
        Line::from(Span::styled(sanitize(&d.title, false), theme.title)),
        Line::from(""),
        Line::from(Span::styled(sanitize(&d.summary, true), theme.text)),
        Line::from(""),
        Line::from(Span::styled(
            tr!("tui-intro-questions", count = count, answered = answered),
            theme.muted,
        )),
    ];
    lines.extend(d.facets.iter().map(|f| {
        Line::from(Span::styled(
            format!("  • {}", sanitize(&f.title, false)),
            theme.text,
        ))
    }));
    lines.extend([
        Line::from(""),
        Line::from(Span::styled(strings::intro_hint(), theme.key)),
    ]);
    let [text] = Layout::vertical([Constraint::Min(0)]).areas(body);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), text);
}

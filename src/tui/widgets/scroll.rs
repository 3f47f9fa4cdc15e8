//! Scrolling a text that is longer than its area, never past its end.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;

/// Lines a page-up or page-down moves.
pub const PAGE: u16 = 10;

/// The new offset for a scrolling action, within `0..=limit`; `None` for other actions.
pub fn scrolled(scroll: u16, action: &Action, limit: u16) -> Option<u16> {
    let moved = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(PAGE),
        Action::PageDown => scroll.saturating_add(PAGE),
        Action::First => 0,
        Action::Last => limit,
        _ => return None,
    };
    Some(moved.min(limit))
}

/// How far texts drawn in areas can scroll: the most any of them overflows its area.
pub fn limit(columns: &[(Rect, Vec<Line<'_>>)]) -> u16 {
    columns
        .iter()
        .map(|(area, lines)| (lines.len() as u16).saturating_sub(area.height))
        .max()
        .unwrap_or(0)
}

/// Draws `lines` in `area` scrolled down `offset` lines, never past their end.
pub fn render(frame: &mut Frame, lines: Vec<Line<'static>>, offset: u16, area: Rect) {
    let offset = offset.min((lines.len() as u16).saturating_sub(area.height));
    frame.render_widget(Paragraph::new(lines).scroll((offset, 0)), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolling_stops_at_both_ends() {
        assert_eq!(scrolled(0, &Action::Up, 5), Some(0));
        assert_eq!(scrolled(5, &Action::Down, 5), Some(5));
        assert_eq!(scrolled(3, &Action::PageDown, 5), Some(5));
        assert_eq!(scrolled(4, &Action::First, 5), Some(0));
        assert_eq!(scrolled(0, &Action::Last, 5), Some(5));
        assert_eq!(scrolled(2, &Action::Confirm, 5), None);
    }

    #[test]
    fn limit_is_the_largest_overflow() {
        let area = |height| Rect::new(0, 0, 10, height);
        let lines = |n| vec![Line::from("x"); n];
        assert_eq!(limit(&[(area(3), lines(5)), (area(2), lines(6))]), 4);
        assert_eq!(limit(&[(area(8), lines(5))]), 0);
    }
}

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
    scrolled_by(scroll, action, limit, PAGE)
}

/// Like [`scrolled`], with a page of `page` lines (for an area too small for [`PAGE`]:
/// a page never skips a line the area did not show).
pub fn scrolled_by(scroll: u16, action: &Action, limit: u16, page: u16) -> Option<u16> {
    let moved = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::First => 0,
        Action::Last => limit,
        _ => return None,
    };
    Some(moved.min(limit))
}

/// A text scrolled within an area that is recomputed on resize and when the text changes
/// (`App::fit`), so that keys only read how far it may go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    /// Lines scrolled past at the top.
    pub offset: u16,
    /// The furthest `offset` may go: the lines that do not fit.
    pub limit: u16,
    /// Lines a page moves: one less than the area shows, so a line stays for context.
    pub page: u16,
}

impl Scroll {
    /// Takes a new limit and page size, keeping the offset within the limit.
    pub fn fit(&mut self, limit: u16, page: u16) {
        self.limit = limit;
        self.page = page.max(1);
        self.offset = self.offset.min(limit);
    }

    /// Moves for a scrolling action; false for an action that does not scroll.
    pub fn apply(&mut self, action: &Action) -> bool {
        match scrolled_by(self.offset, action, self.limit, self.page) {
            Some(offset) => {
                self.offset = offset;
                true
            }
            None => false,
        }
    }
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
    fn a_scroll_pages_by_its_own_page_and_keeps_within_a_new_limit() {
        let mut scroll = Scroll::default();
        scroll.fit(7, 3);
        assert!(scroll.apply(&Action::PageDown));
        assert_eq!(scroll.offset, 3);
        assert!(scroll.apply(&Action::Last));
        assert_eq!(scroll.offset, 7);
        assert!(!scroll.apply(&Action::Confirm));
        scroll.fit(2, 0);
        assert_eq!((scroll.offset, scroll.page), (2, 1));
    }

    #[test]
    fn limit_is_the_largest_overflow() {
        let area = |height| Rect::new(0, 0, 10, height);
        let lines = |n| vec![Line::from("x"); n];
        assert_eq!(limit(&[(area(3), lines(5)), (area(2), lines(6))]), 4);
        assert_eq!(limit(&[(area(8), lines(5))]), 0);
    }
}

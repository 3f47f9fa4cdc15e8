//! The frame around every screen: title block, status line and the help bar.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};
use unicode_width::UnicodeWidthStr;

use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;

/// The bordered block of a screen with its title on the left and `right` on the right.
pub fn screen_block<'a>(
    theme: &Theme,
    title: impl Into<String>,
    right: Option<String>,
) -> Block<'a> {
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Line::from(Span::styled(
            format!(" {} ", title.into()),
            theme.title,
        )));
    if let Some(right) = right {
        block = block
            .title(Line::from(Span::styled(format!(" {right} "), theme.title)).right_aligned());
    }
    block
}

/// A left title cut (with an ellipsis) to leave room, in a block `width` columns wide, for
/// the right title `right`: the block draws the right title over the left one otherwise.
pub fn title_within(title: &str, right: &str, width: u16) -> String {
    // Two corners, a space either side of each title, and a column between them.
    let room = usize::from(width).saturating_sub(right.chars().count() + 7);
    ellipsize(title, room)
}

/// Draws a screen's block and returns the area inside it, with a column of margin.
pub fn framed(frame: &mut ratatui::Frame, block: Block<'_>, area: Rect) -> Rect {
    frame.render_widget(block, area);
    inner(area)
}

/// The area inside a screen's block (border and a column of margin), as [`framed`] gives.
pub fn inner(area: Rect) -> Rect {
    area.inner(ratatui::layout::Margin::new(2, 1))
}

/// Draws `items` as a list in `area` with the cursor (`› ` and the cursor's style) on
/// `selected`, kept in view.
pub fn cursor_list(
    frame: &mut ratatui::Frame,
    theme: &Theme,
    items: Vec<ratatui::widgets::ListItem<'_>>,
    selected: usize,
    area: Rect,
) {
    let mut state = ratatui::widgets::ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        ratatui::widgets::List::new(items)
            .highlight_style(theme.cursor)
            .highlight_symbol("› "),
        area,
        &mut state,
    );
}

/// Which row of a one-line-per-item list, drawn fresh with `selected` kept in view (as
/// ratatui's `List` does), is at screen row `row`; `None` outside the list.
pub fn list_row_at(
    area: Rect,
    selected: usize,
    len: usize,
    column: u16,
    row: u16,
) -> Option<usize> {
    if !area.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let index = visible_rows(area.height, selected, len).start + usize::from(row - area.y);
    (index < len).then_some(index)
}

/// The rows of a one-line-per-item list of `len` rows that a list `height` rows high
/// shows with `selected` kept in view (as ratatui's `List` drawn fresh does): screens
/// build only these, however long the list.
pub fn visible_rows(height: u16, selected: usize, len: usize) -> std::ops::Range<usize> {
    let height = usize::from(height);
    let offset = (selected + 1).saturating_sub(height).min(len);
    offset..len.min(offset + height)
}

/// The one-line help bar for a context, built from the keymap table and cut to `width`.
/// Hints are two columns apart; when that cuts one off but one column apart keeps them
/// all (a translation's longer words), one column apart.
pub fn help_bar(theme: &Theme, context: Context, digits_up_to: u8, width: u16) -> Line<'static> {
    let hints = keymap::help_bar(context, digits_up_to);
    let width = usize::from(width);
    let pieces: Vec<usize> = hints
        .iter()
        .map(|(key, help)| key.width() + help.width() + 1)
        .collect();
    let spaced = pieces.iter().map(|piece| piece + 2).sum::<usize>();
    let tight = pieces.iter().sum::<usize>() + pieces.len().saturating_sub(1);
    let gap = if spaced > width && tight <= width {
        " "
    } else {
        "  "
    };
    let mut spans = Vec::new();
    let mut used = 0usize;
    for ((key, help), piece) in hints.into_iter().zip(pieces) {
        let piece = piece + gap.len();
        if used + piece > width + usize::from(gap.len() == 1) {
            break;
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {help}{gap}"), theme.muted));
        used += piece;
    }
    Line::from(spans)
}

/// A rectangle of at most `width` x `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// A text bar of `width` cells filled to `share` (0-1).
pub fn bar(share: f64, width: usize) -> String {
    let filled = (share.clamp(0.0, 1.0) * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// A change with one decimal in the language's numbers and its sign always shown, zero
/// included (`+0.0`, as `{:+.1}` writes it: tables of changes keep one look).
pub fn signed(change: f64) -> String {
    let sign = if change.is_sign_negative() { '-' } else { '+' };
    format!("{sign}{}", crate::i18n::decimal(change.abs(), 1))
}

/// A styled span for a label followed by a value.
pub fn labelled(theme: &Theme, label: &str, value: String, value_style: Style) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.muted),
        Span::styled(value, value_style),
    ])
}

/// Cuts text to at most `width` characters, marking a cut with an ellipsis.
pub fn ellipsize(text: &str, width: usize) -> String {
    if text.chars().count() > width {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    } else {
        text.to_string()
    }
}

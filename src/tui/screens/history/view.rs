//! Drawing History: the organizations, their assessments, and the removal question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{HistoryState, Pane, organizations, panes, rows_of, selected_organization};
use crate::assessment::Mode;
use crate::strings;
use crate::tui::app::App;
use crate::tui::overlays::confirm;
use crate::tui::widgets::chrome;

/// Draws History.
pub fn render(app: &App, state: &HistoryState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = chrome::screen_block(theme, strings::HISTORY_TITLE, None);
    let inner = chrome::framed(frame, block, area);
    let organizations = organizations(&app.home.data.rows);
    if organizations.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::NO_ASSESSMENTS).style(theme.muted),
            inner,
        );
        return;
    }
    let [left, _, right] = panes(inner);
    let left_width = left.width;
    let org_items: Vec<ListItem> = organizations
        .iter()
        .map(|(name, count)| {
            let count = format!(" ({count})");
            let room = usize::from(left_width).saturating_sub(2 + count.chars().count());
            ListItem::new(format!("{}{count}", chrome::ellipsize(name, room)))
        })
        .collect();
    let highlight = |active: bool| if active { theme.cursor } else { theme.chosen };
    let mut org_state = ListState::default().with_selected(Some(state.organization));
    frame.render_stateful_widget(
        List::new(org_items)
            .highlight_style(highlight(state.pane == Pane::Organizations))
            .highlight_symbol("› "),
        left,
        &mut org_state,
    );
    let rows = selected_organization(&app.home.data.rows, state)
        .map_or_else(Vec::new, |o| rows_of(&app.home.data.rows, &o));
    let scores: Vec<String> = rows.iter().map(|row| row.standing()).collect();
    // Narrow terminals drop the mode column and shorten names; the respondent's column
    // gives way first, so the score and its band are never cut.
    let wide = right.width >= 70;
    let round_width = if wide { 12 } else { 10 };
    let widest_score = scores.iter().map(|s| s.width()).max().unwrap_or(0);
    let fixed = 2 + 2 + 12 + round_width + 1 + 1 + if wide { 10 } else { 0 } + widest_score;
    let who_width = usize::from(right.width)
        .saturating_sub(fixed)
        .clamp(6, if wide { 16 } else { 12 });
    let items: Vec<ListItem> = rows
        .iter()
        .zip(scores)
        .map(|(row, score)| {
            let marked = if state.marked.as_deref() == Some(row.id.as_str()) {
                "◆ "
            } else {
                "  "
            };
            let mode = match row.mode {
                Mode::SelfAssessment => "self",
                Mode::Interview => "interview",
            };
            let who = chrome::ellipsize(&row.respondent, who_width);
            let round = chrome::ellipsize(row.round.as_deref().unwrap_or("-"), round_width);
            let mode = if wide {
                format!("{mode:<9} ")
            } else {
                String::new()
            };
            ListItem::new(Line::from(vec![
                Span::styled(marked, theme.key),
                Span::styled(format!("{}  ", row.started), theme.muted),
                Span::styled(
                    format!("{round:<round_width$} {who:<who_width$} {mode}"),
                    theme.text,
                ),
                Span::styled(score, theme.text),
            ]))
        })
        .collect();
    let mut row_state = ListState::default()
        .with_selected((state.pane == Pane::Assessments).then_some(state.assessment));
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(theme.cursor)
            .highlight_symbol("› "),
        right,
        &mut row_state,
    );
    if let Some(id) = &state.confirm_remove {
        let text = format!(
            "{} {id}\n\n{}",
            strings::CONFIRM_TRASH,
            strings::CONFIRM_KEYS
        );
        confirm::render(theme, strings::CONFIRM_TITLE, text, (56, 6), frame, inner);
    }
}

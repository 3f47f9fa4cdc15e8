//! Drawing History: the search and filters, the organizations and their assessments under
//! their titles and column names, and the windows over them (removal, rename, trash).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{HistoryState, Pane, layout, organizations, rows_of, selected_organization, visible};
use crate::assessment::{Mode, Status};
use crate::strings;
use crate::tr;
use crate::tui::app::App;
use crate::tui::overlays::confirm;
use crate::tui::screens::home::Row;
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// Draws History.
pub fn render(app: &App, state: &HistoryState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = chrome::screen_block(theme, strings::history_title(), None);
    let inner = chrome::framed(frame, block, area);
    if let Some(trash) = &state.trash {
        trash.render(theme, frame, inner);
        return;
    }
    if app.home.data.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::no_assessments()).style(theme.muted),
            inner,
        );
        if let Some(form) = &state.name_form {
            form.render(theme, frame, inner);
        }
        return;
    }
    let areas = layout(inner);
    frame.render_widget(filter_line(theme, state), areas.filters);
    // Versions from other machines are not rows: say they exist and what merges them.
    if app.home.data.conflicts > 0 {
        frame.render_widget(
            Paragraph::new(tr!(
                "tui-history-conflicts",
                count = app.home.data.conflicts
            ))
            .style(theme.warning),
            areas.notice,
        );
    }
    let shown = visible(&app.home.data.rows, &state.filter);
    let organizations = organizations(&shown);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(" │", theme.border);
            usize::from(areas.divider.height)
        ]),
        areas.divider,
    );
    if organizations.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::nothing_matches()).style(theme.muted),
            areas.organizations_head,
        );
        return;
    }
    let left_width = usize::from(areas.organizations.width);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(
                tr!("tui-history-organizations", count = organizations.len()),
                theme.title,
            ),
            Line::styled(format!("  {}", tr!("tui-history-name-column")), theme.muted),
        ]),
        areas.organizations_head,
    );
    let org_items: Vec<ListItem> = organizations
        .iter()
        .map(|(name, count)| {
            let count = format!(" ({count})");
            let room = left_width.saturating_sub(2 + count.chars().count());
            ListItem::new(format!("{}{count}", chrome::ellipsize(name, room)))
        })
        .collect();
    let highlight = if state.pane == Pane::Organizations {
        theme.cursor
    } else {
        theme.chosen
    };
    let mut org_state = ListState::default().with_selected(Some(state.organization));
    frame.render_stateful_widget(
        List::new(org_items)
            .highlight_style(highlight)
            .highlight_symbol("› "),
        areas.organizations,
        &mut org_state,
    );
    let organization = selected_organization(&shown, state).unwrap_or_default();
    let rows = rows_of(&shown, &organization);
    render_assessments(theme, state, &organization, &rows, frame, areas);
    if let Some(id) = &state.confirm_remove {
        let text = format!(
            "{} {id}\n\n{}",
            strings::confirm_trash(),
            strings::confirm_keys()
        );
        confirm::render(theme, strings::confirm_title(), text, (56, 6), frame, inner);
    }
    if let Some(form) = &state.name_form {
        form.render(theme, frame, inner);
    }
}

/// The search line (with a cursor while typing) and the filters, with their keys.
fn filter_line(theme: &Theme, state: &HistoryState) -> Paragraph<'static> {
    let mut spans = Vec::new();
    if state.searching || !state.filter.query.is_empty() {
        spans.push(Span::styled(
            format!("{} ", tr!("tui-history-search")),
            theme.muted,
        ));
        spans.push(Span::styled(state.filter.query.clone(), theme.text));
        if state.searching {
            spans.push(Span::styled("▏", theme.key));
        }
    } else {
        spans.push(Span::styled(strings::search_hint(), theme.muted));
    }
    let status = match state.filter.status {
        None => tr!("tui-history-filter-all"),
        Some(Status::Draft) => tr!("tui-history-filter-drafts"),
        Some(Status::Complete) => tr!("tui-history-filter-complete"),
    };
    let round = state
        .filter
        .round
        .as_deref()
        .unwrap_or(tr!("tui-history-filter-all"));
    spans.push(Span::styled(
        format!("   {} ", tr!("tui-history-status")),
        theme.muted,
    ));
    spans.push(Span::styled(status.to_string(), theme.text));
    spans.push(Span::styled(
        format!("   {} ", tr!("tui-history-round")),
        theme.muted,
    ));
    spans.push(Span::styled(chrome::ellipsize(round, 16), theme.text));
    // Shown only while it filters: the line has no room to spare for "Advisor: all".
    if let Some(advisor) = &state.filter.advisor {
        spans.push(Span::styled(
            format!("   {} ", tr!("tui-history-advisor")),
            theme.muted,
        ));
        spans.push(Span::styled(chrome::ellipsize(advisor, 16), theme.text));
    }
    spans.push(Span::styled(
        format!("   ({})", strings::filter_keys()),
        theme.muted,
    ));
    Paragraph::new(Line::from(spans))
}

/// The selected organization's assessments under its name and the column names.
fn render_assessments(
    theme: &Theme,
    state: &HistoryState,
    organization: &str,
    rows: &[&Row],
    frame: &mut Frame,
    areas: super::Areas,
) {
    let right = areas.assessments;
    let scores: Vec<String> = rows.iter().map(|row| row.standing()).collect();
    // Narrow terminals drop the mode column and shorten names; the respondent's column
    // gives way first, so the score and its band are never cut.
    let wide = right.width >= 70;
    let round_width = if wide { 12 } else { 9 };
    let widest_score = scores.iter().map(|s| s.width()).max().unwrap_or(0);
    // The mode column is as wide as its widest word in the language shown.
    let (self_word, interview_word, mode_head) = (
        tr!("tui-history-mode-self"),
        tr!("tui-history-mode-interview"),
        tr!("tui-history-mode-column"),
    );
    let mode_width = [self_word, interview_word, mode_head]
        .iter()
        .map(|w| w.width())
        .max()
        .unwrap_or(0);
    let fixed =
        2 + 2 + 12 + round_width + 1 + 1 + if wide { mode_width + 1 } else { 0 } + widest_score;
    let who_width = usize::from(right.width)
        .saturating_sub(fixed)
        .clamp(6, if wide { 16 } else { 12 });
    let columns = |started: &str, round: &str, who: &str, mode: &str| {
        let mode = if wide {
            format!("{mode:<mode_width$} ")
        } else {
            String::new()
        };
        format!(
            "{started:<10}  {:<round_width$} {:<who_width$} {mode}",
            chrome::ellipsize(round, round_width),
            chrome::ellipsize(who, who_width)
        )
    };
    let title = chrome::ellipsize(
        &tr!(
            "tui-history-assessments-of",
            count = rows.len(),
            organization = organization.trim()
        ),
        usize::from(areas.assessments_head.width),
    );
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(title, theme.title),
            Line::styled(
                format!(
                    "    {}{}",
                    columns(
                        tr!("tui-history-started-column"),
                        tr!("tui-history-round-column"),
                        tr!("tui-history-respondent-column"),
                        mode_head
                    ),
                    tr!("tui-history-score-column")
                ),
                theme.muted,
            ),
        ]),
        areas.assessments_head,
    );
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
                Mode::SelfAssessment => self_word,
                Mode::Interview => interview_word,
            };
            let round = row.round.as_deref().unwrap_or("-");
            ListItem::new(Line::from(vec![
                Span::styled(marked, theme.key),
                Span::styled(
                    columns(&row.started, round, &row.respondent, mode),
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
            .highlight_symbol("› ")
            // The rows stay under their column names whichever list has the cursor.
            .highlight_spacing(HighlightSpacing::Always),
        right,
        &mut row_state,
    );
}

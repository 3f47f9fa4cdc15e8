//! Drawing the map screen: the organization list, the name prompt, the partner form, and
//! the map itself with its insights beside or below it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{MapState, View, columns, fit, form, panel, picker};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::app::App;
use crate::tui::overlays::confirm;
use crate::tui::widgets::chrome;

/// Narrowest inside width at which the insights sit beside the map.
const SIDE_PANEL_MIN_WIDTH: u16 = 150;
/// Width of the insights panel beside the map.
const SIDE_PANEL_WIDTH: u16 = 44;
/// Narrowest inside width for the insights in three parts side by side below the map.
const SECTIONS_MIN_WIDTH: u16 = 100;
/// Lowest inside height for the insights in three parts below the map.
const SECTIONS_MIN_HEIGHT: u16 = 30;
/// Height of the three-part insights below the map (with its heading line).
const SECTIONS_HEIGHT: u16 = 11;
/// Height of the compact insights below the map (with its heading line).
const COMPACT_HEIGHT: u16 = 7;
/// Most lines the note on a merge takes above the map (the rest of it is cut).
const MAX_NOTICE_LINES: u16 = 4;

/// Where the insights go for an inside area of the map screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PanelLayout {
    /// Beside the map, in one column.
    Side,
    /// Below the map, in three parts side by side.
    Sections,
    /// Below the map, a few dense lines.
    Compact,
}

impl PanelLayout {
    fn for_area(area: Rect) -> Self {
        if area.width >= SIDE_PANEL_MIN_WIDTH {
            PanelLayout::Side
        } else if area.width >= SECTIONS_MIN_WIDTH && area.height >= SECTIONS_MIN_HEIGHT {
            PanelLayout::Sections
        } else {
            PanelLayout::Compact
        }
    }
}

/// Draws the map screen.
pub fn render(app: &App, state: &MapState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let org = state
        .organization
        .as_deref()
        .map(|o| sanitize(o.trim(), false));
    let title = match (&state.view, &org) {
        (View::Picker(_) | View::Name { .. }, _) => strings::map_picker_title().to_string(),
        (View::Form(form), _) if form.editing.is_some() => strings::map_edit_title().to_string(),
        (View::Form(_), _) => strings::map_add_title().to_string(),
        (_, Some(org)) => format!("{} · {org}", strings::map_title()),
        (_, None) => strings::map_title().to_string(),
    };
    let right =
        matches!(state.view, View::Map | View::ConfirmRemove(_)).then(|| version_text(state));
    let block = chrome::screen_block(theme, title, right);
    let inner = chrome::framed(frame, block, area);
    match &state.view {
        View::Loading => frame.render_widget(
            Paragraph::new(strings::map_loading()).style(theme.muted),
            inner,
        ),
        View::Picker(picker) => picker::render(theme, picker, frame, inner),
        View::Name { text, error } => render_name(app, text, error.as_deref(), frame, inner),
        View::Form(form) => form::render(theme, form, frame, inner),
        View::Map => render_map(app, state, frame, inner),
        View::ConfirmRemove(id) => {
            render_map(app, state, frame, inner);
            render_confirm(app, state, id, frame, inner);
        }
    }
}

/// "saved 2026-03-14 · 3 versions", or why the map is not saved.
fn version_text(state: &MapState) -> String {
    if state.unsaved {
        return strings::map_unsaved().to_string();
    }
    match state.history.last() {
        None => strings::map_not_saved().to_string(),
        Some(latest) => {
            let date = latest.saved_at.format("%Y-%m-%d").to_string();
            // A merge shown but not saved is no version of its own.
            let count = state.history.len() - usize::from(state.merged);
            if state.merged {
                tr!("tui-map-version-merged", date = date, count = count)
            } else {
                tr!("tui-map-version-saved", date = date, count = count)
            }
        }
    }
}

fn render_map(app: &App, state: &MapState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(map) = &state.map else {
        return;
    };
    let insights = state.insights();
    let layout = PanelLayout::for_area(area);
    let (left, panel_area) = match layout {
        PanelLayout::Side => {
            let [left, panel] =
                Layout::horizontal([Constraint::Min(40), Constraint::Length(SIDE_PANEL_WIDTH)])
                    .areas(area);
            (left, panel)
        }
        PanelLayout::Sections | PanelLayout::Compact => {
            let height = if layout == PanelLayout::Sections {
                SECTIONS_HEIGHT
            } else {
                COMPACT_HEIGHT
            };
            let [left, panel] =
                Layout::vertical([Constraint::Min(6), Constraint::Length(height)]).areas(area);
            (left, panel)
        }
    };
    let left = render_notice(app, state, frame, left);
    let detail_height = if area.height >= SECTIONS_MIN_HEIGHT {
        3
    } else {
        2
    };
    let [top, columns_area, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(detail_height),
    ])
    .areas(left);
    let filters = tr!(
        "tui-map-filters",
        organization = sanitize(map.organization.trim(), false),
        layers = state.layer_filter_label(),
        sectors = state.sector_filter_label()
    );
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(
            fit(&filters, usize::from(top.width)),
            theme.muted,
        ))),
        top,
    );
    if map.partners.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::map_empty())
                .style(theme.text)
                .wrap(Wrap { trim: true }),
            columns_area,
        );
    } else {
        columns::render(theme, state, &insights, frame, columns_area);
        columns::render_detail(theme, state.selected_partner(), frame, detail);
    }
    render_panel(app, state, &insights, layout, frame, panel_area);
}

/// Draws what merging versions saved in parallel did, wrapped, at the top of `area`
/// (at most [`MAX_NOTICE_LINES`]); returns the rest of `area`.
fn render_notice(app: &App, state: &MapState, frame: &mut Frame, area: Rect) -> Rect {
    let Some(notice) = &state.notice else {
        return area;
    };
    let lines = crate::text::wrap(&sanitize(notice, false), usize::from(area.width).max(1));
    let height = (lines.len() as u16).min(MAX_NOTICE_LINES);
    let [top, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
    let shown: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::from(Span::styled(l, app.theme.warning)))
        .collect();
    frame.render_widget(Paragraph::new(shown), top);
    rest
}

/// Draws the insights in their block: beside the map, or below it in parts or compact.
fn render_panel(
    app: &App,
    state: &MapState,
    insights: &crate::ecomap::Insights,
    layout: PanelLayout,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = &app.theme;
    let borders = if layout == PanelLayout::Side {
        Borders::LEFT
    } else {
        Borders::TOP
    };
    let block = Block::default()
        .borders(borders)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", strings::map_insights()),
            theme.title,
        ));
    let mut inner = block.inner(area);
    frame.render_widget(block, area);
    if layout == PanelLayout::Side {
        inner = inner.inner(ratatui::layout::Margin::new(1, 0));
    }
    if state.skipped > 0 {
        let [warning, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
        let text = format!("{} {}", state.skipped, strings::map_skipped());
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(&text, usize::from(warning.width)),
                theme.warning,
            )),
            warning,
        );
        inner = rest;
    }
    match layout {
        PanelLayout::Side => frame.render_widget(
            Paragraph::new(panel::full(theme, insights, usize::from(inner.width))),
            inner,
        ),
        PanelLayout::Compact => frame.render_widget(
            Paragraph::new(panel::compact(theme, insights, usize::from(inner.width))),
            inner,
        ),
        PanelLayout::Sections => {
            let parts = Layout::horizontal([
                Constraint::Ratio(1, 3),
                Constraint::Ratio(1, 3),
                Constraint::Ratio(1, 3),
            ])
            .spacing(2)
            .split(inner);
            let width = usize::from(parts[0].width);
            for (part, lines) in parts.iter().zip(panel::sections(theme, insights, width)) {
                frame.render_widget(Paragraph::new(lines), *part);
            }
        }
    }
}

fn render_name(
    app: &App,
    text: &ratatui_textarea::TextArea<'static>,
    error: Option<&str>,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = &app.theme;
    let [hint, _, field, message, _] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(strings::map_name_hint())
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        hint,
    );
    let [label, value] =
        Layout::horizontal([Constraint::Length(16), Constraint::Min(1)]).areas(field);
    frame.render_widget(
        Paragraph::new(format!("› {}", strings::field_organization())).style(theme.title),
        label,
    );
    let mut text = text.clone();
    text.set_placeholder_text(strings::map_name_placeholder());
    text.set_placeholder_style(theme.muted);
    text.set_cursor_line_style(theme.text);
    text.set_style(theme.chosen);
    text.set_cursor_style(theme.cursor);
    frame.render_widget(&text, value);
    if let Some(error) = error {
        frame.render_widget(
            Paragraph::new(Span::styled(error.to_string(), theme.error)),
            message,
        );
    }
}

fn render_confirm(app: &App, state: &MapState, id: &str, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let name = state
        .map
        .as_ref()
        .and_then(|m| m.partner(id))
        .map_or(String::new(), |p| sanitize(&p.name, false));
    let width = area.width.min(60);
    let inner_width = usize::from(width.saturating_sub(4));
    let lines = vec![
        Line::from(Span::styled(strings::map_remove_question(), theme.title)),
        Line::from(Span::styled(fit(&name, inner_width), theme.chosen)),
        Line::from(Span::styled(strings::map_remove_note(), theme.muted)),
    ];
    confirm::render(theme, strings::map_title(), lines, (width, 5), frame, area);
}

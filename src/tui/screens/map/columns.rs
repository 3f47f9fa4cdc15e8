//! The map drawn by layer: one column per ring, from the firm outwards, each partner one
//! line `name (sector) ●●●○○`, each column scrolling on its own; and the details of the
//! selected partner.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{MapState, fit};
use crate::ecomap::{Insights, Layer, LayerStatus, MAX_TIE, Partner, tie_dots};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::theme::Theme;

/// Ring numbers shown in the column headings, from the firm outwards.
const RING_MARKS: [&str; 3] = ["①", "②", "③"];

/// Draws the visible layers side by side.
pub fn render(theme: &Theme, state: &MapState, insights: &Insights, frame: &mut Frame, area: Rect) {
    let layers = state.columns();
    let constraints: Vec<Constraint> = layers
        .iter()
        .map(|_| Constraint::Ratio(1, layers.len() as u32))
        .collect();
    let areas = Layout::horizontal(constraints).split(area);
    for (n, layer) in layers.iter().enumerate() {
        let mut column = areas[n];
        if n > 0 {
            let block = Block::default()
                .borders(Borders::LEFT)
                .border_style(theme.border)
                .padding(Padding::left(1));
            let inner = block.inner(column);
            frame.render_widget(block, column);
            column = inner;
        }
        let focused = *layer == state.focus_layer();
        let lines = column_lines(theme, state, insights, *layer, focused, column);
        frame.render_widget(Paragraph::new(lines), column);
    }
}

/// The heading and the visible partner lines of one column.
fn column_lines(
    theme: &Theme,
    state: &MapState,
    insights: &Insights,
    layer: Layer,
    focused: bool,
    area: Rect,
) -> Vec<Line<'static>> {
    let width = usize::from(area.width);
    let partners = state.visible(layer);
    let gap = match insights.layer(layer).status {
        LayerStatus::Empty | LayerStatus::Thin => format!(" {}", strings::MAP_GAP_MARK),
        LayerStatus::Filled => String::new(),
    };
    let heading = format!(
        "{}{} {} · {}{gap}",
        if focused { "▸ " } else { "  " },
        RING_MARKS[layer.index()],
        if width >= 30 {
            layer.title()
        } else {
            layer.short()
        },
        partners.len()
    );
    let heading_style = if focused { theme.title } else { theme.muted };
    let mut lines = vec![Line::from(Span::styled(
        fit(&heading, width),
        heading_style,
    ))];
    let rows = usize::from(area.height).saturating_sub(1);
    if partners.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", strings::map_empty_layer()),
            theme.muted,
        )));
        return lines;
    }
    let selected = state.selected_in(layer);
    let window = Window::new(partners.len(), selected, rows);
    if window.overflows {
        lines.push(more_line(theme, "↑", window.offset));
    }
    for (index, partner) in partners
        .iter()
        .enumerate()
        .skip(window.offset)
        .take(window.shown)
    {
        let is_selected = index == selected;
        let style = match (is_selected, focused) {
            (true, true) => theme.cursor,
            (true, false) => theme.chosen,
            _ => theme.text,
        };
        // Only the focused column's selection carries the marker, so one row is "the"
        // selected partner at a glance.
        lines.push(Line::from(Span::styled(
            partner_line(partner, is_selected && focused, width),
            style,
        )));
    }
    if window.overflows {
        let below = partners.len() - window.offset - window.shown;
        lines.push(more_line(theme, "↓", below));
    }
    lines
}

/// Which partners of a column fit: all of them, or a window around the selection with a
/// line above and below saying how many more there are.
struct Window {
    offset: usize,
    shown: usize,
    overflows: bool,
}

impl Window {
    fn new(total: usize, selected: usize, rows: usize) -> Self {
        if total <= rows {
            return Self {
                offset: 0,
                shown: total,
                overflows: false,
            };
        }
        let shown = rows.saturating_sub(2).max(1);
        let offset = (selected + 1).saturating_sub(shown).min(total - shown);
        Self {
            offset,
            shown,
            overflows: true,
        }
    }
}

fn more_line(theme: &Theme, arrow: &str, count: usize) -> Line<'static> {
    let text = if count == 0 {
        String::new()
    } else {
        tr!("tui-map-more", arrow = arrow, count = count)
    };
    Line::from(Span::styled(text, theme.muted))
}

/// `› name (sector)   ●●●○○`, fitted to `width` columns.
pub fn partner_line(partner: &Partner, selected: bool, width: usize) -> String {
    let marker = if selected { "› " } else { "  " };
    let dots = tie_dots(partner.tie);
    let dots_width = usize::from(MAX_TIE) + 1;
    let show_dots = width >= 12;
    let label_width =
        width
            .saturating_sub(2)
            .saturating_sub(if show_dots { dots_width } else { 0 });
    let label = partner_label(
        &sanitize(&partner.name, false),
        &sanitize(&partner.sector, false),
        label_width,
    );
    if !show_dots {
        return format!("{marker}{label}");
    }
    let pad = label_width.saturating_sub(label.width());
    format!("{marker}{label}{} {dots}", " ".repeat(pad))
}

/// `name (sector)` in at most `width` columns. The name comes first: the sector is cut to
/// what the whole name leaves, and dropped when that is too little to recognise it.
pub fn partner_label(name: &str, sector: &str, width: usize) -> String {
    let sector = sector.trim();
    let name = name.trim();
    let full = format!("{name} ({sector})");
    if sector.is_empty() || full.width() <= width {
        return if sector.is_empty() {
            fit(name, width)
        } else {
            full
        };
    }
    // " (" + ")" around at least three characters and an ellipsis.
    if name.width() + 3 + MIN_SECTOR_SHOWN <= width {
        let sector_part = fit(sector, width - 3 - name.width());
        return format!("{name} ({sector_part})");
    }
    fit(name, width)
}

/// Fewest columns of a cut sector worth showing (three characters and the ellipsis).
const MIN_SECTOR_SHOWN: usize = 4;

/// The selected partner in full: who, what kind of tie, what flows each way.
pub fn render_detail(theme: &Theme, partner: Option<&Partner>, frame: &mut Frame, area: Rect) {
    let Some(p) = partner else {
        return;
    };
    let width = usize::from(area.width);
    let sector = match sanitize(&p.sector, false) {
        s if s.is_empty() => String::new(),
        s => format!(" · {s}"),
    };
    let head = tr!(
        "tui-map-partner-head",
        name = sanitize(&p.name, false),
        sector = sector,
        relationship = p.relationship.label(),
        tie = p.tie,
        most = MAX_TIE,
        meaning = strings::map_tie_meanings()[usize::from(p.tie.clamp(1, MAX_TIE) - 1)]
    );
    let kinds: Vec<&str> = p.brings.iter().map(|k| k.label()).collect();
    let brings = match (kinds.is_empty(), p.brings_note.trim().is_empty()) {
        (true, true) => tr!("tui-map-they-bring", what = "-"),
        (false, true) => tr!("tui-map-they-bring", what = kinds.join(", ")),
        (true, false) => tr!("tui-map-they-bring", what = sanitize(&p.brings_note, false)),
        (false, false) => tr!(
            "tui-map-they-bring-kinds",
            kinds = kinds.join(", "),
            what = sanitize(&p.brings_note, false)
        ),
    };
    let we = tr!(
        "tui-map-we-bring",
        what = {
            let text = sanitize(&p.we_bring, false);
            if text.trim().is_empty() {
                "-".to_string()
            } else {
                text
            }
        }
    );
    let mut lines = vec![Line::from(Span::styled(fit(&head, width), theme.title))];
    if area.height >= 3 {
        lines.push(Line::from(Span::styled(fit(&brings, width), theme.text)));
        lines.push(Line::from(Span::styled(fit(&we, width), theme.text)));
    } else {
        lines.push(Line::from(Span::styled(
            fit(&format!("{brings} · {we}"), width),
            theme.text,
        )));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

//! The insights beside the map: diversity, layers, resources, concentration, changes and
//! next steps. Gaps carry a symbol, so they show without colour too.

use ratatui::text::{Line, Span};

use super::fit;
use crate::ecomap::{
    Insights, LayerStatus, advice_hints, change_items, changes_sentence, diversity_sentence,
    percent,
};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::option_list::wrap;

/// A few dense lines for narrow terminals, each fitted to `width`.
pub fn compact(theme: &Theme, insights: &Insights, width: usize) -> Vec<Line<'static>> {
    let mark = strings::MAP_GAP_MARK;
    let mut lines = vec![plain(theme, diversity_sentence(insights), width)];
    let mut layers = vec![Span::styled(
        format!("{}: ", strings::map_layers()),
        theme.muted,
    )];
    for (n, count) in insights.layers.iter().enumerate() {
        if n > 0 {
            layers.push(Span::styled(" · ", theme.muted));
        }
        layers.push(Span::styled(
            format!("{} {}", count.layer.short(), count.partners),
            theme.text,
        ));
        match count.status {
            LayerStatus::Empty => layers.push(Span::styled(
                format!(" {mark} {}", tr!("tui-map-empty")),
                theme.warning,
            )),
            LayerStatus::Thin => layers.push(Span::styled(
                format!(" {mark} {}", tr!("tui-map-thin")),
                theme.warning,
            )),
            LayerStatus::Filled => {}
        }
    }
    lines.push(Line::from(layers));
    let mut resources = vec![Span::styled(
        format!("{} ", tr!("tui-map-resources")),
        theme.muted,
    )];
    for (n, count) in insights.resources.iter().enumerate() {
        if n > 0 {
            resources.push(Span::styled(" · ", theme.muted));
        }
        resources.push(Span::styled(
            format!("{} {}", count.kind.label(), count.partners),
            theme.text,
        ));
        if count.partners == 0 {
            resources.push(Span::styled(
                format!(" {mark} {}", tr!("tui-map-missing")),
                theme.warning,
            ));
        }
    }
    lines.push(Line::from(resources));
    if let Some(text) = concentration_text(insights) {
        let c = &insights.concentration;
        lines.push(flagged(theme, &text, width, c.concentrated || c.dependent));
    }
    if let Some(changes) = &insights.changes {
        lines.push(plain(theme, changes_sentence(changes), width));
    }
    for hint in advice_hints(insights) {
        lines.push(Line::from(Span::styled(
            fit(&format!("• {hint}"), width),
            theme.muted,
        )));
    }
    lines
}

/// The full panel for a column of `width` cells, long sentences wrapped.
pub fn full(theme: &Theme, insights: &Insights, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for section in sections(theme, insights, width) {
        if !lines.is_empty() && !section.is_empty() {
            lines.push(Line::from(""));
        }
        lines.extend(section);
    }
    lines
}

/// The panel in three parts to sit side by side, each for a column of `width` cells:
/// diversity and layers; resources and concentration; changes and next steps.
pub fn sections(theme: &Theme, insights: &Insights, width: usize) -> [Vec<Line<'static>>; 3] {
    [
        summary_section(theme, insights, width),
        ties_section(theme, insights, width),
        changes_section(theme, insights, width),
    ]
}

fn summary_section(theme: &Theme, insights: &Insights, width: usize) -> Vec<Line<'static>> {
    let mark = strings::MAP_GAP_MARK;
    let mut lines: Vec<Line<'static>> = wrap(&diversity_sentence(insights), width)
        .into_iter()
        .map(|piece| Line::from(Span::styled(piece, theme.text)))
        .collect();
    heading(theme, &mut lines, strings::map_layers());
    for count in &insights.layers {
        let gap = match count.status {
            LayerStatus::Empty => format!("{mark} {}", tr!("tui-map-empty")),
            LayerStatus::Thin => format!("{mark} {}", tr!("tui-map-thin")),
            LayerStatus::Filled => String::new(),
        };
        lines.push(row(theme, count.layer.short(), count.partners, gap));
    }
    lines
}

fn ties_section(theme: &Theme, insights: &Insights, width: usize) -> Vec<Line<'static>> {
    let mark = strings::MAP_GAP_MARK;
    let mut lines = Vec::new();
    heading(theme, &mut lines, strings::map_resources());
    for count in &insights.resources {
        let gap = if count.partners == 0 {
            format!("{mark} {}", tr!("tui-map-missing"))
        } else {
            String::new()
        };
        lines.push(row(theme, count.kind.label(), count.partners, gap));
    }
    heading(theme, &mut lines, strings::map_concentration());
    let c = &insights.concentration;
    if let Some(top) = &c.top_partner {
        let text = tr!(
            "tui-map-top-partner",
            share = percent(top.share),
            name = sanitize(&top.name, false)
        );
        lines.push(flagged(theme, &text, width, c.dependent));
    }
    if let Some(top) = &c.top_sector {
        let text = tr!(
            "tui-map-top-sector",
            share = percent(top.share),
            name = sanitize(&top.name, false)
        );
        lines.push(Line::from(Span::styled(fit(&text, width), theme.text)));
    }
    let strong = match &c.top_strong_sector {
        Some(top) => tr!(
            "tui-map-strong-ties-in",
            strong = c.strong_ties,
            amount = top.amount,
            sector = sanitize(&top.name, false),
            share = percent(top.share)
        ),
        None => tr!("tui-map-strong-ties", strong = c.strong_ties),
    };
    lines.push(flagged(theme, &strong, width, c.concentrated));
    lines
}

fn changes_section(theme: &Theme, insights: &Insights, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    if let Some(changes) = &insights.changes {
        for piece in wrap(&changes_sentence(changes), width) {
            lines.push(Line::from(Span::styled(piece, theme.text)));
        }
        for (label, names) in change_items(changes) {
            let names: Vec<String> = names.iter().map(|n| sanitize(n, false)).collect();
            let text = format!("{label}: {}", names.join(", "));
            for (n, piece) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
                let indent = if n == 0 { "  " } else { "    " };
                lines.push(Line::from(Span::styled(
                    format!("{indent}{piece}"),
                    theme.muted,
                )));
            }
        }
    }
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        heading(theme, &mut lines, strings::map_next_steps());
        for hint in hints {
            for (n, piece) in wrap(&hint, width.saturating_sub(2)).into_iter().enumerate() {
                let bullet = if n == 0 { "• " } else { "  " };
                lines.push(Line::from(Span::styled(
                    format!("{bullet}{piece}"),
                    theme.muted,
                )));
            }
        }
    }
    lines
}

/// The concentration in one line, e.g. "Ties: top partner 18% (Harbour Logistics) · top
/// sector 40% (food) · strong 4, 2 in food".
fn concentration_text(insights: &Insights) -> Option<String> {
    let c = &insights.concentration;
    let partner = c.top_partner.as_ref()?;
    let mut text = tr!(
        "tui-map-ties-top-partner",
        share = percent(partner.share),
        name = sanitize(&partner.name, false)
    );
    if let Some(sector) = &c.top_sector {
        text.push_str(&tr!(
            "tui-map-ties-top-sector",
            share = percent(sector.share),
            name = sanitize(&sector.name, false)
        ));
    }
    if let Some(strong) = &c.top_strong_sector {
        text.push_str(&tr!(
            "tui-map-ties-strong",
            strong = c.strong_ties,
            amount = strong.amount,
            sector = sanitize(&strong.name, false)
        ));
    }
    Some(text)
}

/// A section heading, after a blank line unless it opens the section.
fn heading(theme: &Theme, lines: &mut Vec<Line<'static>>, text: &str) {
    if !lines.is_empty() {
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(text.to_string(), theme.title)));
}

fn row(theme: &Theme, label: &str, count: usize, gap: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {label:<11}{count:>3}  "), theme.text),
        Span::styled(gap, theme.warning),
    ])
}

/// A line fitted to `width`, ending in the gap mark when `flag` is set.
fn flagged(theme: &Theme, text: &str, width: usize, flag: bool) -> Line<'static> {
    if flag {
        let text = fit(text, width.saturating_sub(2));
        Line::from(Span::styled(
            format!("{text} {}", strings::MAP_GAP_MARK),
            theme.warning,
        ))
    } else {
        Line::from(Span::styled(fit(text, width), theme.text))
    }
}

fn plain(theme: &Theme, text: String, width: usize) -> Line<'static> {
    Line::from(Span::styled(fit(&text, width), theme.text))
}

//! The plans under the trend: each plan beside the check-ins it spans, with its
//! priorities' status and facet change.

use ratatui::text::{Line, Span};

use crate::documents::TrendDocument;
use crate::report::{DateStyle, plan};
use crate::text::sanitize;
use crate::tui::theme::Theme;
use crate::tui::widgets::option_list::wrap;

/// Each plan under the check-ins it spans: its priorities' status and facet change,
/// real or within noise (the rows `trend` prints); nothing without plans.
pub(super) fn lines(
    out: &mut Vec<Line<'static>>,
    theme: &Theme,
    doc: &TrendDocument,
    width: usize,
) {
    let sections = plan::trend_sections(doc, DateStyle::Iso);
    if sections.is_empty() {
        return;
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        plan::trend_heading().to_string(),
        theme.title,
    )));
    for section in &sections {
        for piece in wrap(&sanitize(&section.heading, false), width.saturating_sub(2)) {
            out.push(Line::from(Span::styled(format!("  {piece}"), theme.text)));
        }
        for row in &section.rows {
            // Priority, owner, status, before -> after, change, noise.
            let cell = |i: usize| row.get(i).map_or(String::new(), |c| sanitize(c, false));
            let owner = if cell(1).is_empty() {
                String::new()
            } else {
                format!(" ({})", cell(1))
            };
            let line = format!(
                "{}{owner}: {} · {} · {} · {}",
                cell(0),
                cell(2),
                cell(3),
                cell(4),
                cell(5)
            );
            for piece in wrap(&line, width.saturating_sub(4)) {
                out.push(Line::from(Span::styled(
                    format!("    {piece}"),
                    theme.muted,
                )));
            }
        }
    }
    for piece in wrap(plan::trend_note(), width) {
        out.push(Line::from(Span::styled(piece, theme.muted)));
    }
}

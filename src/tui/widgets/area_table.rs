//! The table the report screens share: the overall figure, each dimension and its facets,
//! one row each, the title indented by its level and followed by the row's figures.

use ratatui::text::{Line, Span};

use crate::strings;
use crate::text::sanitize;
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// One row of the table: how deep it sits (0 overall, 1 a dimension, 2 a facet), its
/// title, and what its figures are computed from.
pub type AreaRow<'a, T> = (usize, &'a str, &'a T);

/// The rows of an overall figure, its dimensions and their facets, in reading order:
/// `dimensions` gives each dimension's title, figure and its facets' titles and figures.
pub fn area_rows<'a, T, D: 'a>(
    overall: &'a T,
    dimensions: &'a [D],
    parts: impl Fn(&'a D) -> (&'a str, &'a T, Vec<(&'a str, &'a T)>),
) -> Vec<AreaRow<'a, T>> {
    let mut rows = vec![(0, strings::overall(), overall)];
    for dimension in dimensions {
        let (title, figure, facets) = parts(dimension);
        rows.push((1, title, figure));
        rows.extend(facets.into_iter().map(|(title, figure)| (2, title, figure)));
    }
    rows
}

/// The lines of the table: titles cut to `name_width`, then `figures` of each row.
pub fn area_lines<T>(
    theme: &Theme,
    name_width: usize,
    rows: &[AreaRow<'_, T>],
    figures: impl Fn(&T) -> Vec<Span<'static>>,
) -> Vec<Line<'static>> {
    rows.iter()
        .map(|&(level, title, figure)| {
            let indent = level * 2;
            let style = match level {
                0 => theme.title,
                1 => theme.text,
                _ => theme.muted,
            };
            let room = name_width.saturating_sub(indent);
            let title = chrome::ellipsize(&sanitize(title, false), room);
            let mut spans = vec![Span::styled(
                format!("{}{title:<room$} ", " ".repeat(indent)),
                style,
            )];
            spans.extend(figures(figure));
            Line::from(spans)
        })
        .collect()
}

//! The comparison of two assessments as CSV: one row per area and per moved item.

use super::{Cell, document};
use crate::documents::{CompareDocument, DeltaSummary};
use crate::report::comparison::{areas, item_delta};

/// One row per area (overall, each dimension and facet) and per moved item: before,
/// after, change and direction; for an area also whether the change is more than
/// measurement noise, the MDC95 and its source.
pub fn comparison(doc: &CompareDocument) -> String {
    let header = [
        "kind",
        "dimension",
        "facet",
        "item",
        "title",
        "before",
        "after",
        "change",
        "direction",
        "items",
        "shared_items",
        "answer_before",
        "answer_after",
        "verdict",
        "mdc95",
        "mdc95_source",
        "mdc95_firms",
    ]
    .map(str::to_string);
    let direction = |d: &DeltaSummary| Cell::text(direction_value(d));
    // CSV is read by programs: the overall row keeps its English title.
    let areas = crate::i18n::with_lang(crate::i18n::Lang::En, || areas(doc));
    let mut rows: Vec<Vec<Cell>> = areas
        .into_iter()
        .map(|(kind, dimension, facet, title, delta)| {
            vec![
                Cell::text(kind),
                Cell::text(dimension),
                Cell::text(facet),
                Cell::text(""),
                Cell::text(title),
                Cell::Number(delta.before),
                Cell::Number(delta.after),
                Cell::Number(delta.change),
                direction(delta),
                count(delta.items),
                count(delta.shared_items),
                Cell::text(""),
                Cell::text(""),
                Cell::text(delta.verdict.key()),
                Cell::Number(delta.noise.map(|n| n.mdc95)),
                Cell::text(delta.noise.map_or("", |n| n.source.key())),
                count(delta.noise.and_then(|n| n.source.firms())),
            ]
        })
        .collect();
    for m in &doc.moved_items {
        let delta = item_delta(m.before, m.after, m.change);
        rows.push(vec![
            Cell::text("item"),
            Cell::text(&m.dimension),
            Cell::text(""),
            Cell::text(&m.item),
            Cell::text(&m.text),
            Cell::Number(m.before),
            Cell::Number(m.after),
            Cell::Number(Some(m.change)),
            direction(&delta),
            Cell::text(""),
            Cell::text(""),
            Cell::text(&m.answer_before),
            Cell::text(&m.answer_after),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
        ]);
    }
    document(&header, &rows)
}

/// A count, or an empty cell without one.
fn count(value: Option<usize>) -> Cell {
    value.map_or_else(|| Cell::text(""), Cell::Count)
}

/// `up`, `down`, `same` or `unknown`, as in the JSON document.
fn direction_value(delta: &DeltaSummary) -> &'static str {
    use crate::compare::Direction;
    match delta.direction {
        Direction::Up => "up",
        Direction::Down => "down",
        Direction::Same => "same",
        Direction::Unknown => "unknown",
    }
}

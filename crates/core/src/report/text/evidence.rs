//! `ecoready evidence`: what the figures rest on, the reliability of every dimension and
//! facet, and every item's figures, from the `evidence --json` document.

use std::fmt::Write as _;

use super::{clean, table};
use crate::documents::EvidenceDocument;
use crate::report::evidence::{
    areas, basis, item_cells, item_headers, items_title, reliability_cells, reliability_headers,
    reliability_title, title,
};
use crate::text::wrap;

/// The width the sentences above the tables are wrapped to.
const WIDTH: usize = 88;

/// The whole report as text.
pub fn evidence(document: &EvidenceDocument) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", clean(&title(document)));
    for line in wrap(&basis(document), WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "\n{}", reliability_title());
    let rows: Vec<Vec<String>> = areas(document)
        .into_iter()
        .map(|(facet, name, r)| {
            let indent = if facet { "  " } else { "" };
            let mut row = vec![format!("{indent}{}", clean(name))];
            row.extend(reliability_cells(r));
            row
        })
        .collect();
    out.push_str(&table(&reliability_headers(), &rows));
    let _ = writeln!(out, "\n{}", items_title(document));
    let rows: Vec<Vec<String>> = document
        .items
        .iter()
        .map(|item| item_cells(item).iter().map(|c| clean(c)).collect())
        .collect();
    out.push_str(&table(&item_headers(), &rows));
    out
}

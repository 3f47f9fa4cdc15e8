//! The instrument report as Markdown, from the `evidence --json` document.

use super::escape;
use crate::documents::EvidenceDocument;
use crate::report::evidence::{
    areas, basis, item_cells, item_headers, items_title, reliability_cells, reliability_headers,
    reliability_title, title,
};

/// The instrument report in Markdown.
pub fn evidence(document: &EvidenceDocument) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n## {}\n\n",
        escape(&title(document)),
        escape(&basis(document)),
        escape(reliability_title())
    );
    let rows: Vec<Vec<String>> = areas(document)
        .into_iter()
        .map(|(facet, name, r)| {
            let name = if facet {
                format!("– {}", escape(name))
            } else {
                format!("**{}**", escape(name))
            };
            let mut row = vec![name];
            row.extend(reliability_cells(r).iter().map(|c| escape(c)));
            row
        })
        .collect();
    out.push_str(&table(&reliability_headers(), &rows));
    out.push_str(&format!("\n## {}\n\n", escape(&items_title(document))));
    let rows: Vec<Vec<String>> = document
        .items
        .iter()
        .map(|item| item_cells(item).iter().map(|c| escape(c)).collect())
        .collect();
    out.push_str(&table(&item_headers(), &rows));
    out
}

/// A Markdown table: the first column left-aligned, figures right-aligned, the last
/// (a note) left-aligned. Cells are already escaped.
fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let last = headers.len().saturating_sub(1);
    let mut out = format!("| {} |\n|", headers.join(" | "));
    for i in 0..headers.len() {
        out.push_str(if i == 0 || i == last { "---|" } else { "---:|" });
    }
    out.push('\n');
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}

//! The instrument report as one self-contained HTML page, from the `evidence --json`
//! document.

use std::fmt::Write as _;

use super::{escape, footer, page};
use crate::documents::EvidenceDocument;
use crate::report::evidence::{
    areas, basis, item_cells, item_headers, items_title, reliability_cells, reliability_headers,
    reliability_title, title,
};
use crate::tr;

/// The instrument report as an HTML page.
pub fn evidence(document: &EvidenceDocument) -> String {
    let title = title(document);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<p>{}</p>\n</header>\n<section>\n<h2>{}</h2>\n",
        escape(&title),
        escape(&basis(document)),
        escape(reliability_title())
    );
    let rows: Vec<(&str, Vec<String>)> = areas(document)
        .into_iter()
        .map(|(facet, name, r)| {
            let mut row = vec![name.to_string()];
            row.extend(reliability_cells(r));
            (if facet { "facet" } else { "dimension" }, row)
        })
        .collect();
    body.push_str(&table(&reliability_headers(), &rows));
    let _ = write!(
        body,
        "</section>\n<section>\n<h2>{}</h2>\n",
        escape(&items_title(document))
    );
    let rows: Vec<(&str, Vec<String>)> = document
        .items
        .iter()
        .map(|item| ("item", item_cells(item)))
        .collect();
    body.push_str(&table(&item_headers(), &rows));
    body.push_str("</section>\n");
    body.push_str(&footer(tr!("report-evidence-footer")));
    page(&title, &body)
}

/// A table whose first and last columns are text and the others figures; each row has a
/// class (`dimension`, `facet`, `item`). Cells are escaped here.
fn table(headers: &[&str], rows: &[(&str, Vec<String>)]) -> String {
    let last = headers.len().saturating_sub(1);
    let mut out = String::from("<table class=\"evidence\">\n<thead><tr>");
    for header in headers {
        let _ = write!(out, "<th>{}</th>", escape(header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (class, cells) in rows {
        let _ = write!(out, "<tr class=\"{class}\">");
        for (i, cell) in cells.iter().enumerate() {
            if i == 0 || i == last {
                let _ = write!(out, "<td>{}</td>", escape(cell));
            } else {
                let _ = write!(out, "<td class=\"num\">{}</td>", escape(cell));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

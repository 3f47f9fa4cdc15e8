//! The ecosystem map in an HTML report: a `<section>` with the rings drawn in SVG, one
//! table per layer, what the map shows, next steps and changes, and the placing of that
//! section in a report. All user text is escaped.

use std::fmt::Write as _;

use super::escape;
use crate::ecomap::{
    EcosystemMap, Insights, Layer, MAX_TIE, Partner, advice_hints, change_items, map_summary,
    resource_kinds, results_lines, tie_dots,
};
use crate::report::svg::rings;
use crate::report::{map_column_heads as column_heads, map_section_title};
use crate::tr;

/// The map as an HTML `<section>`: an inline SVG drawing of the rings, one table per
/// layer, what the map shows, next steps and changes. All user text is escaped.
pub fn map_section(map: &EcosystemMap, insights: &Insights) -> String {
    let drawing = rings(map);
    let map_title = escape(map_section_title());
    let mut out = format!(
        "<section class=\"ecosystem-map\">\n<h2>{map_title}</h2>\n<p>{}</p>\n\
         <figure>{}",
        escape(&map_summary(map)),
        drawing.svg
    );
    if !drawing.shortened.is_empty() {
        // Names too long for the drawing, in full: label "(n)" is entry n.
        let names: Vec<String> = drawing
            .shortened
            .iter()
            .enumerate()
            .map(|(n, name)| format!("({}) {}", n + 1, escape(name)))
            .collect();
        let _ = write!(
            out,
            "<figcaption>{}</figcaption>",
            tr!("report-map-shortened", names = names.join("; "))
        );
    }
    out.push_str("</figure>\n");
    for layer in Layer::ALL {
        let partners: Vec<&Partner> = map.in_layer(layer);
        let _ = writeln!(out, "<h3>{} ({})</h3>", layer.title(), partners.len());
        if partners.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", tr!("report-map-layer-no-partners"));
            continue;
        }
        let heads: String = column_heads()
            .iter()
            .map(|head| format!("<th>{head}</th>"))
            .collect();
        let _ = write!(out, "<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>\n");
        for p in partners {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
                 <td title=\"{}\">{}</td></tr>",
                escape(&p.name),
                escape(&p.sector),
                p.relationship.label(),
                resource_kinds(p),
                escape(&p.brings_note),
                escape(&p.we_bring),
                tr!("report-map-tie-of", tie = p.tie, most = MAX_TIE),
                tie_dots(p.tie)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let _ = write!(out, "<h3>{}</h3>\n<ul>\n", tr!("report-map-shows"));
    for line in results_lines(insights) {
        let _ = writeln!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>\n");
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        let _ = write!(out, "<h3>{}</h3>\n<ul>\n", tr!("report-map-next-steps"));
        for hint in hints {
            let _ = writeln!(out, "<li>{}</li>", escape(&hint));
        }
        out.push_str("</ul>\n");
    }
    if let Some(changes) = insights.changes.as_ref().filter(|c| !c.is_empty()) {
        let since = changes.since.format("%Y-%m-%d").to_string();
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul>",
            tr!("report-map-changes-heading", date = since)
        );
        for (label, items) in change_items(changes) {
            let items: Vec<String> = items.iter().map(|i| escape(i)).collect();
            let _ = writeln!(out, "<li>{label}: {}</li>", items.join(", "));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

/// An HTML report with the map's section placed before the report's `<footer` (or
/// `</body>`, or at the end when it has neither).
pub fn add_map(report: &str, map: &EcosystemMap, insights: &Insights) -> String {
    insert_html(report, &map_section(map, insights))
}

/// An HTML report with a map section that holds only `sentence`, placed like
/// [`add_map`] places the map.
pub fn add_map_note(report: &str, sentence: &str) -> String {
    let map_title = escape(map_section_title());
    let section = format!(
        "<section class=\"ecosystem-map\">\n<h2>{map_title}</h2>\n<p>{}</p>\n</section>\n",
        escape(sentence)
    );
    insert_html(report, &section)
}

fn insert_html(report: &str, section: &str) -> String {
    let at = report
        .rfind("<footer")
        .or_else(|| report.rfind("</body>"))
        .unwrap_or(report.len());
    format!("{}{section}{}", &report[..at], &report[at..])
}

//! The ecosystem map in an HTML report: a `<section>` with the rings drawn in SVG, one
//! table per layer, what the map shows, next steps and changes, and the placing of that
//! section in a report. All user text is escaped.

use std::fmt::Write as _;

use super::escape;
use crate::ecomap::{
    EcosystemMap, Insights, Layer, Partner, advice_hints, change_items, map_summary,
    resource_kinds, results_lines, tie_dots,
};
use crate::report::map_section_title;
use crate::report::svg::rings;

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
            "<figcaption>Shortened on the drawing: {}.</figcaption>",
            names.join("; ")
        );
    }
    out.push_str("</figure>\n");
    for layer in Layer::ALL {
        let partners: Vec<&Partner> = map.in_layer(layer);
        let _ = writeln!(out, "<h3>{} ({})</h3>", layer.title(), partners.len());
        if partners.is_empty() {
            out.push_str("<p>No partners in this layer yet.</p>\n");
            continue;
        }
        out.push_str(
            "<table>\n<thead><tr><th>Partner</th><th>Sector</th><th>Relationship</th>\
             <th>Brings</th><th>What exactly</th><th>We bring</th><th>Tie</th></tr></thead>\n<tbody>\n",
        );
        for p in partners {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
                 <td title=\"{} of 5\">{}</td></tr>",
                escape(&p.name),
                escape(&p.sector),
                p.relationship.label(),
                resource_kinds(p),
                escape(&p.brings_note),
                escape(&p.we_bring),
                p.tie,
                tie_dots(p.tie)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("<h3>What the map shows</h3>\n<ul>\n");
    for line in results_lines(insights) {
        let _ = writeln!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>\n");
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        out.push_str("<h3>Next steps for the map</h3>\n<ul>\n");
        for hint in hints {
            let _ = writeln!(out, "<li>{}</li>", escape(&hint));
        }
        out.push_str("</ul>\n");
    }
    if let Some(changes) = insights.changes.as_ref().filter(|c| !c.is_empty()) {
        let _ = writeln!(
            out,
            "<h3>Changes since {}</h3>\n<ul>",
            changes.since.format("%Y-%m-%d")
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

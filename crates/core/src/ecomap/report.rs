//! The map in reports: a Markdown section, an HTML section with the rings drawn in SVG,
//! and a JSON document. Pure functions of the map and its insights.

use std::fmt::Write;

use serde::Serialize;

use super::diff::Changes;
use super::insights::Insights;
use super::model::{EcosystemMap, Layer, Partner, SCHEMA_VERSION};
use super::sentences::{advice_hints, results_lines, tie_dots};
use super::svg::{self, escape};
use crate::assessment::Timestamp;
// The one Markdown escaping of every report, so the map's part reads like the rest.
use crate::report::escape_markdown as md;
use crate::text::sanitize;

/// Heading of the map's section in every report.
pub const SECTION_TITLE: &str = "Ecosystem map";

/// The JSON form of a map: the map as saved, and its insights.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapDocument {
    /// Format version of this document.
    pub schema_version: u32,
    /// The firm at the centre.
    pub organization: String,
    /// When this map version was saved.
    pub saved_at: Timestamp,
    /// Every partner, as in the map file.
    pub partners: Vec<Partner>,
    /// What the map shows.
    pub insights: Insights,
}

/// The JSON document for a map and its insights.
pub fn json_document(map: &EcosystemMap, insights: &Insights) -> MapDocument {
    MapDocument {
        schema_version: SCHEMA_VERSION,
        organization: map.organization.clone(),
        saved_at: map.saved_at,
        partners: map.partners.clone(),
        insights: insights.clone(),
    }
}

/// The map as a Markdown section starting with a `##` heading: one table per layer, what
/// the map shows, next steps and changes.
pub fn markdown_section(map: &EcosystemMap, insights: &Insights) -> String {
    let mut out = format!("## {SECTION_TITLE}\n\n{}\n\n", md(&summary(map)));
    for layer in Layer::ALL {
        let partners: Vec<&Partner> = map.in_layer(layer);
        let _ = write!(out, "### {} ({})\n\n", layer.title(), partners.len());
        if partners.is_empty() {
            out.push_str("No partners in this layer yet.\n\n");
            continue;
        }
        out.push_str(
            "| Partner | Sector | Relationship | Brings | What exactly | We bring | Tie |\n",
        );
        out.push_str("|---|---|---|---|---|---|---|\n");
        for p in partners {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} {} |",
                md(&p.name),
                md(&p.sector),
                p.relationship.label(),
                kinds(p),
                md(&p.brings_note),
                md(&p.we_bring),
                tie_dots(p.tie),
                p.tie
            );
        }
        out.push('\n');
    }
    let _ = write!(out, "### What the map shows\n\n");
    for line in results_lines(insights) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        let _ = write!(out, "\n### Next steps for the map\n\n");
        for hint in hints {
            let _ = writeln!(out, "- {}", md(&hint));
        }
    }
    if let Some(changes) = insights.changes.as_ref().filter(|c| !c.is_empty()) {
        let _ = write!(
            out,
            "\n### Changes since {}\n\n",
            changes.since.format("%Y-%m-%d")
        );
        for (label, items) in change_items(changes) {
            let items: Vec<String> = items.iter().map(|i| md(i)).collect();
            let _ = writeln!(out, "- {label}: {}", items.join(", "));
        }
    }
    out
}

/// The map as an HTML `<section>`: an inline SVG drawing of the rings, one table per
/// layer, what the map shows, next steps and changes. All user text is escaped.
pub fn html_section(map: &EcosystemMap, insights: &Insights) -> String {
    let drawing = svg::rings(map);
    let mut out = format!(
        "<section class=\"ecosystem-map\">\n<h2>{SECTION_TITLE}</h2>\n<p>{}</p>\n\
         <figure>{}",
        html(&summary(map)),
        drawing.svg
    );
    if !drawing.shortened.is_empty() {
        // Names too long for the drawing, in full: label "(n)" is entry n.
        let names: Vec<String> = drawing
            .shortened
            .iter()
            .enumerate()
            .map(|(n, name)| format!("({}) {}", n + 1, html(name)))
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
                html(&p.name),
                html(&p.sector),
                p.relationship.label(),
                kinds(p),
                html(&p.brings_note),
                html(&p.we_bring),
                p.tie,
                tie_dots(p.tie)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("<h3>What the map shows</h3>\n<ul>\n");
    for line in results_lines(insights) {
        let _ = writeln!(out, "<li>{}</li>", html(&line));
    }
    out.push_str("</ul>\n");
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        out.push_str("<h3>Next steps for the map</h3>\n<ul>\n");
        for hint in hints {
            let _ = writeln!(out, "<li>{}</li>", html(&hint));
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
            let items: Vec<String> = items.iter().map(|i| html(i)).collect();
            let _ = writeln!(out, "<li>{label}: {}</li>", items.join(", "));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

/// Name of the field a JSON report carries the map in.
pub const JSON_FIELD: &str = "ecosystem_map";

/// A Markdown report with the map's section appended.
pub fn add_to_markdown(report: &str, map: &EcosystemMap, insights: &Insights) -> String {
    append_markdown(report, &markdown_section(map, insights))
}

/// A Markdown report with a map section that holds only `sentence` (e.g. that no map had
/// been saved by the assessment's date).
pub fn add_note_to_markdown(report: &str, sentence: &str) -> String {
    append_markdown(report, &format!("## {SECTION_TITLE}\n\n{}\n", md(sentence)))
}

fn append_markdown(report: &str, section: &str) -> String {
    format!("{}\n\n{section}", report.trim_end())
}

/// An HTML report with the map's section placed before the report's `<footer` (or
/// `</body>`, or at the end when it has neither).
pub fn add_to_html(report: &str, map: &EcosystemMap, insights: &Insights) -> String {
    insert_html(report, &html_section(map, insights))
}

/// An HTML report with a map section that holds only `sentence`, placed like
/// [`add_to_html`] places the map.
pub fn add_note_to_html(report: &str, sentence: &str) -> String {
    let section = format!(
        "<section class=\"ecosystem-map\">\n<h2>{SECTION_TITLE}</h2>\n<p>{}</p>\n</section>\n",
        html(sentence)
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

/// A JSON report (one object) with the map's [`MapDocument`] added as its last field,
/// [`JSON_FIELD`]. The report's own text is kept as it is, field order included.
pub fn add_to_json(
    report: &str,
    map: &EcosystemMap,
    insights: &Insights,
) -> serde_json::Result<String> {
    let document = crate::report::json::document(&json_document(map, insights))?;
    add_json_field(report, &document)
}

/// A JSON report with [`JSON_FIELD`] set to `null`: the organization has a map, but none
/// had been saved by the assessment's date.
pub fn add_none_to_json(report: &str) -> serde_json::Result<String> {
    add_json_field(report, "null")
}

/// `report` (one JSON object) with [`JSON_FIELD`] holding `value` (pretty JSON text) as
/// its last field.
fn add_json_field(report: &str, value: &str) -> serde_json::Result<String> {
    let fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(report)?;
    let indented: Vec<String> = value
        .lines()
        .enumerate()
        .map(|(n, line)| {
            if n == 0 {
                line.to_string()
            } else {
                format!("  {line}")
            }
        })
        .collect();
    // The object parsed, so after trimming it ends with its closing brace.
    let trimmed = report.trim_end();
    let body = trimmed.strip_suffix('}').unwrap_or(trimmed).trim_end();
    let separator = if fields.is_empty() { "" } else { "," };
    Ok(format!(
        "{body}{separator}\n  \"{JSON_FIELD}\": {}\n}}\n",
        indented.join("\n")
    ))
}

/// "Alder Bakery at the centre; 10 partners; map saved 2026-03-14."
fn summary(map: &EcosystemMap) -> String {
    format!(
        "{} at the centre; {}; map saved {}.",
        map.organization.trim(),
        super::sentences::partners(map.partners.len()),
        map.saved_at.format("%Y-%m-%d")
    )
}

/// The kinds of resources a partner brings, e.g. "tangible, relational", or "-".
fn kinds(partner: &Partner) -> String {
    if partner.brings.is_empty() {
        return "-".to_string();
    }
    let labels: Vec<&str> = partner.brings.iter().map(|k| k.label()).collect();
    labels.join(", ")
}

/// Each kind of change with its partners, as plain text (escaped by the caller).
pub fn change_items(changes: &Changes) -> Vec<(&'static str, Vec<String>)> {
    let mut items = Vec::new();
    if !changes.added.is_empty() {
        items.push(("Added", changes.added.clone()));
    }
    if !changes.removed.is_empty() {
        items.push(("Removed", changes.removed.clone()));
    }
    if !changes.moved.is_empty() {
        let moved = changes
            .moved
            .iter()
            .map(|m| format!("{} ({} → {})", m.name, m.from.short(), m.to.short()))
            .collect();
        items.push(("Moved layer", moved));
    }
    for (label, ties) in [
        ("Stronger ties", &changes.strengthened),
        ("Weaker ties", &changes.weakened),
    ] {
        if !ties.is_empty() {
            let list = ties
                .iter()
                .map(|t| format!("{} ({} → {})", t.name, t.from, t.to))
                .collect();
            items.push((label, list));
        }
    }
    items
}

/// User text for HTML: control characters removed, markup characters escaped.
fn html(text: &str) -> String {
    escape(&sanitize(text, false))
}

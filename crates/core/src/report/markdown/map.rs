//! The ecosystem map in a Markdown report: a section with one table per layer, what the
//! map shows, next steps and changes, and the splicing of that section into a report.

use std::fmt::Write as _;

use super::escape as md;
use crate::ecomap::{
    EcosystemMap, Insights, Layer, Partner, advice_hints, change_items, map_summary,
    resource_kinds, results_lines, tie_dots,
};
use crate::report::{map_column_heads as column_heads, map_section_title};
use crate::tr;

/// The map as a Markdown section starting with a `##` heading: one table per layer, what
/// the map shows, next steps and changes.
pub fn map_section(map: &EcosystemMap, insights: &Insights) -> String {
    let map_title = md(map_section_title());
    let mut out = format!("## {map_title}\n\n{}\n\n", md(&map_summary(map)));
    for layer in Layer::ALL {
        let partners: Vec<&Partner> = map.in_layer(layer);
        let _ = write!(out, "### {} ({})\n\n", layer.title(), partners.len());
        if partners.is_empty() {
            let _ = write!(out, "{}\n\n", tr!("report-map-layer-no-partners"));
            continue;
        }
        let _ = writeln!(out, "| {} |", column_heads().join(" | "));
        out.push_str("|---|---|---|---|---|---|---|\n");
        for p in partners {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} {} |",
                md(&p.name),
                md(&p.sector),
                p.relationship.label(),
                resource_kinds(p),
                md(&p.brings_note),
                md(&p.we_bring),
                tie_dots(p.tie),
                p.tie
            );
        }
        out.push('\n');
    }
    let _ = write!(out, "### {}\n\n", tr!("report-map-shows"));
    for line in results_lines(insights) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        let _ = write!(out, "\n### {}\n\n", tr!("report-map-next-steps"));
        for hint in hints {
            let _ = writeln!(out, "- {}", md(&hint));
        }
    }
    if let Some(changes) = insights.changes.as_ref().filter(|c| !c.is_empty()) {
        let since = changes.since.format("%Y-%m-%d").to_string();
        let _ = write!(
            out,
            "\n### {}\n\n",
            tr!("report-map-changes-heading", date = since)
        );
        for (label, items) in change_items(changes) {
            let items: Vec<String> = items.iter().map(|i| md(i)).collect();
            let _ = writeln!(out, "- {label}: {}", items.join(", "));
        }
    }
    out
}

/// A Markdown report with the map's section appended.
pub fn add_map(report: &str, map: &EcosystemMap, insights: &Insights) -> String {
    append_markdown(report, &map_section(map, insights))
}

/// A Markdown report with a map section that holds only `sentence` (e.g. that no map had
/// been saved by the assessment's date).
pub fn add_map_note(report: &str, sentence: &str) -> String {
    let map_title = md(map_section_title());
    append_markdown(report, &format!("## {map_title}\n\n{}\n", md(sentence)))
}

fn append_markdown(report: &str, section: &str) -> String {
    format!("{}\n\n{section}", report.trim_end())
}

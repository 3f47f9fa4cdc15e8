//! Markdown reports (one assessment, and the map's section): headings, tables and lists
//! that read well as plain text and render on any Markdown viewer. Every piece of user or file text is escaped, so a note can neither
//! break a table nor smuggle raw HTML into a viewer that renders it.

mod assessment;
mod comparison;
mod evidence;
mod map;
mod round;
mod trend;

pub use assessment::assessment;
pub use comparison::comparison;
pub use evidence::evidence;
pub use map::{add_map, add_map_note, map_section};
pub use round::round;
pub use trend::trend;

// The one Markdown escaping (in `crate::text`), under short names for the many call sites.
pub(crate) use crate::text::{escape_markdown as escape, markdown_code as code};

/// Where the assessment stands among peers as a `##` section, each source's figures a
/// nested list under it; nothing without a standing.
pub(super) fn peers_section(peers: Option<&crate::peers::PeerStanding>) -> String {
    let Some(peers) = peers else {
        return String::new();
    };
    let mut out = format!("\n## {}\n\n", crate::peers::heading());
    for line in peers.lines() {
        let nested = if line.starts_with("  ") { "  " } else { "" };
        out.push_str(&format!("{nested}- {}\n", escape(line.trim_start())));
    }
    out
}

/// A check-in's plan (the plan it reviewed, the plan made from it) as `##` sections with
/// a table each; nothing without a plan.
pub(super) fn plan_sections(
    plan: Option<&crate::documents::CheckInPlanSummary>,
    dates: crate::report::DateStyle,
) -> String {
    plan_tables(&crate::report::plan::sections(plan, dates), "##")
}

/// A trend's plans under one `##` heading, a `###` section each; nothing without plans.
pub(super) fn trend_plans(
    doc: &crate::documents::TrendDocument,
    dates: crate::report::DateStyle,
) -> String {
    let sections = crate::report::plan::trend_sections(doc, dates);
    if sections.is_empty() {
        return String::new();
    }
    format!(
        "\n## {}\n\n{}\n{}",
        escape(crate::report::plan::trend_heading()),
        escape(crate::report::plan::trend_note()),
        plan_tables(&sections, "###")
    )
}

/// Each section under a heading of `level`: its sentence, its table, its footnote.
fn plan_tables(sections: &[crate::report::plan::PlanSection], level: &str) -> String {
    let mut out = String::new();
    for section in sections {
        out.push_str(&format!("\n{level} {}\n\n", escape(&section.heading)));
        if !section.sentence.is_empty() {
            out.push_str(&format!("{}\n\n", escape(&section.sentence)));
        }
        out.push_str(&format!(
            "| {} |\n|{}\n",
            crate::report::plan::column_titles(section.columns)
                .iter()
                .map(|title| escape(title))
                .collect::<Vec<_>>()
                .join(" | "),
            "---|".repeat(section.columns.len())
        ));
        for row in &section.rows {
            let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        if !section.footnote.is_empty() {
            out.push_str(&format!("\n{}\n", escape(section.footnote)));
        }
    }
    out
}

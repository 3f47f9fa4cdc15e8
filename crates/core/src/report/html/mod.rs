//! HTML reports: one self-contained page (no scripts, nothing fetched from anywhere) with
//! inline SVG charts and a print stylesheet, so a browser's "print to PDF" gives a clean
//! A4 report: one assessment, and the map's section. Every piece of user or file text
//! goes through [`escape`].

mod assessment;
mod comparison;
mod evidence;
mod map;
mod round;
mod trend;

use std::fmt::Write as _;

pub use assessment::assessment;
pub use comparison::comparison;
pub use evidence::evidence;
pub use map::{add_map, add_map_note, map_section};
pub use round::round;
pub use trend::trend;

// The one HTML escaping (in `crate::text`), under short names for the many call sites.
pub(crate) use crate::text::{escape_html as escape, escape_html_multiline as escape_multiline};

/// The one stylesheet: screen first, then what changes on paper.
const STYLE: &str = "\
:root { color: #111111; background: #ffffff; }
body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif;
  line-height: 1.45; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #444444; padding-bottom: 0.2rem; margin-top: 1.8rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #888888; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th, td, p, li, figcaption, .note { overflow-wrap: anywhere; }
th { background: #eeeeee; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.dimension td { font-weight: 600; border-top: 2px solid #444444; }
tr.facet td:first-child { padding-left: 1.6rem; }
table.scores td:first-child { width: 42%; }
table.notes td:first-child { width: 50%; }
table.facts th { width: 11rem; background: none; }
.overall { font-size: 1.25rem; font-weight: 600; margin: 0.4rem 0; }
.caveat, .gap { font-size: 0.9rem; color: #333333; }
.warning { border-left: 4px solid #000000; padding-left: 0.5rem; }
.draft { border: 2px solid #000000; padding: 0.4rem 0.6rem; }
.note { white-space: pre-line; }
figure { margin: 1rem 0; text-align: center; }
figcaption { font-size: 0.85rem; color: #333333; }
svg.chart { max-width: 100%; height: auto; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #333333; border-top: 1px solid #888888; padding-top: 0.4rem; }
@page { size: A4; margin: 15mm; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
p, li { orphans: 3; widows: 3; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
  figure, tr, li, .advice { break-inside: avoid; page-break-inside: avoid; }
  table.notes tr, table.notes td, .note { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  th { background: none; }
  svg.chart { max-height: 105mm; }
  svg.chart.map { max-height: none; }
}
";

/// A whole page in the current language: doctype, UTF-8, viewport, the title, the
/// stylesheet and `body`.
pub fn page(title: &str, body: &str) -> String {
    let language = match crate::i18n::current() {
        // The pseudo-language's text is English in brackets; en-XA is its usual tag.
        crate::i18n::Lang::Pseudo => "en-XA",
        lang => lang.code(),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(language),
        escape(title)
    )
}

/// `<section>` with a heading and a list, or nothing without items (already HTML).
pub fn list_section(title: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut out = format!("<section>\n<h2>{}</h2>\n<ul>\n", escape(title));
    for item in items {
        let _ = writeln!(out, "<li>{item}</li>");
    }
    out.push_str("</ul>\n</section>\n");
    out
}

/// Where the assessment stands among peers as a list section; nothing without a standing.
pub(super) fn peers_section(peers: Option<&crate::peers::PeerStanding>) -> String {
    let items: Vec<String> = peers
        .map(|p| {
            p.lines()
                .iter()
                .map(|line| escape(line.trim_start()))
                .collect()
        })
        .unwrap_or_default();
    list_section(crate::peers::heading(), &items)
}

/// The page footer: which tool made the report, and `extra` (plain text).
pub fn footer(extra: &str) -> String {
    format!(
        "<footer>{} {}</footer>\n",
        escape(crate::tr!("report-footer")),
        escape(extra)
    )
}

/// A check-in's plan (the plan it reviewed, the plan made from it) as sections with a
/// table each; nothing without a plan.
pub(super) fn plan_sections(
    plan: Option<&crate::documents::CheckInPlanSummary>,
    dates: crate::report::DateStyle,
) -> String {
    let mut out = String::new();
    for section in crate::report::plan::sections(plan, dates) {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(&section.heading));
        out.push_str(&plan_table(&section));
        out.push_str("</section>\n");
    }
    out
}

/// A trend's plans in one section, a table each; nothing without plans.
pub(super) fn trend_plans(
    doc: &crate::documents::TrendDocument,
    dates: crate::report::DateStyle,
) -> String {
    let sections = crate::report::plan::trend_sections(doc, dates);
    if sections.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p>{}</p>\n",
        escape(crate::report::plan::trend_heading()),
        escape(crate::report::plan::trend_note())
    );
    for section in &sections {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&section.heading));
        out.push_str(&plan_table(section));
    }
    out.push_str("</section>\n");
    out
}

/// A section's sentence, table and footnote.
fn plan_table(section: &crate::report::plan::PlanSection) -> String {
    let mut out = String::new();
    if !section.sentence.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&section.sentence));
    }
    out.push_str("<table>\n<thead><tr>");
    for column in section.columns {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            escape(crate::report::plan::column_title(column))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &section.rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    if !section.footnote.is_empty() {
        let _ = writeln!(out, "<p class=\"caveat\">{}</p>", escape(section.footnote));
    }
    out
}

//! The map as plain terminal text, for `ecoready map --org NAME`.

use std::fmt::Write as _;

use crate::ecomap::{
    EcosystemMap, Insights, Layer, Partner, advice_hints, change_items, results_lines, tie_dots,
};
use crate::tr;

/// The map by layer, then what it shows, next steps and changes; `versions` is how many
/// versions of the map are stored. User text is made safe for the terminal.
pub fn map(map: &EcosystemMap, insights: &Insights, versions: usize) -> String {
    let mut out = format!(
        "{}\n{}\n",
        tr!("report-map-text-title", org = clean(&map.organization)),
        tr!(
            "report-map-text-saved",
            date = map.saved_at.format("%Y-%m-%d %H:%M").to_string(),
            versions = versions,
            count = map.partners.len()
        )
    );
    for layer in Layer::ALL {
        let members: Vec<&Partner> = map.in_layer(layer);
        let _ = write!(out, "\n{} ({})\n", layer.title(), members.len());
        if members.is_empty() {
            let _ = writeln!(out, "  {}", tr!("report-map-text-no-partners"));
        }
        for p in members {
            let brings = if p.brings.is_empty() {
                String::new()
            } else {
                let kinds: Vec<&str> = p.brings.iter().map(|k| k.label()).collect();
                format!(
                    " · {}",
                    tr!("report-map-text-brings", kinds = kinds.join(", "))
                )
            };
            let sector = match clean(&p.sector) {
                s if s.is_empty() => String::new(),
                s => format!(" ({s})"),
            };
            let _ = writeln!(
                out,
                "  {} {}{sector} · {}{brings}",
                tie_dots(p.tie),
                clean(&p.name),
                p.relationship.label()
            );
            let mut details = Vec::new();
            if !p.brings_note.trim().is_empty() {
                details.push(tr!("report-map-they-bring", what = clean(&p.brings_note)));
            }
            if !p.we_bring.trim().is_empty() {
                details.push(tr!("report-map-we-bring", what = clean(&p.we_bring)));
            }
            if !details.is_empty() {
                let _ = writeln!(out, "        {}", details.join("; "));
            }
        }
    }
    let _ = write!(out, "\n{}\n", tr!("report-map-shows"));
    for line in results_lines(insights) {
        let _ = writeln!(out, "  - {}", clean(&line));
    }
    let hints = advice_hints(insights);
    if !hints.is_empty() {
        let _ = write!(out, "\n{}\n", tr!("report-map-text-next-steps"));
        for hint in hints {
            let _ = writeln!(out, "  - {}", clean(&hint));
        }
    }
    if let Some(changes) = insights.changes.as_ref().filter(|c| !c.is_empty()) {
        let since = changes.since.format("%Y-%m-%d").to_string();
        let _ = write!(
            out,
            "\n{}\n",
            tr!("report-map-changes-heading", date = since)
        );
        for (label, items) in change_items(changes) {
            let items: Vec<String> = items.iter().map(|i| clean(i)).collect();
            let _ = writeln!(out, "  {label}: {}", items.join(", "));
        }
    }
    out
}

/// Map text is shown trimmed: names typed into the map form keep no stray spaces.
fn clean(text: &str) -> String {
    super::clean(text.trim())
}

//! The insights in plain sentences: what the map shows, and what to do about its gaps.

use super::diff::Changes;
use super::insights::{Insights, LayerStatus};
use super::merge::Version;
use super::model::{EcosystemMap, Layer, MAX_TIE, MIN_TIE, Partner, ResourceKind};
use crate::assessment::Timestamp;

/// Short plain sentences on what the map shows, most important first: empty and thin
/// layers, missing kinds of resources, concentration, diversity, changes.
pub fn results_lines(insights: &Insights) -> Vec<String> {
    // A merge is said first: the map shown is no version anyone saved as it is.
    let mut lines: Vec<String> = insights.merge.iter().map(|m| m.sentence(None)).collect();
    if insights.partners == 0 {
        lines.push("The ecosystem map has no partners yet.".to_string());
        return lines;
    }
    for count in &insights.layers {
        match count.status {
            LayerStatus::Empty => lines.push(format!(
                "{} layer is empty: no partners.",
                count.layer.short()
            )),
            LayerStatus::Thin => lines.push(format!(
                "{} layer is thin: {}.",
                count.layer.short(),
                partners(count.partners)
            )),
            LayerStatus::Filled => {}
        }
    }
    for kind in &insights.missing_resources {
        lines.push(format!(
            "No partner brings {} resources ({}).",
            kind.label(),
            kind.examples()
        ));
    }
    let concentration = &insights.concentration;
    if let (true, Some(top)) = (concentration.concentrated, &concentration.top_strong_sector) {
        lines.push(format!(
            "Strong ties lean on one sector: {} holds {} of {} ({}).",
            top.name,
            top.amount,
            concentration.strong_ties,
            percent(top.share)
        ));
    }
    if let (true, Some(top)) = (concentration.dependent, &concentration.top_partner) {
        lines.push(format!(
            "Much rests on {}: {} of all tie strength.",
            top.name,
            percent(top.share)
        ));
    }
    lines.push(diversity_sentence(insights));
    if insights.unspecified_sector > 0 {
        lines.push(format!(
            "{} no sector and {} left out of the diversity figure.",
            match insights.unspecified_sector {
                1 => "1 partner has".to_string(),
                n => format!("{n} partners have"),
            },
            if insights.unspecified_sector == 1 {
                "is"
            } else {
                "are"
            }
        ));
    }
    if let Some(changes) = &insights.changes {
        lines.push(changes_sentence(changes));
    }
    lines
}

/// Concrete next steps pointing at the map's gaps (empty when there are none).
pub fn advice_hints(insights: &Insights) -> Vec<String> {
    if insights.partners == 0 {
        return vec![
            "Map your ecosystem: start with five partners you already work with, then add \
             the bodies and trends around them."
                .to_string(),
        ];
    }
    let mut hints = Vec::new();
    for count in &insights.layers {
        if count.status == LayerStatus::Filled {
            continue;
        }
        hints.push(
            match count.layer {
                Layer::Immediate => {
                    "Name the suppliers, key customers and local associations you rely on, \
                     and a competitor you could cooperate with."
                }
                Layer::Extended => {
                    "Reach out to an industry body, a research institution or a technology \
                     provider: they bring know-how a small firm cannot build alone."
                }
                Layer::Enabling => {
                    "Note the regulations, market trends and norms that shape your field, and \
                     who speaks for them."
                }
            }
            .to_string(),
        );
    }
    for kind in &insights.missing_resources {
        hints.push(
            match kind {
                ResourceKind::Tangible => {
                    "Look for a partner who can share equipment, space or materials."
                }
                ResourceKind::Intangible => {
                    "Find a partner who brings know-how or data, such as a university or a \
                     technology provider."
                }
                ResourceKind::Relational => {
                    "Ask a trusted partner to introduce you to their network; an association \
                     or chamber can open doors too."
                }
            }
            .to_string(),
        );
    }
    let concentration = &insights.concentration;
    if let (true, Some(top)) = (concentration.concentrated, &concentration.top_strong_sector) {
        hints.push(format!(
            "Your strong ties sit mostly in {}: build one strong tie in another sector.",
            top.name
        ));
    }
    if let (true, Some(top)) = (concentration.dependent, &concentration.top_partner) {
        hints.push(format!(
            "Much depends on {}: deepen a second tie so that one partner changing course \
             does not stall you.",
            top.name
        ));
    }
    if insights.partners >= 3
        && insights
            .diversity
            .gini_simpson
            .is_some_and(|g| g < LOW_DIVERSITY)
    {
        hints.push(
            "Most partners share a sector: a partner from another sector brings what your \
             own sector lacks."
                .to_string(),
        );
    }
    hints
}

/// Below this Gini-Simpson index (with three or more partners) the advice suggests a
/// partner from another sector; 0.5 is what two equally large sectors give.
pub const LOW_DIVERSITY: f64 = 0.5;

/// "N partners in K sectors; sector diversity 0.63 (like 2.7 equal sectors)."
pub fn diversity_sentence(insights: &Insights) -> String {
    let d = &insights.diversity;
    let head = format!(
        "{} in {} {}",
        partners(insights.partners),
        d.sectors,
        if d.sectors == 1 { "sector" } else { "sectors" }
    );
    match (d.gini_simpson, d.effective_sectors) {
        (Some(index), Some(effective)) => format!(
            "{head}; sector diversity {index:.2} on a 0-1 scale (like {effective:.1} equal sectors)."
        ),
        _ => format!("{head}."),
    }
}

/// "Since 2025-03-10: 2 added, 1 removed, ..." or "no change".
pub fn changes_sentence(changes: &Changes) -> String {
    let date = changes.since.format("%Y-%m-%d");
    if changes.is_empty() {
        return format!("No change since the map of {date}.");
    }
    let mut parts = Vec::new();
    let mut add = |count: usize, what: &str| {
        if count > 0 {
            parts.push(format!("{count} {what}"));
        }
    };
    add(changes.added.len(), "added");
    add(changes.removed.len(), "removed");
    add(changes.moved.len(), "moved layer");
    add(changes.strengthened.len(), "stronger");
    add(changes.weakened.len(), "weaker");
    format!("Since the map of {date}: {}.", parts.join(", "))
}

/// Said instead of a map when the organization's first map was saved after `moment`, the
/// date of the assessment: a later map would describe a network the answers never saw.
pub fn no_map_sentence(moment: &Timestamp, first: &EcosystemMap) -> String {
    format!(
        "No ecosystem map had been saved by {}, the date of this assessment; the first one \
         was saved on {}.",
        moment.format("%Y-%m-%d"),
        first.saved_at.format("%Y-%m-%d")
    )
}

/// What Results and `show` say about an organization's map beside one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct NotesAt {
    /// When the version shown was saved; `None` when none had been saved by then.
    pub saved_at: Option<Timestamp>,
    /// What the map shows, or the sentence that there was no map yet.
    pub lines: Vec<String>,
    /// Next steps that point at the map's gaps.
    pub hints: Vec<String>,
}

/// The notes on the map (`versions`, oldest first) as it stood at `moment`, or on the
/// latest without one (versions saved in parallel by then merged: [`super::resolve_at`]);
/// `None` without any version at all.
pub fn notes_at(versions: &[Version], moment: Option<&Timestamp>) -> Option<NotesAt> {
    let first = &versions.first()?.map;
    let resolved = super::resolve_at(versions, moment);
    let standing = super::resolved_insights(&resolved);
    Some(match (standing, moment) {
        (Some((map, insights)), _) => NotesAt {
            saved_at: Some(map.saved_at),
            lines: results_lines(&insights),
            hints: advice_hints(&insights),
        },
        (None, Some(moment)) => NotesAt {
            saved_at: None,
            lines: vec![no_map_sentence(moment, first)],
            hints: Vec::new(),
        },
        // Without a moment the latest version always stands.
        (None, None) => return None,
    })
}

/// "1 partner" / "3 partners".
pub fn partners(count: usize) -> String {
    match count {
        1 => "1 partner".to_string(),
        n => format!("{n} partners"),
    }
}

/// A share as a whole percentage, e.g. `0.4166` -> "42%".
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A tie as filled and empty dots, e.g. 3 -> "●●●○○".
pub fn tie_dots(tie: u8) -> String {
    let filled = tie.clamp(MIN_TIE, MAX_TIE);
    format!(
        "{}{}",
        "●".repeat(usize::from(filled)),
        "○".repeat(usize::from(MAX_TIE - filled))
    )
}

/// "Alder Bakery at the centre; 10 partners; map saved 2026-03-14." (not escaped).
pub fn map_summary(map: &EcosystemMap) -> String {
    format!(
        "{} at the centre; {}; map saved {}.",
        map.organization.trim(),
        partners(map.partners.len()),
        map.saved_at.format("%Y-%m-%d")
    )
}

/// The kinds of resources a partner brings, e.g. "tangible, relational", or "-".
pub fn resource_kinds(partner: &Partner) -> String {
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

//! The insights in plain sentences: what the map shows, and what to do about its gaps.

use super::diff::Changes;
use super::insights::{Insights, LayerStatus};
use super::merge::Version;
use super::model::{EcosystemMap, Layer, MAX_TIE, MIN_TIE, Partner, ResourceKind};
use crate::assessment::Timestamp;
use crate::tr;

/// Short plain sentences on what the map shows, most important first: empty and thin
/// layers, missing kinds of resources, concentration, diversity, changes.
pub fn results_lines(insights: &Insights) -> Vec<String> {
    // A merge is said first: the map shown is no version anyone saved as it is.
    let mut lines: Vec<String> = insights.merge.iter().map(|m| m.sentence(None)).collect();
    if insights.partners == 0 {
        lines.push(tr!("report-map-no-partners-yet").to_string());
        return lines;
    }
    for count in &insights.layers {
        match count.status {
            LayerStatus::Empty => {
                lines.push(tr!("report-map-layer-empty", layer = count.layer.short()))
            }
            LayerStatus::Thin => lines.push(tr!(
                "report-map-layer-thin",
                layer = count.layer.short(),
                count = count.partners
            )),
            LayerStatus::Filled => {}
        }
    }
    for kind in &insights.missing_resources {
        lines.push(
            match kind {
                ResourceKind::Tangible => tr!("report-map-missing-tangible"),
                ResourceKind::Intangible => tr!("report-map-missing-intangible"),
                ResourceKind::Relational => tr!("report-map-missing-relational"),
            }
            .to_string(),
        );
    }
    let concentration = &insights.concentration;
    if let (true, Some(top)) = (concentration.concentrated, &concentration.top_strong_sector) {
        lines.push(tr!(
            "report-map-strong-ties-lean",
            sector = top.name.as_str(),
            amount = top.amount,
            strong = concentration.strong_ties,
            share = percent(top.share)
        ));
    }
    if let (true, Some(top)) = (concentration.dependent, &concentration.top_partner) {
        lines.push(tr!(
            "report-map-much-rests-on",
            name = top.name.as_str(),
            share = percent(top.share)
        ));
    }
    lines.push(diversity_sentence(insights));
    if insights.unspecified_sector > 0 {
        lines.push(tr!(
            "report-map-unspecified-sector",
            count = insights.unspecified_sector
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
        return vec![tr!("report-map-hint-start").to_string()];
    }
    let mut hints = Vec::new();
    for count in &insights.layers {
        if count.status == LayerStatus::Filled {
            continue;
        }
        hints.push(
            match count.layer {
                Layer::Immediate => tr!("report-map-hint-immediate"),
                Layer::Extended => tr!("report-map-hint-extended"),
                Layer::Enabling => tr!("report-map-hint-enabling"),
            }
            .to_string(),
        );
    }
    for kind in &insights.missing_resources {
        hints.push(
            match kind {
                ResourceKind::Tangible => tr!("report-map-hint-tangible"),
                ResourceKind::Intangible => tr!("report-map-hint-intangible"),
                ResourceKind::Relational => tr!("report-map-hint-relational"),
            }
            .to_string(),
        );
    }
    let concentration = &insights.concentration;
    if let (true, Some(top)) = (concentration.concentrated, &concentration.top_strong_sector) {
        hints.push(tr!(
            "report-map-hint-strong-ties-in",
            sector = top.name.as_str()
        ));
    }
    if let (true, Some(top)) = (concentration.dependent, &concentration.top_partner) {
        hints.push(tr!("report-map-hint-depends-on", name = top.name.as_str()));
    }
    if insights.partners >= 3
        && insights
            .diversity
            .gini_simpson
            .is_some_and(|g| g < LOW_DIVERSITY)
    {
        hints.push(tr!("report-map-hint-low-diversity").to_string());
    }
    hints
}

/// Below this Gini-Simpson index (with three or more partners) the advice suggests a
/// partner from another sector; 0.5 is what two equally large sectors give.
pub const LOW_DIVERSITY: f64 = 0.5;

/// "N partners in K sectors; sector diversity 0.63 (like 2.7 equal sectors)."
pub fn diversity_sentence(insights: &Insights) -> String {
    let d = &insights.diversity;
    match (d.gini_simpson, d.effective_sectors) {
        (Some(index), Some(effective)) => tr!(
            "report-map-diversity",
            count = insights.partners,
            sectors = d.sectors,
            index = crate::i18n::decimal(index, 2),
            effective = crate::i18n::decimal(effective, 1)
        ),
        _ => tr!(
            "report-map-diversity-no-index",
            count = insights.partners,
            sectors = d.sectors
        ),
    }
}

/// "Since 2025-03-10: 2 added, 1 removed, ..." or "no change".
pub fn changes_sentence(changes: &Changes) -> String {
    let date = changes.since.format("%Y-%m-%d").to_string();
    if changes.is_empty() {
        return tr!("report-map-no-change-since", date = date.as_str());
    }
    let parts: Vec<String> = [
        (changes.added.len(), ChangeKind::Added),
        (changes.removed.len(), ChangeKind::Removed),
        (changes.moved.len(), ChangeKind::Moved),
        (changes.strengthened.len(), ChangeKind::Stronger),
        (changes.weakened.len(), ChangeKind::Weaker),
    ]
    .into_iter()
    .filter(|&(count, _)| count > 0)
    .map(|(count, kind)| match kind {
        ChangeKind::Added => tr!("report-map-count-added", count = count),
        ChangeKind::Removed => tr!("report-map-count-removed", count = count),
        ChangeKind::Moved => tr!("report-map-count-moved", count = count),
        ChangeKind::Stronger => tr!("report-map-count-stronger", count = count),
        ChangeKind::Weaker => tr!("report-map-count-weaker", count = count),
    })
    .collect();
    tr!(
        "report-map-changes-since",
        date = date.as_str(),
        changes = parts.join(", ")
    )
}

/// The kinds of change [`changes_sentence`] counts, in the order it says them.
#[derive(Clone, Copy)]
enum ChangeKind {
    Added,
    Removed,
    Moved,
    Stronger,
    Weaker,
}

/// Said instead of a map when the organization's first map was saved after `moment`, the
/// date of the assessment: a later map would describe a network the answers never saw.
pub fn no_map_sentence(moment: &Timestamp, first: &EcosystemMap) -> String {
    tr!(
        "report-map-none-by",
        date = moment.format("%Y-%m-%d").to_string(),
        first = first.saved_at.format("%Y-%m-%d").to_string()
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
    tr!("report-map-partners", count = count)
}

/// A share as a whole percentage, e.g. `0.4166` -> "42%".
pub fn percent(share: f64) -> String {
    crate::i18n::percent(share * 100.0, 0)
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
    tr!(
        "report-map-summary",
        org = map.organization.trim(),
        count = map.partners.len(),
        date = map.saved_at.format("%Y-%m-%d").to_string()
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
        items.push((tr!("report-map-changed-added"), changes.added.clone()));
    }
    if !changes.removed.is_empty() {
        items.push((tr!("report-map-changed-removed"), changes.removed.clone()));
    }
    if !changes.moved.is_empty() {
        let moved = changes
            .moved
            .iter()
            .map(|m| format!("{} ({} → {})", m.name, m.from.short(), m.to.short()))
            .collect();
        items.push((tr!("report-map-changed-moved"), moved));
    }
    for (label, ties) in [
        (tr!("report-map-changed-stronger"), &changes.strengthened),
        (tr!("report-map-changed-weaker"), &changes.weakened),
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

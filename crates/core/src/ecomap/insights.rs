//! What a map shows at a glance, computed by pure functions with formulas simple enough to
//! redo by hand:
//!
//! - **Sector diversity** (headline): the Gini-Simpson index `1 - Σ pᵢ²`, where `pᵢ` is the
//!   share of partners (with a sector) in sector `i`. It is the chance that two partners
//!   drawn at random (with replacement) come from different sectors: 0 when everyone
//!   shares one sector, approaching 1 with many even sectors. Beside it, the *effective
//!   number of sectors* `1 / Σ pᵢ²`: as diverse as that many equally large sectors.
//! - **Layers**: empty (no partner) or thin (exactly one partner).
//! - **Resources**: how many partners bring each kind; kinds nobody brings are missing.
//! - **Concentration**: the share of all tie strength (the sum of every partner's tie,
//!   1-5) held by the single strongest partner and by the strongest sector; and, among
//!   strong ties (tie 4 or 5), the share held by the sector with the most of them, which
//!   is flagged when it is a true majority (more than half) of at least three strong ties.
//! - **Changes** since an earlier version, see [`super::diff`].

use std::collections::BTreeMap;

use serde::Serialize;

use super::diff::{Changes, diff};
use super::merge::{Merge, Resolved};
use super::model::{EcosystemMap, Layer, ResourceKind, sector_key};
use crate::assessment::Timestamp;

/// Ties at least this strong are strong ties.
pub const STRONG_TIE: u8 = 4;
/// A layer with this many partners or fewer (but not none) is thin.
pub const THIN_LAYER: usize = 1;
/// The top sector holding more than this share of strong ties is a concentration: a true
/// majority, so two ties in two sectors (one each, 50%) are not one.
pub const CONCENTRATED_SHARE: f64 = 0.5;
/// Fewest strong ties for the concentration flag: with one or two, a single sector
/// always holds half or all of them, which says nothing about leaning on it.
pub const CONCENTRATION_MIN_STRONG_TIES: usize = 3;
/// One partner holding at least this share of all tie strength is a dependence (only
/// flagged with three or more partners: with two, someone always holds half).
pub const DEPENDENT_SHARE: f64 = 0.3;
/// Fewest partners for the dependence flag.
const DEPENDENCE_MIN_PARTNERS: usize = 3;

/// Everything the insights panel, the Results screen and the reports show about a map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    /// Number of partners.
    pub partners: usize,
    /// Sectors, most partners first (ties: more tie strength, then name).
    pub sectors: Vec<SectorShare>,
    /// Partners with no sector given (left out of the diversity figures).
    pub unspecified_sector: usize,
    /// How many sectors and how evenly spread.
    pub diversity: Diversity,
    /// Partners per layer, from the firm outwards.
    pub layers: Vec<LayerCount>,
    /// Partners bringing each kind of resource.
    pub resources: Vec<ResourceCount>,
    /// Kinds of resources no partner brings.
    pub missing_resources: Vec<ResourceKind>,
    /// How much rests on one partner or one sector.
    pub concentration: Concentration,
    /// Changes since the earlier version compared with, if there is one.
    pub changes: Option<Changes>,
    /// How the map shown was merged from versions saved in parallel, when it was (absent
    /// from JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge: Option<Merge>,
}

/// One sector of the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectorShare {
    /// The sector as first written in the map.
    pub name: String,
    /// Partners in it.
    pub partners: usize,
    /// Sum of their ties.
    pub tie_strength: u32,
    /// Of them, partners with a strong tie.
    pub strong_ties: usize,
}

/// Sector diversity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Diversity {
    /// Number of distinct sectors.
    pub sectors: usize,
    /// `1 - Σ pᵢ²`; `None` without partners that have a sector.
    pub gini_simpson: Option<f64>,
    /// `1 / Σ pᵢ²`; `None` without partners that have a sector.
    pub effective_sectors: Option<f64>,
}

/// How full a layer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LayerStatus {
    /// No partner.
    Empty,
    /// Only [`THIN_LAYER`] partner(s).
    Thin,
    /// More.
    Filled,
}

/// Partners in one layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LayerCount {
    /// The layer.
    pub layer: Layer,
    /// Partners in it.
    pub partners: usize,
    /// Empty, thin or filled.
    pub status: LayerStatus,
}

/// Partners bringing one kind of resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ResourceCount {
    /// The kind.
    pub kind: ResourceKind,
    /// Partners bringing it.
    pub partners: usize,
}

/// The one partner or sector holding the most of something.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holder {
    /// Partner or sector name.
    pub name: String,
    /// How much it holds (tie strength, or a number of strong ties).
    pub amount: u32,
    /// Its share of the total, 0-1.
    pub share: f64,
}

/// How much rests on one partner or one sector.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concentration {
    /// Sum of every partner's tie.
    pub total_tie_strength: u32,
    /// The partner with the strongest tie (the first in the map among equals).
    pub top_partner: Option<Holder>,
    /// The sector with the most tie strength.
    pub top_sector: Option<Holder>,
    /// Partners with a strong tie.
    pub strong_ties: usize,
    /// The sector with the most strong ties, and its share of them.
    pub top_strong_sector: Option<Holder>,
    /// The top sector holds more than [`CONCENTRATED_SHARE`] of the strong ties, and there
    /// are at least [`CONCENTRATION_MIN_STRONG_TIES`] of them.
    pub concentrated: bool,
    /// One partner holds at least [`DEPENDENT_SHARE`] of all tie strength.
    pub dependent: bool,
}

impl Insights {
    /// The layer's count.
    pub fn layer(&self, layer: Layer) -> LayerCount {
        self.layers[layer.index()]
    }

    /// Partners bringing `kind`.
    pub fn bringing(&self, kind: ResourceKind) -> usize {
        self.resources
            .iter()
            .find(|r| r.kind == kind)
            .map_or(0, |r| r.partners)
    }
}

/// The insights of `map`, with changes counted from `previous` when given.
pub fn insights(map: &EcosystemMap, previous: Option<&EcosystemMap>) -> Insights {
    let sectors = sectors(map);
    let unspecified_sector = map
        .partners
        .iter()
        .filter(|p| sector_key(&p.sector).is_empty())
        .count();
    let layers = Layer::ALL
        .iter()
        .map(|&layer| {
            let partners = map.partners.iter().filter(|p| p.layer == layer).count();
            let status = match partners {
                0 => LayerStatus::Empty,
                n if n <= THIN_LAYER => LayerStatus::Thin,
                _ => LayerStatus::Filled,
            };
            LayerCount {
                layer,
                partners,
                status,
            }
        })
        .collect();
    let resources: Vec<ResourceCount> = ResourceKind::ALL
        .iter()
        .map(|&kind| ResourceCount {
            kind,
            partners: map
                .partners
                .iter()
                .filter(|p| p.brings.contains(&kind))
                .count(),
        })
        .collect();
    let missing_resources = resources
        .iter()
        .filter(|r| r.partners == 0)
        .map(|r| r.kind)
        .collect();
    Insights {
        partners: map.partners.len(),
        diversity: diversity(&sectors),
        concentration: concentration(map, &sectors),
        sectors,
        unspecified_sector,
        layers,
        resources,
        missing_resources,
        changes: previous.map(|before| diff(before, map)),
        merge: None,
    }
}

/// The map readers see ([`super::resolve`]) and its insights, with changes counted from
/// [`super::diff::baseline`] and how it was merged, when it was.
pub fn resolved_insights(resolved: &Resolved) -> Option<(&EcosystemMap, Insights)> {
    let (map, mut insights) = latest_insights(&resolved.history)?;
    insights.merge = resolved.merge.clone();
    Some((map, insights))
}

/// The latest map of a history (oldest first) and its insights, with changes counted from
/// [`super::diff::baseline`].
pub fn latest_insights(history: &[EcosystemMap]) -> Option<(&EcosystemMap, Insights)> {
    let latest = history.last()?;
    Some((latest, insights(latest, super::diff::baseline(history))))
}

/// The map as it stood at `moment`: of `history` (oldest first), the newest version saved
/// at or before it, with its insights and changes counted from the [`super::diff::baseline`]
/// among the versions before it. `None` when no version had been saved by then. Results of
/// an assessment show this one, not a map drawn after it.
pub fn insights_at<'m>(
    history: &'m [EcosystemMap],
    moment: &Timestamp,
) -> Option<(&'m EcosystemMap, Insights)> {
    let standing = history.partition_point(|map| map.saved_at <= *moment);
    latest_insights(&history[..standing])
}

/// Gini-Simpson index and effective number of sectors from the sector counts.
pub fn diversity(sectors: &[SectorShare]) -> Diversity {
    let total: usize = sectors.iter().map(|s| s.partners).sum();
    if total == 0 {
        return Diversity {
            sectors: 0,
            gini_simpson: None,
            effective_sectors: None,
        };
    }
    let sum_of_squares: f64 = sectors
        .iter()
        .map(|s| {
            let p = s.partners as f64 / total as f64;
            p * p
        })
        .sum();
    Diversity {
        sectors: sectors.len(),
        gini_simpson: Some(1.0 - sum_of_squares),
        effective_sectors: Some(1.0 / sum_of_squares),
    }
}

/// Partners grouped by sector (ignoring case), most partners first.
fn sectors(map: &EcosystemMap) -> Vec<SectorShare> {
    let mut by_key: BTreeMap<String, SectorShare> = BTreeMap::new();
    for partner in &map.partners {
        let key = sector_key(&partner.sector);
        if key.is_empty() {
            continue;
        }
        let entry = by_key.entry(key).or_insert_with(|| SectorShare {
            name: partner.sector.trim().to_string(),
            partners: 0,
            tie_strength: 0,
            strong_ties: 0,
        });
        entry.partners += 1;
        entry.tie_strength += u32::from(partner.tie);
        entry.strong_ties += usize::from(partner.tie >= STRONG_TIE);
    }
    let mut sectors: Vec<SectorShare> = by_key.into_values().collect();
    // The BTreeMap already ordered by name; a stable sort keeps that among equals.
    sectors.sort_by(|a, b| {
        b.partners
            .cmp(&a.partners)
            .then(b.tie_strength.cmp(&a.tie_strength))
    });
    sectors
}

fn concentration(map: &EcosystemMap, sectors: &[SectorShare]) -> Concentration {
    let total: u32 = map.partners.iter().map(|p| u32::from(p.tie)).sum();
    let share = |amount: u32, of: u32| {
        if of == 0 {
            0.0
        } else {
            f64::from(amount) / f64::from(of)
        }
    };
    let top_partner = map
        .partners
        .iter()
        .fold(None, |best: Option<&super::model::Partner>, p| match best {
            Some(b) if b.tie >= p.tie => Some(b),
            _ => Some(p),
        })
        .map(|p| Holder {
            name: p.name.clone(),
            amount: u32::from(p.tie),
            share: share(u32::from(p.tie), total),
        });
    let top_sector = first_max(sectors, |s| s.tie_strength).map(|s| Holder {
        name: s.name.clone(),
        amount: s.tie_strength,
        share: share(s.tie_strength, total),
    });
    let strong_ties = map.partners.iter().filter(|p| p.tie >= STRONG_TIE).count();
    let strong_total = u32::try_from(strong_ties).unwrap_or(u32::MAX);
    let top_strong_sector = first_max(sectors, |s| s.strong_ties as u32)
        .filter(|s| s.strong_ties > 0)
        .map(|s| {
            let amount = s.strong_ties as u32;
            Holder {
                name: s.name.clone(),
                amount,
                share: share(amount, strong_total),
            }
        });
    let concentrated = strong_ties >= CONCENTRATION_MIN_STRONG_TIES
        && top_strong_sector
            .as_ref()
            .is_some_and(|h| h.share > CONCENTRATED_SHARE);
    let dependent = map.partners.len() >= DEPENDENCE_MIN_PARTNERS
        && top_partner
            .as_ref()
            .is_some_and(|h| h.share >= DEPENDENT_SHARE);
    Concentration {
        total_tie_strength: total,
        top_partner,
        top_sector,
        strong_ties,
        top_strong_sector,
        concentrated,
        dependent,
    }
}

/// The first sector with the largest `amount`.
fn first_max(
    sectors: &[SectorShare],
    amount: impl Fn(&SectorShare) -> u32,
) -> Option<&SectorShare> {
    sectors.iter().fold(None, |best, s| match best {
        Some(b) if amount(b) >= amount(s) => Some(b),
        _ => Some(s),
    })
}

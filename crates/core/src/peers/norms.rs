//! Norms: the score distributions of groups of firms, with nothing that tells one firm
//! from another. A norms file holds, per questionnaire version, sector (and "all
//! sectors") and area, the number of firms and the nine deciles of their scores, the
//! quarters the check-ins fall in and a `source` label; groups of fewer than
//! [`MIN_GROUP`] firms are never written and refused on reading.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use super::firms::Firm;
use super::rank::deciles;
use crate::assessment::Timestamp;
use crate::limits::{MAX_ID_CHARS, SECTOR};
use crate::tr;

/// The norms file format's version.
pub const NORMS_SCHEMA_VERSION: u32 = 1;
/// The smallest group of firms norms hold.
pub const MIN_GROUP: usize = 10;
/// The longest `source` label.
pub const MAX_SOURCE_CHARS: usize = 100;
/// Most groups one norms file may hold.
pub const MAX_GROUPS: usize = 2_000;
/// Most areas one group may hold.
pub const MAX_AREAS: usize = 100;

/// A norms file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Norms {
    /// Always [`NORMS_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Who pooled them, as the exporter named it: percentiles say it.
    pub source: String,
    /// One entry per questionnaire version and sector.
    pub groups: Vec<NormsGroup>,
}

/// The firms of one questionnaire version in one sector (or in every sector).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormsGroup {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// Its version.
    pub version: String,
    /// The sector, trimmed and lowercased; absent for every sector together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// The quarters of the firms' check-ins, first and last (`2026-Q1`).
    pub period: Period,
    /// Each area with enough firms.
    pub areas: Vec<NormsArea>,
}

/// A span of quarters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first quarter, `YYYY-Qn`.
    pub from: String,
    /// The last quarter.
    pub to: String,
}

impl Period {
    /// "2026-Q1 to 2026-Q3", or "2026-Q2" for one quarter.
    pub fn words(&self) -> String {
        if self.from == self.to {
            self.from.clone()
        } else {
            tr!(
                "core-norms-period",
                from = self.from.as_str(),
                to = self.to.as_str()
            )
        }
    }
}

/// One area's distribution in a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormsArea {
    /// `overall` or a dimension id.
    pub area: String,
    /// Firms with a score in the area.
    pub firms: usize,
    /// The 10th to 90th percentiles of their scores, rounded to a tenth.
    pub deciles: [f64; 9],
}

/// `2026-Q3` for a date in July to September 2026 (in the offset it was recorded in).
pub fn quarter(date: &Timestamp) -> String {
    format!("{}-Q{}", date.year(), date.month0() / 3 + 1)
}

/// The norms of `firms` (each firm's latest check-in, as [`super::latest_check_ins`] gives
/// them) on questionnaire `id`@`version`, per sector and for every sector together, with
/// every area in `areas`; groups and areas of fewer than [`MIN_GROUP`] firms are left out.
pub fn group_norms(id: &str, version: &str, areas: &[String], firms: &[Firm]) -> Vec<NormsGroup> {
    let mut sectors: BTreeMap<&str, Vec<&Firm>> = BTreeMap::new();
    for firm in firms.iter().filter(|f| !f.sector.is_empty()) {
        sectors.entry(&firm.sector).or_default().push(firm);
    }
    let everyone: Vec<&Firm> = firms.iter().collect();
    std::iter::once((None, everyone))
        .chain(sectors.into_iter().map(|(s, f)| (Some(s.to_string()), f)))
        .filter_map(|(sector, members)| group(id, version, sector, areas, &members))
        .collect()
}

fn group(
    id: &str,
    version: &str,
    sector: Option<String>,
    areas: &[String],
    members: &[&Firm],
) -> Option<NormsGroup> {
    if members.len() < MIN_GROUP {
        return None;
    }
    let areas: Vec<NormsArea> = areas
        .iter()
        .filter_map(|area| {
            let scores: Vec<f64> = members.iter().filter_map(|f| f.score(area)).collect();
            if scores.len() < MIN_GROUP {
                return None;
            }
            Some(NormsArea {
                area: area.clone(),
                firms: scores.len(),
                deciles: deciles(&scores)?.map(|d| (d * 10.0).round() / 10.0),
            })
        })
        .collect();
    let quarters: BTreeSet<(i32, u32)> = members
        .iter()
        .map(|f| (f.date.year(), f.date.month0() / 3 + 1))
        .collect();
    let name = |(year, q): &(i32, u32)| format!("{year}-Q{q}");
    let period = Period {
        from: name(quarters.first()?),
        to: name(quarters.last()?),
    };
    (!areas.is_empty()).then(|| NormsGroup {
        questionnaire: id.to_string(),
        version: version.to_string(),
        sector,
        period,
        areas,
    })
}

impl Norms {
    /// Everything wrong with a norms file, each naming the field (`groups[2].areas[0].firms`);
    /// empty when it may be used.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut say = |field: String, what: String| problems.push(format!("{field}: {what}"));
        if self.schema_version != NORMS_SCHEMA_VERSION {
            say(
                "schema_version".into(),
                tr!(
                    "core-norms-unknown-format",
                    found = self.schema_version.to_string(),
                    reads = NORMS_SCHEMA_VERSION.to_string()
                ),
            );
        }
        if let Err(why) = label(&self.source, MAX_SOURCE_CHARS) {
            say("source".into(), why);
        }
        if self.groups.len() > MAX_GROUPS {
            say(
                "groups".into(),
                tr!(
                    "core-norms-too-many-groups",
                    count = self.groups.len(),
                    max = MAX_GROUPS
                ),
            );
            return problems;
        }
        let mut seen = BTreeSet::new();
        for (g, group) in self.groups.iter().enumerate() {
            let at = |field: &str| format!("groups[{g}].{field}");
            for (field, text) in [
                ("questionnaire", &group.questionnaire),
                ("version", &group.version),
            ] {
                if let Err(why) = label(text, MAX_ID_CHARS) {
                    say(at(field), why);
                }
            }
            if let Some(sector) = &group.sector {
                if let Err(why) = label(sector, SECTOR.max_chars) {
                    say(at("sector"), why);
                } else if *sector != crate::ecomap::sector_key(sector) {
                    say(at("sector"), tr!("core-norms-sector-not-key").into());
                }
            }
            for (field, text) in [
                ("period.from", &group.period.from),
                ("period.to", &group.period.to),
            ] {
                if !is_quarter(text) {
                    say(
                        at(field),
                        tr!(
                            "core-norms-not-a-quarter",
                            value = format!("{:?}", clip(text))
                        ),
                    );
                }
            }
            if is_quarter(&group.period.from)
                && is_quarter(&group.period.to)
                && group.period.from > group.period.to
            {
                say(at("period"), tr!("core-norms-period-reversed").into());
            }
            if !seen.insert((&group.questionnaire, &group.version, &group.sector)) {
                say(at("sector"), tr!("core-norms-second-group").into());
            }
            if group.areas.is_empty() || group.areas.len() > MAX_AREAS {
                say(at("areas"), tr!("core-norms-area-count", max = MAX_AREAS));
                continue;
            }
            let mut areas = BTreeSet::new();
            for (a, area) in group.areas.iter().enumerate() {
                let at = |field: &str| format!("groups[{g}].areas[{a}].{field}");
                if let Err(why) = label(&area.area, MAX_ID_CHARS) {
                    say(at("area"), why);
                }
                if !areas.insert(&area.area) {
                    say(
                        at("area"),
                        tr!(
                            "core-norms-area-twice",
                            area = format!("{:?}", clip(&area.area))
                        ),
                    );
                }
                if area.firms < MIN_GROUP {
                    say(
                        at("firms"),
                        tr!(
                            "core-norms-too-few-firms",
                            firms = area.firms,
                            min = MIN_GROUP
                        ),
                    );
                }
                if let Some(bad) = area.deciles.iter().find(|d| !(0.0..=100.0).contains(*d)) {
                    say(
                        at("deciles"),
                        tr!("core-norms-decile-out-of-range", value = bad.to_string()),
                    );
                } else if area.deciles.windows(2).any(|w| w[0] > w[1]) {
                    say(at("deciles"), tr!("core-norms-deciles-decrease").into());
                }
            }
        }
        problems
    }
}

/// A label that is there, short enough and free of control characters.
fn label(text: &str, max_chars: usize) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err(tr!("core-norms-label-empty").into());
    }
    if text.chars().count() > max_chars {
        return Err(tr!("core-norms-label-too-long", max = max_chars));
    }
    if text.chars().any(char::is_control) {
        return Err(tr!("core-norms-label-control").into());
    }
    Ok(())
}

fn is_quarter(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && &b[4..6] == b"-Q"
        && (b'1'..=b'4').contains(&b[6])
}

/// Enough of a hostile value to recognise it, never the whole of it.
fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

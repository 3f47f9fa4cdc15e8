//! Versions of a map saved in parallel (two advisors on two machines sharing the data
//! directory through git or a sync folder) merged partner by partner.
//!
//! Each version names the versions it was made from (`based_on`). The *heads* are the
//! versions nobody built on; with one head that head is the map. With several, each is
//! compared with the newest version all of them were made from (the base), partner by
//! partner: a partner added on any side is kept; one removed on a side and left as it was
//! elsewhere is removed; one changed on several sides takes the latest edit; one removed
//! on a side but changed on another is kept, and the merge says so. Nothing is dropped
//! without being named.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::model::{EcosystemMap, FIRST_LINEAGE_VERSION, Partner};
use crate::assessment::Timestamp;
use crate::text::name_key;

/// One saved version of a map and the name it is known by (its file name without
/// `.yaml`, which later versions name in `based_on`).
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The file name without `.yaml`.
    pub name: String,
    /// The map saved.
    pub map: EcosystemMap,
}

/// A partner named in a merge, and the versions that did what the list says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerNote {
    /// The partner's name.
    pub name: String,
    /// The versions (names) that added, removed or changed it.
    pub by: Vec<String>,
}

/// What merging several heads did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Merge {
    /// The versions merged (names), oldest first.
    pub versions: Vec<String>,
    /// When each of them was saved, in the same order.
    pub saved: Vec<Timestamp>,
    /// Partners that only some of the versions added (kept).
    pub added: Vec<PartnerNote>,
    /// Partners some versions removed and none changed (removed).
    pub removed: Vec<PartnerNote>,
    /// Partners some versions removed while another changed them (kept, as changed);
    /// `by` names the versions that removed them.
    pub kept_though_removed: Vec<PartnerNote>,
    /// Partners changed differently by several versions (the latest edit kept); `by`
    /// names the version whose edit was kept.
    pub latest_edit_kept: Vec<PartnerNote>,
}

/// The map as readers see it: every version, and the merged map when there are several
/// heads.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The versions saved, oldest first; with several heads the merged map (not saved as a
    /// file) comes last, dated like the newest head, so the latest entry is always the
    /// map to show.
    pub history: Vec<EcosystemMap>,
    /// The versions the map shown rests on: a map saved from it names them in `based_on`.
    pub heads: Vec<String>,
    /// What the merge did, when there were several heads.
    pub merge: Option<Merge>,
}

impl Resolved {
    /// The map to show: the only head, or the merge of the heads.
    pub fn current(&self) -> Option<&EcosystemMap> {
        self.history.last()
    }
}

/// The versions each of `versions` (oldest first) was made from, as indices: those its
/// `based_on` names (names not found are left out: the file is gone or unreadable); for
/// a file older than `based_on`, the version just before it.
fn parents(versions: &[Version]) -> Vec<Vec<usize>> {
    let at: HashMap<&str, usize> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| (v.name.as_str(), i))
        .collect();
    versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if v.map.based_on.is_empty() && v.map.schema_version < FIRST_LINEAGE_VERSION {
                return i.checked_sub(1).into_iter().collect();
            }
            v.map
                .based_on
                .iter()
                .filter_map(|name| at.get(name.as_str()).copied())
                .filter(|&p| p != i)
                .collect()
        })
        .collect()
}

/// `versions` (sorted oldest first) reordered as little as possible so that every
/// version comes after the versions its `based_on` names: two saves within one second
/// on one machine, or clocks that disagree between machines, can date a version no later
/// than the one it was made from. A loop of `based_on` (hand edits) is cut where it closes.
pub fn in_lineage_order(versions: Vec<Version>) -> Vec<Version> {
    let at: HashMap<&str, usize> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| (v.name.as_str(), i))
        .collect();
    let parents: Vec<Vec<usize>> = versions
        .iter()
        .map(|v| {
            v.map
                .based_on
                .iter()
                .filter_map(|name| at.get(name.as_str()).copied())
                .collect()
        })
        .collect();
    let mut placed = vec![false; versions.len()];
    let mut order = Vec::with_capacity(versions.len());
    for start in 0..versions.len() {
        // Depth first without recursion: a version is placed once its parents are.
        let mut stack = vec![(start, 0usize)];
        while let Some((i, next)) = stack.pop() {
            if next == 0 {
                if placed[i] {
                    continue;
                }
                placed[i] = true;
            }
            match parents[i].get(next) {
                Some(&p) => {
                    stack.push((i, next + 1));
                    if !placed[p] {
                        stack.push((p, 0));
                    }
                }
                None => order.push(i),
            }
        }
    }
    let mut slots: Vec<Option<Version>> = versions.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The indices of the versions nobody made another version from, oldest first.
pub fn heads(versions: &[Version]) -> Vec<usize> {
    let mut built_on = vec![false; versions.len()];
    for list in parents(versions) {
        for p in list {
            built_on[p] = true;
        }
    }
    (0..versions.len()).filter(|&i| !built_on[i]).collect()
}

/// `start` and every version it was made from, directly or not.
fn ancestors(parents: &[Vec<usize>], start: usize) -> BTreeSet<usize> {
    let mut seen = BTreeSet::from([start]);
    let mut todo = vec![start];
    while let Some(i) = todo.pop() {
        for &p in &parents[i] {
            if seen.insert(p) {
                todo.push(p);
            }
        }
    }
    seen
}

/// The map as readers see it from `versions` (oldest first, every version after those it
/// was made from): the one head, or the merge of all heads.
pub fn resolve(versions: &[Version]) -> Resolved {
    let mut history: Vec<EcosystemMap> = versions.iter().map(|v| v.map.clone()).collect();
    let head_at = heads(versions);
    let heads: Vec<String> = head_at.iter().map(|&i| versions[i].name.clone()).collect();
    if head_at.len() < 2 {
        return Resolved {
            history,
            heads,
            merge: None,
        };
    }
    let (map, merge) = merge(versions, &head_at);
    history.push(map);
    Resolved {
        history,
        heads,
        merge: Some(merge),
    }
}

/// The map as it stood at `moment` (the latest without one): [`resolve`] of the versions
/// saved by then.
pub fn resolve_at(versions: &[Version], moment: Option<&Timestamp>) -> Resolved {
    let standing = match moment {
        Some(moment) => versions.partition_point(|v| v.map.saved_at <= *moment),
        None => versions.len(),
    };
    resolve(&versions[..standing])
}

/// The map a version based on `based_on` was made from: the one version named, or the
/// merge of the versions named; `None` when none of them is among `versions`.
pub fn map_of(versions: &[Version], based_on: &[String]) -> Option<EcosystemMap> {
    let named: Vec<usize> = versions
        .iter()
        .enumerate()
        .filter(|(_, v)| based_on.contains(&v.name))
        .map(|(i, _)| i)
        .collect();
    match named.as_slice() {
        [] => None,
        [one] => Some(versions[*one].map.clone()),
        several => Some(merge(versions, several).0),
    }
}

/// When a partner was last changed in a version: its own edit time, else the version's.
fn edited(partner: &Partner, version: &Version) -> Timestamp {
    partner.edited_at.unwrap_or(version.map.saved_at)
}

/// Merges the heads at `head_at` (indices into `versions`, oldest first) partner by
/// partner against their newest common base. The merged map is dated like the newest
/// head and based on every head.
pub fn merge(versions: &[Version], head_at: &[usize]) -> (EcosystemMap, Merge) {
    let parents = parents(versions);
    let common = head_at
        .iter()
        .map(|&h| ancestors(&parents, h))
        .reduce(|a, b| a.intersection(&b).copied().collect())
        .unwrap_or_default();
    // Versions come after those they were made from, so the last common one is the newest.
    let base = common.last().map(|&i| &versions[i].map);
    let heads: Vec<&Version> = head_at.iter().map(|&i| &versions[i]).collect();
    let newest = heads
        .iter()
        .max_by_key(|v| v.map.saved_at)
        .map_or(&versions[head_at[0]], |v| v);
    let mut merged = EcosystemMap {
        based_on: heads.iter().map(|v| v.name.clone()).collect(),
        partners: Vec::new(),
        ..newest.map.clone()
    };
    let mut report = Merge {
        versions: heads.iter().map(|v| v.name.clone()).collect(),
        saved: heads.iter().map(|v| v.map.saved_at).collect(),
        added: Vec::new(),
        removed: Vec::new(),
        kept_though_removed: Vec::new(),
        latest_edit_kept: Vec::new(),
    };
    // Every partner id, in the base's order, then as the heads added them.
    let mut ids: Vec<&str> = Vec::new();
    let mut listed = BTreeSet::new();
    let everyone = base
        .into_iter()
        .chain(heads.iter().map(|v| &v.map))
        .flat_map(|m| &m.partners);
    for partner in everyone {
        if listed.insert(partner.id.as_str()) {
            ids.push(partner.id.as_str());
        }
    }
    for id in ids {
        let before = base.and_then(|b| b.partner(id));
        let sides: Vec<(&Version, Option<&Partner>)> =
            heads.iter().map(|v| (*v, v.map.partner(id))).collect();
        match before {
            Some(before) => merge_kept(before, &sides, &mut merged, &mut report),
            None => merge_added(&sides, &mut merged, &mut report),
        }
    }
    give_distinct_ids(&mut merged, &listed);
    (merged, report)
}

/// A second partner holding an id already used (two partners added in parallel under
/// different names that give one id) gets a fresh id no version uses.
fn give_distinct_ids(merged: &mut EcosystemMap, used_anywhere: &BTreeSet<&str>) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for at in 0..merged.partners.len() {
        let id = merged.partners[at].id.clone();
        if seen.insert(id.clone()) {
            continue;
        }
        let fresh = (2..)
            .map(|n| format!("{id}-{n}"))
            .find(|candidate| {
                !seen.contains(candidate) && !used_anywhere.contains(candidate.as_str())
            })
            .unwrap_or_default();
        seen.insert(fresh.clone());
        merged.partners[at].id = fresh;
    }
}

/// The latest edit among `changed` (later versions win a tie).
fn latest<'a>(changed: &[(&'a Version, &'a Partner)]) -> Option<(&'a Version, &'a Partner)> {
    changed
        .iter()
        .enumerate()
        .max_by_key(|(at, (version, partner))| (edited(partner, version), *at))
        .map(|(_, side)| *side)
}

/// A partner the base had: removed, kept as it was, or the latest change kept.
fn merge_kept(
    before: &Partner,
    sides: &[(&Version, Option<&Partner>)],
    merged: &mut EcosystemMap,
    report: &mut Merge,
) {
    let removed_by: Vec<String> = sides
        .iter()
        .filter(|(_, p)| p.is_none())
        .map(|(v, _)| v.name.clone())
        .collect();
    let changed: Vec<(&Version, &Partner)> = sides
        .iter()
        .filter_map(|(v, p)| p.map(|p| (*v, p)))
        .filter(|(_, p)| !p.same_content(before))
        .collect();
    let Some((winner_version, winner)) = latest(&changed) else {
        if removed_by.is_empty() {
            merged.partners.push(before.clone());
        } else {
            report.removed.push(note(before, removed_by));
        }
        return;
    };
    if !removed_by.is_empty() {
        report.kept_though_removed.push(note(winner, removed_by));
    }
    if changed.iter().any(|(_, p)| !p.same_content(winner)) {
        report
            .latest_edit_kept
            .push(note(winner, vec![winner_version.name.clone()]));
    }
    merged.partners.push(winner.clone());
}

/// A partner the base did not have: added by some heads. The same id added under two
/// different names is two partners (two advisors, two firms with one slug): both kept
/// (the second gets a fresh id afterwards: [`give_distinct_ids`]).
fn merge_added(
    sides: &[(&Version, Option<&Partner>)],
    merged: &mut EcosystemMap,
    report: &mut Merge,
) {
    let present: Vec<(&Version, &Partner)> = sides
        .iter()
        .filter_map(|(v, p)| p.map(|p| (*v, p)))
        .collect();
    let mut by_name: Vec<(String, Vec<(&Version, &Partner)>)> = Vec::new();
    for (version, partner) in present.iter().copied() {
        let key = name_key(&partner.name);
        match by_name.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => group.push((version, partner)),
            None => by_name.push((key, vec![(version, partner)])),
        }
    }
    for (_, group) in by_name {
        let Some((winner_version, winner)) = latest(&group) else {
            continue;
        };
        let partner = winner.clone();
        if group.len() < sides.len() {
            let by = group.iter().map(|(v, _)| v.name.clone()).collect();
            report.added.push(note(&partner, by));
        }
        if group.iter().any(|(_, p)| !p.same_content(winner)) {
            report
                .latest_edit_kept
                .push(note(&partner, vec![winner_version.name.clone()]));
        }
        merged.partners.push(partner);
    }
}

fn note(partner: &Partner, by: Vec<String>) -> PartnerNote {
    PartnerNote {
        name: partner.name.clone(),
        by,
    }
}

//! What changed between two versions of a map: partners added and removed, moved to
//! another layer, ties strengthened or weakened.

use serde::Serialize;

use crate::text::name_key;

use super::model::{EcosystemMap, Layer, Partner};
use crate::assessment::Timestamp;

/// The changes from an earlier map to a later one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changes {
    /// When the earlier map was saved.
    pub since: Timestamp,
    /// Names of partners only the later map has.
    pub added: Vec<String>,
    /// Names of partners only the earlier map has.
    pub removed: Vec<String>,
    /// Partners placed in another layer.
    pub moved: Vec<LayerMove>,
    /// Partners whose tie grew stronger.
    pub strengthened: Vec<TieChange>,
    /// Partners whose tie grew weaker.
    pub weakened: Vec<TieChange>,
}

/// A partner placed in another layer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LayerMove {
    /// The partner's name in the later map.
    pub name: String,
    /// Its layer before.
    pub from: Layer,
    /// Its layer now.
    pub to: Layer,
}

/// A partner whose tie strength changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TieChange {
    /// The partner's name in the later map.
    pub name: String,
    /// The tie before.
    pub from: u8,
    /// The tie now.
    pub to: u8,
}

impl Changes {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.strengthened.is_empty()
            && self.weakened.is_empty()
    }
}

/// The changes from `previous` to `current`. Partners are the same partner when their ids
/// match; partners left over on both sides are then paired by name (ignoring case and
/// surrounding spaces), which keeps hand-edited files with changed ids comparable.
pub fn diff(previous: &EcosystemMap, current: &EcosystemMap) -> Changes {
    let mut unmatched_before: Vec<&Partner> = previous.partners.iter().collect();
    let mut pairs: Vec<(&Partner, &Partner)> = Vec::new();
    let mut unmatched_now: Vec<&Partner> = Vec::new();
    for partner in &current.partners {
        match unmatched_before.iter().position(|p| p.id == partner.id) {
            Some(at) => pairs.push((unmatched_before.remove(at), partner)),
            None => unmatched_now.push(partner),
        }
    }
    let mut added = Vec::new();
    for partner in unmatched_now {
        let key = name_key(&partner.name);
        match unmatched_before
            .iter()
            .position(|p| name_key(&p.name) == key)
        {
            Some(at) => pairs.push((unmatched_before.remove(at), partner)),
            None => added.push(partner.name.clone()),
        }
    }
    let mut changes = Changes {
        since: previous.saved_at,
        added,
        removed: unmatched_before.iter().map(|p| p.name.clone()).collect(),
        moved: Vec::new(),
        strengthened: Vec::new(),
        weakened: Vec::new(),
    };
    for (before, now) in pairs {
        if before.layer != now.layer {
            changes.moved.push(LayerMove {
                name: now.name.clone(),
                from: before.layer,
                to: now.layer,
            });
        }
        let change = TieChange {
            name: now.name.clone(),
            from: before.tie,
            to: now.tie,
        };
        if now.tie > before.tie {
            changes.strengthened.push(change);
        } else if now.tie < before.tie {
            changes.weakened.push(change);
        }
    }
    changes
}

/// The version a map's changes are counted from: of `history` (oldest first), the newest
/// version saved on an earlier calendar day than the latest one. Every edit saves a
/// version, so comparing with the version just before would only ever show the last edit;
/// comparing with the last earlier day shows what a whole working session changed.
pub fn baseline(history: &[EcosystemMap]) -> Option<&EcosystemMap> {
    let latest = history.last()?;
    let offset = *latest.saved_at.offset();
    let day = latest.saved_at.date_naive();
    history[..history.len() - 1]
        .iter()
        .rev()
        .find(|map| map.saved_at.with_timezone(&offset).date_naive() < day)
}

//! What a merge of map versions did, in one sentence for the map screen, `ecoready map`,
//! reports and the results' map lines.

use super::merge::{Merge, PartnerNote};
use crate::text::sanitize;
use crate::tr;

impl Merge {
    /// The merge in one sentence. `ours` names the version it is seen from (a save that
    /// merged the screen's own version with versions saved elsewhere): its own additions
    /// and removals are not news, only the other versions' are counted.
    pub fn sentence(&self, ours: Option<&str>) -> String {
        let others: Vec<usize> = (0..self.versions.len())
            .filter(|&i| Some(self.versions[i].as_str()) != ours)
            .collect();
        let dates = others
            .iter()
            .map(|&i| self.saved[i].format("%Y-%m-%d %H:%M").to_string())
            .collect::<Vec<_>>();
        let not_ours = |note: &&PartnerNote| ours.is_none_or(|o| !note.by.iter().any(|b| b == o));
        let added: Vec<&PartnerNote> = self.added.iter().filter(not_ours).collect();
        let removed: Vec<&PartnerNote> = self.removed.iter().filter(not_ours).collect();
        let mut parts = Vec::new();
        if !added.is_empty() {
            let (count, names) = (added.len(), names(&added));
            parts.push(match (ours, others.len()) {
                (None, _) => tr!("report-map-merge-added-some", count = count, names = names),
                (Some(_), 1) => tr!("report-map-merge-added-other", count = count, names = names),
                (Some(_), _) => tr!(
                    "report-map-merge-added-others",
                    count = count,
                    names = names
                ),
            });
        }
        if !removed.is_empty() {
            let (count, names) = (removed.len(), names(&removed));
            parts.push(match (ours, others.len()) {
                (None, _) => tr!(
                    "report-map-merge-removed-some",
                    count = count,
                    names = names
                ),
                (Some(_), 1) => tr!(
                    "report-map-merge-removed-other",
                    count = count,
                    names = names
                ),
                (Some(_), _) => tr!(
                    "report-map-merge-removed-others",
                    count = count,
                    names = names
                ),
            });
        }
        let kept: Vec<&PartnerNote> = self.kept_though_removed.iter().collect();
        if !kept.is_empty() {
            parts.push(tr!(
                "report-map-merge-kept",
                count = kept.len(),
                names = names(&kept)
            ));
        }
        let edited: Vec<&PartnerNote> = self.latest_edit_kept.iter().collect();
        if !edited.is_empty() {
            parts.push(tr!(
                "report-map-merge-edited",
                count = edited.len(),
                names = names(&edited)
            ));
        }
        let what = if parts.is_empty() {
            tr!("report-map-merge-no-difference").to_string()
        } else {
            parts.join("; ")
        };
        match ours {
            None => tr!(
                "report-map-merged-parallel",
                count = self.versions.len(),
                dates = list(&dates),
                what = what
            ),
            Some(_) => tr!(
                "report-map-merged-with",
                count = others.len(),
                dates = list(&dates),
                what = what
            ),
        }
    }
}

fn names(notes: &[&PartnerNote]) -> String {
    let names: Vec<String> = notes
        .iter()
        .map(|n| sanitize(n.name.trim(), false))
        .collect();
    list(&names)
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!(
            "report-map-list-and",
            rest = rest.join(", "),
            last = last.as_str()
        ),
    }
}

//! What a merge of map versions did, in one sentence for the map screen, `ecoready map`,
//! reports and the results' map lines.

use super::merge::{Merge, PartnerNote};
use super::sentences::partners;
use crate::text::sanitize;

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
        let (added_by, removed_by) = match (ours, others.len()) {
            (None, _) => ("added in only some of them", "removed in some"),
            (Some(_), 1) => ("added by the other version", "removed by the other version"),
            (Some(_), _) => (
                "added by the other versions",
                "removed by the other versions",
            ),
        };
        if !added.is_empty() {
            parts.push(format!(
                "{} {added_by} ({})",
                partners(added.len()),
                names(&added)
            ));
        }
        if !removed.is_empty() {
            parts.push(format!(
                "{} {removed_by} ({})",
                partners(removed.len()),
                names(&removed)
            ));
        }
        let kept: Vec<&PartnerNote> = self.kept_though_removed.iter().collect();
        if !kept.is_empty() {
            parts.push(format!(
                "{} removed in one version but changed in another, so kept ({})",
                partners(kept.len()),
                names(&kept)
            ));
        }
        let edited: Vec<&PartnerNote> = self.latest_edit_kept.iter().collect();
        if !edited.is_empty() {
            parts.push(format!(
                "{} changed in several, the latest edit kept ({})",
                partners(edited.len()),
                names(&edited)
            ));
        }
        let what = if parts.is_empty() {
            "no partner differs".to_string()
        } else {
            parts.join("; ")
        };
        match ours {
            None => format!(
                "Merged from {} versions saved in parallel on {}: {what}.",
                self.versions.len(),
                list(&dates)
            ),
            Some(_) => format!(
                "Merged with {} saved elsewhere on {} since this map was opened: {what}.",
                match others.len() {
                    1 => "1 version".to_string(),
                    n => format!("{n} versions"),
                },
                list(&dates)
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
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

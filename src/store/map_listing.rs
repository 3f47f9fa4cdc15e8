//! Every organization's map at once, for the map screen's list of organizations: one pass
//! over `maps/`, each file read once, no assessment read at all.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Store;
use super::files::{self, Links};
use super::maps::{in_order, read_map, same_second_number};
use crate::assessment::Timestamp;
use crate::ecomap::{self, EcosystemMap};
use crate::text::name_key;

/// An organization's map as a list of organizations shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapSummary {
    /// The organization, as its map (the merge of versions saved in parallel) writes it.
    pub organization: String,
    /// When the map shown was saved (for a merge: its newest version).
    pub saved_at: Timestamp,
    /// Partners on the map shown.
    pub partners: usize,
}

impl Store {
    /// Every organization with at least one readable map, with its map as readers see it
    /// ([`ecomap::resolve`]), sorted ignoring case. Unreadable files are left out here
    /// (opening the map reports them).
    pub fn map_summaries(&self) -> Vec<MapSummary> {
        let mut summaries: Vec<MapSummary> = Vec::new();
        for dir in self.map_dirs() {
            let Ok(files) = files::yaml_files(&dir, Links::Refuse) else {
                continue;
            };
            let read: Vec<(EcosystemMap, &Path)> = files
                .iter()
                .filter_map(|path| Some((read_map(path).ok()?, path.as_path())))
                .collect();
            // Organizations whose names give one slug share the directory.
            let mut by_organization: HashMap<String, Vec<(EcosystemMap, u32, &Path)>> =
                HashMap::new();
            for (map, path) in read {
                by_organization
                    .entry(name_key(&map.organization))
                    .or_default()
                    .push((map, same_second_number(path), path));
            }
            for found in by_organization.into_values() {
                let resolved = ecomap::resolve(&in_order(found));
                if let Some(map) = resolved.current() {
                    summaries.push(MapSummary {
                        organization: map.organization.trim().to_string(),
                        saved_at: map.saved_at,
                        partners: map.partners.len(),
                    });
                }
            }
        }
        summaries.sort_by_cached_key(|s| s.organization.to_lowercase());
        // A file moved by hand into another organization's directory: listed once.
        summaries.dedup_by(|a, b| name_key(&a.organization) == name_key(&b.organization));
        summaries
    }

    /// The names of every organization with at least one readable map, sorted ignoring
    /// case (each name as its map writes it).
    pub fn mapped_organizations(&self) -> Vec<String> {
        self.map_summaries()
            .into_iter()
            .map(|s| s.organization)
            .collect()
    }

    /// The directories inside `maps/`, sorted; none when `maps/` is a link or missing.
    fn map_dirs(&self) -> Vec<PathBuf> {
        if files::refuse_link(&self.maps_dir()).is_err() {
            return Vec::new();
        }
        let Ok(entries) = std::fs::read_dir(self.maps_dir()) else {
            return Vec::new();
        };
        // `file_type` does not follow links: a linked directory is not one of the maps'.
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.path())
            .collect();
        dirs.sort();
        dirs
    }
}

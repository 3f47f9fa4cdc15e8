//! The data directory's measured MDC95s, cached per questionnaire content. They come from
//! the evidence report over every assessment file, which costs seconds at 10,000 files,
//! while a comparison itself reads two. `<state>/index-noise.json` holds, per questionnaire
//! digest, the areas' measured MDC95s and the state of the assessments folder they were
//! computed from: a hash of every assessment file's name and stamp, so that adding,
//! removing or changing any file makes the entry stale. Deleting the file loses nothing.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::cache_file::CacheFile;
use super::list_files;
use crate::noise::MeasuredNoise;
use crate::store::Store;

/// The cache's file name in the per-machine state folder.
pub const NOISE_INDEX_FILE: &str = "index-noise.json";

/// Most questionnaire contents remembered; the oldest entry goes first.
const MAX_ENTRIES: usize = 8;

/// The state of the assessments folder: every file's name and stamp, hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FolderState(u64);

/// One questionnaire content's measured MDC95s.
#[derive(Serialize, Deserialize)]
struct Entry {
    digest: String,
    state: u64,
    areas: Vec<MeasuredNoise>,
}

impl Store {
    /// The state of the assessments folder; none when it cannot be listed, or a file
    /// changed too recently for a later change to be noticed (then nothing is cached).
    pub fn folder_state(&self) -> Option<FolderState> {
        let mut listed = list_files(&self.assessments_dir()).ok()?;
        listed.sort_by(|a, b| a.name.cmp(&b.name));
        let mut hasher = DefaultHasher::new();
        for file in &listed {
            let stamp = file.stamp?;
            if !stamp.is_settled() {
                return None;
            }
            (&file.name, stamp).hash(&mut hasher);
        }
        Some(FolderState(hasher.finish()))
    }

    /// The measured MDC95s of the questionnaire content `digest`, when they were cached
    /// for exactly this folder state.
    pub fn cached_noise(&self, state: FolderState, digest: &str) -> Option<Vec<MeasuredNoise>> {
        let cache =
            CacheFile::<Entry>::read(&self.state_dirs().cache.join(NOISE_INDEX_FILE)).ok()?;
        cache
            .entries
            .into_iter()
            .find(|e| e.digest == digest && e.state == state.0)
            .map(|e| e.areas)
    }

    /// Remembers the measured MDC95s of `digest` for this folder state; a failure only
    /// costs speed next time, so it is not reported.
    pub fn keep_noise(&self, state: FolderState, digest: &str, areas: &[MeasuredNoise]) {
        let path = self.state_dirs().cache.join(NOISE_INDEX_FILE);
        // A cache that is not a regular file is left alone, as the index's are.
        let Ok(mut cache) = CacheFile::<Entry>::read(&path) else {
            return;
        };
        cache.entries.retain(|e| e.digest != digest);
        cache.entries.push(Entry {
            digest: digest.to_string(),
            state: state.0,
            areas: areas.to_vec(),
        });
        let excess = cache.entries.len().saturating_sub(MAX_ENTRIES);
        cache.entries.drain(..excess);
        cache.write(&path);
    }
}

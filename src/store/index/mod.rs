//! The index: caches of what listings show of every assessment, so that `list`, Home and
//! History read one JSON file instead of parsing thousands of YAML files.
//!
//! `<state>/index.json` holds each assessment without its answers, with its overall score
//! (see `record.rs`); `<state>/index-scores.json` holds every score, read only when a
//! listing needs them all (`list --json`). The assessment files stay the only copy of
//! anything: a cache that is missing, unreadable, from another build or out of date is
//! rebuilt from them. Each entry remembers its file's size, times and inode
//! (`cache_file.rs`); an entry whose file changed is made again, entries of removed files are
//! dropped, and the caches are written back atomically when anything changed. `<state>` is
//! this machine's state folder of the data directory (`state.rs`): caches are never shared.

mod cache_file;
mod noise;
mod rebuild;
mod record;

use std::collections::HashMap;
use std::fs::{self, DirEntry};
use std::io;
use std::path::{Path, PathBuf};

use crate::scoring::Scores;
use crate::store::error::StoreError;
use crate::store::files;
use crate::store::{Problem, Store};
use crate::store::{Summaries, Summary};
use cache_file::{CacheFile, Made, Stamp};
use record::Record;

/// The index's file name in the per-machine state folder.
pub const INDEX_FILE: &str = "index.json";

/// The file name of the index of every score.
pub const SCORES_INDEX_FILE: &str = "index-scores.json";

pub use noise::{FolderState, NOISE_INDEX_FILE};
pub use rebuild::{ProgressSink, RebuildProgress, SHOW_PROGRESS_AFTER};

/// Index size from which a listing reads the index beside looking at the files (some
/// 600 assessments, at about 400 bytes each; a thread costs more than it saves below).
const PARALLEL_FROM_BYTES: u64 = 256 * 1024;

impl Store {
    /// Every assessment summarised with its overall score, newest first, and the files
    /// that could not be read. Served from the index, brought up to date with the files.
    /// Files the index has no current entry for are read again, saying how far that got
    /// to the store's [`RebuildProgress`] when it takes long.
    pub fn summaries(&self) -> Summaries {
        self.with_progress(|sink| self.summaries_from_index(false, sink))
    }

    /// Like [`Store::summaries`], with every score of every assessment.
    pub fn summaries_with_scores(&self) -> Summaries {
        self.with_progress(|sink| self.summaries_from_index(true, sink))
    }

    /// Like [`Store::summaries`], saying how far reading files got to `sink` instead
    /// (the TUI draws it on its loading screen).
    pub fn summaries_reporting(&self, sink: ProgressSink<'_>) -> Summaries {
        self.summaries_from_index(false, sink)
    }

    fn summaries_from_index(&self, with_scores: bool, sink: ProgressSink<'_>) -> Summaries {
        let mut result = Summaries::default();
        let dir = self.assessments_dir();
        let index_path = self.state_dirs().cache.join(INDEX_FILE);
        let scores_path = self.state_dirs().cache.join(SCORES_INDEX_FILE);
        // Reading the caches and looking at every file are independent and each takes a
        // good part of a listing of thousands: they run side by side then. For a few
        // hundred, starting a thread costs more than it saves (and memory for its stack).
        let large = fs::symlink_metadata(&index_path).is_ok_and(|m| m.len() >= PARALLEL_FROM_BYTES);
        let (caches, listed) = if large {
            std::thread::scope(|scope| {
                let caches = scope.spawn(|| read_caches(&index_path, &scores_path, with_scores));
                let listed = list_files(&dir);
                (caches.join().unwrap_or_default(), listed)
            })
        } else {
            let caches = read_caches(&index_path, &scores_path, with_scores);
            (caches, list_files(&dir))
        };
        let Caches {
            records: mut cached,
            scores: mut cached_scores,
            refused,
        } = caches;
        let listed = match listed {
            Ok(listed) => listed,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return result,
            Err(e) => {
                result.unreadable = Some(files::unreadable_dir(&dir, &e));
                return result;
            }
        };
        // A cache file that is not a regular file (a planted link or FIFO) is left as it
        // is and said; the listing is made from the assessment files alone.
        let index_usable = !refused.iter().any(|r| r.path() == index_path);
        let scores_usable = !refused.iter().any(|r| r.path() == scores_path);
        result
            .problems
            .extend(refused.into_iter().map(Problem::from));
        let mut fresh = Fresh::with_capacity(cached.len());
        let mut to_read = Vec::new();
        for listed in listed {
            let id = listed.name.trim_end_matches(".yaml");
            let stamp = listed.stamp;
            let current = |made: Made| stamp.is_some_and(|s| made.is_current(s));
            let record = cached.take(id).filter(|r| current(r.made()));
            let scores = cached_scores.remove(id).filter(|(made, _)| current(*made));
            let kept = match (record, scores) {
                (Some(record), _) if !with_scores => Some((record, None)),
                (Some(record), Some((_, scores))) => Some((record, Some(scores))),
                _ => None,
            };
            if let Some((record, scores)) = kept {
                let made = record.made();
                // A record that cannot be turned back is made again from the file.
                if let Some(summary) = record.into_summary() {
                    fresh.keep(made, summary, scores);
                    continue;
                }
            }
            to_read.push(listed);
        }
        for (listed, summarised) in self.summarise_all(to_read, sink) {
            match summarised {
                Ok((summary, scores)) => {
                    fresh.make(listed.stamp, summary, scores.filter(|_| with_scores));
                }
                Err(message) => result.problems.push(Problem {
                    path: listed.path,
                    message,
                }),
            }
        }
        fresh.sort();
        let index_changed = fresh.made_any || cached.left() > 0;
        let scores_changed = fresh.made_any || !cached_scores.is_empty();
        if index_changed && index_usable {
            fresh.write_index(&index_path);
        }
        if with_scores && scores_changed && scores_usable {
            fresh.write_scores(&scores_path);
        }
        result.summaries = fresh.into_summaries(with_scores);
        result.problems.sort_by(|a, b| a.path.cmp(&b.path));
        result
    }
}

/// The summaries of the next listing, with what the caches keep of them, and whether
/// any entry had to be made again.
struct Fresh {
    entries: Vec<FreshEntry>,
    made_any: bool,
}

/// Boxed parts: summaries are large, and the entries are sorted.
struct FreshEntry {
    /// `None`: not cached (no scores, or the file's metadata could not be read).
    made: Option<Made>,
    summary: Box<Summary>,
    scores: Option<Box<Scores>>,
}

impl Fresh {
    fn with_capacity(capacity: usize) -> Self {
        Self {
            entries: Vec::with_capacity(capacity),
            made_any: false,
        }
    }

    /// An entry taken from the caches, still describing its file.
    fn keep(&mut self, made: Made, summary: Summary, scores: Option<Scores>) {
        self.entries.push(FreshEntry {
            made: Some(made),
            summary: Box::new(summary),
            scores: scores.map(Box::new),
        });
    }

    /// An entry made now from the file.
    fn make(&mut self, stamp: Option<Stamp>, summary: Summary, scores: Option<Scores>) {
        let cacheable = summary.unscored.is_none();
        let made = stamp.filter(|_| cacheable).map(Made::now);
        self.made_any |= made.is_some();
        self.entries.push(FreshEntry {
            made,
            summary: Box::new(summary),
            scores: scores.map(Box::new),
        });
    }

    fn sort(&mut self) {
        self.entries.sort_by(|a, b| newest(&a.summary, &b.summary));
    }

    fn write_index(&self, path: &Path) {
        let records = self
            .entries
            .iter()
            .filter_map(|e| Some(Record::new(e.made?, &e.summary)))
            .collect();
        CacheFile::with_entries(records).write(path);
    }

    /// The scores cache gets the entries that have scores (the others are read again
    /// when every score is next needed).
    fn write_scores(&self, path: &Path) {
        let entries: Vec<(&str, Made, &Scores)> = self
            .entries
            .iter()
            .filter_map(|e| {
                Some((
                    e.summary.assessment.id.as_str(),
                    e.made?,
                    e.scores.as_deref()?,
                ))
            })
            .collect();
        CacheFile::with_entries(entries).write(path);
    }

    fn into_summaries(self, with_scores: bool) -> Vec<Summary> {
        self.entries
            .into_iter()
            .map(|e| {
                let mut summary = *e.summary;
                if with_scores {
                    summary.scores = e.scores.map(|s| *s);
                }
                summary
            })
            .collect()
    }
}

/// Newest `started_at` first, then the larger id (the order of [`Store::list`]).
fn newest(a: &Summary, b: &Summary) -> std::cmp::Ordering {
    let (a, b) = (&a.assessment, &b.assessment);
    b.started_at
        .cmp(&a.started_at)
        .then_with(|| b.id.cmp(&a.id))
}

/// A file of the assessments directory that listings read.
struct Listed {
    name: String,
    path: PathBuf,
    stamp: Option<Stamp>,
}

/// Every `*.yaml` file of `dir` (see `files::yaml_files`) with its stamp, in no order.
fn list_files(dir: &Path) -> io::Result<Vec<Listed>> {
    let mut listed = Vec::new();
    for entry in fs::read_dir(dir)?.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str().filter(|n| files::is_yaml_file_name(n)) else {
            continue;
        };
        let path = entry.path();
        let stamp = stamp_of(&entry);
        listed.push(Listed {
            name: name.to_string(),
            path,
            stamp,
        });
    }
    Ok(listed)
}

/// The records of the index, found by assessment id; each is taken once. (Kept in the
/// order read, with positions by id, so that thousands of records are not moved about.)
#[derive(Default)]
struct Records {
    records: Vec<Option<Record>>,
    by_id: HashMap<String, usize>,
    left: usize,
}

impl Records {
    fn new(records: Vec<Record>) -> Self {
        let by_id = records
            .iter()
            .enumerate()
            .map(|(i, record)| (record.id().to_string(), i))
            .collect();
        Self {
            left: records.len(),
            records: records.into_iter().map(Some).collect(),
            by_id,
        }
    }

    fn len(&self) -> usize {
        self.records.len()
    }

    fn take(&mut self, id: &str) -> Option<Record> {
        let record = self.records.get_mut(*self.by_id.get(id)?)?.take();
        self.left -= usize::from(record.is_some());
        record
    }

    /// How many records were not taken (their files are gone).
    fn left(&self) -> usize {
        self.left
    }
}

/// The caches: summaries, and every score by assessment id when asked for; and the
/// cache files refused for what they are (left alone, not rewritten).
#[derive(Default)]
struct Caches {
    records: Records,
    scores: HashMap<String, (Made, Scores)>,
    refused: Vec<StoreError>,
}

fn read_caches(index: &Path, scores: &Path, with_scores: bool) -> Caches {
    let mut refused = Vec::new();
    let records = CacheFile::<Record>::read(index).unwrap_or_else(|e| {
        refused.push(e);
        CacheFile::default()
    });
    let scores = if with_scores {
        CacheFile::<(String, Made, Scores)>::read(scores)
            .unwrap_or_else(|e| {
                refused.push(e);
                CacheFile::default()
            })
            .entries
            .into_iter()
            .map(|(id, made, scores)| (id, (made, scores)))
            .collect()
    } else {
        HashMap::new()
    };
    Caches {
        records: Records::new(records.entries),
        scores,
        refused,
    }
}

/// The stamp of a listed regular file; none for anything else (a link, a FIFO), so no
/// cached entry stands for it and reading it says what is wrong.
fn stamp_of(entry: &DirEntry) -> Option<Stamp> {
    // `DirEntry::metadata` does not follow links.
    let metadata = entry.metadata().ok()?;
    metadata.is_file().then(|| Stamp::of(&metadata))
}

//! Renaming an organization, or merging one into another, over every file that names it
//! (its assessments and its map versions), all or nothing.
//!
//! The change is planned first and the plan (the journal, `rename-journal.json` in this
//! machine's state folder: the rename belongs to the machine that started it) is saved
//! atomically before any file changes; each file is then rewritten with the
//! store's atomic write, and the journal is removed last. A run killed in between leaves
//! the journal behind, and the next [`Store::open`] finishes it before anything is listed,
//! so a reader sees the old names or the new ones, never a mix. Every step of the plan can
//! be done twice: finishing a journal after a kill repeats nothing harmful.
//!
//! Organizations are "the same firm" as everywhere else: names equal after trimming and
//! ignoring case ([`same_name`]).

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use color_eyre::eyre::{Result, WrapErr, eyre};
use serde::{Deserialize, Serialize};

use super::maps::{organization_slug, read_map, same_second_stem, sealed_map};
use super::{AssessmentError, Listing, Store, atomic, files};
use crate::assessment::Status;
use crate::ecomap::EcosystemMap;
use crate::limits;
use crate::text::same_name;
use crate::tr;

/// The journal of a rename in progress, in the per-machine state folder.
pub const JOURNAL_FILE: &str = "rename-journal.json";

/// Where earlier versions kept the journal: in the data directory. One found there is
/// finished as any other (it is this machine's if a run here was killed mid-rename).
pub const OLD_JOURNAL_FILE: &str = ".rename-journal.json";

/// Largest journal read back: the ids of 100,000 assessments and as many map versions.
const MAX_JOURNAL_BYTES: usize = 64 * 1024 * 1024;

/// Format version of the journal; a newer one is left alone (and reported).
const JOURNAL_VERSION: u32 = 1;

/// Why a rename or merge was refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganizationError {
    /// No assessment or map names the organization.
    #[error("{}", tr!("store-org-not-found", org = .0.as_str()))]
    NotFound(String),
    /// The new name is empty or too long.
    #[error("{}", tr!("store-org-bad-name", problem = .0.as_str()))]
    BadName(String),
    /// A rename onto the name of another organization with files of its own.
    #[error("{}", tr!("store-org-name-taken", org = .0.as_str()))]
    NameTaken(String),
    /// A merge of an organization into itself.
    #[error("{}", tr!("store-org-same", a = .0.as_str(), b = .1.as_str()))]
    SameOrganization(String, String),
    /// Both organizations of a merge have ecosystem maps: their versions would interleave
    /// into one history that was never drawn.
    #[error("{}", tr!("store-org-both-mapped", a = .0.as_str(), b = .1.as_str()))]
    BothMapped(String, String),
}

/// What a rename or merge changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The organization's name in every file now.
    pub to: String,
    /// The assessments rewritten, by id.
    pub assessments: Vec<String>,
    /// How many map versions were rewritten.
    pub maps: usize,
}

/// The plan of a rename: every file it rewrites, saved before the first is touched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Journal {
    schema_version: u32,
    /// The name every file of the plan ends up with.
    to: String,
    /// The assessments whose organization becomes `to`.
    assessments: Vec<String>,
    /// Map versions, each rewritten to its new place (relative to `maps/`).
    maps: Vec<MapMove>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct MapMove {
    from: PathBuf,
    to: PathBuf,
}

impl Store {
    /// Gives every assessment and map version of `old` the name `new` (also a change of
    /// spelling or case only). Refused if `new` names another organization: that is a
    /// [`Store::merge_organizations`].
    pub fn rename_organization(&self, old: &str, new: &str) -> Result<Renamed> {
        let new = new.trim();
        if let Err(message) = limits::ORGANIZATION.check(new) {
            return Err(OrganizationError::BadName(message).into());
        }
        if new.is_empty() {
            return Err(OrganizationError::BadName(tr!("store-org-name-empty").into()).into());
        }
        // One reading of every assessment serves every check and the plan.
        let listing = self.list().readable()?;
        let journal = self.plan(&listing, old, new)?;
        if !same_name(old, new) && self.organization_exists(&listing, new)? {
            return Err(OrganizationError::NameTaken(new.to_string()).into());
        }
        self.carry_out(journal, &drafts_of(&listing, old))
    }

    /// Moves every assessment and map version of `from` to `into`, as `into` is spelled
    /// in its newest assessment. Refused when both have maps ([`OrganizationError`]).
    pub fn merge_organizations(&self, from: &str, into: &str) -> Result<Renamed> {
        if same_name(from, into) {
            return Err(OrganizationError::SameOrganization(from.into(), into.into()).into());
        }
        let listing = self.list().readable()?;
        let target = self.spelling_of(&listing, into)?;
        if !self.map_files_of(from)?.is_empty() && !self.map_files_of(into)?.is_empty() {
            return Err(OrganizationError::BothMapped(from.into(), target).into());
        }
        let journal = self.plan(&listing, from, &target)?;
        self.carry_out(journal, &drafts_of(&listing, from))
    }

    /// Finishes a rename a killed run left half done; called by [`Store::open`]. A
    /// journal another running process holds is its own to finish.
    pub(super) fn finish_interrupted_rename(&self) -> Result<()> {
        self.finish_rename_of(&self.root().join(OLD_JOURNAL_FILE))?;
        self.finish_rename_of(&self.journal_path())
    }

    fn finish_rename_of(&self, path: &Path) -> Result<()> {
        let path = path.to_path_buf();
        let Some(file) = open_journal(&path)? else {
            return Ok(());
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(()),
            Err(TryLockError::Error(e)) => {
                return Err(e).wrap_err_with(|| {
                    tr!("store-lock-path-failed", path = path.display().to_string())
                });
            }
        }
        let context = || tr!("store-rename-unfinished", path = path.display().to_string());
        let journal = read_journal(&path).wrap_err_with(context)?;
        self.apply(&journal).wrap_err_with(context)?;
        remove_journal(&path).wrap_err_with(context)
    }

    /// Where this machine keeps the journal of its rename in progress.
    pub fn journal_path(&self) -> PathBuf {
        self.state_dirs().cache.join(JOURNAL_FILE)
    }

    /// Whether any assessment or map names `organization`.
    fn organization_exists(&self, listing: &Listing, organization: &str) -> Result<bool> {
        Ok(listing
            .assessments
            .iter()
            .any(|a| same_name(&a.organization.name, organization))
            || !self.map_files_of(organization)?.is_empty())
    }

    /// How `organization` is written in its newest assessment (or newest map).
    fn spelling_of(&self, listing: &Listing, organization: &str) -> Result<String> {
        if let Some(a) = listing
            .assessments
            .iter()
            .find(|a| same_name(&a.organization.name, organization))
        {
            return Ok(a.organization.name.trim().to_string());
        }
        match self.latest_map(organization)? {
            Some(map) => Ok(map.organization.trim().to_string()),
            None => Err(OrganizationError::NotFound(organization.trim().into()).into()),
        }
    }

    /// Every file of `old`, and where each goes under the name `new`.
    fn plan(&self, listing: &Listing, old: &str, new: &str) -> Result<Journal> {
        let assessments: Vec<String> = listing
            .assessments
            .iter()
            .filter(|a| same_name(&a.organization.name, old))
            .map(|a| a.id.clone())
            .collect();
        let maps_dir = self.maps_dir();
        let target_dir = organization_slug(new);
        let mut maps: Vec<MapMove> = Vec::new();
        for path in self.map_files_of(old)? {
            let relative = path.strip_prefix(&maps_dir).unwrap_or(&path).to_path_buf();
            let name = relative.file_name().map(PathBuf::from).unwrap_or_default();
            let to = if relative.parent() == Some(Path::new(&target_dir)) {
                relative.clone()
            } else {
                free_map_name(&maps_dir, &target_dir, &name, &maps)
            };
            maps.push(MapMove { from: relative, to });
        }
        if assessments.is_empty() && maps.is_empty() {
            return Err(OrganizationError::NotFound(old.trim().into()).into());
        }
        Ok(Journal {
            schema_version: JOURNAL_VERSION,
            to: new.to_string(),
            assessments,
            maps,
        })
    }

    /// Saves the plan, rewrites every file, removes the plan. The `drafts` among its
    /// assessments are locked first, and one open in another window stops it before
    /// anything is written (that window would save the old name back); a complete
    /// assessment open elsewhere is only looked at there.
    fn carry_out(&self, journal: Journal, drafts: &[String]) -> Result<Renamed> {
        let mut locks = Vec::new();
        for id in drafts {
            match self.lock_draft(id) {
                Ok(lock) => locks.push(lock),
                Err(e @ AssessmentError::DraftBusy { .. }) => {
                    return Err(e).wrap_err_with(|| tr!("store-org-draft-busy", id = id));
                }
                Err(e) => return Err(e.into()),
            }
        }
        let path = self.journal_path();
        self.check_write(&path)?;
        let text = serde_json::to_vec_pretty(&journal)
            .wrap_err_with(|| tr!("store-journal-write-failed"))?;
        if !atomic::write_new_atomically(&path, &text)? {
            return Err(eyre!(
                "{}",
                tr!("store-rename-under-way", path = path.display().to_string())
            ));
        }
        // Held while the plan is carried out, so a store opened meanwhile leaves it to us.
        let held = open_journal(&path)?;
        if let Some(file) = &held {
            // Best effort: without the lock a concurrent open finishes the same plan,
            // which is harmless (every step can be done twice).
            let _ = file.try_lock();
        }
        self.apply(&journal)?;
        remove_journal(&path)?;
        drop(locks);
        Ok(Renamed {
            to: journal.to,
            maps: journal.maps.len(),
            assessments: journal.assessments,
        })
    }

    /// Rewrites every file of the plan; each step leaves a file as it was or finished.
    fn apply(&self, journal: &Journal) -> Result<()> {
        for id in &journal.assessments {
            let mut assessment = match self.load(id) {
                Ok(assessment) => assessment,
                // Gone since (moved to the trash), or unreadable since (then no listing
                // shows it, and a file that cannot be read is never rewritten): nothing
                // of it can show the old name.
                Err(_) => continue,
            };
            if assessment.organization.name != journal.to {
                assessment.organization.name = journal.to.clone();
                self.save(&assessment)?;
                self.pause_between_steps();
            }
        }
        let maps = self.maps_dir();
        for step in &journal.maps {
            self.move_map(&maps.join(&step.from), &maps.join(&step.to), &journal.to)?;
            self.pause_between_steps();
        }
        Ok(())
    }

    /// Rewrites the map version at `from` as `to` with the organization `name`, then
    /// removes `from`; done already when `from` is gone.
    fn move_map(&self, from: &Path, to: &Path, name: &str) -> Result<()> {
        let map = match read_map(from) {
            Ok(map) => map,
            Err(_) if fs::symlink_metadata(from).is_err() => return Ok(()),
            Err(message) => return Err(eyre!("{}: {message}", from.display())),
        };
        let renamed = EcosystemMap {
            organization: name.to_string(),
            ..map
        };
        let text = sealed_map(&renamed)
            .wrap_err_with(|| tr!("store-file-yaml-failed", path = to.display().to_string()))?;
        if let Some(dir) = to.parent() {
            atomic::create_private_dir(&self.maps_dir())?;
            atomic::create_private_dir(dir)?;
        }
        self.check_write(to)?;
        atomic::write_atomically(to, text.as_bytes())?;
        if from != to {
            fs::remove_file(from)
                .wrap_err_with(|| tr!("store-remove-failed", path = from.display().to_string()))?;
        }
        Ok(())
    }

    /// The pause a test asks for between two rewrites, so it can kill the run mid-way.
    fn pause_between_steps(&self) {
        if let Some(pause) = self.step_pause {
            std::thread::sleep(pause);
        }
    }

    /// This store, pausing `pause` after each file a rename rewrites (for the test that
    /// kills a rename mid-way; ecoready sets it only from `ECOREADY_TEST_STEP_PAUSE_MS`).
    pub fn with_step_pause(mut self, pause: Duration) -> Self {
        self.step_pause = Some(pause);
        self
    }
}

/// The drafts of `organization` in `listing`, by id.
fn drafts_of(listing: &Listing, organization: &str) -> Vec<String> {
    listing
        .assessments
        .iter()
        .filter(|a| a.status == Status::Draft && same_name(&a.organization.name, organization))
        .map(|a| a.id.clone())
        .collect()
}

/// A name for a map version moved into `maps/<dir>/` that no file there has and no
/// earlier step of the plan takes: its own name, else with the next `-N`.
fn free_map_name(maps: &Path, dir: &str, name: &Path, planned: &[MapMove]) -> PathBuf {
    let stem = same_second_stem(name);
    let taken = |candidate: &PathBuf| {
        fs::symlink_metadata(maps.join(candidate)).is_ok()
            || planned.iter().any(|step| &step.to == candidate)
    };
    let first = Path::new(dir).join(name);
    if !taken(&first) {
        return first;
    }
    (2u32..)
        .map(|n| Path::new(dir).join(format!("{stem}-{n}.yaml")))
        .find(|candidate| !taken(candidate))
        .unwrap_or(first)
}

/// The journal file opened for locking, if there is one.
fn open_journal(path: &Path) -> Result<Option<File>> {
    files::refuse_link(path)?;
    match OpenOptions::new().read(true).open(path) {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e)
            .wrap_err_with(|| tr!("store-open-file-failed", path = path.display().to_string())),
    }
}

fn read_journal(path: &Path) -> Result<Journal> {
    let bytes = files::read_limited(path, MAX_JOURNAL_BYTES, files::Links::Refuse)
        .map_err(|e| eyre!("{}", e.describe()))?;
    let journal: Journal =
        serde_json::from_slice(&bytes).wrap_err_with(|| tr!("store-journal-damaged"))?;
    if journal.schema_version > JOURNAL_VERSION {
        return Err(eyre!("{}", tr!("store-journal-newer")));
    }
    Ok(journal)
}

fn remove_journal(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => {
            Err(e).wrap_err_with(|| tr!("store-remove-failed", path = path.display().to_string()))
        }
    }
}

//! `ecoready repair`: accepting a file whose checksum does not match, after a person
//! changed it on purpose. The content is read as it is (it must still be a whole, valid
//! assessment or map) and written back with a new checksum line; nothing else changes.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Report, Result, eyre};

use super::files::ReadError;
use super::maps::{read_map, read_map_trusting, sealed_map};
use super::reading::{read_assessment, read_assessment_trusting};
use super::sealed::Trust;
use super::{Store, atomic, invalid};
use crate::assessment::Assessment;
use crate::ecomap::EcosystemMap;
use crate::tr;

/// What `repair` did.
#[derive(Debug, Clone, PartialEq)]
pub enum Repaired<T> {
    /// The file was already intact: nothing was written.
    AlreadyIntact(T),
    /// The file's content was accepted and sealed again.
    Accepted(T),
}

impl<T> Repaired<T> {
    /// What the file holds now.
    pub fn content(&self) -> &T {
        match self {
            Repaired::AlreadyIntact(content) | Repaired::Accepted(content) => content,
        }
    }
}

impl Store {
    /// Accepts assessment `id` (exact) as its file now reads, whatever its checksum says,
    /// and writes it back sealed. A draft open in another window is refused (that window
    /// would save its own copy over it).
    pub fn repair(&self, id: &str) -> Result<Repaired<Assessment>> {
        let path = self.assessment_path(id)?;
        let _lock = self.lock_draft(id)?;
        if let Ok(intact) = read_assessment(&path, id) {
            return Ok(Repaired::AlreadyIntact(intact));
        }
        let assessment = read_assessment_trusting(&path, id, Trust::AsIs)
            .map_err(|e| not_repairable(&path, e))?;
        self.save(&assessment)?;
        Ok(Repaired::Accepted(assessment))
    }

    /// Accepts the map version at `path` (a file in `maps/<organization>/`) as it now
    /// reads, and writes it back sealed.
    pub fn repair_map(&self, path: &Path) -> Result<Repaired<EcosystemMap>> {
        let path = self.map_file_inside(path)?;
        if let Ok(intact) = read_map(&path) {
            return Ok(Repaired::AlreadyIntact(intact));
        }
        let map = read_map_trusting(&path, Trust::AsIs)
            .map_err(|why| invalid(format!("{}: {why}", path.display())))?;
        let text = sealed_map(&map).map_err(|e| eyre!("{e}"))?;
        self.check_write(&path)?;
        atomic::write_atomically(&path, text.as_bytes())?;
        Ok(Repaired::Accepted(map))
    }

    /// `path` as a map file directly inside one of `maps/`'s directories, or an error
    /// (repair rewrites only ecoready's own map files).
    fn map_file_inside(&self, path: &Path) -> Result<PathBuf> {
        let outside = || {
            invalid(format!(
                "{} is not a map version in {} (`ecoready repair --map` takes a file in \
                 maps/<organization>/)",
                path.display(),
                self.maps_dir().display()
            ))
        };
        let file = path.canonicalize().map_err(|_| outside())?;
        let maps = self.maps_dir().canonicalize().map_err(|_| outside())?;
        let in_maps = file
            .parent()
            .and_then(Path::parent)
            .is_some_and(|grandparent| grandparent == maps);
        if !in_maps || file.extension().is_none_or(|e| e != "yaml") {
            return Err(outside());
        }
        Ok(file)
    }
}

fn not_repairable(path: &Path, error: ReadError) -> Report {
    match error {
        ReadError::Refused(refused) => invalid(refused.to_string()),
        other => invalid(tr!(
            "store-not-repairable",
            path = path.display().to_string(),
            problem = other.describe()
        )),
    }
}

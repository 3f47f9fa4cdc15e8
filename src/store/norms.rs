//! Imported norms in the data directory: `norms/<source-slug>.yaml`, one file per imported
//! norms file, each validated on import and again on every reading (a file edited or
//! planted by hand is reported and skipped, never used unchecked).

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr};

use super::files::{self, Links};
use super::{Problem, Store, atomic, invalid, why_unreadable};
use crate::peers::Norms;
use crate::tr;
use crate::yaml::{self, MAX_DOCUMENT_BYTES};

/// File name for norms without a single ASCII letter or digit in their source.
const FALLBACK_NAME: &str = "norms";
/// Longest file name made from a source label.
const MAX_NAME_LEN: usize = 60;

/// Every readable norms file, by file name, and the files that could not be used.
#[derive(Debug, Clone, Default)]
pub struct ImportedNorms {
    /// Each valid norms file with the path it was read from.
    pub norms: Vec<(PathBuf, Norms)>,
    /// Files that were skipped.
    pub problems: Vec<Problem>,
}

impl ImportedNorms {
    /// The norms alone.
    pub fn all(&self) -> Vec<Norms> {
        self.norms.iter().map(|(_, n)| n.clone()).collect()
    }
}

impl Store {
    /// The directory of imported norms.
    pub fn norms_dir(&self) -> PathBuf {
        self.root().join("norms")
    }

    /// Every imported norms file that can be read and passes validation.
    pub fn imported_norms(&self) -> ImportedNorms {
        let mut found = ImportedNorms::default();
        let dir = self.norms_dir();
        let paths = match files::yaml_files(&dir, Links::Refuse) {
            Ok(paths) => paths,
            Err(e) => {
                found.problems.push(e.into());
                return found;
            }
        };
        for path in paths {
            match read_norms(&path, Links::Refuse) {
                Ok(norms) => found.norms.push((path, norms)),
                Err(message) => found.problems.push(Problem { path, message }),
            }
        }
        found
    }

    /// Copies validated `norms` into `norms/`, atomically and owner-only; refuses norms
    /// whose source label is already imported (percentiles are told apart by it).
    pub fn import_norms(&self, norms: &Norms) -> Result<PathBuf> {
        let problems = norms.problems();
        if !problems.is_empty() {
            return Err(invalid(problems.join("; ")));
        }
        let present = self.imported_norms();
        if let Some((path, _)) = present
            .norms
            .iter()
            .find(|(_, n)| n.source.trim() == norms.source.trim())
        {
            return Err(invalid(tr!(
                "store-norms-already-imported",
                source = format!("{:?}", norms.source),
                path = path.display().to_string()
            )));
        }
        let dir = self.norms_dir();
        atomic::create_private_dir(&dir).wrap_err_with(|| tr!("store-norms-dir-failed"))?;
        let text = yaml::to_string(norms).wrap_err_with(|| tr!("cli-norms-yaml-failed"))?;
        let stem = file_stem(&norms.source);
        let check = |path: &Path| self.check_write(path);
        let name = (stem.as_str(), Some("yaml"));
        if let Some(path) = atomic::write_under_free_name(&dir, name, text.as_bytes(), 1000, check)?
        {
            return Ok(path);
        }
        Err(invalid(tr!(
            "store-norms-too-many",
            dir = dir.display().to_string(),
            name = stem.as_str()
        )))
    }
}

/// Reads and validates a norms file named on the command line; any problem is invalid
/// input naming the file, and the line or field.
pub fn read_norms_file(path: &Path) -> Result<Norms> {
    read_norms(path, Links::Follow)
        .map_err(|message| invalid(format!("{}: {message}", path.display())))
}

/// Reads and checks one norms file; the error says what is wrong without the path.
fn read_norms(path: &Path, links: Links) -> Result<Norms, String> {
    let bytes = files::read_limited(path, MAX_DOCUMENT_BYTES, links).map_err(|e| e.describe())?;
    let norms: Norms = yaml::from_slice(&bytes).map_err(|e| why_unreadable(&bytes, e, "norms"))?;
    let problems = norms.problems();
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    Ok(norms)
}

/// The file name for norms of this source: its slug, never empty, never hidden.
fn file_stem(source: &str) -> String {
    let mut slug = crate::ecomap::slug(source);
    slug.truncate(MAX_NAME_LEN);
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        FALLBACK_NAME.to_string()
    } else {
        slug.to_string()
    }
}

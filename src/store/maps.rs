//! Ecosystem maps in the data directory: `maps/<org-slug>/<YYYYMMDD>T<HHMMSS>Z-<64 random
//! bits in hex>.yaml`, one file per saved version. A new version is always a new file, so
//! no version is ever overwritten, and two machines sharing the directory through git or a
//! sync folder never write the same name (files of earlier builds, named
//! `<YYYYMMDD-HHMMSS>[-N].yaml` in local time, are still read). Each version names the
//! versions it was made from (`based_on`); versions saved in parallel are merged when read
//! ([`ecomap::resolve`]). Two organizations whose names give the same slug share a
//! directory; each file holds the organization's exact name, and only files naming the
//! organization asked for are read as its maps.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Report, Result, WrapErr, eyre};
use serde::Deserialize;

use super::files::{self, Links};
use super::ids::random_suffix;
use super::sealed::{self, Trust, sealed_yaml};
use super::{Problem, Store, StoreError, atomic, why_unreadable};
use crate::assessment::Timestamp;
use crate::ecomap::{self, EcosystemMap, Version};
use crate::error::InvalidInput;
use crate::text::same_name;
use crate::tr;
use crate::yaml::{self, MAX_DOCUMENT_BYTES};

/// Longest directory name made from an organization's name.
const MAX_SLUG_LEN: usize = 60;
/// Directory used for names without a single ASCII letter or digit.
const FALLBACK_SLUG: &str = "organization";
/// Most names tried for one version: a taken name (64 random bits) gets a `-N` suffix.
const MAX_NAME_TRIES: usize = 10;

/// Every readable version of one organization's map (oldest first, each after the
/// versions it was made from), and the files in its directory that could not be read.
#[derive(Debug, Clone, Default)]
struct MapVersions {
    versions: Vec<Version>,
    problems: Vec<Problem>,
}

impl Store {
    /// The directory holding every organization's maps.
    pub fn maps_dir(&self) -> PathBuf {
        self.root().join("maps")
    }

    /// The directory holding the maps of `organization` (it may also hold the maps of
    /// another organization whose name gives the same slug).
    pub fn map_dir(&self, organization: &str) -> PathBuf {
        self.maps_dir().join(organization_slug(organization))
    }

    /// Saves `map` as a new version, `maps/<org-slug>/<YYYYMMDD>T<HHMMSS>Z-<random>.yaml`
    /// from its `saved_at` in UTC, atomically and readable by the owner only. Returns the
    /// new file; its name without `.yaml` is what later versions name in `based_on`.
    pub fn save_map(&self, map: &EcosystemMap) -> Result<PathBuf> {
        let problems = map.problems();
        if !problems.is_empty() {
            return Err(Report::new(InvalidInput(tr!(
                "store-map-cannot-save",
                problems = problems.join("; ")
            ))));
        }
        let dir = self.map_dir(&map.organization);
        atomic::create_private_dir(&self.maps_dir())
            .wrap_err_with(|| tr!("store-maps-dir-failed"))?;
        atomic::create_private_dir(&dir).wrap_err_with(|| tr!("store-map-dir-failed"))?;
        let text = sealed_map(map).wrap_err_with(|| {
            tr!(
                "store-map-yaml-failed",
                org = map.organization.escape_debug().to_string()
            )
        })?;
        let stamp = version_stamp(&map.saved_at);
        let check = |path: &Path| self.check_write(path);
        let name = (stamp.as_str(), Some("yaml"));
        if let Some(path) =
            atomic::write_under_free_name(&dir, name, text.as_bytes(), MAX_NAME_TRIES, check)?
        {
            return Ok(path);
        }
        Err(eyre!(
            "{}",
            tr!(
                "store-map-versions-too-many",
                dir = dir.display().to_string(),
                count = MAX_NAME_TRIES.to_string(),
                name = stamp.as_str()
            )
        ))
    }

    /// `organization`'s map as readers see it: the newest version, or the merge of the
    /// versions saved in parallel ([`ecomap::resolve`]), if there is any.
    pub fn latest_map(&self, organization: &str) -> Result<Option<EcosystemMap>> {
        let versions = self.map_lineage_of(organization)?;
        Ok(ecomap::resolve(&versions).history.pop())
    }

    /// Every readable version of `organization`'s map, oldest first (unreadable files are
    /// skipped; [`Store::map_versions`] reports them).
    pub fn map_history(&self, organization: &str) -> Result<Vec<EcosystemMap>> {
        Ok(maps_of(self.map_lineage_of(organization)?))
    }

    /// Every readable version of `organization`'s map with its name, oldest first and each
    /// after the versions it was made from (unreadable files are skipped;
    /// [`Store::map_lineage`] reports them).
    pub fn map_lineage_of(&self, organization: &str) -> Result<Vec<Version>> {
        let files = self.map_files(organization)?;
        Ok(read_versions(&files, organization).versions)
    }

    /// Every readable version of `organization`'s map, oldest first, and the files in its
    /// directory that could not be read.
    pub fn map_versions(&self, organization: &str) -> (Vec<EcosystemMap>, Vec<Problem>) {
        let (versions, problems) = self.map_lineage(organization);
        (maps_of(versions), problems)
    }

    /// Every readable version of `organization`'s map with its name (oldest first, each
    /// after the versions it was made from), and the files in its directory that could
    /// not be read.
    pub fn map_lineage(&self, organization: &str) -> (Vec<Version>, Vec<Problem>) {
        match self.map_files(organization) {
            Ok(files) => {
                let versions = read_versions(&files, organization);
                (versions.versions, versions.problems)
            }
            Err(problem) => (Vec::new(), vec![problem.into()]),
        }
    }

    /// The map files of `organization`'s directory; neither `maps/` nor that directory
    /// may be a symbolic link.
    fn map_files(&self, organization: &str) -> Result<Vec<PathBuf>, StoreError> {
        files::refuse_link(&self.maps_dir())?;
        files::yaml_files(&self.map_dir(organization), Links::Refuse)
    }

    /// The map files that belong to `organization` (unreadable ones in its directory are
    /// left out: they are not known to be its own).
    pub(super) fn map_files_of(&self, organization: &str) -> Result<Vec<PathBuf>, StoreError> {
        Ok(self
            .map_files(organization)?
            .into_iter()
            .filter(|path| {
                read_map(path).is_ok_and(|map| same_name(&map.organization, organization))
            })
            .collect())
    }
}

/// The directory name for an organization: its [`ecomap::slug`], at most
/// [`MAX_SLUG_LEN`] characters; only ASCII letters, digits and `-`, never empty, never `.`
/// or `..`, so it always names a directory inside `maps/`.
pub fn organization_slug(organization: &str) -> String {
    let mut slug = ecomap::slug(organization);
    slug.truncate(MAX_SLUG_LEN);
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        FALLBACK_SLUG.to_string()
    } else {
        slug.to_string()
    }
}

/// The name of a version saved at `saved_at`: the moment in UTC (the `Z` says so), then
/// 64 random bits, so two machines saving in the same second write different files.
fn version_stamp(saved_at: &Timestamp) -> String {
    format!(
        "{}-{}",
        saved_at
            .with_timezone(&chrono::Utc)
            .format("%Y%m%dT%H%M%SZ"),
        random_suffix()
    )
}

fn maps_of(versions: Vec<Version>) -> Vec<EcosystemMap> {
    versions.into_iter().map(|v| v.map).collect()
}

/// The versions among `files` that belong to `organization`, oldest first and each after
/// the versions it was made from; files that cannot be read are problems, files of
/// another organization are left out.
fn read_versions(files: &[PathBuf], organization: &str) -> MapVersions {
    let mut versions = MapVersions::default();
    let mut found: Vec<(EcosystemMap, u32, &Path)> = Vec::new();
    for path in files {
        match read_map(path) {
            Ok(map) if same_name(&map.organization, organization) => {
                found.push((map, same_second_number(path), path));
            }
            Ok(_) => {}
            Err(message) => versions.problems.push(Problem {
                path: path.clone(),
                message,
            }),
        }
    }
    versions.versions = in_order(found);
    versions
}

/// The versions read from files (map, `-N` of an old-style name, file), oldest first and
/// each after the versions it was made from.
pub(super) fn in_order(mut found: Vec<(EcosystemMap, u32, &Path)>) -> Vec<Version> {
    // By the moment saved; old-style versions of the same second by their `-N` suffix.
    found.sort_by(|a, b| {
        a.0.saved_at
            .cmp(&b.0.saved_at)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(b.2))
    });
    let sorted = found
        .into_iter()
        .map(|(map, _, path)| Version {
            name: map_version_name(path),
            map,
        })
        .collect();
    ecomap::merge::in_lineage_order(sorted)
}

/// The name a map version is known by in `based_on`: its file name without `.yaml`.
pub fn map_version_name(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}

/// Just enough of a map file to see which format version wrote it.
#[derive(Deserialize)]
struct SchemaProbe {
    #[serde(default)]
    schema_version: Option<u64>,
}

/// The file text of `map`: the current format version, with its checksum line.
pub(super) fn sealed_map(map: &EcosystemMap) -> Result<String, yaml::YamlError> {
    let current = EcosystemMap {
        schema_version: map.schema_version.max(ecomap::SCHEMA_VERSION),
        ..map.clone()
    };
    sealed_yaml(&current)
}

/// Reads and checks one map file; the error says what is wrong without the path.
pub(super) fn read_map(path: &Path) -> Result<EcosystemMap, String> {
    read_map_trusting(path, Trust::Checked)
}

/// [`read_map`], checking the file's checksum or not (`trust`).
pub(super) fn read_map_trusting(path: &Path, trust: Trust) -> Result<EcosystemMap, String> {
    let raw =
        files::read_limited(path, MAX_DOCUMENT_BYTES, Links::Refuse).map_err(|e| e.describe())?;
    if crate::conflicts::has_markers(&String::from_utf8_lossy(&raw)) {
        return Err(tr!("store-map-git-markers").to_string());
    }
    let accept = format!("ecoready repair --map {}", path.display());
    let unsealed = sealed::content(&raw, trust, &accept);
    // A newer version may seal its files otherwise: its version is what to report.
    let bytes = unsealed
        .as_ref()
        .map_or(raw.as_slice(), |(content, _)| content);
    if let Ok(SchemaProbe {
        schema_version: Some(version),
    }) = yaml::from_slice::<SchemaProbe>(bytes)
        && version > u64::from(ecomap::SCHEMA_VERSION)
    {
        return Err(tr!(
            "store-newer-schema",
            version = version.to_string(),
            supported = ecomap::SCHEMA_VERSION.to_string()
        ));
    }
    let (bytes, seal) = unsealed?;
    let map: EcosystemMap =
        yaml::from_slice(bytes).map_err(|e| why_unreadable(bytes, e, "ecosystem map"))?;
    sealed::require_seal(
        seal,
        map.schema_version,
        ecomap::FIRST_SEALED_VERSION,
        trust,
        &accept,
    )?;
    let problems = map.problems();
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    Ok(map)
}

/// The `N` of an old-style `<stamp>-N.yaml` file name; 1 for a plain `<stamp>.yaml`.
pub(super) fn same_second_number(path: &Path) -> u32 {
    split_same_second(path).map_or(1, |(_, n)| n)
}

/// The `<stamp>` of a `<stamp>.yaml` or `<stamp>-N.yaml` file name.
pub(super) fn same_second_stem(path: &Path) -> String {
    match split_same_second(path) {
        Some((stamp, _)) => stamp.to_string(),
        None => path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string(),
    }
}

/// `<stamp>` and `N` of a `<stamp>-N.yaml` file name (a stamp holds one `-` itself).
fn split_same_second(path: &Path) -> Option<(&str, u32)> {
    path.file_stem()
        .and_then(|s| s.to_str())
        .and_then(|stem| stem.rsplit_once('-'))
        .filter(|(head, _)| head.contains('-'))
        .and_then(|(head, n)| Some((head, n.parse().ok()?)))
}

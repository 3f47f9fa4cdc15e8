//! The commands for data directories shared between machines: `conflicts` (list and
//! merge the versions sync tools and git left), `reid` (a new id) and `repair` (accept a
//! file changed outside ecoready).

use std::path::Path;

use color_eyre::eyre::Result;

use super::output::{print, print_json};
use crate::documents::{
    ConflictSummary, ConflictsDocument, MergeDocument, ReidDocument, RepairDocument, VersionSummary,
};
use crate::report::text;
use crate::store::{ConflictVersion, Repaired, Store};
use crate::tr;

/// `ecoready conflicts [--merge ID] [--json]`.
pub fn conflicts(store: &Store, merge: Option<&str>, json: bool) -> Result<u8> {
    if let Some(wanted) = merge {
        return merge_conflict(store, wanted, json);
    }
    let document = ConflictsDocument {
        schema_version: crate::documents::JSON_SCHEMA_VERSION,
        conflicts: store
            .conflicts()?
            .into_iter()
            .map(|c| ConflictSummary {
                id: c.id,
                versions: c.versions.iter().map(version_summary).collect(),
            })
            .collect(),
    };
    if json {
        return print_json(&document);
    }
    print(&text::conflicts(&document))
}

fn merge_conflict(store: &Store, wanted: &str, json: bool) -> Result<u8> {
    // A prefix names the assessment's own file; when only copies are left, the whole id
    // given is the one their names carry.
    let id = store.resolve(wanted).unwrap_or_else(|_| wanted.to_string());
    let outcome = store.merge_conflict(&id)?;
    let document = MergeDocument::new(
        &outcome.merged,
        outcome.versions.iter().map(version_summary).collect(),
        outcome.trashed.iter().map(|p| shown(p)).collect(),
    );
    if json {
        return print_json(&document);
    }
    print(&text::merge(&document))
}

fn version_summary(version: &ConflictVersion) -> VersionSummary {
    VersionSummary::new(
        shown(&version.path),
        version.kind,
        version.side,
        version.assessment.as_ref().map_err(String::as_str),
    )
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// `ecoready reid ID [--json]`.
pub fn reid(store: &Store, prefix: &str, json: bool) -> Result<u8> {
    let id = store.resolve(prefix)?;
    let reided = store.reid(&id)?;
    let document = ReidDocument::new(
        &reided.old,
        &reided.new,
        reided.references,
        shown(&reided.trashed),
    );
    if json {
        return print_json(&document);
    }
    print(&text::reid(&document))
}

/// `ecoready repair ID | --map FILE [--json]`.
pub fn repair(store: &Store, id: Option<&str>, map: Option<&Path>, json: bool) -> Result<u8> {
    let document = match (id, map) {
        (_, Some(file)) => {
            let repaired = store.repair_map(file)?;
            let accepted = matches!(repaired, Repaired::Accepted(_));
            RepairDocument::new(shown(file), accepted, repaired.content().saved_at)
        }
        (Some(prefix), None) => {
            let id = store.resolve(prefix)?;
            let repaired = store.repair(&id)?;
            let accepted = matches!(repaired, Repaired::Accepted(_));
            let file = store.assessments_dir().join(format!("{id}.yaml"));
            RepairDocument::new(shown(&file), accepted, repaired.content().updated_at)
        }
        (None, None) => {
            return Err(crate::error::InvalidInput(tr!("cli-repair-what").to_string()).into());
        }
    };
    if json {
        return print_json(&document);
    }
    print(&text::repair(&document))
}

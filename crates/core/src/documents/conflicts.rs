//! The documents of conflicts between machines and of the integrity commands:
//! `conflicts --json`, `conflicts --merge ID --json`, `reid --json` and `repair --json`.

use serde::Serialize;

use super::{JSON_SCHEMA_VERSION, serialize_rfc3339, serialize_rfc3339_option};
use crate::assessment::{Assessment, Response, Status, Timestamp};
use crate::conflicts::{CopyKind, Merged};

/// `ecoready conflicts --json`: every assessment with versions from several machines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictsDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// One entry per assessment in conflict, by id.
    pub conflicts: Vec<ConflictSummary>,
}

/// One assessment in conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictSummary {
    /// The assessment's id.
    pub id: String,
    /// Its versions, numbered from 0 in this order by `--merge`.
    pub versions: Vec<VersionSummary>,
}

/// One version of an assessment in conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionSummary {
    /// The file holding it.
    pub file: String,
    /// `syncthing`, `conflicted_copy`, `numbered`, `git_markers`, or `null` for the
    /// assessment's own file.
    pub kind: Option<CopyKind>,
    /// For a file with git conflict markers: 0 for the first side, 1 for the second.
    pub side: Option<usize>,
    /// Why the version cannot be read (`null` when it can; then the fields below are set).
    pub problem: Option<String>,
    /// `draft` or `complete`.
    pub status: Option<Status>,
    /// When it last changed.
    #[serde(serialize_with = "serialize_rfc3339_option")]
    pub updated_at: Option<Timestamp>,
    /// Items with a response.
    pub responses: Option<usize>,
    /// The respondent's name.
    pub respondent: Option<String>,
}

impl VersionSummary {
    /// The summary of a version in `file`, read or not.
    pub fn new(
        file: String,
        kind: Option<CopyKind>,
        side: Option<usize>,
        version: Result<&Assessment, &str>,
    ) -> Self {
        let read = version.ok();
        Self {
            file,
            kind,
            side,
            problem: version.err().map(str::to_string),
            status: read.map(|a| a.status),
            updated_at: read.map(|a| a.updated_at),
            responses: read.map(|a| a.answers.iter().filter(|x| x.response.is_some()).count()),
            respondent: read.map(|a| a.respondent.name.clone()),
        }
    }
}

/// `ecoready conflicts --merge ID --json`: what the merge kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MergeDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The assessment merged.
    pub id: String,
    /// The versions merged, numbered from 0.
    pub versions: Vec<VersionSummary>,
    /// Items with a response in the merged assessment.
    pub responses: usize,
    /// `draft` or `complete`.
    pub status: Status,
    /// Items whose versions' responses differed, each with every value and the one kept.
    pub differences: Vec<DifferenceSummary>,
    /// Items whose notes differed (every note was kept).
    pub notes_joined: Vec<String>,
    /// Where each version's file went in the trash.
    pub trashed: Vec<String>,
}

/// An item the versions answered differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DifferenceSummary {
    /// The item's id.
    pub item: String,
    /// The number of the version whose response was kept (given last).
    pub kept: usize,
    /// Every version's response.
    pub values: Vec<ValueSummary>,
}

/// One version's response to an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueSummary {
    /// The version's number.
    pub version: usize,
    /// A number, `"dont_know"`, or `null` for none.
    pub response: Option<Response>,
    /// When it was given.
    #[serde(serialize_with = "serialize_rfc3339_option")]
    pub answered_at: Option<Timestamp>,
}

impl MergeDocument {
    /// The document of `merged`, made of `versions`, whose files went to `trashed`.
    pub fn new(merged: &Merged, versions: Vec<VersionSummary>, trashed: Vec<String>) -> Self {
        let a = &merged.assessment;
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            id: a.id.clone(),
            versions,
            responses: a.answers.iter().filter(|x| x.response.is_some()).count(),
            status: a.status,
            differences: merged
                .differences
                .iter()
                .map(|d| DifferenceSummary {
                    item: d.item.clone(),
                    kept: d.kept,
                    values: d
                        .values
                        .iter()
                        .map(|v| ValueSummary {
                            version: v.side,
                            response: v.response,
                            answered_at: v.answered_at,
                        })
                        .collect(),
                })
                .collect(),
            notes_joined: merged.notes_joined.clone(),
            trashed,
        }
    }
}

/// `ecoready reid ID --json`: the new id and the files that followed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReidDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The id the assessment had.
    pub old_id: String,
    /// Its new id.
    pub new_id: String,
    /// Assessments whose plan review now names the new id.
    pub references_updated: Vec<String>,
    /// Where the file under the old id went.
    pub trashed: String,
}

impl ReidDocument {
    /// The document of a new id.
    pub fn new(
        old_id: &str,
        new_id: &str,
        references_updated: Vec<String>,
        trashed: String,
    ) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            old_id: old_id.to_string(),
            new_id: new_id.to_string(),
            references_updated,
            trashed,
        }
    }
}

/// `ecoready repair --json`: whether the file was accepted as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepairDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The file repaired.
    pub file: String,
    /// `accepted` (written back with a new checksum) or `intact` (nothing to do).
    pub outcome: &'static str,
    /// When what the file holds was last saved by ecoready (the assessment's
    /// `updated_at`, the map's `saved_at`).
    #[serde(serialize_with = "serialize_rfc3339")]
    pub saved_at: Timestamp,
}

impl RepairDocument {
    /// The document of a repair of `file`.
    pub fn new(file: String, accepted: bool, saved_at: Timestamp) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            file,
            outcome: if accepted { "accepted" } else { "intact" },
            saved_at,
        }
    }
}

//! The documents of renaming or merging organizations and of the trash:
//! `org rename|merge --json`, `trash --json` and `restore --json`.

use serde::Serialize;

use super::{JSON_SCHEMA_VERSION, serialize_rfc3339};
use crate::assessment::{Assessment, Status, Timestamp};

/// `ecoready org rename|merge --json`: what the change rewrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganizationChangeDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// `rename` or `merge`.
    pub action: &'static str,
    /// The name given for the organization renamed (or merged away).
    pub from: String,
    /// The organization's name in every file rewritten.
    pub to: String,
    /// Ids of the assessments rewritten.
    pub assessments: Vec<String>,
    /// How many versions of the ecosystem map were rewritten.
    pub map_versions: usize,
}

impl OrganizationChangeDocument {
    /// The document of a rename (`merge` false) or merge from `from` to `to`.
    pub fn new(
        merge: bool,
        from: &str,
        to: &str,
        assessments: Vec<String>,
        map_versions: usize,
    ) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            action: if merge { "merge" } else { "rename" },
            from: from.trim().to_string(),
            to: to.to_string(),
            assessments,
            map_versions,
        }
    }
}

/// `ecoready trash --json`: every assessment in the trash, most recently started first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrashDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The assessments that can be restored.
    pub trashed: Vec<TrashedSummary>,
}

impl TrashDocument {
    /// The document of these trashed assessments, each with its trash id.
    pub fn new<'a>(trashed: impl IntoIterator<Item = (&'a str, &'a Assessment)>) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            trashed: trashed
                .into_iter()
                .map(|(trash_id, a)| TrashedSummary {
                    trash_id: trash_id.to_string(),
                    id: a.id.clone(),
                    organization: a.organization.name.clone(),
                    respondent: a.respondent.name.clone(),
                    round: a.round.clone(),
                    status: a.status,
                    started_at: a.started_at,
                })
                .collect(),
        }
    }
}

/// One assessment in the trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrashedSummary {
    /// What `ecoready restore` takes: the id, with `.N` when the same id was removed
    /// more than once.
    pub trash_id: String,
    /// The assessment's id (its id again once restored).
    pub id: String,
    /// The organization's name.
    pub organization: String,
    /// The respondent's name.
    pub respondent: String,
    /// The round label, or null.
    pub round: Option<String>,
    /// `draft` or `complete`.
    pub status: Status,
    /// When answering began.
    #[serde(serialize_with = "serialize_rfc3339")]
    pub started_at: Timestamp,
}

/// `ecoready restore ID --json`: the assessment moved back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoreDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The id of the assessment restored.
    pub id: String,
}

impl RestoreDocument {
    /// The document of restoring assessment `id`.
    pub fn new(id: &str) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            id: id.to_string(),
        }
    }
}

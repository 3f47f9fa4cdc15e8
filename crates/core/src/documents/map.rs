//! The JSON form of an ecosystem map (`map --json`, and the field reports with a map add):
//! the map as saved, and its insights.

use serde::Serialize;

use super::JSON_SCHEMA_VERSION;
use crate::assessment::Timestamp;
use crate::ecomap::{EcosystemMap, Insights, Partner};

/// The JSON form of a map: the map as saved, and its insights.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapDocument {
    /// Format version of this document: [`JSON_SCHEMA_VERSION`], as every document's (the
    /// map file's own version may differ: version 2 only added its checksum line).
    pub schema_version: u32,
    /// The firm at the centre.
    pub organization: String,
    /// When this map version was saved (chrono's RFC 3339: UTC is written `Z`, as in the
    /// map file).
    pub saved_at: Timestamp,
    /// Every partner, as in the map file.
    pub partners: Vec<Partner>,
    /// What the map shows.
    pub insights: Insights,
}

impl MapDocument {
    /// The document for a map and its insights.
    pub fn new(map: &EcosystemMap, insights: &Insights) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            organization: map.organization.clone(),
            saved_at: map.saved_at,
            partners: map.partners.clone(),
            insights: insights.clone(),
        }
    }
}

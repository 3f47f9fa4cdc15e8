//! The `questionnaires --json` document: every questionnaire `new --questionnaire` can use.

use serde::Serialize;

use super::JSON_SCHEMA_VERSION;
use crate::questionnaire::Loaded;

/// `ecoready questionnaires --json`: every questionnaire available.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnairesDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Built-in questionnaires first, then the user's.
    pub questionnaires: Vec<QuestionnaireSummary>,
}

impl QuestionnairesDocument {
    /// A questionnaires document holding these summaries.
    pub fn new(questionnaires: Vec<QuestionnaireSummary>) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            questionnaires,
        }
    }
}

/// One questionnaire that `new --questionnaire` can use.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireSummary {
    /// Questionnaire id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// Its title.
    pub title: String,
    /// How many items it has.
    pub items: usize,
    /// Roughly how many minutes answering takes, or null.
    pub minutes: Option<u32>,
    /// `built-in`, or the file it was read from.
    pub origin: String,
    /// SHA-256 of its text, hex.
    pub digest: String,
}

impl QuestionnaireSummary {
    /// The summary of a loaded questionnaire.
    pub fn new(loaded: &Loaded) -> Self {
        let q = &loaded.questionnaire;
        Self {
            id: q.id.clone(),
            version: q.version.clone(),
            title: q.title.clone(),
            items: q.item_count(),
            minutes: q.minutes,
            origin: loaded.origin.clone(),
            digest: loaded.digest.clone(),
        }
    }
}

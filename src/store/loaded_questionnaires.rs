//! Questionnaires loaded once per digest while many assessments are read for display: loading one
//! (finding a built-in by its digest, or reading the kept copy, then parsing and
//! validating it) costs milliseconds, and thousands of assessments share a handful of
//! questionnaires. Each is held once and lent out, never copied per assessment.

use std::collections::HashMap;
use std::sync::Arc;

use super::Store;
use crate::assessment::QuestionnaireRef;
use crate::questionnaire::Questionnaire;

/// The questionnaires loaded so far, by digest, or why one could not be loaded.
#[derive(Debug, Default)]
pub struct LoadedQuestionnaires {
    by_digest: HashMap<String, Result<Arc<Questionnaire>, String>>,
}

impl LoadedQuestionnaires {
    /// The questionnaire `reference` names, in the language messages are shown in
    /// ([`Store::questionnaire_shown`]), loaded through `store` the first time it is
    /// asked for; the error says why it cannot be loaded (as `{:#}` of the store's error).
    pub fn get(
        &mut self,
        store: &Store,
        reference: &QuestionnaireRef,
    ) -> Result<Arc<Questionnaire>, String> {
        self.by_digest
            .entry(reference.digest.clone())
            .or_insert_with(|| {
                store
                    .questionnaire_shown(reference)
                    .map(|loaded| Arc::new(loaded.questionnaire))
                    .map_err(|e| format!("{e:#}"))
            })
            .clone()
    }
}

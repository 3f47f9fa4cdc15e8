//! `ecoready evidence`: the instrument report over every assessment in the data directory
//! (computed by [`crate::evidence`]), as text or one JSON document.

use color_eyre::eyre::Result;

use super::commands::choose_questionnaire;
use super::output::{print, print_json, warn_skipped};
use crate::assessment::QuestionnaireRef;
use crate::documents::EvidenceDocument;
use crate::report::text;
use crate::store::Store;

/// `ecoready evidence [--questionnaire ID|FILE] [--json]`: by default the built-in
/// questionnaire's current version.
pub fn evidence(store: &Store, questionnaire: Option<&str>, json: bool) -> Result<u8> {
    let loaded = choose_questionnaire(questionnaire)?;
    let reference = QuestionnaireRef {
        id: loaded.questionnaire.id.clone(),
        version: loaded.questionnaire.version.clone(),
        digest: loaded.digest.clone(),
    };
    let (evidence, problems) =
        crate::app::noise::evidence(store, &loaded.questionnaire, &reference)?;
    warn_skipped(&problems);
    let document = EvidenceDocument::new(&evidence);
    if json {
        return print_json(&document);
    }
    print(&text::evidence(&document))
}

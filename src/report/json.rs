//! JSON reports: exactly the documents the `--json` commands print, so a script reading
//! one reads the other.

use crate::summary::{AssessmentDetail, ShowDocument};

/// The `show --json` document of one assessment, pretty-printed, ending in a newline.
pub fn assessment(detail: &AssessmentDetail) -> serde_json::Result<String> {
    document(&ShowDocument::new(detail.clone()))
}

/// Any document, pretty-printed as the `--json` commands print it.
pub fn document(document: &impl serde::Serialize) -> serde_json::Result<String> {
    let mut text = serde_json::to_string_pretty(document)?;
    text.push('\n');
    Ok(text)
}

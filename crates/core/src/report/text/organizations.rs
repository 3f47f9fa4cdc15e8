//! The text of `org rename|merge`, `trash` and `restore`.

use super::table;
use crate::documents::{OrganizationChangeDocument, TrashDocument};
use crate::report::status_word;
use crate::text::sanitize;
use crate::tr;

/// `Renamed "A" to "B": 3 assessments and 1 map version now carry the name.`
pub fn organization_change(document: &OrganizationChangeDocument) -> String {
    let assessments = document.assessments.len();
    let sentence = if document.action == "merge" {
        tr!(
            "report-orgs-merged",
            from = document.from.as_str(),
            to = document.to.as_str(),
            assessments = assessments,
            map_versions = document.map_versions
        )
    } else {
        tr!(
            "report-orgs-renamed",
            from = document.from.as_str(),
            to = document.to.as_str(),
            assessments = assessments,
            map_versions = document.map_versions
        )
    };
    sanitize(&format!("{sentence}\n"), true)
}

/// The trash as a table, or a sentence when it is empty.
pub fn trash(document: &TrashDocument) -> String {
    if document.trashed.is_empty() {
        return format!("{}\n", tr!("report-orgs-trash-empty"));
    }
    let rows: Vec<Vec<String>> = document
        .trashed
        .iter()
        .map(|t| {
            vec![
                sanitize(&t.trash_id, false),
                sanitize(&t.organization, false),
                sanitize(&t.respondent, false),
                sanitize(t.round.as_deref().unwrap_or("-"), false),
                status_word(t.status).to_string(),
                t.started_at.format("%Y-%m-%d").to_string(),
            ]
        })
        .collect();
    let mut out = table(
        &[
            tr!("report-orgs-column-trash-id"),
            tr!("report-orgs-column-organization"),
            tr!("report-orgs-column-respondent"),
            tr!("report-orgs-column-round"),
            tr!("report-orgs-column-status"),
            tr!("report-orgs-column-started"),
        ],
        &rows,
    );
    out.push_str(&format!("\n{}\n", tr!("report-orgs-trash-restore-hint")));
    out
}

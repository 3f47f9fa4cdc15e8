//! The text of `org rename|merge`, `trash` and `restore`.

use super::table;
use crate::documents::{OrganizationChangeDocument, TrashDocument};
use crate::report::status_word;
use crate::text::{counted, sanitize};

/// `Renamed "A" to "B": 3 assessments and 1 map version.`
pub fn organization_change(document: &OrganizationChangeDocument) -> String {
    let verb = if document.action == "merge" {
        "Merged"
    } else {
        "Renamed"
    };
    let joiner = if document.action == "merge" {
        "into"
    } else {
        "to"
    };
    sanitize(
        &format!(
            "{verb} \"{}\" {joiner} \"{}\": {} and {} now carry the name.\n",
            document.from,
            document.to,
            counted(document.assessments.len(), "assessment"),
            counted(document.map_versions, "map version"),
        ),
        true,
    )
}

/// The trash as a table, or a sentence when it is empty.
pub fn trash(document: &TrashDocument) -> String {
    if document.trashed.is_empty() {
        return "The trash is empty.\n".to_string();
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
            "TRASH ID",
            "ORGANIZATION",
            "RESPONDENT",
            "ROUND",
            "STATUS",
            "STARTED",
        ],
        &rows,
    );
    out.push_str("\n`ecoready restore TRASH-ID` moves one back.\n");
    out
}

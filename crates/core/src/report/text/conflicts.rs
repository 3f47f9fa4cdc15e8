//! The text of `conflicts`, `conflicts --merge`, `reid` and `repair`.

use crate::assessment::Response;
use crate::documents::{
    ConflictsDocument, MergeDocument, ReidDocument, RepairDocument, VersionSummary,
};
use crate::report::status_word;
use crate::text::{counted, sanitize};

/// Every assessment in conflict with its versions, or a sentence when there is none.
pub fn conflicts(document: &ConflictsDocument) -> String {
    if document.conflicts.is_empty() {
        return "No conflicts: every assessment has one file.\n".to_string();
    }
    let mut out = String::new();
    for conflict in &document.conflicts {
        out.push_str(&format!(
            "Assessment {} has {}:\n",
            conflict.id,
            counted(conflict.versions.len(), "version")
        ));
        for (number, version) in conflict.versions.iter().enumerate() {
            out.push_str(&format!("  {number}. {}\n", version_line(version)));
        }
        out.push_str(&format!(
            "  `ecoready conflicts --merge {}` merges them answer by answer.\n\n",
            conflict.id
        ));
    }
    sanitize(&out, true)
}

/// One version: its file, kind, and what it holds or why it cannot be read.
fn version_line(version: &VersionSummary) -> String {
    let kind = match (version.kind, version.side) {
        (Some(kind), Some(side)) => format!(" ({}, side {})", kind.describe(), side + 1),
        (Some(kind), None) => format!(" ({})", kind.describe()),
        (None, _) => String::new(),
    };
    let what = match (&version.problem, version.status, version.updated_at) {
        (Some(problem), _, _) => format!("cannot be read: {problem}"),
        (None, Some(status), Some(updated)) => format!(
            "{}, {}, last changed {}, respondent \"{}\"",
            status_word(status),
            counted(version.responses.unwrap_or(0), "response"),
            updated.format("%Y-%m-%d %H:%M:%S %:z"),
            version.respondent.as_deref().unwrap_or("")
        ),
        _ => String::new(),
    };
    format!("{}{kind}: {what}", version.file)
}

/// What a merge kept: the differing items with every value, the joined notes, the trash.
pub fn merge(document: &MergeDocument) -> String {
    let mut out = format!(
        "Merged {} of assessment {} into one: {}, {}.\n",
        counted(document.versions.len(), "version"),
        document.id,
        status_word(document.status),
        counted(document.responses, "response"),
    );
    if document.differences.is_empty() {
        out.push_str("No response differed between the versions.\n");
    } else {
        out.push_str("Responses that differed (the one given last was kept):\n");
        for difference in &document.differences {
            let values: Vec<String> = difference
                .values
                .iter()
                .map(|v| {
                    let response = match v.response {
                        Some(Response::Value(value)) => value.to_string(),
                        Some(Response::DontKnow) => "don't know".to_string(),
                        None => "none".to_string(),
                    };
                    let at = v.answered_at.map_or(String::new(), |at| {
                        format!(" at {}", at.format("%Y-%m-%d %H:%M:%S %:z"))
                    });
                    let kept = if v.version == difference.kept {
                        " (kept)"
                    } else {
                        ""
                    };
                    format!("version {}: {response}{at}{kept}", v.version)
                })
                .collect();
            out.push_str(&format!("  {}: {}\n", difference.item, values.join("; ")));
        }
    }
    if !document.notes_joined.is_empty() {
        out.push_str(&format!(
            "Notes of every version kept, one after the other: {}.\n",
            document.notes_joined.join(", ")
        ));
    }
    out.push_str(&format!(
        "The versions' files are in the trash: {}.\n",
        document.trashed.join(", ")
    ));
    sanitize(&out, true)
}

/// `Assessment A is now B.`
pub fn reid(document: &ReidDocument) -> String {
    let mut out = format!(
        "Assessment {} is now {}.\n",
        document.old_id, document.new_id
    );
    if !document.references_updated.is_empty() {
        out.push_str(&format!(
            "The plan reviews of {} now name the new id.\n",
            document.references_updated.join(", ")
        ));
    }
    out.push_str(&format!(
        "The old file is in the trash: {}.\n",
        document.trashed
    ));
    sanitize(&out, true)
}

/// Whether the file was accepted or already intact.
pub fn repair(document: &RepairDocument) -> String {
    let text = if document.outcome == "accepted" {
        format!(
            "Accepted {} as it is now and wrote its checksum again.\n",
            document.file
        )
    } else {
        format!("{} is intact: nothing to repair.\n", document.file)
    };
    sanitize(&text, true)
}

//! The text of `conflicts`, `conflicts --merge`, `reid` and `repair`.

use crate::assessment::Response;
use crate::documents::{
    ConflictsDocument, MergeDocument, ReidDocument, RepairDocument, VersionSummary,
};
use crate::report::status_word;
use crate::text::sanitize;
use crate::tr;

/// Every assessment in conflict with its versions, or a sentence when there is none.
pub fn conflicts(document: &ConflictsDocument) -> String {
    if document.conflicts.is_empty() {
        return format!("{}\n", tr!("report-conflicts-none"));
    }
    let mut out = String::new();
    for conflict in &document.conflicts {
        out.push_str(&format!(
            "{}\n",
            tr!(
                "report-conflicts-assessment",
                id = conflict.id.as_str(),
                count = conflict.versions.len()
            )
        ));
        for (number, version) in conflict.versions.iter().enumerate() {
            out.push_str(&format!("  {number}. {}\n", version_line(version)));
        }
        out.push_str(&format!(
            "  {}\n\n",
            tr!("report-conflicts-merge-hint", id = conflict.id.as_str())
        ));
    }
    sanitize(&out, true)
}

/// One version: its file, kind, and what it holds or why it cannot be read.
fn version_line(version: &VersionSummary) -> String {
    let kind = match (version.kind, version.side) {
        (Some(kind), Some(side)) => format!(
            " {}",
            tr!(
                "report-conflicts-kind-side",
                kind = kind.describe(),
                side = side + 1
            )
        ),
        (Some(kind), None) => format!(" ({})", kind.describe()),
        (None, _) => String::new(),
    };
    let what = match (&version.problem, version.status, version.updated_at) {
        (Some(problem), _, _) => tr!("report-conflicts-unreadable", problem = problem.as_str()),
        (None, Some(status), Some(updated)) => tr!(
            "report-conflicts-version",
            status = status_word(status),
            responses = version.responses.unwrap_or(0),
            changed = updated.format("%Y-%m-%d %H:%M:%S %:z").to_string(),
            respondent = version.respondent.as_deref().unwrap_or("")
        ),
        _ => String::new(),
    };
    format!("{}{kind}: {what}", version.file)
}

/// What a merge kept: the differing items with every value, the joined notes, the trash.
pub fn merge(document: &MergeDocument) -> String {
    let mut out = format!(
        "{}\n",
        tr!(
            "report-conflicts-merged",
            versions = document.versions.len(),
            id = document.id.as_str(),
            status = status_word(document.status),
            responses = document.responses
        )
    );
    if document.differences.is_empty() {
        out.push_str(&format!("{}\n", tr!("report-conflicts-no-difference")));
    } else {
        out.push_str(&format!("{}\n", tr!("report-conflicts-differences")));
        for difference in &document.differences {
            let values: Vec<String> = difference
                .values
                .iter()
                .map(|v| {
                    let response = match v.response {
                        Some(Response::Value(value)) => value.to_string(),
                        Some(Response::DontKnow) => tr!("report-conflicts-dont-know").to_string(),
                        None => tr!("report-conflicts-no-response").to_string(),
                    };
                    let kept = v.version == difference.kept;
                    let version = v.version;
                    match (v.answered_at, kept) {
                        (Some(at), false) => tr!(
                            "report-conflicts-value-at",
                            version = version,
                            response = response,
                            at = at.format("%Y-%m-%d %H:%M:%S %:z").to_string()
                        ),
                        (Some(at), true) => tr!(
                            "report-conflicts-value-at-kept",
                            version = version,
                            response = response,
                            at = at.format("%Y-%m-%d %H:%M:%S %:z").to_string()
                        ),
                        (None, false) => tr!(
                            "report-conflicts-value",
                            version = version,
                            response = response
                        ),
                        (None, true) => tr!(
                            "report-conflicts-value-kept",
                            version = version,
                            response = response
                        ),
                    }
                })
                .collect();
            out.push_str(&format!("  {}: {}\n", difference.item, values.join("; ")));
        }
    }
    if !document.notes_joined.is_empty() {
        out.push_str(&format!(
            "{}\n",
            tr!(
                "report-conflicts-notes-joined",
                versions = document.notes_joined.join(", ")
            )
        ));
    }
    out.push_str(&format!(
        "{}\n",
        tr!(
            "report-conflicts-trashed",
            files = document.trashed.join(", ")
        )
    ));
    sanitize(&out, true)
}

/// `Assessment A is now B.`
pub fn reid(document: &ReidDocument) -> String {
    let mut out = format!(
        "{}\n",
        tr!(
            "report-conflicts-reid",
            old_id = document.old_id.as_str(),
            new_id = document.new_id.as_str()
        )
    );
    if !document.references_updated.is_empty() {
        out.push_str(&format!(
            "{}\n",
            tr!(
                "report-conflicts-reid-references",
                assessments = document.references_updated.join(", ")
            )
        ));
    }
    out.push_str(&format!(
        "{}\n",
        tr!(
            "report-conflicts-reid-trashed",
            file = document.trashed.as_str()
        )
    ));
    sanitize(&out, true)
}

/// Whether the file was accepted or already intact.
pub fn repair(document: &RepairDocument) -> String {
    let text = if document.outcome == "accepted" {
        tr!(
            "report-conflicts-repair-accepted",
            file = document.file.as_str()
        )
    } else {
        tr!(
            "report-conflicts-repair-intact",
            file = document.file.as_str()
        )
    };
    sanitize(&format!("{text}\n"), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    fn reid_document() -> ReidDocument {
        ReidDocument {
            schema_version: crate::documents::JSON_SCHEMA_VERSION,
            old_id: "a1".to_string(),
            new_id: "b2".to_string(),
            references_updated: Vec::new(),
            trashed: "a1.yaml".to_string(),
        }
    }

    #[test]
    fn reid_reads_the_same_in_english_and_in_german_words() {
        assert_eq!(
            with_lang(Lang::En, || reid(&reid_document())),
            "Assessment a1 is now b2.\nThe old file is in the trash: a1.yaml.\n"
        );
        assert_eq!(
            with_lang(Lang::De, || reid(&reid_document())),
            "Einschätzung a1 heißt jetzt b2.\nDie alte Datei liegt im Papierkorb: a1.yaml.\n"
        );
    }
}

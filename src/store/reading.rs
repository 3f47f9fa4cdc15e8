//! Reading one assessment file: its format version first when it does not parse, its id
//! against its file name, and what to say about a file that is not ecoready's at all.

use std::path::Path;

use serde::Deserialize;

use super::files::{self, Links, ReadError};
use super::ids::is_safe_id;
use super::sealed::{self, Trust};
use crate::assessment::{self, Assessment};
use crate::conflicts::{self, CopyKind};
use crate::tr;
use crate::yaml::{self, MAX_DOCUMENT_BYTES};

/// Just enough of an assessment file to see which format version wrote it, so a newer
/// file is refused by its version rather than by fields this build does not know.
#[derive(Deserialize)]
struct SchemaProbe {
    #[serde(default)]
    schema_version: Option<u64>,
}

/// Reads one assessment file that should hold assessment `id`; the error says what is
/// wrong (with the line where known), naming the path only for a refused entry.
pub(super) fn read_assessment(path: &Path, id: &str) -> Result<Assessment, ReadError> {
    read_assessment_trusting(path, id, Trust::Checked)
}

/// [`read_assessment`], checking the file's checksum or not (`trust`).
pub(super) fn read_assessment_trusting(
    path: &Path,
    id: &str,
    trust: Trust,
) -> Result<Assessment, ReadError> {
    let raw = files::read_limited(path, MAX_DOCUMENT_BYTES, Links::Refuse)?;
    assessment_in(&raw, id, trust).map_err(ReadError::Invalid)
}

/// The assessment `id` in the bytes of its file, or why they hold none: a file with git
/// conflict markers is refused with a pointer to `ecoready conflicts`.
pub(super) fn assessment_in(raw: &[u8], id: &str, trust: Trust) -> Result<Assessment, String> {
    if conflicts::has_markers(&String::from_utf8_lossy(raw)) {
        return Err(tr!("store-git-markers", hint = conflict_hint(id)));
    }
    parse_assessment(raw, id, trust)
}

/// Parses the bytes of one assessment file (or one side of a file with git conflict
/// markers) that should hold assessment `id`.
pub(super) fn parse_assessment(raw: &[u8], id: &str, trust: Trust) -> Result<Assessment, String> {
    let accept = format!("ecoready repair {id}");
    let (bytes, seal) = match sealed::content(raw, trust, &accept) {
        Ok(content) => content,
        // A newer version may seal its files otherwise: its version is what to report.
        Err(why) => return Err(newer_version_in(raw).map_or(why, newer_schema)),
    };
    // Parsed once (listing thousands of files parses each); the version is probed on its
    // own only when that fails, so a newer file is refused by its version rather than by
    // fields this build does not know.
    let assessment: Assessment = match yaml::from_slice(bytes) {
        Ok(assessment) => assessment,
        Err(e) => {
            return Err(match newer_version_in(bytes) {
                Some(version) => newer_schema(version),
                None => why_unreadable(bytes, e, "assessment"),
            });
        }
    };
    if assessment.schema_version > assessment::SCHEMA_VERSION {
        return Err(newer_schema(u64::from(assessment.schema_version)));
    }
    sealed::require_seal(
        seal,
        assessment.schema_version,
        assessment::FIRST_SEALED_VERSION,
        trust,
        &accept,
    )?;
    if assessment.id != id {
        return Err(tr!(
            "store-id-mismatch",
            id = assessment.id.escape_debug().to_string()
        ));
    }
    Ok(assessment)
}

/// Why a document that failed to parse as an ecoready `what` file (with `error`) is
/// unreadable, never quoting content of a file that is not an ecoready file: a syntax
/// error (which quotes nothing) says where the YAML breaks; a scalar (any text without `key: value` lines is
/// one YAML string, which the type error would quote) or a mapping without a
/// `schema_version` (whose keys it would quote) is said not to be an ecoready file; the
/// error of an ecoready file, or of a list (named only by its type), is shown as it is.
pub(super) fn why_unreadable(bytes: &[u8], error: yaml::YamlError, what: &str) -> String {
    use serde_yaml::Value;
    match yaml::from_slice::<Value>(bytes) {
        Ok(Value::Mapping(mapping)) if mapping.contains_key("schema_version") => error.to_string(),
        Ok(Value::Sequence(_)) | Err(_) => error.to_string(),
        // One whole sentence per kind of file, for the translators.
        Ok(_) => match what {
            "ecosystem map" => tr!("store-not-ecoready-map").to_string(),
            "norms" => tr!("store-not-ecoready-norms").to_string(),
            _ => tr!("store-not-ecoready-assessment").to_string(),
        },
    }
}

/// The format version of a file written by a newer ecoready, if it is one.
fn newer_version_in(raw: &[u8]) -> Option<u64> {
    match yaml::from_slice::<SchemaProbe>(crate::integrity::unseal(raw).content) {
        Ok(SchemaProbe {
            schema_version: Some(version),
        }) if version > u64::from(assessment::SCHEMA_VERSION) => Some(version),
        _ => None,
    }
}

fn newer_schema(version: u64) -> String {
    tr!(
        "store-newer-schema",
        version = version.to_string(),
        supported = assessment::SCHEMA_VERSION.to_string()
    )
}

/// The assessment id a file in `assessments/` is named for, if the name is a safe id.
pub(super) fn id_of_file(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    is_safe_id(stem).then(|| stem.to_string())
}

/// The assessment id and kind of a sync tool's conflict copy in `assessments/`, if the
/// file is one.
pub(super) fn conflict_copy_of(path: &Path) -> Option<(String, CopyKind)> {
    let stem = path.file_stem()?.to_str()?;
    conflicts::conflict_copy_of(stem, is_safe_id)
}

/// What is wrong with a file in `assessments/` whose name is not an assessment id: a
/// conflict copy says whose and what to do, anything else that its name is no id.
pub(super) fn name_problem(path: &Path) -> String {
    match conflict_copy_of(path) {
        Some((id, kind)) => tr!(
            "store-conflict-copy",
            copy = kind.describe(),
            id = &id,
            hint = conflict_hint(&id)
        ),
        None => tr!("store-file-name-not-id").to_string(),
    }
}

/// The words every conflict's problem ends with ([`Problem::is_conflict`] looks for them;
/// problems are made afresh in every run, so always in the language looked for).
///
/// [`Problem::is_conflict`]: super::Problem::is_conflict
pub(super) fn conflict_hint_mark() -> &'static str {
    tr!("store-conflict-hint-mark")
}

fn conflict_hint(id: &str) -> String {
    tr!("store-conflict-hint", mark = conflict_hint_mark(), id = id)
}

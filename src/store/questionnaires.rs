//! Questionnaire files on disk: the copies kept with assessments, user questionnaires and
//! files named on the command line.

use std::path::Path;

use color_eyre::eyre::{Result, WrapErr};

use super::files::{Links, read_limited, yaml_files};
use super::{Problem, Store, atomic, config_dir, invalid, write_new_atomically};
use crate::assessment::QuestionnaireRef;
use crate::questionnaire::{Loaded, Questionnaire, builtin_with_digest, builtins, digest};
use crate::tr;
use crate::yaml::MAX_DOCUMENT_BYTES;

/// How many hex digits of the digest go into a kept copy's file name.
const DIGEST_PREFIX_LEN: usize = 12;

/// Longest id or version used in a copy's file name.
const MAX_NAME_PART_LEN: usize = 64;

/// `<questionnaire-id>@<version>-<first 12 hex of digest>.yaml`, with every character that
/// could leave the directory or hide the file replaced: the parts come from files a user
/// may have edited.
pub fn copy_file_name(id: &str, version: &str, digest: &str) -> String {
    let short: String = digest.chars().take(DIGEST_PREFIX_LEN).collect();
    format!(
        "{}@{}-{}.yaml",
        file_name_part(id),
        file_name_part(version),
        file_name_part(&short)
    )
}

/// Keeps ASCII letters, digits, `.`, `_` and `-`; anything else, and a leading `.`,
/// becomes `_`.
fn file_name_part(text: &str) -> String {
    let part: String = text
        .chars()
        .take(MAX_NAME_PART_LEN)
        .enumerate()
        .map(|(i, c)| match c {
            '.' if i == 0 => '_',
            c if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') => c,
            _ => '_',
        })
        .collect();
    if part.is_empty() {
        "_".to_string()
    } else {
        part
    }
}

/// Reads and validates one questionnaire file; the error is one line per problem, each
/// starting with the file (and line where known).
pub fn read_questionnaire(path: &Path, links: Links) -> Result<Loaded, String> {
    let label = path.display().to_string();
    let text = read_text(path, links)?;
    Loaded::from_text(text, label.clone()).map_err(|e| e.describe(&label).join("\n"))
}

/// The text of a questionnaire or translation file, read within the size limit; the
/// error starts with the file (and line where known).
pub(super) fn read_text(path: &Path, links: Links) -> Result<String, String> {
    let label = path.display().to_string();
    let bytes = read_limited(path, MAX_DOCUMENT_BYTES, links).map_err(|e| match e {
        // The message of a refused file starts with its path.
        super::files::ReadError::Refused(refused) => refused.to_string(),
        other => format!("{label}: {}", other.describe()),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        tr!(
            "store-questionnaire-not-utf8",
            file = label.as_str(),
            line = line.to_string()
        )
    })
}

/// Loads every questionnaire in the user's directory `dir` (sorted by file name); files
/// that fail are problems. Links are followed: the directory is the user's own.
pub fn questionnaires_in(dir: &Path) -> (Vec<Loaded>, Vec<Problem>) {
    let files = match yaml_files(dir, Links::Follow) {
        Ok(files) => files,
        Err(problem) => return (Vec::new(), vec![problem.into()]),
    };
    let mut loaded = Vec::new();
    let mut problems = Vec::new();
    // Translations sit beside the questionnaires they translate (`super::translations`).
    for path in files
        .into_iter()
        .filter(|f| !super::translations::is_translation_file(f))
    {
        match read_questionnaire(&path, Links::Follow) {
            Ok(questionnaire) => loaded.push(questionnaire),
            Err(message) => problems.push(Problem { path, message }),
        }
    }
    (loaded, problems)
}

/// The kept copy of exactly the questionnaire `reference` names: the file with the
/// expected name, or failing that any file in `dir` with the same digest (a renamed copy).
/// `Ok(None)` when there is none.
pub fn find_copy(dir: &Path, reference: &QuestionnaireRef) -> Result<Option<Loaded>, String> {
    let expected = dir.join(copy_file_name(
        &reference.id,
        &reference.version,
        &reference.digest,
    ));
    let mut candidates = vec![expected.clone()];
    // A directory of copies that is a link is not looked in (`Store::open` refuses it).
    if let Ok(files) = yaml_files(dir, Links::Refuse) {
        candidates.extend(files.into_iter().filter(|f| *f != expected));
    }
    for path in candidates {
        // A link, FIFO or unreadable file is not the copy sought; the next may be.
        let Ok(bytes) = read_limited(&path, MAX_DOCUMENT_BYTES, Links::Refuse) else {
            continue;
        };
        if digest(&bytes) == reference.digest {
            return read_questionnaire(&path, Links::Refuse).map(Some);
        }
    }
    Ok(None)
}

impl Store {
    /// Keeps a copy of a questionnaire version that an assessment uses. Idempotent: an
    /// existing copy with the same name is never overwritten.
    pub fn keep_questionnaire(&self, questionnaire: &Questionnaire, text: &str) -> Result<()> {
        let name = copy_file_name(
            &questionnaire.id,
            &questionnaire.version,
            &digest(text.as_bytes()),
        );
        atomic::check_dir(&self.questionnaires_dir(), false)?;
        let path = self.questionnaires_dir().join(name);
        self.check_write(&path)?;
        write_new_atomically(&path, text.as_bytes())?;
        Ok(())
    }

    /// The exact questionnaire an assessment used, with its text: the built-in (current
    /// or retired) with the same digest, otherwise the kept copy.
    pub fn questionnaire_for(&self, reference: &QuestionnaireRef) -> Result<Loaded> {
        if let Some(builtin) = builtin_with_digest(&reference.digest) {
            return Ok(builtin);
        }
        let dir = self.questionnaires_dir();
        match find_copy(&dir, reference) {
            Ok(Some(loaded)) => Ok(loaded),
            Ok(None) => Err(color_eyre::eyre::eyre!(
                "{}",
                tr!(
                    "store-questionnaire-not-kept",
                    id = reference.id.as_str(),
                    version = reference.version.as_str(),
                    digest = reference.digest.as_str(),
                    dir = dir.display().to_string()
                )
            )),
            Err(message) => Err(color_eyre::eyre::eyre!("{message}")).wrap_err_with(|| {
                tr!(
                    "store-kept-questionnaire-unloadable",
                    questionnaire = reference.id.as_str(),
                    version = reference.version.to_string()
                )
            }),
        }
    }
}

impl Store {
    /// The questionnaire an assessment used, with its texts in the language messages are
    /// shown in ([`crate::i18n::current`], set by `--lang`), else its own: what results,
    /// reports, comparisons, trends and exports show, whatever language the answers were
    /// given in. Ids, scoring and digest are the source's.
    pub fn questionnaire_shown(&self, reference: &QuestionnaireRef) -> Result<Loaded> {
        let loaded = self.questionnaire_for(reference)?;
        Ok(super::shown(&loaded))
    }
}

/// Reads and validates a questionnaire file; any problem is [`InvalidInput`] listing every
/// broken rule as `file:line: message`.
pub fn read_questionnaire_file(path: &Path) -> Result<Loaded> {
    read_questionnaire(path, Links::Follow).map_err(invalid)
}

/// Every questionnaire a new assessment can use: the built-in ones, then the user's own
/// (files that cannot be loaded are left out here; `ecoready questionnaires` reports them).
pub fn questionnaire_catalog() -> Vec<Loaded> {
    let mut catalog = builtins();
    catalog.extend(user_questionnaires().0);
    catalog
}

/// Questionnaires in the user's config directory (`<config>/questionnaires/*.yaml`), and
/// the files there that could not be loaded.
pub fn user_questionnaires() -> (Vec<Loaded>, Vec<Problem>) {
    match config_dir() {
        Some(dir) => questionnaires_in(&dir.join("questionnaires")),
        None => (Vec::new(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_name_has_id_version_and_short_digest() {
        let name = copy_file_name("quick-check", "1.2.0", "0123456789abcdef0123");
        assert_eq!(name, "quick-check@1.2.0-0123456789ab.yaml");
    }

    #[test]
    fn copy_name_cannot_leave_the_directory_or_hide() {
        let name = copy_file_name("../../etc/passwd", ".v/1", "..\\x");
        assert!(!name.contains('/') && !name.contains('\\'), "{name}");
        assert!(!name.starts_with('.'), "{name}");
        assert_eq!(name, "_._.._etc_passwd@_v_1-_._x.yaml");
        assert_eq!(copy_file_name("", "", ""), "_@_-_.yaml");
    }
}

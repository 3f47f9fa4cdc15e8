//! Questionnaire translations on disk and compiled in: a questionnaire in a language, and
//! the languages it is available in.
//!
//! A translation is found, most specific first, beside the questionnaire's own file
//! (`<stem>.<lang>.yaml`), among the user's questionnaires (`<config>/questionnaires/`, any
//! `*.<lang>.yaml` translating the same id and version), then among the built-in ones. A
//! translation that cannot be read or does not fit is reported and skipped: the
//! questionnaire is then shown in its own language, never refused.

use std::path::{Path, PathBuf};

use super::Problem;
use super::config_dir;
use super::files::{Links, yaml_files};
use super::questionnaires::read_text;
use crate::i18n::Lang;
use crate::questionnaire::translation::{
    BUILTIN_TRANSLATIONS, language_of_file_name, parse as parse_header, parse_for, pseudo,
};
use crate::questionnaire::{BUILTIN_ORIGIN, Loaded};

/// A questionnaire as shown in a language.
#[derive(Debug, Clone)]
pub struct InLanguage {
    /// The questionnaire, translated when a valid translation exists. Its text, digest and
    /// origin are the source's.
    pub loaded: Loaded,
    /// Whether its texts are in the language asked for (false: the source's texts).
    pub translated: bool,
    /// Translations found for that language that could not be used, with why.
    pub problems: Vec<Problem>,
}

/// Whether `path` is named like a translation (`<stem>.<lang>.yaml`, a language ecoready
/// speaks), so listings of questionnaires leave it out.
pub fn is_translation_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(language_of_file_name)
        .is_some()
}

/// The language a questionnaire's own texts are in (English when it names none ecoready
/// speaks).
pub fn source_language(loaded: &Loaded) -> Lang {
    Lang::from_tag(&loaded.questionnaire.language).unwrap_or(Lang::En)
}

/// `loaded` with its texts in the language messages are shown in (`--lang`), else its own:
/// what every list, result and report shows. Ids, scoring and digest are the source's.
pub fn shown(loaded: &Loaded) -> Loaded {
    in_language(loaded, crate::i18n::current()).loaded
}

/// `loaded` in `lang`: translated by the first valid translation found, the pseudo copy
/// for [`Lang::Pseudo`], or the source itself when it is already in `lang` or none fits.
pub fn in_language(loaded: &Loaded, lang: Lang) -> InLanguage {
    let source = |problems| InLanguage {
        loaded: loaded.clone(),
        translated: false,
        problems,
    };
    if lang == source_language(loaded) {
        return source(Vec::new());
    }
    if lang == Lang::Pseudo {
        return InLanguage {
            loaded: Loaded {
                questionnaire: pseudo(&loaded.questionnaire),
                translated: true,
                ..loaded.clone()
            },
            translated: true,
            problems: Vec::new(),
        };
    }
    let mut problems = Vec::new();
    for (path, text) in candidates(loaded, lang) {
        let text = match text {
            Ok(text) => text,
            Err(message) => {
                problems.push(Problem { path, message });
                continue;
            }
        };
        match parse_for(&text, &loaded.questionnaire) {
            Ok(translation) if translation.language == lang.code() => {
                return InLanguage {
                    loaded: loaded.translated(&translation),
                    translated: true,
                    problems,
                };
            }
            // Named `.de` but written in another language: not the one asked for.
            Ok(_) => {}
            Err(e) => problems.push(Problem {
                message: e.describe(&path.display().to_string()).join("\n"),
                path,
            }),
        }
    }
    source(problems)
}

/// The languages `loaded` can be answered and shown in: its own first, then every
/// language ecoready speaks that has a valid translation; and the translations found that
/// cannot be used.
pub fn languages_of(loaded: &Loaded) -> (Vec<Lang>, Vec<Problem>) {
    let own = source_language(loaded);
    let mut languages = vec![own];
    let mut problems = Vec::new();
    for lang in Lang::SHIPPED.into_iter().filter(|l| *l != own) {
        let shown = in_language(loaded, lang);
        if shown.translated {
            languages.push(lang);
        }
        problems.extend(shown.problems);
    }
    (languages, problems)
}

/// A translation file's text, or why it cannot be read (starting with the file).
type Candidate = (PathBuf, Result<String, String>);

/// Translation texts that may translate `loaded` into `lang`, most specific first, each
/// with the file it is (or, built in, was) named by.
fn candidates(loaded: &Loaded, lang: Lang) -> Vec<Candidate> {
    let q = &loaded.questionnaire;
    let mut found: Vec<Candidate> = Vec::new();
    if loaded.origin != BUILTIN_ORIGIN {
        let origin = Path::new(&loaded.origin);
        if let Some(stem) = origin.file_stem().and_then(|s| s.to_str()) {
            let beside = origin.with_file_name(format!("{stem}.{}.yaml", lang.code()));
            if beside.exists() {
                let text = read_text(&beside, Links::Follow);
                found.push((beside, text));
            }
        }
    }
    if let Some(dir) = config_dir() {
        let files = yaml_files(&dir.join("questionnaires"), Links::Follow).unwrap_or_default();
        for path in files {
            let named_lang = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(language_of_file_name);
            if named_lang != Some(lang) || found.iter().any(|(p, _)| *p == path) {
                continue;
            }
            let Ok(text) = read_text(&path, Links::Follow) else {
                continue;
            };
            let fits =
                parse_header(&text).is_ok_and(|t| t.translates == q.id && t.version == q.version);
            if fits {
                found.push((path, Ok(text)));
            }
        }
    }
    for builtin in BUILTIN_TRANSLATIONS {
        if language_of_file_name(builtin.file) != Some(lang) {
            continue;
        }
        let fits = parse_header(builtin.text)
            .is_ok_and(|t| t.translates == q.id && t.version == q.version);
        if fits {
            found.push((PathBuf::from(builtin.file), Ok(builtin.text.to_string())));
        }
    }
    found
}

/// A translation file that passed every check, with what it translates.
#[derive(Debug, Clone)]
pub struct CheckedTranslation {
    /// The translation's language.
    pub language: String,
    /// The questionnaire it translates, as found.
    pub questionnaire: Loaded,
}

/// Checks the translation file `path` (`ecoready validate`) against its questionnaire,
/// found beside it (`x.de.yaml` translates `x.yaml`) or else among the built-in and the
/// user's questionnaires by id and version. `Ok(None)`: the file is not a translation.
/// Any problem is [`crate::error::InvalidInput`], one `file:line: …` line per problem.
pub fn read_translation_file(path: &Path) -> color_eyre::eyre::Result<Option<CheckedTranslation>> {
    let label = path.display().to_string();
    let text = read_text(path, Links::Follow).map_err(super::invalid)?;
    if !crate::questionnaire::translation::is_translation(&text) {
        return Ok(None);
    }
    let header = parse_header(&text).map_err(|e| super::invalid(e.describe(&label).join("\n")))?;
    let questionnaire = match beside(path) {
        Some(source) => super::questionnaires::read_questionnaire(&source, Links::Follow)
            .map_err(super::invalid)?,
        None => find_translated(&header.translates, &header.version).ok_or_else(|| {
            let line = text
                .lines()
                .position(|l| l.starts_with("translates"))
                .map_or(1, |i| i + 1);
            let beside_name = questionnaire_file_name(path);
            super::invalid(format!(
                "{label}:{line}: {}",
                crate::tr!(
                    "language-no-questionnaire",
                    id = header.translates.as_str(),
                    version = header.version.as_str(),
                    beside = beside_name.as_str()
                )
            ))
        })?,
    };
    parse_for(&text, &questionnaire.questionnaire)
        .map_err(|e| super::invalid(e.describe(&label).join("\n")))?;
    Ok(Some(CheckedTranslation {
        language: header.language,
        questionnaire,
    }))
}

/// `x.yaml` for `dir/x.de.yaml` (any language part), the file name only.
fn questionnaire_file_name(path: &Path) -> String {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name.strip_suffix(".yaml").unwrap_or(name);
    let source = stem.rsplit_once('.').map_or(stem, |(source, _)| source);
    format!("{source}.yaml")
}

/// The questionnaire file beside translation `path`, when there is one.
fn beside(path: &Path) -> Option<PathBuf> {
    let source = path.with_file_name(questionnaire_file_name(path));
    (source != path && source.is_file()).then_some(source)
}

/// The built-in (current or retired) or user questionnaire with this id and version.
fn find_translated(id: &str, version: &str) -> Option<Loaded> {
    crate::questionnaire::builtin(id)
        .filter(|l| l.questionnaire.version == version)
        .or_else(|| crate::questionnaire::retired(id, version))
        .or_else(|| {
            super::user_questionnaires()
                .0
                .into_iter()
                .find(|l| l.questionnaire.id == id && l.questionnaire.version == version)
        })
}

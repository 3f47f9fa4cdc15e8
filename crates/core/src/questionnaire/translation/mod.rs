//! Questionnaire translations: the texts of a questionnaire in another language, in a file
//! beside it (`ecosystem-readiness.de.yaml` translates `ecosystem-readiness.yaml`).
//!
//! A translation holds texts only (the format is docs/questionnaires.md's): ids, scales,
//! weights and bands stay the source's, so a translated questionnaire keeps the source's
//! digest and scores, and answers given in any language compare item by item.

mod apply;
mod check;
mod model;

pub use apply::{apply, pseudo};
pub use check::validate;
pub use model::{BandTexts, DimensionTexts, FacetTexts, ItemTexts, ScaleTexts, Translation};

use super::load::{Builtin, LoadError, Loaded};
use super::model::Questionnaire;
use crate::yaml;

/// The translations compiled in beside the built-in questionnaires.
pub const BUILTIN_TRANSLATIONS: &[Builtin] = &[
    Builtin {
        file: "ecosystem-readiness.de.yaml",
        text: include_str!("../../../../../questionnaires/ecosystem-readiness.de.yaml"),
    },
    Builtin {
        file: "ecosystem-readiness.es.yaml",
        text: include_str!("../../../../../questionnaires/ecosystem-readiness.es.yaml"),
    },
    Builtin {
        file: "quick-check.de.yaml",
        text: include_str!("../../../../../questionnaires/quick-check.de.yaml"),
    },
    Builtin {
        file: "quick-check.es.yaml",
        text: include_str!("../../../../../questionnaires/quick-check.es.yaml"),
    },
];

/// The language a translation file's name gives: `de` for `quick-check.de.yaml`, `None`
/// for a name without a language ecoready speaks before `.yaml`.
pub fn language_of_file_name(name: &str) -> Option<crate::i18n::Lang> {
    let stem = name.strip_suffix(".yaml")?;
    let (_, code) = stem.rsplit_once('.')?;
    crate::i18n::Lang::SHIPPED
        .into_iter()
        .find(|lang| lang.code() == code)
}

/// Whether `text` is a translation rather than a questionnaire: it has a top-level
/// `translates:` key, which no questionnaire has.
pub fn is_translation(text: &str) -> bool {
    text.lines().any(|line| {
        line.strip_prefix("translates")
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// Reads translation text for its header only (`translates`, `version`, `language`), to
/// find the questionnaire it belongs to; every other check needs that questionnaire.
pub fn parse(text: &str) -> Result<Translation, LoadError> {
    yaml::from_str(text).map_err(LoadError::Yaml)
}

/// Parses `text` and checks it against `questionnaire`: the translation, or every problem
/// with its line.
pub fn parse_for(text: &str, questionnaire: &Questionnaire) -> Result<Translation, LoadError> {
    let translation = parse(text)?;
    let errors = validate(&translation, questionnaire, text);
    if errors.is_empty() {
        Ok(translation)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

impl Loaded {
    /// This questionnaire with the texts of `translation`. Its text, digest and origin stay
    /// the source's: an assessment answered in any language refers to the same
    /// questionnaire, so its scores and comparisons rest on the same items.
    pub fn translated(&self, translation: &Translation) -> Loaded {
        Loaded {
            questionnaire: apply(&self.questionnaire, translation),
            translated: true,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests;

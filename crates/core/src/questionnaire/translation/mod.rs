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

use super::load::{LoadError, Loaded};
use super::model::Questionnaire;
use crate::yaml;

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
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests;

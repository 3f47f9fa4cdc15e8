//! Rules for the optional default reliability of a facet or dimension: a coefficient
//! strictly between 0 and 1, a standard deviation on the 0-100 score scale, and a source
//! that says where both come from.

use super::Checker;
use crate::limits;
use crate::questionnaire::model::DefaultReliability;

impl Checker {
    /// `path` is the facet's or dimension's; `what` names it, e.g. "facet `security`".
    pub(super) fn reliability(&mut self, path: &str, what: &str, r: &DefaultReliability) {
        let path = format!("{path}.reliability");
        if !(r.value.is_finite() && r.value > 0.0 && r.value < 1.0) {
            self.fail(
                format!("{path}.value"),
                format!(
                    "the reliability of {what} is {}; it must be a number between 0 and 1 \
                     (not 0 or 1 themselves)",
                    r.value
                ),
            );
        }
        if !(r.sd.is_finite() && r.sd > 0.0 && r.sd <= 100.0) {
            self.fail(
                format!("{path}.sd"),
                format!(
                    "the reliability of {what} has sd {}; it must be a number above 0 and \
                     at most 100 (points on the 0-100 score)",
                    r.sd
                ),
            );
        }
        let source = format!("{path}.source");
        self.text(
            source.clone(),
            &format!("the reliability source of {what}"),
            &r.source,
        );
        let chars = r.source.chars().count();
        if chars > limits::MAX_RELIABILITY_SOURCE_CHARS {
            self.fail(
                source,
                format!(
                    "the reliability source of {what} has {chars} characters; at most {} \
                     are allowed",
                    limits::MAX_RELIABILITY_SOURCE_CHARS
                ),
            );
        }
    }
}

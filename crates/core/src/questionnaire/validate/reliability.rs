//! Rules for the optional default reliability of a facet or dimension: a coefficient
//! strictly between 0 and 1, a standard deviation on the 0-100 score scale, and a source
//! that says where both come from.

use super::{Checker, num};
use crate::limits;
use crate::questionnaire::model::DefaultReliability;
use crate::tr;

impl Checker {
    /// `path` is the facet's or dimension's; `what` names it, e.g. "facet `security`".
    pub(super) fn reliability(&mut self, path: &str, what: &str, r: &DefaultReliability) {
        let path = format!("{path}.reliability");
        if !(r.value.is_finite() && r.value > 0.0 && r.value < 1.0) {
            self.fail(
                format!("{path}.value"),
                tr!(
                    "core-validate-reliability-value",
                    what = what,
                    value = num(r.value)
                ),
            );
        }
        if !(r.sd.is_finite() && r.sd > 0.0 && r.sd <= 100.0) {
            self.fail(
                format!("{path}.sd"),
                tr!("core-validate-reliability-sd", what = what, sd = num(r.sd)),
            );
        }
        let source = format!("{path}.source");
        self.text(
            source.clone(),
            &tr!("core-validate-what-reliability-source", what = what),
            &r.source,
        );
        let chars = r.source.chars().count();
        if chars > limits::MAX_RELIABILITY_SOURCE_CHARS {
            self.fail(
                source,
                tr!(
                    "core-validate-reliability-source-too-long",
                    what = what,
                    chars = chars.to_string(),
                    max = limits::MAX_RELIABILITY_SOURCE_CHARS
                ),
            );
        }
    }
}

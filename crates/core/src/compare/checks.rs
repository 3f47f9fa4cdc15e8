//! When a comparison says nothing true: the same assessment twice, or two organizations
//! (a change between two firms is a change of neither). And what a comparison must say
//! beside its numbers: that a side is a draft, or that it was made although refused.

use std::fmt;

use crate::assessment::{Assessment, Status};
use crate::text::{same_name, sanitize};

/// Why two assessments should not be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Objection {
    /// Both ids name one assessment.
    SameAssessment {
        /// Its id.
        id: String,
    },
    /// The assessments are of two organizations (names compared ignoring case and
    /// surrounding spaces).
    DifferentOrganizations {
        /// The first one's organization.
        first: String,
        /// The second one's organization.
        second: String,
    },
}

impl fmt::Display for Objection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Objection::SameAssessment { id } => f.write_str(&crate::tr!(
                "core-objection-same-assessment",
                id = sanitize(id, false)
            )),
            Objection::DifferentOrganizations { first, second } => f.write_str(&crate::tr!(
                "core-objection-different-organizations",
                first = sanitize(first.trim(), false),
                second = sanitize(second.trim(), false)
            )),
        }
    }
}

/// Why `a` and `b` should not be compared, if they should not.
pub fn objection(a: &Assessment, b: &Assessment) -> Option<Objection> {
    if a.id == b.id {
        return Some(Objection::SameAssessment { id: a.id.clone() });
    }
    if !same_name(&a.organization.name, &b.organization.name) {
        return Some(Objection::DifferentOrganizations {
            first: a.organization.name.clone(),
            second: b.organization.name.clone(),
        });
    }
    None
}

/// What a comparison of `before` and `after` must say beside its numbers: an objection
/// overridden, and each side that is a draft (its answers may still change).
pub fn warnings(before: &Assessment, after: &Assessment) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Some(objection) = objection(before, after) {
        warnings.push(crate::tr!(
            "core-warning-compared-although",
            objection = objection.to_string()
        ));
    }
    if before.status == Status::Draft {
        warnings.push(crate::tr!(
            "core-warning-draft-before",
            id = sanitize(&before.id, false)
        ));
    }
    if after.status == Status::Draft {
        warnings.push(crate::tr!(
            "core-warning-draft-after",
            id = sanitize(&after.id, false)
        ));
    }
    warnings
}

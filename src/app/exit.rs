//! The exit status a failed run ends with, for the wizards and the command line alike.

use crate::error::{EXIT_INVALID, EXIT_RUNTIME, InvalidInput};
use crate::store::{AssessmentError, OrganizationError};

/// The exit status a failed run should end with: bad input anywhere in the chain of
/// causes (an [`InvalidInput`], an assessment id that is unsafe, unknown or ambiguous, or a
/// refused rename or merge of organizations)
/// is [`EXIT_INVALID`], anything else [`EXIT_RUNTIME`].
pub fn exit_code(report: &color_eyre::eyre::Report) -> i32 {
    let invalid = |e: &(dyn std::error::Error + 'static)| {
        e.downcast_ref::<InvalidInput>().is_some()
            || e.downcast_ref::<AssessmentError>()
                .is_some_and(AssessmentError::is_invalid_input)
            || e.downcast_ref::<OrganizationError>().is_some()
    };
    if report.chain().any(invalid) {
        EXIT_INVALID
    } else {
        EXIT_RUNTIME
    }
}

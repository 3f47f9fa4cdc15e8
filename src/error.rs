//! Errors that decide the exit code, and how a failed run is reported.

use std::fmt;

/// Bad usage or invalid input: the program exits with status 2 instead of 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

impl fmt::Display for InvalidInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InvalidInput {}

/// Exit status for success.
pub const EXIT_OK: i32 = 0;
/// Exit status for a runtime error.
pub const EXIT_RUNTIME: i32 = 1;
/// Exit status for bad usage or invalid input.
pub const EXIT_INVALID: i32 = 2;

/// The exit status a failed run should end with.
pub fn exit_code(report: &color_eyre::eyre::Report) -> i32 {
    if report
        .chain()
        .any(|e| e.downcast_ref::<InvalidInput>().is_some())
    {
        EXIT_INVALID
    } else {
        EXIT_RUNTIME
    }
}

/// The text of a failed run's report for the terminal: the message with its causes, as
/// one `a: b: c` line, sanitised once here for every error, since messages quote file
/// names and file content (`crate::text::sanitize`; line breaks of multi-line messages
/// are kept).
pub fn message(report: &color_eyre::eyre::Report) -> String {
    crate::text::sanitize(&format!("{report:#}"), true)
}

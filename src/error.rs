//! Bad input, the exit statuses, and how a failed run is reported. Which status a failed
//! run ends with is decided in the application layer (`app::exit_code`), which knows the
//! store's errors too.
//!
//! An error ecoready reports (bad input, a file it cannot read, a full disk) is a message
//! for the user, not a bug: it carries no backtrace, so `RUST_BACKTRACE=1` in the
//! environment does not make every failed run capture and resolve one (39 MB and up to a
//! quarter of a second). A panic is a bug: it keeps color-eyre's report and backtrace.

use std::fmt;

use color_eyre::eyre::{self, EyreHandler};

use crate::tr;

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

/// Installs color-eyre's panic report (with a backtrace when `RUST_BACKTRACE` asks for
/// one) and, for errors, [`UserErrorHandler`], which captures nothing.
pub fn install_hooks() -> Result<(), eyre::InstallError> {
    let (panic_hook, _) = color_eyre::config::HookBuilder::default().into_hooks();
    panic_hook.install();
    eyre::set_hook(Box::new(|_| Box::new(UserErrorHandler)))
}

/// Formats an error report as a message and its causes, with no backtrace or other
/// sections; creating one costs nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct UserErrorHandler;

impl EyreHandler for UserErrorHandler {
    fn debug(
        &self,
        error: &(dyn std::error::Error + 'static),
        f: &mut fmt::Formatter<'_>,
    ) -> fmt::Result {
        write!(f, "{error}")?;
        for cause in eyre::Chain::new(error).skip(1) {
            write!(f, "\n\n{}", tr!("app-caused-by", cause = cause.to_string()))?;
        }
        Ok(())
    }
}

/// The text of a failed run's report for the terminal: the message with its causes, as
/// one `a: b: c` line, sanitised once here for every error, since messages quote file
/// names and file content (`crate::text::sanitize`; line breaks of multi-line messages
/// are kept).
pub fn message(report: &color_eyre::eyre::Report) -> String {
    crate::text::sanitize(&format!("{report:#}"), true)
}

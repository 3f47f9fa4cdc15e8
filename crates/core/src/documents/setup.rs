//! Where ecoready keeps things (`ecoready paths`) and what `ecoready init --shared` wrote:
//! the shared data directory and this machine's state folder for it, always side by side,
//! so nobody looks for a cache or a lock in a folder the team shares.

use serde::Serialize;

use super::JSON_SCHEMA_VERSION;

/// `ecoready paths --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathsDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The data directory: what a team may share.
    pub data_dir: String,
    /// This machine's index caches and rename journal for that data directory.
    pub state_dir: String,
    /// This machine's draft locks for it.
    pub locks_dir: String,
    /// The user's settings file (`config.yaml`), if the platform has a config directory.
    pub config_file: Option<String>,
}

impl PathsDocument {
    /// The document of these paths.
    pub fn new(data_dir: String, state_dir: String, locks_dir: String) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            data_dir,
            state_dir,
            locks_dir,
            config_file: None,
        }
    }
}

/// `ecoready init --shared DIR --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedSetupDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The data directory and this machine's state folder for it.
    pub paths: PathsDocument,
    /// `.gitignore`, `.gitattributes` and `.stignore`, in that order.
    pub files: Vec<SharedFileSummary>,
}

/// What `init --shared` did to one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedFileSummary {
    /// The file's path.
    pub path: String,
    /// `created`, `unchanged` or `lines_added`.
    pub change: &'static str,
    /// The lines appended to a file that existed (empty otherwise).
    pub added: Vec<String>,
}

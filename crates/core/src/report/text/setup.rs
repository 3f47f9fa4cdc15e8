//! `ecoready paths` and `ecoready init --shared` as text.

use crate::documents::{PathsDocument, SharedSetupDocument};
use crate::text::sanitize;

/// Every place ecoready reads or writes, shared or per-machine.
pub fn paths(document: &PathsDocument) -> String {
    let mut out = format!(
        "Data directory (may be shared): {}\n\
         Per-machine state (index caches, rename journal; never shared): {}\n\
         Draft locks (this machine only): {}\n",
        sanitize(&document.data_dir, false),
        sanitize(&document.state_dir, false),
        sanitize(&document.locks_dir, false),
    );
    if let Some(config) = &document.config_file {
        out.push_str(&format!(
            "Settings (this user): {}\n",
            sanitize(config, false)
        ));
    }
    out
}

/// What `init --shared` wrote, file by file, then where both directories are.
pub fn shared_setup(document: &SharedSetupDocument) -> String {
    let mut out = String::new();
    for file in &document.files {
        let path = sanitize(&file.path, false);
        let line = match file.change {
            "created" => format!("Wrote {path}.\n"),
            "unchanged" => format!("{path} already had every line; left as it was.\n"),
            _ => format!(
                "{path} existed: kept as it was, with these lines added at its end: {}\n",
                file.added
                    .iter()
                    .map(|l| sanitize(l, false))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        out.push_str(&line);
    }
    out.push_str(&paths(&document.paths));
    out.push_str("Share the data directory (see docs/teams.md); the rest stays on this machine.\n");
    out
}

//! `ecoready paths` and `ecoready init --shared` as text.

use crate::documents::{PathsDocument, SharedSetupDocument};
use crate::text::sanitize;
use crate::tr;

/// Every place ecoready reads or writes, shared or per-machine.
pub fn paths(document: &PathsDocument) -> String {
    let mut out = format!(
        "{}\n",
        tr!(
            "report-paths",
            data = sanitize(&document.data_dir, false),
            state = sanitize(&document.state_dir, false),
            locks = sanitize(&document.locks_dir, false)
        )
    );
    if let Some(config) = &document.config_file {
        out.push_str(&format!(
            "{}\n",
            tr!("report-paths-settings", config = sanitize(config, false))
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
            "created" => tr!("report-setup-wrote", path = path),
            "unchanged" => tr!("report-setup-unchanged", path = path),
            _ => tr!(
                "report-setup-extended",
                path = path,
                lines = file
                    .added
                    .iter()
                    .map(|l| sanitize(l, false))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&paths(&document.paths));
    out.push_str(tr!("report-setup-share"));
    out.push('\n');
    out
}

//! `ecoready init --shared`: the files that make a data directory safe to share through
//! git or a sync folder. Each lists what the tool carrying the files must leave alone or
//! leave as it is; the lines are merged into a file the user already has (missing lines
//! appended and reported, nothing removed or reordered), so running it again changes
//! nothing and a user's own lines stay.
//!
//! Why these lines:
//! - `.gitignore` and `.stignore`: every per-machine or temporary file an ecoready could
//!   ever leave in the data directory: half-written saves (`.ecoready-tmp-*`), and the
//!   index caches, draft locks and rename journal earlier versions kept there (a
//!   colleague on an older version may still write them).
//! - `.gitattributes`: `*.yaml -text`. Git then never converts line ends of assessment,
//!   map and questionnaire files, in either direction, whatever `core.autocrlf` says: every
//!   clone has the bytes ecoready wrote, so digests and checksums over those bytes hold.
//!   `eol=lf` would also keep LF in checkouts, but normalises on commit: a file that has
//!   CRLF for any reason (a hand edit on Windows) would differ between the working copy
//!   and the repository, and show as modified on every machine.

use std::path::{Path, PathBuf};

use crate::tr;
use color_eyre::eyre::{Result, WrapErr};

use super::files::{self, Links};
use super::write_atomically;

/// What `init --shared` did to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SharedFileChange {
    /// It did not exist and was written.
    Created,
    /// It already held every line.
    Unchanged,
    /// It existed without these lines, which were appended (the rest left as it was).
    LinesAdded(Vec<String>),
}

/// One file of a shared data directory and what was done to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedFile {
    /// Its path.
    pub path: PathBuf,
    /// What changed.
    pub change: SharedFileChange,
}

/// Per-machine or temporary files ecoready may leave in a data directory, as ignore
/// patterns (the same syntax for git and Syncthing).
const PER_MACHINE: &[&str] = &[
    ".ecoready-tmp-*",
    "*.lock",
    "/index.json",
    "/index-scores.json",
    "/index-noise.json",
    "/.rename-journal.json",
];

/// The files, each with its comment marker, heading and lines.
fn shared_files() -> [(&'static str, &'static str, Vec<&'static str>); 3] {
    [
        (".gitignore", "#", PER_MACHINE.to_vec()),
        (".gitattributes", "#", vec!["*.yaml -text"]),
        (".stignore", "//", PER_MACHINE.to_vec()),
    ]
}

/// Largest ignore file read back (they hold a few lines).
const MAX_BYTES: usize = 1024 * 1024;

/// Writes or completes `.gitignore`, `.gitattributes` and `.stignore` in `root`.
pub fn write_shared_files(root: &Path) -> Result<Vec<SharedFile>> {
    let mut done = Vec::new();
    for (name, comment, lines) in shared_files() {
        let path = root.join(name);
        let heading = format!("{comment} Written by `ecoready init --shared`: see docs/teams.md.");
        let existing = match files::read_limited(&path, MAX_BYTES, Links::Refuse) {
            Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) if e.is_not_found() => None,
            Err(e) => {
                return Err(color_eyre::eyre::eyre!("{}", e.describe()))
                    .wrap_err_with(|| tr!("store-read-failed", path = path.display().to_string()));
            }
        };
        let (text, change) = match existing {
            None => {
                let text = format!("{heading}\n{}\n", lines.join("\n"));
                (Some(text), SharedFileChange::Created)
            }
            Some(text) => {
                let missing: Vec<String> = lines
                    .iter()
                    .filter(|line| !text.lines().any(|l| l.trim() == **line))
                    .map(|line| (*line).to_string())
                    .collect();
                if missing.is_empty() {
                    (None, SharedFileChange::Unchanged)
                } else {
                    let mut merged = text;
                    if !merged.is_empty() && !merged.ends_with('\n') {
                        merged.push('\n');
                    }
                    merged.push_str(&format!("{heading}\n{}\n", missing.join("\n")));
                    (Some(merged), SharedFileChange::LinesAdded(missing))
                }
            }
        };
        if let Some(text) = text {
            write_atomically(&path, text.as_bytes())?;
        }
        done.push(SharedFile { path, change });
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_run_changes_nothing_and_a_users_lines_stay() {
        let dir = tempfile::tempdir().unwrap();
        let gitignore = dir.path().join(".gitignore");
        std::fs::write(&gitignore, "reports/\n*.lock").unwrap();
        let first = write_shared_files(dir.path()).unwrap();
        let added: Vec<String> = PER_MACHINE
            .iter()
            .filter(|l| **l != "*.lock")
            .map(|l| l.to_string())
            .collect();
        assert_eq!(first[0].change, SharedFileChange::LinesAdded(added));
        assert_eq!(first[1].change, SharedFileChange::Created);
        let text = std::fs::read_to_string(&gitignore).unwrap();
        assert!(text.starts_with("reports/\n*.lock\n# Written by"), "{text}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(".gitattributes")).unwrap(),
            "# Written by `ecoready init --shared`: see docs/teams.md.\n*.yaml -text\n"
        );
        let second = write_shared_files(dir.path()).unwrap();
        assert!(
            second
                .iter()
                .all(|f| f.change == SharedFileChange::Unchanged)
        );
        assert_eq!(std::fs::read_to_string(&gitignore).unwrap(), text);
    }
}

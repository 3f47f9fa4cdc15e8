//! Reports written from the screens, kept in the data directory's `reports/` folder.

use std::path::PathBuf;

use crate::tr;
use color_eyre::eyre::{Result, eyre};

use super::Store;
use super::atomic::{create_private_dir, write_under_free_name};

/// Most numbered names tried when reports of the same name already exist.
const MAX_SUFFIX: usize = 10_000;

impl Store {
    /// Where reports written from the screens go.
    pub fn reports_dir(&self) -> PathBuf {
        self.root().join("reports")
    }

    /// Writes a report atomically as `reports/<file_name>`, or `<stem>-2.<ext>`,
    /// `<stem>-3.<ext>`, ... when that name is taken (two respondents of one firm on one
    /// day give the same name), and returns its path. No report is ever overwritten. The
    /// name must be a plain file name.
    pub fn write_report(&self, file_name: &str, text: &str) -> Result<PathBuf> {
        let plain = !file_name.is_empty()
            && !file_name.starts_with('.')
            && file_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !plain {
            let name = format!("{file_name:?}");
            return Err(eyre!("{}", tr!("store-report-bad-name", name = name)));
        }
        let dir = self.reports_dir();
        create_private_dir(&dir)?;
        let name = match file_name.rsplit_once('.') {
            Some((stem, extension)) if !stem.is_empty() => (stem, Some(extension)),
            _ => (file_name, None),
        };
        let check = |path: &std::path::Path| self.check_write(path);
        if let Some(path) = write_under_free_name(&dir, name, text.as_bytes(), MAX_SUFFIX, check)? {
            return Ok(path);
        }
        Err(eyre!(
            "{}",
            tr!(
                "store-reports-too-many",
                dir = dir.display().to_string(),
                count = MAX_SUFFIX.to_string(),
                name = file_name
            )
        ))
    }
}

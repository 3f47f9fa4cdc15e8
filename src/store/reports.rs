//! Reports written from the screens, kept in the data directory's `reports/` folder.

use std::path::PathBuf;

use color_eyre::eyre::{Result, eyre};

use super::Store;
use super::atomic::{create_private_dir, write_atomically};

impl Store {
    /// Where reports written from the screens go.
    pub fn reports_dir(&self) -> PathBuf {
        self.root().join("reports")
    }

    /// Writes a report atomically as `reports/<file_name>` (replacing an earlier report of
    /// the same name) and returns its path. The name must be a plain file name.
    pub fn write_report(&self, file_name: &str, text: &str) -> Result<PathBuf> {
        let plain = !file_name.is_empty()
            && !file_name.starts_with('.')
            && file_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !plain {
            return Err(eyre!("not a plain file name for a report: {file_name:?}"));
        }
        let dir = self.reports_dir();
        create_private_dir(&dir)?;
        let path = dir.join(file_name);
        self.check_write(&path)?;
        write_atomically(&path, text.as_bytes())?;
        Ok(path)
    }
}

//! `export`: reports in Markdown, HTML, CSV and JSON.

use clap::Args;
use color_eyre::eyre::{Result, eyre};

use crate::store::Store;

/// Flags of `ecoready export`.
#[derive(Debug, Args, Clone)]
pub struct ExportArgs {
    /// Assessment id (or unique prefix) to report on.
    pub id: Option<String>,
}

/// `ecoready export`.
pub fn export(_store: &Store, _args: &ExportArgs) -> Result<u8> {
    Err(eyre!("export is not available yet"))
}

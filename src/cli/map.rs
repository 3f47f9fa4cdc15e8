//! `map`: an organization's ecosystem map.

use color_eyre::eyre::{Result, eyre};

use crate::store::Store;

/// `ecoready map --org NAME`.
pub fn map(_store: &Store, _org: &str, _json: bool) -> Result<u8> {
    Err(eyre!("map is not available yet"))
}

//! `compare`, `trend`, `round` and `remove`.

use color_eyre::eyre::{Result, eyre};

use crate::store::Store;

/// `ecoready compare A B`.
pub fn compare(_store: &Store, _a: &str, _b: &str, _json: bool) -> Result<u8> {
    Err(eyre!("compare is not available yet"))
}

/// `ecoready trend --org NAME`.
pub fn trend(_store: &Store, _org: &str, _json: bool) -> Result<u8> {
    Err(eyre!("trend is not available yet"))
}

/// `ecoready round --org NAME [--round LABEL]`.
pub fn round(_store: &Store, _org: &str, _round: Option<&str>, _json: bool) -> Result<u8> {
    Err(eyre!("round is not available yet"))
}

/// `ecoready remove ID`.
pub fn remove(_store: &Store, _id: &str, _yes: bool) -> Result<u8> {
    Err(eyre!("remove is not available yet"))
}

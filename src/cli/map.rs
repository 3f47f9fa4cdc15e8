//! `map`: an organization's ecosystem map, by layer, with what it shows.

use color_eyre::eyre::{Report, Result};

use super::output::{print, print_json, warn_skipped};
use crate::documents::MapDocument;
use crate::ecomap;
use crate::error::InvalidInput;
use crate::report::text;
use crate::store::Store;
use crate::text::sanitize;
use crate::tr;

/// `ecoready map --org NAME [--json]`: the latest map of the organization (matched
/// ignoring case; versions saved in parallel merged, and said so) with its insights and
/// the changes since the map of an earlier day. No map is [`InvalidInput`].
pub fn map(store: &Store, org: &str, json: bool) -> Result<u8> {
    let (versions, problems) = store.map_lineage(org);
    warn_skipped(&problems);
    let resolved = ecomap::resolve(&versions);
    let Some((latest, insights)) = ecomap::resolved_insights(&resolved) else {
        return Err(Report::new(InvalidInput(tr!(
            "cli-map-none",
            org = sanitize(org.trim(), false)
        ))));
    };
    if json {
        return print_json(&MapDocument::new(latest, &insights));
    }
    print(&text::map(latest, &insights, versions.len()))
}

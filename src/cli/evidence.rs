//! `ecoready evidence`: the instrument report over every assessment in the data directory
//! (computed by [`crate::evidence`]), as text or one JSON document.

use color_eyre::eyre::Result;

use super::commands::choose_questionnaire;
use super::output::{print, print_json, warn_skipped};
use crate::app::evidence::gather;
use crate::report::text;
use crate::store::Store;

/// `ecoready evidence [--questionnaire ID|FILE] [--json]`: by default the built-in
/// questionnaire's current version.
pub fn evidence(store: &Store, questionnaire: Option<&str>, json: bool) -> Result<u8> {
    let loaded = choose_questionnaire(questionnaire)?;
    let gathered = gather(store, &loaded)?;
    warn_skipped(&gathered.skipped);
    if json {
        return print_json(&gathered.document);
    }
    print(&text::evidence(&gathered.document))
}

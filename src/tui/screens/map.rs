//! The ecosystem map screen: partners by layer, with forms to add, edit and remove them,
//! filters by layer and sector, and the insights beside the map. Every change saves a new
//! version of the map; earlier versions are never touched.

mod columns;
mod form;
mod panel;
mod picker;
mod query;
mod receive;
mod state;
mod view;

use std::collections::HashSet;

use color_eyre::eyre::Result;
use unicode_width::UnicodeWidthStr;

pub use columns::{partner_label, partner_line};
pub use form::{Field as FormField, FormOutcome, PartnerForm};
pub use picker::{Choice, OrganizationRow, Picker};
pub use state::{MapState, View};
pub use view::render;

use crate::assessment::now;
use crate::ecomap::{self, EcosystemMap, Version};
use crate::store::{Store, map_version_name};
use crate::text::name_key;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Screen};

/// Store work the map screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum MapEffect {
    /// List the organizations known from assessments and maps.
    ListOrganizations,
    /// Read every version of this organization's map.
    Load(String),
    /// Save this map as a new version (the shell stamps the time).
    Save(Box<EcosystemMap>),
}

/// Results of map effects, fed back into `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum MapMsg {
    /// The organizations for the picker.
    Organizations(Vec<OrganizationRow>),
    /// Every version of an organization's map (oldest first) and how many map files could
    /// not be read.
    Loaded {
        /// The organization as asked for.
        organization: String,
        /// Its map versions, oldest first; the merge of versions saved in parallel last.
        history: Vec<EcosystemMap>,
        /// The versions the map shown rests on (a save names them in `based_on`).
        heads: Vec<String>,
        /// What merging versions saved in parallel did, when it did.
        notice: Option<String>,
        /// Unreadable files skipped.
        skipped: usize,
    },
    /// A new version was saved.
    Saved(Box<Saved>),
}

/// A save's result: the map now, and what came from versions saved elsewhere meanwhile.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The map as saved (merged with versions saved elsewhere since it was opened).
    pub map: EcosystemMap,
    /// Every version now, oldest first.
    pub history: Vec<EcosystemMap>,
    /// The version the map shown now is (a save from here names it in `based_on`).
    pub heads: Vec<String>,
    /// What the merge with versions saved elsewhere did, when there were any.
    pub notice: Option<String>,
}

/// Opens the map screen: the organization's map if one is given, otherwise the list of
/// organizations to choose from.
pub fn open(app: &mut App, organization: Option<String>) {
    let (state, effect) = match organization {
        Some(name) => (MapState::loading(false), MapEffect::Load(name)),
        None => (MapState::picking(), MapEffect::ListOrganizations),
    };
    app.overlay = None;
    app.screen = Screen::Map(Box::new(state));
    app.effect(Effect::Map(effect));
}

/// Ctrl-C on the map screen: a partner form with a name is saved before the program
/// leaves (call from `App::quit`; the main loop runs the save before it ends).
pub fn on_quit(app: &mut App) {
    if let Screen::Map(state) = &mut app.screen
        && let Some(effect) = state.finish_on_quit()
    {
        app.effect(Effect::Map(effect));
    }
}

/// Runs a map effect against the store.
pub fn perform(store: &Store, effect: MapEffect) -> Result<Option<Action>> {
    let message = match effect {
        MapEffect::ListOrganizations => MapMsg::Organizations(organization_rows(store)),
        MapEffect::Load(organization) => {
            let (versions, problems) = store.map_lineage(&organization);
            let resolved = ecomap::resolve(&versions);
            MapMsg::Loaded {
                organization,
                notice: resolved.merge.as_ref().map(|m| m.sentence(None)),
                history: resolved.history,
                heads: resolved.heads,
                skipped: problems.len(),
            }
        }
        MapEffect::Save(map) => MapMsg::Saved(Box::new(save(store, *map)?)),
    };
    Ok(Some(Action::Map(message)))
}

/// Saves the screen's map as a new version made from the versions it names in
/// `based_on`, its changed partners stamped with the time. When versions were saved
/// elsewhere since (another window, a pull, a sync), the screen's version is not the
/// newest word: the merge of it with them is saved on top, based on every head, so no
/// partner another advisor added is dropped.
fn save(store: &Store, mut map: EcosystemMap) -> Result<Saved> {
    // Never earlier than the version it replaces, so it sorts as the newest even if the
    // clock went back.
    map.saved_at = now().max(map.saved_at);
    let mut versions = store.map_lineage_of(&map.organization)?;
    let base = ecomap::merge::map_of(&versions, &map.based_on);
    map.stamp_edits(base.as_ref(), map.saved_at);
    let path = store.save_map(&map)?;
    let ours = map_version_name(&path);
    versions.push(Version {
        name: ours.clone(),
        map: map.clone(),
    });
    let resolved = ecomap::resolve(&versions);
    let Some(merge) = resolved.merge else {
        return Ok(Saved {
            map,
            history: resolved.history,
            heads: resolved.heads,
            notice: None,
        });
    };
    let mut merged = resolved.history.last().cloned().unwrap_or(map);
    merged.saved_at = merged.saved_at.max(now());
    let mut notice = merge.sentence(Some(&ours));
    let mut history = resolved.history;
    let heads = match store.save_map(&merged) {
        Ok(path) => {
            history.pop();
            history.push(merged.clone());
            vec![map_version_name(&path)]
        }
        // Our version is saved: readers merge it with the others all the same.
        Err(e) => {
            notice.push(' ');
            notice.push_str(&tr!("tui-map-merged-not-saved", reason = format!("{e:#}")));
            resolved.heads
        }
    };
    Ok(Saved {
        map: merged,
        history,
        heads,
        notice: Some(notice),
    })
}

/// Organizations from assessments (the index's listing) and from maps (one pass over
/// `maps/`), each once, sorted ignoring case, with their maps' dates and partners.
fn organization_rows(store: &Store) -> Vec<OrganizationRow> {
    let mut rows: Vec<OrganizationRow> = Vec::new();
    let mut seen = HashSet::new();
    for summary in store.map_summaries() {
        if seen.insert(name_key(&summary.organization)) {
            rows.push(OrganizationRow {
                latest: Some((
                    summary.saved_at.format("%Y-%m-%d").to_string(),
                    summary.partners,
                )),
                name: summary.organization,
            });
        }
    }
    // The index's summaries, not the assessment files: one JSON file at 40,000.
    let listing = store.summaries();
    for summary in &listing.summaries {
        let name = summary.assessment.organization.name.trim();
        if !name.is_empty() && seen.insert(name_key(name)) {
            rows.push(OrganizationRow {
                name: name.to_string(),
                latest: None,
            });
        }
    }
    rows.sort_by_cached_key(|row| row.name.to_lowercase());
    rows
}

/// Cuts text to at most `width` terminal columns, marking a cut with an ellipsis.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

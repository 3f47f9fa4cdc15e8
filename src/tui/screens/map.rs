//! The ecosystem map screen: partners by layer, with forms to add, edit and remove them,
//! filters by layer and sector, and the insights beside the map. Every change saves a new
//! version of the map; earlier versions are never touched.

mod columns;
mod form;
mod panel;
mod picker;
mod query;
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
use crate::ecomap::EcosystemMap;
use crate::store::Store;
use crate::text::name_key;
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
        /// Its map versions, oldest first.
        history: Vec<EcosystemMap>,
        /// Unreadable files skipped.
        skipped: usize,
    },
    /// A new version was saved.
    Saved(Box<EcosystemMap>),
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
            let (history, problems) = store.map_versions(&organization);
            MapMsg::Loaded {
                organization,
                history,
                skipped: problems.len(),
            }
        }
        MapEffect::Save(map) => {
            let mut map = *map;
            // Never earlier than the version it replaces, so it sorts as the newest even
            // if the clock went back.
            map.saved_at = now().max(map.saved_at);
            store.save_map(&map)?;
            MapMsg::Saved(Box::new(map))
        }
    };
    Ok(Some(Action::Map(message)))
}

/// Organizations from assessments and from maps, each once, sorted ignoring case.
fn organization_rows(store: &Store) -> Vec<OrganizationRow> {
    let mut names: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    let listing = store.list();
    let from_assessments = listing
        .assessments
        .iter()
        .map(|a| a.organization.name.trim().to_string());
    for name in store
        .mapped_organizations()
        .into_iter()
        .chain(from_assessments)
    {
        if !name.is_empty() && seen.insert(name_key(&name)) {
            names.push(name);
        }
    }
    names.sort_by_key(|n| n.to_lowercase());
    names
        .into_iter()
        .map(|name| {
            let latest = store.latest_map(&name).ok().flatten().map(|map| {
                (
                    map.saved_at.format("%Y-%m-%d").to_string(),
                    map.partners.len(),
                )
            });
            OrganizationRow { name, latest }
        })
        .collect()
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

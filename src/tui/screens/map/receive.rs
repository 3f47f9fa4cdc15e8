//! How the map screen takes in what the store did: the organizations listed, a map
//! loaded (merged when versions were saved in parallel), a version saved.

use super::{MapMsg, MapState, View};
use crate::assessment::Timestamp;
use crate::ecomap::EcosystemMap;
use crate::strings;
use crate::text::same_name;
use crate::tui::outcome::Outcome;

impl MapState {
    /// Applies a store result.
    pub fn receive(&mut self, message: MapMsg) -> Outcome {
        match message {
            MapMsg::Organizations(rows) => {
                if let View::Picker(picker) = &mut self.view {
                    picker.rows = Some(rows);
                    picker.move_by(0);
                }
                Outcome::Nothing
            }
            MapMsg::Loaded {
                organization,
                history,
                heads,
                notice,
                skipped,
            } => {
                let organization = history
                    .last()
                    .map_or(organization.trim().to_string(), |m| m.organization.clone());
                let mut map = history.last().cloned().unwrap_or_else(|| {
                    EcosystemMap::new(organization.clone(), Timestamp::default())
                });
                // The next save is made from what is shown: the one version, or the
                // merge of the versions saved in parallel.
                self.merged = heads.len() > 1;
                map.based_on = heads;
                self.map = Some(map);
                self.organization = Some(organization);
                self.notice = notice;
                self.history = history;
                self.skipped = skipped;
                self.unsaved = false;
                self.focus = 0;
                self.selected = [0; 3];
                self.layer_filter = None;
                self.sector_filter = None;
                self.view = View::Map;
                Outcome::Nothing
            }
            MapMsg::Saved(saved) => {
                let same = self
                    .organization
                    .as_deref()
                    .is_some_and(|o| same_name(o, &saved.map.organization));
                if !same {
                    return Outcome::Nothing;
                }
                let super::Saved {
                    mut map,
                    history,
                    heads,
                    notice,
                } = *saved;
                self.merged = heads.len() > 1;
                map.based_on = heads;
                self.map = Some(map);
                self.history = history;
                self.unsaved = false;
                let said = match notice.is_some() {
                    true => strings::map_saved_merged(),
                    false => strings::map_saved(),
                };
                self.notice = notice;
                Outcome::Say(said.to_string(), false)
            }
        }
    }
}

//! What the map screen shows, derived from its state: the insights, the columns, the
//! partners each column lists under the filters, and the selection.

use super::MapState;
use crate::assessment::Timestamp;
use crate::ecomap::{self, EcosystemMap, Insights, Layer, Partner, baseline, sector_key};
use crate::strings;
use crate::text::sanitize;
use crate::tr;

impl MapState {
    /// The insights of the map shown, with changes since [`ecomap::baseline`].
    pub fn insights(&self) -> Insights {
        let empty;
        let map = match &self.map {
            Some(map) => map,
            None => {
                empty = EcosystemMap::new("", Timestamp::default());
                &empty
            }
        };
        // The map shown may hold an unsaved change; compare it with the baseline of the
        // saved versions plus itself.
        let mut versions = self.history.clone();
        if versions.last() != Some(map) {
            versions.push(map.clone());
        }
        ecomap::insights(map, baseline(&versions))
    }

    /// The layers shown as columns.
    pub fn columns(&self) -> Vec<Layer> {
        match self.layer_filter {
            Some(layer) => vec![layer],
            None => Layer::ALL.to_vec(),
        }
    }

    /// The focused layer.
    pub fn focus_layer(&self) -> Layer {
        self.layer_filter
            .unwrap_or(Layer::ALL[self.focus.min(Layer::ALL.len() - 1)])
    }

    /// The partners of a layer that pass the sector filter, strongest tie first, then by
    /// name.
    pub fn visible(&self, layer: Layer) -> Vec<&Partner> {
        let Some(map) = &self.map else {
            return Vec::new();
        };
        map.in_layer(layer)
            .into_iter()
            .filter(|p| {
                self.sector_filter
                    .as_ref()
                    .is_none_or(|wanted| sector_key(&p.sector) == *wanted)
            })
            .collect()
    }

    /// The selected row of a layer's column, kept within its partners.
    pub fn selected_in(&self, layer: Layer) -> usize {
        let count = self.visible(layer).len();
        self.selected[layer.index()].min(count.saturating_sub(1))
    }

    /// The selected partner of the focused column.
    pub fn selected_partner(&self) -> Option<&Partner> {
        let layer = self.focus_layer();
        self.visible(layer).get(self.selected_in(layer)).copied()
    }

    /// "all layers" or the one layer shown.
    pub fn layer_filter_label(&self) -> String {
        match self.layer_filter {
            Some(layer) => layer.title().to_lowercase(),
            None => strings::map_all_layers().to_string(),
        }
    }

    /// "all sectors" or the one sector shown.
    pub fn sector_filter_label(&self) -> String {
        match self.sector_filter.as_deref() {
            None => strings::map_all_sectors().to_string(),
            Some("") => strings::map_no_sector().to_string(),
            Some(key) => self
                .map
                .iter()
                .flat_map(|m| &m.partners)
                .find(|p| sector_key(&p.sector) == key)
                .map_or(key.to_string(), |p| {
                    tr!("tui-map-sector", sector = sanitize(p.sector.trim(), false))
                }),
        }
    }

    /// Every sector key of the map, sorted, with `""` last when a partner has no sector.
    pub(super) fn sector_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .map
            .iter()
            .flat_map(|m| &m.partners)
            .map(|p| sector_key(&p.sector))
            .collect();
        keys.sort();
        keys.dedup();
        if keys.first().is_some_and(String::is_empty) {
            keys.remove(0);
            keys.push(String::new());
        }
        keys
    }
}

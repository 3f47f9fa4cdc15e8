//! Questionnaires: the model, loading (built-in and from files) and validation.
//!
//! Pure: loading takes text, never a path on disk; the store and the CLI read files.

mod load;
mod model;
mod response;
pub mod translation;
mod validate;

pub use load::{
    BUILTIN, BUILTIN_ORIGIN, Builtin, LoadError, Loaded, RETIRED, builtin, builtin_with_digest,
    builtins, digest, parse, retired,
};
pub use model::{
    Band, DefaultReliability, Dimension, Facet, Item, Questionnaire, Scale, ScaleOption,
};
pub use response::{DONT_KNOW, Response};
pub use validate::{ValidationError, validate};

/// An item together with where it sits in the questionnaire.
#[derive(Debug, Clone, Copy)]
pub struct ItemRef<'q> {
    /// Position over the whole questionnaire, from 0.
    pub index: usize,
    /// Index of its dimension.
    pub dimension_index: usize,
    /// The dimension it belongs to.
    pub dimension: &'q Dimension,
    /// The facet it belongs to.
    pub facet: &'q Facet,
    /// The item itself.
    pub item: &'q Item,
}

/// One choice a respondent can make for an item, in the order shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The value recorded and scored.
    pub value: u8,
    /// What the respondent reads.
    pub label: String,
}

impl Questionnaire {
    /// Whether some items ask for agreement with a statement and others for a described
    /// level: averaged together they are not one kind of number, and results must say so.
    pub fn mixes_scale_kinds(&self) -> bool {
        let has = |agreement: bool| {
            self.items().any(|r| {
                matches!(
                    self.scales.get(&r.item.scale),
                    Some(Scale::Agreement { .. })
                ) == agreement
            })
        };
        has(true) && has(false)
    }

    /// Every item in the order asked, with its dimension and facet.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.dimensions
            .iter()
            .enumerate()
            .flat_map(|(dimension_index, dimension)| {
                dimension.facets.iter().flat_map(move |facet| {
                    facet
                        .items
                        .iter()
                        .map(move |item| (dimension_index, dimension, facet, item))
                })
            })
            .enumerate()
            .map(
                |(index, (dimension_index, dimension, facet, item))| ItemRef {
                    index,
                    dimension_index,
                    dimension,
                    facet,
                    item,
                },
            )
    }

    /// How many items the questionnaire has.
    pub fn item_count(&self) -> usize {
        self.dimensions
            .iter()
            .flat_map(|d| &d.facets)
            .map(|f| f.items.len())
            .sum()
    }

    /// The item at a position over the whole questionnaire.
    pub fn item_at(&self, index: usize) -> Option<ItemRef<'_>> {
        self.items().nth(index)
    }

    /// The item with this id.
    pub fn find_item(&self, id: &str) -> Option<ItemRef<'_>> {
        self.items().find(|r| r.item.id == id)
    }

    /// The lowest and highest value an item's scale allows, or `None` if its scale is missing.
    pub fn value_range(&self, item: &Item) -> Option<(u8, u8)> {
        match self.scales.get(&item.scale)? {
            Scale::Agreement { options } => {
                let min = options.iter().map(|o| o.value).min()?;
                let max = options.iter().map(|o| o.value).max()?;
                Some((min, max))
            }
            Scale::Anchored { levels } => Some((1, *levels)),
        }
    }

    /// How many points the item's scale has (A in the agreement index).
    pub fn scale_points(&self, item: &Item) -> Option<usize> {
        match self.scales.get(&item.scale)? {
            Scale::Agreement { options } => Some(options.len()),
            Scale::Anchored { levels } => Some(usize::from(*levels)),
        }
    }

    /// The choices shown for an item, in order (without "don't know", which every item has).
    pub fn choices(&self, item: &Item) -> Vec<Choice> {
        match self.scales.get(&item.scale) {
            Some(Scale::Agreement { options }) => options
                .iter()
                .map(|o| Choice {
                    value: o.value,
                    label: o.label.clone(),
                })
                .collect(),
            Some(Scale::Anchored { levels }) => (1..=*levels)
                .map(|level| Choice {
                    value: level,
                    label: item
                        .anchors
                        .get(usize::from(level) - 1)
                        .cloned()
                        .unwrap_or_default(),
                })
                .collect(),
            None => Vec::new(),
        }
    }

    /// The band a score on 0-100 falls in.
    pub fn band_for(&self, score: f64) -> Option<&Band> {
        let last = self.bands.len().checked_sub(1)?;
        self.bands.iter().enumerate().find_map(|(i, band)| {
            let inside =
                score >= band.min && (score < band.max || (i == last && score <= band.max));
            inside.then_some(band)
        })
    }

    /// The name to show for the band named `name` (as score snapshots record it): the
    /// translated name in a translated questionnaire, else `name` itself.
    pub fn band_label<'a>(&'a self, name: &'a str) -> &'a str {
        self.bands
            .iter()
            .find(|b| b.name == name)
            .map_or(name, Band::label)
    }

    /// The advice for a dimension at a band, empty when the questionnaire has none.
    pub fn advice_for(&self, dimension_id: &str, band: &str) -> &[String] {
        self.advice
            .get(dimension_id)
            .and_then(|by_band| by_band.get(band))
            .map_or(&[], Vec::as_slice)
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}

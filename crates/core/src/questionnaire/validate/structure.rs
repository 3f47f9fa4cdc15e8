//! Rules for the tree of the questionnaire: dimensions, their facets and items, each
//! item's scale and, on an anchored scale, one anchor per level.

use super::{Checker, counted, listing};
use crate::limits;
use crate::questionnaire::model::{Dimension, Facet, Item, Questionnaire, Scale};

impl Checker {
    pub(super) fn dimensions(&mut self, q: &Questionnaire) {
        if q.dimensions.is_empty() {
            self.fail(
                "dimensions",
                "the questionnaire has no dimensions; it needs at least one",
            );
        }
        for (d, dimension) in q.dimensions.iter().enumerate() {
            let path = format!("dimensions[{d}]");
            self.dimension(q, &path, dimension);
        }
        let items = q.item_count();
        if items > limits::MAX_ITEMS {
            self.fail(
                "dimensions",
                format!(
                    "the questionnaire has {items} items; at most {} are allowed, so that \
                     every assessment with a note on each item can still be saved and read",
                    limits::MAX_ITEMS
                ),
            );
        }
    }

    fn dimension(&mut self, q: &Questionnaire, path: &str, dimension: &Dimension) {
        let id = &dimension.id;
        self.id(path, "dimension", id);
        self.text(
            format!("{path}.title"),
            &format!("the title of dimension `{id}`"),
            &dimension.title,
        );
        let what = format!("the summary of dimension `{id}`");
        self.text(format!("{path}.summary"), &what, &dimension.summary);
        self.weight(format!("{path}.weight"), "dimension", id, dimension.weight);
        if let Some(r) = &dimension.reliability {
            self.reliability(path, &format!("dimension `{id}`"), r);
        }
        if dimension.facets.is_empty() {
            self.fail(
                format!("{path}.facets"),
                format!("dimension `{id}` has no facets; it needs at least one"),
            );
        }
        for (f, facet) in dimension.facets.iter().enumerate() {
            self.facet(q, &format!("{path}.facets[{f}]"), facet);
        }
    }

    fn facet(&mut self, q: &Questionnaire, path: &str, facet: &Facet) {
        let id = &facet.id;
        self.id(path, "facet", id);
        self.text(
            format!("{path}.title"),
            &format!("the title of facet `{id}`"),
            &facet.title,
        );
        self.weight(format!("{path}.weight"), "facet", id, facet.weight);
        if let Some(r) = &facet.reliability {
            self.reliability(path, &format!("facet `{id}`"), r);
        }
        if let Some(advice) = &facet.advice {
            let what = format!("the advice of facet `{id}`");
            self.text(format!("{path}.advice"), &what, advice);
        }
        if facet.items.is_empty() {
            self.fail(
                format!("{path}.items"),
                format!("facet `{id}` has no items; it needs at least one"),
            );
        }
        for (i, item) in facet.items.iter().enumerate() {
            self.item(q, &format!("{path}.items[{i}]"), item);
        }
    }

    fn item(&mut self, q: &Questionnaire, path: &str, item: &Item) {
        let id = &item.id;
        self.id(path, "item", id);
        for (name, value) in [
            ("text", &item.text),
            ("help", &item.help),
            ("probe", &item.probe),
        ] {
            self.text(
                format!("{path}.{name}"),
                &format!("the {name} of item `{id}`"),
                value,
            );
        }
        let scale_name = &item.scale;
        match q.scales.get(scale_name) {
            None => {
                let defined: Vec<&str> = q.scales.keys().map(String::as_str).collect();
                self.fail(
                    format!("{path}.scale"),
                    format!(
                        "item `{id}` uses scale `{scale_name}`, which is not defined in `scales` (defined: {})",
                        listing(&defined)
                    ),
                );
            }
            Some(Scale::Agreement { .. }) => {
                if !item.anchors.is_empty() {
                    self.fail(
                        format!("{path}.anchors"),
                        format!(
                            "item `{id}` uses agreement scale `{scale_name}`, which shows its own labels, \
                             so its {} anchors would never be shown; remove them or use an anchored scale",
                            item.anchors.len()
                        ),
                    );
                }
            }
            Some(Scale::Anchored { levels }) => self.anchors(path, item, *levels),
        }
    }

    fn anchors(&mut self, path: &str, item: &Item, levels: u8) {
        let (id, scale_name, count) = (&item.id, &item.scale, item.anchors.len());
        if count != usize::from(levels) {
            self.fail(
                format!("{path}.anchors"),
                format!(
                    "item `{id}` has {} but scale `{scale_name}` has {}; \
                     give one description per level, level 1 first",
                    counted(count, "anchor"),
                    counted(usize::from(levels), "level")
                ),
            );
        }
        for (i, anchor) in item.anchors.iter().enumerate() {
            let what = format!("the anchor for level {} of item `{id}`", i + 1);
            self.text(format!("{path}.anchors[{i}]"), &what, anchor);
        }
        if item.reverse {
            self.fail(
                format!("{path}.reverse"),
                format!(
                    "item `{id}` is anchored and marked `reverse`; anchors already run from least to \
                     most ready, so write them in that order instead"
                ),
            );
        }
    }
}

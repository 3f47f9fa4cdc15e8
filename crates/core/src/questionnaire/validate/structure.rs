//! Rules for the tree of the questionnaire: dimensions, their facets and items, each
//! item's scale and, on an anchored scale, one anchor per level.

use super::{Checker, listing};
use crate::limits;
use crate::questionnaire::model::{Dimension, Facet, Item, Questionnaire, Scale};
use crate::tr;

impl Checker {
    pub(super) fn dimensions(&mut self, q: &Questionnaire) {
        if q.dimensions.is_empty() {
            self.fail("dimensions", tr!("core-validate-no-dimensions"));
        }
        for (d, dimension) in q.dimensions.iter().enumerate() {
            let path = format!("dimensions[{d}]");
            self.dimension(q, &path, dimension);
        }
        let items = q.item_count();
        if items > limits::MAX_ITEMS {
            self.fail(
                "dimensions",
                tr!(
                    "core-validate-too-many-items",
                    items = items.to_string(),
                    max = limits::MAX_ITEMS
                ),
            );
        }
    }

    fn dimension(&mut self, q: &Questionnaire, path: &str, dimension: &Dimension) {
        let id = &dimension.id;
        self.id(path, "dimension", id);
        self.text(
            format!("{path}.title"),
            &tr!("core-validate-what-dimension-title", id = id.as_str()),
            &dimension.title,
        );
        let what = tr!("core-validate-what-dimension-summary", id = id.as_str());
        self.text(format!("{path}.summary"), &what, &dimension.summary);
        self.weight(format!("{path}.weight"), "dimension", id, dimension.weight);
        if let Some(r) = &dimension.reliability {
            let what = tr!("core-validate-what-dimension", id = id.as_str());
            self.reliability(path, &what, r);
        }
        if dimension.facets.is_empty() {
            self.fail(
                format!("{path}.facets"),
                tr!("core-validate-no-facets", id = id.as_str()),
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
            &tr!("core-validate-what-facet-title", id = id.as_str()),
            &facet.title,
        );
        self.weight(format!("{path}.weight"), "facet", id, facet.weight);
        if let Some(r) = &facet.reliability {
            let what = tr!("core-validate-what-facet", id = id.as_str());
            self.reliability(path, &what, r);
        }
        if let Some(advice) = &facet.advice {
            let what = tr!("core-validate-what-facet-advice", id = id.as_str());
            self.text(format!("{path}.advice"), &what, advice);
        }
        if facet.items.is_empty() {
            self.fail(
                format!("{path}.items"),
                tr!("core-validate-no-items", id = id.as_str()),
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
            let what = match name {
                "text" => tr!("core-validate-what-item-text", id = id.as_str()),
                "help" => tr!("core-validate-what-item-help", id = id.as_str()),
                _ => tr!("core-validate-what-item-probe", id = id.as_str()),
            };
            self.text(format!("{path}.{name}"), &what, value);
        }
        let scale_name = &item.scale;
        match q.scales.get(scale_name) {
            None => {
                let defined: Vec<&str> = q.scales.keys().map(String::as_str).collect();
                self.fail(
                    format!("{path}.scale"),
                    tr!(
                        "core-validate-unknown-scale",
                        id = id.as_str(),
                        scale = scale_name.as_str(),
                        defined = listing(&defined)
                    ),
                );
            }
            Some(Scale::Agreement { .. }) => {
                if !item.anchors.is_empty() {
                    self.fail(
                        format!("{path}.anchors"),
                        tr!(
                            "core-validate-anchors-on-agreement",
                            id = id.as_str(),
                            scale = scale_name.as_str(),
                            count = item.anchors.len()
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
                tr!(
                    "core-validate-anchor-count",
                    id = id.as_str(),
                    anchors = count,
                    scale = scale_name.as_str(),
                    levels = levels
                ),
            );
        }
        for (i, anchor) in item.anchors.iter().enumerate() {
            let what = tr!("core-validate-what-anchor", level = i + 1, id = id.as_str());
            self.text(format!("{path}.anchors[{i}]"), &what, anchor);
        }
        if item.reverse {
            self.fail(
                format!("{path}.reverse"),
                tr!("core-validate-anchored-reverse", id = id.as_str()),
            );
        }
    }
}

//! Checks a translation against its questionnaire: the right questionnaire and version, a
//! language ecoready speaks, every text of the source translated once, nothing else, the
//! same number of level descriptions and bands, and placeholders kept.

use std::collections::BTreeMap;

use super::model::Translation;
use crate::i18n::Lang;
use crate::questionnaire::validate::locate::Locator;
use crate::questionnaire::{Questionnaire, Scale, ValidationError};
use crate::tr;

/// Every problem of `translation` as a translation of `questionnaire`, in file order;
/// `source` is the translation's text, used to find lines. Empty when it is sound.
pub fn validate(
    translation: &Translation,
    questionnaire: &Questionnaire,
    source: &str,
) -> Vec<ValidationError> {
    let mut check = Checker {
        locator: Locator::new(source),
        errors: Vec::new(),
    };
    check.header(translation, questionnaire);
    check.scales(translation, questionnaire);
    check.bands(translation, questionnaire);
    check.dimensions(translation, questionnaire);
    check.facets(translation, questionnaire);
    check.items(translation, questionnaire);
    check.advice(translation, questionnaire);
    let mut errors = check.errors;
    errors.sort_by_key(|e| e.line.unwrap_or(usize::MAX));
    errors
}

struct Checker {
    locator: Locator,
    errors: Vec<ValidationError>,
}

/// Which kind of id a translation names, for the messages about missing and unknown ids.
#[derive(Clone, Copy)]
enum Kind {
    Scale,
    Dimension,
    Facet,
    Item,
}

impl Checker {
    fn fail(&mut self, field: String, message: String) {
        self.errors.push(ValidationError {
            line: self.locator.line(&field),
            field,
            message,
        });
    }

    /// A translated text: not empty, and with the source's placeholders.
    fn text(&mut self, field: String, source: &str, translated: &str) {
        if translated.trim().is_empty() {
            self.fail(field, tr!("language-check-empty").to_string());
            return;
        }
        let (expected, found) = (placeholders(source), placeholders(translated));
        if expected != found {
            let message = tr!(
                "language-check-placeholders",
                expected = shown(&expected),
                found = shown(&found)
            );
            self.fail(field, message);
        }
    }

    /// An optional text the translation must have exactly when the source has it.
    fn optional(&mut self, field: String, source: Option<&str>, translated: Option<&str>) {
        match (source, translated) {
            (Some(source), Some(translated)) => self.text(field, source, translated),
            (Some(_), None) => {
                let message = tr!("language-check-field-missing", field = field.as_str());
                self.fail(field, message);
            }
            (None, Some(_)) => {
                let message = tr!("language-check-field-extra", field = field.as_str());
                self.fail(field, message);
            }
            (None, None) => {}
        }
    }

    /// Reports the ids `expected` lacks in `given` and the ids `given` has that are not
    /// expected, under the map at `path`.
    fn same_ids<V>(
        &mut self,
        path: &str,
        kind: Kind,
        expected: &[&str],
        given: &BTreeMap<String, V>,
    ) {
        for id in expected.iter().filter(|id| !given.contains_key(**id)) {
            let message = match kind {
                Kind::Scale => tr!("language-check-missing-scale", id = *id),
                Kind::Dimension => tr!("language-check-missing-dimension", id = *id),
                Kind::Facet => tr!("language-check-missing-facet", id = *id),
                Kind::Item => tr!("language-check-missing-item", id = *id),
            };
            self.fail(format!("{path}.{id}"), message);
        }
        let known = listing(expected);
        for id in given.keys().filter(|id| !expected.contains(&id.as_str())) {
            let id = id.as_str();
            let message = match kind {
                Kind::Scale => tr!("language-check-unknown-scale", id = id, known = &known),
                Kind::Dimension => {
                    tr!("language-check-unknown-dimension", id = id, known = &known)
                }
                Kind::Facet => tr!("language-check-unknown-facet", id = id, known = &known),
                Kind::Item => tr!("language-check-unknown-item", id = id, known = &known),
            };
            self.fail(format!("{path}.{id}"), message);
        }
    }

    fn header(&mut self, t: &Translation, q: &Questionnaire) {
        if t.translates != q.id {
            let message = tr!(
                "language-check-wrong-questionnaire",
                translates = t.translates.as_str(),
                id = q.id.as_str()
            );
            self.fail("translates".into(), message);
        }
        if t.version != q.version {
            let message = tr!(
                "language-check-wrong-version",
                version = t.version.as_str(),
                actual = q.version.as_str(),
                id = q.id.as_str()
            );
            self.fail("version".into(), message);
        }
        let spoken: Vec<&str> = Lang::SHIPPED.iter().map(|l| l.code()).collect();
        if !spoken.contains(&t.language.as_str()) {
            let message = tr!(
                "language-check-unknown-language",
                language = t.language.as_str(),
                known = listing(&spoken)
            );
            self.fail("language".into(), message);
        } else if t.language == q.language {
            let message = tr!(
                "language-check-same-language",
                language = t.language.as_str()
            );
            self.fail("language".into(), message);
        }
        self.text("title".into(), &q.title, &t.title);
        self.text("description".into(), &q.description, &t.description);
        self.optional(
            "results_note".into(),
            q.results_note.as_deref(),
            t.results_note.as_deref(),
        );
    }

    fn scales(&mut self, t: &Translation, q: &Questionnaire) {
        let agreement: Vec<&str> = q
            .scales
            .iter()
            .filter(|(_, scale)| matches!(scale, Scale::Agreement { .. }))
            .map(|(name, _)| name.as_str())
            .collect();
        self.same_ids("scales", Kind::Scale, &agreement, &t.scales);
        for (name, scale) in &q.scales {
            let (Scale::Agreement { options }, Some(texts)) = (scale, t.scales.get(name)) else {
                continue;
            };
            let path = format!("scales.{name}.options");
            for option in options {
                match texts.options.get(&option.value) {
                    Some(label) => {
                        self.text(format!("{path}.{}", option.value), &option.label, label)
                    }
                    None => {
                        let message = tr!(
                            "language-check-missing-option",
                            value = option.value.to_string(),
                            scale = name.as_str()
                        );
                        self.fail(path.clone(), message);
                    }
                }
            }
            for value in texts.options.keys() {
                if !options.iter().any(|o| o.value == *value) {
                    let message = tr!(
                        "language-check-unknown-option",
                        value = value.to_string(),
                        scale = name.as_str()
                    );
                    self.fail(format!("{path}.{value}"), message);
                }
            }
        }
    }

    fn bands(&mut self, t: &Translation, q: &Questionnaire) {
        if t.bands.len() != q.bands.len() {
            let message = tr!(
                "language-check-band-count",
                expected = q.bands.len(),
                count = t.bands.len()
            );
            self.fail("bands".into(), message);
        }
        for (i, (band, texts)) in q.bands.iter().zip(&t.bands).enumerate() {
            self.text(format!("bands[{i}].name"), &band.name, &texts.name);
            self.text(format!("bands[{i}].meaning"), &band.meaning, &texts.meaning);
        }
    }

    fn dimensions(&mut self, t: &Translation, q: &Questionnaire) {
        let ids: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        self.same_ids("dimensions", Kind::Dimension, &ids, &t.dimensions);
        for dimension in &q.dimensions {
            if let Some(texts) = t.dimensions.get(&dimension.id) {
                let path = format!("dimensions.{}", dimension.id);
                self.text(format!("{path}.title"), &dimension.title, &texts.title);
                self.text(
                    format!("{path}.summary"),
                    &dimension.summary,
                    &texts.summary,
                );
            }
        }
    }

    fn facets(&mut self, t: &Translation, q: &Questionnaire) {
        let facets: Vec<_> = q.dimensions.iter().flat_map(|d| &d.facets).collect();
        let ids: Vec<&str> = facets.iter().map(|f| f.id.as_str()).collect();
        self.same_ids("facets", Kind::Facet, &ids, &t.facets);
        for facet in facets {
            if let Some(texts) = t.facets.get(&facet.id) {
                let path = format!("facets.{}", facet.id);
                self.text(format!("{path}.title"), &facet.title, &texts.title);
                self.optional(
                    format!("{path}.advice"),
                    facet.advice.as_deref(),
                    texts.advice.as_deref(),
                );
            }
        }
    }

    fn items(&mut self, t: &Translation, q: &Questionnaire) {
        let ids: Vec<&str> = q.items().map(|r| r.item.id.as_str()).collect();
        self.same_ids("items", Kind::Item, &ids, &t.items);
        for item in q.items().map(|r| r.item) {
            let Some(texts) = t.items.get(&item.id) else {
                continue;
            };
            let path = format!("items.{}", item.id);
            self.text(format!("{path}.text"), &item.text, &texts.text);
            self.text(format!("{path}.help"), &item.help, &texts.help);
            self.text(format!("{path}.probe"), &item.probe, &texts.probe);
            if texts.anchors.len() != item.anchors.len() {
                let message = tr!(
                    "language-check-anchor-count",
                    id = item.id.as_str(),
                    expected = item.anchors.len(),
                    count = texts.anchors.len()
                );
                self.fail(format!("{path}.anchors"), message);
                continue;
            }
            for (i, (source, translated)) in item.anchors.iter().zip(&texts.anchors).enumerate() {
                self.text(format!("{path}.anchors[{i}]"), source, translated);
            }
        }
    }

    fn advice(&mut self, t: &Translation, q: &Questionnaire) {
        for (dimension, by_band) in &q.advice {
            let given = t.advice.get(dimension);
            for (band, steps) in by_band {
                let path = format!("advice.{dimension}.{band}");
                let Some(translated) = given.and_then(|b| b.get(band)) else {
                    let message = tr!(
                        "language-check-missing-advice",
                        dimension = dimension.as_str(),
                        band = band.as_str()
                    );
                    self.fail(path, message);
                    continue;
                };
                if translated.is_empty() {
                    self.fail(path.clone(), tr!("language-check-empty").to_string());
                }
                let source = steps.join("\n");
                for (i, step) in translated.iter().enumerate() {
                    // Steps may be split or merged in translation; their placeholders are
                    // checked over the whole list below.
                    if step.trim().is_empty() {
                        self.fail(format!("{path}[{i}]"), tr!("language-check-empty").into());
                    }
                }
                if placeholders(&source) != placeholders(&translated.join("\n")) {
                    let message = tr!(
                        "language-check-placeholders",
                        expected = shown(&placeholders(&source)),
                        found = shown(&placeholders(&translated.join("\n")))
                    );
                    self.fail(path, message);
                }
            }
        }
        for (dimension, by_band) in &t.advice {
            for band in by_band.keys() {
                let known = q
                    .advice
                    .get(dimension)
                    .is_some_and(|b| b.contains_key(band));
                if !known {
                    let message = tr!(
                        "language-check-unknown-advice",
                        dimension = dimension.as_str(),
                        band = band.as_str()
                    );
                    self.fail(format!("advice.{dimension}.{band}"), message);
                }
            }
        }
    }
}

/// The `{…}` placeholders of a text, sorted, so two texts with the same ones in another
/// order (as another language's word order needs) compare equal.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        found.push(&rest[open..=open + close]);
        rest = &rest[open + close + 1..];
    }
    found.sort_unstable();
    found
}

/// Placeholders for a message: `{a}, {b}`, or `—` when there are none.
fn shown(placeholders: &[&str]) -> String {
    if placeholders.is_empty() {
        "—".to_string()
    } else {
        placeholders.join(", ")
    }
}

/// Ids for a message: `a, b`.
fn listing(ids: &[&str]) -> String {
    ids.join(", ")
}

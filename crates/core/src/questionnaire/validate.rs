//! Validation rules for questionnaires, each giving the line and field of the problem.
//!
//! Shape errors (unknown or missing fields, wrong types, duplicate keys) are caught while
//! parsing; these rules check what the types cannot express: references, uniqueness,
//! bands covering 0-100, positive weights, one anchor per level, and non-empty text.

pub(super) mod locate;
mod reliability;
mod scales_and_bands;
mod structure;

use std::collections::HashMap;

use super::model::Questionnaire;
use crate::limits;
use crate::text::plain_number as num;
use crate::tr;
use locate::Locator;

/// One broken rule: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// 1-based line in the source text, where it can be found.
    pub line: Option<usize>,
    /// Path of the field, e.g. `dimensions[0].facets[1].items[2].scale`.
    pub field: String,
    /// What is wrong, in words a person understands.
    pub message: String,
}

impl ValidationError {
    /// `file:line: field: message` (without the line when it is not known).
    pub fn describe(&self, file: &str) -> String {
        match self.line {
            Some(line) => format!("{file}:{line}: {}: {}", self.field, self.message),
            None => format!("{file}: {}: {}", self.field, self.message),
        }
    }
}

/// Checks every rule of DESIGN; `source` is the text the questionnaire was parsed from,
/// used to find line numbers. Returns every problem found, in document order.
pub fn validate(questionnaire: &Questionnaire, source: &str) -> Vec<ValidationError> {
    let mut check = Checker {
        locator: Locator::new(source),
        errors: Vec::new(),
        ids: HashMap::new(),
    };
    check.header(questionnaire);
    check.scales(questionnaire);
    check.bands(&questionnaire.bands);
    check.dimensions(questionnaire);
    check.advice(questionnaire);
    let mut errors = check.errors;
    // Scales and advice are maps read in key order; people read the file top to bottom.
    errors.sort_by_key(|e| e.line.unwrap_or(usize::MAX));
    errors
}

/// Walks the questionnaire once, collecting every problem with its field path.
struct Checker {
    locator: Locator,
    errors: Vec<ValidationError>,
    /// Every dimension, facet and item id seen so far: what it named and where.
    ids: HashMap<String, (&'static str, String)>,
}

/// The names a reference could have used, for messages: `a, b` or `none`.
fn listing(names: &[&str]) -> String {
    if names.is_empty() {
        tr!("core-validate-none").to_string()
    } else {
        names.join(", ")
    }
}

/// The name of a kind of id (`dimension`, `facet`, `item`, `questionnaire`) in the
/// current language.
fn kind_word(kind: &str) -> &'static str {
    match kind {
        "dimension" => tr!("core-validate-kind-dimension"),
        "facet" => tr!("core-validate-kind-facet"),
        "item" => tr!("core-validate-kind-item"),
        _ => tr!("core-validate-kind-questionnaire"),
    }
}

impl Checker {
    fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        self.errors.push(ValidationError {
            line: self.locator.line(&field),
            field,
            message: message.into(),
        });
    }

    /// Required text: `what` names it, e.g. "the `title` of facet `ownership`".
    fn text(&mut self, field: String, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, tr!("core-validate-empty", what = what));
        }
    }

    /// Checks an id's spelling and, for dimensions, facets and items, its uniqueness.
    fn id(&mut self, path: &str, kind: &'static str, id: &str) {
        let field = if path.is_empty() {
            "id".to_string()
        } else {
            format!("{path}.id")
        };
        if id.trim().is_empty() {
            self.fail(field, tr!("core-validate-id-empty", kind = kind_word(kind)));
            return;
        }
        if id.chars().count() > limits::MAX_ID_CHARS {
            self.fail(
                field.clone(),
                tr!(
                    "core-validate-id-too-long",
                    kind = kind_word(kind),
                    max = limits::MAX_ID_CHARS
                ),
            );
        }
        let allowed =
            |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-';
        let starts_well = id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit());
        if !id.chars().all(allowed) || !starts_well {
            self.fail(
                field.clone(),
                tr!("core-validate-id-spelling", kind = kind_word(kind), id = id),
            );
        }
        if kind == "questionnaire" {
            return;
        }
        match self.ids.get(id) {
            Some((first_kind, first_path)) => {
                let message = match self.locator.line(first_path) {
                    Some(line) => tr!(
                        "core-validate-id-taken-at-line",
                        kind = kind_word(kind),
                        id = id,
                        first_kind = kind_word(first_kind),
                        first_path = first_path.as_str(),
                        line = line
                    ),
                    None => tr!(
                        "core-validate-id-taken",
                        kind = kind_word(kind),
                        id = id,
                        first_kind = kind_word(first_kind),
                        first_path = first_path.as_str()
                    ),
                };
                self.fail(field, message);
            }
            None => {
                self.ids.insert(id.to_string(), (kind, path.to_string()));
            }
        }
    }

    fn weight(&mut self, field: String, kind: &str, id: &str, weight: f64) {
        if !(weight.is_finite() && weight > 0.0) {
            self.fail(
                field,
                tr!(
                    "core-validate-weight",
                    kind = kind_word(kind),
                    id = id,
                    weight = num(weight)
                ),
            );
        }
    }

    fn header(&mut self, q: &Questionnaire) {
        self.id("", "questionnaire", &q.id);
        self.text(
            "version".into(),
            tr!("core-validate-what-version"),
            &q.version,
        );
        self.text("title".into(), tr!("core-validate-what-title"), &q.title);
        if let Some(note) = &q.results_note {
            self.text(
                "results_note".into(),
                tr!("core-validate-what-results-note"),
                note,
            );
        }
    }

    fn advice(&mut self, q: &Questionnaire) {
        let band_names: Vec<&str> = q.bands.iter().map(|b| b.name.as_str()).collect();
        for (dimension, by_band) in &q.advice {
            let path = format!("advice.{dimension}");
            if q.dimension(dimension).is_none() {
                let known: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
                self.fail(
                    path.clone(),
                    tr!(
                        "core-validate-advice-unknown-dimension",
                        dimension = dimension.as_str(),
                        known = listing(&known)
                    ),
                );
            }
            for (band, steps) in by_band {
                let path = format!("{path}.{band}");
                if !band_names.contains(&band.as_str()) {
                    self.fail(
                        path.clone(),
                        tr!(
                            "core-validate-advice-unknown-band",
                            dimension = dimension.as_str(),
                            band = band.as_str(),
                            known = listing(&band_names)
                        ),
                    );
                }
                if steps.is_empty() {
                    self.fail(
                        path.clone(),
                        tr!(
                            "core-validate-advice-empty",
                            dimension = dimension.as_str(),
                            band = band.as_str()
                        ),
                    );
                }
                for (i, step) in steps.iter().enumerate() {
                    let what = tr!(
                        "core-validate-what-advice-step",
                        step = i + 1,
                        dimension = dimension.as_str(),
                        band = band.as_str()
                    );
                    self.text(format!("{path}[{i}]"), &what, step);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    const VALID: &str =
        include_str!("../../../../tests/fixtures/questionnaires/valid-minimal.yaml");

    fn errors_for(text: &str) -> Vec<ValidationError> {
        let questionnaire: Questionnaire = yaml::from_str(text).expect("well-formed");
        validate(&questionnaire, text)
    }

    #[test]
    fn ids_allow_lowercase_digits_underscore_and_dash_only() {
        let cases = [
            ("a-1_b", true),
            ("9lives", true),
            ("-lead", false),
            ("_lead", false),
            ("caf\u{e9}", false),
            ("a.b", false),
            ("a/b", false),
        ];
        for (id, allowed) in cases {
            let text = VALID.replace("- id: sv_goal_2", &format!("- id: \"{id}\""));
            let errors = errors_for(&text);
            assert_eq!(errors.is_empty(), allowed, "{id}: {errors:?}");
        }
    }

    #[test]
    fn an_empty_id_is_reported_once() {
        let errors = errors_for(&VALID.replace("- id: sv_goal_2", "- id: \" \""));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, Some(41));
        assert!(errors[0].message.contains("empty"), "{}", errors[0].message);
    }

    #[test]
    fn without_a_matching_source_line_the_error_has_no_line() {
        let mut questionnaire: Questionnaire = yaml::from_str(VALID).expect("well-formed");
        questionnaire.dimensions[0].weight = 0.0;
        let errors = validate(&questionnaire, "");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, None);
        assert_eq!(
            errors[0].describe("q.yaml"),
            "q.yaml: dimensions[0].weight: dimension `shared_vision` has weight 0; \
             weights must be numbers greater than 0"
        );
    }

    #[test]
    fn too_many_items_and_too_long_ids_are_refused() {
        let mut questionnaire: Questionnaire = yaml::from_str(VALID).expect("well-formed");
        let facet = &mut questionnaire.dimensions[0].facets[0];
        let template = facet.items[0].clone();
        let mut n = 0;
        while questionnaire.item_count() <= limits::MAX_ITEMS {
            let mut item = template.clone();
            item.id = format!("extra_{n}");
            questionnaire.dimensions[0].facets[0].items.push(item);
            n += 1;
        }
        let errors = validate(&questionnaire, "");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.contains("at most 200"), "{errors:?}");

        let long = "i".repeat(limits::MAX_ID_CHARS + 1);
        let errors = errors_for(&VALID.replace("- id: sv_goal_2", &format!("- id: {long}")));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.contains("longer than 64"), "{errors:?}");
    }

    #[test]
    fn facet_advice_is_optional_but_never_empty() {
        let with_advice = VALID.replace(
            "        title: Goal alignment\n",
            "        title: Goal alignment\n        advice: Ask partners about their goals first.\n",
        );
        let questionnaire: Questionnaire = yaml::from_str(&with_advice).expect("well-formed");
        assert_eq!(
            questionnaire.dimensions[0].facets[0].advice.as_deref(),
            Some("Ask partners about their goals first.")
        );
        assert!(errors_for(&with_advice).is_empty());

        let blank = VALID.replace(
            "        title: Goal alignment\n",
            "        title: Goal alignment\n        advice: \" \"\n",
        );
        let errors = errors_for(&blank);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].field, "dimensions[0].facets[0].advice");
        assert_eq!(errors[0].line, Some(35));
        assert!(
            errors[0]
                .message
                .contains("advice of facet `goal_alignment` is empty"),
            "{}",
            errors[0].message
        );
    }
}

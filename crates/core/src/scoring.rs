//! Scoring as DESIGN fixes it: percent of maximum per item, means per facet, weighted means
//! per dimension and overall, coverage and bands. Pure functions; every number is
//! reproducible by hand.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::questionnaire::{Item, Questionnaire, Response};

mod missing;

pub use missing::{Missing, MissingSummary, Unscored, not_enough_answers};

/// A facet needs at least this share of its items answered to be scored, a dimension this
/// share of its facets (counted in whole numbers by [`needed`]).
pub const MIN_FACET_COVERAGE: f64 = 2.0 / 3.0;

/// Above this share of "don't know" answers a score points at a knowledge gap.
pub const KNOWLEDGE_GAP_SHARE: f64 = 0.3;

/// One score with its band and how much of it was answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// 0-100, or `None` when there were not enough answers.
    pub value: Option<f64>,
    /// The band the value falls in.
    pub band: Option<String>,
    /// Items answered with a value.
    pub answered: usize,
    /// Items answered "don't know".
    pub dont_know: usize,
    /// Items in scope.
    pub total: usize,
}

impl Score {
    /// Share of items answered with a value, 0-1.
    pub fn coverage(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.answered as f64 / self.total as f64
        }
    }

    /// Items with a response: a value or "don't know".
    pub fn responded(&self) -> usize {
        self.answered + self.dont_know
    }

    /// More than [`KNOWLEDGE_GAP_SHARE`] of the items were answered "don't know".
    pub fn knowledge_gap(&self) -> bool {
        self.total > 0 && self.dont_know as f64 / self.total as f64 > KNOWLEDGE_GAP_SHARE
    }
}

/// A facet's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacetScore {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The score.
    pub score: Score,
}

/// A dimension's score and its facets' scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionScore {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The score.
    pub score: Score,
    /// Its facets, in questionnaire order.
    pub facets: Vec<FacetScore>,
}

/// Names the facet with the lowest score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacetRef {
    /// Dimension id.
    pub dimension: String,
    /// Facet id.
    pub facet: String,
}

/// All scores of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    /// Overall readiness.
    pub overall: Score,
    /// Every dimension, in questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// Id of the scored dimension with the lowest score (the first on a tie).
    pub weakest_dimension: Option<String>,
    /// The scored facet with the lowest score (the first on a tie).
    pub weakest_facet: Option<FacetRef>,
}

impl Scores {
    /// These scores with the dimension and facet titles of `q` (found by id): a snapshot
    /// taken in the language an assessment was answered in, shown in another.
    pub fn with_titles_of(mut self, q: &Questionnaire) -> Self {
        for dimension in &mut self.dimensions {
            let Some(source) = q.dimension(&dimension.id) else {
                continue;
            };
            dimension.title.clone_from(&source.title);
            for facet in &mut dimension.facets {
                if let Some(f) = source.facets.iter().find(|f| f.id == facet.id) {
                    facet.title.clone_from(&f.title);
                }
            }
        }
        self
    }

    /// The score of a dimension by id.
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}

/// An item's score on 0-100: `100 * (v - min) / (max - min)`, reversed first for reverse
/// items; `None` for don't know, a value outside the scale, or an unknown scale.
pub fn item_score(q: &Questionnaire, item: &Item, response: Response) -> Option<f64> {
    let Response::Value(value) = response else {
        return None;
    };
    let (min, max) = q.value_range(item)?;
    if value < min || value > max || max == min {
        return None;
    }
    let (min, max, value) = (f64::from(min), f64::from(max), f64::from(value));
    let value = if item.reverse {
        min + max - value
    } else {
        value
    };
    Some(100.0 * (value - min) / (max - min))
}

/// Scores every facet, dimension and the whole questionnaire from the responses by item id,
/// under the coverage rules (see [`Scores::with_coverage_rules`]).
pub fn score(q: &Questionnaire, responses: &BTreeMap<String, Response>) -> Scores {
    let dimensions: Vec<DimensionScore> =
        q.dimensions
            .iter()
            .map(|dimension| {
                let facets: Vec<FacetScore> = dimension
                    .facets
                    .iter()
                    .map(|facet| {
                        let mut item_scores = Vec::new();
                        let mut dont_know = 0;
                        for item in &facet.items {
                            match responses.get(&item.id) {
                                Some(Response::DontKnow) => dont_know += 1,
                                Some(&response) => {
                                    item_scores.extend(item_score(q, item, response))
                                }
                                None => {}
                            }
                        }
                        let total = facet.items.len();
                        let value = enough(item_scores.len(), total)
                            .then(|| mean(&item_scores))
                            .flatten();
                        FacetScore {
                            id: facet.id.clone(),
                            title: facet.title.clone(),
                            score: banded(q, value, item_scores.len(), dont_know, total),
                        }
                    })
                    .collect();
                let value =
                    weighted_mean(dimension.facets.iter().zip(&facets).filter_map(
                        |(facet, scored)| scored.score.value.map(|v| (v, facet.weight)),
                    ));
                let (answered, dont_know, total) = sum_counts(facets.iter().map(|f| &f.score));
                DimensionScore {
                    id: dimension.id.clone(),
                    title: dimension.title.clone(),
                    score: banded(q, value, answered, dont_know, total),
                    facets,
                }
            })
            .collect();
    // Every dimension's mean here; the rules below drop it when a dimension is missing.
    let overall_value = weighted_mean(
        q.dimensions
            .iter()
            .zip(&dimensions)
            .filter_map(|(dimension, scored)| scored.score.value.map(|v| (v, dimension.weight))),
    );
    let (answered, dont_know, total) = sum_counts(dimensions.iter().map(|d| &d.score));
    Scores {
        overall: banded(q, overall_value, answered, dont_know, total),
        dimensions,
        weakest_dimension: None,
        weakest_facet: None,
    }
    .with_coverage_rules()
}

/// The fewest of `total` parts that make two thirds of them: 2 of 3, 1 of 1, 3 of 4.
pub fn needed(total: usize) -> usize {
    (2 * total).div_ceil(3)
}

/// `count` of `total` parts is at least two thirds (in whole numbers, so 2 of 3 is enough).
fn enough(count: usize, total: usize) -> bool {
    total > 0 && count >= needed(total)
}

impl Scores {
    /// These scores under the coverage rules: a facet needs two thirds of its items answered
    /// (already applied by [`score`]), a dimension two thirds of its facets scored, the
    /// overall score every dimension scored; a score that fails its rule loses its value and
    /// band, and the weakest areas are named among the scored ones only.
    ///
    /// Also applied to score snapshots saved by an ecoready whose rules were looser, so
    /// none of them shows a verdict its answers do not support: the values that pass are
    /// the same weighted means either way.
    pub fn with_coverage_rules(mut self) -> Scores {
        for dimension in &mut self.dimensions {
            for facet in &mut dimension.facets {
                if !enough(facet.score.answered, facet.score.total) {
                    facet.score.clear();
                }
            }
            if !enough(dimension.scored_facets(), dimension.facets.len()) {
                dimension.score.clear();
            }
        }
        if self.dimensions.is_empty() || self.dimensions.iter().any(|d| d.score.value.is_none()) {
            self.overall.clear();
        }
        self.weakest_dimension = lowest(
            self.dimensions
                .iter()
                .map(|d| (d.score.value, d.id.clone())),
        );
        self.weakest_facet = lowest(self.dimensions.iter().flat_map(|d| {
            d.facets.iter().map(|f| {
                (
                    f.score.value,
                    FacetRef {
                        dimension: d.id.clone(),
                        facet: f.id.clone(),
                    },
                )
            })
        }));
        self
    }
}

impl Score {
    /// No value and so no band: not enough answers.
    fn clear(&mut self) {
        self.value = None;
        self.band = None;
    }
}

fn banded(
    q: &Questionnaire,
    value: Option<f64>,
    answered: usize,
    dont_know: usize,
    total: usize,
) -> Score {
    Score {
        value,
        band: value.and_then(|v| q.band_for(v)).map(|b| b.name.clone()),
        answered,
        dont_know,
        total,
    }
}

fn sum_counts<'a>(scores: impl Iterator<Item = &'a Score>) -> (usize, usize, usize) {
    scores.fold((0, 0, 0), |(a, d, t), s| {
        (a + s.answered, d + s.dont_know, t + s.total)
    })
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The mean of `(value, weight)` pairs weighted by their weights; `None` without weight.
pub fn weighted_mean(pairs: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = pairs.fold((0.0, 0.0), |(s, w), (value, weight)| {
        (s + value * weight, w + weight)
    });
    (weights > 0.0).then(|| sum / weights)
}

/// The entry with the lowest value, the first one on a tie; entries without a value are skipped.
fn lowest<T>(entries: impl Iterator<Item = (Option<f64>, T)>) -> Option<T> {
    entries
        .filter_map(|(value, t)| value.map(|v| (v, t)))
        .fold(None, |best: Option<(f64, T)>, (v, t)| match best {
            Some((b, _)) if b <= v => best,
            _ => Some((v, t)),
        })
        .map(|(_, t)| t)
}

//! Scores as every document prints them: overall, per dimension and per facet, at full
//! precision on 0-100, with what a score without a value lacks.

use serde::Serialize;

// What is missing is summarised beside the coverage rules, so next steps say it alike.
use crate::questionnaire::Questionnaire;
pub use crate::scoring::MissingSummary;
use crate::scoring::{FacetRef, Missing, Score, Scores, not_enough_answers};

/// Overall, per-dimension and per-facet scores, and the weakest areas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoresSummary {
    /// Overall readiness.
    pub overall: ScoreSummary,
    /// Every dimension, in questionnaire order.
    pub dimensions: Vec<DimensionSummary>,
    /// Id of the lowest-scoring dimension, or null when none has a score.
    pub weakest_dimension: Option<String>,
    /// `{dimension, facet}` of the lowest-scoring facet, or null when none has a score.
    pub weakest_facet: Option<FacetRef>,
}

impl ScoresSummary {
    /// The summary of `scores`.
    pub fn new(scores: &Scores) -> Self {
        Self {
            overall: ScoreSummary::new(&scores.overall, scores.overall_missing()),
            dimensions: scores
                .dimensions
                .iter()
                .map(|d| DimensionSummary {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    score: ScoreSummary::new(&d.score, d.missing()),
                    facets: d
                        .facets
                        .iter()
                        .map(|f| FacetSummary {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            score: ScoreSummary::new(&f.score, f.missing()),
                        })
                        .collect(),
                })
                .collect(),
            weakest_dimension: scores.weakest_dimension.clone(),
            weakest_facet: scores.weakest_facet.clone(),
        }
    }
}

impl ScoresSummary {
    /// The same scores with each band named as `q` shows it (its translated names): for
    /// reports a person reads. The JSON documents keep the source names, which scripts
    /// and advice find bands by.
    pub fn with_band_labels(mut self, q: &Questionnaire) -> Self {
        let label = |score: &mut ScoreSummary| {
            if let Some(band) = &mut score.band {
                *band = q.band_label(band).to_owned();
            }
        };
        label(&mut self.overall);
        for dimension in &mut self.dimensions {
            label(&mut dimension.score);
            dimension
                .facets
                .iter_mut()
                .for_each(|f| label(&mut f.score));
        }
        self
    }

    /// The dimension scoring found weakest, when any has a score.
    pub fn weakest_dimension_summary(&self) -> Option<&DimensionSummary> {
        let id = self.weakest_dimension.as_ref()?;
        self.dimensions.iter().find(|d| &d.id == id)
    }

    /// The facet scoring found weakest, with its dimension, when any has a score.
    pub fn weakest_facet_summary(&self) -> Option<(&DimensionSummary, &FacetSummary)> {
        let weakest = self.weakest_facet.as_ref()?;
        let d = self.dimensions.iter().find(|d| d.id == weakest.dimension)?;
        let f = d.facets.iter().find(|f| f.id == weakest.facet)?;
        Some((d, f))
    }
}

/// One score as printed: full precision, on 0-100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreSummary {
    /// 0-100, or null when there were not enough answers.
    pub score: Option<f64>,
    /// The band's name, or null without a score.
    pub band: Option<String>,
    /// Items answered with a value.
    pub answered: usize,
    /// Items answered "don't know".
    pub dont_know: usize,
    /// Items in scope.
    pub total: usize,
    /// `answered / total`, 0-1.
    pub coverage: f64,
    /// More than 30% of the items were answered "don't know".
    pub knowledge_gap: bool,
    /// Why there is no score (null when there is one).
    pub missing: Option<MissingSummary>,
}

impl ScoreSummary {
    /// The summary of one score, with what it lacks when it has no value.
    pub fn new(score: &Score, missing: Option<Missing>) -> Self {
        Self {
            score: score.value,
            band: score.band.clone(),
            answered: score.answered,
            dont_know: score.dont_know,
            total: score.total,
            coverage: score.coverage(),
            knowledge_gap: score.knowledge_gap(),
            missing: missing.map(MissingSummary::new),
        }
    }

    /// What surfaces show in place of the value of a score without one: "not enough
    /// answers: 1 of 3 facets scored (needs 2)" (not sanitized); `None` with a value.
    pub fn not_enough_answers(&self) -> Option<String> {
        if self.score.is_some() {
            return None;
        }
        Some(match &self.missing {
            Some(missing) => missing.what.sentence(),
            None => not_enough_answers().to_string(),
        })
    }
}

/// A dimension's score and its facets' scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionSummary {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The score fields, inline.
    #[serde(flatten)]
    pub score: ScoreSummary,
    /// Its facets, in questionnaire order.
    pub facets: Vec<FacetSummary>,
}

/// A facet's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetSummary {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The score fields, inline.
    #[serde(flatten)]
    pub score: ScoreSummary,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_fields_sit_inline_in_a_facet() {
        let score = Score {
            value: None,
            band: None,
            answered: 1,
            dont_know: 2,
            total: 4,
        };
        let facet = FacetSummary {
            id: "sense".to_string(),
            title: "Sense".to_string(),
            score: ScoreSummary::new(
                &score,
                Some(Missing::Items {
                    answered: 1,
                    total: 4,
                    needed: 3,
                }),
            ),
        };
        // coverage = answered / total = 1 / 4; knowledge gap: 2 / 4 = 0.5 > 0.3.
        assert_eq!(
            serde_json::to_value(&facet).unwrap(),
            serde_json::json!({
                "id": "sense", "title": "Sense", "score": null, "band": null, "answered": 1,
                "dont_know": 2, "total": 4, "coverage": 0.25, "knowledge_gap": true,
                "missing": { "kind": "items", "answered": 1, "total": 4, "needed": 3,
                             "text": "1 of 4 answered (needs 3)" }
            })
        );
        assert_eq!(
            facet.score.not_enough_answers().as_deref(),
            Some("not enough answers: 1 of 4 answered (needs 3)")
        );
    }
}

//! A next step for every answer: on a questionnaire whose items all describe their levels
//! of practice, the level above the one chosen is the concrete next step for that item.
//! Facets are listed weakest first, each with its advice as context; facets without a
//! score come after and say why. Agreement questionnaires keep their advice per
//! dimension and band and get no next steps.
//!
//! Nothing is invented: the top level is kept, "don't know" gets no step, an unanswered
//! item is listed as open.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::questionnaire::{Item, Questionnaire, Response, Scale};
use crate::scoring::{MissingSummary, Scores};

/// The heading every surface gives the next steps.
pub fn heading() -> &'static str {
    crate::tr!("core-next-steps-heading")
}

/// What every surface says under [`heading`] before the facets.
pub fn intro() -> &'static str {
    crate::tr!("core-next-steps-intro")
}

/// One facet's next steps, with its score and advice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetSteps {
    /// Dimension id.
    pub dimension: String,
    /// Dimension title.
    pub dimension_title: String,
    /// Facet id.
    pub facet: String,
    /// Facet title.
    pub title: String,
    /// The facet's score on 0-100, or null without enough answers.
    pub score: Option<f64>,
    /// The band of the score, or null.
    pub band: Option<String>,
    /// Why the facet has no score (the coverage rule, as in the scores), or null when it
    /// has one.
    pub missing: Option<MissingSummary>,
    /// The facet's advice from the questionnaire, or null when it gives none.
    pub advice: Option<String>,
    /// Every item of the facet, in the order asked.
    pub items: Vec<ItemStep>,
}

/// One item and its next step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemStep {
    /// Item id.
    pub item: String,
    /// The item's question.
    pub text: String,
    /// What comes next for it.
    pub step: Step,
}

/// What comes next for one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Step {
    /// Answered below the top level: the next level's description is the step.
    Next {
        /// The level chosen.
        level: u8,
        /// How many levels the scale has.
        levels: u8,
        /// The description of the level above, the step to take.
        next: String,
    },
    /// Answered at the top level: nothing above it, the practice is to be kept.
    Kept {
        /// The level chosen, the top one.
        level: u8,
        /// The description of that level.
        current: String,
    },
    /// Answered "don't know": no step is invented.
    DontKnow,
    /// Not answered yet.
    Open,
}

impl Step {
    /// The step in words, e.g. "Next (level 3 of 5): We know the goals of each of our
    /// main partners." (not sanitized: the descriptions come from the questionnaire file).
    pub fn sentence(&self) -> String {
        match self {
            Step::Next {
                level,
                levels,
                next,
            } => crate::tr!(
                "core-step-next",
                level = level + 1,
                levels = *levels,
                next = next.as_str()
            ),
            Step::Kept { level, current } => {
                crate::tr!("core-step-kept", level = *level, current = current.as_str())
            }
            Step::DontKnow => crate::tr!("core-step-dont-know").to_string(),
            Step::Open => crate::tr!("core-step-open").to_string(),
        }
    }
}

impl FacetSteps {
    /// The facet's heading: "Goals you share with partners (Shared goals)" (not sanitized).
    pub fn heading(&self) -> String {
        crate::tr!(
            "core-facet-heading",
            facet = self.title.as_str(),
            dimension = self.dimension_title.as_str()
        )
    }

    /// The facet's score and band, "25.0 Starting", or what it lacks for a score.
    pub fn standing(&self) -> String {
        match (self.score, &self.band, &self.missing) {
            (Some(score), Some(band), _) => {
                format!("{} {band}", crate::i18n::decimal(score, 1))
            }
            (Some(score), None, _) => crate::i18n::decimal(score, 1),
            (None, _, Some(missing)) => missing.what.sentence(),
            (None, _, None) => crate::scoring::not_enough_answers().to_string(),
        }
    }
}

/// Whether every item of `q` is on a scale of described levels, so that each answer has
/// a next level to point at.
pub fn applies(q: &Questionnaire) -> bool {
    q.item_count() > 0
        && q.items()
            .all(|r| matches!(q.scales.get(&r.item.scale), Some(Scale::Anchored { .. })))
}

/// The next steps of every facet, weakest scored facet first (questionnaire order on a
/// tie), then the facets without a score in questionnaire order; `None` when the
/// questionnaire has items that are not on a scale of described levels.
pub fn next_steps(
    q: &Questionnaire,
    responses: &BTreeMap<String, Response>,
    scores: &Scores,
) -> Option<Vec<FacetSteps>> {
    if !applies(q) {
        return None;
    }
    let mut facets: Vec<FacetSteps> = q
        .dimensions
        .iter()
        .flat_map(|dimension| {
            let scored = scores.dimension(&dimension.id);
            dimension.facets.iter().map(move |facet| {
                let score = scored.and_then(|d| d.facets.iter().find(|f| f.id == facet.id));
                FacetSteps {
                    dimension: dimension.id.clone(),
                    dimension_title: dimension.title.clone(),
                    facet: facet.id.clone(),
                    title: facet.title.clone(),
                    score: score.and_then(|f| f.score.value),
                    // Named as the questionnaire shown names it, like the titles.
                    band: score
                        .and_then(|f| f.score.band.as_deref())
                        .map(|b| q.band_label(b).to_owned()),
                    missing: score.and_then(|f| f.missing()).map(MissingSummary::new),
                    advice: facet.advice.clone(),
                    items: facet
                        .items
                        .iter()
                        .map(|item| ItemStep {
                            item: item.id.clone(),
                            text: item.text.clone(),
                            step: step(q, item, responses.get(&item.id).copied()),
                        })
                        .collect(),
                }
            })
        })
        .collect();
    // A stable sort keeps questionnaire order among equal scores and among the unscored.
    facets.sort_by(|a, b| match (a.score, b.score) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Some(facets)
}

/// The step for one item given its response.
fn step(q: &Questionnaire, item: &Item, response: Option<Response>) -> Step {
    let levels = match q.scales.get(&item.scale) {
        Some(Scale::Anchored { levels }) => *levels,
        _ => return Step::Open,
    };
    let level = match response {
        Some(Response::DontKnow) => return Step::DontKnow,
        Some(Response::Value(level)) if (1..=levels).contains(&level) => level,
        // Unanswered, or a value the scale does not have: nothing to build a step on.
        _ => return Step::Open,
    };
    let description = |level: u8| {
        item.anchors
            .get(usize::from(level) - 1)
            .cloned()
            .unwrap_or_default()
    };
    if level == levels {
        Step::Kept {
            level,
            current: description(level),
        }
    } else {
        Step::Next {
            level,
            levels,
            next: description(level + 1),
        }
    }
}

#[cfg(test)]
mod tests;

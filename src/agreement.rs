//! Several respondents of one organization in one round: per dimension and facet the mean,
//! the range and the agreement index rwg(j), so an advisor sees where views differ.
//!
//! The variance of the responses on an item is the *sample* variance (n - 1 denominator),
//! as in James, Demaree & Wolf (1984) and LeBreton & Senter (2008). With three respondents
//! it is 3/2 of the population variance, so agreement reads lower on the small groups
//! ecoready sees: the cautious side for a flag that asks the advisor to talk things over.

use crate::assessment::{Assessment, Mode, Response, Status, Timestamp};
use crate::compare::date_of;
use crate::questionnaire::{Dimension, Item, Questionnaire};
use crate::scoring::{self, Scores};
use crate::text::same_name;

/// Below this agreement index a dimension or facet is marked "contested".
pub const CONTESTED_BELOW: f64 = 0.5;

/// rwg(j) over items that share one scale of `scale_points` points.
///
/// Each inner vector holds the respondents' raw values on one item. `s²` is the mean over
/// the items of the sample variance of their values, `σ² = (A² - 1) / 12` the variance
/// of random answers on an A-point scale, and
/// `rwg(j) = J(1 - s²/σ²) / (J(1 - s²/σ²) + s²/σ²)`, clamped to 0 when `s² > σ²`.
/// Items with fewer than two values are skipped and `J` counts the items used; `None`
/// when no item has two values or the scale has fewer than two points.
pub fn rwg_j(item_values: &[Vec<f64>], scale_points: usize) -> Option<f64> {
    let items: Vec<(&[f64], usize)> = item_values
        .iter()
        .map(|values| (values.as_slice(), scale_points))
        .collect();
    rwg_j_mixed(&items)
}

/// rwg(j) when items may use scales of different lengths (e.g. agreement items and
/// anchored maturity items in one dimension): each item's variance is divided by its own
/// scale's `σ²` before averaging. With one scale this is exactly [`rwg_j`].
pub fn rwg_j_mixed(items: &[(&[f64], usize)]) -> Option<f64> {
    let ratios: Vec<f64> = items
        .iter()
        .filter_map(|(values, points)| {
            let null_variance = uniform_variance(*points)?;
            Some(sample_variance(values)? / null_variance)
        })
        .collect();
    if ratios.is_empty() {
        return None;
    }
    let j = ratios.len() as f64;
    let ratio = ratios.iter().sum::<f64>() / j;
    if ratio >= 1.0 {
        // As much disagreement as random answers or more: no agreement at all.
        return Some(0.0);
    }
    let agreement = j * (1.0 - ratio);
    Some(agreement / (agreement + ratio))
}

/// `(A² - 1) / 12`, the variance of answers spread evenly over an A-point scale.
fn uniform_variance(points: usize) -> Option<f64> {
    (points >= 2).then(|| {
        let a = points as f64;
        (a * a - 1.0) / 12.0
    })
}

/// Sample variance (n - 1 denominator); `None` below two values.
fn sample_variance(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    Some(values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0))
}

/// How far the respondents' scores on one area lie apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// Respondents with a score on this area.
    pub respondents: usize,
    /// Mean of their scores, 0-100.
    pub mean: Option<f64>,
    /// Lowest score.
    pub min: Option<f64>,
    /// Highest score.
    pub max: Option<f64>,
    /// rwg(j) from the raw answers to the area's items ("don't know" left out).
    pub rwg: Option<f64>,
    /// Agreement below [`CONTESTED_BELOW`]: worth talking about.
    pub contested: bool,
}

/// One facet's spread.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetSpread {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The spread.
    pub spread: Spread,
}

/// One dimension's spread and its facets'.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionSpread {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The spread.
    pub spread: Spread,
    /// Its facets, in questionnaire order.
    pub facets: Vec<FacetSpread>,
}

/// One respondent of the round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundRespondent {
    /// Assessment id.
    pub id: String,
    /// Respondent's name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// Self-assessment or interview.
    pub mode: Mode,
    /// When they finished.
    pub date: Timestamp,
    /// Their overall score.
    pub overall: Option<f64>,
}

/// The respondents of one organization in one round, side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundView {
    /// The organization's name as written in the latest assessment.
    pub organization: String,
    /// The round label as written in the latest assessment.
    pub round: String,
    /// Every complete assessment of the round, oldest first.
    pub respondents: Vec<RoundRespondent>,
    /// The overall scores' spread, agreement over every item.
    pub overall: Spread,
    /// Every dimension of the latest questionnaire, in its order.
    pub dimensions: Vec<DimensionSpread>,
}

/// A respondent of the round: the assessment, the questionnaire it used, its scores.
struct Member<'a> {
    assessment: &'a Assessment,
    questionnaire: &'a Questionnaire,
    scores: Scores,
}

/// The round view of `organization`'s complete assessments labelled `round` (both matched
/// ignoring case and surrounding spaces). Structure and titles come from the latest
/// assessment's questionnaire; other respondents are matched by dimension, facet and item id.
pub fn round_view(
    organization: &str,
    round: &str,
    assessments: &[(Assessment, Questionnaire)],
) -> RoundView {
    let mut members: Vec<Member> = assessments
        .iter()
        .filter(|(a, _)| {
            a.status == Status::Complete && same_name(&a.organization.name, organization)
        })
        .filter(|(a, _)| a.round.as_deref().is_some_and(|r| same_name(r, round)))
        .map(|(a, q)| Member {
            assessment: a,
            questionnaire: q,
            scores: a.current_scores(q),
        })
        .collect();
    members.sort_by(|x, y| {
        let (a, b) = (x.assessment, y.assessment);
        date_of(a).cmp(&date_of(b)).then(a.id.cmp(&b.id))
    });
    let respondents = members
        .iter()
        .map(|m| RoundRespondent {
            id: m.assessment.id.clone(),
            name: m.assessment.respondent.name.clone(),
            role: m.assessment.respondent.role.clone(),
            mode: m.assessment.mode,
            date: date_of(m.assessment),
            overall: m.scores.overall.value,
        })
        .collect();
    let Some(latest) = members.last() else {
        return RoundView {
            organization: organization.trim().to_string(),
            round: round.trim().to_string(),
            respondents,
            overall: spread(Vec::new(), None),
            dimensions: Vec::new(),
        };
    };
    let structure = latest.questionnaire;
    let all_items: Vec<&Item> = structure.items().map(|r| r.item).collect();
    let overall_scores = members.iter().map(|m| m.scores.overall.value).collect();
    RoundView {
        organization: latest.assessment.organization.name.trim().to_string(),
        round: latest.assessment.round.clone().unwrap_or_default(),
        respondents,
        overall: spread(overall_scores, agreement(structure, &all_items, &members)),
        dimensions: structure
            .dimensions
            .iter()
            .map(|dimension| dimension_spread(structure, dimension, &members))
            .collect(),
    }
}

/// The spread of one dimension of the structure questionnaire and of each of its facets.
fn dimension_spread(
    structure: &Questionnaire,
    dimension: &Dimension,
    members: &[Member],
) -> DimensionSpread {
    let facets = dimension
        .facets
        .iter()
        .map(|facet| {
            let scores = members
                .iter()
                .map(|m| {
                    let d = m.scores.dimension(&dimension.id)?;
                    d.facets.iter().find(|f| f.id == facet.id)?.score.value
                })
                .collect();
            let items: Vec<&Item> = facet.items.iter().collect();
            FacetSpread {
                id: facet.id.clone(),
                title: facet.title.clone(),
                spread: spread(scores, agreement(structure, &items, members)),
            }
        })
        .collect();
    let scores = members
        .iter()
        .map(|m| m.scores.dimension(&dimension.id)?.score.value)
        .collect();
    let items: Vec<&Item> = dimension.facets.iter().flat_map(|f| &f.items).collect();
    DimensionSpread {
        id: dimension.id.clone(),
        title: dimension.title.clone(),
        spread: spread(scores, agreement(structure, &items, members)),
        facets,
    }
}

/// The round label of `organization`'s most recent complete assessment that has one.
pub fn latest_round(
    organization: &str,
    assessments: &[(Assessment, Questionnaire)],
) -> Option<String> {
    assessments
        .iter()
        .map(|(a, _)| a)
        .filter(|a| a.status == Status::Complete && same_name(&a.organization.name, organization))
        .filter(|a| a.round.as_deref().is_some_and(|r| !r.trim().is_empty()))
        .max_by(|a, b| date_of(a).cmp(&date_of(b)).then(a.id.cmp(&b.id)))
        .and_then(|a| a.round.clone())
}

/// rwg(j) over `items` (of the structure questionnaire) from every member's raw values.
/// A member's value counts only if their own questionnaire has the item and the value lies
/// on its scale; the number of scale points comes from the structure questionnaire.
fn agreement(structure: &Questionnaire, items: &[&Item], members: &[Member]) -> Option<f64> {
    let values: Vec<(Vec<f64>, usize)> = items
        .iter()
        .filter_map(|item| {
            let points = structure.scale_points(item)?;
            let values = members
                .iter()
                .filter_map(|m| raw_value(m.assessment, m.questionnaire, &item.id))
                .collect();
            Some((values, points))
        })
        .collect();
    let borrowed: Vec<(&[f64], usize)> = values.iter().map(|(v, p)| (v.as_slice(), *p)).collect();
    rwg_j_mixed(&borrowed)
}

/// The value given on an item, if it is a value on the item's scale (not "don't know").
fn raw_value(assessment: &Assessment, q: &Questionnaire, item_id: &str) -> Option<f64> {
    let item = q.find_item(item_id)?.item;
    let response = assessment.response(item_id)?;
    scoring::item_score(q, item, response)?;
    match response {
        Response::Value(v) => Some(f64::from(v)),
        Response::DontKnow => None,
    }
}

/// Mean, min and max of the scores present, with the agreement index.
fn spread(scores: Vec<Option<f64>>, rwg: Option<f64>) -> Spread {
    let present: Vec<f64> = scores.into_iter().flatten().collect();
    let mean = (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64);
    Spread {
        respondents: present.len(),
        mean,
        min: present.iter().copied().reduce(f64::min),
        max: present.iter().copied().reduce(f64::max),
        rwg,
        contested: rwg.is_some_and(|r| r < CONTESTED_BELOW),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_variance_uses_n_minus_one() {
        // Mean 6; squared deviations 1 + 0 + 1 = 2; 2 / (3 - 1) = 1.
        assert_eq!(sample_variance(&[5.0, 6.0, 7.0]), Some(1.0));
        assert_eq!(sample_variance(&[5.0]), None);
    }

    #[test]
    fn uniform_variance_matches_the_published_values() {
        // (25 - 1) / 12 = 2; (49 - 1) / 12 = 4.
        assert_eq!(uniform_variance(5), Some(2.0));
        assert_eq!(uniform_variance(7), Some(4.0));
        assert_eq!(uniform_variance(1), None);
    }
}

//! Several respondents of one organization in one round: per dimension and facet the mean,
//! the range and the agreement index rwg(j), so an advisor sees where views differ.
//!
//! Agreement is computed on one answer scale at a time: rwg(j) compares the spread of the
//! answers with the spread of random answers on *that* scale, so items of a 5-point and a
//! 7-point scale are never pooled. An area whose items use several scales gets one value
//! per scale, and its agreement is the lowest of them (named with its scale), so that a
//! disagreement on one kind of question is not averaged away by agreement on another.
//! There is no pooled overall agreement: the round names its least agreed dimension.
//!
//! Only complete assessments on the round's questionnaire (the content most respondents
//! answered; on a tie the latest one's) take part. Drafts and assessments of another
//! questionnaire are listed as left out, with the reason.
//!
//! The variance of the responses on an item is the *sample* variance (n - 1 denominator),
//! as in James, Demaree & Wolf (1984) and LeBreton & Senter (2008). With three respondents
//! it is 3/2 of the population variance, so agreement reads lower on the small groups
//! ecoready sees: the cautious side for a flag that asks the advisor to talk things over.

mod agenda;
mod round;

use serde::Serialize;

pub use agenda::{APART_AT_LEAST, AgendaAnswer, AgendaItem};
pub use round::{
    LeftOutAssessment, LowestAgreement, RoundRespondent, RoundView, latest_round, round_labels,
    round_view,
};

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
    let null_variance = uniform_variance(scale_points)?;
    let variances: Vec<f64> = item_values
        .iter()
        .filter_map(|values| sample_variance(values))
        .collect();
    if variances.is_empty() {
        return None;
    }
    let j = variances.len() as f64;
    let ratio = variances.iter().sum::<f64>() / j / null_variance;
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

/// How far the respondents' scores on one area lie apart; the `round --json` document
/// prints it as it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    /// Respondents with a score on this area.
    pub respondents: usize,
    /// Mean of their scores, 0-100.
    pub mean: Option<f64>,
    /// Lowest score.
    pub min: Option<f64>,
    /// Highest score.
    pub max: Option<f64>,
    /// rwg(j) from the raw answers to the area's items ("don't know" left out): the lowest
    /// of [`Spread::by_scale`].
    pub rwg: Option<f64>,
    /// Id of the answer scale `rwg` was computed on.
    pub rwg_scale: Option<String>,
    /// rwg(j) on each answer scale the area's items use, in questionnaire order.
    pub by_scale: Vec<ScaleAgreement>,
    /// Agreement below [`CONTESTED_BELOW`]: worth talking about.
    pub contested: bool,
    /// Each respondent's score on the area, 0-100, in the order of the round's
    /// respondents (null where one has none).
    pub scores: Vec<Option<f64>>,
}

/// Agreement on the items of one area that use one answer scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScaleAgreement {
    /// Scale id in the questionnaire.
    pub scale: String,
    /// Its number of points (A).
    pub points: usize,
    /// Items with at least two values on it (J).
    pub items: usize,
    /// rwg(j) of those items; `None` without any.
    pub rwg: Option<f64>,
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

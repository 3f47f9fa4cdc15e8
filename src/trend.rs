//! An organization's readiness over time: one point per round, the most improved areas
//! and the areas of concern between the first and the last point. Pure.
//!
//! Complete assessments sharing a round label (ignoring case), or without a label taken on
//! the same calendar day, form one point. A point's scores are defined once, bottom up:
//! a facet's is the mean of the respondents' facet scores (each respondent weighs the
//! same); a dimension's is the weighted mean of its facets' point scores when at least two
//! thirds of its facets have one; the overall is the weighted mean of the dimensions'
//! point scores when every dimension has one. So a point's overall always agrees with its
//! own dimension column, by the same rules as one assessment's scores.
//!
//! Changes between points are like for like (see [`change`]): the respondents present at
//! both points, on the items both answered. Most improved and areas of concern rank those
//! changes only, and an area that improved is never an area of concern.

mod change;

use std::collections::BTreeMap;

use serde::Serialize;

pub use change::{AreaDelta, LeftOut, PointChange};

use crate::assessment::{Assessment, Status, Timestamp};
use crate::compare::{Direction, SAME_WITHIN, date_of};
use crate::questionnaire::Questionnaire;
use crate::scoring::{Scores, needed};
use crate::text::same_name;

/// At most this many most improved areas and areas of concern.
pub const MAX_AREAS: usize = 5;

/// One point of the trend: a round, or a day's assessments without a round label.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// The latest date in the group.
    pub date: Timestamp,
    /// The round label as written in the latest assessment of the group.
    pub round: Option<String>,
    /// The assessments of the group, oldest first.
    pub assessment_ids: Vec<String>,
    /// How many assessments the group holds.
    pub respondents: usize,
    /// The respondents' names as written, oldest assessment first.
    pub respondent_names: Vec<String>,
    /// The questionnaires the group answered, `id@version`, each once, in first use order.
    pub questionnaires: Vec<String>,
    /// Weighted mean of [`TrendPoint::dimensions`], only when every dimension has a score.
    pub overall: Option<f64>,
    /// Weighted mean of the dimension's facet scores at this point, only when at least two
    /// thirds of its facets have one; aligned with [`Trend::dimensions`].
    pub dimensions: Vec<Option<f64>>,
    /// Mean of the respondents' facet scores, aligned with [`Trend::facets`].
    pub facets: Vec<Option<f64>>,
}

/// A facet followed by the trend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendFacet {
    /// Id of its dimension.
    pub dimension: String,
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
}

/// Why an area is listed; in JSON `improved`, `declined` or `lowest now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AreaReason {
    /// Rose from the first point to the last.
    #[serde(rename = "improved")]
    Improved,
    /// Fell from the first point to the last.
    #[serde(rename = "declined")]
    Declined,
    /// Nothing declined; among the lowest scores at the last point.
    #[serde(rename = "lowest now")]
    LowestNow,
}

impl AreaReason {
    /// `improved`, `declined` or `lowest now`.
    pub fn word(self) -> &'static str {
        match self {
            AreaReason::Improved => "improved",
            AreaReason::Declined => "declined",
            AreaReason::LowestNow => "lowest now",
        }
    }
}

/// A dimension or facet's change from the first point to the last.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaChange {
    /// Dimension id.
    pub dimension: String,
    /// Facet id, for a facet.
    pub facet: Option<String>,
    /// The area's title (the facet's, for a facet).
    pub title: String,
    /// Its dimension's title.
    pub dimension_title: String,
    /// Improved or declined: the like-for-like score at the first point. Lowest now: none.
    pub first: Option<f64>,
    /// Improved or declined: the like-for-like score at the last point. Lowest now: the
    /// last point's score.
    pub last: f64,
    /// Improved or declined: the like-for-like change. Lowest now: none.
    pub change: Option<f64>,
    /// Respondents the change rests on (0 for lowest now).
    pub respondents: usize,
    /// Items the change rests on, summed over those respondents (0 for lowest now).
    pub items: usize,
    /// Why it is listed.
    pub reason: AreaReason,
}

/// An organization's scores over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The organization's name as written in its latest assessment.
    pub organization: String,
    /// `(id, title)` of every dimension of the latest questionnaire.
    pub dimensions: Vec<(String, String)>,
    /// Every facet of the latest questionnaire.
    pub facets: Vec<TrendFacet>,
    /// One point per round, oldest first.
    pub points: Vec<TrendPoint>,
    /// From the first point to the last, like for like; none with fewer than two points.
    pub change: Option<PointChange>,
    /// From each point to the next, like for like.
    pub steps: Vec<PointChange>,
    /// Up to [`MAX_AREAS`] areas that rose most like for like, largest rise first.
    pub most_improved: Vec<AreaChange>,
    /// Up to [`MAX_AREAS`] areas that fell most like for like; if none fell, the lowest at
    /// the last point among those that did not improve.
    pub concerns: Vec<AreaChange>,
}

/// The trend of `organization` over its complete assessments in `assessments`.
pub fn trend(organization: &str, assessments: &[(Assessment, Questionnaire)]) -> Trend {
    let mut members: Vec<(&Assessment, &Questionnaire)> = assessments
        .iter()
        .filter(|(a, _)| {
            a.status == Status::Complete && same_name(&a.organization.name, organization)
        })
        .map(|(a, q)| (a, q))
        .collect();
    members.sort_by(|(a, _), (b, _)| date_of(a).cmp(&date_of(b)).then(a.id.cmp(&b.id)));
    let Some(&(latest, structure)) = members.last() else {
        return Trend {
            organization: organization.trim().to_string(),
            dimensions: Vec::new(),
            facets: Vec::new(),
            points: Vec::new(),
            change: None,
            steps: Vec::new(),
            most_improved: Vec::new(),
            concerns: Vec::new(),
        };
    };
    let dimensions: Vec<(String, String)> = structure
        .dimensions
        .iter()
        .map(|d| (d.id.clone(), d.title.clone()))
        .collect();
    let facets: Vec<TrendFacet> = structure
        .dimensions
        .iter()
        .flat_map(|d| {
            d.facets.iter().map(|f| TrendFacet {
                dimension: d.id.clone(),
                id: f.id.clone(),
                title: f.title.clone(),
            })
        })
        .collect();
    let groups = groups(&members);
    let points: Vec<TrendPoint> = groups
        .iter()
        .filter_map(|group| point(group, structure, &facets))
        .collect();
    let change_between = |from: usize, to: usize| {
        change::between(
            (from, &groups[from]),
            (to, &groups[to]),
            &dimensions,
            &facets,
        )
    };
    let steps: Vec<PointChange> = (1..groups.len())
        .map(|to| change_between(to - 1, to))
        .collect();
    let change = match groups.len() {
        0 | 1 => None,
        2 => steps.first().cloned(),
        n => Some(change_between(0, n - 1)),
    };
    let areas = area_changes(change.as_ref(), &dimensions, &facets);
    let lowest = lowest_now(points.last(), change.as_ref(), &dimensions, &facets);
    Trend {
        organization: latest.organization.name.trim().to_string(),
        most_improved: most_improved(&areas),
        concerns: concerns(&areas, lowest),
        change,
        steps,
        dimensions,
        facets,
        points,
    }
}

/// Members (already oldest first) grouped by round label, or by calendar day without one;
/// groups ordered by their latest date.
fn groups<'a>(
    members: &[(&'a Assessment, &'a Questionnaire)],
) -> Vec<Vec<(&'a Assessment, &'a Questionnaire)>> {
    let mut by_key: BTreeMap<String, Vec<(&Assessment, &Questionnaire)>> = BTreeMap::new();
    for &(a, q) in members {
        let key = match a.round.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            Some(round) => format!("round:{}", round.to_lowercase()),
            None => format!("day:{}", date_of(a).date_naive()),
        };
        by_key.entry(key).or_default().push((a, q));
    }
    let mut groups: Vec<_> = by_key.into_values().collect();
    // Members were sorted, so each group's last member is its latest.
    groups.sort_by_key(|group| group.last().map(|(a, _)| (date_of(a), a.id.clone())));
    groups
}

/// The point of one group (oldest first); `None` for an empty group.
fn point(
    group: &[(&Assessment, &Questionnaire)],
    structure: &Questionnaire,
    facets: &[TrendFacet],
) -> Option<TrendPoint> {
    let (latest, _) = group.last()?;
    let scores: Vec<Scores> = group.iter().map(|(a, q)| a.current_scores(q)).collect();
    let facet_scores: Vec<Option<f64>> = facets
        .iter()
        .map(|facet| {
            mean(scores.iter().map(|s| {
                let d = s.dimension(&facet.dimension)?;
                d.facets.iter().find(|f| f.id == facet.id)?.score.value
            }))
        })
        .collect();
    let dimension_scores: Vec<Option<f64>> = structure
        .dimensions
        .iter()
        .map(|d| {
            let scored: Vec<(f64, f64)> = d
                .facets
                .iter()
                .filter_map(|f| {
                    let at = facets
                        .iter()
                        .position(|t| t.dimension == d.id && t.id == f.id)?;
                    Some((facet_scores[at]?, f.weight))
                })
                .collect();
            let enough = !d.facets.is_empty() && scored.len() >= needed(d.facets.len());
            enough.then(|| weighted_mean(&scored)).flatten()
        })
        .collect();
    let overall = structure
        .dimensions
        .iter()
        .zip(&dimension_scores)
        .map(|(d, value)| value.map(|v| (v, d.weight)))
        .collect::<Option<Vec<(f64, f64)>>>()
        .and_then(|all| weighted_mean(&all));
    let mut questionnaires: Vec<String> = Vec::new();
    for (a, _) in group {
        let used = format!("{}@{}", a.questionnaire.id, a.questionnaire.version);
        if !questionnaires.contains(&used) {
            questionnaires.push(used);
        }
    }
    Some(TrendPoint {
        date: date_of(latest),
        round: latest.round.clone().filter(|r| !r.trim().is_empty()),
        assessment_ids: group.iter().map(|(a, _)| a.id.clone()).collect(),
        respondents: group.len(),
        respondent_names: group
            .iter()
            .map(|(a, _)| a.respondent.name.trim().to_string())
            .collect(),
        questionnaires,
        overall,
        dimensions: dimension_scores,
        facets: facet_scores,
    })
}

/// Every dimension, each followed by its facets, with a like-for-like change from the
/// first point to the last.
fn area_changes(
    change: Option<&PointChange>,
    dimensions: &[(String, String)],
    facets: &[TrendFacet],
) -> Vec<AreaChange> {
    let Some(change) = change else {
        return Vec::new();
    };
    let mut areas = Vec::new();
    each_area(dimensions, facets, |dimension, facet, d, f| {
        let area = match f {
            Some(f) => change.facets.get(f),
            None => change.dimensions.get(d),
        };
        let Some(area) = area else { return };
        if let (Some(first), Some(last), Some(delta)) =
            (area.delta.before, area.delta.after, area.delta.change)
        {
            areas.push(AreaChange {
                dimension: dimension.0.clone(),
                facet: facet.map(|f| f.id.clone()),
                title: facet.map_or(&dimension.1, |f| &f.title).clone(),
                dimension_title: dimension.1.clone(),
                first: Some(first),
                last,
                change: Some(delta),
                respondents: area.respondents,
                items: area.items,
                reason: AreaReason::LowestNow,
            });
        }
    });
    areas
}

/// Every area with a score at the last point whose like-for-like change (if any) is not an
/// improvement, with that score: the candidates for "lowest now".
fn lowest_now(
    last: Option<&TrendPoint>,
    change: Option<&PointChange>,
    dimensions: &[(String, String)],
    facets: &[TrendFacet],
) -> Vec<AreaChange> {
    let Some(last) = last else {
        return Vec::new();
    };
    let mut areas = Vec::new();
    each_area(dimensions, facets, |dimension, facet, d, f| {
        let (score, delta) = match f {
            Some(f) => (at(&last.facets, f), change.and_then(|c| c.facets.get(f))),
            None => (
                at(&last.dimensions, d),
                change.and_then(|c| c.dimensions.get(d)),
            ),
        };
        let improved = delta.is_some_and(|a| a.delta.direction == Direction::Up);
        if let (Some(score), false) = (score, improved) {
            areas.push(AreaChange {
                dimension: dimension.0.clone(),
                facet: facet.map(|f| f.id.clone()),
                title: facet.map_or(&dimension.1, |f| &f.title).clone(),
                dimension_title: dimension.1.clone(),
                first: None,
                last: score,
                change: None,
                respondents: 0,
                items: 0,
                reason: AreaReason::LowestNow,
            });
        }
    });
    areas
}

/// Calls `visit(dimension, facet, dimension index, facet index)` for every dimension
/// (facet `None`) followed by each of its facets.
fn each_area(
    dimensions: &[(String, String)],
    facets: &[TrendFacet],
    mut visit: impl FnMut(&(String, String), Option<&TrendFacet>, usize, Option<usize>),
) {
    for (d, dimension) in dimensions.iter().enumerate() {
        visit(dimension, None, d, None);
        for (f, facet) in facets.iter().enumerate() {
            if facet.dimension == dimension.0 {
                visit(dimension, Some(facet), d, Some(f));
            }
        }
    }
}

/// Areas that rose by at least [`SAME_WITHIN`], largest rise first.
fn most_improved(areas: &[AreaChange]) -> Vec<AreaChange> {
    ranked(
        areas,
        |a| a.change.is_some_and(|c| c >= SAME_WITHIN),
        |a| -a.change.unwrap_or(0.0),
        AreaReason::Improved,
    )
}

/// Areas that fell by at least [`SAME_WITHIN`], largest fall first; if none fell, the
/// lowest-scoring of `lowest` (areas at the last point that did not improve).
fn concerns(areas: &[AreaChange], lowest: Vec<AreaChange>) -> Vec<AreaChange> {
    let declined = ranked(
        areas,
        |a| a.change.is_some_and(|c| c <= -SAME_WITHIN),
        |a| a.change.unwrap_or(0.0),
        AreaReason::Declined,
    );
    if !declined.is_empty() {
        return declined;
    }
    ranked(&lowest, |_| true, |a| a.last, AreaReason::LowestNow)
}

/// The first [`MAX_AREAS`] areas passing `keep`, ordered by `key` ascending (questionnaire
/// order on a tie), marked with `reason`.
fn ranked(
    areas: &[AreaChange],
    keep: impl Fn(&AreaChange) -> bool,
    key: impl Fn(&AreaChange) -> f64,
    reason: AreaReason,
) -> Vec<AreaChange> {
    let mut kept: Vec<AreaChange> = areas.iter().filter(|a| keep(a)).cloned().collect();
    kept.sort_by(|a, b| key(a).total_cmp(&key(b)));
    kept.truncate(MAX_AREAS);
    for area in &mut kept {
        area.reason = reason;
    }
    kept
}

/// The score at `index` of a point's aligned scores.
fn at(scores: &[Option<f64>], index: usize) -> Option<f64> {
    scores.get(index).copied().flatten()
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let present: Vec<f64> = values.flatten().collect();
    (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64)
}

/// Mean of `(value, weight)` pairs; none without weight.
fn weighted_mean(pairs: &[(f64, f64)]) -> Option<f64> {
    let weights: f64 = pairs.iter().map(|(_, w)| w).sum();
    (weights > 0.0).then(|| pairs.iter().map(|(v, w)| v * w).sum::<f64>() / weights)
}

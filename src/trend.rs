//! An organization's readiness over time: one point per round, the most improved areas
//! and the areas of concern between the first and the last point. Pure.
//!
//! Complete assessments sharing a round label (ignoring case), or without a label taken on
//! the same calendar day, form one point; its scores are the plain mean of the
//! respondents' scores (each respondent weighs the same).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::assessment::{Assessment, Status, Timestamp};
use crate::compare::{Delta, SAME_WITHIN, date_of};
use crate::questionnaire::Questionnaire;
use crate::scoring::Scores;
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
    /// Mean overall score of the respondents who have one.
    pub overall: Option<f64>,
    /// Mean score per dimension, aligned with [`Trend::dimensions`].
    pub dimensions: Vec<Option<f64>>,
    /// Mean score per facet, aligned with [`Trend::facets`].
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
    /// Score at the first point.
    pub first: f64,
    /// Score at the last point.
    pub last: f64,
    /// `last - first`.
    pub change: f64,
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
    /// Overall readiness from the first point to the last.
    pub overall_change: Delta,
    /// Each dimension from the first point to the last, aligned with `dimensions`.
    pub dimension_changes: Vec<Delta>,
    /// Up to [`MAX_AREAS`] areas that rose most, largest rise first.
    pub most_improved: Vec<AreaChange>,
    /// Up to [`MAX_AREAS`] areas that fell most, or if none fell the lowest at the end.
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
            overall_change: Delta::new(None, None),
            dimension_changes: Vec::new(),
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
    let points: Vec<TrendPoint> = groups(&members)
        .into_iter()
        .filter_map(|group| point(&group, &dimensions, &facets))
        .collect();
    let areas = area_changes(&points, &dimensions, &facets);
    let (first, last) = (points.first(), points.last());
    let dimension_changes = (0..dimensions.len())
        .map(|d| {
            Delta::new(
                first.and_then(|p| at(&p.dimensions, d)),
                last.and_then(|p| at(&p.dimensions, d)),
            )
        })
        .collect();
    Trend {
        organization: latest.organization.name.trim().to_string(),
        overall_change: Delta::new(first.and_then(|p| p.overall), last.and_then(|p| p.overall)),
        dimension_changes,
        most_improved: most_improved(&areas),
        concerns: concerns(&areas),
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
    dimensions: &[(String, String)],
    facets: &[TrendFacet],
) -> Option<TrendPoint> {
    let (latest, _) = group.last()?;
    let scores: Vec<Scores> = group.iter().map(|(a, q)| a.current_scores(q)).collect();
    Some(TrendPoint {
        date: date_of(latest),
        round: latest.round.clone().filter(|r| !r.trim().is_empty()),
        assessment_ids: group.iter().map(|(a, _)| a.id.clone()).collect(),
        respondents: group.len(),
        overall: mean(scores.iter().map(|s| s.overall.value)),
        dimensions: dimensions
            .iter()
            .map(|(id, _)| mean(scores.iter().map(|s| s.dimension(id)?.score.value)))
            .collect(),
        facets: facets
            .iter()
            .map(|facet| {
                mean(scores.iter().map(|s| {
                    let d = s.dimension(&facet.dimension)?;
                    d.facets.iter().find(|f| f.id == facet.id)?.score.value
                }))
            })
            .collect(),
    })
}

/// Every dimension, each followed by its facets, that has a score at the first and the
/// last point, with its change.
fn area_changes(
    points: &[TrendPoint],
    dimensions: &[(String, String)],
    facets: &[TrendFacet],
) -> Vec<AreaChange> {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    let mut areas = Vec::new();
    for (d, (dimension, dimension_title)) in dimensions.iter().enumerate() {
        let mut push = |facet: Option<&TrendFacet>, from: Option<f64>, to: Option<f64>| {
            if let (Some(from), Some(to)) = (from, to) {
                areas.push(AreaChange {
                    dimension: dimension.clone(),
                    facet: facet.map(|f| f.id.clone()),
                    title: facet.map_or(dimension_title, |f| &f.title).clone(),
                    dimension_title: dimension_title.clone(),
                    first: from,
                    last: to,
                    change: to - from,
                    reason: AreaReason::LowestNow,
                });
            }
        };
        push(None, at(&first.dimensions, d), at(&last.dimensions, d));
        for (f, facet) in facets.iter().enumerate() {
            if &facet.dimension == dimension {
                push(Some(facet), at(&first.facets, f), at(&last.facets, f));
            }
        }
    }
    areas
}

/// Areas that rose by at least [`SAME_WITHIN`], largest rise first.
fn most_improved(areas: &[AreaChange]) -> Vec<AreaChange> {
    ranked(
        areas,
        |a| a.change >= SAME_WITHIN,
        |a| -a.change,
        AreaReason::Improved,
    )
}

/// Areas that fell by at least [`SAME_WITHIN`], largest fall first; if none fell, the
/// lowest-scoring areas at the last point.
fn concerns(areas: &[AreaChange]) -> Vec<AreaChange> {
    let declined = ranked(
        areas,
        |a| a.change <= -SAME_WITHIN,
        |a| a.change,
        AreaReason::Declined,
    );
    if !declined.is_empty() {
        return declined;
    }
    ranked(areas, |_| true, |a| a.last, AreaReason::LowestNow)
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

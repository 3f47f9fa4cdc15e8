//! An organization's readiness over time: one point per round, the most improved areas
//! and the areas of concern between the first and the last point. Pure.
//!
//! Complete assessments sharing a round label (ignoring case), or without a label taken on
//! the same calendar day, form one point. A point's scores are defined once, bottom up:
//! a facet's is the mean of the respondents' facet scores (each respondent weighs the
//! same; a respondent's facet counts only when it asks at least one question of the
//! latest questionnaire's facet of that id); a dimension's is the weighted mean of its facets' point scores when at least two
//! thirds of its facets have one; the overall is the weighted mean of the dimensions'
//! point scores when every dimension has one. So a point's overall always agrees with its
//! own dimension column, by the same rules as one assessment's scores.
//!
//! Changes between points are like for like (see [`change`]): the respondents present at
//! both points, on the items both answered. Most improved and areas of concern rank those
//! changes only, and an area that improved is never an area of concern.

mod areas;
mod change;
mod plans;

use std::collections::BTreeMap;

use serde::Serialize;

pub use change::{AreaDelta, LeftOut, PointChange};
pub use plans::TrendPlan;

use crate::assessment::{Assessment, QuestionnaireRef, Status, Timestamp};
use crate::compare::Verdict;
use crate::noise::{Noise, NoiseTable};
use crate::questionnaire::Questionnaire;
use crate::scoring::{Scores, needed};
use crate::text::same_name;
use crate::tr;

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

    /// The reason in words of the current language, as screens show it; [`AreaReason::word`]
    /// is how `trend --json` writes it.
    pub fn label(self) -> &'static str {
        match self {
            AreaReason::Improved => tr!("core-trend-reason-improved"),
            AreaReason::Declined => tr!("core-trend-reason-declined"),
            AreaReason::LowestNow => tr!("core-trend-reason-lowest-now"),
        }
    }
}

/// A dimension or facet's change from the first point to the last; the `trend --json`
/// document prints it as it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Improved or declined: the area's smallest real change and its source; null for
    /// lowest now, or when there is no estimate.
    pub noise: Option<Noise>,
    /// Improved or declined: whether the change is more than measurement noise (only
    /// real changes are listed as improved or declined). Lowest now: none.
    pub verdict: Option<Verdict>,
    /// Why it is listed.
    pub reason: AreaReason,
}

/// An organization's scores over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The organization's name as written in its latest assessment.
    pub organization: String,
    /// The latest questionnaire, whose dimensions and facets the trend follows and whose
    /// areas' measurement noise judges the changes; none without assessments.
    pub questionnaire: Option<QuestionnaireRef>,
    /// `(id, title)` of every dimension of the latest questionnaire.
    pub dimensions: Vec<(String, String)>,
    /// Every facet of the latest questionnaire.
    pub facets: Vec<TrendFacet>,
    /// One point per round, oldest first.
    pub points: Vec<TrendPoint>,
    /// Some check-in's questionnaire averages agreement items with described-level items.
    pub mixes_scale_kinds: bool,
    /// From the first point to the last, like for like; none with fewer than two points.
    pub change: Option<PointChange>,
    /// From each point to the next, like for like.
    pub steps: Vec<PointChange>,
    /// Up to [`MAX_AREAS`] areas that rose most like for like by at least their MDC95
    /// (a real change), largest rise first.
    pub most_improved: Vec<AreaChange>,
    /// Up to [`MAX_AREAS`] areas that fell most like for like by at least their MDC95; if
    /// none did, the lowest at the last point among those that did not really improve.
    pub concerns: Vec<AreaChange>,
    /// The organization's improvement plans, oldest first, each at the points it spans;
    /// empty until [`Trend::with_plans`] adds them.
    pub plans: Vec<TrendPlan>,
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
    members.sort_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()).then(a.id.cmp(&b.id)));
    let Some(&(latest, structure)) = members.last() else {
        return Trend {
            organization: organization.trim().to_string(),
            questionnaire: None,
            dimensions: Vec::new(),
            facets: Vec::new(),
            points: Vec::new(),
            mixes_scale_kinds: false,
            change: None,
            steps: Vec::new(),
            most_improved: Vec::new(),
            concerns: Vec::new(),
            plans: Vec::new(),
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
    Trend {
        organization: latest.organization.name.trim().to_string(),
        questionnaire: Some(latest.questionnaire.clone()),
        mixes_scale_kinds: members.iter().any(|(_, q)| q.mixes_scale_kinds()),
        most_improved: Vec::new(),
        concerns: Vec::new(),
        plans: Vec::new(),
        change,
        steps,
        dimensions,
        facets,
        points,
    }
    .judged_by(&NoiseTable::defaults(structure))
}

impl Trend {
    /// The same trend with every dimension's and facet's change judged against `noise`
    /// (the latest questionnaire's areas), and most improved and areas of concern listed
    /// from the real changes. [`trend`] judges by the latest questionnaire's defaults; the
    /// application passes the data directory's evidence.
    pub fn judged_by(mut self, noise: &NoiseTable) -> Self {
        for change in self.change.iter_mut().chain(&mut self.steps) {
            for (area, (id, _)) in change.dimensions.iter_mut().zip(&self.dimensions) {
                area.delta = area.delta.with_noise(noise.dimension(id));
            }
            for (area, facet) in change.facets.iter_mut().zip(&self.facets) {
                area.delta = area
                    .delta
                    .with_noise(noise.facet(&facet.dimension, &facet.id));
            }
        }
        let change = self.change.as_ref();
        let listed = areas::area_changes(change, &self.dimensions, &self.facets);
        let lowest = areas::lowest_now(self.points.last(), change, &self.dimensions, &self.facets);
        self.most_improved = areas::most_improved(&listed);
        self.concerns = areas::concerns(&listed, lowest);
        self
    }

    /// When a change counts as real and which MDC95 the areas of the first-to-last change
    /// used, in one sentence ([`crate::noise::sources_sentence`]).
    pub fn noise_note(&self) -> String {
        let areas = self.change.iter();
        crate::noise::sources_sentence(
            areas
                .flat_map(|c| c.dimensions.iter().chain(&c.facets))
                .map(|a| a.delta.noise),
        )
    }
}

/// Members (already oldest first) grouped by round label, or by calendar day without one;
/// groups ordered by their latest date.
fn groups<'a>(
    members: &[(&'a Assessment, &'a Questionnaire)],
) -> Vec<Vec<(&'a Assessment, &'a Questionnaire)>> {
    let mut by_key: BTreeMap<String, Vec<(&Assessment, &Questionnaire)>> = BTreeMap::new();
    for &(a, q) in members {
        by_key.entry(check_in_key(a)).or_default().push((a, q));
    }
    let mut groups: Vec<_> = by_key.into_values().collect();
    // Members were sorted, so each group's last member is its latest.
    groups.sort_by_key(|group| group.last().map(|(a, _)| (a.recorded_at(), a.id.clone())));
    groups
}

/// Which check-in of its organization an assessment belongs to: its round label (ignoring
/// case), or without one the calendar day it was recorded. The evidence statistics group
/// check-ins the same way.
pub fn check_in_key(a: &Assessment) -> String {
    match a.round.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        Some(round) => format!("round:{}", round.to_lowercase()),
        None => format!("day:{}", a.recorded_at().date_naive()),
    }
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
            mean(group.iter().zip(&scores).map(|((_, q), s)| {
                // A facet of the same id that asks none of the same questions (as between
                // versions 1.0.0 and 2.0.0) measures something else: its score would sit
                // in this row and read as a change.
                if !asks_a_shared_item(q, structure, facet) {
                    return None;
                }
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
        date: latest.recorded_at(),
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

/// `q`'s version of `facet` has at least one item id of `structure`'s version of it.
fn asks_a_shared_item(q: &Questionnaire, structure: &Questionnaire, facet: &TrendFacet) -> bool {
    let wanted = facet_items(structure, facet);
    facet_items(q, facet).iter().any(|id| wanted.contains(id))
}

/// The item ids of `q`'s version of `facet`; none when `q` has no such facet.
fn facet_items<'q>(q: &'q Questionnaire, facet: &TrendFacet) -> Vec<&'q str> {
    q.dimension(&facet.dimension)
        .and_then(|d| d.facets.iter().find(|f| f.id == facet.id))
        .map(|f| f.items.iter().map(|i| i.id.as_str()).collect())
        .unwrap_or_default()
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

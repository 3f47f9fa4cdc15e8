//! The areas a trend lists: most improved and areas of concern, from the like-for-like
//! change between the first and the last point only, and only changes of at least the
//! area's MDC95 (real changes; see [`crate::noise`]).

use super::{AreaChange, AreaReason, MAX_AREAS, PointChange, TrendFacet, TrendPoint, at};
use crate::compare::{Direction, Verdict};

/// Every dimension, each followed by its facets, with a like-for-like change from the
/// first point to the last.
pub(super) fn area_changes(
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
                noise: area.delta.noise,
                verdict: Some(area.delta.verdict()),
                reason: AreaReason::LowestNow,
            });
        }
    });
    areas
}

/// The candidates for "lowest now", with their score at the last point: with a single
/// point every scored area; with several, only areas whose like-for-like change exists and
/// is not a real rise (an area that cannot be compared says nothing about change, and a
/// real improvement is never a concern).
pub(super) fn lowest_now(
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
        let candidate = match (change, delta) {
            (None, _) => true,
            (Some(_), Some(area)) => {
                let real_rise = area.delta.is_real() && area.delta.direction == Direction::Up;
                area.delta.change.is_some() && !real_rise
            }
            (Some(_), None) => false,
        };
        if let (Some(score), true) = (score, candidate) {
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
                noise: None,
                verdict: None,
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

/// A real change (at least the area's MDC95) in the direction `rise` says.
fn real(area: &AreaChange, rise: bool) -> bool {
    area.verdict == Some(Verdict::Real) && area.change.is_some_and(|c| (c > 0.0) == rise)
}

/// Areas that rose by at least their MDC95, largest rise first.
pub(super) fn most_improved(areas: &[AreaChange]) -> Vec<AreaChange> {
    ranked(
        areas,
        |a| real(a, true),
        |a| -a.change.unwrap_or(0.0),
        AreaReason::Improved,
    )
}

/// Areas that fell by at least their MDC95, largest fall first; if none did, the
/// lowest-scoring of `lowest` (areas at the last point that did not really improve).
pub(super) fn concerns(areas: &[AreaChange], lowest: Vec<AreaChange>) -> Vec<AreaChange> {
    let declined = ranked(
        areas,
        |a| real(a, false),
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

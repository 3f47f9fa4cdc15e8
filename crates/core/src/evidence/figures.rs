//! How each figure of the instrument report is computed from the check-ins (the rules
//! are in the module notes of [`super`]).

use std::collections::BTreeMap;

use chrono::Duration;

use super::check_ins::{Area, CheckIn, ItemValue, latest_per_firm, sample};
use super::{
    Basis, DONT_KNOW_ABOVE, DimensionEvidence, Evidence, FLOOR_CEILING_ABOVE, FacetEvidence,
    ITEM_TOTAL_BELOW, ItemEvidence, ItemFlag, MIN_FIRMS, MIN_RETEST_PAIRS, RETEST_WITHIN_DAYS,
    Reliability, Retest, omega, stats, too_few_firms, too_few_pairs,
};
use crate::assessment::{Assessment, QuestionnaireRef};
use crate::questionnaire::Questionnaire;
use crate::tr;

/// The instrument report of `q` (whose content is `reference`) over `assessments`; the
/// others (drafts, other questionnaires) are counted as left out.
pub fn evidence(
    q: &Questionnaire,
    reference: &QuestionnaireRef,
    assessments: &[Assessment],
) -> Evidence {
    let sample = sample(q, reference, assessments);
    let firms = latest_per_firm(&sample.check_ins);
    let pairs = retest_pairs(&sample.check_ins);
    let mut position = 0;
    let mut items = Vec::new();
    let mut dimensions = Vec::new();
    for dimension in &q.dimensions {
        let mut dimension_area = Area { facets: Vec::new() };
        let mut facets = Vec::new();
        for facet in &dimension.facets {
            let positions: Vec<usize> = (position..position + facet.items.len()).collect();
            position += facet.items.len();
            let area = Area {
                facets: vec![(facet.weight, positions.clone())],
            };
            let rows = listwise(&firms, &positions);
            for (column, (&at, item)) in positions.iter().zip(&facet.items).enumerate() {
                let mut figures = item_evidence(&firms, at, &rows, column);
                figures.id = item.id.clone();
                figures.dimension = dimension.id.clone();
                figures.facet = facet.id.clone();
                items.push(figures);
            }
            facets.push(FacetEvidence {
                id: facet.id.clone(),
                title: facet.title.clone(),
                reliability: reliability(&area, &firms, &pairs),
            });
            dimension_area.facets.push((facet.weight, positions));
        }
        dimensions.push(DimensionEvidence {
            id: dimension.id.clone(),
            title: dimension.title.clone(),
            reliability: reliability(&dimension_area, &firms, &pairs),
            facets,
        });
    }
    Evidence {
        questionnaire: reference.clone(),
        title: q.title.clone(),
        basis: Basis {
            assessments: sample.assessments,
            check_ins: sample.check_ins.len(),
            averaged_check_ins: sample
                .check_ins
                .iter()
                .filter(|c| c.respondents > 1)
                .count(),
            firms: firms.len(),
            retest_pairs: pairs.len(),
            drafts_left_out: sample.drafts,
            other_questionnaire_left_out: sample.other_questionnaire,
        },
        dimensions,
        items,
    }
}

/// Per firm, its first two consecutive check-ins less than [`RETEST_WITHIN_DAYS`] apart.
pub fn retest_pairs(check_ins: &[CheckIn]) -> Vec<(&CheckIn, &CheckIn)> {
    let mut by_firm: BTreeMap<&str, Vec<&CheckIn>> = Default::default();
    for c in check_ins {
        by_firm.entry(&c.firm).or_default().push(c);
    }
    by_firm
        .into_values()
        .filter_map(|mut firm| {
            firm.sort_by_key(|c| c.date);
            firm.windows(2)
                .find(|w| w[1].date - w[0].date < Duration::days(RETEST_WITHIN_DAYS))
                .map(|w| (w[0], w[1]))
        })
        .collect()
}

/// The values at `positions` of every firm that has a value on all of them.
pub(super) fn listwise(firms: &[&CheckIn], positions: &[usize]) -> Vec<Vec<f64>> {
    firms
        .iter()
        .filter_map(|c| positions.iter().map(|&i| c.items[i].value()).collect())
        .collect()
}

/// An area's reliability figures over the firms' latest check-ins and the retest pairs.
pub(super) fn reliability(
    area: &Area,
    firms: &[&CheckIn],
    pairs: &[(&CheckIn, &CheckIn)],
) -> Reliability {
    let positions = area.items();
    let rows = listwise(firms, &positions);
    let k = positions.len();
    let n = rows.len();
    let mut figures = Reliability {
        items: k,
        firms: n,
        alpha: None,
        alpha_ci95: None,
        omega: None,
        omega_not_shown: None,
        sd: None,
        sem: None,
        mdc95: None,
        not_shown: None,
        retest: retest(area, pairs),
    };
    if k < 2 {
        figures.not_shown = Some(tr!("report-evidence-one-item").to_string());
        return figures;
    }
    if n < MIN_FIRMS {
        figures.not_shown = Some(too_few_firms(n));
        return figures;
    }
    let Some(alpha) = stats::cronbach_alpha(&rows) else {
        figures.not_shown = Some(tr!("report-evidence-totals-do-not-vary").to_string());
        return figures;
    };
    figures.alpha = Some(alpha);
    figures.alpha_ci95 = stats::feldt_interval(alpha, n, k).map(|(lo, hi)| [lo, hi]);
    match correlations(&rows) {
        Some(r) => match omega::omega(&r) {
            Ok(omega) => figures.omega = Some(omega),
            Err(why) => figures.omega_not_shown = Some(why.words().to_string()),
        },
        None => {
            figures.omega_not_shown = Some(tr!("report-evidence-item-does-not-vary").to_string())
        }
    }
    // The area's score at each of the same firms, as the scoring rules make it.
    let scores: Vec<f64> = firms
        .iter()
        .filter(|c| positions.iter().all(|&i| c.items[i].value().is_some()))
        .filter_map(|c| area.score(c))
        .collect();
    figures.sd = stats::sd(&scores);
    figures.sem = figures.sd.and_then(|sd| stats::sem(sd, alpha));
    figures.mdc95 = figures.sem.map(stats::mdc95);
    if figures.sem.is_none() {
        figures.not_shown = Some(tr!("report-evidence-alpha-not-positive").into());
    }
    figures
}

/// The correlation matrix of the columns of `rows`; `None` when a column has no spread.
pub(super) fn correlations(rows: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let k = rows.first()?.len();
    let columns: Vec<Vec<f64>> = (0..k).map(|j| stats::column(rows, j)).collect();
    (0..k)
        .map(|i| {
            (0..k)
                .map(|j| {
                    if i == j {
                        stats::sd(&columns[i])
                            .filter(|sd| *sd > stats::ZERO)
                            .map(|_| 1.0)
                    } else {
                        stats::correlation(&columns[i], &columns[j])
                    }
                })
                .collect()
        })
        .collect()
}

/// ICC(2,1) of the area's scores over the retest pairs that have one at both check-ins.
pub(super) fn retest(area: &Area, pairs: &[(&CheckIn, &CheckIn)]) -> Retest {
    let scored: Vec<(f64, f64)> = pairs
        .iter()
        .filter_map(|(a, b)| Some((area.score(a)?, area.score(b)?)))
        .collect();
    let pairs = scored.len();
    if pairs < MIN_RETEST_PAIRS {
        return Retest {
            pairs,
            icc: None,
            not_shown: Some(too_few_pairs(pairs)),
        };
    }
    let icc = stats::icc_2_1(&scored);
    Retest {
        pairs,
        icc,
        not_shown: icc
            .is_none()
            .then(|| tr!("report-evidence-scores-do-not-vary").to_string()),
    }
}

/// One item's figures: at `at` in each check-in, column `column` of its facet's rows.
pub(super) fn item_evidence(
    firms: &[&CheckIn],
    at: usize,
    rows: &[Vec<f64>],
    column: usize,
) -> ItemEvidence {
    let responded = firms
        .iter()
        .filter(|c| c.items[at] != ItemValue::Missing)
        .count();
    let values: Vec<f64> = firms.iter().filter_map(|c| c.items[at].value()).collect();
    let mut figures = ItemEvidence {
        id: String::new(),
        dimension: String::new(),
        facet: String::new(),
        firms: responded,
        answered: values.len(),
        mean: None,
        sd: None,
        item_total: None,
        dont_know: None,
        floor: None,
        ceiling: None,
        flags: Vec::new(),
        not_shown: None,
    };
    if responded < MIN_FIRMS {
        figures.not_shown = Some(too_few_firms(responded));
        return figures;
    }
    let share = |count: usize, of: usize| (of > 0).then(|| count as f64 / of as f64);
    figures.dont_know = share(responded - values.len(), responded);
    figures.mean = stats::mean(&values);
    figures.sd = stats::sd(&values);
    figures.floor = share(
        values.iter().filter(|v| **v <= stats::ZERO).count(),
        values.len(),
    );
    figures.ceiling = share(
        values.iter().filter(|v| **v >= 100.0 - stats::ZERO).count(),
        values.len(),
    );
    let facet_items = rows.first().map_or(0, Vec::len);
    if facet_items < 2 {
        figures.not_shown = Some(tr!("report-evidence-item-total-one-item").to_string());
    } else if rows.len() < MIN_FIRMS {
        figures.not_shown = Some(tr!(
            "report-evidence-item-total-too-few",
            too_few = too_few_firms(rows.len())
        ));
    } else {
        figures.item_total = stats::corrected_item_total(rows, column);
    }
    let flags = [
        (
            figures.item_total.is_some_and(|r| r < ITEM_TOTAL_BELOW),
            ItemFlag::LowItemTotal,
        ),
        (
            figures.dont_know.is_some_and(|s| s > DONT_KNOW_ABOVE),
            ItemFlag::ManyDontKnow,
        ),
        (
            figures.floor.is_some_and(|s| s > FLOOR_CEILING_ABOVE),
            ItemFlag::Floor,
        ),
        (
            figures.ceiling.is_some_and(|s| s > FLOOR_CEILING_ABOVE),
            ItemFlag::Ceiling,
        ),
    ];
    figures.flags = flags
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, f)| f)
        .collect();
    figures
}

//! Evidence on the instrument itself, from the assessments in the data directory: how
//! reliable each facet's and dimension's score is, how well each item works, how stable
//! scores are between close check-ins, and the smallest change that is more than noise.
//! Pure; `docs/evidence.md` gives every formula with a worked example.
//!
//! What the figures rest on:
//! - Only complete assessments on exactly one questionnaire content take part. They are
//!   grouped into check-ins as the trend groups them (one organization, one round label,
//!   or one day without a label); several respondents of a check-in are averaged item by
//!   item (the mean of their item scores on 0-100; "don't know" only when every one of
//!   them said so).
//! - Internal consistency (alpha, omega, item-total correlations) and the item figures
//!   use each firm's latest check-in, so that a firm counts once: the statistics assume
//!   independent firms.
//! - Missing and "don't know" answers are left out listwise per area: a facet's (or
//!   dimension's) reliability uses the firms that gave a value on every one of its items.
//!   Item means, spreads, floors and ceilings use the firms with a value on that item; the
//!   share of "don't know" is over the firms that answered the item at all.
//! - Test-retest uses, per firm, its first two consecutive check-ins less than
//!   [`RETEST_WITHIN_DAYS`] days apart (one pair per firm), with the area's score at both
//!   under the usual coverage rules.
//! - A figure that rests on fewer than [`MIN_FIRMS`] firms (or [`MIN_RETEST_PAIRS`] pairs)
//!   is not computed; the reason says how many there were.

mod check_ins;
pub mod omega;
pub mod stats;

use chrono::Duration;
use serde::Serialize;

pub use check_ins::{Area, CheckIn, ItemValue, Sample, latest_per_firm, sample};

use crate::assessment::{Assessment, QuestionnaireRef};
use crate::questionnaire::Questionnaire;

/// Reliability and item figures need at least this many firms.
pub const MIN_FIRMS: usize = 30;
/// Test-retest needs at least this many pairs of check-ins.
pub const MIN_RETEST_PAIRS: usize = 20;
/// Two check-ins of one firm form a retest pair when less than this many days apart.
pub const RETEST_WITHIN_DAYS: i64 = 90;
/// An item correlating less than this with the rest of its facet is flagged.
pub const ITEM_TOTAL_BELOW: f64 = 0.30;
/// An item answered "don't know" by more than this share of firms is flagged.
pub const DONT_KNOW_ABOVE: f64 = 0.20;
/// An item with more than this share of firms at either end of its scale is flagged.
pub const FLOOR_CEILING_ABOVE: f64 = 0.15;

/// The instrument report of one questionnaire content.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The questionnaire content the report is about.
    pub questionnaire: QuestionnaireRef,
    /// Its title.
    pub title: String,
    /// What the report rests on.
    pub basis: Basis,
    /// Every dimension with its facets, in questionnaire order.
    pub dimensions: Vec<DimensionEvidence>,
    /// Every item, in questionnaire order.
    pub items: Vec<ItemEvidence>,
}

/// What the report rests on, and what it leaves out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Basis {
    /// Complete assessments on the questionnaire.
    pub assessments: usize,
    /// Check-ins they form (organization and round).
    pub check_ins: usize,
    /// Check-ins with more than one respondent, whose item answers are averaged.
    pub averaged_check_ins: usize,
    /// Distinct organizations: each counts once, with its latest check-in.
    pub firms: usize,
    /// Pairs of check-ins of one firm less than [`RETEST_WITHIN_DAYS`] apart (one per firm).
    pub retest_pairs: usize,
    /// Drafts on the questionnaire, left out.
    pub drafts_left_out: usize,
    /// Complete assessments of another questionnaire, version or content, left out.
    pub other_questionnaire_left_out: usize,
}

/// The reliability figures of one facet or dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reliability {
    /// Items in the area.
    pub items: usize,
    /// Firms with a value on every item (the listwise sample).
    pub firms: usize,
    /// Cronbach's alpha, or null (see `not_shown`).
    pub alpha: Option<f64>,
    /// Feldt's 95% interval for alpha, `[lower, upper]`.
    pub alpha_ci95: Option<[f64; 2]>,
    /// McDonald's omega from a one-factor fit.
    pub omega: Option<f64>,
    /// Why omega is missing when alpha is shown.
    pub omega_not_shown: Option<String>,
    /// Standard deviation of the area's score (0-100) over the same firms.
    pub sd: Option<f64>,
    /// `SD * sqrt(1 - alpha)`.
    pub sem: Option<f64>,
    /// `1.96 * sqrt(2) * SEM`: the smallest change larger than measurement noise.
    pub mdc95: Option<f64>,
    /// Why alpha, SEM and MDC95 are missing.
    pub not_shown: Option<String>,
    /// Test-retest over close check-ins.
    pub retest: Retest,
}

/// Test-retest of an area's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Retest {
    /// Pairs with the area's score at both check-ins.
    pub pairs: usize,
    /// ICC(2,1), or null (see `not_shown`).
    pub icc: Option<f64>,
    /// Why the ICC is missing.
    pub not_shown: Option<String>,
}

/// A facet's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetEvidence {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// Its figures.
    pub reliability: Reliability,
}

/// A dimension's figures, over all of its items, and its facets'.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionEvidence {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// Its figures.
    pub reliability: Reliability,
    /// Its facets, in questionnaire order.
    pub facets: Vec<FacetEvidence>,
}

/// Why an item is flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ItemFlag {
    /// Corrected item-total correlation below [`ITEM_TOTAL_BELOW`].
    #[serde(rename = "low item-total correlation")]
    LowItemTotal,
    /// More than [`DONT_KNOW_ABOVE`] "don't know".
    #[serde(rename = "many don't know")]
    ManyDontKnow,
    /// More than [`FLOOR_CEILING_ABOVE`] at the lowest point.
    #[serde(rename = "floor")]
    Floor,
    /// More than [`FLOOR_CEILING_ABOVE`] at the highest point.
    #[serde(rename = "ceiling")]
    Ceiling,
}

impl ItemFlag {
    /// The flag in a sentence's words.
    pub fn words(self) -> &'static str {
        match self {
            ItemFlag::LowItemTotal => "low item-total correlation",
            ItemFlag::ManyDontKnow => "many don't know",
            ItemFlag::Floor => "floor",
            ItemFlag::Ceiling => "ceiling",
        }
    }
}

/// One item's figures over the firms' latest check-ins.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemEvidence {
    /// Item id.
    pub id: String,
    /// Its dimension's id.
    pub dimension: String,
    /// Its facet's id.
    pub facet: String,
    /// Firms that answered it (a value or "don't know").
    pub firms: usize,
    /// Firms that gave a value.
    pub answered: usize,
    /// Mean item score, 0-100.
    pub mean: Option<f64>,
    /// Its standard deviation.
    pub sd: Option<f64>,
    /// Correlation with the sum of the facet's other items, over the facet's firms.
    pub item_total: Option<f64>,
    /// Share of "don't know" among the firms that answered it, 0-1.
    pub dont_know: Option<f64>,
    /// Share of values at the lowest point of the scale, 0-1.
    pub floor: Option<f64>,
    /// Share of values at the highest point, 0-1.
    pub ceiling: Option<f64>,
    /// What stands out.
    pub flags: Vec<ItemFlag>,
    /// Why figures are missing.
    pub not_shown: Option<String>,
}

/// "too few firms (12 of 30)".
pub fn too_few_firms(firms: usize) -> String {
    format!("too few firms ({firms} of {MIN_FIRMS})")
}

/// "too few pairs (7 of 20)".
pub fn too_few_pairs(pairs: usize) -> String {
    format!("too few pairs ({pairs} of {MIN_RETEST_PAIRS})")
}

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
    let mut by_firm: std::collections::BTreeMap<&str, Vec<&CheckIn>> = Default::default();
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
fn listwise(firms: &[&CheckIn], positions: &[usize]) -> Vec<Vec<f64>> {
    firms
        .iter()
        .filter_map(|c| positions.iter().map(|&i| c.items[i].value()).collect())
        .collect()
}

/// An area's reliability figures over the firms' latest check-ins and the retest pairs.
fn reliability(area: &Area, firms: &[&CheckIn], pairs: &[(&CheckIn, &CheckIn)]) -> Reliability {
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
        figures.not_shown = Some("one item: no internal consistency to measure".to_string());
        return figures;
    }
    if n < MIN_FIRMS {
        figures.not_shown = Some(too_few_firms(n));
        return figures;
    }
    let Some(alpha) = stats::cronbach_alpha(&rows) else {
        figures.not_shown = Some("the firms' totals do not vary".to_string());
        return figures;
    };
    figures.alpha = Some(alpha);
    figures.alpha_ci95 = stats::feldt_interval(alpha, n, k).map(|(lo, hi)| [lo, hi]);
    match correlations(&rows) {
        Some(r) => match omega::omega(&r) {
            Ok(omega) => figures.omega = Some(omega),
            Err(why) => figures.omega_not_shown = Some(why.to_string()),
        },
        None => figures.omega_not_shown = Some("an item does not vary".to_string()),
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
        figures.not_shown = Some("alpha is not above 0: no measurement error to state".into());
    }
    figures
}

/// The correlation matrix of the columns of `rows`; `None` when a column has no spread.
fn correlations(rows: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
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
fn retest(area: &Area, pairs: &[(&CheckIn, &CheckIn)]) -> Retest {
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
        not_shown: icc.is_none().then(|| "the scores do not vary".to_string()),
    }
}

/// One item's figures: at `at` in each check-in, column `column` of its facet's rows.
fn item_evidence(firms: &[&CheckIn], at: usize, rows: &[Vec<f64>], column: usize) -> ItemEvidence {
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
        figures.not_shown = Some("item-total correlation: the facet has one item".to_string());
    } else if rows.len() < MIN_FIRMS {
        figures.not_shown = Some(format!(
            "item-total correlation: {} with every item of the facet",
            too_few_firms(rows.len())
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

#[cfg(test)]
mod tests;

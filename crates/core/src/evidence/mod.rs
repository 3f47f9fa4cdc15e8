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
mod figures;
pub mod omega;
pub mod stats;

use serde::Serialize;

pub use check_ins::{Area, CheckIn, ItemValue, Sample, latest_per_firm, sample};
pub use figures::{evidence, retest_pairs};

use crate::assessment::QuestionnaireRef;
use crate::noise::{MeasuredNoise, NoiseTable};
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
            ItemFlag::LowItemTotal => crate::tr!("report-evidence-flag-low-item-total"),
            ItemFlag::ManyDontKnow => crate::tr!("report-evidence-flag-many-dont-know"),
            ItemFlag::Floor => crate::tr!("report-evidence-flag-floor"),
            ItemFlag::Ceiling => crate::tr!("report-evidence-flag-ceiling"),
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

impl Evidence {
    /// Each area's MDC95 for `q` (the questionnaire this evidence is about): this
    /// evidence's where an area has one, else `q`'s published default, else none.
    pub fn noise(&self, q: &Questionnaire) -> NoiseTable {
        NoiseTable::with_measured(q, &self.measured_noise())
    }

    /// Every area that has an MDC95 here, dimension before its facets.
    pub fn measured_noise(&self) -> Vec<MeasuredNoise> {
        let measured = |dimension: &str, facet: Option<&str>, r: &Reliability| {
            Some(MeasuredNoise {
                dimension: dimension.to_string(),
                facet: facet.map(str::to_string),
                mdc95: r.mdc95?,
                firms: r.firms,
            })
        };
        let mut areas = Vec::new();
        for d in &self.dimensions {
            areas.extend(measured(&d.id, None, &d.reliability));
            for f in &d.facets {
                areas.extend(measured(&d.id, Some(&f.id), &f.reliability));
            }
        }
        areas
    }
}

/// "too few firms (12 of 30)".
pub fn too_few_firms(firms: usize) -> String {
    crate::tr!(
        "report-evidence-too-few-firms",
        firms = firms,
        needed = MIN_FIRMS
    )
}

/// "too few pairs (7 of 20)".
pub fn too_few_pairs(pairs: usize) -> String {
    crate::tr!(
        "report-evidence-too-few-pairs",
        pairs = pairs,
        needed = MIN_RETEST_PAIRS
    )
}

#[cfg(test)]
mod tests;

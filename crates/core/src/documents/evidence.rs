//! The `evidence --json` document.

use serde::Serialize;

use super::JSON_SCHEMA_VERSION;
use crate::assessment::QuestionnaireRef;
use crate::evidence::{
    Basis, DONT_KNOW_ABOVE, Evidence, FLOOR_CEILING_ABOVE, ITEM_TOTAL_BELOW, ItemEvidence,
    MIN_FIRMS, MIN_RETEST_PAIRS, RETEST_WITHIN_DAYS, Reliability,
};

/// `ecoready evidence [--questionnaire ID] --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The questionnaire content (`id`, `version`, `digest`).
    pub questionnaire: QuestionnaireRef,
    /// Its title.
    pub title: String,
    /// The thresholds every figure is held to.
    pub rules: EvidenceRules,
    /// What the figures rest on and what was left out.
    pub basis: Basis,
    /// Every dimension (over all its items) with its facets.
    pub dimensions: Vec<DimensionEvidenceSummary>,
    /// Every item.
    pub items: Vec<ItemEvidence>,
}

/// The thresholds, so a reader of the document needs no other source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceRules {
    /// Fewest firms behind a reliability or item figure (30).
    pub min_firms: usize,
    /// Fewest retest pairs behind an ICC (20).
    pub min_retest_pairs: usize,
    /// Check-ins of one firm closer than this many days form a retest pair (90).
    pub retest_within_days: i64,
    /// Items below this corrected item-total correlation are flagged (0.30).
    pub item_total_below: f64,
    /// Items with a larger share of "don't know" are flagged (0.20).
    pub dont_know_above: f64,
    /// Items with a larger share at either end of the scale are flagged (0.15).
    pub floor_ceiling_above: f64,
    /// How several respondents of one check-in enter, in words.
    pub respondents: String,
    /// Which check-in of each firm the reliability and item figures use, in words.
    pub firms: String,
}

/// A dimension's figures with its facets'.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionEvidenceSummary {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The figures, inline.
    #[serde(flatten)]
    pub reliability: Reliability,
    /// Its facets.
    pub facets: Vec<FacetEvidenceSummary>,
}

/// A facet's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetEvidenceSummary {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The figures, inline.
    #[serde(flatten)]
    pub reliability: Reliability,
}

/// How several respondents of one check-in enter the figures, in the current language.
pub fn respondents_rule() -> &'static str {
    crate::tr!("core-evidence-rule-respondents")
}

/// Which check-in of a firm the reliability and item figures use, in the current language.
pub fn firms_rule() -> &'static str {
    crate::tr!("core-evidence-rule-firms")
}

impl EvidenceDocument {
    /// The document of an instrument report.
    pub fn new(evidence: &Evidence) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            questionnaire: evidence.questionnaire.clone(),
            title: evidence.title.clone(),
            rules: EvidenceRules {
                min_firms: MIN_FIRMS,
                min_retest_pairs: MIN_RETEST_PAIRS,
                retest_within_days: RETEST_WITHIN_DAYS,
                item_total_below: ITEM_TOTAL_BELOW,
                dont_know_above: DONT_KNOW_ABOVE,
                floor_ceiling_above: FLOOR_CEILING_ABOVE,
                respondents: respondents_rule().to_string(),
                firms: firms_rule().to_string(),
            },
            basis: evidence.basis.clone(),
            dimensions: evidence
                .dimensions
                .iter()
                .map(|d| DimensionEvidenceSummary {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    reliability: d.reliability.clone(),
                    facets: d
                        .facets
                        .iter()
                        .map(|f| FacetEvidenceSummary {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            reliability: f.reliability.clone(),
                        })
                        .collect(),
                })
                .collect(),
            items: evidence.items.clone(),
        }
    }
}

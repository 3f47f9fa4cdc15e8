//! A translation as typed data: what a translation file may contain.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The texts of one questionnaire version in one language. Maps are keyed by the source's
/// ids; lists (bands, anchors, advice steps) follow the source's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The id of the questionnaire translated.
    pub translates: String,
    /// The questionnaire version whose texts these are.
    pub version: String,
    /// The language of these texts: `de`, `es`, …
    pub language: String,
    /// The questionnaire's title.
    pub title: String,
    /// The questionnaire's description.
    pub description: String,
    /// The results note, when the source has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results_note: Option<String>,
    /// Option labels of the agreement scales, by scale name (anchored scales have none).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scales: BTreeMap<String, ScaleTexts>,
    /// The bands' texts, in the source's order.
    pub bands: Vec<BandTexts>,
    /// Dimension texts by dimension id.
    pub dimensions: BTreeMap<String, DimensionTexts>,
    /// Facet texts by facet id.
    pub facets: BTreeMap<String, FacetTexts>,
    /// Item texts by item id.
    pub items: BTreeMap<String, ItemTexts>,
    /// Advice steps by dimension id, then by the source's (English) band name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub advice: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// The option labels of one agreement scale, by option value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleTexts {
    /// Label by the option's value.
    pub options: BTreeMap<u8, String>,
}

/// A band's texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandTexts {
    /// The band's name.
    pub name: String,
    /// What a score in the band means.
    pub meaning: String,
}

/// A dimension's texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionTexts {
    /// Its title.
    pub title: String,
    /// Its summary.
    pub summary: String,
}

/// A facet's texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacetTexts {
    /// Its title.
    pub title: String,
    /// Its advice, when the source facet has some.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
}

/// An item's texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemTexts {
    /// The statement or question.
    pub text: String,
    /// The explanation for the respondent.
    pub help: String,
    /// The advisor's follow-up question.
    pub probe: String,
    /// The level descriptions, as many as the source has, level 1 first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anchors: Vec<String>,
}

//! The questionnaire as typed data: what a questionnaire file may contain.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A whole questionnaire: scales, bands, dimensions with facets and items, and advice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier, e.g. `ecosystem-readiness`.
    pub id: String,
    /// Version of the content, e.g. `1.0.0`.
    pub version: String,
    /// Title shown to respondents.
    pub title: String,
    /// What the questionnaire is for, in a sentence or two.
    pub description: String,
    /// What results of this questionnaire rest on, said on every results surface above the
    /// scores, e.g. that a short version is a first look. Optional: the description is for
    /// the person answering, this line is for the person reading the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results_note: Option<String>,
    /// Language tag of the text, e.g. `en`.
    pub language: String,
    /// Roughly how long answering takes, shown on the setup screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Named answer scales that items refer to.
    pub scales: BTreeMap<String, Scale>,
    /// Score bands that together cover 0-100 exactly once, lowest first.
    pub bands: Vec<Band>,
    /// The dimensions, in the order they are asked.
    pub dimensions: Vec<Dimension>,
    /// Advice per dimension id, then per band name: concrete next steps.
    pub advice: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// An answer scale. Every scale also offers "Don't know / not applicable".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Scale {
    /// Ordered options with a value and a label, e.g. 1-7 Strongly disagree .. Strongly agree.
    Agreement {
        /// The options, in the order they are shown.
        options: Vec<ScaleOption>,
    },
    /// Levels 1..=levels; every item describes each level in its own words (`anchors`).
    Anchored {
        /// How many levels the scale has.
        levels: u8,
    },
}

/// One option of an agreement scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleOption {
    /// The numeric value recorded and scored.
    pub value: u8,
    /// What the respondent sees.
    pub label: String,
}

/// A score band over 0-100: `min <= score < max`, the last band also includes 100.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Short name, e.g. `Defined`.
    pub name: String,
    /// Lower bound, inclusive.
    pub min: f64,
    /// Upper bound, exclusive except for the last band.
    pub max: f64,
    /// One line saying what a score in this band means.
    pub meaning: String,
    /// The name in the language the questionnaire is shown in, when a translation gave
    /// one. Never read from or written to a file: `name` stays the source's, because
    /// score snapshots, advice and comparisons find a band by that name.
    #[serde(skip)]
    pub translated_name: Option<String>,
}

impl Band {
    /// The name a person reads: the translated one when there is one.
    pub fn label(&self) -> &str {
        self.translated_name.as_deref().unwrap_or(&self.name)
    }
}

/// A dimension of readiness, made of facets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable identifier.
    pub id: String,
    /// Title shown to respondents.
    pub title: String,
    /// What the dimension is about, shown on its intro screen.
    pub summary: String,
    /// Weight in the overall score; must be > 0.
    pub weight: f64,
    /// A published default for the reliability of the dimension's score, used to tell a
    /// real change from measurement noise until the data directory holds enough firms.
    /// Optional: without it the dimension's changes say there is no estimate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<DefaultReliability>,
    /// The facets, in the order they are asked.
    pub facets: Vec<Facet>,
}

/// A facet of a dimension, scored from its items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facet {
    /// Stable identifier.
    pub id: String,
    /// Title shown to respondents.
    pub title: String,
    /// Weight in its dimension's score; defaults to 1, must be > 0.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Why the facet matters and where to start, in a sentence or two: shown as context
    /// with the facet's next steps. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    /// A published default for the reliability of the facet's score (see
    /// [`DefaultReliability`]). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<DefaultReliability>,
    /// The items, in the order they are asked.
    pub items: Vec<Item>,
}

/// A default reliability for an area's score, written in the questionnaire from published
/// studies: with `sd` it gives the smallest change larger than measurement noise
/// (`MDC95 = 1.96 * sqrt(2) * sd * sqrt(1 - value)`). It is a default: once the data
/// directory holds enough firms, their own figures are used instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultReliability {
    /// Reliability coefficient (alpha), strictly between 0 and 1.
    pub value: f64,
    /// Assumed standard deviation of the area's score across firms, on 0-100; above 0,
    /// at most 100.
    pub sd: f64,
    /// Where `value` and `sd` come from, in words: the study, and how it was adjusted.
    pub source: String,
}

fn default_weight() -> f64 {
    1.0
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable forever: answers are matched to items by this id across versions.
    pub id: String,
    /// The statement or question the respondent answers.
    pub text: String,
    /// The name of the scale in `scales`.
    pub scale: String,
    /// A reverse-worded item: agreement means less readiness.
    #[serde(default, skip_serializing_if = "is_false")]
    pub reverse: bool,
    /// Plain explanation for the respondent, with an example.
    pub help: String,
    /// Open follow-up question an advisor asks in an interview.
    pub probe: String,
    /// For anchored scales: one sentence per level, level 1 first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anchors: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

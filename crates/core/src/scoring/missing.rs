//! What a score without a value lacks, by the coverage rules: the words every surface shows
//! in its place ("not enough answers: 1 of 3 facets scored (needs 2)"), and the counts
//! behind them for JSON.

use serde::Serialize;

use super::{DimensionScore, FacetScore, Scores, needed};

/// What a score without a value lacks, by the coverage rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Missing {
    /// A facet: items answered with a value, of its items, and how many it needs.
    Items {
        /// Items answered with a value.
        answered: usize,
        /// Items of the facet.
        total: usize,
        /// Items it needs answered: two thirds, rounded up.
        needed: usize,
    },
    /// A dimension: facets with a score, of its facets, and how many it needs.
    Facets {
        /// Facets with a score.
        scored: usize,
        /// Facets of the dimension.
        total: usize,
        /// Facets it needs scored: two thirds, rounded up.
        needed: usize,
    },
    /// The overall score: the dimensions without a score, in questionnaire order.
    Dimensions {
        /// The dimensions without a score.
        unscored: Vec<Unscored>,
    },
}

/// A dimension without a score, named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unscored {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
}

/// What a score without a value lacks: the parts the coverage rules count, and in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingSummary {
    /// `kind` (`items`, `facets` or `dimensions`) and its counts or names, inline.
    #[serde(flatten)]
    pub what: Missing,
    /// In words, e.g. "1 of 3 facets scored (needs 2)" or "Communication has no score".
    pub text: String,
}

impl MissingSummary {
    /// The summary of what is missing.
    pub fn new(what: Missing) -> Self {
        // JSON keeps English words (a machine interface); surfaces use `what.sentence()`.
        let text = crate::i18n::with_lang(crate::i18n::Lang::En, || what.to_string());
        Self { text, what }
    }
}

/// What every surface says of a score without a value, before what is missing.
pub fn not_enough_answers() -> &'static str {
    crate::tr!("core-not-enough-answers")
}

impl Missing {
    /// "not enough answers: 1 of 3 facets scored (needs 2)": the words every surface shows
    /// in place of a score without a value, in the current language (not sanitized:
    /// titles come from the file). JSON keeps the English [`Display`](std::fmt::Display).
    pub fn sentence(&self) -> String {
        match self {
            Missing::Items {
                answered,
                total,
                needed,
            } => crate::tr!(
                "core-missing-items",
                answered = *answered,
                total = *total,
                needed = *needed
            ),
            Missing::Facets {
                scored,
                total,
                needed,
            } => crate::tr!(
                "core-missing-facets",
                scored = *scored,
                total = *total,
                needed = *needed
            ),
            Missing::Dimensions { unscored } => {
                let titles: Vec<String> = unscored.iter().map(|d| d.title.clone()).collect();
                crate::tr!(
                    "core-missing-dimensions",
                    count = unscored.len(),
                    titles = crate::text::and_list(&titles)
                )
            }
        }
    }
}

impl std::fmt::Display for Missing {
    /// What is missing in words, e.g. "1 of 3 facets scored (needs 2)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Items {
                answered,
                total,
                needed,
            } => write!(f, "{answered} of {total} answered (needs {needed})"),
            Missing::Facets {
                scored,
                total,
                needed,
            } => {
                let facets = if *total == 1 { "facet" } else { "facets" };
                write!(f, "{scored} of {total} {facets} scored (needs {needed})")
            }
            Missing::Dimensions { unscored } => {
                let has = if unscored.len() == 1 { "has" } else { "have" };
                let titles: Vec<String> = unscored.iter().map(|d| d.title.clone()).collect();
                write!(f, "{} {has} no score", crate::text::and_list(&titles))
            }
        }
    }
}

impl FacetScore {
    /// What this facet lacks for a score; `None` when it has one.
    pub fn missing(&self) -> Option<Missing> {
        let s = &self.score;
        s.value.is_none().then(|| Missing::Items {
            answered: s.answered,
            total: s.total,
            needed: needed(s.total),
        })
    }
}

impl DimensionScore {
    /// Facets of this dimension with a score.
    pub fn scored_facets(&self) -> usize {
        self.facets
            .iter()
            .filter(|f| f.score.value.is_some())
            .count()
    }

    /// What this dimension lacks for a score; `None` when it has one.
    pub fn missing(&self) -> Option<Missing> {
        self.score.value.is_none().then(|| Missing::Facets {
            scored: self.scored_facets(),
            total: self.facets.len(),
            needed: needed(self.facets.len()),
        })
    }
}

impl Scores {
    /// What the overall score lacks; `None` when it has a value.
    pub fn overall_missing(&self) -> Option<Missing> {
        self.overall.value.is_none().then(|| Missing::Dimensions {
            unscored: self
                .dimensions
                .iter()
                .filter(|d| d.score.value.is_none())
                .map(|d| Unscored {
                    id: d.id.clone(),
                    title: d.title.clone(),
                })
                .collect(),
        })
    }
}

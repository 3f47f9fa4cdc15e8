//! The `compare --json` document, built from [`crate::compare`]'s comparison: two
//! assessments side by side, like for like. [`DeltaSummary`] (a score before and after) is
//! shared with the trend document.

use serde::Serialize;

use super::{JSON_SCHEMA_VERSION, serialize_rfc3339};
use crate::assessment::{Organization, QuestionnaireRef, Respondent, Status, Timestamp};
use crate::compare::{
    Comparison, Delta, Direction, ItemMove, NotCompared, NotePair, Side, Verdict,
};
use crate::noise::Noise;

/// `ecoready compare A B --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The first assessment given.
    pub before: SideSummary,
    /// The second assessment given.
    pub after: SideSummary,
    /// Both used exactly the same questionnaire content (same digest).
    pub same_questionnaire: bool,
    /// Either questionnaire averages agreement items with described-level items, so the
    /// overall score is a summary of two kinds of number (reports say so).
    pub mixes_scale_kinds: bool,
    /// Overall readiness before, after and the change.
    pub overall: DeltaSummary,
    /// Every dimension compared, with its facets.
    pub dimensions: Vec<DimensionDeltaSummary>,
    /// Items whose score changed, largest change first.
    pub moved_items: Vec<ItemMoveSummary>,
    /// Items with a note on either side.
    pub notes: Vec<NotePairSummary>,
    /// What could not be compared.
    pub not_compared: NotComparedSummary,
    /// One sentence: when a change counts as real, and which MDC95 the areas used (the
    /// data directory's evidence, the questionnaire's published default, or none).
    pub noise_note: String,
    /// Sentences to heed beside the numbers: a side that is a draft, or a comparison
    /// forced although the assessments are of two organizations or the same one.
    pub warnings: Vec<String>,
    /// The warnings in the language the comparison was made in (reports; not in JSON).
    #[serde(skip)]
    pub shown_warnings: Vec<String>,
}

impl CompareDocument {
    /// [`Self::noise_note`] in the current language, from the areas' noise.
    pub fn shown_noise_note(&self) -> String {
        crate::noise::sources_sentence(self.dimensions.iter().flat_map(|d| {
            std::iter::once(d.delta.noise).chain(d.facets.iter().map(|f| f.delta.noise))
        }))
    }

    /// The document of a comparison.
    pub fn new(comparison: &Comparison) -> Self {
        let c = comparison;
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            before: SideSummary::new(&c.before),
            after: SideSummary::new(&c.after),
            same_questionnaire: c.same_questionnaire,
            mixes_scale_kinds: c.mixes_scale_kinds,
            overall: DeltaSummary::new(&c.overall),
            dimensions: c
                .dimensions
                .iter()
                .map(|d| DimensionDeltaSummary {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    delta: DeltaSummary::new(&d.delta),
                    facets: d
                        .facets
                        .iter()
                        .map(|f| AreaDeltaSummary {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            delta: DeltaSummary::new(&f.delta),
                        })
                        .collect(),
                })
                .collect(),
            moved_items: c.moved_items.clone(),
            notes: c.notes.clone(),
            not_compared: c.not_compared.clone(),
            noise_note: crate::i18n::with_lang(crate::i18n::Lang::En, || c.noise_note()),
            warnings: c.warnings.clone(),
            shown_warnings: c.shown_warnings.clone(),
        }
    }
}

/// One assessment of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideSummary {
    /// The full assessment id.
    pub id: String,
    /// `draft` or `complete`.
    pub status: Status,
    /// `name`, `sector`.
    pub organization: Organization,
    /// `name`, `role`.
    pub respondent: Respondent,
    /// The round label, or null.
    pub round: Option<String>,
    /// Completion time (last change for a draft), RFC 3339 with offset.
    #[serde(serialize_with = "serialize_rfc3339")]
    pub date: Timestamp,
    /// `id`, `version`, `digest`.
    pub questionnaire: QuestionnaireRef,
}

impl SideSummary {
    fn new(side: &Side) -> Self {
        Self {
            id: side.id.clone(),
            status: side.status,
            organization: Organization {
                name: side.organization.clone(),
                sector: side.sector.clone(),
            },
            respondent: Respondent {
                name: side.respondent.clone(),
                role: side.role.clone(),
            },
            round: side.round.clone(),
            date: side.date,
            questionnaire: side.questionnaire.clone(),
        }
    }
}

/// A score before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeltaSummary {
    /// 0-100, or null when there were not enough answers.
    pub before: Option<f64>,
    /// 0-100, or null.
    pub after: Option<f64>,
    /// `after - before`, or null when either is null.
    pub change: Option<f64>,
    /// `up`, `down`, `same` (a change under 0.05) or `unknown`: the sign only.
    pub direction: Direction,
    /// Whether the change is more than measurement noise: `real` (at least `noise.mdc95`),
    /// `within noise`, `no estimate` (no MDC95 for the area) or `not comparable`.
    pub verdict: Verdict,
    /// The area's smallest real change: `mdc95` and `source` (`data_directory` with
    /// `firms`, or `questionnaire_default`); null when there is no estimate.
    pub noise: Option<Noise>,
    /// In a comparison: the items of this area both sides answered with a value, which
    /// `before`, `after` and `change` rest on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<usize>,
    /// In a comparison: the items of this area both questionnaires have.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_items: Option<usize>,
}

impl DeltaSummary {
    /// The summary of a delta.
    pub fn new(delta: &Delta) -> Self {
        Self {
            before: delta.before,
            after: delta.after,
            change: delta.change,
            direction: delta.direction,
            verdict: delta.verdict(),
            noise: delta.noise,
            items: delta.items,
            shared_items: delta.shared,
        }
    }

    /// "on 3 of 4 items": what a change in a comparison rests on; `None` outside one.
    pub fn resting_on(&self) -> Option<String> {
        let (items, shared) = self.items.zip(self.shared_items)?;
        Some(crate::tr!("core-resting-on", items = items, count = shared))
    }

    /// The change against measurement noise, short enough for a table cell:
    /// "real (≥ 31.7)", "within noise (< 31.7)", "no estimate", or "" when not comparable.
    pub fn noise_cell(&self) -> String {
        match (self.verdict, self.noise) {
            (Verdict::Real, Some(n)) => crate::tr!(
                "core-noise-cell-real",
                mdc95 = crate::i18n::decimal(n.mdc95, 1)
            ),
            (Verdict::WithinNoise, Some(n)) => crate::tr!(
                "core-noise-cell-within",
                mdc95 = crate::i18n::decimal(n.mdc95, 1)
            ),
            (Verdict::NotComparable, _) => String::new(),
            _ => crate::tr!("core-noise-cell-no-estimate").to_string(),
        }
    }

    /// What a change in a comparison rests on, or that it is not comparable (and on what
    /// it would have rested): "on 3 of 4 items", "not comparable (on 1 of 3 items)".
    pub fn like_for_like(&self) -> String {
        match (self.change, self.resting_on()) {
            (Some(_), Some(items)) => items,
            (Some(_), None) => String::new(),
            (None, Some(items)) => crate::tr!("core-not-comparable-resting-on", items = items),
            (None, None) => crate::tr!("core-not-comparable").to_string(),
        }
    }
}

/// A dimension's change, with its facets'.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionDeltaSummary {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// `before`, `after`, `change`, `direction`, inline.
    #[serde(flatten)]
    pub delta: DeltaSummary,
    /// Its facets.
    pub facets: Vec<AreaDeltaSummary>,
}

/// A facet's (or, in a trend, a dimension's) change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaDeltaSummary {
    /// Facet (or dimension) id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// `before`, `after`, `change`, `direction`, inline.
    #[serde(flatten)]
    pub delta: DeltaSummary,
}

/// An item whose score changed: `item`, `text`, `dimension`, `answer_before` and
/// `answer_after` (the option's label, or "level N" on an anchored scale), `reverse`,
/// `before`, `after` (item scores on 0-100) and `change`, as the comparison holds it.
pub type ItemMoveSummary = ItemMove;

/// The notes on one item: `item`, `text`, `before`, `after` (`""` when none).
pub type NotePairSummary = NotePair;

/// What could not be compared: `shared_items`, `both_answered` (every change rests on
/// these), `items_only_before`, `items_only_after`, `dimensions` (titles of those without
/// a shared item) and `note`, one sentence saying what was compared.
pub type NotComparedSummary = NotCompared;

//! Two assessments side by side: per dimension and facet the score before, after and the
//! change, the items that moved most, and the notes. Pure.
//!
//! Every change is computed like for like ([`like_for_like`]): both sides are scored on
//! the items both questionnaires have (by item id) and both respondents answered with a
//! value, under the ordinary coverage rules, so a change is a change in the answers and not
//! in which questions happened to be answered. Each change says how many items it rests
//! on; one the shared answers do not cover well enough is "not comparable". [`NotCompared`]
//! says what was left out.

mod checks;
mod delta;
mod items;
mod like_for_like;
mod unmatched;

use std::collections::BTreeSet;

pub use checks::{Objection, objection};
pub use delta::{Delta, Direction, SAME_WITHIN, Verdict};
pub use items::answer_words;
pub use like_for_like::{LikeForLike, like_for_like};
pub use unmatched::no_common_questions;

use serde::Serialize;

use crate::assessment::{Assessment, QuestionnaireRef, Status, Timestamp};
use crate::noise::NoiseTable;
use crate::questionnaire::Questionnaire;
use crate::scoring::{DimensionScore, FacetScore, Scores};

/// One assessment of the pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Assessment id.
    pub id: String,
    /// Organization name.
    pub organization: String,
    /// The organization's sector.
    pub sector: String,
    /// Respondent name.
    pub respondent: String,
    /// The respondent's role.
    pub role: String,
    /// Round label.
    pub round: Option<String>,
    /// Draft or complete.
    pub status: Status,
    /// When it was completed (last changed, for a draft).
    pub date: Timestamp,
    /// The questionnaire it used.
    pub questionnaire: QuestionnaireRef,
}

/// A facet's change.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetDelta {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The change.
    pub delta: Delta,
}

/// A dimension's change and its facets'.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionDelta {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The change.
    pub delta: Delta,
    /// Its facets: the later questionnaire's order, then facets only the earlier one has.
    pub facets: Vec<FacetDelta>,
}

/// An item whose score changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemMove {
    /// Item id.
    pub item: String,
    /// Item text (from the later questionnaire).
    pub text: String,
    /// Id of its dimension (in the later questionnaire).
    pub dimension: String,
    /// The answer given before, in words: the option's label ("Disagree") or, for an
    /// anchored item, its level ("level 2").
    pub answer_before: String,
    /// The answer given after, in words.
    pub answer_after: String,
    /// The item is worded in reverse: agreeing scores low.
    pub reverse: bool,
    /// Item score before, 0-100.
    pub before: Option<f64>,
    /// Item score after, 0-100.
    pub after: Option<f64>,
    /// `after - before`.
    pub change: f64,
}

/// The notes on one item, before and after; empty where there was none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotePair {
    /// Item id.
    pub item: String,
    /// Item text.
    pub text: String,
    /// Note before.
    pub before: String,
    /// Note after.
    pub after: String,
}

/// What could not be compared because the questionnaires differ.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct NotCompared {
    /// Items both questionnaires have (every item when they are the same).
    pub shared_items: usize,
    /// Of those, the items both sides answered with a value: every change rests on these.
    pub both_answered: usize,
    /// Ids of items only the earlier questionnaire has.
    pub items_only_before: Vec<String>,
    /// Ids of items only the later questionnaire has.
    pub items_only_after: Vec<String>,
    /// Titles of dimensions with no shared items.
    pub dimensions: Vec<String>,
    /// One plain sentence saying what was compared and what was not (English: JSON).
    pub note: String,
    /// The same sentence in the language the comparison was made in, for reports.
    #[serde(skip)]
    pub shown_note: String,
}

/// Everything that changed between two assessments.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The earlier assessment.
    pub before: Side,
    /// The later assessment.
    pub after: Side,
    /// Both used exactly the same questionnaire content.
    pub same_questionnaire: bool,
    /// Either questionnaire averages agreement items with described-level items.
    pub mixes_scale_kinds: bool,
    /// Overall readiness.
    pub overall: Delta,
    /// Every dimension: the later questionnaire's order, then those only the earlier has.
    pub dimensions: Vec<DimensionDelta>,
    /// Items whose score changed, largest change first.
    pub moved_items: Vec<ItemMove>,
    /// Items with a note on either side.
    pub notes: Vec<NotePair>,
    /// What was left out.
    pub not_compared: NotCompared,
    /// What must be said beside the numbers: a side that is a draft, or a comparison made
    /// although [`objection`] refused it (different organizations, the same assessment).
    pub warnings: Vec<String>,
    /// The warnings in the language the comparison was made in, for reports.
    pub shown_warnings: Vec<String>,
}

/// Compares two assessments, the earlier one (by [`Assessment::recorded_at`]) as "before", whatever order
/// they are given in.
pub fn compare_in_order(
    a: (&Assessment, &Questionnaire),
    b: (&Assessment, &Questionnaire),
) -> Comparison {
    if a.0.recorded_at() <= b.0.recorded_at() {
        compare(a, b)
    } else {
        compare(b, a)
    }
}

/// Compares `before` with `after`, each with the questionnaire it used.
pub fn compare(
    before: (&Assessment, &Questionnaire),
    after: (&Assessment, &Questionnaire),
) -> Comparison {
    let (a_before, q_before) = before;
    let (a_after, q_after) = after;
    let same_questionnaire = a_before.questionnaire.digest == a_after.questionnaire.digest;
    let l = like_for_like(
        (&a_before.responses(), q_before),
        (&a_after.responses(), q_after),
    );
    let overall = Delta::like_for_like(&l.before.overall, &l.after.overall);
    let dimensions = dimension_deltas(&l.before, &l.after);
    // Worded twice: in English for the JSON document (a machine interface), and in the
    // current language for the reports.
    let not_compared_now = || {
        let mut not_compared = unmatched::not_compared(
            q_before,
            q_after,
            (&l.shared, l.items.len()),
            same_questionnaire,
        );
        if overall.change.is_none()
            && let Some(sentence) = unmatched::overall_sentence(q_after, &dimensions)
        {
            not_compared.note = format!("{} {sentence}", not_compared.note);
        }
        not_compared
    };
    let mut not_compared = crate::i18n::with_lang(crate::i18n::Lang::En, not_compared_now);
    not_compared.shown_note = not_compared_now().note;
    let warnings = crate::i18n::with_lang(crate::i18n::Lang::En, || {
        checks::warnings(a_before, a_after)
    });
    Comparison {
        before: side(a_before),
        after: side(a_after),
        same_questionnaire,
        mixes_scale_kinds: q_before.mixes_scale_kinds() || q_after.mixes_scale_kinds(),
        overall,
        dimensions,
        moved_items: items::moved_items(before, after, &l.items),
        notes: items::note_pairs(before, after),
        not_compared,
        warnings,
        shown_warnings: checks::warnings(a_before, a_after),
    }
    .judged_by(&NoiseTable::defaults(q_after))
}

impl Comparison {
    /// The same comparison with every dimension's and facet's change judged against
    /// `noise` (the later questionnaire's areas). [`compare`] judges by the later
    /// questionnaire's defaults; the application passes the data directory's evidence.
    pub fn judged_by(mut self, noise: &NoiseTable) -> Self {
        for dimension in &mut self.dimensions {
            dimension.delta = dimension.delta.with_noise(noise.dimension(&dimension.id));
            for facet in &mut dimension.facets {
                facet.delta = facet
                    .delta
                    .with_noise(noise.facet(&dimension.id, &facet.id));
            }
        }
        self
    }

    /// When a change counts as real and which MDC95 the areas used, in one sentence
    /// ([`crate::noise::sources_sentence`]).
    pub fn noise_note(&self) -> String {
        crate::noise::sources_sentence(self.dimensions.iter().flat_map(|d| {
            std::iter::once(d.delta.noise).chain(d.facets.iter().map(|f| f.delta.noise))
        }))
    }
}

/// `q` with only the items whose ids are in `ids`; facets and dimensions left without
/// items are dropped, everything else (scales, bands, weights) is kept.
pub fn restricted_to(q: &Questionnaire, ids: &BTreeSet<String>) -> Questionnaire {
    let mut restricted = q.clone();
    for dimension in &mut restricted.dimensions {
        for facet in &mut dimension.facets {
            facet.items.retain(|item| ids.contains(&item.id));
        }
        dimension.facets.retain(|facet| !facet.items.is_empty());
    }
    restricted.dimensions.retain(|d| !d.facets.is_empty());
    restricted
}

fn side(assessment: &Assessment) -> Side {
    Side {
        id: assessment.id.clone(),
        organization: assessment.organization.name.clone(),
        sector: assessment.organization.sector.clone(),
        respondent: assessment.respondent.name.clone(),
        role: assessment.respondent.role.clone(),
        round: assessment.round.clone(),
        status: assessment.status,
        date: assessment.recorded_at(),
        questionnaire: assessment.questionnaire.clone(),
    }
}

/// Dimensions matched by id: the later scores' order, then dimensions only scored before.
fn dimension_deltas(before: &Scores, after: &Scores) -> Vec<DimensionDelta> {
    let delta = |b: Option<&DimensionScore>, a: Option<&DimensionScore>| {
        let (id, title) = a
            .or(b)
            .map(|d| (d.id.clone(), d.title.clone()))
            .unwrap_or_default();
        let no_facets: &[FacetScore] = &[];
        DimensionDelta {
            id,
            title,
            delta: match (b, a) {
                (Some(b), Some(a)) => Delta::like_for_like(&b.score, &a.score),
                _ => Delta::new(b.and_then(|d| d.score.value), a.and_then(|d| d.score.value)),
            },
            facets: facet_deltas(
                b.map_or(no_facets, |d| d.facets.as_slice()),
                a.map_or(no_facets, |d| d.facets.as_slice()),
            ),
        }
    };
    let mut deltas: Vec<DimensionDelta> = after
        .dimensions
        .iter()
        .map(|a| delta(before.dimension(&a.id), Some(a)))
        .collect();
    deltas.extend(
        before
            .dimensions
            .iter()
            .filter(|b| after.dimension(&b.id).is_none())
            .map(|b| delta(Some(b), None)),
    );
    deltas
}

fn facet_deltas(before: &[FacetScore], after: &[FacetScore]) -> Vec<FacetDelta> {
    let mut deltas: Vec<FacetDelta> = after
        .iter()
        .map(|a| FacetDelta {
            id: a.id.clone(),
            title: a.title.clone(),
            delta: match before.iter().find(|f| f.id == a.id) {
                Some(b) => Delta::like_for_like(&b.score, &a.score),
                None => Delta::new(None, a.score.value),
            },
        })
        .collect();
    deltas.extend(
        before
            .iter()
            .filter(|b| after.iter().all(|a| a.id != b.id))
            .map(|b| FacetDelta {
                id: b.id.clone(),
                title: b.title.clone(),
                delta: Delta::new(b.score.value, None),
            }),
    );
    deltas
}

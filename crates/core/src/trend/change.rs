//! A change between two points of a trend, like for like: only the respondents present at
//! both points (matched by name, ignoring case and surrounding spaces), each pair scored
//! with [`like_for_like`] on the items both of them answered, so that a respondent who
//! joined, left or answered "don't know" does not move the figure.
//!
//! Per area (overall, dimension, facet) the change is the mean over the pairs that have a
//! like-for-like score on both sides of `after - before`; `before` and `after` are the
//! means of those pairs' scores. An area no pair can score on both sides (the coverage
//! rules of [`crate::scoring`] on the shared items) is "not comparable".

use crate::assessment::{Assessment, QuestionnaireRef};
use crate::compare::{Delta, like_for_like, no_common_questions};
use crate::questionnaire::Questionnaire;
use crate::scoring::{Score, Scores};
use crate::text::same_name;
use crate::tr;

use super::TrendFacet;

/// One area's like-for-like change and what it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaDelta {
    /// Mean like-for-like scores before and after, and the change.
    pub delta: Delta,
    /// Respondents whose answers at both points score this area like for like.
    pub respondents: usize,
    /// Items compared in this area, summed over those respondents.
    pub items: usize,
}

impl AreaDelta {
    /// An area nobody can compare.
    fn not_comparable() -> Self {
        Self {
            delta: Delta::new(None, None),
            respondents: 0,
            items: 0,
        }
    }
}

/// A respondent present at only one of the two points, or set aside for another reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// Respondent's name as written.
    pub name: String,
    /// Assessment id.
    pub assessment_id: String,
    /// Why the respondent is not in the change, in plain words.
    pub reason: String,
}

/// The like-for-like change between two points.
#[derive(Debug, Clone, PartialEq)]
pub struct PointChange {
    /// Index of the earlier point in [`super::Trend::points`].
    pub from: usize,
    /// Index of the later point.
    pub to: usize,
    /// Names (as written at the later point) of the respondents compared.
    pub respondents: Vec<String>,
    /// Respondents at either point who are not compared, with the reason.
    pub left_out: Vec<LeftOut>,
    /// Every assessment at both points used the same questionnaire (id, version, digest).
    pub same_questionnaire: bool,
    /// When the questionnaires differ and no questionnaire at the earlier point shares an
    /// item id with one at the later point (as `ecosystem-readiness` 1.0.0 and 2.0.0): the
    /// plain sentence to say instead of any change.
    pub no_common_questions: Option<String>,
    /// Overall readiness.
    pub overall: AreaDelta,
    /// Every dimension, aligned with [`super::Trend::dimensions`].
    pub dimensions: Vec<AreaDelta>,
    /// Every facet, aligned with [`super::Trend::facets`].
    pub facets: Vec<AreaDelta>,
}

impl PointChange {
    /// The same respondents on the same questionnaire at both points: nothing left out.
    pub fn whole(&self) -> bool {
        self.left_out.is_empty() && self.same_questionnaire
    }
}

/// The members of one point: each assessment with the questionnaire it used, oldest first.
pub(super) type Members<'a> = [(&'a Assessment, &'a Questionnaire)];

/// The like-for-like change from the point `from` (members `before`) to `to` (`after`).
pub(super) fn between(
    (from, before): (usize, &Members),
    (to, after): (usize, &Members),
    dimensions: &[(String, String)],
    facets: &[TrendFacet],
) -> PointChange {
    let mut left_out = Vec::new();
    let before = one_per_name(before, &mut left_out);
    let after = one_per_name(after, &mut left_out);
    let mut pairs = Vec::new();
    for &(a, qa) in &before {
        match after
            .iter()
            .find(|(b, _)| same_name(&a.respondent.name, &b.respondent.name))
        {
            Some(&(b, qb)) => pairs.push(((a, qa), (b, qb))),
            None => left_out.push(left(a, tr!("core-trend-left-not-later"))),
        }
    }
    for &(b, _) in &after {
        if !before
            .iter()
            .any(|(a, _)| same_name(&a.respondent.name, &b.respondent.name))
        {
            left_out.push(left(b, tr!("core-trend-left-not-earlier")));
        }
    }
    let scored: Vec<(Scores, Scores)> = pairs
        .iter()
        .map(|((a, qa), (b, qb))| {
            let l = like_for_like((&a.responses(), qa), (&b.responses(), qb));
            (l.before, l.after)
        })
        .collect();
    let digests = |members: &[(&Assessment, &Questionnaire)]| -> Vec<QuestionnaireRef> {
        members
            .iter()
            .map(|(a, _)| a.questionnaire.clone())
            .collect()
    };
    let all = [digests(&before), digests(&after)].concat();
    let same_questionnaire = all.windows(2).all(|w| w[0] == w[1]);
    let no_common_questions = (!same_questionnaire && !any_common_item(&before, &after))
        // Kept in English: the trend document carries it to JSON.
        .then(|| {
            crate::i18n::with_lang(crate::i18n::Lang::En, || {
                no_common_questions(&versions(&all))
            })
        });
    PointChange {
        from,
        to,
        respondents: pairs
            .iter()
            .map(|(_, (b, _))| b.respondent.name.trim().to_string())
            .collect(),
        left_out,
        same_questionnaire,
        no_common_questions,
        overall: pooled(&scored, |s| Some(&s.overall)),
        dimensions: dimensions
            .iter()
            .map(|(id, _)| pooled(&scored, |s| Some(&s.dimension(id)?.score)))
            .collect(),
        facets: facets
            .iter()
            .map(|facet| {
                pooled(&scored, |s| {
                    let d = s.dimension(&facet.dimension)?;
                    Some(&d.facets.iter().find(|f| f.id == facet.id)?.score)
                })
            })
            .collect(),
    }
}

/// Some questionnaire at the earlier point shares an item id with one at the later point.
fn any_common_item(before: &Members, after: &Members) -> bool {
    before.iter().any(|(_, qa)| {
        after.iter().any(|(_, qb)| {
            qa.items()
                .any(|a| qb.items().any(|b| a.item.id == b.item.id))
        })
    })
}

/// Each questionnaire version once, as `id version`, in first use order.
fn versions(used: &[QuestionnaireRef]) -> Vec<String> {
    let mut versions: Vec<String> = Vec::new();
    for reference in used {
        let version = format!("{} {}", reference.id, reference.version);
        if !versions.contains(&version) {
            versions.push(version);
        }
    }
    versions
}

/// The latest assessment of each respondent name (members are oldest first); earlier ones
/// under the same name are left out, since one person counts once.
fn one_per_name<'a>(
    members: &Members<'a>,
    left_out: &mut Vec<LeftOut>,
) -> Vec<(&'a Assessment, &'a Questionnaire)> {
    let mut kept: Vec<(&Assessment, &Questionnaire)> = Vec::new();
    for &(a, q) in members.iter().rev() {
        if kept
            .iter()
            .any(|(k, _)| same_name(&k.respondent.name, &a.respondent.name))
        {
            left_out.push(left(a, tr!("core-trend-left-later-same-name")));
        } else {
            kept.push((a, q));
        }
    }
    kept.reverse();
    kept
}

fn left(a: &Assessment, reason: &str) -> LeftOut {
    LeftOut {
        name: a.respondent.name.trim().to_string(),
        assessment_id: a.id.clone(),
        reason: reason.to_string(),
    }
}

/// The mean change of one area over the pairs that score it on both sides.
fn pooled(pairs: &[(Scores, Scores)], area: impl Fn(&Scores) -> Option<&Score>) -> AreaDelta {
    let both: Vec<(f64, f64, usize)> = pairs
        .iter()
        .filter_map(|(before, after)| {
            let (b, a) = (area(before)?, area(after)?);
            Some((b.value?, a.value?, b.answered))
        })
        .collect();
    if both.is_empty() {
        return AreaDelta::not_comparable();
    }
    let n = both.len() as f64;
    let before = both.iter().map(|(b, _, _)| b).sum::<f64>() / n;
    let after = both.iter().map(|(_, a, _)| a).sum::<f64>() / n;
    AreaDelta {
        delta: Delta::new(Some(before), Some(after)),
        respondents: both.len(),
        items: both.iter().map(|(_, _, items)| items).sum(),
    }
}

//! Scoring two answer sets on the same items, so that a change between them is a change in
//! the answers and not in which questions happened to be answered.
//!
//! Both sides are scored on the items both questionnaires have (by item id) **and** both
//! respondents answered with a value. Each side keeps its own questionnaire's scales (an
//! item's score is read on the scale its respondent saw), but both are aggregated over the
//! same structure, so the ordinary coverage rules of [`scoring::score`] decide what is
//! comparable: a facet, dimension or overall score that the shared answers do not cover
//! well enough has no value on either side, and its change is "not comparable".

use std::collections::{BTreeMap, BTreeSet};

use super::restricted_to;
use crate::assessment::Response;
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Scores};

/// Two sides scored like for like.
#[derive(Debug, Clone, PartialEq)]
pub struct LikeForLike {
    /// The earlier side, scored on [`LikeForLike::items`] only.
    pub before: Scores,
    /// The later side, scored on [`LikeForLike::items`] only.
    pub after: Scores,
    /// Ids of the items both sides answered with a value: every change rests on these.
    pub items: BTreeSet<String>,
    /// Ids of the items both questionnaires have, answered or not: the coverage of each
    /// like-for-like score counts against these.
    pub shared: BTreeSet<String>,
}

/// Scores `before` and `after` (responses by item id, each with the questionnaire it was
/// answered on) on the items both questionnaires have and both sides answered with a value.
pub fn like_for_like(
    before: (&BTreeMap<String, Response>, &Questionnaire),
    after: (&BTreeMap<String, Response>, &Questionnaire),
) -> LikeForLike {
    let (responses_before, q_before) = before;
    let (responses_after, q_after) = after;
    let ids_after: BTreeSet<&str> = q_after.items().map(|r| r.item.id.as_str()).collect();
    let shared: BTreeSet<String> = q_before
        .items()
        .map(|r| r.item.id.clone())
        .filter(|id| ids_after.contains(id.as_str()))
        .collect();
    let scored = |q: &Questionnaire, responses: &BTreeMap<String, Response>, id: &str| {
        let item = q.find_item(id)?.item;
        scoring::item_score(q, item, *responses.get(id)?)
    };
    let items: BTreeSet<String> = shared
        .iter()
        .filter(|id| {
            scored(q_before, responses_before, id).is_some()
                && scored(q_after, responses_after, id).is_some()
        })
        .cloned()
        .collect();
    let only_common = |responses: &BTreeMap<String, Response>| -> BTreeMap<String, Response> {
        responses
            .iter()
            .filter(|(id, _)| items.contains(*id))
            .map(|(id, response)| (id.clone(), *response))
            .collect()
    };
    LikeForLike {
        before: scoring::score(
            &restricted_to(q_before, &shared),
            &only_common(responses_before),
        ),
        after: scoring::score(
            &restricted_to(q_after, &shared),
            &only_common(responses_after),
        ),
        items,
        shared,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse;

    fn two_dimensions() -> Questionnaire {
        parse(include_str!(
            "../../../../tests/fixtures/two-dimensions.yaml"
        ))
        .unwrap()
    }

    fn answers(pairs: &[(&str, Option<u8>)]) -> BTreeMap<String, Response> {
        pairs
            .iter()
            .map(|(id, v)| {
                let response = v.map_or(Response::DontKnow, Response::Value);
                (id.to_string(), response)
            })
            .collect()
    }

    #[test]
    fn only_items_both_sides_answered_count() {
        let q = two_dimensions();
        // Before: a1=1 (0), a2=4 (50), a3=7 (100), b1=4 (50), b2 don't know.
        let before = answers(&[
            ("a1", Some(1)),
            ("a2", Some(4)),
            ("a3", Some(7)),
            ("b1", Some(4)),
            ("b2", None),
        ]);
        // After: a1 unanswered, a2=7 (100), a3=7 (100), b1=7 (100), b2=7 (100).
        let after = answers(&[
            ("a2", Some(7)),
            ("a3", Some(7)),
            ("b1", Some(7)),
            ("b2", Some(7)),
        ]);
        let l = like_for_like((&before, &q), (&after, &q));
        let ids: Vec<&str> = l.items.iter().map(String::as_str).collect();
        assert_eq!(ids, ["a2", "a3", "b1"]);
        assert_eq!(l.shared.len(), 5);
        let facet = |s: &Scores, d: usize, f: usize| s.dimensions[d].facets[f].score.value;
        // f1 rests on a2 alone: 1 of 2 items is below two thirds, so neither side has it.
        assert_eq!(facet(&l.before, 0, 0), None);
        assert_eq!(facet(&l.after, 0, 0), None);
        // f2 rests on a3: 100 on both sides.
        assert_eq!(facet(&l.before, 0, 1), Some(100.0));
        assert_eq!(facet(&l.after, 0, 1), Some(100.0));
        // b rests on b1 alone (b2 was "don't know" before): 1 of 2, not comparable.
        assert_eq!(facet(&l.before, 1, 0), None);
        assert_eq!(facet(&l.after, 1, 0), None);
        // Both sides count the same items.
        assert_eq!(l.before.overall.answered, 3);
        assert_eq!(l.after.overall.answered, 3);
        assert_eq!(l.before.overall.total, 5);
    }

    #[test]
    fn a_change_on_common_items_is_the_difference_of_their_scores() {
        let q = two_dimensions();
        let before = answers(&[("a1", Some(1)), ("a2", Some(1)), ("a3", Some(4))]);
        let after = answers(&[("a1", Some(4)), ("a2", Some(7)), ("a3", Some(4))]);
        let l = like_for_like((&before, &q), (&after, &q));
        // f1: before (0 + 0) / 2 = 0, after (50 + 100) / 2 = 75.
        assert_eq!(l.before.dimensions[0].facets[0].score.value, Some(0.0));
        assert_eq!(l.after.dimensions[0].facets[0].score.value, Some(75.0));
        // beta was answered on neither side: no value, nothing compared.
        assert_eq!(l.before.dimensions[1].score.value, None);
        assert_eq!(l.after.dimensions[1].score.value, None);
    }

    #[test]
    fn items_only_one_questionnaire_has_are_left_out() {
        let q = two_dimensions();
        let mut smaller = q.clone();
        smaller.dimensions[1].facets[0].items.pop(); // no b2
        let both = answers(&[("b1", Some(7)), ("b2", Some(7))]);
        let l = like_for_like((&both, &q), (&both, &smaller));
        assert!(!l.shared.contains("b2"));
        assert_eq!(l.items.len(), 1);
        // On the shared structure b has one item, b1, answered on both sides.
        assert_eq!(l.before.dimensions[1].id, "beta");
        assert_eq!(l.before.dimensions[1].facets[0].score.value, Some(100.0));
    }
}

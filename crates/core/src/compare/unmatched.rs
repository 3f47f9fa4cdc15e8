//! What a comparison leaves out, in numbers and in a sentence: items only one questionnaire
//! has, items one side did not answer with a value, and an overall change that cannot be
//! made.

use std::collections::BTreeSet;

use super::{DimensionDelta, NotCompared};
use crate::questionnaire::Questionnaire;
use crate::text::and_list;

/// What of `q_before` and `q_after` lies outside the `shared` item ids, of which
/// `both_answered` were answered with a value on both sides.
pub(super) fn not_compared(
    q_before: &Questionnaire,
    q_after: &Questionnaire,
    (shared, both_answered): (&BTreeSet<String>, usize),
    same_questionnaire: bool,
) -> NotCompared {
    let only = |q: &Questionnaire| -> Vec<String> {
        q.items()
            .map(|r| r.item.id.clone())
            .filter(|id| !shared.contains(id))
            .collect()
    };
    let (items_only_before, items_only_after) = (only(q_before), only(q_after));
    let mut dimensions: Vec<String> = Vec::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for dimension in q_after.dimensions.iter().chain(&q_before.dimensions) {
        // A dimension id in both questionnaires is named once, and counts as compared if
        // either version of it has a shared item.
        let compared = [q_before, q_after]
            .iter()
            .filter_map(|q| q.dimension(&dimension.id))
            .flat_map(|d| d.facets.iter().flat_map(|f| &f.items))
            .any(|item| shared.contains(&item.id));
        if !compared && seen.insert(dimension.id.as_str()) {
            dimensions.push(dimension.title.clone());
        }
    }
    let note = if shared.is_empty() {
        let version = |q: &Questionnaire| format!("{} {}", q.id, q.version);
        no_common_questions(&[version(q_before), version(q_after)])
    } else {
        note_sentence(
            (shared.len(), both_answered),
            items_only_before.len(),
            items_only_after.len(),
            &dimensions,
            same_questionnaire,
        )
    };
    NotCompared {
        shared_items: shared.len(),
        both_answered,
        items_only_before,
        items_only_after,
        dimensions,
        shown_note: note.clone(),
        note,
    }
}

/// When the overall change cannot be made: which dimensions cannot be compared, and the
/// change across those that can (weighted as in the overall score), so a reader is not
/// left with nothing; `None` when no dimension can be compared.
pub(super) fn overall_sentence(q: &Questionnaire, dimensions: &[DimensionDelta]) -> Option<String> {
    let weight = |id: &str| q.dimension(id).map_or(1.0, |d| d.weight);
    let (mut sum, mut weights, mut compared) = (0.0, 0.0, 0);
    let mut left_out = Vec::new();
    for d in dimensions {
        match d.delta.change {
            Some(change) => {
                sum += change * weight(&d.id);
                weights += weight(&d.id);
                compared += 1;
            }
            None => left_out.push(d.title.clone()),
        }
    }
    if compared == 0 || weights <= 0.0 {
        return None;
    }
    Some(crate::tr!(
        "core-overall-not-comparable",
        titles = and_list(&left_out),
        count = left_out.len(),
        compared = compared,
        change = always_signed(sum / weights)
    ))
}

/// A change with its sign always written, zero too (`+0.0`), as `{:+.1}` writes it,
/// with the language's decimal sign.
fn always_signed(change: f64) -> String {
    let sign = if change.is_sign_negative() { '-' } else { '+' };
    format!("{sign}{}", crate::i18n::decimal(change.abs(), 1))
}

/// Said instead of any change when the check-ins' questionnaires (`versions`, each as
/// `id version`) have no item id in common, as between `ecosystem-readiness` 1.0.0 and
/// 2.0.0: empty tables would leave the reader guessing why.
pub fn no_common_questions(versions: &[String]) -> String {
    crate::tr!("core-no-common-questions", versions = and_list(versions))
}

/// What was compared, when the questionnaires share at least one question.
fn note_sentence(
    (shared, both_answered): (usize, usize),
    only_before: usize,
    only_after: usize,
    dimensions: &[String],
    same_questionnaire: bool,
) -> String {
    let all = both_answered == shared;
    let note = match (same_questionnaire, all) {
        (true, true) => crate::tr!("core-note-same-all", count = shared),
        (true, false) => crate::tr!(
            "core-note-same-some",
            answered = both_answered,
            count = shared
        ),
        (false, true) => crate::tr!("core-note-shared-all", count = shared),
        (false, false) => crate::tr!(
            "core-note-shared-some",
            answered = both_answered,
            count = shared
        ),
    };
    if same_questionnaire {
        return note;
    }
    let note = match (only_before, only_after) {
        (0, 0) => crate::tr!("core-note-every-question-shared", compared = note),
        (before, 0) => crate::tr!("core-note-only-earlier", compared = note, count = before),
        (0, after) => crate::tr!("core-note-only-later", compared = note, count = after),
        (before, after) => crate::tr!(
            "core-note-only-both",
            compared = note,
            before = before,
            after = after
        ),
    };
    if dimensions.is_empty() {
        note
    } else {
        crate::tr!(
            "core-note-not-compared-dimensions",
            note = note,
            dimensions = dimensions.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse;

    #[test]
    fn questionnaires_without_a_common_question_say_so_plainly() {
        let q = parse(include_str!(
            "../../../../tests/fixtures/two-dimensions.yaml"
        ))
        .unwrap();
        let mut other = q.clone();
        other.version = "2.0.0".to_string();
        for dimension in &mut other.dimensions {
            for facet in &mut dimension.facets {
                for item in &mut facet.items {
                    item.id = format!("new_{}", item.id);
                }
            }
        }
        let unmatched = not_compared(&q, &other, (&BTreeSet::new(), 0), false);
        assert_eq!(unmatched.shared_items, 0);
        assert_eq!(
            unmatched.note,
            format!(
                "These check-ins used different questionnaire versions ({id} {} and {id} \
                 2.0.0) with no question in common: nothing can be compared.",
                q.version,
                id = q.id
            )
        );
    }

    #[test]
    fn the_note_counts_what_each_side_lacks() {
        assert_eq!(
            note_sentence((15, 15), 0, 35, &[], false),
            "Compared on the 15 questions both questionnaires share; both answered all 15 \
             questions with a value; 35 questions of the later one have no counterpart."
        );
        assert_eq!(
            note_sentence((2, 1), 1, 0, &["Data".to_string()], false),
            "Compared on the 2 questions both questionnaires share; both answered 1 of them \
             with a value, and every change rests on those only; 1 question of the earlier \
             one has no counterpart. Not compared at all: Data."
        );
        // The same questionnaire: the truth instead of "all 50 questions were compared".
        assert_eq!(
            note_sentence((50, 40), 0, 0, &[], true),
            "Both used the same questionnaire; both answered 40 of its 50 questions with a \
             value, and every change rests on those only."
        );
    }
}

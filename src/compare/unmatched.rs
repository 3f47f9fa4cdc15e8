//! What a comparison across questionnaire versions leaves out, in numbers and in a sentence.

use std::collections::BTreeSet;

use super::NotCompared;
use crate::questionnaire::Questionnaire;

/// What of `q_before` and `q_after` lies outside the `shared` item ids.
pub(super) fn not_compared(
    q_before: &Questionnaire,
    q_after: &Questionnaire,
    shared: &BTreeSet<String>,
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
    let note = note_sentence(
        shared.len(),
        items_only_before.len(),
        items_only_after.len(),
        &dimensions,
        same_questionnaire,
    );
    NotCompared {
        shared_items: shared.len(),
        items_only_before,
        items_only_after,
        dimensions,
        note,
    }
}

fn note_sentence(
    shared: usize,
    only_before: usize,
    only_after: usize,
    dimensions: &[String],
    same_questionnaire: bool,
) -> String {
    if same_questionnaire {
        return format!(
            "Both used the same questionnaire; all {} were compared.",
            questions(shared)
        );
    }
    if shared == 0 {
        return "The two questionnaires share no questions, so nothing could be compared."
            .to_string();
    }
    let mut note = format!(
        "Compared on the {} both questionnaires share",
        questions(shared)
    );
    let mut unmatched = Vec::new();
    if only_before > 0 {
        unmatched.push(format!("{} of the earlier one", questions(only_before)));
    }
    if only_after > 0 {
        unmatched.push(format!("{} of the later one", questions(only_after)));
    }
    if unmatched.is_empty() {
        note.push_str(" (every question of each).");
    } else {
        let verb = if only_before + only_after == 1 {
            "has"
        } else {
            "have"
        };
        note.push_str(&format!(
            "; {} {verb} no counterpart.",
            unmatched.join(" and ")
        ));
    }
    if !dimensions.is_empty() {
        note.push_str(&format!(" Not compared at all: {}.", dimensions.join(", ")));
    }
    note
}

fn questions(count: usize) -> String {
    match count {
        1 => "1 question".to_string(),
        n => format!("{n} questions"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_counts_what_each_side_lacks() {
        assert_eq!(
            note_sentence(15, 0, 35, &[], false),
            "Compared on the 15 questions both questionnaires share; 35 questions of the later \
             one have no counterpart."
        );
        assert_eq!(
            note_sentence(2, 1, 0, &["Data".to_string()], false),
            "Compared on the 2 questions both questionnaires share; 1 question of the earlier \
             one has no counterpart. Not compared at all: Data."
        );
        assert_eq!(
            note_sentence(0, 3, 4, &[], false),
            "The two questionnaires share no questions, so nothing could be compared."
        );
    }
}

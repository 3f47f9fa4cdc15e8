//! The items of a comparison: those whose score moved, with the answers in words, and the
//! notes on either side.

use std::collections::BTreeSet;

use super::{ItemMove, NotePair};
use crate::assessment::{Assessment, Response};
use crate::questionnaire::{Item, Questionnaire, Scale};
use crate::scoring;

/// Items both sides answered with a value (`answered_by_both`) whose score changed,
/// largest change first (the later questionnaire's order on a tie). Each side is scored on
/// its own questionnaire's scale and its answer named in its own questionnaire's words.
pub(super) fn moved_items(
    (a_before, q_before): (&Assessment, &Questionnaire),
    (a_after, q_after): (&Assessment, &Questionnaire),
    answered_by_both: &BTreeSet<String>,
) -> Vec<ItemMove> {
    // The item's score and the answer in words.
    let answer = |a: &Assessment, q: &Questionnaire, id: &str| {
        let item = q.find_item(id)?.item;
        let response = a.response(id)?;
        let score = scoring::item_score(q, item, response)?;
        Some((score, answer_words(q, item, response)?, item.reverse))
    };
    let mut moves: Vec<ItemMove> = q_after
        .items()
        .filter(|r| answered_by_both.contains(&r.item.id))
        .filter_map(|r| {
            let (before, answer_before, _) = answer(a_before, q_before, &r.item.id)?;
            let (after, answer_after, reverse) = answer(a_after, q_after, &r.item.id)?;
            (after != before).then(|| ItemMove {
                item: r.item.id.clone(),
                text: r.item.text.clone(),
                dimension: r.dimension.id.clone(),
                answer_before,
                answer_after,
                reverse,
                before: Some(before),
                after: Some(after),
                change: after - before,
            })
        })
        .collect();
    // A stable sort keeps questionnaire order among equal changes.
    moves.sort_by(|x, y| y.change.abs().total_cmp(&x.change.abs()));
    moves
}

/// A value given on `item`, in words: the option's label on an agreement scale, "level N"
/// on an anchored one (its anchor text is a sentence, too long beside a change).
pub fn answer_words(q: &Questionnaire, item: &Item, response: Response) -> Option<String> {
    let Response::Value(value) = response else {
        return None;
    };
    match q.scales.get(&item.scale)? {
        Scale::Agreement { options } => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.clone()),
        Scale::Anchored { .. } => Some(crate::tr!("core-answer-level", level = value.to_string())),
    }
}

/// Items with a note on either side: the later questionnaire's order, then items only the
/// earlier questionnaire has.
pub(super) fn note_pairs(
    (a_before, q_before): (&Assessment, &Questionnaire),
    (a_after, q_after): (&Assessment, &Questionnaire),
) -> Vec<NotePair> {
    let in_after: BTreeSet<&str> = q_after.items().map(|r| r.item.id.as_str()).collect();
    q_after
        .items()
        .chain(
            q_before
                .items()
                .filter(|r| !in_after.contains(r.item.id.as_str())),
        )
        .filter_map(|r| {
            let (before, after) = (a_before.note(&r.item.id), a_after.note(&r.item.id));
            let has_note = !before.trim().is_empty() || !after.trim().is_empty();
            has_note.then(|| NotePair {
                item: r.item.id.clone(),
                text: r.item.text.clone(),
                before: before.to_string(),
                after: after.to_string(),
            })
        })
        .collect()
}

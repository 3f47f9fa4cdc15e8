//! Undoing answers, worked by hand on the quick check.

use super::*;
use crate::app::navigator::undo::Answers;

fn id(q: &Questionnaire, index: usize) -> String {
    q.item_at(index).unwrap().item.id.clone()
}

#[test]
fn undo_puts_back_the_response_before_and_returns_to_its_question() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let mut a = draft(&loaded);
    let mut answers = Answers::default();
    let (first, second) = (id(q, 0), id(q, 1));
    answers.give(q, &mut a, 0, &first, Response::Value(2), now());
    answers.give(q, &mut a, 1, &second, Response::Value(5), now());
    answers.give(q, &mut a, 1, &second, Response::DontKnow, now());

    // Newest first: question 2 goes back to 5, then to nothing, then question 1 too.
    assert_eq!(answers.undo(q, &mut a, now()), Some(1));
    assert_eq!(a.response(&second), Some(Response::Value(5)));
    assert_eq!(answers.undo(q, &mut a, now()), Some(1));
    assert_eq!(a.response(&second), None);
    assert_eq!(a.answer(&second), None, "nothing left recorded for it");
    assert_eq!(answers.undo(q, &mut a, now()), Some(0));
    assert_eq!(a.response(&first), None);
    assert!(answers.is_empty());
    assert_eq!(answers.undo(q, &mut a, now()), None);
}

#[test]
fn undo_keeps_the_note_and_flag_written_since() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let mut a = draft(&loaded);
    let mut answers = Answers::default();
    let first = id(q, 0);
    answers.give(q, &mut a, 0, &first, Response::Value(3), now());
    a.set_note(q, &first, "asked twice".into(), now());
    a.toggle_flag(q, &first, now());
    assert_eq!(answers.undo(q, &mut a, now()), Some(0));
    assert_eq!(a.response(&first), None);
    assert_eq!(a.note(&first), "asked twice");
    assert!(a.is_flagged(&first));
}

#[test]
fn undoing_an_amended_answer_forgets_its_log_entry() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let mut a = answering(&loaded, 0..15);
    a.complete(q, now());
    a.reopen(q, None, now()).unwrap();
    let mut answers = Answers::default();
    let third = id(q, 2);
    answers.give(q, &mut a, 2, &third, Response::Value(1), now());
    assert_eq!(a.amendments.len(), 2, "reopened, then the answer");
    assert_eq!(answers.undo(q, &mut a, now()), Some(2));
    assert_eq!(a.response(&third), Some(Response::Value(4)));
    assert_eq!(a.amendments.len(), 1, "only the reopening is left");
}

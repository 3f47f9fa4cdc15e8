//! Hand-worked cases.

use super::*;
use crate::assessment::{Response, Setup, now};
use crate::questionnaire::{Loaded, builtin};

/// The quick check: 5 dimensions of 3 questions each, so dimension `d` holds
/// questions `3d`, `3d + 1` and `3d + 2` (15 in all).
fn quick_check() -> Loaded {
    builtin("quick-check").expect("the quick check is built in")
}

fn draft(loaded: &Loaded) -> Assessment {
    let q = &loaded.questionnaire;
    Assessment::start("x".into(), Setup::default(), q, &loaded.digest, now())
}

fn answer(assessment: &mut Assessment, q: &Questionnaire, index: usize) {
    let id = q.item_at(index).expect("a question").item.id.clone();
    assessment.respond(q, &id, Response::Value(4), now());
}

/// A draft with the questions at `indexes` answered (its position left at 0).
fn answering(loaded: &Loaded, indexes: impl IntoIterator<Item = usize>) -> Assessment {
    let mut assessment = draft(loaded);
    for index in indexes {
        answer(&mut assessment, &loaded.questionnaire, index);
    }
    assessment
}

#[test]
fn the_quick_check_has_the_shape_these_cases_assume() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    assert_eq!(q.item_count(), 15);
    let dimensions: Vec<usize> = q.items().map(|r| r.dimension_index).collect();
    assert_eq!(dimensions, [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
}

#[test]
fn a_fresh_draft_opens_on_the_first_intro() {
    let loaded = quick_check();
    let a = draft(&loaded);
    assert_eq!(
        Navigator::new(&loaded.questionnaire, &a).resume(),
        Step::Intro(0)
    );
}

#[test]
fn resuming_skips_the_questions_answered_in_order() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let mut a = draft(&loaded);
    // Questions 1 to 4 answered in order: the saved position moved on to question 5.
    for index in 0..4 {
        answer(&mut a, q, index);
        a.position = Navigator::new(q, &a).position_of(Step::Question(index + 1));
    }
    assert_eq!(Navigator::new(q, &a).resume(), Step::Question(4));
}

#[test]
fn resuming_a_draft_left_at_the_first_question_after_an_answer_opens_that_question() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let a = answering(&loaded, [5]);
    // Something was done, so no intro: the question it was left on.
    assert_eq!(Navigator::new(q, &a).resume(), Step::Question(0));
}

#[test]
fn resuming_a_draft_left_at_the_review_or_a_complete_one_opens_the_review() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let mut a = draft(&loaded);
    a.position = 15;
    assert_eq!(Navigator::new(q, &a).resume(), Step::Review);
    a.position = 2;
    a.complete(q, now());
    assert_eq!(Navigator::new(q, &a).resume(), Step::Review);
}

#[test]
fn next_and_previous_walk_the_stops_in_order_both_ways() {
    let loaded = quick_check();
    let a = draft(&loaded);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    // Each dimension's intro, then its three questions, then the review.
    let mut stops = Vec::new();
    for d in 0..5 {
        stops.push(Step::Intro(d));
        stops.extend((3 * d..3 * d + 3).map(Step::Question));
    }
    stops.push(Step::Review);
    for pair in stops.windows(2) {
        assert_eq!(walk.next(pair[0]), pair[1], "after {:?}", pair[0]);
        assert_eq!(walk.previous(pair[1]), pair[0], "before {:?}", pair[1]);
    }
    // The ends stay where they are.
    assert_eq!(walk.next(Step::Review), Step::Review);
    assert_eq!(walk.previous(Step::Intro(0)), Step::Intro(0));
    // A dimension that does not exist has no questions: on to the review.
    assert_eq!(walk.next(Step::Intro(9)), Step::Review);
}

#[test]
fn going_back_from_the_first_question_of_a_dimension_shows_its_intro() {
    let loaded = quick_check();
    let a = draft(&loaded);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert_eq!(walk.previous(Step::Question(3)), Step::Intro(1));
    assert_eq!(walk.previous(Step::Intro(1)), Step::Question(2));
    assert_eq!(walk.previous(Step::Question(4)), Step::Question(3));
}

#[test]
fn the_previous_question_passes_over_intros() {
    let loaded = quick_check();
    let a = draft(&loaded);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert_eq!(walk.previous_question(4), Some(3));
    assert_eq!(walk.previous_question(3), Some(2));
    assert_eq!(walk.previous_question(1), Some(0));
    assert_eq!(walk.previous_question(0), None);
}

#[test]
fn an_answer_moves_on_or_back_to_the_review_it_came_from() {
    let loaded = quick_check();
    let a = draft(&loaded);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert_eq!(walk.after_answer(1, false), Step::Question(2));
    assert_eq!(walk.after_answer(2, false), Step::Intro(1));
    assert_eq!(walk.after_answer(14, false), Step::Review);
    assert_eq!(walk.after_answer(1, true), Step::Review);
}

#[test]
fn a_jump_lands_on_the_question_or_past_the_last_on_the_review() {
    let loaded = quick_check();
    let a = draft(&loaded);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert_eq!(walk.go_to(0), Step::Question(0));
    assert_eq!(walk.go_to(14), Step::Question(14));
    assert_eq!(walk.go_to(15), Step::Review);
}

#[test]
fn the_saved_position_of_an_intro_is_its_first_question_and_of_the_review_the_end() {
    let loaded = quick_check();
    let a = draft(&loaded);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert_eq!(walk.position_of(Step::Intro(0)), 0);
    assert_eq!(walk.position_of(Step::Intro(2)), 6);
    assert_eq!(walk.position_of(Step::Question(7)), 7);
    assert_eq!(walk.position_of(Step::Review), 15);
}

#[test]
fn the_review_lists_unanswered_and_flagged_questions_in_order() {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let mut a = answering(&loaded, (0..15).filter(|i| ![1, 9].contains(i)));
    for index in [12, 4] {
        let id = q.item_at(index).expect("a question").item.id.clone();
        a.toggle_flag(q, &id, now());
    }
    let walk = Navigator::new(q, &a);
    assert_eq!(walk.unanswered(), [1, 9]);
    assert_eq!(walk.flagged(), [4, 12]);
    assert!(walk.unfinished().is_some(), "two questions are unanswered");
}

#[test]
fn nothing_is_unfinished_once_every_question_is_answered() {
    let loaded = quick_check();
    let a = answering(&loaded, 0..15);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert!(walk.unanswered().is_empty());
    assert!(walk.unfinished().is_none());
}

#[test]
fn position_and_progress_within_a_dimension() {
    let loaded = quick_check();
    let a = answering(&loaded, [3, 5]);
    let walk = Navigator::new(&loaded.questionnaire, &a);
    assert_eq!(walk.position_in_dimension(3), (1, 3));
    assert_eq!(walk.position_in_dimension(5), (3, 3));
    assert_eq!(walk.position_in_dimension(6), (1, 3));
    assert_eq!(walk.answered_in_dimension(1), 2);
    assert_eq!(walk.answered_in_dimension(0), 0);
}

mod undo;

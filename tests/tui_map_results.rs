//! Results show what the organization's ecosystem map says, beside complementary strengths.

mod ecomap_support;
mod support;

use ecomap_support::bakery;
use ecoready::questionnaire;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use support::fixtures::{answered, drive, full, store};

#[test]
fn results_carry_the_map_notes_and_hints() {
    let (_dir, store) = store();
    let q = full();
    let map = bakery();
    let assessment = answered("20260314-090000-aaaa", &map.organization, true, &q);
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    store.save_map(&map).unwrap();
    let insights = ecoready::ecomap::insights(&map, None);
    let first_line = ecoready::ecomap::results_lines(&insights).remove(0);

    let mut app = initial_app(
        Start::Resume(assessment.id.clone()),
        questionnaire::builtins(),
        Theme::COLOR,
    );
    let shown = drive(&mut app, &store, Vec::new(), 200, 60)
        .backend()
        .to_string();
    assert!(
        shown.contains("Your ecosystem map of 2026-03-14 shows:"),
        "{shown}"
    );
    let words: String = first_line
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown.contains(&words), "{words:?} not in\n{shown}");
    let notes = app.session.as_ref().unwrap().map_notes.clone().unwrap();
    assert_eq!(notes.hints, ecoready::ecomap::advice_hints(&insights));
}

#[test]
fn without_a_map_results_say_nothing_about_it() {
    let (_dir, store) = store();
    let q = full();
    let assessment = answered("20260314-090000-aaaa", "Birch Logistics", true, &q);
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let mut app = initial_app(
        Start::Resume(assessment.id.clone()),
        questionnaire::builtins(),
        Theme::COLOR,
    );
    let shown = drive(&mut app, &store, Vec::new(), 200, 60)
        .backend()
        .to_string();
    assert!(!shown.contains("ecosystem map"), "{shown}");
}

#[test]
fn results_show_the_map_that_stood_when_the_assessment_was_completed() {
    let (_dir, store) = store();
    let q = full();
    let mut assessment = answered("20260914-090000-aaaa", "Alder Bakery", false, &q);
    assessment.complete(&q.questionnaire, ecomap_support::at(9, 15, 10));
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let mut june = bakery();
    june.saved_at = ecomap_support::at(6, 1, 9);
    june.partners
        .retain(|p| p.layer != ecoready::ecomap::Layer::Enabling);
    let mut december = bakery();
    december.saved_at = ecomap_support::at(12, 2, 9);
    ecomap_support::save_in_line(&store, &[june, december]);

    let mut app = initial_app(
        Start::Resume(assessment.id.clone()),
        questionnaire::builtins(),
        Theme::COLOR,
    );
    let shown = drive(&mut app, &store, Vec::new(), 200, 60)
        .backend()
        .to_string();
    assert!(
        shown.contains("Your ecosystem map of 2026-06-01 shows:"),
        "{shown}"
    );
    // June's map had no enabling partners; December's has three.
    assert!(shown.contains("Enabling layer is empty"), "{shown}");
    assert!(!shown.contains("2026-12-02"), "{shown}");
}

#[test]
fn results_before_the_first_map_say_there_was_none() {
    let (_dir, store) = store();
    let q = full();
    let mut assessment = answered("20260914-090000-aaaa", "Alder Bakery", false, &q);
    assessment.complete(&q.questionnaire, ecomap_support::at(9, 15, 10));
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let mut december = bakery();
    december.saved_at = ecomap_support::at(12, 2, 9);
    store.save_map(&december).unwrap();
    let mut app = initial_app(
        Start::Resume(assessment.id.clone()),
        questionnaire::builtins(),
        Theme::COLOR,
    );
    drive(&mut app, &store, Vec::new(), 200, 60);
    let notes = app.session.as_ref().unwrap().map_notes.clone().unwrap();
    assert_eq!(
        notes.lines,
        vec![
            "No ecosystem map had been saved by 2026-09-15, the date of this assessment; the \
             first one was saved on 2026-12-02."
                .to_string()
        ]
    );
    assert!(notes.hints.is_empty());
}

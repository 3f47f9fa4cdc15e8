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
    assert!(shown.contains("Your ecosystem map shows:"), "{shown}");
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

//! History's compare keys (`c`, then `c` on another assessment) refuse what the command
//! line refuses without `--force`: the same assessment twice, and two organizations. A
//! comparison with a draft is made, and says so above its numbers.

mod support;

use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::{Event, KeyCode};
use support::fixtures::{answered_with, at, drive, full, key, store};

/// Alder Bakery: one complete assessment and one draft; Birch Logistics: one complete.
fn two_firms(store: &Store) {
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    let plan = [
        ("20260101-090000-aaaa", "Alder Bakery", true, 1),
        ("20260201-090000-bbbb", "Alder Bakery", false, 2),
        ("20260301-090000-cccc", "Birch Logistics", true, 3),
    ];
    for (id, org, complete, day) in plan {
        let mut a = answered_with(id, org, "Robin Owner", complete, &q, day);
        a.started_at = at(day as u32, 9);
        a.updated_at = at(day as u32, 10);
        if complete {
            a.completed_at = Some(at(day as u32, 10));
        }
        store.save(&a).unwrap();
    }
}

fn run(keys: Vec<Event>) -> (App, String) {
    let (_dir, store) = store();
    two_firms(&store);
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    let shown = drive(&mut app, &store, keys, 120, 40).backend().to_string();
    (app, shown)
}

#[test]
fn the_same_assessment_twice_is_not_compared() {
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('c')),
        key(KeyCode::Char('c')),
    ];
    let (app, shown) = run(keys);
    assert!(matches!(app.screen, Screen::History(_)), "{shown}");
    assert!(
        shown.contains("That is the assessment already marked"),
        "{shown}"
    );
}

#[test]
fn two_organizations_are_not_compared() {
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('c')),
        key(KeyCode::Left),
        key(KeyCode::Down),
        key(KeyCode::Enter),
        key(KeyCode::Char('c')),
    ];
    let (app, shown) = run(keys);
    assert!(matches!(app.screen, Screen::History(_)), "{shown}");
    assert!(
        shown.contains("Not compared: these are two organizations"),
        "{shown}"
    );
}

#[test]
fn a_draft_is_compared_with_a_warning_above_the_numbers() {
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('c')),
        key(KeyCode::Down),
        key(KeyCode::Char('c')),
    ];
    let (app, shown) = run(keys);
    let Screen::Compare(view) = &app.screen else {
        panic!("expected the compare screen:\n{shown}");
    };
    assert_eq!(view.comparison.warnings.len(), 1, "{shown}");
    assert!(shown.contains("is a draft: its answers may"), "{shown}");
}

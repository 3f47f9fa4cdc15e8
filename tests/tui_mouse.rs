//! Mouse input through the real main loop: clicks land on what is drawn under them.

mod support;

use ecoready::assessment::{Response, Status};
use ecoready::questionnaire;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::session::Step;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use support::fixtures::{drive, full, key, setup, store};

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn click(column: u16, row: u16) -> Event {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

/// Row and column where `text` is drawn on the screen.
fn find(screen: &str, text: &str) -> (u16, u16) {
    for (row, line) in screen.lines().enumerate() {
        let line = line.trim_matches('"');
        if let Some(byte) = line.find(text) {
            return (line[..byte].chars().count() as u16, row as u16);
        }
    }
    panic!("{text:?} is not on the screen:\n{screen}");
}

fn new_assessment() -> App {
    initial_app(
        Start::New {
            setup: setup(
                "Hazel Hotels",
                "Ana",
                ecoready::assessment::Mode::SelfAssessment,
            ),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    )
}

#[test]
fn clicking_an_option_answers_with_it_and_moves_on() {
    let (_dir, store) = store();
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = new_assessment();
        let screen = drive(
            &mut app,
            &store,
            vec![key(KeyCode::Enter), key(KeyCode::Enter)],
            w,
            h,
        )
        .backend()
        .to_string();
        // Level 5 of the first question, by words no other level of it has.
        let level_5 = "partners in several sectors";
        let first_item = full().questionnaire.item_at(0).unwrap().item.clone();
        assert!(first_item.anchors[4].contains(level_5));
        let (column, row) = find(&screen, level_5);
        let screen = drive(&mut app, &store, vec![click(column + 3, row)], w, h)
            .backend()
            .to_string();
        assert!(screen.contains("Question 2 of"), "{screen}");
        let (column, row) = find(&screen, "Don't know");
        drive(&mut app, &store, vec![click(column, row)], w, h);
        let session = app.session.as_ref().unwrap();
        let q = &session.questionnaire.questionnaire;
        let first = &q.item_at(0).unwrap().item.id;
        let second = &q.item_at(1).unwrap().item.id;
        assert_eq!(session.assessment.response(first), Some(Response::Value(5)));
        assert_eq!(
            session.assessment.response(second),
            Some(Response::DontKnow)
        );
        // Clicks elsewhere (the item text, the border) change nothing.
        let screen = drive(&mut app, &store, vec![click(0, 0)], w, h)
            .backend()
            .to_string();
        assert!(screen.contains("Question 3 of"), "{screen}");
    }
}

#[test]
fn clicking_home_entries_and_go_to_rows() {
    let (_dir, store) = store();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    let screen = drive(&mut app, &store, Vec::new(), 80, 24)
        .backend()
        .to_string();
    let (column, row) = find(&screen, "Start a new assessment");
    drive(&mut app, &store, vec![click(column, row)], 80, 24);
    assert!(matches!(app.screen, Screen::Setup(_)));

    let mut app = new_assessment();
    let screen = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Enter), key(KeyCode::Char('g'))],
        80,
        24,
    )
    .backend()
    .to_string();
    let (column, row) = find(&screen, "Q3 ");
    drive(&mut app, &store, vec![click(column, row)], 80, 24);
    assert!(
        matches!(app.screen, Screen::Wizard(Step::Question(2))),
        "{:?}",
        app.screen
    );
}

#[test]
fn clicking_finish_on_review_completes_and_the_wheel_scrolls_results() {
    let (_dir, store) = store();
    let mut app = new_assessment();
    let screen = drive(
        &mut app,
        &store,
        vec![
            key(KeyCode::Enter),
            key(KeyCode::Char('g')),
            key(KeyCode::End),
        ],
        80,
        24,
    )
    .backend()
    .to_string();
    let (column, row) = find(&screen, "Review and finish");
    let screen = drive(&mut app, &store, vec![click(column, row)], 80, 24)
        .backend()
        .to_string();
    let (column, row) = find(&screen, "Finish and see the results");
    // Nothing is answered, so Finish asks first; a click elsewhere changes nothing, y
    // finishes anyway.
    let screen = drive(&mut app, &store, vec![click(column, row)], 80, 24)
        .backend()
        .to_string();
    assert!(screen.contains("Finish anyway?"), "{screen}");
    drive(&mut app, &store, vec![click(column, row + 2)], 80, 24);
    assert!(matches!(app.screen, Screen::Wizard(Step::Review)));
    drive(&mut app, &store, vec![key(KeyCode::Char('y'))], 80, 24);
    assert_eq!(
        app.session.as_ref().unwrap().assessment.status,
        Status::Complete
    );
    let Screen::Results(before) = app.screen.clone() else {
        panic!("expected results");
    };
    drive(
        &mut app,
        &store,
        vec![
            mouse(MouseEventKind::ScrollDown, 10, 10),
            mouse(MouseEventKind::ScrollDown, 10, 10),
        ],
        80,
        24,
    );
    let Screen::Results(after) = app.screen.clone() else {
        panic!("expected results");
    };
    assert_eq!(after.scroll, before.scroll + 2);
}

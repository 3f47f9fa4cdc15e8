//! Interviews that say who answers: every question screen's title names the organization
//! and the respondent, and Setup asks for the respondent by that name.

mod support;

use ecoready::assessment::{Assessment, Mode};
use ecoready::questionnaire;
use ecoready::tui::action::Action;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::session::Step;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{answered, at, full, key, opened, setup, shown, store};

/// The wizard's step showing, if any.
fn step(app: &App) -> Option<Step> {
    match app.screen {
        Screen::Wizard(step) => Some(step),
        _ => None,
    }
}

#[test]
fn every_interview_question_names_the_organization_and_the_respondent() {
    let q = full();
    let (_dir, store) = store();
    let mut draft = Assessment::start(
        "20260314-090000-aaaa".into(),
        setup("Alder Bakery", "Robin Owner", Mode::Interview),
        &q.questionnaire,
        &q.digest,
        at(14, 9),
    );
    draft.position = 0;
    let mut app = opened(&store, draft);
    let count = q.questionnaire.item_count();
    for index in 0..count {
        app.update(Action::Resize(60, 20));
        if !matches!(app.screen, Screen::Wizard(Step::Question(_))) {
            app.update(Action::Confirm); // a dimension's intro
        }
        assert_eq!(step(&app), Some(Step::Question(index)));
        let screen = shown(&mut app, &store, Vec::new(), (60, 20));
        let title = screen.lines().next().unwrap();
        assert!(title.contains("Alder Bakery · Robin Owner"), "{title}");
        assert!(
            title.contains(&format!("Question {} of {count}", index + 1)),
            "{title}"
        );
        app.update(Action::Forward);
    }
}

#[test]
fn a_long_name_is_cut_in_the_title_and_the_position_stays() {
    let q = full();
    let (_dir, store) = store();
    let org = "Alder Bakery and Confectionery of the Northern Harbour District Cooperative";
    let mut draft = answered("20260314-090000-aaaa", org, false, &q);
    draft.mode = Mode::Interview;
    draft.advisor = Some("Dana Advisor".into());
    draft.position = 0;
    let mut app = opened(&store, draft);
    let screen = shown(&mut app, &store, Vec::new(), (60, 20));
    let title = screen.lines().next().unwrap();
    assert!(title.contains("╭ Alder Bakery and"), "{title}");
    assert!(title.contains('…'), "{title}");
    assert!(title.contains("Question 1 of 55"), "{title}");
    // A self-assessment keeps the questionnaire's title.
    let mut own = answered("20260314-090000-bbbb", "Alder Bakery", false, &q);
    own.position = 0;
    let mut app = opened(&store, own);
    let screen = shown(&mut app, &store, Vec::new(), (60, 20));
    assert!(
        screen
            .lines()
            .next()
            .unwrap()
            .contains("Ecosystem readiness")
    );
}

#[test]
fn setup_names_the_respondent_as_such_in_an_interview() {
    let (_dir, store) = store();
    let mut app = initial_app(
        Start::New {
            setup: setup("Alder Bakery", "Robin Owner", Mode::SelfAssessment),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    );
    let screen = shown(&mut app, &store, Vec::new(), (60, 20));
    assert!(screen.contains("Your name "), "{screen}");
    assert!(screen.contains("Your role "), "{screen}");
    assert!(!screen.contains("Respondent"), "{screen}");
    // Tab to Mode, then → makes it an interview.
    let to_mode = vec![key(KeyCode::Tab); 4]
        .into_iter()
        .chain([key(KeyCode::Right)])
        .collect();
    let screen = shown(&mut app, &store, to_mode, (60, 20));
    assert!(screen.contains("Guided interview"), "{screen}");
    assert!(screen.contains("Respondent "), "{screen}");
    assert!(screen.contains("Respondent's role   owner"), "{screen}");
    assert!(!screen.contains("Your name"), "{screen}");
    // And back: the labels follow the mode.
    let screen = shown(&mut app, &store, vec![key(KeyCode::Right)], (60, 20));
    assert!(screen.contains("Your name "), "{screen}");
}

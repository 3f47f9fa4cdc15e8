//! Correcting an assessment in the wizard, driven headless: `e` edits the setup from
//! Results and History, `o` reopens from Results, `u` undoes the last answer; checked
//! against the store and with snapshots at 80x24.

mod support;

use ecoready::assessment::{Amendment, Response, SetupField, Status};
use ecoready::questionnaire;
use ecoready::tui::app::Screen;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{answered, chars, full, key, opened, shown, store};

const SIZE: (u16, u16) = (80, 24);
const ID: &str = "20260314-090000-aaaa";

#[test]
fn e_on_results_edits_the_setup_and_the_change_is_logged() {
    let (_dir, store) = store();
    let q = full();
    let a = answered(ID, "Alder Bakery", true, &q);
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&a).unwrap();
    let mut app = opened(&store, a);
    assert!(matches!(app.screen, Screen::Results(_)));

    let form = shown(&mut app, &store, vec![key(KeyCode::Char('e'))], SIZE);
    assert!(form.contains("Edit setup"), "{form}");
    assert!(
        !form.contains("Questionnaire"),
        "no questionnaire to choose: {form}"
    );
    insta::assert_snapshot!("amend_edit_setup_80x24", form);

    // Organization, sector, respondent, role, mode, then the round: "baseline" erased.
    let mut keys = vec![key(KeyCode::Tab); 5];
    keys.extend(vec![key(KeyCode::Backspace); "baseline".len()]);
    keys.extend(chars("Q3 check-in"));
    keys.push(key(KeyCode::Enter));
    let after = shown(&mut app, &store, keys, SIZE);
    assert!(matches!(app.screen, Screen::Results(_)), "{after}");
    assert!(after.contains("Setup saved; changed: round."), "{after}");

    let saved = store.load(ID).unwrap();
    assert_eq!(saved.round.as_deref(), Some("Q3 check-in"));
    assert_eq!(saved.status, Status::Complete);
    assert!(matches!(
        saved.amendments.as_slice(),
        [Amendment::Setup { field: SetupField::Round, old, new, .. }]
            if old == "baseline" && new == "Q3 check-in"
    ));
    assert_eq!(app.session.as_ref().unwrap().assessment, saved);
}

#[test]
fn esc_leaves_the_setup_editor_without_saving() {
    let (_dir, store) = store();
    let q = full();
    let a = answered(ID, "Alder Bakery", true, &q);
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&a).unwrap();
    let before = store.load(ID).unwrap();
    let mut app = opened(&store, a);
    let mut keys = vec![key(KeyCode::Char('e'))];
    keys.extend(chars("Birch"));
    keys.push(key(KeyCode::Esc));
    shown(&mut app, &store, keys, SIZE);
    assert!(matches!(app.screen, Screen::Results(_)));
    assert_eq!(store.load(ID).unwrap(), before);
}

#[test]
fn e_on_a_history_assessment_opens_its_setup_and_esc_returns_to_history() {
    let (_dir, store) = store();
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&answered(ID, "Alder Bakery", true, &q)).unwrap();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Right),
        key(KeyCode::Char('e')),
    ];
    let form = shown(&mut app, &store, keys, SIZE);
    assert!(
        form.contains("Edit setup") && form.contains("Alder Bakery"),
        "{form}"
    );
    shown(&mut app, &store, vec![key(KeyCode::Esc)], SIZE);
    assert!(matches!(app.screen, Screen::History(_)));
}

#[test]
fn o_reopens_at_the_first_question_and_u_undoes_the_amended_answer() {
    let (_dir, store) = store();
    let q = full();
    let a = answered(ID, "Alder Bakery", true, &q);
    let first = q.questionnaire.item_at(0).unwrap().item.id.clone();
    // The fixture answers item 0 with 1.
    assert_eq!(a.response(&first), Some(Response::Value(1)));
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&a).unwrap();
    let mut app = opened(&store, a);

    let question = shown(&mut app, &store, vec![key(KeyCode::Char('o'))], SIZE);
    assert!(question.contains("Question 1 of"), "{question}");
    assert_eq!(store.load(ID).unwrap().status, Status::Draft);

    shown(&mut app, &store, vec![key(KeyCode::Char('3'))], SIZE);
    let amended = store.load(ID).unwrap();
    assert_eq!(amended.response(&first), Some(Response::Value(3)));
    assert!(matches!(
        amended.amendments.as_slice(),
        [
            Amendment::Reopened { .. },
            Amendment::Answer {
                old: Some(Response::Value(1)),
                new: Some(Response::Value(3)),
                ..
            }
        ]
    ));

    let undone = shown(&mut app, &store, vec![key(KeyCode::Char('u'))], SIZE);
    assert!(undone.contains("Question 1 of"), "{undone}");
    assert!(undone.contains("Last answer undone"), "{undone}");
    insta::assert_snapshot!("amend_undo_80x24", undone);
    let saved = store.load(ID).unwrap();
    assert_eq!(saved.response(&first), Some(Response::Value(1)));
    assert!(matches!(
        saved.amendments.as_slice(),
        [Amendment::Reopened { .. }]
    ));

    let nothing = shown(&mut app, &store, vec![key(KeyCode::Char('u'))], SIZE);
    assert!(
        nothing.contains("No answer of this session to undo."),
        "{nothing}"
    );
}

/// Setup of a new assessment for Alder Bakery, whose listing has the rounds "baseline"
/// and "Q3 check-in" (newest first).
fn new_setup_for_alder(store: &ecoready::store::Store) -> ecoready::tui::app::App {
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    for (id, round, day) in [
        ("20260101-090000-aaaa", "baseline", 1),
        ("20260301-090000-bbbb", "Q3 check-in", 3),
    ] {
        let mut a = answered(id, "Alder Bakery", true, &q);
        a.round = Some(round.into());
        a.updated_at = support::fixtures::at(day, 9);
        store.save(&a).unwrap();
    }
    let prefill = support::fixtures::setup(
        "Alder Bakery",
        "Kim",
        ecoready::assessment::Mode::SelfAssessment,
    );
    let setup = ecoready::assessment::Setup {
        round: None,
        ..prefill
    };
    initial_app(
        Start::New {
            setup,
            questionnaire: Box::new(q),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    )
}

#[test]
fn pgdn_on_setup_picks_the_organizations_round_labels_and_a_near_miss_is_pointed_out() {
    let (_dir, store) = store();
    let mut app = new_setup_for_alder(&store);
    let picked = shown(&mut app, &store, vec![key(KeyCode::PageDown)], SIZE);
    // The label column fits the longest label, "Answer language".
    assert!(picked.contains("Round label       Q3 check-in"), "{picked}");
    assert!(
        picked.contains("Rounds so far: Q3 check-in, baseline"),
        "{picked}"
    );
    insta::assert_snapshot!("amend_round_picked_80x24", picked);
    let next = shown(&mut app, &store, vec![key(KeyCode::PageDown)], SIZE);
    assert!(next.contains("Round label       baseline"), "{next}");

    // Typed instead: "Q3 checkin" would split the round.
    let mut keys = vec![key(KeyCode::Backspace); "baseline".len()];
    keys.extend(chars("Q3 checkin"));
    let typed = shown(&mut app, &store, keys, SIZE);
    assert!(typed.contains("Did you mean \"Q3 check-in\"?"), "{typed}");
    insta::assert_snapshot!("amend_round_near_miss_80x24", typed);
}

#[test]
fn o_on_a_history_assessment_reopens_it_and_on_an_organization_says_how() {
    let (_dir, store) = store();
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&answered(ID, "Alder Bakery", true, &q)).unwrap();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    let said = shown(
        &mut app,
        &store,
        vec![key(KeyCode::Char('h')), key(KeyCode::Char('o'))],
        SIZE,
    );
    assert!(
        said.contains("then choose an assessment for e or o."),
        "{said}"
    );
    let question = shown(
        &mut app,
        &store,
        vec![key(KeyCode::Right), key(KeyCode::Char('o'))],
        SIZE,
    );
    assert!(question.contains("Question 1 of"), "{question}");
    assert!(store.load(ID).unwrap().is_reopened());
}

//! The wizard when saving fails (a full disk, as the store's write fault switch makes it
//! fail) and when the terminal is too small: driven headless through the real main loop,
//! screens checked with insta snapshots, the data directory checked after every step.

mod support;

use ecoready::assessment::{Mode, Response, Status};
use ecoready::questionnaire;
use ecoready::store::{Store, WriteFault};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::session::Step;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};
use support::fixtures::{Script, chars, drive, full, key, setup};

/// "No space left on device" on Linux.
const ENOSPC: i32 = 28;

/// A store whose writes fail while the returned switch is on.
fn failing_store() -> (tempfile::TempDir, Store, WriteFault) {
    let dir = tempfile::tempdir().unwrap();
    let fault = WriteFault::new();
    let store = Store::open(dir.path().join("data"))
        .unwrap()
        .with_write_fault(fault.clone());
    (dir, store, fault)
}

/// A new assessment of Dune Dairy, created and on its first question.
fn on_first_question(store: &Store) -> App {
    let mut app = initial_app(
        Start::New {
            setup: setup("Dune Dairy", "Sam", Mode::SelfAssessment),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    );
    drive(
        &mut app,
        store,
        vec![key(KeyCode::Enter), key(KeyCode::Enter)],
        80,
        24,
    );
    assert_eq!(step(&app), Some(Step::Question(0)));
    app
}

fn step(app: &App) -> Option<Step> {
    match app.screen {
        Screen::Wizard(step) => Some(step),
        _ => None,
    }
}

fn item_id(index: usize) -> String {
    full().questionnaire.item_at(index).unwrap().item.id.clone()
}

/// The only assessment on disk.
fn on_disk(store: &Store) -> ecoready::assessment::Assessment {
    let mut listing = store.list();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(listing.assessments.len(), 1);
    listing.assessments.remove(0)
}

/// Runs the main loop over `events` as the real wizard does; its outcome is what the
/// program would end with.
fn run(app: &mut App, store: &Store, events: Vec<Event>) -> color_eyre::eyre::Result<()> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    run_loop(&mut terminal, app, store, &mut Script(events.into()))
}

/// Text with every space and frame character removed, to find a wrapped message whole.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !"\"│╭╮╰╯─".contains(*c))
        .collect()
}

#[test]
fn a_failing_save_stops_the_questions_and_says_why_in_full() {
    let (dir, store, fault) = failing_store();
    let mut app = on_first_question(&store);
    drive(&mut app, &store, chars("3"), 80, 24);
    assert_eq!(step(&app), Some(Step::Question(1)));

    fault.fail_with(ENOSPC);
    drive(&mut app, &store, chars("4"), 80, 24);
    // It did not move on to question 3: it stays on the answer that is not saved.
    assert_eq!(step(&app), Some(Step::Question(1)));
    let problem = app.save_problem.clone().expect("the failed save is kept");
    assert!(
        problem.message.contains("No space left on device"),
        "{}",
        problem.message
    );
    let session = app.session.as_ref().unwrap();
    assert_eq!(
        session.assessment.response(&item_id(1)),
        Some(Response::Value(4))
    );
    assert_eq!(session.assessment.position, 1);
    assert_eq!(on_disk(&store).response(&item_id(1)), None);

    for (w, h) in [(80, 24), (60, 20)] {
        let shown = drive(&mut app, &store, Vec::new(), w, h)
            .backend()
            .to_string();
        assert!(
            squeezed(&shown).contains(&squeezed(&problem.message)),
            "the whole message at {w}x{h}:\n{shown}"
        );
        assert!(
            squeezed(&shown).contains("pressrtotryagain"),
            "the retry key is named:\n{shown}"
        );
        // The snapshot shows a fixed data directory and id instead of the temporary
        // directory and the id of the moment the test ran.
        let mut fixed = app.clone();
        let root = dir.path().to_str().unwrap();
        let id = &app.session.as_ref().unwrap().assessment.id;
        fixed.save_problem.as_mut().unwrap().message = problem
            .message
            .replace(root, "/home/sam/.local/share/eco")
            .replace(id.as_str(), "20260314-090000-aaaa");
        let shown = drive(&mut fixed, &store, Vec::new(), w, h)
            .backend()
            .to_string();
        insta::assert_snapshot!(format!("save_failed_{w}x{h}"), shown);
    }

    // Keys do not answer, open the note or move while the save fails: they try again.
    drive(
        &mut app,
        &store,
        vec![
            key(KeyCode::Char('5')),
            key(KeyCode::Char('n')),
            key(KeyCode::Right),
        ],
        80,
        24,
    );
    assert_eq!(step(&app), Some(Step::Question(1)));
    let session = app.session.as_ref().unwrap();
    assert_eq!(
        session.assessment.response(&item_id(1)),
        Some(Response::Value(4))
    );
    assert!(session.note_editor.is_none());
    assert!(app.save_problem.is_some());

    // The help shows the retry key.
    let help = drive(&mut app, &store, chars("?"), 80, 24)
        .backend()
        .to_string();
    assert!(help.contains("try saving again"), "{help}");
    drive(&mut app, &store, chars("?"), 80, 24);

    // The disk has room again: r saves, says so, and the user goes on from there.
    fault.clear();
    let shown = drive(&mut app, &store, chars("r"), 80, 24)
        .backend()
        .to_string();
    assert!(app.save_problem.is_none());
    assert!(shown.contains("Saved now"), "{shown}");
    assert!(!shown.contains("Not saved"), "{shown}");
    assert_eq!(step(&app), Some(Step::Question(1)));
    let saved = on_disk(&store);
    assert_eq!(saved.response(&item_id(0)), Some(Response::Value(3)));
    assert_eq!(saved.response(&item_id(1)), Some(Response::Value(4)));
    assert_eq!(saved.position, 1);

    drive(&mut app, &store, chars("2"), 80, 24);
    assert_eq!(step(&app), Some(Step::Question(2)));
    assert_eq!(
        on_disk(&store).response(&item_id(1)),
        Some(Response::Value(2))
    );
}

#[test]
fn any_key_retries_and_every_answer_note_and_flag_reaches_the_disk() {
    let (_dir, store, fault) = failing_store();
    let mut app = on_first_question(&store);
    fault.fail_with(ENOSPC);
    let mut events = vec![key(KeyCode::Char('n'))];
    events.extend(chars("ask the dairy board"));
    events.push(key(KeyCode::Enter));
    drive(&mut app, &store, events, 80, 24);
    assert!(app.save_problem.is_some());
    assert_eq!(on_disk(&store).note(&item_id(0)), "");

    fault.clear();
    // Not r: the next key of any kind tries again.
    drive(&mut app, &store, chars("x"), 80, 24);
    assert!(app.save_problem.is_none());
    drive(&mut app, &store, chars("f"), 80, 24);
    fault.fail_with(ENOSPC);
    drive(&mut app, &store, chars("3"), 80, 24);
    assert_eq!(step(&app), Some(Step::Question(0)));
    fault.clear();
    drive(&mut app, &store, vec![key(KeyCode::Enter)], 80, 24);
    assert!(app.save_problem.is_none());
    let saved = on_disk(&store);
    assert_eq!(saved.note(&item_id(0)), "ask the dairy board");
    assert!(saved.is_flagged(&item_id(0)));
    assert_eq!(saved.response(&item_id(0)), Some(Response::Value(3)));
}

#[test]
fn leaving_while_the_save_fails_tries_once_more_then_says_what_was_not_saved() {
    for leave in [
        key(KeyCode::Char('q')),
        key(KeyCode::Esc),
        Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    ] {
        let (_dir, store, fault) = failing_store();
        let mut app = on_first_question(&store);
        drive(&mut app, &store, chars("3"), 80, 24);
        fault.fail_with(ENOSPC);
        let outcome = run(
            &mut app,
            &store,
            vec![key(KeyCode::Char('4')), leave.clone()],
        );
        assert!(!app.running, "{leave:?} leaves");
        let message = format!(
            "{:#}",
            outcome.expect_err("leaving with unsaved answers fails")
        );
        let id = &app.session.as_ref().unwrap().assessment.id;
        assert!(
            message.starts_with(&format!(
                "1 answer of the assessment of Dune Dairy ({id}) could not be saved: could not save "
            )),
            "{message}"
        );
        assert!(message.contains("No space left on device"), "{message}");
        assert!(
            message.contains(&format!("ecoready resume {id}")),
            "{message}"
        );
        assert_eq!(on_disk(&store).response(&item_id(1)), None);
    }
}

#[test]
fn leaving_saves_everything_when_the_last_try_succeeds() {
    let (_dir, store, fault) = failing_store();
    let mut app = on_first_question(&store);
    fault.fail_with(ENOSPC);
    drive(&mut app, &store, chars("3"), 80, 24);
    run(&mut app, &store, chars("nx")).unwrap();
    assert!(app.save_problem.is_some());
    fault.clear();
    run(&mut app, &store, vec![key(KeyCode::Char('q'))]).expect("the last try saved it");
    assert!(!app.running);
    assert_eq!(
        on_disk(&store).response(&item_id(0)),
        Some(Response::Value(3))
    );
}

#[test]
fn going_home_while_the_save_fails_stays_and_claims_no_saved_draft() {
    let (_dir, store, fault) = failing_store();
    let mut app = on_first_question(&store);
    drive(&mut app, &store, chars("3"), 80, 24);
    fault.fail_with(ENOSPC);
    let shown = drive(&mut app, &store, chars("q"), 80, 24)
        .backend()
        .to_string();
    assert!(app.running);
    assert!(app.save_problem.is_some());
    assert_eq!(step(&app), Some(Step::Question(1)));
    assert!(shown.contains("Not saved"), "{shown}");
    assert!(!shown.contains("Draft saved"), "{shown}");
}

#[test]
fn finishing_while_the_save_fails_stays_on_review() {
    let (_dir, store, fault) = failing_store();
    let q = full();
    let mut draft = support::fixtures::answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
    draft.position = q.questionnaire.item_count();
    store.save(&draft).unwrap();
    let mut app = initial_app(
        Start::Resume(draft.id.clone()),
        questionnaire::builtins(),
        Theme::COLOR,
    );
    drive(&mut app, &store, Vec::new(), 80, 24);
    assert_eq!(step(&app), Some(Step::Review));
    fault.fail_with(ENOSPC);
    let outcome = run(
        &mut app,
        &store,
        vec![key(KeyCode::Enter), key(KeyCode::Char('q'))],
    );
    assert_eq!(
        step(&app),
        Some(Step::Review),
        "no Results before it is saved"
    );
    let message = format!("{:#}", outcome.unwrap_err());
    assert!(
        message.starts_with("the completion of the assessment of Alder Bakery"),
        "{message}"
    );
    assert_eq!(on_disk(&store).status, Status::Draft);
}

#[test]
fn a_new_assessment_that_cannot_be_created_waits_on_setup() {
    let (_dir, store, fault) = failing_store();
    let mut app = initial_app(
        Start::New {
            setup: setup("Elm Energy", "Kim", Mode::SelfAssessment),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    );
    fault.fail_with(ENOSPC);
    let shown = drive(&mut app, &store, vec![key(KeyCode::Enter)], 80, 24)
        .backend()
        .to_string();
    assert!(matches!(app.screen, Screen::Setup(_)));
    assert!(shown.contains("Not saved"), "{shown}");
    assert!(store.list().assessments.is_empty());
    fault.clear();
    drive(&mut app, &store, chars("r"), 80, 24);
    assert!(app.save_problem.is_none());
    assert_eq!(step(&app), Some(Step::Intro(0)));
    assert_eq!(on_disk(&store).organization.name, "Elm Energy");

    let (_dir, store, fault) = failing_store();
    let mut app = initial_app(
        Start::New {
            setup: setup("Elm Energy", "Kim", Mode::SelfAssessment),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    );
    fault.fail_with(ENOSPC);
    let outcome = run(
        &mut app,
        &store,
        vec![key(KeyCode::Enter), key(KeyCode::Char('q'))],
    );
    let message = format!("{:#}", outcome.unwrap_err());
    assert!(
        message.starts_with("The new assessment of Elm Energy could not be saved"),
        "{message}"
    );
}

#[test]
fn a_map_change_that_cannot_be_saved_is_kept_and_retried() {
    let (_dir, store, fault) = failing_store();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    ecoready::tui::perform_effects(&mut app, &store);
    ecoready::tui::screens::map::open(&mut app, Some("Birch Logistics".into()));
    ecoready::tui::perform_effects(&mut app, &store);
    fault.fail_with(ENOSPC);
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(chars("Harbour Logistics"));
    events.push(key(KeyCode::Enter));
    let shown = drive(&mut app, &store, events, 80, 24)
        .backend()
        .to_string();
    assert!(shown.contains("Not saved"), "{shown}");
    assert!(store.latest_map("Birch Logistics").unwrap().is_none());
    // Adding another partner is not possible until it is saved: `a` retries.
    drive(&mut app, &store, chars("a"), 80, 24);
    assert!(
        matches!(&app.screen, Screen::Map(s) if !matches!(s.view, ecoready::tui::screens::map::View::Form(_)))
    );
    let outcome = run(&mut app, &store, vec![key(KeyCode::Char('q'))]);
    let message = format!("{:#}", outcome.unwrap_err());
    assert!(
        message.starts_with(
            "The latest change to the ecosystem map of Birch Logistics could not be saved"
        ),
        "{message}"
    );

    let (_dir, store, fault) = failing_store();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    ecoready::tui::perform_effects(&mut app, &store);
    ecoready::tui::screens::map::open(&mut app, Some("Birch Logistics".into()));
    ecoready::tui::perform_effects(&mut app, &store);
    fault.fail_with(ENOSPC);
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(chars("Harbour Logistics"));
    events.push(key(KeyCode::Enter));
    drive(&mut app, &store, events, 80, 24);
    fault.clear();
    drive(&mut app, &store, chars("r"), 80, 24);
    assert!(app.save_problem.is_none());
    let saved = store.latest_map("Birch Logistics").unwrap().unwrap();
    assert_eq!(saved.partners[0].name, "Harbour Logistics");
}

#[test]
fn a_too_small_terminal_ignores_every_key_but_quit_and_help() {
    let (_dir, store, _fault) = failing_store();
    let mut app = on_first_question(&store);
    let before = on_disk(&store);
    let in_memory = app.session.as_ref().unwrap().assessment.clone();
    let scroll = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 3,
        row: 3,
        modifiers: KeyModifiers::NONE,
    });
    let shown = drive(
        &mut app,
        &store,
        vec![
            key(KeyCode::Char('3')),
            key(KeyCode::Enter),
            key(KeyCode::Char('n')),
            key(KeyCode::Char('f')),
            key(KeyCode::Right),
            scroll,
        ],
        50,
        12,
    )
    .backend()
    .to_string();
    assert!(shown.contains("too small"), "{shown}");
    assert_eq!(step(&app), Some(Step::Question(0)));
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.assessment, in_memory, "nothing changed unseen");
    assert_eq!(session.cursor, None);
    assert!(session.note_editor.is_none());
    assert_eq!(on_disk(&store), before);

    let help = drive(&mut app, &store, chars("?"), 50, 12)
        .backend()
        .to_string();
    insta::assert_snapshot!("too_small_help_50x12", help);
    drive(&mut app, &store, chars("?"), 50, 12);
    run_small(&mut app, &store, chars("q"));
    assert!(!app.running, "q leaves");
}

fn run_small(app: &mut App, store: &Store, events: Vec<Event>) {
    let mut terminal = Terminal::new(TestBackend::new(50, 12)).unwrap();
    run_loop(&mut terminal, app, store, &mut Script(events.into())).unwrap();
}

//! The wizard when its draft changes or vanishes on disk while it is open (a sync client
//! or `git pull` replaced the file, another machine moved it to the trash): driven
//! headless with the window's locks kept between keys, as the real wizard keeps them; the
//! data directory is read after each choice to prove no answer of either side is lost.
//! And Home listing again when a file arrives underneath it.

mod support;

use ecoready::app::DraftLocks;
use ecoready::app::underneath::Underneath;
use ecoready::assessment::{Assessment, Mode, Response};
use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::tui::action::Action;
use ecoready::tui::app::{App, Effect, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app, perform_effects_with, translate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::fixtures::{at, full, setup, store};

/// A window: the wizard and the locks the shell keeps for it.
struct Window {
    app: App,
    locks: DraftLocks,
}

impl Window {
    fn press(&mut self, store: &Store, code: KeyCode) {
        self.send(store, KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn send(&mut self, store: &Store, key: KeyEvent) {
        if let Some(action) = translate(&self.app, &Event::Key(key)) {
            self.app.update(action);
        }
        perform_effects_with(&mut self.app, store, &mut self.locks);
    }

    fn id(&self) -> String {
        self.app.session.as_ref().unwrap().assessment.id.clone()
    }

    fn screen(&self) -> String {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| ecoready::tui::view::render(&self.app, frame))
            .unwrap();
        terminal.backend().to_string()
    }
}

/// A new draft of Dune Dairy whose first question is answered (1) and saved; the window
/// is on the second question.
fn answering(store: &Store) -> Window {
    let app = initial_app(
        Start::New {
            setup: setup("Dune Dairy", "Sam", Mode::SelfAssessment),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    );
    let mut window = Window {
        app,
        locks: DraftLocks::disabled(),
    };
    window.app.update(Action::Resize(80, 24));
    perform_effects_with(&mut window.app, store, &mut window.locks);
    window.press(store, KeyCode::Enter);
    window.press(store, KeyCode::Enter);
    window.press(store, KeyCode::Char('1'));
    window
}

fn items() -> Vec<String> {
    full()
        .questionnaire
        .items()
        .map(|r| r.item.id.clone())
        .collect()
}

/// A colleague's version arrives as a sync client writes it: a temporary file renamed
/// over the draft. It holds the first answer and answers questions 3 and 4 (4, at fixed
/// times, so what the panel says does not depend on the clock).
fn theirs_arrives(store: &Store, id: &str) -> Assessment {
    let q = full();
    let mut theirs = store.load(id).unwrap();
    // The first answer is given again at a fixed time (the same value): what the panel
    // says of the latest answer there never depends on the clock.
    for (item, value, day) in [(0, 1, 4), (2, 4, 5), (3, 4, 6)] {
        theirs.respond(
            &q.questionnaire,
            &items()[item],
            Response::Value(value),
            at(day, 10),
        );
    }
    let elsewhere = tempfile::tempdir().unwrap();
    let other = Store::open(elsewhere.path()).unwrap();
    other.save(&theirs).unwrap();
    let synced = store.assessments_dir().join(format!(".sync-tmp-{id}"));
    std::fs::copy(other.assessments_dir().join(format!("{id}.yaml")), &synced).unwrap();
    std::fs::rename(&synced, store.assessments_dir().join(format!("{id}.yaml"))).unwrap();
    theirs
}

/// The window answers the second question (3) after theirs arrived: the panel shows.
fn changed_underneath(store: &Store) -> Window {
    let mut window = answering(store);
    theirs_arrives(store, &window.id());
    window.press(store, KeyCode::Char('3'));
    assert!(window.app.underneath.is_some(), "{}", window.screen());
    window
}

fn response(a: &Assessment, item: usize) -> Option<Response> {
    a.response(&items()[item])
}

#[test]
fn the_panel_says_what_changed_and_nothing_was_written_over_it() {
    let (_dir, store) = store();
    let window = changed_underneath(&store);
    let on_disk = store.load(&window.id()).unwrap();
    assert_eq!(
        response(&on_disk, 1),
        None,
        "the window's answer was not saved"
    );
    assert_eq!(response(&on_disk, 2), Some(Response::Value(4)));
    let Some(Underneath::Changed {
        theirs: Ok(theirs), ..
    }) = &window.app.underneath
    else {
        panic!("a readable change");
    };
    assert_eq!((theirs.answered, theirs.mine_not_there), (3, 1));
    let shown = window.screen();
    assert!(shown.contains("3 answers there"), "{shown}");
    insta::assert_snapshot!("underneath_changed_80x24", shown);
}

#[test]
fn merge_keeps_every_answer_of_both_sides_and_the_wizard_goes_on() {
    let (_dir, store) = store();
    let mut window = changed_underneath(&store);
    window.press(&store, KeyCode::Char('m'));
    assert!(window.app.underneath.is_none());
    let on_disk = store.load(&window.id()).unwrap();
    assert_eq!(response(&on_disk, 0), Some(Response::Value(1)));
    assert_eq!(response(&on_disk, 1), Some(Response::Value(3)));
    assert_eq!(response(&on_disk, 2), Some(Response::Value(4)));
    assert_eq!(response(&on_disk, 3), Some(Response::Value(4)));
    // The window's next answer (the same question again) saves over the merge without
    // another conflict.
    window.press(&store, KeyCode::Char('2'));
    assert!(window.app.underneath.is_none());
    let on_disk = store.load(&window.id()).unwrap();
    assert_eq!(response(&on_disk, 1), Some(Response::Value(2)));
    assert_eq!(on_disk.responded_count(&full().questionnaire), 4);
}

#[test]
fn reload_goes_on_with_theirs_and_keeps_mine_in_the_trash() {
    let (_dir, store) = store();
    let mut window = changed_underneath(&store);
    window.press(&store, KeyCode::Char('r'));
    let session = &window.app.session.as_ref().unwrap().assessment;
    assert_eq!(response(session, 2), Some(Response::Value(4)));
    assert_eq!(response(session, 1), None);
    let trashed = store.trashed().unwrap().trashed;
    assert_eq!(trashed.len(), 1);
    assert_eq!(
        response(&trashed[0].assessment, 1),
        Some(Response::Value(3))
    );
}

#[test]
fn keep_both_leaves_a_conflict_copy_home_counts() {
    let (_dir, store) = store();
    let mut window = changed_underneath(&store);
    let id = window.id();
    window.press(&store, KeyCode::Char('k'));
    assert!(matches!(window.app.screen, Screen::Home));
    assert!(window.app.session.is_none());
    assert_eq!(window.app.home.data.conflicts, 1);
    let merged = store.merge_conflict(&id).unwrap().merged.assessment;
    assert_eq!(merged.responded_count(&full().questionnaire), 4);
}

#[test]
fn a_draft_removed_underneath_is_restored_with_my_answers_or_left_removed() {
    for (key, restored) in [('r', true), ('d', false)] {
        let (_dir, store) = store();
        let mut window = answering(&store);
        let id = window.id();
        store.trash(&id).unwrap();
        window.press(&store, KeyCode::Char('3'));
        let shown = window.screen();
        assert!(shown.contains("removed from disk"), "{shown}");
        if restored {
            insta::assert_snapshot!("underneath_vanished_80x24", shown);
        }
        window.press(&store, KeyCode::Char(key));
        let trashed = store.trashed().unwrap().trashed;
        if restored {
            let on_disk = store.load(&id).unwrap();
            assert_eq!(response(&on_disk, 1), Some(Response::Value(3)));
            assert_eq!(trashed.len(), 1, "the removed version stays in the trash");
        } else {
            assert!(store.load(&id).is_err(), "left removed");
            assert!(trashed.iter().any(|t| response(&t.assessment, 1).is_some()));
            assert!(matches!(window.app.screen, Screen::Home));
        }
    }
}

#[test]
fn leaving_with_the_panel_open_keeps_my_version_as_a_conflict_copy() {
    let (_dir, store) = store();
    let mut window = changed_underneath(&store);
    window.send(
        &store,
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    );
    assert!(!window.app.running);
    let said = window.app.kept_on_leaving.clone().unwrap();
    assert!(said.contains("ecoready conflicts --merge"), "{said}");
    assert_eq!(ecoready::store::conflict_count(&store.list().problems), 1);
}

#[test]
fn home_lists_again_when_a_file_arrives_underneath_it() {
    let (_dir, store) = store();
    let mut window = Window {
        app: initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR),
        locks: DraftLocks::disabled(),
    };
    window.app.update(Action::Resize(80, 24));
    perform_effects_with(&mut window.app, &store, &mut window.locks);
    assert!(window.app.home.data.rows.is_empty());
    // A tick asks the shell to look at the folder against the stamp of the listing.
    let folder = window.app.home.data.folder;
    assert!(folder.is_some());
    window.app.update(Action::Tick);
    assert_eq!(
        window.app.take_effects(),
        vec![Effect::RefreshIfChanged(folder)]
    );
    let q = full();
    let elsewhere = tempfile::tempdir().unwrap();
    let other = Store::open(elsewhere.path()).unwrap();
    let id = "20261202-101500Z-0123456789abcdef";
    let a = Assessment::start(
        id.into(),
        setup("Arrived Ltd", "Kim", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        at(7, 9),
    );
    other.save(&a).unwrap();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    std::fs::copy(
        other.assessments_dir().join(format!("{id}.yaml")),
        store.assessments_dir().join(format!("{id}.yaml")),
    )
    .unwrap();
    window.app.update(Action::Tick);
    perform_effects_with(&mut window.app, &store, &mut window.locks);
    assert_eq!(window.app.home.data.rows.len(), 1);
    assert!(window.screen().contains("Arrived Ltd"));
}

#[test]
fn the_window_s_own_plan_change_is_no_change_underneath_for_its_next_save() {
    let (_dir, store) = store();
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    let complete = support::fixtures::answered("20260301-090000-aaaa", "Alder", true, &q);
    store.save(&complete).unwrap();
    let mut window = Window {
        app: initial_app(
            Start::Resume(complete.id.clone()),
            questionnaire::builtins(),
            Theme::COLOR,
        ),
        locks: DraftLocks::disabled(),
    };
    window.app.update(Action::Resize(80, 24));
    perform_effects_with(&mut window.app, &store, &mut window.locks);
    assert!(matches!(window.app.screen, Screen::Results(_)));
    // A priority picked on the Plan screen saves the open assessment.
    window.press(&store, KeyCode::Char('p'));
    window.press(&store, KeyCode::Enter);
    for c in "Ana".chars() {
        window.press(&store, KeyCode::Char(c));
    }
    window.press(&store, KeyCode::Enter);
    assert_eq!(store.load(&complete.id).unwrap().plan.len(), 1);
    window.press(&store, KeyCode::Esc);
    assert!(matches!(window.app.screen, Screen::Results(_)));
    // Reopening then saves over what the window itself wrote: no panel.
    window.press(&store, KeyCode::Char('o'));
    assert!(window.app.underneath.is_none(), "{}", window.screen());
    assert!(
        matches!(window.app.screen, Screen::Wizard(_)),
        "{}",
        window.screen()
    );
}

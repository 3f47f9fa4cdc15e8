//! The keymap walk: in every context, every key of every binding the keymap lists there,
//! sent through the real key translation to the real `update` (headless, `TestBackend`),
//! changes what the screen shows (a state change or a message) or ends the program. A
//! binding that is listed, and so shown in the help, but ignored fails the walk.
//!
//! A context can be prepared in more than one state (History's two lists): a key may
//! rightly do nothing in one (← in the left list), but not in all of them.

mod ecomap_support;
mod support;

use chrono::Datelike;
use ecoready::app::plan;
use ecoready::app::underneath::{TheirVersion, Underneath};
use ecoready::assessment::{Assessment, Mode, Response};
use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::tui::action::{Action, Opened};
use ecoready::tui::app::{App, Effect, Screen};
use ecoready::tui::keymap::{self, Context, Key};
use ecoready::tui::saving::SaveProblem;
use ecoready::tui::screens::map;
use ecoready::tui::session::Step;
use ecoready::tui::theme::Theme;
use ecoready::tui::view::{MIN_HEIGHT, MIN_WIDTH};
use ecoready::tui::{Start, initial_app, perform_effects, translate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::fixtures::{answered_with, at, full, longest_item, setup, store};

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;

const BAKERY: &str = "Alder Bakery";
const DRAFT: &str = "20260320-090000-dddd";
const WORKSHOP: &str = "Crowded Workshop";

/// A store holding four check-ins of one firm, one of six others, a draft with half its
/// questions answered, and a map with a dozen partners.
fn filled_store(store: &Store) {
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    let rounds = ["baseline", "baseline", "mid-year", "year two"];
    for (n, round) in rounds.into_iter().enumerate() {
        let id = format!("2026010{}-090000-aaa{n}", n + 1);
        let mut a = answered_with(&id, BAKERY, &format!("Respondent {n}"), true, &q, n);
        a.round = Some(round.into());
        let date = at(1, 10).with_month(n as u32 + 1).unwrap();
        (a.started_at, a.completed_at, a.updated_at) = (date, Some(date), date);
        store.save(&a).unwrap();
    }
    for (n, org) in ["Birch", "Cedar", "Elm", "Fir", "Hazel", "Oak"]
        .iter()
        .enumerate()
    {
        let id = format!("2026020{}-090000-bbb{n}", n + 1);
        store
            .save(&answered_with(&id, org, "Sam", true, &q, n))
            .unwrap();
    }
    store.save(&half_answered_draft()).unwrap();
    store
        .save_map(&ecomap_support::crowded(12))
        .expect("the map is saved");
}

/// A draft whose even questions are answered (so the review lists the odd ones).
fn half_answered_draft() -> Assessment {
    let q = full();
    let mut a = Assessment::start(
        DRAFT.into(),
        setup("Maple Works", "Robin Owner", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        at(20, 9),
    );
    for r in q.questionnaire.items().filter(|r| r.index % 2 == 0) {
        a.respond(&q.questionnaire, &r.item.id, Response::Value(2), at(20, 10));
    }
    a
}

/// The key event a key of the table stands for (a digit for "any digit", a key no
/// binding names for "any other key").
fn event(key: Key) -> KeyEvent {
    let (code, modifiers) = match key {
        Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
        Key::Code(code) => (code, KeyModifiers::NONE),
        Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Digits => (KeyCode::Char('1'), KeyModifiers::NONE),
        Key::Any => (KeyCode::F(5), KeyModifiers::NONE),
    };
    KeyEvent::new(code, modifiers)
}

/// Sends a key as the main loop does, then runs the store work it asked for.
fn press(app: &mut App, store: &Store, code: KeyCode) {
    send(app, store, KeyEvent::new(code, KeyModifiers::NONE));
}

fn send(app: &mut App, store: &Store, key: KeyEvent) {
    if let Some(action) = translate(app, &Event::Key(key)) {
        app.update(action);
    }
    perform_effects(app, store);
}

fn presses(app: &mut App, store: &Store, code: KeyCode, times: usize) {
    for _ in 0..times {
        press(app, store, code);
    }
}

/// The screen as drawn, cell by cell with its style, at the app's terminal size.
fn drawn(app: &App) -> Buffer {
    let size = app.viewport;
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    terminal
        .draw(|frame| ecoready::tui::view::render(app, frame))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// Home over the filled store, in an 80x24 terminal.
fn home(store: &Store) -> App {
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    app.update(Action::Resize(WIDTH, HEIGHT));
    perform_effects(&mut app, store);
    app
}

/// The draft open on `step`.
fn wizard(store: &Store, step: Step) -> App {
    let mut app = home(store);
    app.update(Action::Opened(Box::new(Opened {
        assessment: store.load(DRAFT).unwrap(),
        questionnaire: full(),
    })));
    perform_effects(&mut app, store);
    app.screen = Screen::Wizard(step);
    app
}

/// The bakery's latest complete check-in (the one plans are made from), on Results.
const BAKERY_LATEST: &str = "20260104-090000-aaa3";

/// Results of the bakery's latest check-in, its plans read.
fn bakery_latest_results(store: &Store) -> App {
    let mut app = home(store);
    app.update(Action::Opened(Box::new(Opened {
        assessment: store.load(BAKERY_LATEST).unwrap(),
        questionnaire: full(),
    })));
    perform_effects(&mut app, store);
    app
}

/// A plan of two priorities in the bakery's latest check-in, and a new check-in of the
/// bakery opened: its Review step, the first or the second priority selected, the first
/// reviewed as done.
fn bakery_review(store: &Store) -> Vec<App> {
    let q = full();
    let weakest = ecoready::plan::candidates(&q.questionnaire, &bakery_scores(store));
    for facet in weakest.iter().take(2) {
        let change = plan::Change::Add {
            facet: facet.0.clone(),
            owner: "Ana".into(),
            due: None,
            note: String::new(),
            replace: false,
        };
        plan::change(store, BAKERY, &change).unwrap();
    }
    let mut draft = Assessment::start(
        "20260601-090000-cccc".into(),
        setup(BAKERY, "Robin Owner", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        at(20, 9).with_month(6).unwrap(),
    );
    draft.updated_at = draft.started_at;
    store.save(&draft).unwrap();
    let mut app = home(store);
    app.update(Action::Opened(Box::new(Opened {
        assessment: draft,
        questionnaire: q,
    })));
    perform_effects(&mut app, store);
    press(&mut app, store, KeyCode::Right);
    let second = {
        let mut second = app.clone();
        press(&mut second, store, KeyCode::Down);
        second
    };
    vec![app, second]
}

fn bakery_scores(store: &Store) -> ecoready::scoring::Scores {
    let q = full();
    store
        .load(BAKERY_LATEST)
        .unwrap()
        .current_scores(&q.questionnaire)
}

/// The draft's longest question in the smallest terminal the wizard draws in, its
/// explanation scrolled a page down (so it can go either way).
fn explanation_scrolled(store: &Store) -> App {
    let mut app = wizard(store, Step::Question(longest_item(&full())));
    app.update(Action::Resize(MIN_WIDTH, MIN_HEIGHT));
    press(&mut app, store, KeyCode::PageDown);
    app
}

/// History with the bakery's assessments listed and the second one selected.
fn bakery_assessments(store: &Store) -> App {
    let mut app = home(store);
    press(&mut app, store, KeyCode::Char('h'));
    press(&mut app, store, KeyCode::Enter);
    press(&mut app, store, KeyCode::Down);
    app
}

/// The map of the crowded workshop, on its middle layer, a few partners down.
fn workshop_map(store: &Store) -> App {
    let mut app = home(store);
    map::open(&mut app, Some(WORKSHOP.into()));
    perform_effects(&mut app, store);
    press(&mut app, store, KeyCode::Right);
    presses(&mut app, store, KeyCode::Down, 2);
    app
}

/// The states a context is walked in, each where its keys have room to act (lists not
/// at an end, reports scrolled a little).
fn prepared(context: Context, store: &Store) -> Vec<App> {
    let scrolled = |mut app: App| {
        presses(&mut app, store, KeyCode::Down, 3);
        app
    };
    let with = |mut app: App, codes: &[KeyCode]| {
        for code in codes {
            press(&mut app, store, *code);
        }
        app
    };
    match context {
        Context::Home => vec![with(home(store), &[KeyCode::Down; 6])],
        Context::Setup => vec![with(home(store), &[KeyCode::Char('n'), KeyCode::Tab])],
        Context::SetupChoice => {
            vec![with(
                home(store),
                &[
                    KeyCode::Char('n'),
                    KeyCode::Tab,
                    KeyCode::Tab,
                    KeyCode::Tab,
                    KeyCode::Tab,
                ],
            )]
        }
        Context::Intro => vec![wizard(store, Step::Intro(1))],
        Context::Question => vec![
            wizard(store, Step::Question(3)),
            explanation_scrolled(store),
        ],
        Context::Review => vec![scrolled(wizard(store, Step::Review))],
        Context::Results => {
            let mut app = bakery_assessments(store);
            press(&mut app, store, KeyCode::Enter);
            vec![scrolled(app)]
        }
        Context::GoTo => {
            let app = wizard(store, Step::Question(3));
            vec![with(
                app,
                &[KeyCode::Char('g'), KeyCode::Down, KeyCode::Down],
            )]
        }
        Context::Help => vec![with(
            wizard(store, Step::Question(3)),
            &[KeyCode::Char('?')],
        )],
        Context::Typing => vec![with(
            wizard(store, Step::Question(3)),
            &[KeyCode::Char('n')],
        )],
        Context::Map => vec![workshop_map(store)],
        Context::MapPicker => {
            let mut app = home(store);
            map::open(&mut app, None);
            perform_effects(&mut app, store);
            vec![with(app, &[KeyCode::Down, KeyCode::Down])]
        }
        Context::MapName => {
            let mut app = home(store);
            map::open(&mut app, None);
            perform_effects(&mut app, store);
            vec![with(app, &[KeyCode::Enter])]
        }
        Context::MapForm => vec![with(
            workshop_map(store),
            &[KeyCode::Char('a'), KeyCode::Tab],
        )],
        Context::MapFormChoice => {
            vec![with(
                workshop_map(store),
                &[KeyCode::Char('a'), KeyCode::Tab, KeyCode::Tab],
            )]
        }
        Context::History => {
            let organizations = with(home(store), &[KeyCode::Char('h'), KeyCode::Down]);
            vec![organizations, bakery_assessments(store)]
        }
        Context::Search => vec![with(
            home(store),
            &[KeyCode::Char('h'), KeyCode::Char('/'), KeyCode::Char('b')],
        )],
        Context::NameField => vec![with(home(store), &[KeyCode::Char('h'), KeyCode::Char('n')])],
        Context::Trash => {
            // Two assessments in the trash, the first and then the second selected.
            let remove = [KeyCode::Char('d'), KeyCode::Char('y')];
            let first = with(
                bakery_assessments(store),
                &[
                    remove[0],
                    remove[1],
                    remove[0],
                    remove[1],
                    KeyCode::Char('u'),
                ],
            );
            let second = with(first.clone(), &[KeyCode::Down]);
            vec![first, second]
        }
        Context::Confirm => vec![with(bakery_assessments(store), &[KeyCode::Char('d')])],
        Context::Report => vec![
            scrolled(with(bakery_assessments(store), &[KeyCode::Char('t')])),
            scrolled(with(home(store), &[KeyCode::Char('e')])),
        ],
        Context::Round => vec![scrolled(with(
            bakery_assessments(store),
            &[KeyCode::Char('r')],
        ))],
        Context::Compare => {
            let keys = [KeyCode::Char('c'), KeyCode::Down, KeyCode::Char('c')];
            vec![scrolled(with(bakery_assessments(store), &keys))]
        }
        Context::SaveFailed => {
            let mut app = wizard(store, Step::Question(3));
            app.update(Action::SaveFailed(Box::new(SaveProblem {
                retry: Effect::Save,
                message: "the disk was full".into(),
            })));
            vec![app]
        }
        Context::Changed => {
            let mut app = wizard(store, Step::Question(3));
            let theirs = TheirVersion {
                answered: 3,
                last_answered_at: None,
                mine_not_there: 1,
            };
            app.update(Action::Underneath(Box::new(Underneath::Changed {
                id: DRAFT.into(),
                theirs: Ok(theirs),
            })));
            vec![app]
        }
        Context::Vanished => {
            let mut app = wizard(store, Step::Question(3));
            app.update(Action::Underneath(Box::new(Underneath::Vanished {
                id: DRAFT.into(),
            })));
            vec![app]
        }
        Context::Plan => {
            let app = with(bakery_latest_results(store), &[KeyCode::Char('p')]);
            vec![with(app, &[KeyCode::Down, KeyCode::Down])]
        }
        Context::PlanForm => {
            let app = with(bakery_latest_results(store), &[KeyCode::Char('p')]);
            vec![with(app, &[KeyCode::Enter, KeyCode::Char('A')])]
        }
        Context::PlanReview => bakery_review(store),
        Context::TooSmall => {
            let mut app = home(store);
            app.update(Action::Resize(50, 15));
            vec![app]
        }
    }
}

/// Whether sending `key` to a copy of `app` changes what the screen shows or ends the
/// program.
fn acts(app: &App, store: &Store, key: KeyEvent) -> bool {
    let before = drawn(app);
    let mut after = app.clone();
    send(&mut after, store, key);
    !after.running || drawn(&after) != before
}

#[test]
fn every_listed_key_does_something_in_every_context() {
    let mut ignored = Vec::new();
    for context in Context::ALL {
        // A fresh store for each context: keys that write (to the trash, a map) must
        // not change what the next context is prepared from.
        let (_dir, store) = store();
        filled_store(&store);
        let states = prepared(context, &store);
        for state in &states {
            assert_eq!(
                state.context(),
                context,
                "the state prepared for {context:?}"
            );
        }
        for binding in keymap::bindings(context) {
            for key in binding.keys {
                let key_event = event(*key);
                if !states.iter().any(|state| acts(state, &store, key_event)) {
                    ignored.push(format!(
                        "{context:?}: {} ({})",
                        keymap::key_label(*key, 9),
                        binding.help
                    ));
                }
            }
        }
    }
    assert!(
        ignored.is_empty(),
        "keys listed but ignored:\n{}",
        ignored.join("\n")
    );
}

/// The walk would pass vacuously if nothing were listed or every key looked the same.
#[test]
fn the_walk_notices_a_key_that_does_nothing() {
    let (_dir, store) = store();
    filled_store(&store);
    let app = home(&store);
    // F5 is bound nowhere on Home.
    assert!(!acts(&app, &store, event(Key::Code(KeyCode::F(5)))));
    assert!(acts(&app, &store, event(Key::Code(KeyCode::Down))));
    assert!(keymap::bindings(Context::Home).count() > 5);
}

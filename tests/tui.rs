//! The wizard driven headless: keys in through the real main loop, screens out through
//! `TestBackend`, checked with insta snapshots and against the saved files.

mod support;

use ecoready::assessment::{Assessment, Mode, Response, Setup, Status};
use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::tui::action::{Action, Opened};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::session::Step;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app, perform_effects};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::fixtures::{answered, at, chars, drive, full, key, setup, store};

fn app(start: Start) -> App {
    initial_app(start, questionnaire::builtins(), Theme::COLOR)
}

fn screen(app: &mut App, store: &Store, width: u16, height: u16) -> String {
    drive(app, store, Vec::new(), width, height)
        .backend()
        .to_string()
}

fn open(app: &mut App, store: &Store, assessment: Assessment) {
    app.update(Action::Opened(Box::new(Opened {
        assessment,
        questionnaire: full(),
    })));
    perform_effects(app, store);
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn home_screen_empty_and_with_assessments() {
    let (_dir, store) = store();
    for (w, h) in SIZES {
        insta::assert_snapshot!(
            format!("home_empty_{w}x{h}"),
            screen(&mut app(Start::Home), &store, w, h)
        );
    }
    let q = full();
    store
        .save(&answered("20260314-090000-aaaa", "Alder Bakery", true, &q))
        .unwrap();
    let mut draft = answered("20260315-090000-bbbb", "Birch Logistics", false, &q);
    draft.started_at = at(15, 9);
    store.save(&draft).unwrap();
    for (w, h) in SIZES {
        insta::assert_snapshot!(
            format!("home_listed_{w}x{h}"),
            screen(&mut app(Start::Home), &store, w, h)
        );
    }
}

#[test]
fn setup_screen_is_prefilled_from_flags() {
    let (_dir, store) = store();
    for (w, h) in SIZES {
        let mut app = app(Start::New {
            setup: setup("Alder Bakery", "Robin Owner", Mode::Interview),
            questionnaire: Box::new(full()),
        });
        insta::assert_snapshot!(
            format!("setup_prefilled_{w}x{h}"),
            screen(&mut app, &store, w, h)
        );
    }
}

#[test]
fn setup_refuses_to_start_without_an_organization() {
    let (_dir, store) = store();
    let mut app = app(Start::New {
        setup: Setup::default(),
        questionnaire: Box::new(full()),
    });
    let shown = drive(&mut app, &store, vec![key(KeyCode::Enter)], 80, 24)
        .backend()
        .to_string();
    assert!(
        shown.contains("Please enter the organization's name first."),
        "{shown}"
    );
    assert!(matches!(app.screen, Screen::Setup(_)));
    assert!(store.list().assessments.is_empty());
}

#[test]
fn intro_question_review_and_results_screens() {
    let q = full();
    for (w, h) in SIZES {
        let (_dir, store) = store();
        let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
        draft.position = 0;
        draft.answers.clear();
        let mut app = app(Start::Home);
        open(&mut app, &store, draft);
        assert_eq!(app.screen_step(), Some(Step::Intro(0)));
        insta::assert_snapshot!(format!("intro_{w}x{h}"), screen(&mut app, &store, w, h));

        let shown = drive(
            &mut app,
            &store,
            vec![key(KeyCode::Enter), key(KeyCode::Char('4'))],
            w,
            h,
        );
        insta::assert_snapshot!(format!("question_{w}x{h}"), shown.backend().to_string());
    }
    for (w, h) in SIZES {
        let (_dir, store) = store();
        let mut app = app(Start::Home);
        let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
        draft.mode = Mode::Interview;
        draft.advisor = Some("Dana Advisor".into());
        draft.position = 0;
        open(&mut app, &store, draft);
        insta::assert_snapshot!(
            format!("question_interview_note_flag_{w}x{h}"),
            screen(&mut app, &store, w, h)
        );
        let shown = drive(&mut app, &store, vec![key(KeyCode::Char('n'))], w, h);
        insta::assert_snapshot!(
            format!("question_note_editing_{w}x{h}"),
            shown.backend().to_string()
        );
    }
    for (w, h) in SIZES {
        let (_dir, store) = store();
        let mut app = app(Start::Home);
        let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
        let unanswered: Vec<String> = q
            .questionnaire
            .items()
            .skip(3)
            .take(2)
            .map(|r| r.item.id.clone())
            .collect();
        for id in &unanswered {
            draft.clear_response(&q.questionnaire, id, at(14, 10));
        }
        draft.position = q.questionnaire.item_count();
        open(&mut app, &store, draft);
        assert_eq!(app.screen_step(), Some(Step::Review));
        insta::assert_snapshot!(format!("review_{w}x{h}"), screen(&mut app, &store, w, h));
    }
    for (w, h) in SIZES {
        let (_dir, store) = store();
        let mut app = app(Start::Home);
        open(
            &mut app,
            &store,
            answered("20260314-090000-aaaa", "Alder Bakery", true, &q),
        );
        assert!(matches!(app.screen, Screen::Results(_)));
        insta::assert_snapshot!(format!("results_{w}x{h}"), screen(&mut app, &store, w, h));
    }
}

#[test]
fn overlays_help_and_go_to() {
    let q = full();
    let (_dir, store) = store();
    for (w, h) in SIZES {
        let mut app = app(Start::Home);
        let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
        draft.position = 2;
        open(&mut app, &store, draft);
        let shown = drive(&mut app, &store, vec![key(KeyCode::Char('?'))], w, h);
        insta::assert_snapshot!(format!("help_overlay_{w}x{h}"), shown.backend().to_string());
        let shown = drive(
            &mut app,
            &store,
            vec![key(KeyCode::Esc), key(KeyCode::Char('g'))],
            w,
            h,
        );
        insta::assert_snapshot!(format!("goto_overlay_{w}x{h}"), shown.backend().to_string());
    }
}

#[test]
fn too_small_terminal_says_so() {
    let (_dir, store) = store();
    let shown = screen(&mut app(Start::Home), &store, 50, 12);
    insta::assert_snapshot!("too_small_50x12", shown);
    assert!(shown.contains("too small"));
}

/// A whole assessment answered with keys through the main loop: back, don't know, a
/// note and a flag included; the saved file must hold exactly what was typed.
#[test]
fn whole_assessment_with_keys_is_saved_and_scored() {
    let (_dir, store) = store();
    let q = full();
    let count = q.questionnaire.item_count();
    let mut events = vec![key(KeyCode::Enter)]; // Home: "Start a new assessment"
    events.extend(chars("Cedar Tools"));
    events.push(key(KeyCode::Enter)); // start
    let mut script_answers = Vec::new();
    let mut current_dimension = usize::MAX;
    for r in q.questionnaire.items() {
        if r.dimension_index != current_dimension {
            events.push(key(KeyCode::Enter)); // dimension intro
            current_dimension = r.dimension_index;
        }
        let digit = match r.index {
            1 => '0',
            _ => char::from_digit(
                u32::from(q.questionnaire.value_range(r.item).unwrap().1),
                10,
            )
            .unwrap(),
        };
        if r.index == 0 {
            events.push(key(KeyCode::Char('n')));
            events.extend(chars("Ask the co-op"));
            events.push(key(KeyCode::Enter));
            events.push(key(KeyCode::Char('f')));
            events.push(key(KeyCode::Char('1'))); // answer 1, then go back and change it
            events.push(key(KeyCode::Left));
        }
        events.push(key(KeyCode::Char(digit)));
        script_answers.push((r.item.id.clone(), digit));
    }
    events.push(key(KeyCode::Enter)); // Review: finish
    let mut app = app(Start::Home);
    let shown = drive(&mut app, &store, events, 80, 24)
        .backend()
        .to_string();
    assert!(shown.contains("Results"), "{shown}");

    let listing = store.list();
    assert_eq!(listing.assessments.len(), 1);
    let saved = &listing.assessments[0];
    assert_eq!(saved.status, Status::Complete);
    assert_eq!(saved.organization.name, "Cedar Tools");
    let first = &q.questionnaire.item_at(0).unwrap().item.id;
    assert_eq!(saved.note(first), "Ask the co-op");
    assert!(saved.is_flagged(first));
    for (id, digit) in &script_answers {
        let expected = match digit {
            '0' => Response::DontKnow,
            d => Response::Value(d.to_digit(10).unwrap() as u8),
        };
        assert_eq!(saved.response(id), Some(expected), "{id}");
    }
    // Every value is the scale maximum: 100 everywhere except reverse items, which
    // score 0; the second item is "don't know" and leaves its facet's other items.
    let scores = saved.scores.as_ref().unwrap();
    assert_eq!(scores.overall.answered, count - 1);
    assert_eq!(scores.overall.dont_know, 1);
    let mut expected_overall = Vec::new();
    for d in &q.questionnaire.dimensions {
        let mut facet_means = Vec::new();
        for f in &d.facets {
            let items: Vec<f64> = f
                .items
                .iter()
                .filter(|i| i.id != q.questionnaire.item_at(1).unwrap().item.id)
                .map(|i| if i.reverse { 0.0 } else { 100.0 })
                .collect();
            facet_means.push(items.iter().sum::<f64>() / items.len() as f64);
        }
        let dimension = facet_means.iter().sum::<f64>() / facet_means.len() as f64;
        let shown = scores.dimension(&d.id).unwrap().score.value.unwrap();
        assert!(
            (shown - dimension).abs() < 1e-9,
            "{}: {shown} vs {dimension}",
            d.id
        );
        expected_overall.push(dimension);
    }
    let overall = expected_overall.iter().sum::<f64>() / expected_overall.len() as f64;
    assert!((scores.overall.value.unwrap() - overall).abs() < 1e-9);
}

#[test]
fn leaving_mid_way_keeps_the_draft_and_resume_continues_there() {
    let (_dir, store) = store();
    let mut app = app(Start::New {
        setup: setup("Dune Dairy", "Sam", Mode::SelfAssessment),
        questionnaire: Box::new(full()),
    });
    let mut events = vec![key(KeyCode::Enter), key(KeyCode::Enter)];
    events.extend(chars("543"));
    events.push(key(KeyCode::Char('f')));
    events.push(key(KeyCode::Char('q')));
    drive(&mut app, &store, events, 80, 24);
    assert!(matches!(app.screen, Screen::Home));
    let draft = store.list().assessments.remove(0);
    assert_eq!(draft.status, Status::Draft);
    assert_eq!(draft.position, 3);
    let q = full();
    let fourth = &q.questionnaire.item_at(3).unwrap().item.id;
    assert!(draft.is_flagged(fourth));

    let mut resumed = initial_app(
        Start::Resume(draft.id.clone()),
        questionnaire::builtins(),
        Theme::COLOR,
    );
    let shown = drive(&mut resumed, &store, Vec::new(), 80, 24)
        .backend()
        .to_string();
    assert!(shown.contains("Question 4 of"), "{shown}");
    assert!(shown.contains("⚑ flagged for review"), "{shown}");
}

#[test]
fn ctrl_c_while_typing_a_note_keeps_the_note() {
    let (_dir, store) = store();
    let mut app = app(Start::New {
        setup: setup("Elm Energy", "Kim", Mode::SelfAssessment),
        questionnaire: Box::new(full()),
    });
    let mut events = vec![
        key(KeyCode::Enter),
        key(KeyCode::Enter),
        key(KeyCode::Char('n')),
    ];
    events.extend(chars("half a thought"));
    events.push(Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    drive(&mut app, &store, events, 80, 24);
    assert!(!app.running);
    let draft = store.list().assessments.remove(0);
    let first = &full().questionnaire.item_at(0).unwrap().item.id.clone();
    assert_eq!(draft.note(first), "half a thought");
}

#[test]
fn without_colour_the_chosen_option_is_marked_by_a_symbol() {
    let (_dir, store) = store();
    let q = full();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::MONOCHROME);
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
    draft.position = 0;
    open(&mut app, &store, draft);
    let terminal = drive(&mut app, &store, Vec::new(), 80, 24);
    let buffer = terminal.backend().buffer();
    let colored = buffer
        .content
        .iter()
        .filter(|c| c.fg != ratatui::style::Color::Reset || c.bg != ratatui::style::Color::Reset)
        .count();
    assert_eq!(colored, 0, "no colour in the monochrome theme");
    let shown = terminal.backend().to_string();
    // Item 0 has value 1 in the fixture: its row carries the filled symbol.
    assert!(shown.contains("● 1"), "{shown}");
    assert_eq!(shown.matches('●').count(), 1, "{shown}");
}

trait StepOf {
    fn screen_step(&self) -> Option<Step>;
}

impl StepOf for App {
    fn screen_step(&self) -> Option<Step> {
        match self.screen {
            Screen::Wizard(step) => Some(step),
            _ => None,
        }
    }
}

/// A draft of the full questionnaire on Review: every item answered with a value except
/// the whole first dimension, which is left unanswered (so it has no score under any
/// coverage rule).
fn draft_without_first_dimension(q: &ecoready::questionnaire::Loaded) -> Assessment {
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, q);
    for r in q.questionnaire.items() {
        if r.dimension_index == 0 {
            draft.clear_response(&q.questionnaire, &r.item.id, at(14, 10));
        } else if draft.response(&r.item.id) == Some(Response::DontKnow) {
            draft.respond(&q.questionnaire, &r.item.id, Response::Value(1), at(14, 10));
        }
    }
    draft.position = q.questionnaire.item_count();
    draft
}

#[test]
fn finishing_with_unanswered_questions_asks_first() {
    let q = full();
    let first = &q.questionnaire.dimensions[0];
    let unanswered: usize = first.facets.iter().map(|f| f.items.len()).sum();
    for (w, h) in SIZES {
        let (_dir, store) = store();
        let mut app = app(Start::Home);
        open(&mut app, &store, draft_without_first_dimension(&q));
        assert_eq!(app.screen_step(), Some(Step::Review));

        // Enter on Finish asks, naming how many questions and which dimension.
        let shown = screen_after(&mut app, &store, vec![key(KeyCode::Enter)], w, h);
        assert!(shown.contains("Finish anyway?"), "{shown}");
        let flat: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("{unanswered} questions are unanswered.")),
            "{shown}"
        );
        assert!(flat.contains("Shared goals will have no"), "{shown}");
        insta::assert_snapshot!(format!("review_finish_anyway_{w}x{h}"), shown);
        assert_eq!(app.screen_step(), Some(Step::Review));
        let session = app.session.as_ref().unwrap();
        assert_eq!(session.assessment.status, Status::Draft);

        // n goes back to the review, still a draft.
        let shown = screen_after(&mut app, &store, vec![key(KeyCode::Char('n'))], w, h);
        assert!(!shown.contains("Finish anyway?"), "{shown}");
        assert_eq!(app.screen_step(), Some(Step::Review));
        let session = app.session.as_ref().unwrap();
        assert_eq!(session.assessment.status, Status::Draft);

        // Asked again, y finishes anyway; Results say the numbers are partial.
        let shown = screen_after(
            &mut app,
            &store,
            vec![key(KeyCode::Enter), key(KeyCode::Char('y'))],
            w,
            h,
        );
        assert!(matches!(app.screen, Screen::Results(_)));
        let flat: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Partial: 1 dimension without a"), "{shown}");
        assert_eq!(store.list().assessments[0].status, Status::Complete);
    }
}

#[test]
fn finishing_with_every_question_answered_does_not_ask() {
    let (_dir, store) = store();
    let q = full();
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
    for r in q.questionnaire.items() {
        if draft.response(&r.item.id) == Some(Response::DontKnow) {
            draft.respond(&q.questionnaire, &r.item.id, Response::Value(1), at(14, 10));
        }
    }
    draft.position = q.questionnaire.item_count();
    let mut app = app(Start::Home);
    open(&mut app, &store, draft);
    drive(&mut app, &store, vec![key(KeyCode::Enter)], 80, 24);
    assert!(matches!(app.screen, Screen::Results(_)));
}

fn screen_after(
    app: &mut App,
    store: &Store,
    events: Vec<Event>,
    width: u16,
    height: u16,
) -> String {
    drive(app, store, events, width, height)
        .backend()
        .to_string()
}

//! The improvement plan in the full-screen wizard, headless: the Plan screen from Results
//! (a priority with owner, due date and note; a bad date refused with a clear message;
//! Esc on typed text asks once more; an older check-in says where plans are made), the
//! Review step a new check-in opens with (each change saved in the draft, offered again on
//! resuming until done), and Results showing how the plan went beside each facet's change
//! judged against measurement noise, at 80x24 and 60x20.

mod support;

use chrono::{Datelike, NaiveDate};
use ecoready::app::plan::{self, Change};
use ecoready::assessment::{Assessment, Mode, Response, Timestamp};
use ecoready::plan::Status;
use ecoready::questionnaire::{Loaded, builtin};
use ecoready::store::Store;
use ecoready::tui::action::{Action, Opened};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app, perform_effects};
use ratatui::crossterm::event::{Event, KeyCode};
use support::fixtures::{at, chars, drive, key, setup, store};

const ORG: &str = "Alder Bakery";
const FIRST: &str = "20260301-090000-aaaa";
const SECOND: &str = "20260601-090000-bbbb";
const DRAFT: &str = "20260901-090000-cccc";
/// The quick check's first two facets, three items each.
const VISION: &str = "shared_vision_first_look";
const STRENGTHS: &str = "complementary_strengths_first_look";

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn in_month(month: u32) -> Timestamp {
    at(1, 9).with_month(month).unwrap()
}

/// A check-in of the bakery in `month`, every item answered with `level(index)`.
fn check_in(id: &str, month: u32, complete: bool, level: impl Fn(usize) -> u8) -> Assessment {
    let q = quick();
    let when = in_month(month);
    let mut a = Assessment::start(
        id.into(),
        setup(ORG, "Robin Owner", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        when,
    );
    for r in q.questionnaire.items() {
        let response = Response::Value(level(r.index));
        a.respond(&q.questionnaire, &r.item.id, response, when);
    }
    if complete {
        a.complete(&q.questionnaire, when);
    }
    a
}

/// Two check-ins: every item at level 2 (25.0) in March; in June the first facet's items
/// at level 4 (75.0, +50.0) and the rest at level 3 (50.0, +25.0).
fn two_check_ins(store: &Store) {
    let q = quick();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&check_in(FIRST, 3, true, |_| 2)).unwrap();
    let june = check_in(SECOND, 6, true, |i| if i < 3 { 4 } else { 3 });
    store.save(&june).unwrap();
}

fn add(store: &Store, facet: &str, owner: &str) -> Change {
    let change = Change::Add {
        facet: facet.into(),
        owner: owner.into(),
        due: NaiveDate::from_ymd_opt(2026, 5, 31),
        note: "weekly call with the mill".into(),
        replace: false,
    };
    plan::change(store, ORG, &change).unwrap();
    change
}

/// The wizard with `assessment` opened, its plans read.
fn opened(store: &Store, assessment: Assessment, (w, h): (u16, u16)) -> App {
    let mut app = initial_app(Start::Home, vec![quick()], Theme::COLOR);
    app.update(Action::Resize(w, h));
    app.update(Action::Opened(Box::new(Opened {
        assessment,
        questionnaire: quick(),
    })));
    perform_effects(&mut app, store);
    app
}

fn screen(app: &mut App, store: &Store, events: Vec<Event>) -> String {
    let size = app.viewport;
    drive(app, store, events, size.width, size.height)
        .backend()
        .to_string()
}

/// Results scrolled until the plan section's heading is near the top.
fn plan_section(app: &mut App, store: &Store) -> String {
    let mut shown = screen(app, store, Vec::new());
    for _ in 0..200 {
        let row = shown.lines().position(|l| l.contains("Improvement plan"));
        if row.is_some_and(|r| r <= 3) {
            return shown;
        }
        shown = screen(app, store, vec![key(KeyCode::Down)]);
    }
    panic!("no plan section on Results:\n{shown}");
}

/// MDC95 of a quick-check facet, by hand: reliability 0.67 and SD 20 from the
/// questionnaire, SEM = 20 * sqrt(1 - 0.67) = 11.489, MDC95 = 1.96 * sqrt(2) * SEM.
fn facet_mdc95() -> f64 {
    1.96 * 2f64.sqrt() * 20.0 * (1.0f64 - 0.67).sqrt()
}

/// The screen's words in one line, without the frame: wrapped sentences read whole.
fn flat(shown: &str) -> String {
    shown
        .split_whitespace()
        .map(|w| w.trim_matches('"'))
        .filter(|w| !w.is_empty() && *w != "│")
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn results_show_how_the_plan_went_beside_each_change_judged_against_noise() {
    let (_dir, store) = store();
    two_check_ins(&store);
    // The plan made in March, reviewed in June.
    let mut march = store.load(FIRST).unwrap();
    let q = quick();
    for facet in [VISION, STRENGTHS] {
        let p = ecoready::plan::priority(&q.questionnaire, facet, "Ana", None, "").unwrap();
        march.plan.push(p);
    }
    store.save(&march).unwrap();
    for (facet, status, note) in [
        (VISION, Status::Done, "joint roadmap signed"),
        (STRENGTHS, Status::InProgress, ""),
    ] {
        let change = Change::Review {
            facet: facet.into(),
            status,
            note: note.into(),
        };
        plan::change(&store, ORG, &change).unwrap();
    }
    let mdc = facet_mdc95();
    assert!((mdc - 31.85).abs() < 0.01, "{mdc}");
    for size in [(80, 24), (60, 20)] {
        let mut app = opened(&store, store.load(SECOND).unwrap(), size);
        let shown = plan_section(&mut app, &store);
        let flat = flat(&shown);
        // +50 reaches the MDC95 of 31.8: real; +25 does not.
        assert!(flat.contains("done (joint roadmap signed)"), "{shown}");
        assert!(flat.contains(&format!("25.0 -> 75.0 (+50.0), on 3 items answered both times: real change (smallest real change {mdc:.1} points")), "{shown}");
        assert!(flat.contains("in progress"), "{shown}");
        assert!(
            flat.contains(
                "25.0 -> 50.0 (+25.0), on 3 items answered both times: within measurement noise"
            ),
            "{shown}"
        );
        insta::assert_snapshot!(
            format!("plan_results_progress_{}x{}", size.0, size.1),
            shown
        );
    }
}

#[test]
fn the_plan_screen_saves_a_priority_with_owner_due_date_and_note() {
    let (_dir, store) = store();
    two_check_ins(&store);
    let mut app = opened(&store, store.load(SECOND).unwrap(), (80, 24));
    let list = screen(&mut app, &store, vec![key(KeyCode::Char('p'))]);
    assert!(list.contains("Improvement plan · Alder Bakery"), "{list}");
    insta::assert_snapshot!("plan_screen_80x24", list);
    // A date written the wrong way is refused, saying how to write it; nothing is saved.
    let mut events = vec![key(KeyCode::Enter)];
    events.extend(chars("Ana Baker"));
    events.push(key(KeyCode::Tab));
    events.extend(chars("31/05/2027"));
    events.push(key(KeyCode::Enter));
    let refused = screen(&mut app, &store, events);
    assert!(refused.contains("write it as YYYY-MM-DD"), "{refused}");
    assert!(store.load(SECOND).unwrap().plan.is_empty());
    let mut events = vec![key(KeyCode::Backspace); 10];
    events.extend(chars("2027-05-31"));
    events.push(key(KeyCode::Tab));
    events.extend(chars("weekly call with the mill"));
    let form = screen(&mut app, &store, events);
    insta::assert_snapshot!("plan_form_80x24", form);
    let saved = screen(&mut app, &store, vec![key(KeyCode::Enter)]);
    assert!(saved.contains("Plan saved in assessment"), "{saved}");
    let plan = store.load(SECOND).unwrap().plan;
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].owner, "Ana Baker");
    assert_eq!(plan[0].due, NaiveDate::from_ymd_opt(2027, 5, 31));
    assert_eq!(plan[0].note, "weekly call with the mill");
    // `ecoready plan` sees the same plan: it lives in the latest complete check-in.
    let view = plan::view(&store, ORG).unwrap();
    assert_eq!(view.history.stages.len(), 1);
    assert_eq!(view.history.stages[0].assessment, SECOND);
    // d takes the selected facet out again.
    screen(&mut app, &store, vec![key(KeyCode::Char('d'))]);
    assert!(store.load(SECOND).unwrap().plan.is_empty());
}

#[test]
fn esc_on_typed_text_asks_once_more_before_dropping_it() {
    let (_dir, store) = store();
    two_check_ins(&store);
    let mut app = opened(&store, store.load(SECOND).unwrap(), (80, 24));
    let mut events = vec![key(KeyCode::Char('p')), key(KeyCode::Enter)];
    events.extend(chars("Ana"));
    events.push(key(KeyCode::Esc));
    let warned = screen(&mut app, &store, events);
    assert!(
        warned.contains("Esc again drops what you typed"),
        "{warned}"
    );
    assert!(matches!(&app.screen, Screen::Plan(s) if s.form.is_some()));
    screen(&mut app, &store, vec![key(KeyCode::Esc)]);
    assert!(matches!(&app.screen, Screen::Plan(s) if s.form.is_none()));
    assert!(store.load(SECOND).unwrap().plan.is_empty());
}

#[test]
fn an_older_check_in_says_where_plans_are_made() {
    let (_dir, store) = store();
    two_check_ins(&store);
    let mut app = opened(&store, store.load(FIRST).unwrap(), (80, 24));
    let shown = screen(&mut app, &store, vec![key(KeyCode::Char('p'))]);
    assert!(matches!(app.screen, Screen::Results(_)));
    let said = flat(&shown);
    assert!(
        said.contains("latest complete check-in (2026-06-01)"),
        "{shown}"
    );
}

#[test]
fn a_new_check_in_opens_with_the_review_saved_in_the_draft_and_offered_until_done() {
    let (_dir, store) = store();
    two_check_ins(&store);
    add(&store, VISION, "Ana");
    add(&store, STRENGTHS, "Sam");
    let mut draft = check_in(DRAFT, 9, false, |_| 1);
    draft.updated_at = in_month(9);
    store.save(&draft).unwrap();
    let mut app = opened(&store, draft.clone(), (80, 24));
    let shown = screen(&mut app, &store, Vec::new());
    assert!(matches!(app.screen, Screen::PlanReview(_)), "{shown}");
    insta::assert_snapshot!("plan_review_80x24", shown);
    // → marks the first done (saved at once), n adds a note.
    let mut events = vec![key(KeyCode::Right), key(KeyCode::Char('n'))];
    events.extend(chars("roadmap signed"));
    events.push(key(KeyCode::Enter));
    screen(&mut app, &store, events);
    let review = store.load(DRAFT).unwrap().plan_review.unwrap();
    assert_eq!(review.plan_of, SECOND);
    assert_eq!(review.reviews.len(), 1);
    assert_eq!(review.reviews[0].status, Status::Done);
    assert_eq!(review.reviews[0].note, "roadmap signed");
    // Esc: review later; the questions start.
    let later = screen(&mut app, &store, vec![key(KeyCode::Esc)]);
    assert!(matches!(app.screen, Screen::Wizard(_)), "{later}");
    assert!(later.contains("The plan stays open"), "{later}");
    // Resumed with one priority unreviewed: offered again, with the first as saved.
    let mut app = opened(&store, store.load(DRAFT).unwrap(), (80, 24));
    let again = screen(&mut app, &store, Vec::new());
    assert!(matches!(app.screen, Screen::PlanReview(_)), "{again}");
    assert!(again.contains("done"), "{again}");
    let events = vec![key(KeyCode::Down), key(KeyCode::Left), key(KeyCode::Enter)];
    screen(&mut app, &store, events);
    let review = store.load(DRAFT).unwrap().plan_review.unwrap();
    assert_eq!(review.reviews[1].status, Status::Dropped);
    // Every priority reviewed: resuming goes straight to the questions.
    let app = opened(&store, store.load(DRAFT).unwrap(), (80, 24));
    assert!(matches!(app.screen, Screen::Wizard(_)));
}

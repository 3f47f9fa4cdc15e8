//! Assessments with fixed dates and answers, a temporary store, and scripted key events
//! for driving the wizard headless.

use std::collections::VecDeque;

use chrono::{Datelike, FixedOffset, TimeZone};
use color_eyre::eyre::Result;
use ecoready::assessment::{
    Assessment, Mode, Organization, Respondent, Response, Setup, Timestamp,
};
use ecoready::questionnaire::{self, Loaded};
use ecoready::store::Store;
use ecoready::tui::action::{Action, Opened};
use ecoready::tui::app::App;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Events, Start, initial_app, perform_effects, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Events from a list, then none.
pub struct Script(pub VecDeque<Event>);

impl Events for Script {
    fn next(&mut self) -> Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

/// A key press.
pub fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Key presses typing `text`.
pub fn chars(text: &str) -> Vec<Event> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

/// A fixed time on day `day` of March 2026 at `hour`, at UTC+1.
pub fn at(day: u32, hour: u32) -> Timestamp {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 3, day, hour, 0, 0)
        .unwrap()
}

/// The built-in full questionnaire.
pub fn full() -> Loaded {
    questionnaire::builtin("ecosystem-readiness").expect("built-in questionnaire")
}

/// The position of the question of `q` with the most to show (its text, options, help and
/// the advisor's prompt, in characters): the hardest to fit on a small terminal.
pub fn longest_item(q: &Loaded) -> usize {
    let q = &q.questionnaire;
    q.items()
        .max_by_key(|r| {
            let labels: usize = q.choices(r.item).iter().map(|c| c.label.len()).sum();
            r.item.text.len() + r.item.help.len() + r.item.probe.len() + labels
        })
        .map(|r| r.index)
        .expect("the questionnaire has questions")
}

/// A setup for an organization and respondent.
pub fn setup(org: &str, respondent: &str, mode: Mode) -> Setup {
    Setup {
        organization: Organization {
            name: org.into(),
            sector: "food processing".into(),
        },
        respondent: Respondent {
            name: respondent.into(),
            role: "owner".into(),
        },
        mode,
        advisor: (mode == Mode::Interview).then(|| "Dana Advisor".to_string()),
        round: Some("baseline".into()),
    }
}

/// An assessment with a fixed pattern of answers: item i gets value (i % max) + 1 and
/// every sixth item "don't know"; the first item has a note and a flag.
pub fn answered(id: &str, org: &str, complete: bool, q: &Loaded) -> Assessment {
    answered_with(id, org, "Robin Owner", complete, q, 0)
}

/// Like [`answered`], for a respondent, with every value shifted by `shift` (kept on the
/// scale), so different check-ins differ in a known way.
pub fn answered_with(
    id: &str,
    org: &str,
    respondent: &str,
    complete: bool,
    q: &Loaded,
    shift: usize,
) -> Assessment {
    let mut a = Assessment::start(
        id.into(),
        setup(org, respondent, Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        at(14, 9),
    );
    for r in q.questionnaire.items() {
        let (_, max) = q.questionnaire.value_range(r.item).unwrap();
        let response = if r.index % 6 == 5 {
            Response::DontKnow
        } else {
            Response::Value(((r.index + shift) % usize::from(max)) as u8 + 1)
        };
        a.respond(&q.questionnaire, &r.item.id, response, at(14, 10));
    }
    let first = q.questionnaire.item_at(0).unwrap().item.id.clone();
    a.set_note(
        &q.questionnaire,
        &first,
        "Talked about the harbour project.".into(),
        at(14, 10),
    );
    a.toggle_flag(&q.questionnaire, &first, at(14, 10));
    if complete {
        a.complete(&q.questionnaire, at(14, 11));
    }
    a
}

/// A wizard on Home with `assessment` opened (as History's Enter or `ecoready resume`
/// does), offering the built-in questionnaires.
pub fn opened(store: &Store, assessment: Assessment) -> App {
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    app.update(Action::Opened(Box::new(Opened {
        assessment,
        questionnaire: full(),
    })));
    perform_effects(&mut app, store);
    app
}

/// The screen of `size` after the real main loop has run `events`.
pub fn shown(app: &mut App, store: &Store, events: Vec<Event>, (w, h): (u16, u16)) -> String {
    drive(app, store, events, w, h).backend().to_string()
}

/// A store in a temporary directory (kept alive by the returned guard).
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    (dir, store)
}

/// Runs the real main loop over a script and returns the final screen.
pub fn drive(
    app: &mut App,
    store: &Store,
    events: Vec<Event>,
    width: u16,
    height: u16,
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    run_loop(&mut terminal, app, store, &mut Script(events.into())).unwrap();
    if app.running {
        terminal
            .draw(|f| ecoready::tui::view::render(app, f))
            .unwrap();
    }
    terminal
}

/// Three check-ins of one firm (baseline with two respondents, then two later rounds)
/// and one assessment of another firm, saved in `store`.
pub fn three_check_ins(store: &Store) -> Vec<Assessment> {
    let q = full();
    let mut saved = Vec::new();
    let plan = [
        ("20260101-090000-aaaa", "Robin Owner", "baseline", 1, 0),
        ("20260102-090000-bbbb", "Kim Manager", "baseline", 2, 1),
        ("20260601-090000-cccc", "Robin Owner", "mid-year", 3, 1),
        ("20261201-090000-dddd", "Robin Owner", "year two", 4, 2),
    ];
    for (id, who, round, month, shift) in plan {
        let mut a = answered_with(id, "Alder Bakery", who, true, &q, shift);
        a.round = Some(round.into());
        let date = at(1, 10).with_month(month).unwrap();
        a.started_at = date;
        a.completed_at = Some(date);
        a.updated_at = date;
        store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
        store.save(&a).unwrap();
        saved.push(a);
    }
    let other = answered_with(
        "20260301-090000-eeee",
        "Birch Logistics",
        "Sam",
        true,
        &q,
        4,
    );
    store.save(&other).unwrap();
    saved.push(other);
    saved
}

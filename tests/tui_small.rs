//! The question screen at every size the README supports (60x20 up), with the longest
//! question of the built-in questionnaire and a long note: the question and its options
//! always show, the explanation scrolls with a "more" row, the note wraps, nothing is
//! cut without saying so.

mod support;

use std::collections::HashSet;

use ecoready::assessment::Mode;
use ecoready::store::Store;
use ecoready::strings;
use ecoready::tui::action::Action;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::session::Step;
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{answered, at, chars, full, key, longest_item, opened, shown, store};

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (120, 40)];

/// What an advisor might write during an interview: longer than any screen's line.
const LONG_NOTE: &str = "They share customer lists with the tourist office by email and \
have never asked which of it is personal data; the owner thinks the accountant checked the \
contracts last year, but nobody has the answer in writing. Follow up with the accountant \
before the next round.";

/// A draft of the bakery open on its longest question, with a long note and a flag.
fn on_longest(store: &Store, mode: Mode) -> App {
    let q = full();
    let index = longest_item(&q);
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
    draft.mode = mode;
    draft.advisor = (mode == Mode::Interview).then(|| "Dana Advisor".to_string());
    let id = q.questionnaire.item_at(index).unwrap().item.id.clone();
    draft.set_note(&q.questionnaire, &id, LONG_NOTE.into(), at(14, 10));
    draft.toggle_flag(&q.questionnaire, &id, at(14, 10));
    draft.position = index;
    opened(store, draft)
}

/// The screen's rows as plain text, the border and margin taken off.
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|line| {
            let line = line.trim_matches('"');
            line.trim_start_matches('│')
                .trim_end_matches('│')
                .trim()
                .to_string()
        })
        .collect()
}

/// The words of `text` that appear nowhere in `screens` (words, since lines wrap).
fn missing_words(text: &str, screens: &[String]) -> Vec<String> {
    let shown: HashSet<String> = screens
        .iter()
        .flat_map(|screen| rows(screen))
        .flat_map(|row| {
            row.split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    text.split_whitespace()
        .filter(|word| !shown.contains(*word))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_longest_question_at_every_size_keeps_its_text_options_note_and_flag() {
    let q = full();
    let r = q.questionnaire.item_at(longest_item(&q)).unwrap();
    for mode in [Mode::SelfAssessment, Mode::Interview] {
        for size in SIZES {
            let (_dir, store) = store();
            let mut app = on_longest(&store, mode);
            let screen = shown(&mut app, &store, Vec::new(), size);
            let name = match mode {
                Mode::SelfAssessment => "self",
                Mode::Interview => "interview",
            };
            insta::assert_snapshot!(format!("longest_{name}_{}x{}", size.0, size.1), screen);

            // The question and every option, whole.
            assert_eq!(
                missing_words(&r.item.text, std::slice::from_ref(&screen)),
                Vec::<String>::new()
            );
            for choice in q.questionnaire.choices(r.item) {
                assert_eq!(
                    missing_words(&choice.label, std::slice::from_ref(&screen)),
                    Vec::<String>::new(),
                    "{size:?}"
                );
            }
            assert!(screen.contains(strings::dont_know()), "{screen}");
            // The flag, the note's start, and the explanation's (with the prompt first in
            // an interview).
            assert!(screen.contains(strings::flagged_short()), "{screen}");
            assert!(
                screen.contains("Note: They share customer lists"),
                "{screen}"
            );
            let first = match mode {
                Mode::Interview => format!("{}: ", strings::probe_label()),
                Mode::SelfAssessment => format!("{}: ", strings::help_label()),
            };
            assert!(screen.contains(&first), "{screen}");
            // What does not fit says so.
            let help_whole = missing_words(&r.item.help, std::slice::from_ref(&screen)).is_empty();
            assert!(
                help_whole || screen.contains(strings::more_below()),
                "the help is cut without a marker at {size:?}:\n{screen}"
            );
            let note_whole = missing_words(LONG_NOTE, std::slice::from_ref(&screen)).is_empty();
            assert!(
                note_whole || screen.contains(strings::note_more()),
                "the note is cut without a marker at {size:?}:\n{screen}"
            );
        }
    }
}

#[test]
fn page_down_shows_all_of_the_explanation_and_page_up_comes_back() {
    let q = full();
    let r = q.questionnaire.item_at(longest_item(&q)).unwrap();
    let (_dir, store) = store();
    let mut app = on_longest(&store, Mode::Interview);
    let mut screens = vec![shown(&mut app, &store, Vec::new(), (60, 20))];
    let limit = session_scroll(&app).1;
    assert!(limit > 0, "the explanation does not fit at 60x20");
    for _ in 0..limit {
        screens.push(shown(
            &mut app,
            &store,
            vec![key(KeyCode::PageDown)],
            (60, 20),
        ));
    }
    let last = screens.last().unwrap();
    assert!(last.contains(strings::more_above()), "{last}");
    assert!(!last.contains(strings::more_below()), "{last}");
    assert_eq!(missing_words(&r.item.help, &screens), Vec::<String>::new());
    assert_eq!(missing_words(&r.item.probe, &screens), Vec::<String>::new());
    // Scrolling never moves the answer: the options stay where they were.
    assert_eq!(step(&app), Some(Step::Question(longest_item(&q))));
    let back = shown(
        &mut app,
        &store,
        vec![key(KeyCode::PageUp); limit as usize],
        (60, 20),
    );
    assert_eq!(back, screens[0]);
}

/// The wizard's step showing, if any.
fn step(app: &App) -> Option<Step> {
    match app.screen {
        Screen::Wizard(step) => Some(step),
        _ => None,
    }
}

/// (offset, limit) of the open question's explanation.
fn session_scroll(app: &App) -> (u16, u16) {
    let scroll = app.session.as_ref().unwrap().explanation;
    (scroll.offset, scroll.limit)
}

#[test]
fn how_far_the_explanation_scrolls_follows_resizes_and_the_note() {
    let (_dir, store) = store();
    let mut app = on_longest(&store, Mode::Interview);
    app.update(Action::Resize(60, 20));
    let (_, small) = session_scroll(&app);
    for _ in 0..=small {
        app.update(Action::PageDown);
    }
    assert_eq!(
        session_scroll(&app),
        (small, small),
        "paging stops at the end"
    );
    app.update(Action::Resize(120, 40));
    assert_eq!(session_scroll(&app), (0, 0), "everything fits at 120x40");
    app.update(Action::Resize(60, 20));
    assert_eq!(session_scroll(&app).1, small);
    // An open note editor takes rows from the explanation: it scrolls further.
    app.update(Action::Resize(80, 24));
    let (_, shown) = session_scroll(&app);
    app.update(Action::EditNote);
    assert!(
        session_scroll(&app).1 > shown,
        "{shown} {:?}",
        session_scroll(&app)
    );
    // Another question starts at the top of its own explanation.
    app.update(Action::FinishTyping);
    app.update(Action::PageDown);
    app.update(Action::Forward);
    assert_eq!(session_scroll(&app).0, 0);
}

#[test]
fn a_long_note_wraps_while_it_is_edited() {
    for size in SIZES {
        let (_dir, store) = store();
        let mut app = on_longest(&store, Mode::Interview);
        let mut events = vec![key(KeyCode::Char('n'))];
        events.extend(chars(" Recheck."));
        let screen = shown(&mut app, &store, events, size);
        insta::assert_snapshot!(
            format!("longest_note_editing_{}x{}", size.0, size.1),
            screen
        );
        if size != (60, 20) {
            // Where there is room the whole note shows while it is edited; in the smallest
            // terminal the editor keeps the rows around its cursor in view.
            assert!(
                screen.contains("Note: They share customer lists"),
                "{screen}"
            );
        }
        // The end of the note, where the cursor is, shows: the editor wraps instead of
        // scrolling sideways.
        assert!(screen.contains("Recheck."), "{screen}");
        // How to finish: under the note where there is a row for it, always in the bar.
        assert!(
            size == (60, 20) || screen.contains(strings::note_editing()),
            "{screen}"
        );
        assert!(screen.contains("Esc done typing"), "{screen}");
        let (_, note_rows) = note_rows(&screen);
        assert!(note_rows >= 2, "{size:?}: {screen}");
    }
}

/// Where the note starts and how many rows it takes: its label's row and the rows after
/// it that carry on under the label's indentation.
fn note_rows(screen: &str) -> (usize, usize) {
    let raw: Vec<&str> = screen.lines().map(|r| r.trim_matches('"')).collect();
    let text = rows(screen);
    let start = raw
        .iter()
        .position(|r| r.contains("Note: "))
        .expect("a note row");
    // The border, the margin, then as many columns as "Note: ".
    let indent = format!("│ {}", " ".repeat(6));
    let more = (start + 1..raw.len())
        .take_while(|&i| raw[i].starts_with(&indent) && !text[i].is_empty())
        .count();
    (start, 1 + more)
}

/// End to end in a real pseudo-terminal of the smallest size the wizard draws in: an
/// interview's Setup and first question name the respondent, and PgDn, as the terminal
/// sends it, scrolls the question's explanation.
#[test]
fn in_a_real_60x20_terminal_an_interview_names_the_respondent_and_page_down_scrolls() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let args = [
        "--data-dir",
        data.to_str().unwrap(),
        "new",
        "--org",
        "Fir Farm",
        "--respondent",
        "Lee",
        "--interview",
        "--advisor",
        "Sam Lee",
    ];
    let mut app = support::pty::Session::start(home.path(), &args, 60, 20);
    let setup = app.wait_for("New assessment");
    assert!(setup.contains("Respondent's role"), "{setup}");
    app.send("\r");
    app.wait_for("Part 1 of 5");
    app.send("\r");
    let question = app.wait_for("Question 1 of");
    assert!(question.contains("Fir Farm · Lee"), "{question}");
    assert!(question.contains(strings::more_below()), "{question}");
    app.send("\u{1b}[6~"); // PgDn
    app.wait_for(strings::more_above());
    app.send("\u{3}"); // Ctrl-C leaves at once
    assert_eq!(app.wait_exit(), 0);
}

/// The question whose text and options take the most rows inside a 60x20 frame (56
/// columns; options wrap 7 columns in).
fn tallest_item(q: &ecoready::questionnaire::Loaded) -> usize {
    let q = &q.questionnaire;
    let rows = |text: &str, width: usize| ecoready::text::wrap(text, width).len();
    q.items()
        .max_by_key(|r| {
            let options: usize = q.choices(r.item).iter().map(|c| rows(&c.label, 49)).sum();
            rows(&r.item.text, 56) + options
        })
        .map(|r| r.index)
        .expect("the questionnaire has questions")
}

#[test]
fn with_one_row_left_the_explanation_shares_it_with_the_marker() {
    let q = full();
    let index = tallest_item(&q);
    let (_dir, store) = store();
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
    draft.position = index;
    let mut app = opened(&store, draft);
    let screen = shown(&mut app, &store, Vec::new(), (60, 20));
    insta::assert_snapshot!("tallest_self_60x20", screen);
    let r = q.questionnaire.item_at(index).unwrap();
    assert_eq!(
        missing_words(&r.item.text, std::slice::from_ref(&screen)),
        Vec::<String>::new()
    );
    assert!(screen.contains("What this means: "), "{screen}");
    assert!(screen.contains("▼ PgDn"), "{screen}");
    let screen = shown(&mut app, &store, vec![key(KeyCode::PageDown)], (60, 20));
    assert!(screen.contains("▲▼ PgUp PgDn"), "{screen}");
    assert!(!screen.contains("What this means: "), "{screen}");
}

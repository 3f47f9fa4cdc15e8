//! No text the full-screen wizard shows is missing from the message catalogues: a whole
//! assessment is walked in the pseudo-language (every catalogue message and questionnaire
//! text wrapped in `[[ ]]`), and every screen on the way, with its help, is checked for
//! words outside the brackets.

#[allow(dead_code)]
mod pseudo;
mod support;

use ecoready::assessment::Mode;
use ecoready::i18n::{Lang, with_lang};
use ecoready::questionnaire;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::{Event, KeyCode};
use support::fixtures::{chars, drive, key, setup, store};

use pseudo::{Allowed, unwrapped_words};

/// Wide enough that no message is cut (a cut message loses its closing brackets).
const SIZE: (u16, u16) = (200, 60);

#[test]
fn every_screen_of_a_whole_assessment_shows_only_catalogue_text() {
    let (_dir, store) = store();
    let quick = questionnaire::builtin("quick-check").unwrap();
    let questions = quick.questionnaire.item_count();
    with_lang(Lang::Pseudo, || {
        let start = Start::New {
            setup: setup("Elm Studio", "Robin Owner", Mode::SelfAssessment),
            questionnaire: Box::new(quick.clone()),
        };
        let mut app = initial_app(start, questionnaire::builtins(), Theme::MONOCHROME);
        // Setup, then each part's introduction and its questions, with help, a note and
        // a "don't know" on the way, then Results and its help.
        let mut steps: Vec<Vec<Event>> =
            vec![vec![], vec![key(KeyCode::Enter)], vec![key(KeyCode::Enter)]];
        steps.push(vec![key(KeyCode::Char('?'))]);
        steps.push(vec![key(KeyCode::Esc)]);
        let mut note = vec![key(KeyCode::Char('n'))];
        note.extend(chars("harbour"));
        steps.push(note);
        steps.push(vec![key(KeyCode::Enter)]);
        steps.push(vec![key(KeyCode::Char('0'))]);
        steps.push(vec![key(KeyCode::Char('3'))]);
        steps.push(vec![key(KeyCode::Char('4'))]);
        // The quick check's other four parts: an introduction and three questions each.
        for _ in 1..questions / 3 {
            steps.push(vec![key(KeyCode::Enter)]);
            for _ in 0..3 {
                steps.push(vec![key(KeyCode::Char('3'))]);
            }
        }
        steps.push(vec![key(KeyCode::Enter)]);
        steps.push(vec![key(KeyCode::Char('?'))]);
        steps.push(vec![key(KeyCode::Esc)]);
        let allowed = Allowed {
            typed: [
                "Elm Studio",
                "Robin Owner",
                "harbour",
                "food processing",
                "owner",
                "baseline",
            ]
            .map(String::from)
            .to_vec(),
        };
        let mut seen = Vec::new();
        let mut unwrapped: Vec<(usize, String)> = Vec::new();
        for (step, events) in steps.into_iter().enumerate() {
            let screen = drive(&mut app, &store, events, SIZE.0, SIZE.1)
                .backend()
                .to_string();
            if !seen.contains(&screen) {
                for (word, line) in unwrapped_words(&screen, &allowed) {
                    let found = format!("{word:?} at {line}");
                    if !unwrapped
                        .iter()
                        .any(|(_, seen_line): &(usize, String)| seen_line.ends_with(&line))
                    {
                        unwrapped.push((step, found));
                    }
                }
                seen.push(screen);
            }
        }
        assert!(
            unwrapped.is_empty(),
            "text outside the catalogues:\n{}",
            unwrapped
                .iter()
                .map(|(step, found)| format!("  step {step}: {found}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            seen.len() > 10,
            "the walk went through the wizard ({} screens)",
            seen.len()
        );
    });
}

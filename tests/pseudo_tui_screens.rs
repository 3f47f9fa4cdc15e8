//! No text the screens reached from Home show is missing from the message catalogues:
//! History (organizations, assessments, search, trash), Trend, Round, Compare (table and
//! chart), a stored assessment's Results with its plan, the maps and the evidence screen,
//! each with its help, walked in the pseudo-language (every catalogue message and
//! questionnaire text wrapped in `[[ ]]`) over the check-ins of two organizations.

#[allow(dead_code)]
mod pseudo;
mod support;

use ecoready::i18n::{Lang, with_lang};
use ecoready::questionnaire;
use ecoready::tui::app::Screen;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::{Event, KeyCode};
use support::fixtures::{chars, drive, key, store, three_check_ins};

use pseudo::{Allowed, unwrapped_words};

/// Wide enough that no message is cut (a cut message loses its closing brackets).
const SIZE: (u16, u16) = (200, 60);

/// What the fixtures typed: names, labels and notes are shown as they were typed.
fn allowed() -> Allowed {
    Allowed {
        typed: [
            "Alder Bakery",
            "Robin Owner",
            "Kim Manager",
            "Talked about the harbour project.",
            "food processing",
            "owner",
            "baseline",
            "mid-year",
            "year two",
            "Birch Logistics",
            "Sam",
            "ecosystem-readiness",
            "Robin",
        ]
        .map(String::from)
        .to_vec(),
    }
}

fn keys(codes: &[KeyCode]) -> Vec<Event> {
    codes.iter().map(|&code| key(code)).collect()
}

#[test]
fn every_screen_reached_from_home_shows_only_catalogue_text() {
    use KeyCode::{Char, Down, Enter, Esc, Right};
    let (_dir, store) = store();
    three_check_ins(&store);
    with_lang(Lang::Pseudo, || {
        let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::MONOCHROME);
        let help = [Char('?'), Esc];
        // (what the step is for, its keys, the screen it must end on, if it matters)
        let mut steps: Vec<(&str, Vec<Event>, Option<&str>)> = vec![
            ("home", vec![], Some("home")),
            ("home help", keys(&help[..1]), None),
            ("history", keys(&[Esc, Char('h')]), Some("history")),
            ("history help", keys(&help[..1]), None),
            ("assessments", keys(&[Esc, Enter]), Some("history")),
            ("trend", keys(&[Char('t')]), Some("trend")),
            ("trend help", keys(&help[..1]), None),
            ("round", keys(&[Esc, Esc, Down, Char('r')]), Some("round")),
            ("round help", keys(&help[..1]), None),
            (
                "compare",
                keys(&[Esc, Esc, Right, Char('c'), Down, Char('c')]),
                Some("compare"),
            ),
            ("compare chart", keys(&[Right]), Some("compare")),
            ("compare help", keys(&help[..1]), None),
            ("search", keys(&[Esc, Esc, Char('/')]), None),
        ];
        let mut search = chars("Robin");
        search.push(key(Enter));
        steps.push(("search kept", search, Some("history")));
        steps.push(("trash", keys(&[Char('u')]), None));
        steps.push(("results", keys(&[Char('u'), Right, Enter]), Some("results")));
        steps.push(("results help", keys(&help[..1]), None));
        steps.push(("plan", keys(&[Esc, Char('p')]), Some("plan")));
        steps.push(("plan help", keys(&help[..1]), None));
        steps.push(("back home", keys(&[Esc, Esc, Esc]), Some("home")));
        steps.push(("maps", keys(&[Char('m')]), Some("map")));
        steps.push(("maps help", keys(&help[..1]), None));
        steps.push(("evidence", keys(&[Esc, Esc, Char('e')]), Some("evidence")));
        steps.push(("evidence help", keys(&help[..1]), None));
        let allowed = allowed();
        let mut unwrapped = Vec::new();
        let mut reached = Vec::new();
        for (what, events, expected) in steps {
            let screen = drive(&mut app, &store, events, SIZE.0, SIZE.1)
                .backend()
                .to_string();
            let on = match &app.screen {
                Screen::Home => "home",
                Screen::History(_) => "history",
                Screen::Trend(_) => "trend",
                Screen::Round(_) => "round",
                Screen::Compare(_) => "compare",
                Screen::Results(_) => "results",
                Screen::Plan(_) => "plan",
                Screen::Map(_) => "map",
                Screen::Evidence(_) => "evidence",
                _ => "other",
            };
            if let Some(expected) = expected {
                assert_eq!(on, expected, "{what}:\n{screen}");
            }
            reached.push(what);
            for (word, line) in unwrapped_words(&screen, &allowed) {
                unwrapped.push(format!("  {what}: {word:?} at {line}"));
            }
        }
        unwrapped.dedup();
        assert!(
            unwrapped.is_empty(),
            "text outside the catalogues:\n{}",
            unwrapped.join("\n")
        );
    });
}

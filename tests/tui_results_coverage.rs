//! Results of an assessment whose answers do not support a verdict: a quick check with 1 of
//! its 15 questions answered shows no overall score, band, meaning or advice, and says what
//! is missing. The quick check is version 1.0.0 (retired, still compiled in), whose facets
//! of one item give the case of one scored facet under dimensions without a score.

mod support;

use ecoready::assessment::{Assessment, Mode, Response};
use ecoready::questionnaire::{self, Loaded};
use ecoready::tui::action::{Action, Opened};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app, perform_effects};
use support::fixtures::{at, drive, setup, store};

fn quick_check() -> Loaded {
    questionnaire::retired("quick-check", "1.0.0").expect("compiled in")
}

/// A completed quick check with only sv_goal_3 (the one item of its facet) answered.
fn one_of_fifteen(q: &Loaded) -> Assessment {
    let mut a = Assessment::start(
        "20260914-090000-aaaa".into(),
        setup("Alder Bakery", "Robin Owner", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        at(14, 9),
    );
    a.respond(
        &q.questionnaire,
        "sv_goal_3",
        Response::Value(5),
        at(14, 10),
    );
    a.complete(&q.questionnaire, at(14, 11));
    a
}

fn results(width: u16, height: u16) -> String {
    let (_dir, store) = store();
    let q = quick_check();
    let mut app: App = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    app.update(Action::Opened(Box::new(Opened {
        assessment: one_of_fifteen(&q),
        questionnaire: q,
    })));
    perform_effects(&mut app, &store);
    assert!(matches!(app.screen, Screen::Results(_)));
    drive(&mut app, &store, Vec::new(), width, height)
        .backend()
        .to_string()
}

#[test]
fn results_of_one_answer_in_fifteen_say_what_is_missing_and_give_no_verdict() {
    let shown = results(120, 40);
    insta::assert_snapshot!("results_one_of_fifteen_120x40", shown);
    assert!(shown.contains("n/a"), "{shown}");
    assert!(shown.contains("not enough answers"), "{shown}");
    assert!(shown.contains("1 of 3 facets scored (needs 2)"), "{shown}");
    assert!(shown.contains("Shared vision, Complementary"), "{shown}");
    let bands = quick_check().questionnaire.bands;
    for band in &bands {
        // Only the one scored facet, "Goals you share with partners", may carry a band.
        let lines: Vec<&str> = shown
            .lines()
            .filter(|l| l.contains(&band.name) && !l.contains("Goals you share"))
            .collect();
        assert!(lines.is_empty(), "{}: {lines:?}", band.name);
        assert!(!shown.contains(band.meaning.get(..30).unwrap_or(&band.meaning)));
    }
    assert!(!shown.contains("Next steps ·"), "{shown}");
    let narrow = results(80, 24);
    insta::assert_snapshot!("results_one_of_fifteen_80x24", narrow);
    assert!(narrow.contains("not enough answers"), "{narrow}");
}

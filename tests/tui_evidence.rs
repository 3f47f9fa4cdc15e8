//! The Evidence screen, driven headless from Home: the same figures `ecoready evidence`
//! prints, what they rest on, why a figure is missing, and the report key.

#[path = "portfolio/mod.rs"]
mod portfolio;
mod support;

use ecoready::questionnaire::{self, builtin};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use portfolio::portfolio;
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{drive, key, store};

fn new_app() -> App {
    initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR)
}

#[test]
fn e_on_home_shows_the_evidence_of_the_questionnaire_most_firms_answered() {
    let (_dir, store) = store();
    // The quick check has the firms: the screen opens on it, not on the default.
    let quick = builtin("quick-check").unwrap();
    portfolio(&store, &quick, 40, 24);
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = new_app();
        let shown = drive(&mut app, &store, vec![key(KeyCode::Char('e'))], w, h);
        let Screen::Evidence(view) = &app.screen else {
            panic!("not on the evidence screen: {:?}", app.screen);
        };
        assert_eq!(view.document.questionnaire.id, "quick-check");
        assert_eq!(view.document.basis.firms, 40);
        let alpha = view.document.dimensions[0].reliability.alpha.unwrap();
        let text = shown.backend().to_string();
        assert!(text.contains("Evidence · quick-check"), "{text}");
        assert!(text.contains("Rests on 40"), "{text}");
        assert!(text.contains(&format!("{alpha:.2} (")), "{text}");
        insta::assert_snapshot!(format!("evidence_{w}x{h}"), text);
    }
}

#[test]
fn too_few_firms_say_why_instead_of_a_figure_and_q_goes_home() {
    let (_dir, store) = store();
    let loaded = builtin("ecosystem-readiness").unwrap();
    portfolio(&store, &loaded, 6, 0);
    let mut app = new_app();
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('e'))], 80, 24);
    let text = shown.backend().to_string();
    assert!(text.contains("too few firms (6 of 30)"), "{text}");
    assert!(!text.contains("0.9"), "no alpha may be printed: {text}");
    let mut app = new_app();
    drive(
        &mut app,
        &store,
        vec![key(KeyCode::Char('e')), key(KeyCode::Char('q'))],
        80,
        24,
    );
    assert!(matches!(app.screen, Screen::Home), "{:?}", app.screen);
}

#[test]
fn the_home_menu_offers_evidence_once_there_are_assessments() {
    let (_dir, store) = store();
    let mut app = new_app();
    let empty = drive(&mut app, &store, vec![], 80, 24);
    assert!(!empty.backend().to_string().contains("Evidence"));
    portfolio(&store, &builtin("ecosystem-readiness").unwrap(), 2, 0);
    let mut app = new_app();
    let shown = drive(&mut app, &store, vec![], 80, 24);
    assert!(
        shown
            .backend()
            .to_string()
            .contains("Evidence: how reliable the scores are"),
        "{}",
        shown.backend()
    );
}

#[test]
fn x_writes_the_html_report_into_the_reports_folder() {
    let (dir, store) = store();
    portfolio(&store, &builtin("ecosystem-readiness").unwrap(), 3, 0);
    let mut app = new_app();
    let shown = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Char('e')), key(KeyCode::Char('x'))],
        100,
        30,
    );
    let text = shown.backend().to_string();
    assert!(
        text.contains("ecoready-evidence-ecosystem-readiness"),
        "{text}"
    );
    let reports = dir.path().join("data").join("reports");
    let written: Vec<_> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    assert!(written[0].ends_with(".html"), "{written:?}");
    let html = std::fs::read_to_string(reports.join(&written[0])).unwrap();
    assert!(html.contains("too few firms (3 of 30)"), "{html}");
}

#[test]
fn a_wizard_started_on_home_without_its_catalog_loaded_still_shows_the_evidence() {
    // The real binary starts on Home with no questionnaire loaded yet.
    let (_dir, store) = store();
    let mut app = initial_app(Start::Home, Vec::new(), Theme::COLOR);
    drive(&mut app, &store, vec![key(KeyCode::Char('e'))], 80, 24);
    let Screen::Evidence(view) = &app.screen else {
        panic!("not on the evidence screen: {:?}", app.status);
    };
    assert_eq!(view.document.questionnaire.id, "ecosystem-readiness");
}

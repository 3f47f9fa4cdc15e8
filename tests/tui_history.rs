//! History, Compare, Trend and Round screens driven headless with keys, checked with
//! snapshots at 80x24 and 120x40 and against the store.

mod support;

use ecoready::questionnaire;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{drive, key, store, three_check_ins};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app() -> App {
    initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR)
}

#[test]
fn history_lists_organizations_then_their_assessments() {
    let (_dir, store) = store();
    three_check_ins(&store);
    for (w, h) in SIZES {
        let mut app = app();
        let shown = drive(
            &mut app,
            &store,
            vec![key(KeyCode::Char('h')), key(KeyCode::Enter)],
            w,
            h,
        );
        let text = shown.backend().to_string();
        assert!(
            text.contains("Alder Bakery (4)") && text.contains("Birch Logistics (1)"),
            "{text}"
        );
        assert!(
            text.contains("year two") && text.contains("mid-year"),
            "{text}"
        );
        insta::assert_snapshot!(format!("history_{w}x{h}"), text);
    }
}

#[test]
fn compare_two_check_ins_from_history() {
    let (_dir, store) = store();
    let saved = three_check_ins(&store);
    for (w, h) in SIZES {
        let mut app = app();
        // Alder Bakery's newest (year two) first: mark it, move to the oldest, compare.
        let keys = vec![
            key(KeyCode::Char('h')),
            key(KeyCode::Enter),
            key(KeyCode::Char('c')),
            key(KeyCode::Down),
            key(KeyCode::Down),
            key(KeyCode::Down),
            key(KeyCode::Char('c')),
        ];
        let shown = drive(&mut app, &store, keys, w, h).backend().to_string();
        let Screen::Compare(view) = &app.screen else {
            panic!("expected the compare screen:\n{shown}");
        };
        // Earlier first, whichever was marked first.
        assert_eq!(view.comparison.before.id, saved[0].id);
        assert_eq!(view.comparison.after.id, saved[3].id);
        let before = saved[0].scores.as_ref().unwrap().overall.value.unwrap();
        let after = saved[3].scores.as_ref().unwrap().overall.value.unwrap();
        assert!(
            shown.contains(&format!("{before:.1}")) && shown.contains(&format!("{after:.1}")),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("{:+.1}", after - before)),
            "{shown}"
        );
        insta::assert_snapshot!(format!("compare_{w}x{h}"), shown);
    }
}

#[test]
fn trend_and_round_from_history() {
    let (_dir, store) = store();
    three_check_ins(&store);
    for (w, h) in SIZES {
        let mut app = app();
        let shown = drive(
            &mut app,
            &store,
            vec![key(KeyCode::Char('h')), key(KeyCode::Char('t'))],
            w,
            h,
        )
        .backend()
        .to_string();
        let Screen::Trend(view) = &app.screen else {
            panic!("expected the trend screen:\n{shown}");
        };
        // Baseline (two respondents), mid-year, year two.
        assert_eq!(view.trend.points.len(), 3);
        assert_eq!(view.trend.points[0].respondents, 2);
        assert!(shown.contains("baseline      2"), "{shown}");
        insta::assert_snapshot!(format!("trend_{w}x{h}"), shown);

        // Back to history; the newest assessment's round is "year two": pick the baseline.
        let keys = vec![
            key(KeyCode::Esc),
            key(KeyCode::Enter),
            key(KeyCode::Down),
            key(KeyCode::Down),
            key(KeyCode::Char('r')),
        ];
        let shown = drive(&mut app, &store, keys, w, h).backend().to_string();
        let Screen::Round(view) = &app.screen else {
            panic!("expected the round screen:\n{shown}");
        };
        assert_eq!(view.round.round, "baseline");
        assert_eq!(view.round.respondents.len(), 2);
        assert!(shown.contains("rwg"), "{shown}");
        insta::assert_snapshot!(format!("round_{w}x{h}"), shown);
    }
}

#[test]
fn compare_and_remove_on_the_organizations_say_to_choose_an_assessment_first() {
    let (_dir, store) = store();
    let saved = three_check_ins(&store);
    for pressed in ['c', 'd'] {
        let mut app = app();
        let keys = vec![key(KeyCode::Char('h')), key(KeyCode::Char(pressed))];
        let shown = drive(&mut app, &store, keys, 80, 24).backend().to_string();
        assert!(
            shown.contains(
                "Open the organization first (Enter), then choose an assessment for c or d."
            ),
            "{pressed}: {shown}"
        );
        assert!(!shown.contains("Move to trash?"), "{shown}");
    }
    for a in &saved {
        assert!(
            store
                .assessments_dir()
                .join(format!("{}.yaml", a.id))
                .exists()
        );
    }
}

#[test]
fn removing_asks_first_and_moves_the_file_to_the_trash() {
    let (dir, store) = store();
    let saved = three_check_ins(&store);
    let mut app = app();
    let path = store
        .assessments_dir()
        .join(format!("{}.yaml", saved[3].id));
    let bytes = std::fs::read(&path).unwrap();
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('d')),
    ];
    let shown = drive(&mut app, &store, keys, 80, 24).backend().to_string();
    assert!(shown.contains("Move to trash?"), "{shown}");
    // "n" keeps it.
    drive(&mut app, &store, vec![key(KeyCode::Char('n'))], 80, 24);
    assert!(path.exists());
    let shown = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Char('d')), key(KeyCode::Char('y'))],
        80,
        24,
    )
    .backend()
    .to_string();
    assert!(!path.exists(), "{shown}");
    let trashed = dir
        .path()
        .join("data")
        .join("trash")
        .join(format!("{}.yaml", saved[3].id));
    assert_eq!(std::fs::read(trashed).unwrap(), bytes);
    assert!(shown.contains("Alder Bakery (3)"), "{shown}");
}

#[test]
fn the_export_key_writes_html_reports_and_says_where() {
    let (dir, store) = store();
    three_check_ins(&store);
    let mut app = app();
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('c')),
        key(KeyCode::Down),
        key(KeyCode::Char('c')),
        key(KeyCode::Char('x')),
    ];
    let shown = drive(&mut app, &store, keys, 120, 40).backend().to_string();
    assert!(shown.contains("Report written to"), "{shown}");
    let reports = dir.path().join("data").join("reports");
    let written: Vec<_> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let html = std::fs::read_to_string(&written[0]).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Alder Bakery"));

    // Results of one assessment, then the trend.
    let keys = vec![
        key(KeyCode::Esc),
        key(KeyCode::Enter),
        key(KeyCode::Enter),
        key(KeyCode::Char('x')),
    ];
    let shown = drive(&mut app, &store, keys, 120, 40).backend().to_string();
    assert!(matches!(app.screen, Screen::Results(_)), "{shown}");
    assert!(shown.contains("Report written to"), "{shown}");
    let keys = vec![
        key(KeyCode::Char('q')),
        key(KeyCode::Char('h')),
        key(KeyCode::Char('t')),
        key(KeyCode::Char('x')),
    ];
    drive(&mut app, &store, keys, 120, 40);
    assert_eq!(std::fs::read_dir(&reports).unwrap().count(), 3);
}

#[test]
fn a_narrow_compare_screen_switches_to_the_radar_with_both_shapes() {
    let (_dir, store) = store();
    three_check_ins(&store);
    let mut app = app();
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('c')),
        key(KeyCode::Down),
        key(KeyCode::Char('c')),
        key(KeyCode::Right),
    ];
    let shown = drive(&mut app, &store, keys, 80, 24).backend().to_string();
    assert!(
        shown.contains("┄┄ before") && shown.contains("━━ after"),
        "{shown}"
    );
    assert!(shown.contains("1 Shared goals"), "{shown}");
    let shown = drive(&mut app, &store, vec![key(KeyCode::Left)], 80, 24)
        .backend()
        .to_string();
    assert!(
        shown.contains("Overall readiness") && !shown.contains("┄┄ before"),
        "{shown}"
    );
}

#[test]
fn r_on_the_round_screen_walks_the_rounds_and_x_writes_the_round_report() {
    let (dir, store) = store();
    three_check_ins(&store);
    let mut app = app();
    // History opens on the newest assessment's round, "year two".
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Char('r')),
    ];
    let shown = drive(&mut app, &store, keys, 100, 30).backend().to_string();
    let Screen::Round(view) = &app.screen else {
        panic!("expected the round screen:\n{shown}");
    };
    assert_eq!(view.round.round, "year two");
    assert_eq!(view.round.rounds, ["year two", "mid-year", "baseline"]);
    assert!(shown.contains("year two (1 of 3, newest first)"), "{shown}");

    // r: the next older round, then the next, then round again to the newest.
    for expected in ["mid-year", "baseline", "year two"] {
        drive(&mut app, &store, vec![key(KeyCode::Char('r'))], 100, 30);
        let Screen::Round(view) = &app.screen else {
            panic!("left the round screen");
        };
        assert_eq!(view.round.round, expected);
    }

    // On the baseline (two respondents), x writes the round report as HTML.
    drive(&mut app, &store, vec![key(KeyCode::Char('r'))], 100, 30);
    drive(&mut app, &store, vec![key(KeyCode::Char('r'))], 100, 30);
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('x'))], 100, 30)
        .backend()
        .to_string();
    assert!(shown.contains("Report written to"), "{shown}");
    let reports = dir.path().join("data").join("reports");
    let written: Vec<String> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(written, ["ecoready-alder-bakery-round-baseline.html"]);
    let html = std::fs::read_to_string(reports.join(&written[0])).unwrap();
    assert!(html.contains("Round report: Alder Bakery, round"), "{html}");
    assert!(
        html.contains("Robin Owner") && html.contains("Kim Manager"),
        "{html}"
    );
}

#[test]
fn the_round_screen_lists_the_agenda_with_each_answer() {
    let (_dir, store) = store();
    three_check_ins(&store);
    let mut app = app();
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Enter),
        key(KeyCode::Down),
        key(KeyCode::Down),
        key(KeyCode::Char('r')),
        key(KeyCode::End),
    ];
    let shown = drive(&mut app, &store, keys, 100, 40).backend().to_string();
    let Screen::Round(view) = &app.screen else {
        panic!("expected the round screen:\n{shown}");
    };
    assert!(!view.round.agenda.is_empty());
    let last = view.round.agenda.last().unwrap();
    let answer = last.answers[1].answer.clone().unwrap();
    assert!(shown.contains(&format!("Kim Manager: {answer}")), "{shown}");
    insta::assert_snapshot!("round_agenda_100x40", shown);
}

#[test]
fn home_and_history_count_conflict_copies_and_name_the_command() {
    let (_dir, store) = store();
    let saved = three_check_ins(&store);
    // Syncthing left the other machine's version of one assessment beside it.
    let own = store
        .assessments_dir()
        .join(format!("{}.yaml", saved[0].id));
    let copy = store.assessments_dir().join(format!(
        "{}.sync-conflict-20261202-101733-ABCDEFG.yaml",
        saved[0].id
    ));
    std::fs::copy(&own, &copy).unwrap();
    let mut on_home = app();
    let home = drive(&mut on_home, &store, Vec::new(), 80, 24)
        .backend()
        .to_string();
    assert!(
        home.contains("1 conflict(s): `ecoready conflicts`"),
        "{home}"
    );
    assert!(!home.contains("could not be read"), "{home}");
    let mut on_history = app();
    let history = drive(
        &mut on_history,
        &store,
        vec![key(KeyCode::Char('h'))],
        80,
        24,
    )
    .backend()
    .to_string();
    assert!(
        history.contains("1 conflict(s): `ecoready conflicts` lists and merges them"),
        "{history}"
    );
    // The assessment itself is still listed once.
    assert!(history.contains("Alder Bakery (4)"), "{history}");
}

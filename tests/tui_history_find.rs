//! History's finding and correcting, driven headless with keys: the search as you type,
//! the status and round filters, renaming and merging organizations, the trash view and
//! restoring, and `a` starting Setup on the respondent's name. Checked against the store
//! and with snapshots at 80x24.

mod support;

use chrono::Datelike;
use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::screens::setup::Field;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::{Event, KeyCode};
use support::fixtures::{answered_with, at, chars, drive, full, key, store};
use support::shared::organization_names;

const SIZE: (u16, u16) = (80, 24);

/// Alder Bakery: two baseline respondents and a mid-year check-in; "alder bakery" typed
/// in lowercase once (a draft); Birch Logistics once.
fn fill(store: &Store) {
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    let plan = [
        (
            "20260101-090000-aaaa",
            "Alder Bakery",
            "Robin Owner",
            "baseline",
            1,
            true,
        ),
        (
            "20260102-090000-bbbb",
            "Alder Bakery",
            "Kim Manager",
            "baseline",
            2,
            true,
        ),
        (
            "20260601-090000-cccc",
            "Alder Bakery",
            "Robin Owner",
            "mid-year",
            6,
            true,
        ),
        (
            "20260701-090000-dddd",
            "alder bakery",
            "Robin Owner",
            "Q3 check-in",
            7,
            false,
        ),
        (
            "20260301-090000-eeee",
            "Birch Logistics",
            "Sam Driver",
            "baseline",
            3,
            true,
        ),
    ];
    for (id, org, who, round, month, complete) in plan {
        let mut a = answered_with(id, org, who, complete, &q, month as usize);
        a.round = Some(round.into());
        let date = at(1, 10).with_month(month).unwrap();
        a.started_at = date;
        a.updated_at = date;
        if complete {
            a.completed_at = Some(date);
        }
        store.save(&a).unwrap();
    }
}

fn app() -> App {
    initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR)
}

/// History, then `keys`: the screen at 80x24.
fn history_after(store: &Store, app: &mut App, keys: Vec<Event>) -> String {
    let mut events = vec![key(KeyCode::Char('h'))];
    events.extend(keys);
    drive(app, store, events, SIZE.0, SIZE.1)
        .backend()
        .to_string()
}

#[test]
fn the_search_filters_both_lists_as_you_type_and_esc_clears_it() {
    let (_dir, store) = store();
    fill(&store);
    let mut typing = vec![key(KeyCode::Char('/'))];
    typing.extend(chars("kim"));
    let screen = history_after(&store, &mut app(), typing);
    assert!(screen.contains("Search: kim"), "{screen}");
    // The newest complete check-in of the firm among those found names it.
    assert!(screen.contains("Alder Bakery (1)"), "{screen}");
    assert!(!screen.contains("Birch"), "{screen}");
    assert!(
        screen.contains("Kim Manager") || screen.contains("Kim Man"),
        "{screen}"
    );
    insta::assert_snapshot!("history_search_80x24", screen);

    // Enter keeps the search; Esc then clears it, and a second Esc leaves History.
    let mut keys = vec![key(KeyCode::Char('/'))];
    keys.extend(chars("sam"));
    keys.push(key(KeyCode::Enter));
    let mut kept = app();
    let screen = history_after(&store, &mut kept, keys.clone());
    assert!(
        screen.contains("Birch Logistics (1)") && !screen.contains("Alder"),
        "{screen}"
    );
    keys.push(key(KeyCode::Esc));
    let screen = history_after(&store, &mut app(), keys.clone());
    assert!(
        screen.contains("Birch") && screen.contains("alder bakery (4)"),
        "{screen}"
    );
    keys.push(key(KeyCode::Esc));
    let mut left = app();
    history_after(&store, &mut left, keys);
    assert!(matches!(left.screen, Screen::Home));
}

#[test]
fn the_search_finds_rounds_and_sectors_and_says_when_nothing_matches() {
    let (_dir, store) = store();
    fill(&store);
    let search = |text: &str| {
        let mut keys = vec![key(KeyCode::Char('/'))];
        keys.extend(chars(text));
        history_after(&store, &mut app(), keys)
    };
    let by_round = search("Q3");
    assert!(by_round.contains("alder bakery (1)"), "{by_round}");
    let by_sector = search("FOOD PROC");
    // Listed as its newest assessment spells it: the draft typed in lowercase.
    assert!(by_sector.contains("alder bakery (4)"), "{by_sector}");
    assert!(by_sector.contains("Birch Logistics (1)"), "{by_sector}");
    let nothing = search("zzz");
    assert!(nothing.contains("Nothing matches"), "{nothing}");
}

#[test]
fn status_and_round_filters_cycle_and_show_what_they_keep() {
    let (_dir, store) = store();
    fill(&store);
    let drafts = history_after(&store, &mut app(), vec![key(KeyCode::Char('s'))]);
    assert!(drafts.contains("Status: drafts"), "{drafts}");
    assert!(
        drafts.contains("alder bakery (1)") && !drafts.contains("Birch"),
        "{drafts}"
    );
    let complete = history_after(&store, &mut app(), chars("ss"));
    assert!(complete.contains("Status: complete"), "{complete}");
    assert!(complete.contains("Alder Bakery (3)"), "{complete}");
    // Rounds sorted ignoring case: baseline first.
    let baseline = history_after(&store, &mut app(), vec![key(KeyCode::Char('f'))]);
    assert!(baseline.contains("Round: baseline"), "{baseline}");
    assert!(baseline.contains("Alder Bakery (2)"), "{baseline}");
    assert!(baseline.contains("Birch Logistics (1)"), "{baseline}");
    insta::assert_snapshot!("history_round_filter_80x24", baseline);
    let mid_year = history_after(&store, &mut app(), chars("ff"));
    assert!(mid_year.contains("Round: mid-year"), "{mid_year}");
    assert!(mid_year.contains("Alder Bakery (1)") && !mid_year.contains("Birch"));
}

#[test]
fn n_renames_the_organization_everywhere_after_a_question() {
    let (_dir, store) = store();
    fill(&store);
    // One draft typed the firm in lowercase, and History lists it so: n puts it right.
    let mut keys = vec![key(KeyCode::Char('n'))];
    keys.extend(vec![key(KeyCode::Backspace); "alder bakery".len()]);
    keys.extend(chars("Alder Bakery"));
    let form = history_after(&store, &mut app(), keys.clone());
    assert!(form.contains("New name for alder bakery"), "{form}");
    insta::assert_snapshot!("history_rename_form_80x24", form);
    keys.push(key(KeyCode::Enter));
    let question = history_after(&store, &mut app(), keys.clone());
    assert!(
        question.contains("Rename alder bakery to Alder Bakery"),
        "{question}"
    );
    // Nothing is written before the yes.
    assert!(
        organization_names(&store)
            .iter()
            .any(|n| n == "alder bakery")
    );
    keys.push(key(KeyCode::Char('y')));
    let screen = history_after(&store, &mut app(), keys);
    assert_eq!(
        organization_names(&store),
        [
            "Alder Bakery",
            "Alder Bakery",
            "Alder Bakery",
            "Alder Bakery",
            "Birch Logistics"
        ]
    );
    assert!(
        screen.contains("Renamed \"alder bakery\" to \"Alder Bakery\""),
        "{screen}"
    );
    assert!(screen.contains("› Alder Bakery (4)"), "{screen}");
}

#[test]
fn a_rename_moves_the_cursor_to_the_organizations_new_place() {
    let (_dir, store) = store();
    fill(&store);
    let mut keys = vec![key(KeyCode::Char('n'))];
    keys.extend(vec![key(KeyCode::Backspace); "alder bakery".len()]);
    keys.extend(chars("Walnut Bakery"));
    keys.extend([key(KeyCode::Enter), key(KeyCode::Char('y'))]);
    let screen = history_after(&store, &mut app(), keys);
    // Sorted by name, it is now second, and the cursor followed it.
    assert!(screen.contains("› Walnut Bakery (4)"), "{screen}");
}

#[test]
fn esc_or_no_leaves_the_organization_as_it_was() {
    let (_dir, store) = store();
    fill(&store);
    let mut keys = vec![key(KeyCode::Char('n'))];
    keys.extend(chars(" Ltd"));
    keys.push(key(KeyCode::Enter));
    keys.push(key(KeyCode::Char('n')));
    history_after(&store, &mut app(), keys);
    let esc = vec![key(KeyCode::Char('n')), key(KeyCode::Esc)];
    history_after(&store, &mut app(), esc);
    assert!(
        organization_names(&store)
            .iter()
            .all(|n| !n.ends_with("Ltd"))
    );
}

#[test]
fn shift_m_merges_the_organization_into_another_keeping_its_spelling() {
    let (_dir, store) = store();
    fill(&store);
    let mut keys = vec![key(KeyCode::Down), key(KeyCode::Char('M'))];
    keys.extend(chars("ALDER BAKERY"));
    keys.push(key(KeyCode::Enter));
    let question = history_after(&store, &mut app(), keys.clone());
    assert!(
        question.contains("Merge Birch Logistics into ALDER BAKERY"),
        "{question}"
    );
    keys.push(key(KeyCode::Char('y')));
    let screen = history_after(&store, &mut app(), keys);
    // Into the firm as it is listed (its newest assessment's spelling).
    assert!(screen.contains("alder bakery (5)"), "{screen}");
    let names = organization_names(&store);
    assert_eq!(names.iter().filter(|n| *n == "alder bakery").count(), 2);
    assert!(!names.iter().any(|n| n == "Birch Logistics"));
}

#[test]
fn u_shows_the_trash_and_enter_restores_after_a_question() {
    let (_dir, store) = store();
    fill(&store);
    store.trash("20260301-090000-eeee").unwrap();
    let trash = history_after(&store, &mut app(), vec![key(KeyCode::Char('u'))]);
    assert!(trash.contains("Trash (1)"), "{trash}");
    assert!(trash.contains("20260301-090000-eeee"), "{trash}");
    insta::assert_snapshot!("history_trash_80x24", trash);
    let keys = vec![key(KeyCode::Char('u')), key(KeyCode::Enter)];
    let question = history_after(&store, &mut app(), keys);
    assert!(question.contains("Restore?"), "{question}");
    let keys = vec![
        key(KeyCode::Char('u')),
        key(KeyCode::Enter),
        key(KeyCode::Char('y')),
    ];
    let restored = history_after(&store, &mut app(), keys);
    assert!(restored.contains("Trash (0)"), "{restored}");
    assert!(restored.contains("Restored from the trash"), "{restored}");
    assert!(store.load("20260301-090000-eeee").is_ok());
    let back = history_after(&store, &mut app(), chars("uu"));
    assert!(back.contains("Birch Logistics (1)"), "{back}");
}

#[test]
fn a_starts_setup_on_the_respondents_name_with_the_rest_filled_in() {
    let (_dir, store) = store();
    fill(&store);
    let mut setup = app();
    let mut keys = vec![key(KeyCode::Char('a'))];
    keys.extend(chars("Lee"));
    history_after(&store, &mut setup, keys);
    let Screen::Setup(form) = &setup.screen else {
        panic!("not on Setup: {:?}", setup.screen);
    };
    assert_eq!(form.focus, Field::Respondent);
    assert_eq!(form.text(Field::Respondent), "Lee");
    assert_eq!(form.text(Field::Organization), "alder bakery");
    assert_eq!(form.text(Field::Round), "Q3 check-in");
}

#[test]
fn a_rename_onto_another_firm_is_refused_with_the_way_to_merge() {
    let (_dir, store) = store();
    fill(&store);
    let mut keys = vec![key(KeyCode::Char('n'))];
    keys.extend(vec![key(KeyCode::Backspace); "alder bakery".len()]);
    keys.extend(chars("birch logistics"));
    keys.extend([key(KeyCode::Enter), key(KeyCode::Char('y'))]);
    let screen = history_after(&store, &mut app(), keys);
    assert!(
        screen.contains("already names another organization"),
        "{screen}"
    );
    assert_eq!(
        organization_names(&store)
            .iter()
            .filter(|n| n.eq_ignore_ascii_case("birch logistics"))
            .count(),
        1
    );
}

#[test]
fn the_key_help_of_history_shows_every_key_at_80x24() {
    let (_dir, store) = store();
    fill(&store);
    let help = history_after(&store, &mut app(), vec![key(KeyCode::Char('?'))]);
    for wanted in [
        "search",
        "by status",
        "by round",
        "rename organization",
        "merge into another",
        "trash (restore)",
        "add respondent",
        "quit now",
    ] {
        assert!(help.contains(wanted), "{wanted} missing:\n{help}");
    }
    insta::assert_snapshot!("history_help_80x24", help);
}

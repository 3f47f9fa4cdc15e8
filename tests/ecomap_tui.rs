//! The ecosystem map screen driven headless: keys in through the real main loop, screens
//! out through `TestBackend` (insta snapshots at 80x24 and 120x40), maps checked on disk.

mod ecomap_support;

use std::collections::VecDeque;

use color_eyre::eyre::Result;
use ecomap_support::{at, bakery, bakery_a_year_earlier, crowded, save_in_line};
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Setup};
use ecoready::ecomap::{Layer, Relationship, ResourceKind};
use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::tui::app::{App, Screen};
use ecoready::tui::screens::map::{self, View};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Events, Start, initial_app, perform_effects, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Events from a list, then none.
struct Script(VecDeque<Event>);

impl Events for Script {
    fn next(&mut self) -> Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn chars(text: &str) -> Vec<Event> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    (dir, store)
}

/// The wizard with the map of `organization` open.
fn map_app(store: &Store, organization: &str) -> App {
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    perform_effects(&mut app, store);
    map::open(&mut app, Some(organization.to_string()));
    perform_effects(&mut app, store);
    app
}

/// Runs the real main loop over `events` and returns the screen drawn last.
fn drive(app: &mut App, store: &Store, events: Vec<Event>, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    run_loop(&mut terminal, app, store, &mut Script(events.into())).unwrap();
    if app.running {
        terminal
            .draw(|f| ecoready::tui::view::render(app, f))
            .unwrap();
    }
    terminal.backend().to_string()
}

fn map_state(app: &App) -> &map::MapState {
    match &app.screen {
        Screen::Map(state) => state,
        _ => panic!("not on the map screen"),
    }
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn map_screen_shows_layers_insights_and_changes() {
    let (_dir, store) = store();
    save_in_line(&store, &[bakery_a_year_earlier(), bakery()]);
    for (w, h) in SIZES {
        let mut app = map_app(&store, "alder bakery");
        let shown = drive(&mut app, &store, Vec::new(), w, h);
        assert!(shown.contains("Ecosystem map · Alder Bakery"), "{shown}");
        assert!(shown.contains("saved 2026-03-14 · 2 versions"), "{shown}");
        assert!(
            shown.contains("Since the map of 2025-03-14: 2 added"),
            "{shown}"
        );
        // The strongest tie of the immediate network is selected and detailed.
        assert!(
            shown.contains("Miller & Sons Flour · food · supplier · tie 5 of 5"),
            "{shown}"
        );
        insta::assert_snapshot!(format!("map_bakery_{w}x{h}"), shown);
    }
}

#[test]
fn gaps_are_marked_at_a_glance() {
    let (_dir, store) = store();
    let mut map = bakery();
    map.partners.retain(|p| p.layer == Layer::Immediate);
    for p in &mut map.partners {
        p.brings.retain(|k| *k != ResourceKind::Intangible);
    }
    store.save_map(&map).unwrap();
    let mut app = map_app(&store, "Alder Bakery");
    let shown = drive(&mut app, &store, Vec::new(), 80, 24);
    assert!(shown.contains("② Extended · 0 ⚠"), "{shown}");
    assert!(shown.contains("Extended 0 ⚠ empty"), "{shown}");
    assert!(shown.contains("intangible 0 ⚠ missing"), "{shown}");
}

#[test]
fn sixty_partners_stay_readable() {
    let (_dir, store) = store();
    store.save_map(&crowded(60)).unwrap();
    for (w, h) in SIZES {
        let mut app = map_app(&store, "Crowded Workshop");
        // Fifteen rows down the first column: it scrolls to keep the selection in view.
        let events = (0..15).map(|_| key(KeyCode::Down)).collect();
        let shown = drive(&mut app, &store, events, w, h);
        let selected = map_state(&app).selected_partner().unwrap().name.clone();
        assert_eq!(map_state(&app).selected_in(Layer::Immediate), 15);
        assert!(
            shown.contains(&format!("› {}", &selected[..9])),
            "{selected}\n{shown}"
        );
        assert!(shown.contains("① Immediate"), "{shown}");
        assert!(shown.contains(" · 20"), "{shown}");
        if h == 24 {
            // Nine rows per column at 80x24: a window with counts above and below.
            assert!(
                shown.contains("↑ 9 more") && shown.contains("↓ 4 more"),
                "{shown}"
            );
        } else {
            assert!(
                !shown.contains(" more"),
                "all twenty fit at 120x40\n{shown}"
            );
        }
        assert!(
            shown.contains('…'),
            "long names are cut with an ellipsis\n{shown}"
        );
        insta::assert_snapshot!(format!("map_sixty_partners_{w}x{h}"), shown);
    }
}

#[test]
fn adding_a_partner_with_keys_saves_a_new_version() {
    let (_dir, store) = store();
    let mut app = map_app(&store, "Birch Logistics");
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(chars("Harbour Logistics"));
    events.push(key(KeyCode::Tab));
    events.extend(chars("logistics"));
    events.extend([key(KeyCode::Tab), key(KeyCode::Right)]); // layer: extended
    events.extend([key(KeyCode::Tab), key(KeyCode::Right)]); // supplier -> customer
    events.extend([key(KeyCode::Tab), key(KeyCode::Char(' '))]); // tangible
    events.extend([
        key(KeyCode::Tab),
        key(KeyCode::Tab),
        key(KeyCode::Char(' ')),
    ]); // relational
    events.push(key(KeyCode::Tab));
    events.extend(chars("cold transport"));
    events.push(key(KeyCode::Tab));
    events.extend(chars("steady volumes"));
    events.extend([key(KeyCode::Tab), key(KeyCode::Right), key(KeyCode::Right)]); // tie 3 -> 5
    let form = drive(&mut app, &store, events.clone(), 80, 24);
    insta::assert_snapshot!("map_partner_form_80x24", form);
    assert!(store.latest_map("Birch Logistics").unwrap().is_none());

    let shown = drive(&mut app, &store, vec![key(KeyCode::Enter)], 80, 24);
    assert!(shown.contains("Map saved as a new version"), "{shown}");
    let saved = store.latest_map("Birch Logistics").unwrap().unwrap();
    assert_eq!(saved.organization, "Birch Logistics");
    assert_eq!(saved.partners.len(), 1);
    let p = &saved.partners[0];
    assert_eq!(p.id, "harbour-logistics");
    assert_eq!(p.name, "Harbour Logistics");
    assert_eq!(p.sector, "logistics");
    assert_eq!(p.layer, Layer::Extended);
    assert_eq!(p.relationship, Relationship::Customer);
    assert_eq!(p.brings, [ResourceKind::Tangible, ResourceKind::Relational]);
    assert_eq!(p.brings_note, "cold transport");
    assert_eq!(p.we_bring, "steady volumes");
    assert_eq!(p.tie, 5);
    // The new partner is focused in its own column.
    assert_eq!(map_state(&app).focus_layer(), Layer::Extended);
}

#[test]
fn a_partner_needs_a_name() {
    let (_dir, store) = store();
    let mut app = map_app(&store, "Birch Logistics");
    let shown = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Char('a')), key(KeyCode::Enter)],
        80,
        24,
    );
    assert!(
        shown.contains("Please enter the partner's name first."),
        "{shown}"
    );
    assert!(matches!(map_state(&app).view, View::Form(_)));
    assert!(!store.map_dir("Birch Logistics").exists());
    // Esc cancels the form without saving.
    drive(&mut app, &store, vec![key(KeyCode::Esc)], 80, 24);
    assert!(matches!(map_state(&app).view, View::Map));
    assert!(!store.map_dir("Birch Logistics").exists());
}

#[test]
fn editing_and_removing_keep_every_earlier_version() {
    let (_dir, store) = store();
    store.save_map(&bakery()).unwrap();
    let mut app = map_app(&store, "Alder Bakery");
    // Enter edits the selected partner (the miller, tie 5); Shift-Tab reaches the tie.
    let events = vec![
        key(KeyCode::Enter),
        key(KeyCode::BackTab),
        key(KeyCode::Left),
        key(KeyCode::Enter),
    ];
    drive(&mut app, &store, events, 80, 24);
    let history = store.map_history("Alder Bakery").unwrap();
    assert_eq!(history.len(), 2);
    let tie = |i: usize| history[i].partner("miller-sons-flour").unwrap().tie;
    assert_eq!((tie(0), tie(1)), (5, 4));

    // `d` asks first; `n` keeps the partner.
    let asked = drive(&mut app, &store, vec![key(KeyCode::Char('d'))], 80, 24);
    assert!(
        asked.contains("Remove this partner from the map?"),
        "{asked}"
    );
    assert!(
        asked.contains("Earlier versions of the map keep it."),
        "{asked}"
    );
    drive(&mut app, &store, vec![key(KeyCode::Char('n'))], 80, 24);
    assert_eq!(store.map_history("Alder Bakery").unwrap().len(), 2);

    // The selection followed the miller to its new place among the ties of 4.
    let selected = map_state(&app).selected_partner().unwrap().id.clone();
    assert_eq!(selected, "miller-sons-flour");
    assert_eq!(map_state(&app).selected_in(Layer::Immediate), 1);
    drive(
        &mut app,
        &store,
        vec![key(KeyCode::Char('d')), key(KeyCode::Char('y'))],
        80,
        24,
    );
    let history = store.map_history("Alder Bakery").unwrap();
    assert_eq!(history.len(), 3);
    assert!(history[2].partner(&selected).is_none());
    assert!(history[1].partner(&selected).is_some());
    assert_eq!(history[2].partners.len(), 9);
}

#[test]
fn filters_show_one_layer_and_one_sector() {
    let (_dir, store) = store();
    store.save_map(&bakery()).unwrap();
    let mut app = map_app(&store, "Alder Bakery");
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('f'))], 80, 24);
    assert!(
        shown.contains("showing immediate network, all sectors"),
        "{shown}"
    );
    assert!(shown.contains("① Immediate network · 4"), "{shown}");
    assert!(!shown.contains("② Extended"), "{shown}");
    // Sectors in order: business services, food, ...; twice is food.
    let shown = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Char('s')), key(KeyCode::Char('s'))],
        80,
        24,
    );
    assert!(
        shown.contains("showing immediate network, sector food"),
        "{shown}"
    );
    assert!(shown.contains("① Immediate network · 2"), "{shown}");
    assert!(
        shown.contains("Riverside Bakers") && !shown.contains("Harbour"),
        "{shown}"
    );
    // Three more layer steps go back to every layer.
    let events = (0..3).map(|_| key(KeyCode::Char('f'))).collect();
    let shown = drive(&mut app, &store, events, 80, 24);
    assert!(shown.contains("showing all layers, sector food"), "{shown}");
    assert!(shown.contains("② Extended · 1"), "{shown}");
}

#[test]
fn home_lists_organizations_to_map() {
    let (_dir, store) = store();
    store.save_map(&bakery()).unwrap();
    let q = questionnaire::builtin("ecosystem-readiness").unwrap();
    let setup = Setup {
        organization: Organization {
            name: "Birch Logistics".into(),
            sector: "logistics".into(),
        },
        respondent: Respondent::default(),
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    };
    let assessment = Assessment::start(
        "20260314-090000-aaaa".into(),
        setup,
        &q.questionnaire,
        &q.digest,
        at(3, 14, 9),
    );
    store.save(&assessment).unwrap();
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('m'))], 80, 24);
    assert!(shown.contains("New organization…"), "{shown}");
    assert!(
        shown.contains("Alder Bakery") && shown.contains("map of 2026-03-14, 10 partners"),
        "{shown}"
    );
    assert!(
        shown.contains("Birch Logistics") && shown.contains("no map yet"),
        "{shown}"
    );
    insta::assert_snapshot!("map_picker_80x24", shown);

    // The second entry (after "new organization") is Alder Bakery; Esc comes back here.
    let shown = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Down), key(KeyCode::Enter)],
        80,
        24,
    );
    assert!(shown.contains("Ecosystem map · Alder Bakery"), "{shown}");
    let shown = drive(&mut app, &store, vec![key(KeyCode::Esc)], 80, 24);
    assert!(shown.contains("New organization…"), "{shown}");

    // A new organization: a name is needed, then an empty map waits for partners.
    let shown = drive(
        &mut app,
        &store,
        vec![key(KeyCode::Enter), key(KeyCode::Enter)],
        80,
        24,
    );
    assert!(
        shown.contains("Please enter the organization's name."),
        "{shown}"
    );
    let mut events = chars("Cedar Crafts");
    events.push(key(KeyCode::Enter));
    let shown = drive(&mut app, &store, events, 80, 24);
    assert!(shown.contains("Ecosystem map · Cedar Crafts"), "{shown}");
    assert!(
        shown.contains("No partners yet. Press a to add the first one"),
        "{shown}"
    );
    assert!(shown.contains("not saved yet"), "{shown}");
}

#[test]
fn the_map_picker_names_each_organization_once_whatever_its_case() {
    let (_dir, store) = store();
    store.save_map(&bakery()).unwrap();
    let q = questionnaire::builtin("ecosystem-readiness").unwrap();
    // Two check-ins spelling the mapped firm differently, and one other firm.
    for (id, name) in [
        ("20260314-090000-aaaa", "  alder BAKERY "),
        ("20260315-090000-bbbb", "ALDER bakery"),
        ("20260316-090000-cccc", "Birch Logistics"),
    ] {
        let setup = Setup {
            organization: Organization {
                name: name.into(),
                sector: String::new(),
            },
            respondent: Respondent::default(),
            mode: Mode::SelfAssessment,
            advisor: None,
            round: None,
        };
        let assessment =
            Assessment::start(id.into(), setup, &q.questionnaire, &q.digest, at(3, 14, 9));
        store.save(&assessment).unwrap();
    }
    let mut app = initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR);
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('m'))], 80, 24);
    let lower = shown.to_lowercase();
    assert_eq!(lower.matches("alder bakery").count(), 1, "{shown}");
    // The map's spelling is the one shown: maps are listed before assessments.
    assert!(shown.contains("Alder Bakery"), "{shown}");
    assert_eq!(lower.matches("birch logistics").count(), 1, "{shown}");
}

#[test]
fn labels_keep_the_name_and_cut_the_sector_first() {
    use map::{partner_label, partner_line};
    // "Harbour Logistics (logistics)" is 17 + 2 + 9 + 1 = 29 columns.
    assert_eq!(
        partner_label("Harbour Logistics", "logistics", 29),
        "Harbour Logistics (logistics)"
    );
    // 25 columns leave the sector 25 - 17 - 3 = 5: four letters and the ellipsis.
    assert_eq!(
        partner_label("Harbour Logistics", "logistics", 25),
        "Harbour Logistics (logi…)"
    );
    // 17 + 3 + 4 = 24 is the least that still shows a sector; at 23 the name stands alone.
    assert_eq!(
        partner_label("Harbour Logistics", "logistics", 24),
        "Harbour Logistics (log…)"
    );
    assert_eq!(
        partner_label("Harbour Logistics", "logistics", 23),
        "Harbour Logistics"
    );
    assert_eq!(
        partner_label("Harbour Logistics", "logistics", 10),
        "Harbour L…"
    );
    assert_eq!(partner_label("PayNow", "", 10), "PayNow");
    // Wide characters count two columns: 日本食 (6) and the ellipsis fit in 7.
    assert_eq!(partner_label("日本食品", "", 7), "日本食…");
    // A line of 25: marker (2) + label (17) + space + five dots.
    let harbour = bakery()
        .partners
        .into_iter()
        .find(|p| p.name == "Harbour Logistics")
        .unwrap();
    assert_eq!(
        partner_line(&harbour, true, 25),
        "› Harbour Logistics ●●●●○"
    );
    assert_eq!(
        partner_line(&harbour, false, 25),
        "  Harbour Logistics ●●●●○"
    );
}

#[test]
fn help_lists_the_map_keys() {
    let (_dir, store) = store();
    store.save_map(&bakery()).unwrap();
    let mut app = map_app(&store, "Alder Bakery");
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('?'))], 80, 24);
    for text in [
        "add",
        "edit",
        "remove",
        "by layer",
        "by sector",
        "layer to the left",
    ] {
        assert!(shown.contains(text), "{text}\n{shown}");
    }
}

#[test]
fn a_named_partner_is_saved_when_leaving_at_once() {
    let (_dir, store) = store();
    let mut app = map_app(&store, "Birch Logistics");
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(chars("Harbour"));
    drive(&mut app, &store, events, 80, 24);
    map::on_quit(&mut app);
    perform_effects(&mut app, &store);
    let saved = store.latest_map("Birch Logistics").unwrap().unwrap();
    assert_eq!(saved.partners[0].name, "Harbour");
    // An empty form has nothing worth keeping.
    let mut app = map_app(&store, "Cedar Crafts");
    drive(&mut app, &store, vec![key(KeyCode::Char('a'))], 80, 24);
    map::on_quit(&mut app);
    perform_effects(&mut app, &store);
    assert!(store.latest_map("Cedar Crafts").unwrap().is_none());
}

#[test]
fn a_full_map_takes_no_more_partners_and_says_why() {
    let (_dir, store) = store();
    store
        .save_map(&crowded(ecoready::limits::MAX_PARTNERS))
        .unwrap();
    let mut app = map_app(&store, "Crowded Workshop");
    let shown = drive(&mut app, &store, vec![key(KeyCode::Char('a'))], 120, 40);
    assert!(
        shown.contains("A map holds at most 200 partners; remove one to add another"),
        "{shown}"
    );
    assert!(matches!(map_state(&app).view, View::Map));
}

#[test]
fn a_partner_field_stops_at_its_limit_and_says_so() {
    let (_dir, store) = store();
    let mut app = map_app(&store, "Birch Logistics");
    let limit = ecoready::limits::PARTNER_NAME.max_chars;
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(chars(&"n".repeat(limit + 3)));
    let shown = drive(&mut app, &store, events, 120, 40);
    assert!(
        shown.contains("The partner name is limited to 200 characters"),
        "{shown}"
    );
    drive(&mut app, &store, vec![key(KeyCode::Enter)], 120, 40);
    let saved = store.latest_map("Birch Logistics").unwrap().unwrap();
    assert_eq!(saved.partners[0].name, "n".repeat(limit));
}

//! Ecosystem maps edited on several machines that share the data directory through git or
//! a sync folder: version files never clash, versions saved in parallel are merged partner
//! by partner when read, a map screen opened before another advisor's save merges before
//! it saves, and files of earlier builds are still read in order.

#[allow(dead_code)] // Only its sandbox is used here.
mod cli_support;
mod ecomap_support;
mod support;

use std::fs;
use std::path::{Path, PathBuf};

use cli_support::Sandbox;
use ecomap_support::{at, bakery, partner};
use ecoready::ecomap::{self, EcosystemMap, Layer};
use ecoready::store::{Store, map_version_name};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::screens::map::{self, MapState};
use ecoready::tui::{Start, initial_app, perform_effects};
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{key, shown, store};

/// `map` made from the version saved at `path`.
fn made_from(mut map: EcosystemMap, path: &Path) -> EcosystemMap {
    map.based_on = vec![map_version_name(path)];
    map
}

/// Copies `path` into `store`'s directory for the same organization, as a pull or a sync
/// brings another machine's file; refuses to overwrite (git's add/add conflict).
fn pull(path: &Path, into: &Store, organization: &str) -> PathBuf {
    let dir = into.map_dir(organization);
    fs::create_dir_all(&dir).unwrap();
    let target = dir.join(path.file_name().unwrap());
    assert!(
        !target.exists(),
        "{} exists: the names clash",
        target.display()
    );
    fs::copy(path, &target).unwrap();
    target
}

#[test]
fn two_machines_saving_in_the_same_second_write_distinct_files_and_both_are_shown() {
    let (alice_machine, bob_machine) = (Sandbox::new(), Sandbox::new());
    let (alice, bob) = (alice_machine.store(), bob_machine.store());
    let base_path = alice.save_map(&bakery()).unwrap();
    pull(&base_path, &bob, "Alder Bakery");
    // Both add a partner to the same version, in the same second.
    let mut hers = made_from(bakery(), &base_path);
    hers.saved_at = at(3, 15, 10);
    hers.partners
        .push(partner("Grain Co", "food", Layer::Immediate, 3, &[]));
    let mut his = made_from(bakery(), &base_path);
    his.saved_at = at(3, 15, 10);
    his.partners.push(partner(
        "Oven Rental",
        "equipment",
        Layer::Immediate,
        2,
        &[],
    ));
    let hers_path = alice.save_map(&hers).unwrap();
    let his_path = bob.save_map(&his).unwrap();
    assert_ne!(hers_path.file_name(), his_path.file_name());
    // Each pulls the other's file: no name is taken twice.
    pull(&his_path, &alice, "Alder Bakery");
    pull(&hers_path, &bob, "Alder Bakery");

    for machine in [&alice, &bob] {
        let current = machine.latest_map("Alder Bakery").unwrap().unwrap();
        assert!(current.partner("Grain Co").is_some());
        assert!(current.partner("Oven Rental").is_some());
        assert_eq!(current.partners.len(), 12);
        let versions = machine.map_lineage_of("Alder Bakery").unwrap();
        assert_eq!(versions.len(), 3);
        assert_eq!(ecomap::resolve(&versions).heads.len(), 2);
    }

    let output = alice_machine.run(&["map", "--org", "Alder Bakery"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("saved 2026-03-15 10:00 · 3 versions · 12 partners"),
        "{text}"
    );
    // The two versions of one second come in the order of their random names.
    let said = ["Grain Co and Oven Rental", "Oven Rental and Grain Co"].map(|names| {
        format!(
            "Merged from 2 versions saved in parallel on 2026-03-15 10:00 and 2026-03-15 \
             10:00: 2 partners added in only some of them ({names})."
        )
    });
    assert!(said.iter().any(|s| text.contains(s.as_str())), "{text}");
    let output = alice_machine.run(&["map", "--org", "Alder Bakery", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["partners"].as_array().unwrap().len(), 12);
    let merge = &json["insights"]["merge"];
    assert_eq!(merge["versions"].as_array().unwrap().len(), 2);
    let mut added: Vec<&str> = merge["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    added.sort();
    assert_eq!(added, ["Grain Co", "Oven Rental"]);
    assert_eq!(merge["removed"], serde_json::json!([]));
}

#[test]
fn three_parallel_versions_are_merged_partner_by_partner() {
    let machine = Sandbox::new();
    let store = machine.store();
    let base_path = store.save_map(&bakery()).unwrap();
    // Three advisors, each from the same version: one adds, one weakens a tie, one
    // removes the miller and the logistics firm.
    let mut adds = made_from(bakery(), &base_path);
    adds.saved_at = at(3, 15, 9);
    adds.partners
        .push(partner("Grain Co", "food", Layer::Immediate, 3, &[]));
    let mut edits = made_from(bakery(), &base_path);
    edits.saved_at = at(3, 15, 10);
    for p in &mut edits.partners {
        if p.id == "harbour-logistics" {
            p.tie = 1;
            p.edited_at = Some(at(3, 15, 10));
        }
    }
    let mut removes = made_from(bakery(), &base_path);
    removes.saved_at = at(3, 15, 11);
    removes
        .partners
        .retain(|p| p.id != "miller-sons-flour" && p.id != "harbour-logistics");
    for map in [&adds, &edits, &removes] {
        store.save_map(map).unwrap();
    }

    let current = store.latest_map("Alder Bakery").unwrap().unwrap();
    // 10 + Grain Co - the miller (removed, nobody changed it) = 10; the logistics firm
    // was removed on one side but changed on another: kept, with the change.
    assert_eq!(current.partners.len(), 10);
    assert!(current.partner("miller-sons-flour").is_none());
    assert_eq!(current.partner("harbour-logistics").unwrap().tie, 1);
    assert!(current.partner("Grain Co").is_some());
    assert_eq!(current.based_on.len(), 3);

    let output = machine.run(&["map", "--org", "Alder Bakery"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains(
            "Merged from 3 versions saved in parallel on 2026-03-15 09:00, 2026-03-15 10:00 \
             and 2026-03-15 11:00: 1 partner added in only some of them (Grain Co); \
             1 partner removed in some (Miller & Sons Flour); 1 partner removed in one \
             version but changed in another, so kept (Harbour Logistics)."
        ),
        "{text}"
    );
}

#[test]
fn files_of_earlier_builds_are_read_in_order_and_a_new_version_follows_them() {
    let (_dir, store) = store();
    let dir = store.map_dir("Alder Bakery");
    fs::create_dir_all(&dir).unwrap();
    // Format 1 (no checksum, no based_on), local time names with `-N` within a second.
    let old = |saved_at: &str, partner: &str| {
        format!(
            "schema_version: 1\norganization: Alder Bakery\nsaved_at: {saved_at}\npartners:\n\
             - id: {partner}\n  name: {partner}\n  layer: immediate\n  relationship: other\n  tie: 2\n"
        )
    };
    fs::write(
        dir.join("20260301-090000-2.yaml"),
        old("2026-03-01T09:00:00+01:00", "b"),
    )
    .unwrap();
    fs::write(
        dir.join("20260301-090000.yaml"),
        old("2026-03-01T09:00:00+01:00", "a"),
    )
    .unwrap();
    // Format 2: sealed, still no based_on.
    let sealed = ecoready::integrity::seal(
        &old("2026-03-02T09:00:00+01:00", "c").replace("schema_version: 1", "schema_version: 2"),
    );
    fs::write(dir.join("20260302-090000.yaml"), sealed).unwrap();

    let versions = store.map_lineage_of("Alder Bakery").unwrap();
    let names: Vec<&str> = versions.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        ["20260301-090000", "20260301-090000-2", "20260302-090000"]
    );
    // One line of versions: the newest is the map, nothing merged.
    let resolved = ecomap::resolve(&versions);
    assert_eq!(resolved.heads, ["20260302-090000"]);
    assert!(resolved.merge.is_none());
    assert_eq!(
        store.latest_map("Alder Bakery").unwrap().unwrap().partners[0].id,
        "c"
    );

    // A version saved now, from the newest old one, is the one head.
    let mut next = versions[2].map.clone();
    next.saved_at = at(3, 3, 9);
    next.based_on = vec!["20260302-090000".into()];
    next.partners[0].tie = 4;
    store.save_map(&next).unwrap();
    let resolved = ecomap::resolve(&store.map_lineage_of("Alder Bakery").unwrap());
    assert_eq!(resolved.heads.len(), 1);
    assert_eq!(resolved.history.len(), 4);
    assert_eq!(resolved.current().unwrap().partners[0].tie, 4);
}

/// The wizard with the map of the Alder Bakery open.
fn open_map(store: &Store) -> App {
    let mut app = initial_app(
        Start::Home,
        ecoready::questionnaire::builtins(),
        ecoready::tui::theme::Theme::COLOR,
    );
    perform_effects(&mut app, store);
    map::open(&mut app, Some("Alder Bakery".to_string()));
    perform_effects(&mut app, store);
    app
}

fn map_state(app: &App) -> &MapState {
    match &app.screen {
        Screen::Map(state) => state,
        _ => panic!("not on the map screen"),
    }
}

#[test]
fn a_map_screen_opened_before_another_save_merges_it_and_says_what_came_in() {
    let (_dir, store) = store();
    let base_path = store.save_map(&bakery()).unwrap();
    let mut app = open_map(&store);
    assert_eq!(
        map_state(&app).map.as_ref().unwrap().based_on,
        [map_version_name(&base_path)]
    );

    // Meanwhile a colleague's version arrives: a partner added, one removed.
    let mut theirs = made_from(bakery(), &base_path);
    theirs.saved_at = at(3, 14, 10);
    theirs
        .partners
        .push(partner("Grain Co", "food", Layer::Immediate, 3, &[]));
    theirs.partners.retain(|p| p.id != "riverside-bakers");
    store.save_map(&theirs).unwrap();

    // The stale screen weakens the miller's tie (5 -> 4) and saves.
    let events = vec![
        key(KeyCode::Enter),
        key(KeyCode::BackTab),
        key(KeyCode::Left),
        key(KeyCode::Enter),
    ];
    let screen = shown(&mut app, &store, events, (80, 24));

    let versions = store.map_lineage_of("Alder Bakery").unwrap();
    // The base, theirs, ours, and the merge on top of ours and theirs.
    assert_eq!(versions.len(), 4);
    let resolved = ecomap::resolve(&versions);
    assert_eq!(resolved.heads.len(), 1);
    let newest = resolved.current().unwrap();
    assert_eq!(newest.based_on.len(), 2);
    assert!(newest.partner("Grain Co").is_some());
    assert!(newest.partner("riverside-bakers").is_none());
    assert_eq!(newest.partner("miller-sons-flour").unwrap().tie, 4);
    // Our own version, as saved, records the edit's time on the partner changed only.
    let ours = &versions[2].map;
    assert!(
        ours.partner("miller-sons-flour")
            .unwrap()
            .edited_at
            .is_some()
    );
    assert!(
        ours.partner("harbour-logistics")
            .unwrap()
            .edited_at
            .is_none()
    );
    // The screen shows the merge and the next save is made from it.
    let state = map_state(&app);
    assert_eq!(state.map.as_ref().unwrap().partners.len(), 10);
    assert_eq!(
        state.map.as_ref().unwrap().based_on,
        resolved.heads.as_slice()
    );
    assert!(
        screen.contains("Merged with 1 version saved elsewhere on 2026-03-14 10:00"),
        "{screen}"
    );
    // The save is dated by the clock: the day it shows is not part of the snapshot.
    let day = newest.saved_at.format("%Y-%m-%d").to_string();
    let screen = screen.replace(&format!("saved {day}"), "saved YYYY-MM-DD");
    insta::assert_snapshot!("map_merged_on_save_80x24", screen);
}

#[test]
fn a_map_screen_opened_on_parallel_versions_shows_their_merge() {
    let (_dir, store) = store();
    let base_path = store.save_map(&bakery()).unwrap();
    let mut one = made_from(bakery(), &base_path);
    one.saved_at = at(3, 14, 10);
    one.partners
        .push(partner("Grain Co", "food", Layer::Immediate, 3, &[]));
    let mut other = made_from(bakery(), &base_path);
    other.saved_at = at(3, 14, 11);
    other.partners.retain(|p| p.id != "riverside-bakers");
    store.save_map(&one).unwrap();
    store.save_map(&other).unwrap();

    let mut app = open_map(&store);
    let screen = shown(&mut app, &store, Vec::new(), (80, 24));
    assert!(
        screen.contains("merged 2026-03-14 · 3 versions"),
        "{screen}"
    );
    assert!(
        screen.contains("Merged from 2 versions saved in parallel"),
        "{screen}"
    );
    assert_eq!(map_state(&app).map.as_ref().unwrap().based_on.len(), 2);
    insta::assert_snapshot!("map_merged_on_open_80x24", screen);
}

//! Renaming and merging organizations over assessments and maps, finishing a rename a
//! killed run left half done, and restoring assessments from the trash.

mod ecomap_support;
mod support;

use std::fs;

use ecomap_support::{at, map_of, save_in_line};
use ecoready::app::exit_code;
use ecoready::error::EXIT_INVALID;
use ecoready::store::{JOURNAL_FILE, OLD_JOURNAL_FILE, OrganizationError, Store};
use support::fixtures::{answered, full, store};

/// Saves a complete assessment `id` of `org`.
fn saved(store: &Store, id: &str, org: &str) {
    store.save(&answered(id, org, true, &full())).unwrap();
}

fn organization_of(store: &Store, id: &str) -> String {
    store.load(id).unwrap().organization.name
}

fn refusal(error: &color_eyre::eyre::Report) -> &OrganizationError {
    error
        .downcast_ref::<OrganizationError>()
        .unwrap_or_else(|| panic!("not an OrganizationError: {error:#}"))
}

#[test]
fn a_rename_reaches_every_assessment_of_the_firm_whatever_its_case_and_its_maps() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    saved(&store, "a2", "alder bakery ");
    saved(&store, "b1", "Birch Logistics");
    save_in_line(
        &store,
        &[
            map_of("Alder Bakery", at(3, 1, 9), vec![]),
            map_of("Alder Bakery", at(3, 2, 9), vec![]),
        ],
    );

    let renamed = store
        .rename_organization("ALDER bakery", "Alder & Sons Bakery")
        .unwrap();

    assert_eq!(renamed.to, "Alder & Sons Bakery");
    assert_eq!(renamed.assessments.len(), 2);
    assert_eq!(renamed.maps, 2);
    assert_eq!(organization_of(&store, "a1"), "Alder & Sons Bakery");
    assert_eq!(organization_of(&store, "a2"), "Alder & Sons Bakery");
    assert_eq!(organization_of(&store, "b1"), "Birch Logistics");
    // The maps moved to the new name's folder, every version, oldest first as before.
    let history = store.map_history("Alder & Sons Bakery").unwrap();
    assert_eq!(history.len(), 2);
    assert!(history[0].saved_at < history[1].saved_at);
    assert!(store.map_history("Alder Bakery").unwrap().is_empty());
    assert!(
        !store
            .map_dir("Alder Bakery")
            .join("20260301-090000.yaml")
            .exists()
    );
    assert!(!store.journal_path().exists());
}

#[test]
fn a_change_of_case_only_is_a_rename_that_makes_every_file_agree() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    saved(&store, "a2", "alder bakery");
    store
        .save_map(&map_of("alder bakery", at(3, 1, 9), vec![]))
        .unwrap();
    let renamed = store
        .rename_organization("alder bakery", "Alder Bakery")
        .unwrap();
    assert_eq!(renamed.assessments.len(), 2);
    assert_eq!(organization_of(&store, "a2"), "Alder Bakery");
    // Same folder (the slug ignores case): the version is rewritten in place.
    let history = store.map_history("Alder Bakery").unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].organization, "Alder Bakery");
}

#[test]
fn a_rename_onto_another_firm_or_of_no_firm_is_refused_and_changes_nothing() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    saved(&store, "b1", "Birch Logistics");
    let taken = store
        .rename_organization("Alder Bakery", " birch logistics")
        .unwrap_err();
    assert!(matches!(refusal(&taken), OrganizationError::NameTaken(_)));
    assert!(format!("{taken}").contains("merge"), "{taken}");
    let missing = store.rename_organization("Cedar", "Elm").unwrap_err();
    assert!(matches!(refusal(&missing), OrganizationError::NotFound(_)));
    let empty = store.rename_organization("Alder Bakery", "  ").unwrap_err();
    assert!(matches!(refusal(&empty), OrganizationError::BadName(_)));
    let long = store
        .rename_organization("Alder Bakery", &"x".repeat(201))
        .unwrap_err();
    assert!(matches!(refusal(&long), OrganizationError::BadName(_)));
    assert_eq!(exit_code(&long), EXIT_INVALID);
    assert_eq!(organization_of(&store, "a1"), "Alder Bakery");
}

#[test]
fn a_merge_gives_the_first_firm_the_second_ones_name_as_it_is_written() {
    let (_dir, store) = store();
    saved(&store, "a1", "alder bakery");
    saved(&store, "a2", "Alder Bakery Ltd");
    store
        .save_map(&map_of("alder bakery", at(3, 1, 9), vec![]))
        .unwrap();
    let merged = store
        .merge_organizations("alder bakery", "ALDER BAKERY LTD")
        .unwrap();
    assert_eq!(merged.to, "Alder Bakery Ltd");
    assert_eq!(merged.assessments, vec!["a1".to_string()]);
    assert_eq!(organization_of(&store, "a1"), "Alder Bakery Ltd");
    assert_eq!(store.map_history("Alder Bakery Ltd").unwrap().len(), 1);
}

#[test]
fn a_merge_of_two_mapped_firms_or_of_a_firm_with_itself_is_refused() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    saved(&store, "b1", "Birch Logistics");
    store
        .save_map(&map_of("Alder Bakery", at(3, 1, 9), vec![]))
        .unwrap();
    store
        .save_map(&map_of("Birch Logistics", at(3, 2, 9), vec![]))
        .unwrap();
    let both = store
        .merge_organizations("Alder Bakery", "Birch Logistics")
        .unwrap_err();
    assert!(matches!(refusal(&both), OrganizationError::BothMapped(..)));
    let itself = store
        .merge_organizations("Alder Bakery", "alder bakery")
        .unwrap_err();
    assert!(matches!(
        refusal(&itself),
        OrganizationError::SameOrganization(..)
    ));
    assert_eq!(organization_of(&store, "a1"), "Alder Bakery");
    assert_eq!(store.map_history("Alder Bakery").unwrap().len(), 1);
}

#[test]
fn a_draft_open_in_another_window_stops_the_rename_before_anything_changes() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    store
        .save(&answered("a2", "Alder Bakery", false, &full()))
        .unwrap();
    // Another window holds the draft (a second lock in this process is refused alike).
    let lock = store.lock_draft("a2").unwrap();
    let other = Store::open(store.root()).unwrap();
    let error = other
        .rename_organization("Alder Bakery", "Elm")
        .unwrap_err();
    assert!(
        format!("{error:#}").contains("another ecoready window"),
        "{error:#}"
    );
    assert_eq!(organization_of(&store, "a1"), "Alder Bakery");
    drop(lock);
}

#[test]
fn opening_the_store_finishes_a_rename_a_killed_run_left_half_done() {
    let (dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    saved(&store, "a2", "Alder Bakery");
    let map = store
        .save_map(&map_of("Alder Bakery", at(3, 1, 9), vec![]))
        .unwrap();
    let name = map.file_name().unwrap().to_str().unwrap();
    // As a run killed after its first file leaves it: the plan, a1 renamed, a2 not.
    let mut a1 = store.load("a1").unwrap();
    a1.organization.name = "Elm Bakery".into();
    store.save(&a1).unwrap();
    let journal = format!(
        r#"{{"schema_version": 1, "to": "Elm Bakery", "assessments": ["a1", "a2"],
        "maps": [{{"from": "alder-bakery/{name}", "to": "elm-bakery/{name}"}}]}}"#
    );
    fs::write(store.journal_path(), journal).unwrap();

    let reopened = Store::open(dir.path().join("data")).unwrap();

    assert_eq!(organization_of(&reopened, "a1"), "Elm Bakery");
    assert_eq!(organization_of(&reopened, "a2"), "Elm Bakery");
    assert_eq!(reopened.map_history("Elm Bakery").unwrap().len(), 1);
    assert!(reopened.map_history("Alder Bakery").unwrap().is_empty());
    assert!(!reopened.journal_path().exists());
}

#[test]
fn a_damaged_plan_stops_the_store_from_opening_and_says_where_it_is() {
    let (dir, store) = store();
    fs::write(store.journal_path(), "{not json").unwrap();
    let error = Store::open(dir.path().join("data")).unwrap_err();
    let message = format!("{error:#}");
    assert!(message.contains("interrupted rename"), "{message}");
    assert!(message.contains(JOURNAL_FILE), "{message}");
}

#[test]
fn a_trashed_assessment_comes_back_and_an_occupied_id_is_refused() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    store.trash("a1").unwrap();
    saved(&store, "a1", "Alder Bakery");
    store.trash("a1").unwrap();
    let listing = store.trashed().unwrap();
    let ids: Vec<&str> = listing
        .trashed
        .iter()
        .map(|t| t.trash_id.as_str())
        .collect();
    assert_eq!(ids, ["a1.2", "a1"]);
    assert!(store.list().assessments.is_empty());

    assert_eq!(store.restore("a1").unwrap(), "a1");
    assert_eq!(organization_of(&store, "a1"), "Alder Bakery");
    // The second copy would land on the same id: refused, and it stays in the trash.
    let error = store.restore("a1.2").unwrap_err();
    assert_eq!(exit_code(&error), EXIT_INVALID);
    assert!(format!("{error}").contains("stays in the trash"), "{error}");
    assert!(store.trash_dir().join("a1.2.yaml").exists());
    let unknown = store.restore("zz").unwrap_err();
    assert_eq!(exit_code(&unknown), EXIT_INVALID);
}

#[test]
fn a_prefix_matching_several_trashed_files_is_ambiguous() {
    let (_dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    saved(&store, "a2", "Alder Bakery");
    store.trash("a1").unwrap();
    store.trash("a2").unwrap();
    let error = store.restore("a").unwrap_err();
    assert!(format!("{error}").contains("matches 2"), "{error}");
    assert_eq!(store.restore("a2").unwrap(), "a2");
}

#[test]
fn finishing_a_rename_leaves_a_file_that_became_unreadable_untouched() {
    let (dir, store) = store();
    saved(&store, "a1", "Alder Bakery");
    let broken = store.assessments_dir().join("a2.yaml");
    fs::write(&broken, "schema_version: 1\nid: [unclosed").unwrap();
    let journal = r#"{"schema_version": 1, "to": "Elm Bakery", "assessments": ["a1", "a2"],
        "maps": []}"#;
    // Where an earlier version of ecoready, killed mid-rename, left its plan.
    let old_journal = store.root().join(OLD_JOURNAL_FILE);
    fs::write(&old_journal, journal).unwrap();

    let reopened = Store::open(dir.path().join("data")).unwrap();

    assert_eq!(organization_of(&reopened, "a1"), "Elm Bakery");
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        "schema_version: 1\nid: [unclosed"
    );
    assert!(!old_journal.exists());
}

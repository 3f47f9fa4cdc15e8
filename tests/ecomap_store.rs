//! Maps in the data directory: one file per version, nothing overwritten, owner-only,
//! never outside the data directory, and organizations with the same slug kept apart.

mod ecomap_support;

use std::fs;

use ecomap_support::{at, bakery, map_of, partner};
use ecoready::ecomap::{EcosystemMap, Layer, SCHEMA_VERSION};
use ecoready::store::{Store, map_version_name};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    (dir, store)
}

fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Whether `name` is `<YYYYMMDD>T<HHMMSS>Z-<16 lowercase hex digits>.yaml` for `stamp`.
fn is_version_name(name: &str, stamp: &str) -> bool {
    let Some(rest) = name.strip_prefix(&format!("{stamp}-")) else {
        return false;
    };
    let Some(hex) = rest.strip_suffix(".yaml") else {
        return false;
    };
    hex.len() == 16
        && hex
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

#[test]
fn a_map_survives_the_round_trip_unchanged() {
    let (_dir, store) = store();
    let map = bakery();
    let path = store.save_map(&map).unwrap();
    assert_eq!(
        path.parent().unwrap(),
        store.maps_dir().join("alder-bakery")
    );
    // 09:00 at +01:00 is 08:00 UTC.
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(is_version_name(name, "20260314T080000Z"), "{name}");
    assert_eq!(store.latest_map("Alder Bakery").unwrap(), Some(map.clone()));
    // The organization is matched ignoring case and surrounding spaces.
    assert_eq!(store.latest_map("  alder BAKERY ").unwrap(), Some(map));
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("schema_version: 3\norganization: Alder Bakery\n"),
        "{text}"
    );
    // A first version is based on nothing: no `based_on` line.
    assert!(!text.contains("based_on"), "{text}");
    assert!(
        text.contains("saved_at: 2026-03-14T09:00:00+01:00"),
        "{text}"
    );
    assert!(text.contains("  layer: immediate\n"), "{text}");
    assert_eq!(store.latest_map("Birch Logistics").unwrap(), None);
}

#[test]
fn every_version_is_a_new_file_and_earlier_ones_are_kept() {
    let (_dir, store) = store();
    let first = map_of(
        "Alder Bakery",
        at(3, 1, 9),
        vec![partner("a", "food", Layer::Immediate, 2, &[])],
    );
    let first_path = store.save_map(&first).unwrap();
    let first_bytes = fs::read(&first_path).unwrap();
    let mut second = first.clone();
    second.saved_at = at(3, 2, 9);
    second.based_on = vec![map_version_name(&first_path)];
    second
        .partners
        .push(partner("b", "research", Layer::Extended, 3, &[]));
    let second_path = store.save_map(&second).unwrap();
    // Saved within the same second as the second version: a third file, not a rewrite.
    let mut third = second.clone();
    third.based_on = vec![map_version_name(&second_path)];
    third.partners.remove(0);
    let third_path = store.save_map(&third).unwrap();
    let names = file_names(&store.map_dir("Alder Bakery"));
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(is_version_name(&names[0], "20260301T080000Z"), "{names:?}");
    assert!(is_version_name(&names[1], "20260302T080000Z"), "{names:?}");
    assert!(is_version_name(&names[2], "20260302T080000Z"), "{names:?}");
    assert_eq!(fs::read(&first_path).unwrap(), first_bytes);
    let text = fs::read_to_string(&third_path).unwrap();
    assert!(
        text.contains(&format!(
            "based_on:\n- {}\n",
            map_version_name(&second_path)
        )),
        "{text}"
    );
    let history = store.map_history("Alder Bakery").unwrap();
    // Oldest first; the two of the same second in the order they were made from each
    // other, whatever their random names say.
    assert_eq!(history, [first, second, third.clone()]);
    assert_eq!(store.latest_map("Alder Bakery").unwrap(), Some(third));
}

#[cfg(unix)]
#[test]
fn map_files_and_directories_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, store) = store();
    let path = store.save_map(&bakery()).unwrap();
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&store.maps_dir()), 0o700);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
}

#[test]
fn names_never_lead_outside_the_maps_directory() {
    let (_dir, store) = store();
    for name in ["../../etc", "/tmp/x", "..", ".", "日本の会社", "a\\b\0c"] {
        let dir = store.map_dir(name);
        assert_eq!(dir.parent().unwrap(), store.maps_dir(), "{name:?}");
        let slug = dir.file_name().unwrap().to_str().unwrap();
        assert!(
            !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name:?} -> {slug:?}"
        );
    }
    assert!(store.map_dir("../../etc").ends_with("maps/etc"));
    assert!(store.map_dir("日本の会社").ends_with("maps/organization"));
}

#[test]
fn organizations_sharing_a_slug_are_kept_apart() {
    let (_dir, store) = store();
    let dashes = map_of(
        "Alder-Bakery",
        at(3, 1, 9),
        vec![partner("a", "food", Layer::Immediate, 2, &[])],
    );
    let spaces = map_of("Alder Bakery!", at(3, 2, 9), vec![]);
    store.save_map(&dashes).unwrap();
    store.save_map(&spaces).unwrap();
    assert_eq!(
        store.map_dir("Alder-Bakery"),
        store.map_dir("Alder Bakery!")
    );
    assert_eq!(store.map_history("Alder-Bakery").unwrap(), [dashes]);
    assert_eq!(store.map_history("alder bakery!").unwrap(), [spaces]);
    assert_eq!(store.latest_map("Alder Bakery").unwrap(), None);
    assert_eq!(
        store.mapped_organizations(),
        ["Alder Bakery!", "Alder-Bakery"]
    );
}

#[test]
fn unreadable_and_newer_files_are_reported_and_left_alone() {
    let (_dir, store) = store();
    store.save_map(&bakery()).unwrap();
    let dir = store.map_dir("Alder Bakery");
    let broken = dir.join("20260101-000000.yaml");
    fs::write(&broken, "schema_version: 1\norganization: [\n").unwrap();
    let newer = dir.join("20260102-000000.yaml");
    let newer_text = format!(
        "schema_version: {}\norganization: Alder Bakery\nsaved_at: 2026-01-02T00:00:00Z\nmood: new\n",
        SCHEMA_VERSION + 1
    );
    fs::write(&newer, &newer_text).unwrap();
    let bad_tie = dir.join("20260103-000000.yaml");
    let mut wrong = bakery();
    wrong.partners[0].tie = 9;
    // Sealed as ecoready seals a file, so the tie is what is wrong with it.
    let sealed = ecoready::integrity::seal(&serde_yaml::to_string(&wrong).unwrap());
    fs::write(&bad_tie, sealed).unwrap();
    let (maps, problems) = store.map_versions("Alder Bakery");
    assert_eq!(maps, [bakery()]);
    let messages: Vec<(String, String)> = problems
        .iter()
        .map(|p| {
            (
                p.path.file_name().unwrap().to_string_lossy().into_owned(),
                p.message.clone(),
            )
        })
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert_eq!(messages[0].0, "20260101-000000.yaml");
    assert!(
        messages[1].1.contains("newer version of ecoready"),
        "{messages:?}"
    );
    assert!(
        messages[2].1.contains("tie 9 is outside 1-5"),
        "{messages:?}"
    );
    assert_eq!(fs::read_to_string(&newer).unwrap(), newer_text);
    assert_eq!(store.latest_map("Alder Bakery").unwrap(), Some(bakery()));
}

#[test]
fn invalid_maps_are_refused_before_writing() {
    let (_dir, store) = store();
    let mut map: EcosystemMap = bakery();
    map.partners[1].id = map.partners[0].id.clone();
    let err = store.save_map(&map).unwrap_err();
    assert!(
        format!("{err:#}").contains("the id is used twice"),
        "{err:#}"
    );
    assert!(
        err.downcast_ref::<ecoready::error::InvalidInput>()
            .is_some(),
        "{err:#}"
    );
    assert!(!store.map_dir("Alder Bakery").exists());
}

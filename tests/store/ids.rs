//! Assessment ids: generation, prefixes, unsafe ids; and the data directory itself.

use super::*;

#[test]
fn ids_are_the_started_moment_in_utc_and_64_random_bits() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    // 23:59:58 at +05:30 is 18:29:58 UTC, the same day.
    let started = at("2025-01-31T23:59:58+05:30");
    let id = store.new_id(&started);
    // "20250131" + "-" + "182958Z" + "-" + 16 hex = 33 characters.
    assert_eq!(id.len(), 33, "{id}");
    assert!(id.starts_with("20250131-182958Z-"), "{id}");
    assert!(
        id[17..].chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')),
        "{id}"
    );
    assert!(ecoready::store::is_safe_id(&id), "{id}");

    // Two machines starting in the same second (two stores of one directory stand in
    // for them here) never make the same id: 2 x 2,000 ids, all different.
    let other = Store::open(dir.path()).unwrap();
    let mut ids: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for _ in 0..2000 {
        ids.insert(store.new_id(&started));
        ids.insert(other.new_id(&started));
    }
    assert_eq!(ids.len(), 4000);
}

#[cfg(unix)]
#[test]
fn files_are_owner_only_and_existing_directories_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();

    let fresh_root = dir.path().join("fresh").join("data");
    let store = Store::open(&fresh_root).unwrap();
    assert_eq!(mode(&fresh_root), 0o700);
    assert_eq!(mode(&fresh_root.join("assessments")), 0o700);
    assert_eq!(mode(&fresh_root.join("questionnaires")), 0o700);

    let loaded = questionnaire();
    let assessment = draft(&store, &loaded, "2025-03-01T09:59:00Z");
    store.save(&assessment).unwrap();
    assert_eq!(mode(&assessment_file(&store, &assessment.id)), 0o600);
    // Saving over a file someone loosened gives an owner-only file again.
    fs::set_permissions(
        assessment_file(&store, &assessment.id),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    store.save(&assessment).unwrap();
    assert_eq!(mode(&assessment_file(&store, &assessment.id)), 0o600);

    store
        .keep_questionnaire(&loaded.questionnaire, &loaded.text)
        .unwrap();
    let copies: Vec<_> = fs::read_dir(fresh_root.join("questionnaires"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1);
    assert_eq!(mode(&copies[0]), 0o600);

    let own_root = dir.path().join("mine");
    fs::create_dir(&own_root).unwrap();
    fs::set_permissions(&own_root, fs::Permissions::from_mode(0o755)).unwrap();
    Store::open(&own_root).unwrap();
    assert_eq!(mode(&own_root), 0o755);
    assert_eq!(mode(&own_root.join("assessments")), 0o700);
}

#[test]
fn a_root_that_is_a_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    fs::write(&file, "x").unwrap();
    let err = Store::open(&file).unwrap_err();
    assert!(format!("{err:#}").contains("not-a-dir"), "{err:#}");
}

/// Saves assessments with the given ids (contents otherwise alike).
fn store_with_ids(ids: &[&str]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loaded = questionnaire();
    for id in ids {
        let mut assessment = draft(&store, &loaded, "2025-03-01T09:59:00Z");
        assessment.id = id.to_string();
        store.save(&assessment).unwrap();
    }
    (dir, store)
}

#[test]
fn resolve_finds_the_one_id_with_a_prefix() {
    let (_dir, store) = store_with_ids(&[
        "20250301-095900-ab12",
        "20250301-095900-cd34",
        "20250302-080000-ab12",
    ]);
    assert_eq!(store.resolve("20250302").unwrap(), "20250302-080000-ab12");
    assert_eq!(
        store.resolve("20250301-095900-c").unwrap(),
        "20250301-095900-cd34"
    );
    assert_eq!(
        store.resolve("20250301-095900-ab12").unwrap(),
        "20250301-095900-ab12"
    );
}

#[test]
fn an_exact_id_wins_over_longer_ones() {
    let (_dir, store) = store_with_ids(&["baseline", "baseline-2"]);
    assert_eq!(store.resolve("baseline").unwrap(), "baseline");
    assert_eq!(store.resolve("baseline-").unwrap(), "baseline-2");
}

#[test]
fn ambiguous_unknown_and_malformed_prefixes_are_invalid_input() {
    let (_dir, store) = store_with_ids(&["20250301-095900-ab12", "20250301-095900-cd34"]);
    let ambiguous = store.resolve("20250301").unwrap_err();
    let message = ambiguous.to_string();
    assert!(
        message.contains("20250301-095900-ab12") && message.contains("20250301-095900-cd34"),
        "{message}"
    );
    assert!(matches!(ambiguous, AssessmentError::Ambiguous { .. }));
    assert_eq!(exit_code(&ambiguous.into()), EXIT_INVALID);

    let unknown = store.resolve("2024").unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "no assessment with id starting with `2024`"
    );
    assert!(matches!(
        unknown,
        AssessmentError::NotFound {
            by_prefix: true,
            ..
        }
    ));
    assert_eq!(exit_code(&unknown.into()), EXIT_INVALID);

    for bad in ["../x", "2025/03", "", "a.b"] {
        assert_eq!(
            exit_code(&store.resolve(bad).unwrap_err().into()),
            EXIT_INVALID,
            "{bad:?}"
        );
    }
    // Resolution is case-sensitive.
    assert_eq!(
        exit_code(&store.resolve("20250301-095900-AB").unwrap_err().into()),
        EXIT_INVALID
    );
}

#[test]
fn ids_that_would_leave_the_data_directory_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let store = Store::open(&root).unwrap();
    let mut assessment = draft(&store, &questionnaire(), "2025-03-01T09:59:00Z");
    for bad in ["../x", "../../escape", "a/b", ".hidden", ""] {
        assessment.id = bad.to_string();
        let err = store.save(&assessment).unwrap_err();
        assert_eq!(exit_code(&err), EXIT_INVALID, "{bad:?}");
        assert_eq!(
            exit_code(&store.load(bad).unwrap_err()),
            EXIT_INVALID,
            "{bad:?}"
        );
    }
    assert!(!root.join("x.yaml").exists());
    assert!(!dir.path().join("escape.yaml").exists());
    assert_eq!(fs::read_dir(root.join("assessments")).unwrap().count(), 0);
}

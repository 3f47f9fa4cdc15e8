//! Symbolic links inside the data directory are refused, never followed: nothing
//! outside it is read, printed or written through one.

use super::*;

#[test]
fn a_planted_link_at_a_draft_lock_is_refused_and_its_target_untouched() {
    let sandbox = Sandbox::new();
    let outside = tempfile::tempdir().unwrap();
    let target = secret_file(outside.path());
    let store = sandbox.store();
    let id = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        first_dont_know,
        false,
    );
    let lock = store.draft_lock_path(&id);
    symlink(&target, &lock).unwrap();

    let refused = store.lock_draft(&id).unwrap_err();
    assert_eq!(
        refused,
        AssessmentError::Refused(StoreError::SymbolicLink { path: lock.clone() })
    );
    let output = run(&sandbox, &["resume", &id]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!(
            "{} is a symbolic link; ecoready does not follow links inside its data directory",
            lock.display()
        )),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), SECRET);
    assert!(fs::symlink_metadata(&lock).unwrap().is_symlink());
}

#[test]
fn linked_assessments_and_questionnaires_directories_are_refused() {
    for name in ["assessments", "questionnaires"] {
        let data = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        symlink(outside.path(), data.path().join(name)).unwrap();
        let refused = Store::open(data.path()).unwrap_err();
        let expected = StoreError::SymbolicLink {
            path: data.path().join(name),
        };
        assert!(
            refused
                .chain()
                .any(|e| e.downcast_ref::<StoreError>() == Some(&expected)),
            "{name}: {refused:#}"
        );
        let sandbox = Sandbox {
            data,
            home: tempfile::tempdir().unwrap(),
        };
        let output = run(&sandbox, &["new", "--org", "Acme"]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(
            stderr(&output).contains(&expected.to_string()),
            "{name}: {}",
            stderr(&output)
        );
        outside_is_untouched(outside.path(), &[]);
    }
}

#[test]
fn a_directory_replaced_by_a_link_after_opening_is_not_written_through() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let outside = tempfile::tempdir().unwrap();
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let at = time("2025-01-10T09:00:00+01:00");
    let setup = ecoready::assessment::Setup::default();
    let draft =
        ecoready::assessment::Assessment::start(store.new_id(&at), setup, q, &loaded.digest, at);
    for name in ["assessments", "questionnaires"] {
        let dir = store.root().join(name);
        fs::rename(&dir, store.root().join(format!("{name}.moved"))).unwrap();
        symlink(outside.path(), &dir).unwrap();
    }
    let saved = store.save(&draft).unwrap_err();
    assert!(
        format!("{saved:#}").contains("is a symbolic link"),
        "{saved:#}"
    );
    let kept = store.keep_questionnaire(q, &loaded.text).unwrap_err();
    assert!(
        format!("{kept:#}").contains("is a symbolic link"),
        "{kept:#}"
    );
    outside_is_untouched(outside.path(), &[]);
}

#[test]
fn linked_reports_maps_and_trash_directories_are_refused() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let outside = tempfile::tempdir().unwrap();
    for name in ["reports", "maps", "trash"] {
        symlink(outside.path(), store.root().join(name)).unwrap();
    }
    let id = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    let refused = |result: color_eyre::eyre::Result<PathBuf>, name: &str| {
        let error = result.unwrap_err();
        let expected = StoreError::SymbolicLink {
            path: store.root().join(name),
        };
        assert!(
            error
                .chain()
                .any(|e| e.downcast_ref::<StoreError>() == Some(&expected)),
            "{name}: {error:#}"
        );
    };
    refused(store.write_report("acme.html", "<p>report</p>"), "reports");
    let map = EcosystemMap::new("Acme", time("2025-02-01T10:00:00+01:00"));
    refused(store.save_map(&map), "maps");
    refused(store.trash(&id), "trash");
    assert!(
        store.load(&id).is_ok(),
        "the assessment stayed where it was"
    );

    let output = run(&sandbox, &["remove", &id, "--yes"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("is a symbolic link"));
    outside_is_untouched(outside.path(), &[]);
}

#[test]
fn a_linked_map_directory_of_an_organization_is_not_read() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let outside = tempfile::tempdir().unwrap();
    fs::create_dir(store.maps_dir()).unwrap();
    symlink(outside.path(), store.map_dir("Acme")).unwrap();
    fs::write(outside.path().join("20250101-000000.yaml"), SECRET).unwrap();
    let (maps, problems) = store.map_versions("Acme");
    assert!(maps.is_empty());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("is a symbolic link"));
    assert!(!problems[0].message.contains("SECRET"));
    assert!(store.mapped_organizations().is_empty());
}

#[test]
fn a_linked_assessment_file_is_named_and_never_printed() {
    let sandbox = Sandbox::new();
    let outside = tempfile::tempdir().unwrap();
    let target = secret_file(outside.path());
    let store = sandbox.store();
    let kept = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    let id = "20250101-000000-abcd";
    let link = store.assessments_dir().join(format!("{id}.yaml"));
    symlink(&target, &link).unwrap();

    for args in [vec!["list"], vec!["list", "--json"], vec!["show", id]] {
        let output = run(&sandbox, &args);
        let everything = format!("{}{}", stdout(&output), stderr(&output));
        assert!(!everything.contains("SECRET"), "{args:?}: {everything}");
        assert!(
            stderr(&output).contains(&format!("{} is a symbolic link", link.display())),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let list = run(&sandbox, &["list"]);
    assert_eq!(list.status.code(), Some(0));
    assert!(stdout(&list).contains(&kept), "listing goes on");
    // As any stored file that cannot be used.
    assert_eq!(
        run(&sandbox, &["show", id]).status.code(),
        Some(EXIT_INVALID)
    );
    let refused = store.load(id).unwrap_err();
    assert_eq!(
        refused.to_string(),
        StoreError::SymbolicLink { path: link }.to_string()
    );
}

#[test]
fn a_file_that_is_not_an_ecoready_file_is_named_without_its_content() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = "20250101-000000-abcd";
    fs::write(
        store.assessments_dir().join(format!("{id}.yaml")),
        SECRET.repeat(3),
    )
    .unwrap();
    for args in [vec!["list"], vec!["show", id]] {
        let output = run(&sandbox, &args);
        let everything = format!("{}{}", stdout(&output), stderr(&output));
        assert!(!everything.contains("SECRET"), "{args:?}: {everything}");
        assert!(
            stderr(&output).contains("this is not an ecoready assessment file"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

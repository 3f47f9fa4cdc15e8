//! What ecoready refuses, and says so: a draft open in another window, a report name
//! already taken, a data directory that is a file, unreadable or of another user.

use super::*;

#[test]
fn remove_refuses_a_draft_open_in_another_window() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        first_dont_know,
        false,
    );
    let held = store.lock_draft(&id).unwrap();
    let output = run(&sandbox, &["remove", &id, "--yes"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!(
            "This draft is open in another ecoready window (pid {}). Close it there first.",
            std::process::id()
        )),
        "{}",
        stderr(&output)
    );
    assert!(store.load(&id).is_ok(), "the draft stayed");
    assert!(!store.trash_dir().join(format!("{id}.yaml")).exists());
    drop(held);
    let output = run(&sandbox, &["remove", &id, "--yes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(store.trash_dir().join(format!("{id}.yaml")).exists());
    assert!(
        !store.draft_lock_path(&id).exists(),
        "removing leaves no lock file"
    );

    // A complete assessment open in a window is only looked at there: it may go.
    let complete = prepare(
        &store,
        "Acme",
        "2025-02-10T09:00:00+01:00",
        favourable,
        true,
    );
    let viewed = store.lock_draft(&complete).unwrap();
    let output = run(&sandbox, &["remove", &complete, "--yes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(store.trash_dir().join(format!("{complete}.yaml")).exists());
    drop(viewed);
}

#[test]
fn two_reports_of_one_firm_on_one_day_are_two_files() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let first = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    let second = prepare(&store, "Acme", "2025-01-10T14:00:00+01:00", middle, true);
    let options = Options::default();
    let mut written = Vec::new();
    for id in [&first, &second] {
        // What the `x` key does.
        let rendered = export::render(
            &store,
            &Subject::Assessment(id.clone()),
            Format::Html,
            &options,
        )
        .unwrap();
        let path = store
            .write_report(&rendered.file_name, &rendered.text)
            .unwrap();
        written.push((path, rendered));
    }
    let [(path_a, a), (path_b, b)] = [written.remove(0), written.remove(0)];
    assert_eq!(a.file_name, b.file_name, "the same name was asked for");
    assert_ne!(path_a, path_b);
    assert_eq!(fs::read_to_string(&path_a).unwrap(), a.text);
    assert_eq!(fs::read_to_string(&path_b).unwrap(), b.text);
    let stem = a.file_name.trim_end_matches(".html");
    assert_eq!(
        path_b.file_name().unwrap().to_string_lossy(),
        format!("{stem}-2.html")
    );
}

#[test]
fn a_data_directory_that_is_a_file_is_said_to_be_one() {
    let sandbox = Sandbox::new();
    let file = sandbox.home.path().join("data");
    fs::write(&file, "not a directory").unwrap();
    for data in [file.clone(), file.join("inside")] {
        let mut command = sandbox.bare_command();
        command.arg("--data-dir").arg(&data).arg("list");
        let output = run_or_fail_if_hung(command);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains(&format!("{} is a file, not a directory", file.display())),
            "{}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("File exists"));
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "not a directory");
}

#[test]
fn an_unreadable_assessments_directory_is_an_error_not_an_empty_list() {
    let sandbox = Sandbox::new();
    // Inside a directory everyone may enter, so `nobody` reaches the data directory.
    let data = sandbox.home.path().join("data");
    let store = Store::open(&data).unwrap();
    prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    fs::set_permissions(sandbox.home.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if running_as_root() {
        give_to_nobody(&data);
    }
    // Listable by nobody but its owner, who has given up reading it.
    fs::set_permissions(store.assessments_dir(), fs::Permissions::from_mode(0o000)).unwrap();

    // The test must see the failure it is about, whoever runs it.
    let probe = run_unprivileged(&sandbox, &data, &["--version"]);
    assert_eq!(probe.status.code(), Some(0), "{}", stderr(&probe));

    let reason = format!(
        "cannot read the directory {}: Permission denied",
        store.assessments_dir().display()
    );
    for args in [vec!["list"], vec!["list", "--json"], vec!["resume"]] {
        let output = run_unprivileged(&sandbox, &data, &args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).contains(&reason), "{}", stderr(&output));
        assert!(!stdout(&output).contains("No assessments yet"));
        assert!(!stdout(&output).contains("[]"), "{}", stdout(&output));
    }
    fs::set_permissions(store.assessments_dir(), fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_directory_of_another_user_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Root owns `/`; when the tests run as root, a directory is given to `nobody`.
    let foreign = if running_as_root() {
        let foreign = dir.path().join("data");
        fs::create_dir(&foreign).unwrap();
        give_to_nobody(&foreign);
        foreign
    } else {
        PathBuf::from("/")
    };
    let refused = Store::open(&foreign).unwrap_err();
    let error = refused
        .chain()
        .find_map(|e| e.downcast_ref::<StoreError>())
        .unwrap_or_else(|| panic!("{refused:#}"));
    assert!(
        matches!(error, StoreError::NotOwned { path, .. } if *path == foreign),
        "{error}"
    );
    assert!(error.to_string().contains("belongs to another user"));
}

//! A FIFO where a file belongs is named and skipped at once: no command waits on it.

use super::*;

#[test]
fn a_fifo_where_an_assessment_is_expected_is_named_and_skipped() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let kept = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    let id = "20250101-000000-abcd";
    let fifo = store.assessments_dir().join(format!("{id}.yaml"));
    mkfifo(&fifo);
    let message = format!(
        "{} is a FIFO (named pipe), not a regular file",
        fifo.display()
    );
    for args in [vec!["list"], vec!["list", "--json"]] {
        let output = run(&sandbox, &args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(stderr(&output).contains(&message), "{}", stderr(&output));
        assert!(stdout(&output).contains(&kept), "listing goes on");
    }
    let show = run(&sandbox, &["show", id]);
    assert_eq!(show.status.code(), Some(EXIT_INVALID));
    assert!(stderr(&show).contains(&message), "{}", stderr(&show));
    assert!(store.list().problems[0].message.contains(&message));
}

#[test]
fn a_fifo_as_the_index_is_named_and_left_alone() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let kept = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        false,
    );
    for name in ["index.json", "index-scores.json"] {
        mkfifo(&store.state_dirs().cache.join(name));
    }
    for args in [vec!["list"], vec!["list", "--json"]] {
        let output = run(&sandbox, &args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).contains(&kept), "{args:?}");
    }
    let show = run(&sandbox, &["show", &kept]);
    assert_eq!(show.status.code(), Some(0), "{}", stderr(&show));
    let output = run(&sandbox, &["list", "--json"]);
    for name in ["index.json", "index-scores.json"] {
        let path = store.state_dirs().cache.join(name);
        assert!(
            stderr(&output).contains(&format!("{} is a FIFO", path.display())),
            "{}",
            stderr(&output)
        );
        assert!(
            fs::symlink_metadata(&path)
                .unwrap()
                .file_type()
                .is_file()
                .eq(&false),
            "the FIFO was not replaced"
        );
    }
}

#[test]
fn the_wizards_home_lists_around_fifos_and_quits() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    prepare(
        &store,
        "Dune Dairy",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    mkfifo(&store.assessments_dir().join("20250101-000000-abcd.yaml"));
    mkfifo(&store.state_dirs().cache.join("index.json"));
    let data = sandbox.data.path().to_str().unwrap();
    let mut session = pty::Session::start(sandbox.home.path(), &["--data-dir", data], 100, 30);
    let screen = session.wait_for("2 file(s) could not be read");
    assert!(screen.contains("Dune Dairy"), "{screen}");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

#[test]
fn a_fifo_among_the_users_questionnaires_is_named_and_skipped() {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("config/ecoready/questionnaires");
    fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("mine.yaml");
    mkfifo(&fifo);
    let output = run(&sandbox, &["questionnaires"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("{} is a FIFO", fifo.display())),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("ecosystem-readiness"));
}

//! The data directory is ecoready's alone: nothing outside it is read or written through
//! a planted symbolic link, a FIFO never makes a command wait, only ecoready's own left-
//! overs are cleaned up, and a directory that cannot be used is an error that says why.
#![cfg(unix)]

#[path = "support/pty.rs"]
#[allow(dead_code)]
mod pty;
#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use ecoready::ecomap::EcosystemMap;
use ecoready::error::EXIT_INVALID;
use ecoready::export::{self, Subject};
use ecoready::report::{Format, Options};
use ecoready::store::{DraftBusy, Store, StoreError};
use support::*;

/// Longest any command here may take before the test calls it hung (a FIFO opened for
/// reading waits forever; the limit only turns that into a failure).
const HANG_LIMIT: Duration = Duration::from_secs(60);

/// Runs `command` and returns its output, failing the test if it has not ended within
/// [`HANG_LIMIT`].
fn run_or_fail_if_hung(mut command: Command) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + HANG_LIMIT;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("{command:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Runs ecoready on the sandbox's data directory, failing if it hangs.
fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    let mut command = sandbox.bare_command();
    command
        .arg("--data-dir")
        .arg(sandbox.data.path())
        .args(args);
    run_or_fail_if_hung(command)
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

/// A file outside the data directory with a line that must never be printed.
const SECRET: &str = "root:x:0:0:SECRET-MARKER:/root:/bin/bash\n";

fn secret_file(dir: &Path) -> PathBuf {
    let path = dir.join("passwd");
    fs::write(&path, SECRET).unwrap();
    path
}

fn outside_is_untouched(outside: &Path, names: &[&str]) {
    let mut found: Vec<String> = fs::read_dir(outside)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(
        found, names,
        "nothing was written outside the data directory"
    );
}

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
    let lock = store.assessments_dir().join(format!(".{id}.lock"));
    symlink(&target, &lock).unwrap();

    let refused = store.lock_draft(&id).unwrap_err();
    assert_eq!(
        refused.downcast_ref::<StoreError>(),
        Some(&StoreError::SymbolicLink { path: lock.clone() })
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
fn a_fifo_as_the_index_or_a_questionnaire_copy_is_named_and_left_alone() {
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
        mkfifo(&store.root().join(name));
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
        let path = store.root().join(name);
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
    mkfifo(&store.root().join("index.json"));
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

#[test]
fn only_ecoreadys_own_stale_temporary_files_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let assessments = store.assessments_dir();
    let ours_stale = assessments.join(".ecoready-tmp-Ab12Cd34");
    let ours_in_root = dir.path().join(".ecoready-tmp-Qq11Rr22");
    let ours_fresh = assessments.join(".ecoready-tmp-Xy34Zw56");
    let foreign = [
        assessments.join(".tmpAb12Cd"),
        dir.path().join(".tmpQq11Rr"),
        assessments.join(".tmp-editor-swap"),
    ];
    for path in [&ours_stale, &ours_in_root, &ours_fresh]
        .into_iter()
        .chain(&foreign)
    {
        fs::write(path, "x").unwrap();
    }
    let two_minutes_ago = SystemTime::now() - Duration::from_secs(120);
    for path in [&ours_stale, &ours_in_root].into_iter().chain(&foreign) {
        set_modified(path, two_minutes_ago);
    }
    Store::open(dir.path()).unwrap();
    assert!(!ours_stale.exists() && !ours_in_root.exists());
    assert!(
        ours_fresh.exists(),
        "a recent one may be a save in progress"
    );
    for path in &foreign {
        assert!(path.exists(), "{} is not ecoready's", path.display());
    }
}

fn set_modified(path: &Path, at: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(at)
        .unwrap();
}

/// The pid of a process that has ended.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn lock_files_of_ended_editors_are_removed_and_live_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let lock_path = |id: &str| store.assessments_dir().join(format!(".{id}.lock"));
    let dead = lock_path("20250101-000000-dead");
    fs::write(&dead, format!("{}\n", dead_pid())).unwrap();
    let old_empty = lock_path("20250101-000000-0ld0");
    fs::write(&old_empty, "").unwrap();
    set_modified(&old_empty, SystemTime::now() - Duration::from_secs(120));
    // Unlocked, but naming a process that is running: it may be on another machine.
    let alive_pid = lock_path("20250101-000000-a1ve");
    fs::write(&alive_pid, format!("{}\n", std::process::id())).unwrap();
    let fresh_empty = lock_path("20250101-000000-fre5");
    fs::write(&fresh_empty, "").unwrap();
    let held = store.lock_draft("20250101-000000-he1d").unwrap();
    let not_a_lock = [
        store.assessments_dir().join(".notes.lock.bak"),
        store.assessments_dir().join(".notes.lock"),
        store.assessments_dir().join(".a b.lock"),
        store.root().join(".20250101-000000-dead.lock"),
    ];
    for path in &not_a_lock {
        fs::write(path, format!("{}\n", dead_pid())).unwrap();
    }
    // Named as a lock, but holding what ecoready never writes into one.
    let not_ours = store.assessments_dir().join(".notes.lock");
    fs::write(&not_ours, "my notes\n").unwrap();
    set_modified(&not_ours, SystemTime::now() - Duration::from_secs(120));

    Store::open(dir.path()).unwrap();
    assert!(!dead.exists(), "its process has ended");
    assert!(!old_empty.exists(), "left between creating and writing it");
    assert!(alive_pid.exists() && fresh_empty.exists());
    assert!(lock_path("20250101-000000-he1d").exists(), "held");
    for path in &not_a_lock {
        assert!(path.exists(), "{} is not a draft lock", path.display());
    }
    let busy = store.lock_draft("20250101-000000-he1d").unwrap_err();
    assert!(busy.downcast_ref::<DraftBusy>().is_some());
    drop(held);
    // The cleaned-up draft can be locked again.
    drop(store.lock_draft("20250101-000000-dead").unwrap());
}

#[test]
fn a_kill_loop_leaves_no_lock_files_behind() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        first_dont_know,
        false,
    );
    // What a killed editor leaves: its lock file with its pid, the lock itself gone.
    for n in 0..20 {
        let path = store
            .assessments_dir()
            .join(format!(".20250101-0000{n:02}-abcd.lock"));
        fs::write(path, format!("{}\n", dead_pid())).unwrap();
    }
    let output = run(&sandbox, &["list"]);
    assert_eq!(output.status.code(), Some(0));
    let left: Vec<_> = fs::read_dir(store.assessments_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, [format!("{id}.yaml")]);
}

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
        !store.assessments_dir().join(format!(".{id}.lock")).exists(),
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

/// The uid and gid of the `nobody` account tests run unprivileged commands as.
const NOBODY: u32 = 65534;

fn running_as_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// Gives `path` and everything under it to `nobody`.
fn give_to_nobody(path: &Path) {
    let status = Command::new("chown")
        .arg("-R")
        .arg(format!("{NOBODY}:{NOBODY}"))
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs ecoready on `data` without the privilege to read what mode 000 forbids: as
/// itself when not root, else as `nobody` (root reads everything, so running as root
/// would not exercise the failure at all).
fn run_unprivileged(sandbox: &Sandbox, data: &Path, args: &[&str]) -> Output {
    let binary = env!("CARGO_BIN_EXE_ecoready");
    let mut command = if running_as_root() {
        let mut command = Command::new("setpriv");
        command
            .args([
                "--reuid",
                &NOBODY.to_string(),
                "--regid",
                &NOBODY.to_string(),
            ])
            .args(["--clear-groups", "--"])
            .arg(binary);
        command
    } else {
        Command::new(binary)
    };
    command
        .env_remove("ECOREADY_DATA_DIR")
        .env("HOME", sandbox.home.path())
        .env("XDG_CONFIG_HOME", sandbox.home.path().join("config"))
        .env("XDG_DATA_HOME", sandbox.home.path().join("data"))
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .arg("--data-dir")
        .arg(data)
        .args(args);
    run_or_fail_if_hung(command)
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

//! Clean-up removes only what ecoready itself left: its stale temporary files and the
//! lock files of editors that have ended.

use super::*;

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

#[test]
fn lock_files_of_ended_editors_are_removed_and_live_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let lock_path = |id: &str| store.draft_lock_path(id);
    let locks = store.state_dirs().locks.clone();
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
    // A process of another machine: this one cannot tell whether it still runs.
    let elsewhere = lock_path("20250101-000000-e15e");
    fs::write(
        &elsewhere,
        format!("{}\nanother-machine.example\n", dead_pid()),
    )
    .unwrap();
    // Written by this version: pid and this machine's name.
    let this_machine = {
        let probe = store.lock_draft("20250101-000000-9999").unwrap();
        let text = fs::read_to_string(lock_path("20250101-000000-9999")).unwrap();
        drop(probe);
        text.lines().nth(1).unwrap().to_string()
    };
    let dead_here = lock_path("20250101-000000-dea2");
    fs::write(&dead_here, format!("{}\n{this_machine}\n", dead_pid())).unwrap();
    let held = store.lock_draft("20250101-000000-he1d").unwrap();
    let not_a_lock = [
        locks.join("notes.lock.bak"),
        locks.join(".notes.lock"),
        locks.join("a b.lock"),
        store.root().join("20250101-000000-dead.lock"),
    ];
    for path in &not_a_lock {
        fs::write(path, format!("{}\n", dead_pid())).unwrap();
    }
    // Named as a lock, but holding what ecoready never writes into one.
    let not_ours = locks.join("notes.lock");
    fs::write(&not_ours, "my notes\n").unwrap();
    set_modified(&not_ours, SystemTime::now() - Duration::from_secs(120));

    Store::open(dir.path()).unwrap();
    assert!(!dead.exists(), "its process has ended");
    assert!(!dead_here.exists(), "its process on this machine has ended");
    assert!(
        elsewhere.exists(),
        "another machine's lock is not judged here"
    );
    assert!(!old_empty.exists(), "left between creating and writing it");
    assert!(alive_pid.exists() && fresh_empty.exists());
    assert!(lock_path("20250101-000000-he1d").exists(), "held");
    for path in &not_a_lock {
        assert!(path.exists(), "{} is not a draft lock", path.display());
    }
    assert!(not_ours.exists(), "it holds what ecoready never writes");
    let busy = store.lock_draft("20250101-000000-he1d").unwrap_err();
    assert!(matches!(busy, AssessmentError::DraftBusy { .. }), "{busy}");
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
    // What a killed editor leaves: its lock file with its pid, the lock itself gone; and
    // where earlier versions kept them, in the data directory.
    for n in 0..20 {
        let path = store.draft_lock_path(&format!("20250101-0000{n:02}-abcd"));
        fs::write(path, format!("{}\n", dead_pid())).unwrap();
        let old = store
            .assessments_dir()
            .join(format!(".20250101-0000{n:02}-abcd.lock"));
        fs::write(old, format!("{}\n", dead_pid())).unwrap();
    }
    let output = run(&sandbox, &["list"]);
    assert_eq!(output.status.code(), Some(0));
    let names = |dir: &std::path::Path| -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(names(&store.assessments_dir()), [format!("{id}.yaml")]);
    assert_eq!(names(&store.state_dirs().locks), Vec::<String>::new());
}

#[test]
fn lock_files_earlier_versions_left_in_the_data_directory_go_unless_held_here() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let old = |id: &str| store.assessments_dir().join(format!(".{id}.lock"));
    // Came through a shared folder from another machine, where it never protected
    // anything; and one of this machine whose editor has ended.
    let elsewhere = old("20250101-000000-e15e");
    fs::write(
        &elsewhere,
        format!("{}\nanother-machine.example\n", dead_pid()),
    )
    .unwrap();
    let ended = old("20250101-000000-dead");
    fs::write(&ended, format!("{}\n", dead_pid())).unwrap();
    // Held by a process here (an earlier ecoready still editing): kept until it ends.
    let held = old("20250101-000000-he1d");
    fs::write(&held, format!("{}\n", std::process::id())).unwrap();
    let holder = fs::File::open(&held).unwrap();
    holder.try_lock().unwrap();
    // Named as a lock but holding what ecoready never writes.
    let notes = old("notes");
    fs::write(&notes, "my notes\n").unwrap();

    Store::open(dir.path()).unwrap();
    assert!(!elsewhere.exists() && !ended.exists());
    assert!(held.exists(), "a process of this machine holds it");
    assert!(notes.exists(), "not ecoready's");
    drop(holder);
}

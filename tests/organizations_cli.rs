//! `org rename`, `org merge`, `trash` and `restore` run as the real binary, and a rename
//! killed (SIGKILL) at random moments: afterwards every file holds the old name or every
//! file the new one, never a mix.

#[path = "support/shared.rs"]
mod shared;
#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use shared::{Rng, organization_names};
use support::{Sandbox, favourable, first_dont_know, prepare, stderr, stdout, three_assessments};

#[test]
fn org_rename_renames_every_assessment_and_says_so_in_json() {
    let sandbox = Sandbox::new();
    let [a, b, _] = three_assessments(&sandbox);
    let document = sandbox.json(&["org", "rename", "acme", "Acme Foods", "--json"]);
    assert_eq!(document["schema_version"], 1);
    assert_eq!(document["action"], "rename");
    assert_eq!(document["from"], "acme");
    assert_eq!(document["to"], "Acme Foods");
    assert_eq!(document["map_versions"], 0);
    let mut ids: Vec<String> = document["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    ids.sort();
    let mut expected = vec![a, b];
    expected.sort();
    assert_eq!(ids, expected);
    assert_eq!(
        organization_names(&sandbox.store()),
        ["Acme Foods", "Acme Foods", "Beta"]
    );
    let text = sandbox.run(&["org", "rename", "Acme Foods", "Acme"]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    assert_eq!(
        stdout(&text),
        "Renamed \"Acme Foods\" to \"Acme\": 2 assessments and 0 map versions now carry the name.\n"
    );
}

#[test]
fn org_rename_onto_another_organization_points_to_merge_and_exits_2() {
    let sandbox = Sandbox::new();
    three_assessments(&sandbox);
    let output = sandbox.run(&["org", "rename", "Acme", "beta"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("org merge"), "{}", stderr(&output));
    let output = sandbox.run(&["org", "rename", "Nobody", "Acme"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Nobody"), "{}", stderr(&output));
}

#[test]
fn org_merge_needs_yes_without_a_terminal_and_keeps_the_targets_spelling() {
    let sandbox = Sandbox::new();
    three_assessments(&sandbox);
    let refused = sandbox
        .bare_command()
        .arg("--data-dir")
        .arg(sandbox.data.path())
        .args(["org", "merge", "Beta", "acme"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    assert_eq!(
        organization_names(&sandbox.store()),
        ["Acme", "Acme", "Beta"]
    );

    let document = sandbox.json(&["org", "merge", "Beta", "acme", "--yes", "--json"]);
    assert_eq!(document["action"], "merge");
    assert_eq!(document["to"], "Acme");
    assert_eq!(document["assessments"].as_array().unwrap().len(), 1);
    assert_eq!(
        organization_names(&sandbox.store()),
        ["Acme", "Acme", "Acme"]
    );
}

#[test]
fn trash_lists_removed_assessments_and_restore_brings_one_back() {
    let sandbox = Sandbox::new();
    let [a, _, draft] = three_assessments(&sandbox);
    assert_eq!(stdout(&sandbox.run(&["trash"])), "The trash is empty.\n");
    for id in [&a, &draft] {
        let output = sandbox.run(&["remove", id, "--yes"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let document = sandbox.json(&["trash", "--json"]);
    let trashed = document["trashed"].as_array().unwrap();
    assert_eq!(trashed.len(), 2);
    // Most recently started first: the Beta draft (May), then Acme (January).
    assert_eq!(trashed[0]["trash_id"], draft.as_str());
    assert_eq!(trashed[0]["organization"], "Beta");
    assert_eq!(trashed[0]["status"], "draft");
    assert_eq!(trashed[1]["id"], a.as_str());
    assert_eq!(trashed[1]["started_at"], "2025-01-10T09:00:00+01:00");
    let table = stdout(&sandbox.run(&["trash"]));
    assert!(table.starts_with("TRASH ID"), "{table}");
    assert!(table.contains("ecoready restore"), "{table}");

    let restored = sandbox.json(&["restore", &a[..a.len() - 1], "--json"]);
    assert_eq!(restored["id"], a.as_str());
    assert!(sandbox.store().load(&a).is_ok());
    assert_eq!(
        sandbox.json(&["trash", "--json"])["trashed"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let again = sandbox.run(&["restore", &a]);
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn restoring_onto_an_existing_id_is_refused_and_leaves_both_files() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    store.trash(&id).unwrap();
    let copy = store.trashed().unwrap().trashed.remove(0).assessment;
    store.save(&copy).unwrap();
    let output = sandbox.run(&["restore", &id]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("in the data directory already"),
        "{}",
        stderr(&output)
    );
    assert!(store.trash_dir().join(format!("{id}.yaml")).exists());
}

#[test]
fn a_rename_killed_at_any_moment_leaves_the_old_names_or_the_new_ones() {
    const FILES: usize = 8;
    const PAUSE_MS: u64 = 20;
    let mut rng = Rng(0x0a1d_e4ba_u64 | 1);
    let mut cut_short = 0;
    let mut mixed = 0;
    for round in 0..8 {
        let sandbox = Sandbox::new();
        let store = sandbox.store();
        for day in 0..FILES {
            prepare(
                &store,
                "Alder Bakery",
                &format!("2025-01-{:02}T09:00:00+01:00", day + 1),
                if day % 2 == 0 {
                    favourable
                } else {
                    first_dont_know
                },
                day % 2 == 0,
            );
        }
        let mut child = sandbox
            .bare_command()
            .env(ecoready::cli::TEST_STEP_PAUSE_VAR, PAUSE_MS.to_string())
            .arg("--data-dir")
            .arg(sandbox.data.path())
            .args(["org", "rename", "Alder Bakery", "Elm Bakery"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Odd rounds: a moment after the start, most often before the plan is written.
        // Even rounds: once the plan is there, anywhere up to after the last file (timed
        // from the plan, so a slow start on a busy machine does not skip the rename).
        let journal = store.journal_path();
        if round % 2 == 0 {
            let started = Instant::now();
            while !journal.exists() && started.elapsed() < Duration::from_secs(20) {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        let wait = rng.below(FILES as u64 * PAUSE_MS + 20);
        std::thread::sleep(Duration::from_millis(wait));
        child.kill().unwrap();
        child.wait().unwrap();

        let journal_left = journal.exists();
        cut_short += usize::from(journal_left);
        // What the files said before the next start finished the plan.
        let renamed = std::fs::read_dir(store.assessments_dir())
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .filter(|text| text.contains("name: Elm Bakery"))
            .count();
        mixed += usize::from(renamed > 0 && renamed < FILES);
        let names = organization_names(&sandbox.store());
        assert_eq!(names.len(), FILES, "round {round}: {names:?}");
        let first = names[0].clone();
        assert!(
            names.iter().all(|n| *n == first),
            "round {round} (killed after {wait} ms, journal left: {journal_left}): {names:?}"
        );
        assert!(!journal.exists());
    }
    // The test means something only if some kills fell inside a rename.
    assert!(cut_short > 0, "no kill interrupted a rename");
    assert!(
        mixed > 0,
        "no kill left a mix on disk for the next start to finish"
    );
}

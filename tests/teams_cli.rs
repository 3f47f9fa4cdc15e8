//! A data directory a team shares (issue 18): it holds only what may be shared, every
//! per-machine file lives in the state folder of the machine (keyed by the data
//! directory's path); `init --shared` writes the ignore and attributes files once; the
//! configured advisor starts new assessments, filters `list`, and is preferred by
//! `resume`.

use std::fs;
use std::path::{Path, PathBuf};

use ecoready::store::DATA_DIR_NOTE;
use serde_json::Value;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;

use cli_support::{
    Sandbox, answer_lines, default_questionnaire, favourable, middle, prepare, stderr, stdout, time,
};

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, found: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, found);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                found.push(relative.to_string_lossy().into_owned());
            }
        }
    }
    let mut found = Vec::new();
    walk(dir, dir, &mut found);
    found.sort();
    found
}

/// A draft of Alder Bakery by Ana Rossi, then one of Birch Logistics by Ben Ode saved
/// later (the latest draft, but not Ana's).
fn ana_then_ben(sandbox: &Sandbox) {
    let ana = "2026-03-01T09:00:00+01:00";
    draft_by(sandbox, "Alder Bakery", Some("Ana Rossi"), ana);
    let ben = "2026-03-05T09:00:00+01:00";
    draft_by(sandbox, "Birch Logistics", Some("Ben Ode"), ben);
}

/// Writes the user's settings file with `advisor`.
fn configure_advisor(sandbox: &Sandbox, advisor: &str) {
    let dir = sandbox.home.path().join("config").join("ecoready");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("config.yaml"), format!("advisor: {advisor}\n")).unwrap();
}

/// A draft of `org` by `advisor`, saved at `saved` (RFC 3339).
fn draft_by(sandbox: &Sandbox, org: &str, advisor: Option<&str>, saved: &str) -> String {
    let store = sandbox.store();
    let id = prepare(&store, org, saved, favourable, false);
    let mut draft = store.load(&id).unwrap();
    draft.advisor = advisor.map(str::to_string);
    draft.updated_at = time(saved);
    store.save(&draft).unwrap();
    id
}

#[test]
fn after_a_wizard_list_compare_and_a_lock_the_data_directory_holds_only_shared_files() {
    let sandbox = Sandbox::new();
    configure_advisor(&sandbox, "Ana Rossi");
    let q = default_questionnaire().questionnaire;
    for round in ["baseline", "check-in"] {
        let output = sandbox.run_with_input(
            &["new", "--plain", "--org", "Alder Bakery", "--round", round],
            &answer_lines(&q, middle),
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let listed = sandbox.json(&["list", "--json"]);
    let ids: Vec<&str> = listed["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    for a in listed["assessments"].as_array().unwrap() {
        assert_eq!(a["advisor"], "Ana Rossi", "the configured advisor");
    }
    let compare = sandbox.run(&["compare", ids[1], ids[0]]);
    assert_eq!(compare.status.code(), Some(0), "{}", stderr(&compare));
    let store = sandbox.store();
    let draft = draft_by(
        &sandbox,
        "Birch Logistics",
        None,
        "2026-03-01T09:00:00+01:00",
    );
    let lock = store.lock_draft(&draft).unwrap();
    let renamed = sandbox.run(&["org", "rename", "Alder Bakery", "Alder & Sons"]);
    assert_eq!(renamed.status.code(), Some(0), "{}", stderr(&renamed));
    assert_eq!(sandbox.run(&["list"]).status.code(), Some(0));

    let shared = files_under(sandbox.data.path());
    for file in &shared {
        let allowed = ["assessments/", "questionnaires/"]
            .iter()
            .any(|dir| file.starts_with(dir) && file.ends_with(".yaml"));
        assert!(allowed, "{file} in the data directory: {shared:?}");
    }
    assert_eq!(shared.len(), 4, "three assessments, one questionnaire copy");
    // What the machine keeps is in its own state folder.
    let state = store.state_dirs();
    assert!(state.cache.starts_with(sandbox.state_dir()), "{state:?}");
    assert!(state.cache.join("index.json").is_file());
    assert!(store.draft_lock_path(&draft).is_file());
    drop(lock);
}

#[test]
fn two_data_directories_get_two_state_folders_each_naming_its_directory() {
    let sandbox = Sandbox::new();
    let other = sandbox.home.path().join("other data");
    let paths = |data: &Path| -> Value {
        let output = sandbox
            .bare_command()
            .arg("--data-dir")
            .arg(data)
            .args(["paths", "--json"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let first = paths(sandbox.data.path());
    let second = paths(&other);
    let state_of = |document: &Value| PathBuf::from(document["state_dir"].as_str().unwrap());
    assert_ne!(state_of(&first), state_of(&second));
    for (document, data) in [(&first, sandbox.data.path()), (&second, other.as_path())] {
        let state = state_of(document);
        assert!(state.starts_with(sandbox.state_dir()), "{state:?}");
        assert!(!state.starts_with(data), "not inside the data directory");
        let note = fs::read_to_string(state.join(DATA_DIR_NOTE)).unwrap();
        assert_eq!(
            note.trim_end(),
            fs::canonicalize(data).unwrap().to_str().unwrap()
        );
        assert_eq!(document["data_dir"], data.to_str().unwrap());
        assert!(
            document["locks_dir"]
                .as_str()
                .unwrap()
                .starts_with(state.to_str().unwrap())
        );
    }
    // The same directory reached through a link has the same state (and locks).
    let link = sandbox.home.path().join("link");
    std::os::unix::fs::symlink(sandbox.data.path(), &link).unwrap();
    assert_eq!(state_of(&paths(&link)), state_of(&first));
    let text = sandbox.run(&["paths"]);
    let text = stdout(&text);
    assert!(text.contains("Data directory (may be shared)"), "{text}");
    assert!(text.contains(state_of(&first).to_str().unwrap()), "{text}");
}

#[test]
fn init_shared_writes_its_files_once_and_completes_a_users_own() {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("team").join("clients");
    let dir_arg = dir.to_str().unwrap();
    let init = || sandbox.json(&["init", "--shared", dir_arg, "--json"]);
    let first = init();
    let changes = |document: &Value| -> Vec<String> {
        document["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["change"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(changes(&first), ["created", "created", "created"]);
    assert!(dir.join("assessments").is_dir() && dir.join("questionnaires").is_dir());
    let attributes = fs::read_to_string(dir.join(".gitattributes")).unwrap();
    assert!(
        attributes.lines().any(|l| l == "*.yaml -text"),
        "{attributes}"
    );
    let ignore = fs::read_to_string(dir.join(".gitignore")).unwrap();
    for line in [".ecoready-tmp-*", "*.lock", "/index.json"] {
        assert!(ignore.lines().any(|l| l == line), "{line} in {ignore}");
    }
    assert!(
        fs::read_to_string(dir.join(".stignore"))
            .unwrap()
            .starts_with("//")
    );
    assert_eq!(first["paths"]["data_dir"], dir_arg);

    // Idempotent: nothing changes the second time.
    let snapshot = files_under(&dir)
        .iter()
        .map(|f| (f.clone(), fs::read(dir.join(f)).unwrap()))
        .collect::<Vec<_>>();
    assert_eq!(changes(&init()), ["unchanged", "unchanged", "unchanged"]);
    for (file, bytes) in &snapshot {
        assert_eq!(&fs::read(dir.join(file)).unwrap(), bytes, "{file}");
    }

    // A user's edit is kept; only what it lacks is added, and said.
    fs::write(dir.join(".gitignore"), "reports/\n*.lock\n").unwrap();
    let third = init();
    assert_eq!(changes(&third), ["lines_added", "unchanged", "unchanged"]);
    let added = third["files"][0]["added"].as_array().unwrap();
    assert!(added.iter().all(|l| l != "*.lock"), "{added:?}");
    assert!(added.iter().any(|l| l == "/index.json"), "{added:?}");
    let merged = fs::read_to_string(dir.join(".gitignore")).unwrap();
    assert!(merged.starts_with("reports/\n*.lock\n"), "{merged}");
    let text = sandbox.run(&["init", "--shared", dir_arg]);
    assert!(
        stdout(&text).contains("already had every line"),
        "{}",
        stdout(&text)
    );

    // The files are no assessments: listings say nothing of them.
    let list = sandbox
        .bare_command()
        .args(["--data-dir", dir_arg, "list"])
        .output()
        .unwrap();
    assert_eq!(list.status.code(), Some(0));
    assert_eq!(stderr(&list), "", "no file was skipped");
}

#[test]
fn list_filters_by_advisor_ignoring_case_in_text_and_json() {
    let sandbox = Sandbox::new();
    ana_then_ben(&sandbox);
    draft_by(&sandbox, "Cedar Crafts", None, "2026-03-06T09:00:00+01:00");
    let listed = sandbox.json(&["list", "--advisor", " ana ROSSI", "--json"]);
    let organizations: Vec<&str> = listed["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["organization"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(organizations, ["Alder Bakery"]);
    let text = stdout(&sandbox.run(&["list", "--advisor", "Ben Ode"]));
    assert!(text.contains("Birch Logistics"), "{text}");
    assert!(!text.contains("Alder Bakery") && !text.contains("Cedar Crafts"));
    let none = stdout(&sandbox.run(&["list", "--advisor", "Nobody"]));
    assert!(
        none.contains("No assessments by advisor \"Nobody\" yet."),
        "{none}"
    );
}

#[test]
fn resume_without_an_id_prefers_ones_own_draft_and_says_whose_another_is() {
    let sandbox = Sandbox::new();
    ana_then_ben(&sandbox);
    let resumed = |sandbox: &Sandbox| {
        // Closed input: the plain wizard shows the draft's next question, saves, leaves.
        let output = sandbox.run_with_input(&["resume", "--plain"], "");
        (stdout(&output), stderr(&output))
    };

    configure_advisor(&sandbox, "ana rossi");
    let (out, err) = resumed(&sandbox);
    assert!(out.contains("Alder Bakery"), "{out}");
    assert!(!out.contains("Birch Logistics"), "{out}");
    assert!(
        !err.contains("resuming"),
        "one's own draft needs no note: {err}"
    );

    // Without a draft of one's own, the latest is resumed, saying whose it is.
    configure_advisor(&sandbox, "Cleo Park");
    let (out, err) = resumed(&sandbox);
    assert!(out.contains("Birch Logistics"), "{out}");
    assert!(
        err.contains("You (Cleo Park) have no draft; resuming Ben Ode's draft of Birch Logistics."),
        "{err}"
    );
}

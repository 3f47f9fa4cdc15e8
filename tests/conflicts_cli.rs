//! Versions of one assessment from two machines: a sync folder's conflict copies and a
//! real `git merge` that stops with conflict markers are listed as conflicts (never as
//! "not a valid assessment id" or a YAML error), and `ecoready conflicts --merge` merges
//! them answer by answer, leaving one file and the versions in the trash. `reid` gives an
//! assessment a new id and the plan reviews naming it follow.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::fs;
use std::path::Path;
use std::process::Command;

use chrono::Duration;
use ecoready::assessment::plan::PlanReview;
use ecoready::assessment::{Assessment, Response};
use ecoready::store::Store;
use support::*;

/// The draft as it is on two machines: each answered a different item after they last
/// synced, and both answered `sv_joint_aims` (there later, at +2 minutes).
fn two_machines(store: &Store) -> (Assessment, Assessment) {
    let id = prepare(
        store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        |_, _| None,
        false,
    );
    let base = store.load(&id).unwrap();
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let start = base.started_at;
    let mut here = base.clone();
    here.respond(
        q,
        "sv_joint_aims",
        Response::Value(2),
        start + Duration::minutes(1),
    );
    here.respond(
        q,
        "sv_time_set_aside",
        Response::Value(4),
        start + Duration::minutes(1),
    );
    here.set_note(
        q,
        "sv_joint_aims",
        "from here".into(),
        start + Duration::minutes(1),
    );
    let mut there = base;
    there.respond(
        q,
        "sv_joint_aims",
        Response::Value(5),
        start + Duration::minutes(2),
    );
    there.respond(
        q,
        "sv_benefit_split",
        Response::DontKnow,
        start + Duration::minutes(2),
    );
    there.set_note(
        q,
        "sv_joint_aims",
        "from there".into(),
        start + Duration::minutes(2),
    );
    (here, there)
}

/// The merged answers both machines' versions must give, worked out by hand.
fn assert_merged(store: &Store, id: &str) {
    let merged = store.load(id).unwrap();
    assert_eq!(merged.response("sv_joint_aims"), Some(Response::Value(5)));
    assert_eq!(
        merged.response("sv_time_set_aside"),
        Some(Response::Value(4))
    );
    assert_eq!(
        merged.response("sv_benefit_split"),
        Some(Response::DontKnow)
    );
    assert_eq!(merged.note("sv_joint_aims"), "from here\n\nfrom there");
}

#[test]
fn sync_conflict_copies_are_listed_as_conflicts_and_merged_per_answer() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let (here, there) = two_machines(&store);
    let id = here.id.clone();
    store.save(&here).unwrap();
    // Syncthing keeps the other machine's version beside the file under another name.
    let own = store.assessments_dir().join(format!("{id}.yaml"));
    store.save(&there).unwrap();
    let copy = store
        .assessments_dir()
        .join(format!("{id}.sync-conflict-20250110-091500-ABCDEFG.yaml"));
    fs::rename(&own, &copy).unwrap();
    store.save(&here).unwrap();
    // And a Dropbox copy of the same version, byte for byte.
    let dropbox = store
        .assessments_dir()
        .join(format!("{id} (Dana's conflicted copy 2025-01-10).yaml"));
    fs::copy(&copy, &dropbox).unwrap();

    let listed = sandbox.run(&["list"]);
    let warnings = stderr(&listed);
    assert!(
        !warnings.contains("not a valid assessment id"),
        "{warnings}"
    );
    assert!(
        warnings.contains("a Syncthing conflict copy of assessment"),
        "{warnings}"
    );
    assert!(
        warnings.contains("2 conflict(s): `ecoready conflicts`"),
        "{warnings}"
    );
    assert_eq!(ecoready::store::conflict_count(&store.list().problems), 2);

    let document = sandbox.json(&["conflicts", "--json"]);
    let versions = document["conflicts"][0]["versions"].as_array().unwrap();
    assert_eq!(document["conflicts"][0]["id"], id.as_str());
    assert_eq!(versions.len(), 3);
    let kinds: Vec<&serde_json::Value> = versions.iter().map(|v| &v["kind"]).collect();
    assert_eq!(
        kinds,
        [
            &serde_json::Value::Null,
            &"conflicted_copy".into(),
            &"syncthing".into()
        ]
    );
    assert_eq!(versions[0]["responses"], 2);

    // Any unique start of the id will do, as for every command.
    let merge = sandbox.json(&["conflicts", "--merge", &id[..20], "--json"]);
    assert_eq!(merge["responses"], 3);
    assert_eq!(merge["differences"][0]["item"], "sv_joint_aims");
    assert_eq!(merge["trashed"].as_array().unwrap().len(), 3);
    assert_merged(&store, &id);
    // One file left; the three versions are in the trash.
    let left: Vec<_> = fs::read_dir(store.assessments_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    assert_eq!(left, [format!("{id}.yaml")]);
    assert_eq!(fs::read_dir(store.trash_dir()).unwrap().count(), 3);
    let none = sandbox.run(&["conflicts"]);
    assert!(
        stdout(&none).starts_with("No conflicts"),
        "{}",
        stdout(&none)
    );
    assert!(store.list().problems.is_empty());
}

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .current_dir(repo)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "merge.conflictstyle=diff3",
        ])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .unwrap()
}

/// The base version of the draft committed in a git repository in the data directory,
/// `there` saved on a branch and `here` on main, and the branch merged: the merge stops
/// with conflict markers in the assessment's file, whose text is returned.
fn merged_with_git(repo: &Path, store: &Store, here: &Assessment, there: &Assessment) -> String {
    let file = format!("assessments/{}.yaml", here.id);
    assert!(git(repo, &["init", "-q", "-b", "main"]).status.success());
    git(repo, &["add", &file]);
    assert!(git(repo, &["commit", "-qm", "base"]).status.success());
    git(repo, &["checkout", "-qb", "there"]);
    store.save(there).unwrap();
    git(repo, &["commit", "-qam", "there"]);
    git(repo, &["checkout", "-q", "main"]);
    store.save(here).unwrap();
    git(repo, &["commit", "-qam", "here"]);
    let merge = git(repo, &["merge", "-q", "there"]);
    assert!(!merge.status.success(), "git merged without a conflict");
    fs::read_to_string(repo.join(&file)).unwrap()
}

#[test]
fn both_sides_of_a_real_git_merge_conflict_are_merged_per_answer() {
    let sandbox = Sandbox::new();
    let repo = sandbox.data.path();
    let store = sandbox.store();
    let (here, there) = two_machines(&store);
    let id = here.id.clone();
    let marked = merged_with_git(repo, &store, &here, &there);
    assert!(
        marked.contains("<<<<<<<") && marked.contains("|||||||"),
        "{marked}"
    );

    let listed = sandbox.run(&["list"]);
    let warnings = stderr(&listed);
    assert!(warnings.contains("git conflict markers"), "{warnings}");
    assert!(!warnings.contains("duplicate key"), "{warnings}");
    // Both sides read as whole versions.
    let document = sandbox.json(&["conflicts", "--json"]);
    let versions = document["conflicts"][0]["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert!(
        versions.iter().all(|v| v["problem"].is_null()),
        "{versions:?}"
    );
    let text = stdout(&sandbox.run(&["conflicts", "--merge", &id]));
    assert!(text.contains("sv_joint_aims: version 0: 2"), "{text}");
    assert_merged(&store, &id);
}

#[test]
fn a_git_merge_that_also_took_a_clean_hunk_still_merges_every_answer() {
    let sandbox = Sandbox::new();
    let repo = sandbox.data.path();
    let store = sandbox.store();
    let (here, mut there) = two_machines(&store);
    // There also corrected the respondent's role, far up the file from the answers: git
    // takes that line into both sides by itself, so the side rebuilt for here is no
    // longer the file here sealed.
    there.respondent.role = "managing owner".into();
    let id = here.id.clone();
    let marked = merged_with_git(repo, &store, &here, &there);
    let first_marker = marked.find("<<<<<<<").unwrap();
    assert!(
        marked[..first_marker].contains("role: managing owner"),
        "git took the role outside the markers:\n{marked}"
    );

    let document = sandbox.json(&["conflicts", "--json"]);
    let versions = document["conflicts"][0]["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert!(
        versions.iter().all(|v| v["problem"].is_null()),
        "both sides read as versions: {versions:?}"
    );
    let merged = sandbox.run(&["conflicts", "--merge", &id]);
    assert_eq!(merged.status.code(), Some(0), "{}", stderr(&merged));
    assert_merged(&store, &id);
    assert_eq!(store.load(&id).unwrap().respondent.role, "managing owner");
}

#[test]
fn reid_gives_a_new_id_and_plan_reviews_follow() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let earlier = prepare(&store, "Acme", "2025-01-10T09:00:00+01:00", middle, true);
    let later = prepare(&store, "Acme", "2025-04-10T09:00:00+02:00", middle, true);
    let mut reviewing = store.load(&later).unwrap();
    reviewing.plan_review = Some(PlanReview {
        plan_of: earlier.clone(),
        reviews: Vec::new(),
    });
    store.save(&reviewing).unwrap();

    let document = sandbox.json(&["reid", &earlier, "--json"]);
    let new = document["new_id"].as_str().unwrap().to_string();
    assert_ne!(new, earlier);
    assert!(new.starts_with("20250110-080000Z-"), "{new}");
    assert_eq!(document["references_updated"], serde_json::json!([later]));
    assert_eq!(
        store.load(&later).unwrap().plan_review.unwrap().plan_of,
        new
    );
    let moved = store.load(&new).unwrap();
    assert_eq!(moved.organization.name, "Acme");
    assert!(store.load(&earlier).is_err());
    assert_eq!(store.trashed().unwrap().trashed.len(), 1);
}

//! Assessment files carry `schema_version`. A fixture of every schema version ever written
//! stays in `tests/fixtures/assessments/` (`v1.yaml`, `v2.yaml`, ...) and keeps loading;
//! a file from a newer version gets a clear error and is left untouched.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ecoready::assessment::{Mode, Response, SCHEMA_VERSION, Status};
use ecoready::store::Store;

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/assessments/v{version}.yaml"))
}

/// A data directory holding `text` as the assessment `id`.
fn store_with(text: &str, id: &str) -> (tempfile::TempDir, Store, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    let file = store.assessments_dir().join(format!("{id}.yaml"));
    fs::write(&file, text).unwrap();
    (dir, store, file)
}

fn ecoready(home: &Path, store: &Store, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .arg("--data-dir")
        .arg(store.root())
        .args(args)
        .env_remove("ECOREADY_DATA_DIR")
        .env("HOME", home)
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap()
}

#[test]
fn every_schema_version_ever_written_has_a_fixture_that_loads() {
    for version in 1..=SCHEMA_VERSION {
        let path = fixture(version);
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; keep a fixture of every version", path.display()));
        assert!(
            text.contains(&format!("schema_version: {version}\n")),
            "{} says which version wrote it",
            path.display()
        );
        let id = "20250602-101500-f1x7";
        let (home, store, _) = store_with(&text, id);
        let loaded = store.load(id).unwrap();
        assert_eq!(loaded.schema_version, version);
        let listing = store.summaries();
        assert!(listing.problems.is_empty(), "{:?}", listing.problems);
        assert_eq!(listing.summaries.len(), 1);
        let list = ecoready(home.path(), &store, &["list", "--json"]);
        assert_eq!(
            list.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&list.stderr)
        );
        let document: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
        assert_eq!(document["assessments"][0]["id"], id);
    }
}

#[test]
fn the_version_1_fixture_keeps_every_field() {
    let text = fs::read_to_string(fixture(1)).unwrap();
    let (_home, store, _) = store_with(&text, "20250602-101500-f1x7");
    let a = store.load("20250602-101500-f1x7").unwrap();
    assert_eq!(a.organization.name, "Fixture Fermentery");
    assert_eq!(a.respondent.name, "Ana Núñez");
    assert_eq!(a.mode, Mode::Interview);
    assert_eq!(a.advisor.as_deref(), Some("Dana Advisor"));
    assert_eq!(a.round.as_deref(), Some("baseline"));
    assert_eq!(a.status, Status::Complete);
    assert_eq!(a.questionnaire.id, "quick-check");
    // 15 items: every one answered, the third "don't know".
    assert_eq!(a.answers.len(), 15);
    assert_eq!(a.response("sv_commit_1"), Some(Response::DontKnow));
    assert_eq!(
        a.note("sv_goal_3"),
        "Ask about the shared cold store.\nTwo lines."
    );
    assert!(a.is_flagged("sv_goal_3"));
    let scores = a.scores.expect("the snapshot");
    // 14 answered with a value, 1 "don't know", of 15.
    assert_eq!(
        (
            scores.overall.answered,
            scores.overall.dont_know,
            scores.overall.total
        ),
        (14, 1, 15)
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused_clearly_and_left_untouched() {
    let newer = SCHEMA_VERSION + 1;
    let text = fs::read_to_string(fixture(SCHEMA_VERSION))
        .unwrap()
        .replace(
            &format!("schema_version: {SCHEMA_VERSION}\n"),
            &format!("schema_version: {newer}\n"),
        )
        .replace(
            "round: baseline\n",
            "round: baseline\nfield_of_the_future: true\n",
        );
    let id = "20250602-101500-f1x7";
    let (home, store, file) = store_with(&text, id);
    let modified = fs::metadata(&file).unwrap().modified().unwrap();
    let expected = format!(
        "written by a newer version of ecoready (schema_version {newer}; this version reads up to {SCHEMA_VERSION})"
    );
    for args in [
        &["show", id][..],
        &["resume", id],
        &["export", id, "--format", "md"],
    ] {
        let output = ecoready(home.path(), &store, args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(&file.display().to_string()), "{stderr}");
        assert!(stderr.contains(&expected), "{stderr}");
    }
    let list = ecoready(home.path(), &store, &["list"]);
    assert_eq!(list.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&list.stderr).contains(&expected));
    assert_eq!(fs::read_to_string(&file).unwrap(), text, "left untouched");
    assert_eq!(fs::metadata(&file).unwrap().modified().unwrap(), modified);
}

#[test]
fn the_version_2_fixture_keeps_the_plan_and_its_review() {
    let text = fs::read_to_string(fixture(2)).unwrap();
    let (_home, store, _) = store_with(&text, "20250602-101500-f1x7");
    let a = store.load("20250602-101500-f1x7").unwrap();
    assert_eq!(a.plan.len(), 2);
    assert_eq!(a.plan[0].facet, "goal_alignment");
    assert_eq!(a.plan[0].owner, "Ana Núñez");
    assert_eq!(a.plan[0].due, chrono::NaiveDate::from_ymd_opt(2025, 9, 30));
    assert_eq!(a.plan[1].due, None);
    let review = a.plan_review.expect("the review");
    assert_eq!(review.plan_of, "20250301-090000-a0a0");
    assert_eq!(review.reviews[0].status, ecoready::plan::Status::InProgress);
    // The version 1 fixture has neither, and is written back without them.
    let v1 = fs::read_to_string(fixture(1)).unwrap();
    let (_home, store, _) = store_with(&v1, "20250602-101500-f1x7");
    let a = store.load("20250602-101500-f1x7").unwrap();
    assert!(a.plan.is_empty() && a.plan_review.is_none());
}

#[test]
fn the_version_2_fixture_keeps_its_amendment_log_and_first_completion_date() {
    use ecoready::assessment::{Amendment, SetupField};
    let text = fs::read_to_string(fixture(2)).unwrap();
    let (_home, store, _) = store_with(&text, "20250602-101500-f1x7");
    let a = store.load("20250602-101500-f1x7").unwrap();
    assert_eq!(a.amendments.len(), 4);
    assert!(matches!(
        &a.amendments[0],
        Amendment::Reopened { reason: Some(r), .. } if r == "Ana corrected the first answer"
    ));
    assert!(matches!(
        &a.amendments[1],
        Amendment::Answer { item, old: Some(Response::Value(2)), new: Some(Response::Value(1)), .. }
            if item == "sv_goal_3"
    ));
    assert!(matches!(
        &a.amendments[2],
        Amendment::Setup {
            field: SetupField::Round,
            ..
        }
    ));
    assert_eq!(
        a.completed_at.map(|t| t.to_rfc3339()),
        Some("2025-06-02T10:35:00+02:00".to_string())
    );
    assert_eq!(
        a.amended_at().map(|t| t.to_rfc3339()),
        Some("2025-06-09T09:05:00+02:00".to_string())
    );
}

#[test]
fn a_version_1_file_has_no_amendments_and_is_not_rewritten_by_reading() {
    let text = fs::read_to_string(fixture(1)).unwrap();
    let (home, store, file) = store_with(&text, "20250602-101500-f1x7");
    let a = store.load("20250602-101500-f1x7").unwrap();
    assert!(a.amendments.is_empty());
    let show = ecoready(home.path(), &store, &["show", "20250602-101500-f1x7"]);
    assert_eq!(show.status.code(), Some(0));
    assert_eq!(fs::read_to_string(&file).unwrap(), text);
}

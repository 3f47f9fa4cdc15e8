//! The data directory: atomic saves, loading, listing with problems, ids and prefixes,
//! permissions, and the questionnaire copies kept with assessments.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use ecoready::app::exit_code;
use ecoready::assessment::{
    Assessment, Organization, Respondent, Response, Setup, Status, Timestamp,
};
use ecoready::error::EXIT_INVALID;
use ecoready::questionnaire::{Loaded, builtins};
use ecoready::store::{
    AssessmentError, Store, questionnaires_in, read_questionnaire_file, write_atomically,
};

#[path = "store/ids.rs"]
mod ids;
#[path = "store/questionnaires.rs"]
mod questionnaires;

fn at(text: &str) -> Timestamp {
    Timestamp::parse_from_rfc3339(text).unwrap()
}

/// The built-in questionnaire with the most items.
fn questionnaire() -> Loaded {
    let loaded = builtins()
        .into_iter()
        .max_by_key(|l| l.questionnaire.item_count())
        .unwrap();
    assert!(
        loaded.questionnaire.item_count() >= 2,
        "the tests need two items"
    );
    loaded
}

fn setup(org: &str) -> Setup {
    Setup {
        organization: Organization {
            name: org.to_string(),
            sector: "food processing".to_string(),
        },
        respondent: Respondent {
            name: "Ana Pérez".to_string(),
            role: "owner: founder & CEO".to_string(),
        },
        round: Some("Q3 check-in".to_string()),
        ..Setup::default()
    }
}

const TRICKY_NOTE: &str = "He said: \"we're 'ready'\" — 100%\n# not a comment\n  - indented: yes\n\
                           *star & R&D: {x: [1]}\n\tÜnïcödé 🌍 中文\n\ntrailing newline\n";

/// A draft with a value (with a tricky note and a flag) and a don't-know, in mixed offsets.
fn draft(store: &Store, loaded: &Loaded, started: &str) -> Assessment {
    let q = &loaded.questionnaire;
    let started = at(started);
    let mut assessment = Assessment::start(
        store.new_id(&started),
        setup("Acme: Foods"),
        q,
        &loaded.digest,
        started,
    );
    let items: Vec<_> = q.items().map(|r| r.item.clone()).collect();
    let first = &items[0];
    let value = q.choices(first)[0].value;
    assessment.respond(
        q,
        &first.id,
        Response::Value(value),
        at("2025-03-01T10:00:01-03:00"),
    );
    assessment.set_note(
        q,
        &first.id,
        TRICKY_NOTE.to_string(),
        at("2025-03-01T10:00:02+05:30"),
    );
    assessment.toggle_flag(q, &first.id, at("2025-03-01T10:00:03+00:00"));
    let last = &items[items.len() - 1];
    assessment.respond(
        q,
        &last.id,
        Response::DontKnow,
        at("2025-03-01T10:00:04+09:45"),
    );
    assessment
}

fn assessment_file(store: &Store, id: &str) -> PathBuf {
    store.root().join("assessments").join(format!("{id}.yaml"))
}

/// Bytes and modification time, to show a file was not touched.
fn fingerprint(path: &Path) -> (Vec<u8>, SystemTime) {
    (
        fs::read(path).unwrap(),
        fs::metadata(path).unwrap().modified().unwrap(),
    )
}

#[test]
fn save_then_load_gives_the_same_assessment_with_offsets_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loaded = questionnaire();
    let mut assessment = draft(&store, &loaded, "2025-03-01T09:59:00+05:30");
    store.save(&assessment).unwrap();
    assert_eq!(store.load(&assessment.id).unwrap(), assessment);

    assessment.complete(&loaded.questionnaire, at("2025-03-01T11:00:00-07:00"));
    store.save(&assessment).unwrap();
    let back = store.load(&assessment.id).unwrap();
    assert_eq!(back, assessment);
    assert_eq!(back.status, Status::Complete);
    assert!(back.scores.is_some());
    let first = &back.answers[0];
    assert_eq!(first.note, TRICKY_NOTE);
    assert!(first.flagged);
    assert_eq!(
        back.answers.last().unwrap().response,
        Some(Response::DontKnow)
    );
    // chrono compares instants only, so the offsets are checked through their text.
    assert_eq!(back.started_at.to_rfc3339(), "2025-03-01T09:59:00+05:30");
    assert_eq!(
        back.completed_at.unwrap().to_rfc3339(),
        "2025-03-01T11:00:00-07:00"
    );
    assert_eq!(
        first.answered_at.unwrap().to_rfc3339(),
        "2025-03-01T10:00:01-03:00"
    );
}

#[test]
fn the_file_is_named_after_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let assessment = draft(&store, &questionnaire(), "2025-03-01T09:59:00Z");
    store.save(&assessment).unwrap();
    let names: Vec<_> = fs::read_dir(store.root().join("assessments"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, [format!("{}.yaml", assessment.id)]);
}

#[test]
fn an_interrupted_save_leaves_the_old_content_and_list_ignores_the_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loaded = questionnaire();
    let old = draft(&store, &loaded, "2025-03-01T09:59:00Z");
    store.save(&old).unwrap();
    let path = assessment_file(&store, &old.id);
    let before = fingerprint(&path);

    // A save killed before its rename leaves a half-written temporary file behind.
    let mut newer = old.clone();
    newer.complete(&loaded.questionnaire, at("2025-03-02T09:00:00Z"));
    let full = ecoready::yaml::to_string(&newer).unwrap();
    let leftover = store
        .root()
        .join("assessments")
        .join(".ecoready-tmp-X1b2C3d4");
    fs::write(&leftover, &full.as_bytes()[..full.len() / 2]).unwrap();
    fs::write(
        store
            .root()
            .join("assessments")
            .join(".ecoready-tmp-Y9.yaml"),
        "garbage: [",
    )
    .unwrap();

    let listing = store.list();
    assert_eq!(listing.assessments, std::slice::from_ref(&old));
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(store.load(&old.id).unwrap(), old);
    assert_eq!(fingerprint(&path), before);
    assert!(
        leftover.exists(),
        "temporary files are never deleted by reading"
    );

    // A write that fails before the rename creates nothing.
    let nowhere = dir.path().join("missing-dir").join("x.yaml");
    let err = write_atomically(&nowhere, b"content").unwrap_err();
    assert!(format!("{err:#}").contains("x.yaml"), "{err:#}");
    assert!(!dir.path().join("missing-dir").exists());
}

#[cfg(unix)]
#[test]
fn a_save_that_cannot_write_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loaded = questionnaire();
    let old = draft(&store, &loaded, "2025-03-01T09:59:00Z");
    store.save(&old).unwrap();
    let assessments = store.root().join("assessments");
    fs::set_permissions(&assessments, fs::Permissions::from_mode(0o500)).unwrap();
    if fs::File::create(assessments.join("probe")).is_ok() {
        // Running as root: permissions do not stop writes, so there is nothing to test.
        fs::set_permissions(&assessments, fs::Permissions::from_mode(0o700)).unwrap();
        return;
    }
    let mut newer = old.clone();
    newer.complete(&loaded.questionnaire, at("2025-03-02T09:00:00Z"));
    let result = store.save(&newer);
    fs::set_permissions(&assessments, fs::Permissions::from_mode(0o700)).unwrap();
    let err = result.unwrap_err();
    assert!(
        format!("{err:#}").contains(&format!("{}.yaml", old.id)),
        "{err:#}"
    );
    assert_eq!(store.load(&old.id).unwrap(), old);
}

#[test]
fn unreadable_files_are_reported_skipped_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let good = draft(&store, &questionnaire(), "2025-03-01T09:59:00Z");
    store.save(&good).unwrap();
    let assessments = store.root().join("assessments");
    let full = fs::read(assessment_file(&store, &good.id)).unwrap();

    let garbage = assessments.join("garbage.yaml");
    fs::write(&garbage, "schema_version: 1\nid: [unclosed\n").unwrap();
    let truncated = assessments.join("truncated.yaml");
    fs::write(&truncated, &full[..full.len() / 3]).unwrap();
    let misnamed = assessments.join("copy-of-it.yaml");
    fs::write(&misnamed, &full).unwrap();
    let directory = assessments.join("x.yaml");
    fs::create_dir(&directory).unwrap();
    let mut files = vec![garbage.clone(), truncated.clone(), misnamed.clone()];

    #[cfg(unix)]
    let locked = {
        use std::os::unix::fs::PermissionsExt;
        let locked = assessments.join("locked.yaml");
        fs::write(&locked, &full).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        // Root can read anything; the check only means something for other users.
        if fs::read(&locked).is_ok() {
            fs::remove_file(&locked).unwrap();
            None
        } else {
            Some(locked)
        }
    };
    #[cfg(not(unix))]
    let locked: Option<PathBuf> = None;

    let before: Vec<_> = files.iter().map(|f| fingerprint(f)).collect();
    let listing = store.list();
    assert_eq!(listing.assessments, std::slice::from_ref(&good));
    let mut reported: Vec<&Path> = listing.problems.iter().map(|p| p.path.as_path()).collect();
    reported.sort();
    let mut expected = vec![
        misnamed.as_path(),
        garbage.as_path(),
        truncated.as_path(),
        directory.as_path(),
    ];
    if let Some(locked) = &locked {
        expected.push(locked.as_path());
    }
    expected.sort();
    assert_eq!(reported, expected);

    let problem = |path: &Path| {
        &listing
            .problems
            .iter()
            .find(|p| p.path == path)
            .unwrap()
            .message
    };
    assert!(
        problem(&garbage).contains("line 2"),
        "{}",
        problem(&garbage)
    );
    assert!(
        problem(&directory).contains("directory"),
        "{}",
        problem(&directory)
    );
    assert!(
        problem(&misnamed).contains("does not match its file name"),
        "{}",
        problem(&misnamed)
    );

    let err = store.load("garbage").unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains("garbage.yaml") && message.contains("line 2"),
        "{message}"
    );

    assert_eq!(
        files.iter().map(|f| fingerprint(f)).collect::<Vec<_>>(),
        before
    );
    assert!(directory.is_dir());
    if let Some(locked) = locked {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&locked).unwrap().permissions().mode() & 0o777;
            assert_eq!(
                mode, 0o000,
                "the unreadable file's permissions were changed"
            );
            fs::set_permissions(&locked, fs::Permissions::from_mode(0o600)).unwrap();
        }
        files.push(locked);
    }
    assert_eq!(files.iter().filter(|f| f.exists()).count(), files.len());
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let assessment = draft(&store, &questionnaire(), "2025-03-01T09:59:00Z");
    store.save(&assessment).unwrap();
    let path = assessment_file(&store, &assessment.id);
    let text = fs::read_to_string(&path).unwrap();
    let current = format!("schema_version: {}\n", ecoready::assessment::SCHEMA_VERSION);
    assert!(text.starts_with(&current), "{text}");
    let newer = ecoready::assessment::SCHEMA_VERSION + 1;
    let future = text.replacen(
        &current,
        &format!("schema_version: {newer}\nfield_from_the_future: yes\n"),
        1,
    );
    fs::write(&path, &future).unwrap();
    let before = fingerprint(&path);

    let message = format!("{:#}", store.load(&assessment.id).unwrap_err());
    assert!(message.contains("newer version of ecoready"), "{message}");
    assert!(
        message.contains(&format!("schema_version {newer}")),
        "{message}"
    );
    let listing = store.list();
    assert!(listing.assessments.is_empty());
    assert_eq!(listing.problems.len(), 1);
    assert!(listing.problems[0].message.contains("newer version"));
    assert_eq!(fingerprint(&path), before);
}

#[test]
fn list_is_newest_first_across_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loaded = questionnaire();
    // In UTC: a = Jan 1 10:00, b = Jan 1 07:00 (12:00 at +05:00), c = Jan 2 03:00
    // (Jan 2 00:00 at -03:00); newest first is c, a, b.
    let a = draft(&store, &loaded, "2025-01-01T10:00:00+00:00");
    let b = draft(&store, &loaded, "2025-01-01T12:00:00+05:00");
    let c = draft(&store, &loaded, "2025-01-02T00:00:00-03:00");
    for assessment in [&a, &b, &c] {
        store.save(assessment).unwrap();
    }
    let ids: Vec<_> = store.list().assessments.into_iter().map(|x| x.id).collect();
    assert_eq!(ids, [c.id, a.id, b.id]);
}

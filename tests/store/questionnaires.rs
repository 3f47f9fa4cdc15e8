//! The questionnaire copies kept with assessments, and questionnaire files on disk.

use super::*;

/// A built-in's text with a different version, so its digest differs from every built-in.
fn modified_builtin() -> Loaded {
    let original = questionnaire();
    let text: String = original
        .text
        .lines()
        .map(|line| {
            if line.starts_with("version:") {
                "version: \"9.9.9-test\""
            } else {
                line
            }
        })
        .map(|line| format!("{line}\n"))
        .collect();
    let loaded = Loaded::from_text(text, "test").unwrap();
    assert_eq!(loaded.questionnaire.version, "9.9.9-test");
    assert_ne!(loaded.digest, original.digest);
    loaded
}

#[test]
fn keeping_a_questionnaire_is_idempotent_and_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loaded = questionnaire();
    store
        .keep_questionnaire(&loaded.questionnaire, &loaded.text)
        .unwrap();
    store
        .keep_questionnaire(&loaded.questionnaire, &loaded.text)
        .unwrap();
    let copies: Vec<_> = fs::read_dir(store.root().join("questionnaires"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let expected_name = format!(
        "{}@{}-{}.yaml",
        loaded.questionnaire.id,
        loaded.questionnaire.version,
        &loaded.digest[..12]
    );
    assert_eq!(
        copies,
        [store.root().join("questionnaires").join(&expected_name)]
    );
    assert_eq!(fs::read_to_string(&copies[0]).unwrap(), loaded.text);

    // A different file already under that name is kept, not overwritten.
    fs::write(&copies[0], "hand edited").unwrap();
    store
        .keep_questionnaire(&loaded.questionnaire, &loaded.text)
        .unwrap();
    assert_eq!(fs::read_to_string(&copies[0]).unwrap(), "hand edited");
}

#[test]
fn questionnaire_for_prefers_built_ins_then_kept_copies() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let builtin = questionnaire();
    let mut assessment = draft(&store, &builtin, "2025-03-01T09:59:00Z");
    let found = store.questionnaire_for(&assessment.questionnaire).unwrap();
    assert_eq!(found.origin, "built-in");
    assert_eq!(found.text, builtin.text);

    let changed = modified_builtin();
    assessment.questionnaire.version = changed.questionnaire.version.clone();
    assessment.questionnaire.digest = changed.digest.clone();
    let missing = format!(
        "{:#}",
        store
            .questionnaire_for(&assessment.questionnaire)
            .unwrap_err()
    );
    assert!(
        missing.contains(&changed.questionnaire.id) && missing.contains("9.9.9-test"),
        "{missing}"
    );

    store
        .keep_questionnaire(&changed.questionnaire, &changed.text)
        .unwrap();
    let found = store.questionnaire_for(&assessment.questionnaire).unwrap();
    assert_eq!(found.text, changed.text);
    assert_eq!(found.digest, changed.digest);
    assert_eq!(found.questionnaire, changed.questionnaire);
    assert!(found.origin.contains("questionnaires"), "{}", found.origin);

    // A copy renamed by hand is still found by its content.
    let copies = store.root().join("questionnaires");
    let kept = fs::read_dir(&copies)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fs::rename(&kept, copies.join("renamed.yaml")).unwrap();
    assert_eq!(
        store
            .questionnaire_for(&assessment.questionnaire)
            .unwrap()
            .text,
        changed.text
    );
}

#[test]
fn questionnaire_files_are_read_with_every_problem_as_invalid_input() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a-good.yaml");
    fs::write(&good, &questionnaire().text).unwrap();
    let loaded = read_questionnaire_file(&good).unwrap();
    assert_eq!(loaded.text, questionnaire().text);
    assert_eq!(loaded.origin, good.display().to_string());

    let broken = dir.path().join("b-broken.yaml");
    fs::write(&broken, "id: x\nversion: [\n").unwrap();
    let err = read_questionnaire_file(&broken).unwrap_err();
    assert_eq!(exit_code(&err), EXIT_INVALID);
    assert!(
        err.to_string()
            .starts_with(&format!("{}:", broken.display())),
        "{err}"
    );

    let not_text = dir.path().join("c-binary.yaml");
    fs::write(&not_text, b"id: x\n\xff\xfe\n").unwrap();
    let err = read_questionnaire_file(&not_text).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}:2: the file is not valid UTF-8 text", not_text.display())
    );

    let folder = dir.path().join("d-folder.yaml");
    fs::create_dir(&folder).unwrap();
    let err = read_questionnaire_file(&folder).unwrap_err();
    assert_eq!(exit_code(&err), EXIT_INVALID);
    assert!(
        err.to_string().contains("d-folder.yaml") && err.to_string().contains("directory"),
        "{err}"
    );

    let missing = dir.path().join("missing.yaml");
    let err = read_questionnaire_file(&missing).unwrap_err();
    assert_eq!(exit_code(&err), EXIT_INVALID);
    assert!(err.to_string().contains("missing.yaml"), "{err}");

    let (found, problems) = questionnaires_in(dir.path());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].origin, good.display().to_string());
    let problem_paths: Vec<_> = problems.iter().map(|p| p.path.clone()).collect();
    assert_eq!(problem_paths, [broken, not_text, folder]);
}

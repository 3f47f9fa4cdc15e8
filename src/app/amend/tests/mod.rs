use super::*;
use crate::app::{create, exit_code};
use crate::assessment::{Amendment, Mode, Organization, Response, SetupField, Status};
use crate::questionnaire::builtin;
use crate::store::AssessmentError;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

fn setup(org: &str) -> Setup {
    Setup {
        organization: Organization {
            name: org.into(),
            sector: "bakery".into(),
        },
        ..Setup::default()
    }
}

/// A saved complete assessment of quick-check, every item answered 3; no lock kept.
fn completed(store: &Store) -> String {
    let quick = builtin("quick-check").unwrap();
    let mut opened = create(store, setup("Alder"), quick, &mut DraftLocks::disabled()).unwrap();
    let q = &opened.questionnaire.questionnaire;
    let items: Vec<String> = q.items().map(|r| r.item.id.clone()).collect();
    for item in &items {
        opened
            .assessment
            .respond(q, item, Response::Value(3), now());
    }
    opened.assessment.complete(q, now());
    store.save(&opened.assessment).unwrap();
    opened.assessment.id
}

fn busy(error: &color_eyre::eyre::Report) -> bool {
    error
        .chain()
        .any(|e| matches!(e.downcast_ref(), Some(AssessmentError::DraftBusy { .. })))
}

#[test]
fn editing_a_complete_assessment_saves_the_change_and_logs_it() {
    let (_dir, store) = store();
    let id = completed(&store);
    let edited = edit_setup(
        &store,
        &id,
        |mut s| {
            s.round = Some("Q3 check-in".into());
            s.mode = Mode::Interview;
            s
        },
        Some("wrong round".into()),
        &mut DraftLocks::enabled(),
    )
    .unwrap();
    assert_eq!(edited.changed, vec![SetupField::Mode, SetupField::Round]);
    let saved = store.load(&id).unwrap();
    assert_eq!(saved, edited.assessment);
    assert_eq!(saved.round.as_deref(), Some("Q3 check-in"));
    assert_eq!(saved.status, Status::Complete, "still complete");
    let fields: Vec<SetupField> = saved
        .amendments
        .iter()
        .filter_map(|a| match a {
            Amendment::Setup { field, .. } => Some(*field),
            _ => None,
        })
        .collect();
    assert_eq!(fields, vec![SetupField::Mode, SetupField::Round]);
}

#[test]
fn an_edit_beyond_a_field_limit_or_without_organization_is_refused_and_nothing_is_saved() {
    let (_dir, store) = store();
    let id = completed(&store);
    let before = store.load(&id).unwrap();
    for change in [
        |mut s: Setup| {
            s.round = Some("r".repeat(101));
            s
        },
        |mut s: Setup| {
            s.organization.name = "  ".into();
            s
        },
    ] {
        let refused =
            edit_setup(&store, &id, change, None, &mut DraftLocks::enabled()).unwrap_err();
        assert_eq!(
            exit_code(&refused),
            crate::error::EXIT_INVALID,
            "{refused:#}"
        );
    }
    assert_eq!(store.load(&id).unwrap(), before);
}

#[test]
fn a_draft_open_in_another_window_is_neither_edited_nor_reopened() {
    let (_dir, store) = store();
    let quick = builtin("quick-check").unwrap();
    let mut window = DraftLocks::enabled();
    let draft = create(&store, setup("Alder"), quick, &mut window).unwrap();
    let id = draft.assessment.id;
    let refused = edit_setup(&store, &id, |s| s, None, &mut DraftLocks::enabled()).unwrap_err();
    assert!(busy(&refused), "{refused:#}");

    let complete = completed(&store);
    let _held = store.lock_draft(&complete).unwrap();
    let refused = reopen(&store, &complete, None, &mut DraftLocks::enabled()).unwrap_err();
    assert!(busy(&refused), "{refused:#}");
    assert_eq!(store.load(&complete).unwrap().status, Status::Complete);
}

#[test]
fn reopening_saves_a_draft_that_keeps_its_first_completion_and_logs_why() {
    let (_dir, store) = store();
    let id = completed(&store);
    let first = store.load(&id).unwrap().completed_at;
    let mut locks = DraftLocks::enabled();
    let opened = reopen(&store, &id, Some("second thoughts".into()), &mut locks).unwrap();
    assert!(
        locks.may_save(&id),
        "the window keeps the lock while amending"
    );
    let saved = store.load(&id).unwrap();
    assert_eq!(saved, opened.assessment);
    assert_eq!(saved.status, Status::Draft);
    assert_eq!(saved.completed_at, first);
    assert!(matches!(
        saved.amendments.as_slice(),
        [Amendment::Reopened { reason: Some(r), .. }] if r == "second thoughts"
    ));
}

#[test]
fn a_draft_is_not_reopened() {
    let (_dir, store) = store();
    let quick = builtin("quick-check").unwrap();
    let draft = create(&store, setup("Alder"), quick, &mut DraftLocks::disabled()).unwrap();
    let refused = reopen(
        &store,
        &draft.assessment.id,
        None,
        &mut DraftLocks::enabled(),
    )
    .unwrap_err();
    assert_eq!(exit_code(&refused), crate::error::EXIT_INVALID);
    assert!(refused.to_string().contains("not complete"), "{refused}");
}

#[test]
fn an_edit_or_reopening_refuses_to_write_over_a_version_that_arrived_since_the_read() {
    let (_dir, store) = store();
    let id = completed(&store);
    // What a window (or a one-shot command) read; then a pull brings another version.
    let (read, version) = store.load_versioned(&id).unwrap();
    let mut theirs = read.clone();
    theirs.organization.sector = "cafe".into();
    store.save(&theirs).unwrap();
    for attempt in 0..2 {
        let mut locks = DraftLocks::disabled();
        locks.remember(&id, version.clone());
        let refused = if attempt == 0 {
            edit_setup(&store, &id, |_| setup("Birch"), None, &mut locks).map(|_| ())
        } else {
            reopen(&store, &id, None, &mut locks).map(|_| ())
        };
        let conflict = refused.unwrap_err();
        assert!(matches!(
            conflict.downcast_ref::<crate::store::SaveConflict>(),
            Some(crate::store::SaveConflict::Changed { .. })
        ));
        assert_eq!(store.load(&id).unwrap(), theirs, "left as it arrived");
    }
    // Read afresh, the edit is made to the version on disk.
    let edited = edit_setup(
        &store,
        &id,
        |_| setup("Birch"),
        None,
        &mut DraftLocks::disabled(),
    );
    assert_eq!(edited.unwrap().assessment.organization.name, "Birch");
}

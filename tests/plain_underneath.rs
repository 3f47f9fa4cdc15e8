//! The plain wizard when its draft changes or vanishes on disk mid-run: the input is
//! piped, and before a chosen line is read the draft file is replaced (as a sync client
//! does: a temporary file renamed over it) or moved to the trash. The prompt offers the
//! same choices as the full-screen panel, a wrong answer is asked again, and the files
//! afterwards hold every answer of both sides.

mod support;

use std::collections::VecDeque;
use std::io::{BufRead, Read};

use ecoready::assessment::{Assessment, Mode, Response, now};
use ecoready::plain::run_with;
use ecoready::questionnaire::{Loaded, builtin};
use ecoready::store::Store;
use ecoready::tui::Start;
use support::fixtures::setup;

const ID: &str = "20261202-101500Z-0123456789abcdef";

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn items() -> Vec<String> {
    quick()
        .questionnaire
        .items()
        .map(|r| r.item.id.clone())
        .collect()
}

/// Piped lines; before line `at` is read, `hook` runs (the sync arriving).
struct Hooked<'h> {
    lines: VecDeque<String>,
    served: usize,
    at: usize,
    hook: Option<Box<dyn FnOnce() + 'h>>,
    current: Vec<u8>,
    pos: usize,
}

impl<'h> Hooked<'h> {
    fn new(lines: &[&str], at: usize, hook: impl FnOnce() + 'h) -> Self {
        Self {
            lines: lines.iter().map(|l| format!("{l}\n")).collect(),
            served: 0,
            at,
            hook: Some(Box::new(hook)),
            current: Vec::new(),
            pos: 0,
        }
    }
}

impl Read for Hooked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Hooked<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.pos >= self.current.len() {
            if self.served == self.at
                && let Some(hook) = self.hook.take()
            {
                hook();
            }
            self.current = self.lines.pop_front().unwrap_or_default().into_bytes();
            self.pos = 0;
            self.served += 1;
        }
        Ok(&self.current[self.pos..])
    }

    fn consume(&mut self, amount: usize) {
        self.pos += amount;
    }
}

/// A saved, unanswered draft of the quick check.
fn draft(store: &Store) {
    let q = quick();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    let setup = setup("Dune Dairy", "Sam", Mode::SelfAssessment);
    store
        .save(&Assessment::start(
            ID.into(),
            setup,
            &q.questionnaire,
            &q.digest,
            now(),
        ))
        .unwrap();
}

/// A colleague's version lands: what is on disk, with questions 4 and 5 answered (4).
fn theirs_arrives(store: &Store) {
    let q = quick();
    let mut theirs = store.load(ID).unwrap();
    for item in [3, 4] {
        theirs.respond(&q.questionnaire, &items()[item], Response::Value(4), now());
    }
    let elsewhere = tempfile::tempdir().unwrap();
    let other = Store::open(elsewhere.path()).unwrap();
    other.save(&theirs).unwrap();
    let synced = store.assessments_dir().join(".syncthing.tmp");
    std::fs::copy(other.assessments_dir().join(format!("{ID}.yaml")), &synced).unwrap();
    std::fs::rename(&synced, store.assessments_dir().join(format!("{ID}.yaml"))).unwrap();
}

fn run(store: &Store, input: Hooked<'_>) -> (u8, String) {
    let mut output = Vec::new();
    let status = run_with(input, &mut output, store, Start::Resume(ID.into()), false).unwrap();
    (status, String::from_utf8(output).unwrap())
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    draft(&store);
    (dir, store)
}

#[test]
fn a_change_underneath_is_merged_after_a_wrong_answer_is_asked_again() {
    let (_dir, store) = store();
    // Answers 1 and 2 to the first two questions; theirs arrives before the second.
    let input = Hooked::new(&["1", "2", "x", "m", "q"], 1, || theirs_arrives(&store));
    let (status, said) = run(&store, input);
    assert_eq!(status, 0, "{said}");
    assert!(
        said.contains("changed on disk since you opened it"),
        "{said}"
    );
    assert!(said.contains("3 answers there"), "{said}");
    assert!(said.contains("1 of yours not in it"), "{said}");
    assert!(said.contains("\"x\" is not one of the choices"), "{said}");
    assert!(said.contains("Merged"), "{said}");
    let on_disk = store.load(ID).unwrap();
    let responses: Vec<_> = (0..5).map(|i| on_disk.response(&items()[i])).collect();
    let (one, two, four) = (
        Some(Response::Value(1)),
        Some(Response::Value(2)),
        Some(Response::Value(4)),
    );
    assert_eq!(responses, vec![one, two, None, four, four], "{said}");
}

#[test]
fn keep_both_ends_the_walk_with_a_conflict_copy() {
    let (_dir, store) = store();
    let input = Hooked::new(&["1", "2", "k"], 1, || theirs_arrives(&store));
    let (status, said) = run(&store, input);
    assert_eq!(status, 0, "{said}");
    assert!(said.contains("conflicts --merge"), "{said}");
    let merged = store.merge_conflict(ID).unwrap().merged.assessment;
    assert_eq!(merged.responded_count(&quick().questionnaire), 4);
}

#[test]
fn a_draft_removed_underneath_is_restored_with_my_answers() {
    let (_dir, store) = store();
    // Removed on another machine: the sync deletes the file here.
    let file = store.assessments_dir().join(format!("{ID}.yaml"));
    let input = Hooked::new(&["1", "2", "r", "q"], 1, || {
        std::fs::remove_file(&file).unwrap();
    });
    let (status, said) = run(&store, input);
    assert_eq!(status, 0, "{said}");
    assert!(said.contains("removed from disk"), "{said}");
    let on_disk = store.load(ID).unwrap();
    assert_eq!(on_disk.responded_count(&quick().questionnaire), 2, "{said}");
}

#[test]
fn input_ending_at_the_prompt_keeps_both_and_loses_nothing() {
    let (_dir, store) = store();
    let input = Hooked::new(&["1", "2"], 1, || theirs_arrives(&store));
    let (status, said) = run(&store, input);
    assert_eq!(status, 0, "{said}");
    assert_eq!(
        ecoready::store::conflict_count(&store.list().problems),
        1,
        "{said}"
    );
}

/// The new check-in's draft, as the run in progress has saved it.
fn the_draft_in_progress(store: &Store) -> Assessment {
    let mut drafts: Vec<Assessment> = store
        .list()
        .assessments
        .into_iter()
        .filter(|a| a.completed_at.is_none())
        .collect();
    assert_eq!(drafts.len(), 1);
    drafts.remove(0)
}

#[test]
fn a_change_underneath_during_the_plan_review_asks_and_the_review_goes_on() {
    use ecoready::app::plan::{self, Change};
    use ecoready::plan::Status;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    let q = quick();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    // A complete check-in with a plan of two facets.
    let when = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    let setup = setup("Dune Dairy", "Sam", Mode::SelfAssessment);
    let mut before = Assessment::start(
        "20260301-080000Z-00000000000000aa".into(),
        setup.clone(),
        &q.questionnaire,
        &q.digest,
        when,
    );
    for item in items() {
        before.respond(&q.questionnaire, &item, Response::Value(2), when);
    }
    before.complete(&q.questionnaire, when);
    store.save(&before).unwrap();
    for facet in [
        "shared_vision_first_look",
        "complementary_strengths_first_look",
    ] {
        let change = Change::Add {
            facet: facet.into(),
            owner: "Ana".into(),
            due: None,
            note: String::new(),
            replace: false,
        };
        plan::change(&store, "Dune Dairy", &change).unwrap();
    }
    // The new check-in reviews the first priority; before the note is read, a colleague's
    // answer to question 5 arrives in the draft (a sync); the merge keeps it, the review
    // goes on with the second priority, and the run leaves the draft.
    let colleague = || {
        let mut theirs = the_draft_in_progress(&store);
        theirs.respond(&q.questionnaire, &items()[4], Response::Value(5), now());
        let elsewhere = tempfile::tempdir().unwrap();
        let other = Store::open(elsewhere.path()).unwrap();
        other.save(&theirs).unwrap();
        let name = format!("{}.yaml", theirs.id);
        let synced = store.assessments_dir().join(".syncthing.tmp");
        std::fs::copy(other.assessments_dir().join(&name), &synced).unwrap();
        std::fs::rename(&synced, store.assessments_dir().join(&name)).unwrap();
    };
    let lines = ["done", "signed", "m", "in progress", "", "q"];
    let input = Hooked::new(&lines, 1, colleague);
    let mut output = Vec::new();
    let start = Start::New {
        setup,
        questionnaire: Box::new(quick()),
    };
    let status = run_with(input, &mut output, &store, start, false).unwrap();
    let said = String::from_utf8(output).unwrap();
    assert_eq!(status, 0, "{said}");
    assert!(
        said.contains("changed on disk since you opened it"),
        "{said}"
    );
    let draft = the_draft_in_progress(&store);
    assert_eq!(
        draft.response(&items()[4]),
        Some(Response::Value(5)),
        "{said}"
    );
    let review = draft.plan_review.expect("the review is kept");
    let statuses: Vec<(&str, Status)> = review
        .reviews
        .iter()
        .map(|r| (r.facet.as_str(), r.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("shared_vision_first_look", Status::Done),
            ("complementary_strengths_first_look", Status::InProgress)
        ],
        "{said}"
    );
}

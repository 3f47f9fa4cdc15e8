//! The improvement plan in plain mode: a new check-in of an organization with an open
//! plan asks, after Setup, how each priority went (Enter: later), saves the answers in
//! the draft, and prints under its results how the plan went beside each facet's change,
//! judged against measurement noise.

use chrono::NaiveDate;
use ecoready::app::Start;
use ecoready::app::plan::{self, Change};
use ecoready::assessment::{
    Assessment, Mode, Organization, Respondent, Response, Setup, Status as AssessmentStatus,
};
use ecoready::plain::run_with;
use ecoready::plan::Status;
use ecoready::questionnaire::{Loaded, builtin};
use ecoready::store::Store;

const ORG: &str = "Alder Bakery";
const VISION: &str = "shared_vision_first_look";
const STRENGTHS: &str = "complementary_strengths_first_look";

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn setup() -> Setup {
    Setup {
        organization: Organization {
            name: ORG.into(),
            sector: "food processing".into(),
        },
        respondent: Respondent {
            name: "Robin Owner".into(),
            role: "owner".into(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    }
}

/// A store with one complete check-in (every item at level 2: 25.0) whose plan holds the
/// first two facets.
fn planned_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    let q = quick();
    let when = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    let mut a = Assessment::start(
        "20260301-090000-aaaa".into(),
        setup(),
        &q.questionnaire,
        &q.digest,
        when,
    );
    for r in q.questionnaire.items() {
        a.respond(&q.questionnaire, &r.item.id, Response::Value(2), when);
    }
    a.complete(&q.questionnaire, when);
    store.save(&a).unwrap();
    for facet in [VISION, STRENGTHS] {
        let change = Change::Add {
            facet: facet.into(),
            owner: "Ana".into(),
            due: NaiveDate::from_ymd_opt(2026, 5, 31),
            note: String::new(),
            replace: false,
        };
        plan::change(&store, ORG, &change).unwrap();
    }
    (dir, store)
}

fn run(store: &Store, input: &str) -> String {
    let mut output = Vec::new();
    let start = Start::New {
        setup: setup(),
        questionnaire: Box::new(quick()),
    };
    let outcome = run_with(input.as_bytes(), &mut output, store, start, false);
    let output = String::from_utf8(output).unwrap();
    assert!(outcome.is_ok(), "{outcome:?}\n{output}");
    output
}

fn newest(store: &Store) -> Assessment {
    let mut all = store.list().assessments;
    all.sort_by_key(|a| a.recorded_at());
    all.pop().unwrap()
}

#[test]
fn the_review_is_asked_after_setup_and_results_show_the_progress() {
    let (_dir, store) = planned_store();
    // Review: the first done with a note, the second in progress; then the first facet's
    // three items at level 4 (75.0, +50.0), the rest at level 3 (50.0, +25.0); Enter on
    // the review of questions finishes.
    let answers: String = (0..15).map(|i| if i < 3 { "4\n" } else { "3\n" }).collect();
    let input = format!("done\nroadmap signed\nin progress\n\n{answers}\n");
    let output = run(&store, &input);
    assert!(output.contains("How did each priority go?"), "{output}");
    assert!(output.contains("1. Shared goals: first look (owner Ana, due 2026-05-31)"));
    let done = newest(&store);
    assert_eq!(done.status, AssessmentStatus::Complete);
    let review = done.plan_review.unwrap();
    assert_eq!(review.plan_of, "20260301-090000-aaaa");
    let statuses: Vec<(&str, Status, &str)> = review
        .reviews
        .iter()
        .map(|r| (r.facet.as_str(), r.status, r.note.as_str()))
        .collect();
    assert_eq!(
        statuses,
        [
            (VISION, Status::Done, "roadmap signed"),
            (STRENGTHS, Status::InProgress, "")
        ]
    );
    // MDC95 by hand: 1.96 * sqrt(2) * 20 * sqrt(1 - 0.67) = 31.8; +50 is real, +25 not.
    let mdc = 1.96 * 2f64.sqrt() * 20.0 * (1.0f64 - 0.67).sqrt();
    let real = format!(
        "     25.0 -> 75.0 (+50.0), on 3 items answered both times: real change (smallest \
         real change {mdc:.1} points"
    );
    assert!(output.contains("Improvement plan"), "{output}");
    assert!(output.contains("  1. Shared goals: first look: done (roadmap signed)"));
    assert!(output.contains(&real), "{output}");
    assert!(output.contains(
        "     25.0 -> 50.0 (+25.0), on 3 items answered both times: within measurement noise"
    ));
    assert!(output.contains("`ecoready plan --org \"Alder Bakery\" --add FACET"));
}

#[test]
fn enter_reviews_later_and_the_plan_stays_open() {
    let (_dir, store) = planned_store();
    // Enter on both priorities, then the input ends: the draft is kept.
    let mut output = Vec::new();
    let start = Start::New {
        setup: setup(),
        questionnaire: Box::new(quick()),
    };
    let _ = run_with("\n\n".as_bytes(), &mut output, &store, start, false);
    let output = String::from_utf8(output).unwrap();
    assert!(output.contains("The plan stays open"), "{output}");
    let draft = newest(&store);
    assert_eq!(draft.status, AssessmentStatus::Draft);
    assert!(draft.plan_review.is_none_or(|r| r.reviews.is_empty()));
    // `ecoready plan --review` still reviews it in that draft.
    let change = Change::Review {
        facet: VISION.into(),
        status: Status::Dropped,
        note: String::new(),
    };
    assert_eq!(plan::change(&store, ORG, &change).unwrap(), draft.id);
}

#[test]
fn after_the_results_plain_mode_picks_priorities_weakest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    // The first facet's three items at level 1 (0.0), every other at level 3 (50.0): the
    // first facet is listed first, the others after it in questionnaire order.
    let answers: String = (0..15).map(|i| if i < 3 { "1\n" } else { "3\n" }).collect();
    // Yes; area 1 with an owner, a due date and a note; then Enter: done.
    let input = format!("{answers}\ny\n1\nAna\n2026-09-30\nFix the roadmap\n\n");
    let output = run(&store, &input);
    assert!(
        output.contains("1. Shared goals: first look (0.0)"),
        "{output}"
    );
    assert!(
        output.contains("In the plan: Shared goals: first look."),
        "{output}"
    );
    let done = newest(&store);
    assert_eq!(done.status, AssessmentStatus::Complete);
    let picked: Vec<(&str, &str, Option<NaiveDate>, &str)> = done
        .plan
        .iter()
        .map(|p| (p.facet.as_str(), p.owner.as_str(), p.due, p.note.as_str()))
        .collect();
    assert_eq!(
        picked,
        [(
            VISION,
            "Ana",
            NaiveDate::from_ymd_opt(2026, 9, 30),
            "Fix the roadmap"
        )]
    );
}

#[test]
fn a_piped_answer_that_names_no_area_ends_the_run_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    let answers: String = (0..15).map(|_| "3\n").collect();
    // Line 16 finishes, 17 says yes, 18 names area 9 of 5.
    let input = format!("{answers}\ny\n9\n");
    let mut output = Vec::new();
    let start = Start::New {
        setup: setup(),
        questionnaire: Box::new(quick()),
    };
    let outcome = run_with(input.as_bytes(), &mut output, &store, start, false);
    let message = format!("{:#}", outcome.unwrap_err());
    assert!(
        message.contains("line 18: give a number from 1 to 5"),
        "{message}"
    );
    assert!(message.contains("is complete and saved"), "{message}");
    assert_eq!(newest(&store).status, AssessmentStatus::Complete);
    assert!(newest(&store).plan.is_empty());
}

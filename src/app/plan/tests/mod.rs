use super::*;
use crate::assessment::{Organization, Response, Setup, Timestamp};
use crate::questionnaire::builtin;

const ORG: &str = "Alder";
const VISION: &str = "shared_vision_first_look";

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

fn day(month: u32) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-{month:02}-01T09:00:00+01:00")).unwrap()
}

/// A quick-check check-in of Alder in `month`, every item at level 3; saved.
fn check_in(store: &Store, id: &str, month: u32, complete: bool) -> Assessment {
    let loaded = builtin("quick-check").unwrap();
    let q = &loaded.questionnaire;
    let setup = Setup {
        organization: Organization {
            name: ORG.into(),
            sector: "bakery".into(),
        },
        ..Setup::default()
    };
    let mut a = Assessment::start(id.into(), setup, q, &loaded.digest, day(month));
    for r in q.items() {
        a.respond(q, &r.item.id, Response::Value(3), day(month));
    }
    if complete {
        a.complete(q, day(month));
    }
    store.save(&a).unwrap();
    a
}

fn quick() -> Questionnaire {
    builtin("quick-check").unwrap().questionnaire
}

fn add(facet: &str) -> Change {
    Change::Add {
        facet: facet.into(),
        owner: "Ana".into(),
        due: None,
        note: String::new(),
        replace: false,
    }
}

#[test]
fn a_due_date_is_empty_or_written_as_yyyy_mm_dd() {
    assert_eq!(parse_due("  "), Ok(None));
    assert_eq!(
        parse_due(" 2027-03-31 "),
        Ok(NaiveDate::from_ymd_opt(2027, 3, 31))
    );
    for bad in ["31/03/2027", "2027-02-30", "next week"] {
        let said = parse_due(bad).unwrap_err();
        assert!(said.contains("write it as YYYY-MM-DD"), "{said}");
    }
}

#[test]
fn plans_are_changed_only_in_the_latest_complete_check_in() {
    let (_dir, store) = store();
    check_in(&store, "20260101-090000-aaaa", 1, true);
    check_in(&store, "20260201-090000-bbbb", 2, true);
    let refused = change_in(&store, "20260101-090000-aaaa", &add(VISION)).unwrap_err();
    let said = crate::error::message(&refused);
    assert!(
        said.contains("latest complete check-in, 2026-02-01"),
        "{said}"
    );
    assert!(store.load("20260101-090000-aaaa").unwrap().plan.is_empty());
    let saved = change_in(&store, "20260201-090000-bbbb", &add(VISION)).unwrap();
    assert_eq!(saved.plan.len(), 1);
    assert_eq!(store.load("20260201-090000-bbbb").unwrap().plan, saved.plan);
}

#[test]
fn a_draft_after_a_plan_reviews_it_until_every_priority_is_reviewed() {
    let (_dir, store) = store();
    check_in(&store, "20260101-090000-aaaa", 1, true);
    change(&store, ORG, &add(VISION)).unwrap();
    change(&store, ORG, &add("communication_first_look")).unwrap();
    let mut draft = check_in(&store, "20260301-090000-cccc", 3, false);
    let plans = around_check_in(&store, &draft, &quick()).unwrap();
    assert!(!plans.makes_plans(), "a draft makes no plan");
    let open = plans.open.clone().unwrap();
    assert_eq!(open.holder, "20260101-090000-aaaa");
    assert!(plans.review_due(&draft));
    review_into(&open, &mut draft, VISION, plan::Status::Done, "", day(3)).unwrap();
    assert!(plans.review_due(&draft), "one of two reviewed");
    let refused = review_into(
        &open,
        &mut draft,
        "data_governance_first_look",
        plan::Status::Done,
        "",
        day(3),
    );
    assert!(refused.is_err(), "not a priority of the plan");
    review_into(
        &open,
        &mut draft,
        "communication_first_look",
        plan::Status::Dropped,
        "",
        day(3),
    )
    .unwrap();
    assert!(!plans.review_due(&draft));
}

#[test]
fn a_complete_check_in_without_a_review_says_so_and_no_change_is_invented() {
    let (_dir, store) = store();
    check_in(&store, "20260101-090000-aaaa", 1, true);
    change(&store, ORG, &add(VISION)).unwrap();
    let later = check_in(&store, "20260301-090000-cccc", 3, true);
    let plans = around_check_in(&store, &later, &quick()).unwrap();
    assert!(plans.reviewed.is_none());
    assert!(plans.makes_plans());
    let text: Vec<String> = progress_lines(&plans, "HINT")
        .into_iter()
        .map(|l| l.text)
        .collect();
    assert!(
        text.iter()
            .any(|t| t.contains("was not reviewed in this check-in")),
        "{text:?}"
    );
    assert!(text.iter().any(|t| t.ends_with("HINT")), "{text:?}");
    assert!(!text.iter().any(|t| t.contains("->")), "{text:?}");
}

#[test]
fn a_check_in_started_in_the_second_the_last_was_completed_reviews_its_plan() {
    let (_dir, store) = store();
    check_in(&store, "20260101-090000-aaaa", 1, true);
    change(&store, ORG, &add(VISION)).unwrap();
    // Started at the very time (whole seconds) the first was completed.
    let draft = check_in(&store, "20260101-090000-bbbb", 1, false);
    let plans = around_check_in(&store, &draft, &quick()).unwrap();
    assert_eq!(plans.open.unwrap().holder, "20260101-090000-aaaa");
}

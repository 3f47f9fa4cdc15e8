use super::*;
use crate::assessment::{Organization, Respondent};
use crate::questionnaire::{Loaded, builtin};

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn at(minute: u32) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-03-01T10:{minute:02}:00+01:00")).unwrap()
}

/// Every item of quick-check answered 3 (item score 50) and completed at 10:15.
fn completed(q: &Questionnaire) -> Assessment {
    let mut a = Assessment::start("a".into(), Setup::default(), q, "d", at(0));
    let items: Vec<String> = q.items().map(|r| r.item.id.clone()).collect();
    for item in &items {
        a.respond(q, item, Response::Value(3), at(1));
    }
    a.complete(q, at(15));
    a
}

#[test]
fn answers_before_the_first_completion_are_not_logged() {
    let quick = quick();
    let a = completed(&quick.questionnaire);
    assert!(a.amendments.is_empty());
    assert_eq!(a.amended_at(), None);
}

#[test]
fn reopening_changing_and_completing_again_logs_each_step_and_keeps_the_first_date() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = completed(q);
    let first = q.items().next().unwrap().item.id.clone();
    a.reopen(q, Some("misheard the first answer".into()), at(20))
        .unwrap();
    assert!(a.is_reopened());
    assert_eq!(a.position, 0);
    a.respond(q, &first, Response::Value(4), at(21));
    // Changed again in the same reopening: one entry, from the first old to the last new.
    a.respond(q, &first, Response::Value(5), at(21));
    // The same answer again is no change.
    a.respond(q, &first, Response::Value(5), at(22));
    a.complete(q, at(23));

    assert_eq!(a.status, Status::Complete);
    assert_eq!(
        a.completed_at,
        Some(at(15)),
        "the first completion date stays"
    );
    assert_eq!(a.amended_at(), Some(at(23)));
    // By hand: all items 50 -> overall 50. One item of dimension 1 at 100: its facet
    // (100 + 50 + 50) / 3 = 66.67; overall (66.67 + 4 * 50) / 5 = 53.33.
    let after = a.scores.as_ref().unwrap().overall.value.unwrap();
    assert!((after - 160.0 / 3.0).abs() < 1e-9, "{after}");
    assert_eq!(
        a.amendments,
        vec![
            Amendment::Reopened {
                at: at(20),
                reason: Some("misheard the first answer".into())
            },
            Amendment::Answer {
                at: at(21),
                item: first,
                old: Some(Response::Value(3)),
                new: Some(Response::Value(5)),
            },
            Amendment::ScoresRecomputed {
                at: at(23),
                overall_before: Some(50.0),
                overall_after: Some(after),
            },
        ]
    );
}

#[test]
fn only_a_complete_assessment_is_reopened() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut draft = Assessment::start("a".into(), Setup::default(), q, "d", at(0));
    assert_eq!(draft.reopen(q, None, at(1)), Err(AmendRefusal::NotComplete));
    assert_eq!(draft.status, Status::Draft);
    assert!(draft.amendments.is_empty());
}

#[test]
fn setup_edits_of_a_completed_assessment_are_logged_field_by_field() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = completed(q);
    let mut setup = a.setup();
    setup.organization = Organization {
        name: "Alder Bakery".into(),
        sector: String::new(),
    };
    setup.round = Some("Q3 check-in".into());
    setup.advisor = Some("   ".into());
    let changed = a.edit_setup(setup, Some("typo".into()), at(30)).unwrap();
    assert_eq!(changed, vec![SetupField::Organization, SetupField::Round]);
    assert_eq!(a.organization.name, "Alder Bakery");
    assert_eq!(a.round.as_deref(), Some("Q3 check-in"));
    assert_eq!(a.advisor, None, "a blank advisor is none");
    assert_eq!(a.updated_at, at(30));
    assert_eq!(
        a.amendments,
        vec![
            Amendment::Setup {
                at: at(30),
                field: SetupField::Organization,
                old: String::new(),
                new: "Alder Bakery".into(),
                reason: Some("typo".into()),
            },
            Amendment::Setup {
                at: at(30),
                field: SetupField::Round,
                old: String::new(),
                new: "Q3 check-in".into(),
                reason: Some("typo".into()),
            },
        ]
    );
}

#[test]
fn setup_edits_of_a_draft_never_completed_are_not_logged() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = Assessment::start("a".into(), Setup::default(), q, "d", at(0));
    let setup = Setup {
        respondent: Respondent {
            name: "Ana".into(),
            role: "owner".into(),
        },
        mode: Mode::Interview,
        ..Setup::default()
    };
    assert_eq!(
        a.edit_setup(setup, None, at(5)),
        Ok(vec![
            SetupField::Respondent,
            SetupField::Role,
            SetupField::Mode
        ])
    );
    assert_eq!(a.mode, Mode::Interview);
    assert!(a.amendments.is_empty());
    assert_eq!(a.edit_setup(a.setup(), None, at(6)), Ok(vec![]));
    assert_eq!(a.updated_at, at(5), "no change, no new date");
}

#[test]
fn restoring_an_answer_forgets_the_amendment_it_made() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = completed(q);
    a.reopen(q, None, at(20)).unwrap();
    let item = q.items().nth(1).unwrap().item.id.clone();
    let before = a.answer(&item).cloned();
    let logged = a.amendments.len();
    a.clear_response(q, &item, at(21));
    assert_eq!(a.response(&item), None);
    assert_eq!(a.amendments.len(), logged + 1);
    a.restore_answer(q, &item, before.clone(), logged, at(22));
    assert_eq!(a.answer(&item).cloned(), before);
    assert_eq!(a.amendments.len(), logged);
}

#[test]
fn the_log_reads_back_from_yaml() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = completed(q);
    a.reopen(q, None, at(20)).unwrap();
    let item = q.items().next().unwrap().item.id.clone();
    a.respond(q, &item, Response::DontKnow, at(21));
    a.complete(q, at(22));
    let text = crate::yaml::to_string(&a).unwrap();
    assert!(text.contains("- change: answer\n"), "{text}");
    assert!(text.contains("  new: dont_know\n"), "{text}");
    let back: Assessment = crate::yaml::from_str(&text).unwrap();
    assert_eq!(back, a);
}

#[test]
fn an_answer_changed_back_in_the_same_reopening_leaves_no_entry() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = completed(q);
    a.reopen(q, None, at(20)).unwrap();
    let item = q.items().next().unwrap().item.id.clone();
    a.respond(q, &item, Response::Value(1), at(21));
    a.respond(q, &item, Response::Value(3), at(22));
    assert_eq!(a.amendments.len(), 1, "{:?}", a.amendments);
}

#[test]
fn a_full_log_refuses_another_reopening() {
    let quick = quick();
    let q = &quick.questionnaire;
    let mut a = completed(q);
    // 15 items: a reopening may add 15 + 2 entries.
    let filler = Amendment::Reopened {
        at: at(16),
        reason: None,
    };
    a.amendments = vec![filler; crate::limits::MAX_AMENDMENTS - 17];
    let mut full = a.clone();
    full.amendments.push(Amendment::Reopened {
        at: at(16),
        reason: None,
    });
    assert_eq!(full.reopen(q, None, at(20)), Err(AmendRefusal::LogFull));
    assert_eq!(full.status, Status::Complete);
    assert_eq!(a.reopen(q, None, at(20)), Ok(()));
}

use super::*;

fn p(facet: &str) -> Priority {
    Priority {
        facet: facet.to_string(),
        title: facet.to_uppercase(),
        owner: String::new(),
        due: None,
        note: String::new(),
    }
}

#[test]
fn a_plan_holds_five_priorities_each_facet_once() {
    let mut plan = Vec::new();
    for facet in ["a", "b", "c", "d", "e"] {
        plan = with_priority(&plan, p(facet), false).unwrap();
    }
    assert_eq!(with_priority(&plan, p("f"), false), Err(PlanError::TooMany));
    assert_eq!(
        with_priority(&plan, p("c"), false),
        Err(PlanError::Duplicate("c".into()))
    );
    // Replacing a planned facet keeps its place and the count.
    let mut changed = p("c");
    changed.owner = "Ana".into();
    let replaced = with_priority(&plan, changed, true).unwrap();
    assert_eq!(replaced.len(), 5);
    assert_eq!(replaced[2].owner, "Ana");
}

#[test]
fn reviews_follow_the_plan_order_and_replace_earlier_ones() {
    let plan = vec![p("a"), p("b")];
    let empty = PlanReview {
        plan_of: "x".into(),
        reviews: Vec::new(),
    };
    let review = with_review(&plan, &empty, "b", Status::Done, " fixed ").unwrap();
    let review = with_review(&plan, &review, "a", Status::Dropped, "").unwrap();
    let review = with_review(&plan, &review, "b", Status::InProgress, "not yet").unwrap();
    let seen: Vec<(&str, Status, &str)> = review
        .reviews
        .iter()
        .map(|r| (r.facet.as_str(), r.status, r.note.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("a", Status::Dropped, ""),
            ("b", Status::InProgress, "not yet")
        ]
    );
    assert_eq!(
        with_review(&plan, &review, "z", Status::Done, ""),
        Err(PlanError::NotInPlan("z".into()))
    );
}

#[test]
fn statuses_read_in_words_or_file_spelling() {
    assert_eq!(Status::parse("Done"), Some(Status::Done));
    assert_eq!(Status::parse("in-progress"), Some(Status::InProgress));
    assert_eq!(Status::parse("in_progress"), Some(Status::InProgress));
    assert_eq!(Status::parse(" dropped "), Some(Status::Dropped));
    assert_eq!(Status::parse("started"), None);
    assert_eq!(Status::InProgress.word(), "in progress");
}

#[test]
fn statuses_read_and_show_in_the_current_language_too() {
    use crate::i18n::{Lang, with_lang};
    with_lang(Lang::De, || {
        assert_eq!(Status::parse("In Arbeit"), Some(Status::InProgress));
        assert_eq!(Status::parse("aufgegeben"), Some(Status::Dropped));
        // The file spelling is understood in every language.
        assert_eq!(Status::parse("done"), Some(Status::Done));
        assert_eq!(Status::Done.label(), "erledigt");
    });
    with_lang(Lang::Es, || {
        assert_eq!(Status::parse("en curso"), Some(Status::InProgress));
        assert_eq!(Status::Dropped.label(), "abandonado");
    });
    // A German word is not a status in English.
    assert_eq!(with_lang(Lang::En, || Status::parse("erledigt")), None);
    assert_eq!(Status::Done.word(), "done");
}

#[test]
fn a_check_in_finds_the_plan_it_made_and_the_plan_it_reviewed() {
    use chrono::{FixedOffset, TimeZone};
    let stage = |id: &str, reviewed_in: Option<&str>| PlanStage {
        assessment: id.to_string(),
        round: None,
        date: FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .unwrap(),
        reviewed_in: reviewed_in.map(str::to_string),
        priorities: Vec::new(),
    };
    let history = PlanHistory {
        stages: vec![stage("one", Some("two")), stage("two", None)],
    };
    let second = history.of_check_in("two");
    assert_eq!(second.made.map(|s| s.assessment.as_str()), Some("two"));
    assert_eq!(second.reviewed.map(|s| s.assessment.as_str()), Some("one"));
    let first = history.of_check_in("one");
    assert_eq!(first.made.map(|s| s.assessment.as_str()), Some("one"));
    assert!(first.reviewed.is_none());
    assert!(history.of_check_in("three").is_empty());
}

#[test]
fn the_open_plan_is_the_newest_other_one_recorded_up_to_the_reviewers_second() {
    use crate::assessment::{Assessment, Setup, Timestamp};
    use crate::questionnaire::builtin;
    let loaded = builtin("quick-check").unwrap();
    let q = &loaded.questionnaire;
    let at = |time: &str| Timestamp::parse_from_rfc3339(&format!("2026-12-02T{time}Z")).unwrap();
    let holder = |id: &str, completed: &str, facet: &str| {
        let mut a = Assessment::start(
            id.into(),
            Setup::default(),
            q,
            &loaded.digest,
            at("08:00:00"),
        );
        a.complete(q, at(completed));
        a.set_plan(vec![p(facet)], at(completed));
        (a, q.clone())
    };
    let first = holder("first", "09:00:00", "x");
    let second = holder("second", "10:00:00", "y");
    let later = holder("later", "11:00:00", "z");
    // A check-in started in the very second `second` was completed: whole-second times
    // cannot order them, and the plan just made is the one to review.
    let mut reviewer = Assessment::start(
        "reviewer".into(),
        Setup::default(),
        q,
        &loaded.digest,
        at("10:00:00"),
    );
    // The reviewer's own plan is never the one it reviews.
    reviewer.set_plan(vec![p("w")], at("10:00:00"));
    let all = vec![first, second, later, (reviewer.clone(), q.clone())];
    let open = open_plan(&all, Some(&reviewer)).map(|(a, _)| a.id.as_str());
    assert_eq!(open, Some("second"));
    let newest = open_plan(&all, None).map(|(a, _)| a.id.as_str());
    assert_eq!(newest, Some("later"));
    let none_before = open_plan(&all[..1], Some(&all[0].0));
    assert!(
        none_before.is_none(),
        "an assessment never reviews its own plan"
    );
}

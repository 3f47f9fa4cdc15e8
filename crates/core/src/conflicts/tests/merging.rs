use crate::assessment::{Assessment, Response, Setup, Status, Timestamp};
use crate::conflicts::{SideValue, merge};
use crate::questionnaire::{Loaded, builtin};

fn at(time: &str) -> Timestamp {
    Timestamp::parse_from_rfc3339(&format!("2026-12-02T{time}+01:00")).unwrap()
}

fn quick_check() -> Loaded {
    builtin("quick-check").unwrap()
}

/// The same assessment as two machines had it before they synced.
fn two_versions() -> (Loaded, Assessment, Assessment) {
    let loaded = quick_check();
    let q = &loaded.questionnaire;
    let start = Assessment::start(
        "20261202-090000Z-0123456789abcdef".into(),
        Setup::default(),
        q,
        &loaded.digest,
        at("09:00:00"),
    );
    let mut here = start.clone();
    here.respond(q, "sv_joint_aims", Response::Value(3), at("10:00:00"));
    here.respond(q, "sv_time_set_aside", Response::Value(2), at("10:01:00"));
    here.set_note(q, "sv_joint_aims", "x".into(), at("10:02:00"));
    let mut there = start;
    there.respond(q, "sv_joint_aims", Response::Value(4), at("11:00:00"));
    there.respond(q, "sv_benefit_split", Response::DontKnow, at("11:01:00"));
    there.set_note(q, "sv_joint_aims", "y".into(), at("11:02:00"));
    there.toggle_flag(q, "sv_time_set_aside", at("11:03:00"));
    (loaded, here, there)
}

#[test]
fn the_response_given_last_wins_and_every_note_and_flag_is_kept() {
    let (loaded, here, there) = two_versions();
    let merged = merge(&[here, there], &loaded.questionnaire).unwrap();
    let a = &merged.assessment;
    // sv_joint_aims: 3 at 10:00 here, 4 at 11:00 there -> 4.
    assert_eq!(a.response("sv_joint_aims"), Some(Response::Value(4)));
    // sv_time_set_aside: answered only here (there only flagged it) -> 2, flagged.
    assert_eq!(a.response("sv_time_set_aside"), Some(Response::Value(2)));
    assert!(a.is_flagged("sv_time_set_aside"));
    // sv_benefit_split: only there.
    assert_eq!(a.response("sv_benefit_split"), Some(Response::DontKnow));
    assert_eq!(a.note("sv_joint_aims"), "x\n\ny");
    assert_eq!(merged.notes_joined, ["sv_joint_aims"]);
    assert_eq!(a.answers.len(), 3);
    // The newest version's setup and time: there was updated last, at 11:03.
    assert_eq!(a.updated_at, at("11:03:00"));
    assert_eq!(a.status, Status::Draft);
    let items: Vec<&str> = merged.differences.iter().map(|d| d.item.as_str()).collect();
    assert_eq!(items, ["sv_joint_aims", "sv_time_set_aside"]);
    let joint = &merged.differences[0];
    assert_eq!(joint.kept, 1);
    assert_eq!(
        joint.values,
        [
            SideValue {
                side: 0,
                response: Some(Response::Value(3)),
                answered_at: Some(at("10:00:00")),
            },
            SideValue {
                side: 1,
                response: Some(Response::Value(4)),
                answered_at: Some(at("11:00:00")),
            },
        ]
    );
    assert_eq!(merged.differences[1].kept, 0);
}

#[test]
fn the_order_of_the_versions_does_not_change_the_answers() {
    let (loaded, here, there) = two_versions();
    let q = &loaded.questionnaire;
    let one = merge(&[here.clone(), there.clone()], q).unwrap().assessment;
    let other = merge(&[there, here], q).unwrap().assessment;
    assert_eq!(one.responses(), other.responses());
    // Notes follow the versions' order; the set is the same.
    assert_eq!(other.note("sv_joint_aims"), "y\n\nx");
}

#[test]
fn a_completed_version_makes_the_merge_complete_with_scores_of_the_merged_answers() {
    let (loaded, mut here, there) = two_versions();
    let q = &loaded.questionnaire;
    here.complete(q, at("10:30:00"));
    let merged = merge(&[here, there], q).unwrap().assessment;
    assert_eq!(merged.status, Status::Complete);
    assert_eq!(merged.completed_at, Some(at("10:30:00")));
    let overall = merged.scores.unwrap().overall;
    // Two values (4 and 2) and one "don't know" of quick-check's 15 items.
    assert_eq!(
        (overall.answered, overall.dont_know, overall.total),
        (2, 1, 15)
    );
}

#[test]
fn versions_of_different_assessments_or_questionnaires_are_not_merged() {
    let (loaded, here, mut there) = two_versions();
    let q = &loaded.questionnaire;
    assert!(
        merge(std::slice::from_ref(&here), q)
            .unwrap_err()
            .contains("only one")
    );
    there.id = "20261202-090000Z-fedcba9876543210".into();
    assert!(
        merge(&[here.clone(), there.clone()], q)
            .unwrap_err()
            .contains("reid")
    );
    there.id = here.id.clone();
    there.questionnaire.digest = "0".repeat(64);
    assert!(
        merge(&[here, there], q)
            .unwrap_err()
            .contains("different questionnaires")
    );
}

#[test]
fn every_priority_reviewed_on_either_machine_is_kept() {
    use crate::assessment::plan::{PlanReview, Review, Status as PlanStatus};
    let (loaded, mut here, mut there) = two_versions();
    let review = |facet: &str, status| Review {
        facet: facet.into(),
        status,
        note: String::new(),
    };
    let plan_of = "20260301-090000Z-00000000000000aa".to_string();
    // Here reviewed a and b; there (updated later) reviewed b differently and c.
    here.set_plan_review(
        PlanReview {
            plan_of: plan_of.clone(),
            reviews: vec![
                review("a", PlanStatus::Done),
                review("b", PlanStatus::Dropped),
            ],
        },
        at("10:05:00"),
    );
    there.set_plan_review(
        PlanReview {
            plan_of: plan_of.clone(),
            reviews: vec![
                review("b", PlanStatus::InProgress),
                review("c", PlanStatus::Done),
            ],
        },
        at("11:05:00"),
    );
    let merged = merge(&[here.clone(), there], &loaded.questionnaire).unwrap();
    let kept = merged.assessment.plan_review.unwrap();
    assert_eq!(kept.plan_of, plan_of);
    let statuses: Vec<(&str, PlanStatus)> = kept
        .reviews
        .iter()
        .map(|r| (r.facet.as_str(), r.status))
        .collect();
    // b: the later version's word; a only here; c only there.
    assert_eq!(
        statuses,
        [
            ("b", PlanStatus::InProgress),
            ("c", PlanStatus::Done),
            ("a", PlanStatus::Done)
        ]
    );
    // A review only in the older version survives a newer version without one.
    let (_, _, newer_without) = two_versions();
    let merged = merge(&[here, newer_without], &loaded.questionnaire).unwrap();
    assert_eq!(merged.assessment.plan_review.unwrap().reviews.len(), 2);
}

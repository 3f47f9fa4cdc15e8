//! The cases where comparing each side's own scores overstated a change: a whole dimension
//! answered "don't know" on one side, a quick check against a full assessment, and a
//! reverse-worded item that moved. Every change is made on the items both sides answered.
//! The cases are built on version 1.0.0 of the built-in questionnaires (retired, still
//! compiled in), which has the agreement scale and reverse-worded items they need.

use chrono::DateTime;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::compare::{Direction, compare};
use ecoready::questionnaire::{Loaded, Questionnaire, digest, parse, retired};

const TOLERANCE: f64 = 1e-9;

fn close(actual: Option<f64>, expected: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: no value"));
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "{what}: {actual} != {expected}"
    );
}

/// A complete assessment of `q` answered by `answer` (no response where it gives none).
fn assessment(
    q: &Questionnaire,
    digest: &str,
    at: &str,
    answer: impl Fn(&str) -> Option<Response>,
) -> Assessment {
    let at = DateTime::parse_from_rfc3339(at).unwrap();
    let setup = Setup {
        organization: Organization {
            name: "Acme".to_string(),
            sector: String::new(),
        },
        respondent: Respondent {
            name: "Ana".to_string(),
            role: String::new(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    };
    let mut a = Assessment::start(at.to_rfc3339(), setup, q, digest, at);
    for r in q.items() {
        if let Some(response) = answer(&r.item.id) {
            a.respond(q, &r.item.id, response, at);
        }
    }
    a.complete(q, at);
    a
}

fn full() -> Loaded {
    retired("ecosystem-readiness", "1.0.0").unwrap()
}

fn quick() -> Loaded {
    retired("quick-check", "1.0.0").unwrap()
}

#[test]
fn a_dimension_answered_dont_know_on_one_side_is_not_compared() {
    // Two dimensions (see the fixture): before alpha all 4 (50), beta "don't know";
    // after a1 = a2 = 7 (100), a3 = 4 (50), beta all 7 (100).
    let text = include_str!("fixtures/two-dimensions.yaml");
    let (q, d) = (parse(text).unwrap(), digest(text.as_bytes()));
    let before = assessment(&q, &d, "2025-01-10T09:00:00+01:00", |id| {
        Some(match id {
            "b1" | "b2" => Response::DontKnow,
            _ => Response::Value(4),
        })
    });
    let after = assessment(&q, &d, "2025-06-10T09:00:00+02:00", |id| {
        Some(Response::Value(if id == "a3" { 4 } else { 7 }))
    });
    let c = compare((&before, &q), (&after, &q));
    // Each side's own overall (looser rules) would have been alpha alone, 50, against
    // (75 + 100) / 2 = 87.5: +37.5, half of it beta's answers that the earlier side never
    // gave. Like for like: alpha (100 + 50) / 2 = 75 against 50, +25, on 3 of 3 items;
    // beta rests on 0 of 2 items: not comparable; the overall needs every dimension.
    let alpha = &c.dimensions[0].delta;
    close(alpha.change, 25.0, "alpha");
    assert_eq!((alpha.items, alpha.shared), (Some(3), Some(3)));
    let beta = &c.dimensions[1].delta;
    assert_eq!((beta.change, beta.direction), (None, Direction::Unknown));
    assert_eq!((beta.items, beta.shared), (Some(0), Some(2)));
    assert_eq!(c.overall.change, None);
    assert_eq!((c.overall.items, c.overall.shared), (Some(3), Some(5)));
    assert_eq!(c.not_compared.both_answered, 3);
    assert_eq!(
        c.not_compared.note,
        "Both used the same questionnaire; both answered 3 of its 5 questions with a value, \
         and every change rests on those only. Overall readiness is not comparable: Beta has \
         no comparable score. Across the 1 dimension that can be compared the change is +25.0 \
         (weighted as in the overall score)."
    );
}

#[test]
fn on_the_full_questionnaire_the_change_is_the_answers_not_the_dont_knows() {
    // Before: every item at the middle of its scale (50), data governance all "don't
    // know". After: the middle again, and data governance at the top (100).
    let loaded = full();
    let q = &loaded.questionnaire;
    let in_data = |id: &str| q.find_item(id).unwrap().dimension.id == "data_governance";
    let middle = |id: &str| {
        let (min, max) = q.value_range(q.find_item(id).unwrap().item).unwrap();
        Response::Value((min + max) / 2)
    };
    let top = |id: &str| {
        let item = q.find_item(id).unwrap().item;
        let (min, max) = q.value_range(item).unwrap();
        Response::Value(if item.reverse { min } else { max })
    };
    let before = assessment(q, &loaded.digest, "2025-01-10T09:00:00+01:00", |id| {
        Some(if in_data(id) {
            Response::DontKnow
        } else {
            middle(id)
        })
    });
    let after = assessment(q, &loaded.digest, "2025-06-10T09:00:00+02:00", |id| {
        Some(if in_data(id) { top(id) } else { middle(id) })
    });
    let c = compare((&before, q), (&after, q));
    // Nothing both sides answered changed: every comparable dimension is unchanged, and
    // the overall change, which data governance alone would have made (50 -> 60 with five
    // equal weights), is not comparable.
    let data_items = q.items().filter(|r| in_data(&r.item.id)).count();
    let total = q.item_count();
    assert_eq!(c.overall.change, None);
    assert_eq!(c.overall.items, Some(total - data_items));
    assert_eq!(c.not_compared.both_answered, total - data_items);
    for d in &c.dimensions {
        if d.id == "data_governance" {
            assert_eq!(d.delta.direction, Direction::Unknown);
        } else {
            assert_eq!(d.delta.direction, Direction::Same, "{}", d.id);
        }
    }
    assert!(
        c.not_compared.note.contains(&format!(
            "both answered {} of its {total} questions",
            total - data_items
        )),
        "{}",
        c.not_compared.note
    );
    assert!(
        c.not_compared
            .note
            .contains("Data governance has no comparable score")
    );
    assert!(c.not_compared.note.contains("the change is +0.0"));
    assert!(c.moved_items.is_empty());
}

#[test]
fn a_quick_check_against_a_full_one_compares_shared_vision_on_the_facets_both_answered() {
    // Quick check: goals 4 (50), value 5 (66.67), backing "don't know". Full: goals 5
    // (66.67), value 6 (83.33), backing 5 (66.67). Each side's own shared vision: 58.33
    // against (66.67 + 83.33 + 66.67) / 3 = 72.22, "+13.9" from three facets against two.
    // Like for like, on goals and value: (66.67 + 83.33) / 2 = 75 against 58.33, +16.7.
    let quick = quick();
    let full = full();
    let before = assessment(
        &quick.questionnaire,
        &quick.digest,
        "2025-01-10T09:00:00+01:00",
        |id| match id {
            "sv_goal_3" => Some(Response::Value(4)),
            "sv_value_1" => Some(Response::Value(5)),
            "sv_commit_1" => Some(Response::DontKnow),
            _ => None,
        },
    );
    let after = assessment(
        &full.questionnaire,
        &full.digest,
        "2025-06-10T09:00:00+02:00",
        |id| match id {
            "sv_goal_3" | "sv_commit_1" => Some(Response::Value(5)),
            "sv_value_1" => Some(Response::Value(6)),
            _ => None,
        },
    );
    let c = compare(
        (&before, &quick.questionnaire),
        (&after, &full.questionnaire),
    );
    let vision = c
        .dimensions
        .iter()
        .find(|d| d.id == "shared_vision")
        .unwrap();
    close(vision.delta.before, 175.0 / 3.0, "before");
    close(vision.delta.after, 75.0, "after");
    close(vision.delta.change, 50.0 / 3.0, "change");
    assert_eq!(
        (vision.delta.items, vision.delta.shared),
        (Some(2), Some(3))
    );
    // The backing facet rests on no item both answered.
    let backing = &vision.facets[2].delta;
    assert_eq!(backing.direction, Direction::Unknown);
    assert_eq!(c.overall.change, None);
}

#[test]
fn items_that_moved_name_the_answers_given() {
    // sv_value_3 is worded in reverse: "Disagree" (2) scores 83.33, "Agree" (6) 16.67. Its
    // score fell by 66.67 because the respondent came to agree that sharing is lopsided.
    let loaded = full();
    let q = &loaded.questionnaire;
    let answer = |value_3: u8| {
        move |id: &str| match id {
            "sv_value_3" => Some(Response::Value(value_3)),
            "sv_goal_1" => Some(Response::Value(2)),
            _ => None,
        }
    };
    let before = assessment(q, &loaded.digest, "2025-01-10T09:00:00+01:00", answer(2));
    let mut after = assessment(q, &loaded.digest, "2025-06-10T09:00:00+02:00", answer(6));
    // An anchored item: level 2 -> level 4.
    let anchored = q
        .items()
        .find(|r| {
            q.scales
                .get(&r.item.scale)
                .is_some_and(|s| matches!(s, ecoready::questionnaire::Scale::Anchored { .. }))
        })
        .unwrap()
        .item
        .id
        .clone();
    let mut before = before;
    let at = DateTime::parse_from_rfc3339("2025-06-10T09:00:00+02:00").unwrap();
    before.respond(q, &anchored, Response::Value(2), at);
    after.respond(q, &anchored, Response::Value(4), at);
    let c = compare((&before, q), (&after, q));
    let moved: Vec<(&str, &str, &str, bool)> = c
        .moved_items
        .iter()
        .map(|m| {
            (
                m.item.as_str(),
                m.answer_before.as_str(),
                m.answer_after.as_str(),
                m.reverse,
            )
        })
        .collect();
    assert_eq!(
        moved,
        [
            ("sv_value_3", "Disagree", "Agree", true),
            (anchored.as_str(), "level 2", "level 4", false),
        ]
    );
    close(Some(c.moved_items[0].change), -200.0 / 3.0, "sv_value_3");
}

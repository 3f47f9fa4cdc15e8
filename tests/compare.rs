//! Comparing two assessments, checked against deltas worked out by hand (arithmetic in
//! the comments). On 1-7 an item scores 100 * (v - 1) / 6: 1 -> 0, 4 -> 50, 6 -> 83.33,
//! 7 -> 100.

use std::collections::BTreeSet;

use chrono::DateTime;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::compare::{Delta, Direction, compare, restricted_to};
use ecoready::questionnaire::{Item, Questionnaire, builtin, digest, parse};

const TOLERANCE: f64 = 1e-9;

/// alpha: f1 = a1, a2; f2 = a3. beta: b = b1, b2. All on 1-7, every weight 1.
const V1: &str = include_str!("fixtures/two-dimensions.yaml");

fn close(actual: Option<f64>, expected: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: no value"));
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "{what}: {actual} != {expected}"
    );
}

/// A complete assessment of `q` (whose text has `digest`) answered with `answers`.
fn answered(
    q: &Questionnaire,
    digest: &str,
    id: &str,
    at: &str,
    answers: &[(&str, Response)],
    notes: &[(&str, &str)],
) -> Assessment {
    let at = DateTime::parse_from_rfc3339(at).unwrap();
    let setup = Setup {
        organization: Organization {
            name: "Acme".to_string(),
            sector: "food".to_string(),
        },
        respondent: Respondent {
            name: "Ana".to_string(),
            role: "owner".to_string(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    };
    let mut a = Assessment::start(id.to_string(), setup, q, digest, at);
    for &(item, response) in answers {
        a.respond(q, item, response, at);
    }
    for &(item, note) in notes {
        a.set_note(q, item, note.to_string(), at);
    }
    a.complete(q, at);
    a
}

fn v(value: u8) -> Response {
    Response::Value(value)
}

#[test]
fn same_questionnaire_deltas_directions_moved_items_and_notes() {
    let q = parse(V1).unwrap();
    let d = digest(V1.as_bytes());
    let before = answered(
        &q,
        &d,
        "before",
        "2025-01-10T09:00:00+01:00",
        &[
            ("a1", v(4)),
            ("a2", v(4)),
            ("a3", v(4)),
            ("b1", v(4)),
            ("b2", v(4)),
        ],
        &[("a2", "ask Sam")],
    );
    let after = answered(
        &q,
        &d,
        "after",
        "2025-04-10T09:00:00+02:00",
        &[
            ("a1", v(6)),
            ("a2", v(4)),
            ("a3", v(1)),
            ("b1", v(1)),
            ("b2", v(7)),
        ],
        &[("b1", "new supplier")],
    );
    let c = compare((&before, &q), (&after, &q));
    assert!(c.same_questionnaire);
    assert_eq!(
        (c.before.id.as_str(), c.after.id.as_str()),
        ("before", "after")
    );

    // Before every item scores 50, so every score is 50.
    // f1 after: (83.33 + 50) / 2 = 66.67, change +16.67 up. f2: 0, change -50 down.
    // alpha: (66.67 + 0) / 2 = 33.33, change -16.67. beta: (0 + 100) / 2 = 50, unchanged.
    // overall: (33.33 + 50) / 2 = 41.67, change -8.33.
    let alpha = &c.dimensions[0];
    let (f1, f2) = (&alpha.facets[0].delta, &alpha.facets[1].delta);
    close(f1.before, 50.0, "f1 before");
    close(f1.after, 200.0 / 3.0, "f1 after");
    close(f1.change, 50.0 / 3.0, "f1 change");
    assert_eq!(f1.direction, Direction::Up);
    close(f2.change, -50.0, "f2 change");
    assert_eq!(f2.direction, Direction::Down);
    close(alpha.delta.after, 100.0 / 3.0, "alpha after");
    close(alpha.delta.change, -50.0 / 3.0, "alpha change");
    let beta = &c.dimensions[1].delta;
    close(beta.change, 0.0, "beta change");
    assert_eq!(beta.direction, Direction::Same);
    close(c.overall.after, 125.0 / 3.0, "overall after");
    close(c.overall.change, 125.0 / 3.0 - 50.0, "overall change");
    assert_eq!(c.overall.direction, Direction::Down);

    // |change|: a3 50, b1 50, b2 50, a1 33.33; a2 did not move. Ties keep questionnaire order.
    let moved: Vec<(&str, f64)> = c
        .moved_items
        .iter()
        .map(|m| (m.item.as_str(), m.change))
        .collect();
    assert_eq!(
        moved.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        ["a3", "b1", "b2", "a1"]
    );
    close(Some(moved[2].1), 50.0, "b2 change");
    close(Some(moved[3].1), 100.0 * 5.0 / 6.0 - 50.0, "a1 change");
    assert_eq!(c.moved_items[0].dimension, "alpha");
    assert_eq!(c.moved_items[0].before, Some(50.0));
    assert_eq!(c.moved_items[0].after, Some(0.0));

    let notes: Vec<(&str, &str, &str)> = c
        .notes
        .iter()
        .map(|n| (n.item.as_str(), n.before.as_str(), n.after.as_str()))
        .collect();
    assert_eq!(notes, [("a2", "ask Sam", ""), ("b1", "", "new supplier")]);

    assert!(c.not_compared.items_only_before.is_empty());
    assert!(c.not_compared.items_only_after.is_empty());
    assert_eq!(c.not_compared.shared_items, 5);
    assert_eq!(c.not_compared.both_answered, 5);
    assert_eq!(
        c.not_compared.note,
        "Both used the same questionnaire; both answered all 5 questions with a value."
    );
    // Every change rests on the items of its area: f1 on a1, a2; alpha on 3; overall on 5.
    assert_eq!((f1.items, f1.shared), (Some(2), Some(2)));
    assert_eq!((alpha.delta.items, alpha.delta.shared), (Some(3), Some(3)));
    assert_eq!((c.overall.items, c.overall.shared), (Some(5), Some(5)));
}

#[test]
fn changes_rest_on_the_answers_not_on_a_stored_score() {
    let q = parse(V1).unwrap();
    let d = digest(V1.as_bytes());
    let all = |value| {
        [
            ("a1", v(value)),
            ("a2", v(value)),
            ("a3", v(value)),
            ("b1", v(value)),
            ("b2", v(value)),
        ]
    };
    let mut before = answered(&q, &d, "b", "2025-01-10T09:00:00+01:00", &all(4), &[]);
    let after = answered(&q, &d, "a", "2025-02-10T09:00:00+01:00", &all(7), &[]);
    // A changed score snapshot does not move the change: both sides are scored like for
    // like from their answers, 50 -> 100.
    before.scores.as_mut().unwrap().overall.value = Some(12.0);
    let c = compare((&before, &q), (&after, &q));
    close(c.overall.before, 50.0, "overall from the answers");
    close(c.overall.change, 50.0, "100 - 50");
}

#[test]
fn directions_have_marks_and_words_and_small_changes_are_unchanged() {
    // 50.04 - 50 = 0.04 < 0.05: unchanged; 0.06 is a rise; no score on one side: unknown.
    assert_eq!(
        Delta::new(Some(50.0), Some(50.04)).direction,
        Direction::Same
    );
    assert_eq!(
        Delta::new(Some(50.0), Some(49.96)).direction,
        Direction::Same
    );
    assert_eq!(Delta::new(Some(50.0), Some(50.06)).direction, Direction::Up);
    assert_eq!(Delta::new(Some(50.0), None).direction, Direction::Unknown);
    assert_eq!(Delta::new(Some(50.0), None).change, None);
    let marks: Vec<(&str, &str)> = [
        Direction::Up,
        Direction::Down,
        Direction::Same,
        Direction::Unknown,
    ]
    .iter()
    .map(|d| (d.mark(), d.word()))
    .collect();
    assert_eq!(
        marks,
        [
            ("▲", "improved"),
            ("▼", "declined"),
            ("=", "unchanged"),
            ("?", "not comparable")
        ]
    );
}

/// Dimension ids with their facet ids and those facets' item ids.
type Shape = Vec<(String, Vec<(String, Vec<String>)>)>;

#[test]
fn restricting_keeps_structure_and_drops_what_is_left_empty() {
    let q = parse(V1).unwrap();
    let ids: BTreeSet<String> = ["a1", "b2"].iter().map(|s| s.to_string()).collect();
    let r = restricted_to(&q, &ids);
    let shape: Shape = r
        .dimensions
        .iter()
        .map(|d| {
            let facets = d
                .facets
                .iter()
                .map(|f| (f.id.clone(), f.items.iter().map(|i| i.id.clone()).collect()));
            (d.id.clone(), facets.collect())
        })
        .collect();
    let expected = vec![
        (
            "alpha".to_string(),
            vec![("f1".to_string(), vec!["a1".to_string()])],
        ),
        (
            "beta".to_string(),
            vec![("b".to_string(), vec!["b2".to_string()])],
        ),
    ];
    assert_eq!(shape, expected);
}

/// The middle of every scale: scores 50 (4 on 1-7, level 3 on 1-5).
fn middle(q: &Questionnaire, item: &Item) -> Response {
    let (min, max) = q.value_range(item).unwrap();
    v((min + max) / 2)
}

/// The value worth `score` 100 or 0.
fn extreme(q: &Questionnaire, item: &Item, high: bool) -> Response {
    let (min, max) = q.value_range(item).unwrap();
    v(if item.reverse == high { min } else { max })
}

#[test]
fn a_quick_check_against_a_full_assessment_compares_the_shared_items() {
    let quick = builtin("quick-check").unwrap();
    let full = builtin("ecosystem-readiness").unwrap();
    let (qq, fq) = (&quick.questionnaire, &full.questionnaire);
    let quick_ids: Vec<String> = qq.items().map(|r| r.item.id.clone()).collect();
    let answers: Vec<(String, Response)> = qq
        .items()
        .map(|r| (r.item.id.clone(), middle(qq, r.item)))
        .collect();
    let borrowed: Vec<(&str, Response)> = answers.iter().map(|(i, r)| (i.as_str(), *r)).collect();
    let before = answered(
        qq,
        &quick.digest,
        "quick",
        "2025-01-10T09:00:00+01:00",
        &borrowed,
        &[],
    );
    // The full assessment: 100 on the items the quick check has, 0 on all the others.
    let answers: Vec<(String, Response)> = fq
        .items()
        .map(|r| {
            (
                r.item.id.clone(),
                extreme(fq, r.item, quick_ids.contains(&r.item.id)),
            )
        })
        .collect();
    let borrowed: Vec<(&str, Response)> = answers.iter().map(|(i, r)| (i.as_str(), *r)).collect();
    let after = answered(
        fq,
        &full.digest,
        "full",
        "2025-06-10T09:00:00+02:00",
        &borrowed,
        &[],
    );

    let c = compare((&before, qq), (&after, fq));
    assert!(!c.same_questionnaire);
    // Every quick-check item is in the full questionnaire; the rest of it is unmatched.
    let only_after: Vec<String> = fq
        .items()
        .map(|r| r.item.id.clone())
        .filter(|id| !quick_ids.contains(id))
        .collect();
    assert_eq!(c.not_compared.shared_items, quick_ids.len());
    assert!(c.not_compared.items_only_before.is_empty());
    assert_eq!(c.not_compared.items_only_after, only_after);
    assert!(c.not_compared.dimensions.is_empty());
    assert_eq!(
        c.not_compared.note,
        format!(
            "Compared on the {} questions both questionnaires share; both answered all {} \
             questions with a value; {} questions of the later one have no counterpart.",
            quick_ids.len(),
            quick_ids.len(),
            only_after.len()
        )
    );

    // On the shared items: before every score 50, after every score 100, so +50 everywhere,
    // although the full assessment's own overall score is far lower (its other items are 0).
    close(c.overall.before, 50.0, "overall before");
    close(c.overall.after, 100.0, "overall after");
    let stored = after.scores.as_ref().unwrap().overall.value.unwrap();
    assert!(stored < 50.0, "stored overall {stored}");
    assert_eq!(c.dimensions.len(), qq.dimensions.len());
    for dimension in &c.dimensions {
        close(dimension.delta.change, 50.0, &dimension.id);
        // The quick check merges each dimension's facets into one (`<dimension>_first_look`),
        // which the full questionnaire does not have. The facets shown are the full
        // questionnaire's facets holding a shared item, then the merged one; facets with no
        // shared item (e.g. the full questionnaire's `ownership_use`) are left out rather
        // than shown as unknown, and no facet is on both sides, so none has a change: a
        // merged facet is not a facet of the full instrument.
        let full_facets = fq.dimension(&dimension.id).unwrap().facets.iter();
        let mut expected: Vec<&str> = full_facets
            .filter(|f| f.items.iter().any(|i| quick_ids.contains(&i.id)))
            .map(|f| f.id.as_str())
            .collect();
        let merged = format!("{}_first_look", dimension.id);
        expected.push(&merged);
        let compared: Vec<&str> = dimension.facets.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(compared, expected, "{}", dimension.id);
        for facet in &dimension.facets {
            assert_eq!(facet.delta.direction, Direction::Unknown, "{}", facet.id);
        }
    }
    // Every shared item moved by +50; equal changes keep the full questionnaire's order.
    let moved: Vec<String> = c.moved_items.iter().map(|m| m.item.clone()).collect();
    let in_full_order: Vec<String> = fq
        .items()
        .map(|r| r.item.id.clone())
        .filter(|id| quick_ids.contains(id))
        .collect();
    assert_eq!(moved, in_full_order);
}

#[test]
fn a_dimension_without_shared_items_is_named_as_not_compared() {
    // Version 2 renames beta's items: nothing of beta can be compared.
    let v2_text = V1
        .replace("version: '1'", "version: '2'")
        .replace("id: b1, text: B1", "id: c1, text: C1")
        .replace("id: b2, text: B2", "id: c2, text: C2");
    let (q1, q2) = (parse(V1).unwrap(), parse(&v2_text).unwrap());
    let all = [("a1", v(4)), ("a2", v(4)), ("a3", v(4))];
    let before = answered(
        &q1,
        &digest(V1.as_bytes()),
        "one",
        "2025-01-10T09:00:00+01:00",
        &all,
        &[],
    );
    let after = answered(
        &q2,
        &digest(v2_text.as_bytes()),
        "two",
        "2025-02-10T09:00:00+01:00",
        &all,
        &[],
    );
    let c = compare((&before, &q1), (&after, &q2));
    assert_eq!(c.not_compared.items_only_before, ["b1", "b2"]);
    assert_eq!(c.not_compared.items_only_after, ["c1", "c2"]);
    assert_eq!(c.not_compared.dimensions, ["Beta"]);
    assert_eq!(
        c.not_compared.note,
        "Compared on the 3 questions both questionnaires share; both answered all 3 questions \
         with a value; 2 questions of the earlier one and 2 questions of the later one have no \
         counterpart. Not compared at all: Beta."
    );
    let ids: Vec<&str> = c.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["alpha"]);
    // Same answers on the shared items: nothing moved, alpha unchanged at 50.
    assert!(c.moved_items.is_empty());
    assert_eq!(c.dimensions[0].delta.direction, Direction::Same);
}

//! Hand-worked cases.

use super::*;
use crate::scoring::{Missing, score};
use crate::yaml;

/// Two dimensions: `a` with facets `a1` (2 items, advice) and `a2` (3 items), `b`
/// with facet `b1` (3 items); every item on a 4-level scale.
const LEVELS: &str = r#"
id: steps
version: "1"
title: Steps
description: Levels only.
language: en
scales:
  four: { kind: anchored, levels: 4 }
bands:
  - { name: Low, min: 0, max: 50, meaning: Around the lower levels. }
  - { name: High, min: 50, max: 100, meaning: Around the upper levels. }
dimensions:
  - id: a
    title: Dimension A
    summary: A.
    weight: 1
    facets:
      - id: a1
        title: Facet A1
        advice: Start small.
        items:
          - { id: a1_1, text: Q a1_1?, scale: four, help: h, probe: p, anchors: [a1_1 L1, a1_1 L2, a1_1 L3, a1_1 L4] }
          - { id: a1_2, text: Q a1_2?, scale: four, help: h, probe: p, anchors: [a1_2 L1, a1_2 L2, a1_2 L3, a1_2 L4] }
      - id: a2
        title: Facet A2
        items:
          - { id: a2_1, text: Q a2_1?, scale: four, help: h, probe: p, anchors: [a2_1 L1, a2_1 L2, a2_1 L3, a2_1 L4] }
          - { id: a2_2, text: Q a2_2?, scale: four, help: h, probe: p, anchors: [a2_2 L1, a2_2 L2, a2_2 L3, a2_2 L4] }
          - { id: a2_3, text: Q a2_3?, scale: four, help: h, probe: p, anchors: [a2_3 L1, a2_3 L2, a2_3 L3, a2_3 L4] }
  - id: b
    title: Dimension B
    summary: B.
    weight: 1
    facets:
      - id: b1
        title: Facet B1
        items:
          - { id: b1_1, text: Q b1_1?, scale: four, help: h, probe: p, anchors: [b1_1 L1, b1_1 L2, b1_1 L3, b1_1 L4] }
          - { id: b1_2, text: Q b1_2?, scale: four, help: h, probe: p, anchors: [b1_2 L1, b1_2 L2, b1_2 L3, b1_2 L4] }
          - { id: b1_3, text: Q b1_3?, scale: four, help: h, probe: p, anchors: [b1_3 L1, b1_3 L2, b1_3 L3, b1_3 L4] }
advice: {}
"#;

fn questionnaire() -> Questionnaire {
    yaml::from_str(LEVELS).expect("the test questionnaire parses")
}

fn responses(pairs: &[(&str, Response)]) -> BTreeMap<String, Response> {
    pairs.iter().map(|(id, r)| (id.to_string(), *r)).collect()
}

fn steps_for(pairs: &[(&str, Response)]) -> Vec<FacetSteps> {
    let q = questionnaire();
    let responses = responses(pairs);
    let scores = score(&q, &responses);
    next_steps(&q, &responses, &scores).expect("every item has described levels")
}

fn order(steps: &[FacetSteps]) -> Vec<&str> {
    steps.iter().map(|f| f.facet.as_str()).collect()
}

#[test]
fn level_one_everywhere_gives_level_two_of_every_item() {
    let q = questionnaire();
    let all: Vec<(&str, Response)> = q
        .items()
        .map(|r| (r.item.id.as_str(), Response::Value(1)))
        .collect();
    let steps = steps_for(&all);
    // Every facet scores 0; on a tie the questionnaire's order stands.
    assert_eq!(order(&steps), ["a1", "a2", "b1"]);
    for facet in &steps {
        assert_eq!(facet.score, Some(0.0));
        assert_eq!(facet.band.as_deref(), Some("Low"));
        for item in &facet.items {
            assert_eq!(
                item.step,
                Step::Next {
                    level: 1,
                    levels: 4,
                    next: format!("{} L2", item.item),
                }
            );
        }
    }
    assert_eq!(steps[0].advice.as_deref(), Some("Start small."));
    assert_eq!(steps[1].advice, None);
}

#[test]
fn weakest_facets_come_first_and_unscored_ones_last() {
    use Response::{DontKnow, Value};
    // a1: levels 4 and 3 -> (100 + 66.7) / 2 = 83.3.
    // a2: levels 2, 2, 1 -> (33.3 + 33.3 + 0) / 3 = 22.2.
    // b1: levels 1 and don't know, one open -> 1 of 3 answered, needs 2: no score.
    let steps = steps_for(&[
        ("a1_1", Value(4)),
        ("a1_2", Value(3)),
        ("a2_1", Value(2)),
        ("a2_2", Value(2)),
        ("a2_3", Value(1)),
        ("b1_1", Value(1)),
        ("b1_2", DontKnow),
    ]);
    assert_eq!(order(&steps), ["a2", "a1", "b1"]);
    let a2 = &steps[0];
    assert!((a2.score.expect("a2 is scored") - 200.0 / 9.0).abs() < 1e-9);
    assert_eq!(a2.standing(), "22.2 Low");
    let a1 = &steps[1];
    assert!((a1.score.expect("a1 is scored") - 250.0 / 3.0).abs() < 1e-9);
    assert_eq!(a1.standing(), "83.3 High");

    let b1 = &steps[2];
    assert_eq!(b1.score, None);
    assert_eq!(
        b1.missing.as_ref().map(|m| &m.what),
        Some(&Missing::Items {
            answered: 1,
            total: 3,
            needed: 2
        })
    );
    assert_eq!(
        b1.standing(),
        "not enough answers: 1 of 3 answered (needs 2)"
    );
    let kinds: Vec<&Step> = b1.items.iter().map(|i| &i.step).collect();
    assert_eq!(
        kinds,
        [
            &Step::Next {
                level: 1,
                levels: 4,
                next: "b1_1 L2".into()
            },
            &Step::DontKnow,
            &Step::Open,
        ]
    );
}

#[test]
fn the_top_level_is_kept_with_its_description() {
    let steps = steps_for(&[("a1_1", Response::Value(4)), ("a1_2", Response::Value(3))]);
    let a1 = steps
        .iter()
        .find(|f| f.facet == "a1")
        .expect("a1 is listed");
    assert_eq!(
        a1.items[0].step,
        Step::Kept {
            level: 4,
            current: "a1_1 L4".into()
        }
    );
    assert_eq!(
        a1.items[0].step.sentence(),
        "Top level (4 of 4), keep it: a1_1 L4"
    );
    assert_eq!(a1.items[1].step.sentence(), "Next (level 4 of 4): a1_2 L4");
}

#[test]
fn a_questionnaire_with_agreement_items_gets_no_next_steps() {
    let text = LEVELS.replace(
            "  four: { kind: anchored, levels: 4 }",
            "  four: { kind: anchored, levels: 4 }\n  agree: { kind: agreement, options: [{ value: 1, label: No }, { value: 2, label: Yes }] }",
        );
    let text = text.replace(
            "{ id: b1_3, text: Q b1_3?, scale: four, help: h, probe: p, anchors: [b1_3 L1, b1_3 L2, b1_3 L3, b1_3 L4] }",
            "{ id: b1_3, text: Q b1_3?, scale: agree, help: h, probe: p }",
        );
    let q: Questionnaire = yaml::from_str(&text).expect("parses");
    let responses = BTreeMap::new();
    assert!(!applies(&q));
    assert_eq!(next_steps(&q, &responses, &score(&q, &responses)), None);
    assert!(applies(&questionnaire()));
}

#[test]
fn json_names_each_kind_of_step() {
    let steps = steps_for(&[
        ("a1_1", Response::Value(4)),
        ("a1_2", Response::Value(2)),
        ("a2_1", Response::DontKnow),
    ]);
    let a1 = steps
        .iter()
        .find(|f| f.facet == "a1")
        .expect("a1 is listed");
    let json = serde_json::to_value(a1).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({
            "dimension": "a",
            "dimension_title": "Dimension A",
            "facet": "a1",
            "title": "Facet A1",
            "score": 2.0 * 100.0 / 3.0,
            "band": "High",
            "missing": null,
            "advice": "Start small.",
            "items": [
                {"item": "a1_1", "text": "Q a1_1?",
                 "step": {"kind": "kept", "level": 4, "current": "a1_1 L4"}},
                {"item": "a1_2", "text": "Q a1_2?",
                 "step": {"kind": "next", "level": 2, "levels": 4, "next": "a1_2 L3"}},
            ]
        })
    );
    let a2 = steps
        .iter()
        .find(|f| f.facet == "a2")
        .expect("a2 is listed");
    let json = serde_json::to_value(a2).expect("serializes");
    assert_eq!(json["missing"]["kind"], "items");
    assert_eq!(json["missing"]["text"], "0 of 3 answered (needs 2)");
    assert_eq!(
        json["items"][0]["step"],
        serde_json::json!({"kind": "dont_know"})
    );
    assert_eq!(
        json["items"][1]["step"],
        serde_json::json!({"kind": "open"})
    );
}

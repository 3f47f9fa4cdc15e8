//! Scoring checked against numbers worked out by hand (the arithmetic is in the comments).

use std::collections::BTreeMap;

use ecoready::assessment::Response::{self, DontKnow, Value};
use ecoready::questionnaire::{Item, Questionnaire, parse};
use ecoready::questionnaire::{builtin, retired};
use ecoready::scoring::{self, FacetRef, Missing, Score, Scores, Unscored, item_score, score};

const TOLERANCE: f64 = 1e-9;

const BANDS: &str = "
bands:
  - { name: Initial, min: 0, max: 20, meaning: Little is in place. }
  - { name: Repeatable, min: 20, max: 40, meaning: Some practices. }
  - { name: Defined, min: 40, max: 60, meaning: Agreed practices. }
  - { name: Managed, min: 60, max: 80, meaning: Measured practices. }
  - { name: Optimized, min: 80, max: 100, meaning: A strength. }
";

/// alpha (weight 3): a_one (weight 1) = a1, a2 (reverse), a3; a_two (weight 3) = a4
/// (anchored, 5 levels), a5. beta (weight 1): b_one = b1, b2, b3. All others 1-7.
const THREE_FACETS: &str = "
id: scoring-test
version: '1'
title: Scoring test
description: Small enough to score by hand.
language: en
scales:
  agree7:
    kind: agreement
    options: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d},
              {value: 5, label: e}, {value: 6, label: f}, {value: 7, label: g}]
  maturity5: { kind: anchored, levels: 5 }
dimensions:
  - id: alpha
    title: Alpha
    summary: First.
    weight: 3
    facets:
      - id: a_one
        title: A one
        items:
          - { id: a1, text: A1, scale: agree7, help: h, probe: p }
          - { id: a2, text: A2, scale: agree7, reverse: true, help: h, probe: p }
          - { id: a3, text: A3, scale: agree7, help: h, probe: p }
      - id: a_two
        title: A two
        weight: 3
        items:
          - { id: a4, text: A4, scale: maturity5, help: h, probe: p, anchors: [l1, l2, l3, l4, l5] }
          - { id: a5, text: A5, scale: agree7, help: h, probe: p }
  - id: beta
    title: Beta
    summary: Second.
    weight: 1
    facets:
      - id: b_one
        title: B one
        items:
          - { id: b1, text: B1, scale: agree7, help: h, probe: p }
          - { id: b2, text: B2, scale: agree7, help: h, probe: p }
          - { id: b3, text: B3, scale: agree7, help: h, probe: p }
advice: {}
";

/// One dimension, one facet, one item on a 1-6 scale: item scores 0, 20, 40, .. 100 fall
/// exactly on the band boundaries.
const SIX_POINTS: &str = "
id: boundaries
version: '1'
title: Band boundaries
description: One item whose scores hit every boundary.
language: en
scales:
  agree6:
    kind: agreement
    options: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d},
              {value: 5, label: e}, {value: 6, label: f}]
dimensions:
  - id: only
    title: Only
    summary: The one dimension.
    weight: 1
    facets:
      - { id: single, title: Single, items: [{ id: x, text: X, scale: agree6, help: h, probe: p }] }
advice: {}
";

fn questionnaire(body: &str) -> Questionnaire {
    parse(&format!("{body}{BANDS}")).unwrap_or_else(|e| panic!("{e}"))
}

fn item<'q>(q: &'q Questionnaire, id: &str) -> &'q Item {
    q.find_item(id)
        .map(|r| r.item)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn responses(pairs: &[(&str, Response)]) -> BTreeMap<String, Response> {
    pairs.iter().map(|(id, r)| (id.to_string(), *r)).collect()
}

fn assert_close(actual: Option<f64>, expected: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: no score, wanted {expected}"));
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "{what}: {actual} != {expected}"
    );
}

fn facet<'s>(scores: &'s Scores, dimension: &str, facet: &str) -> &'s Score {
    let d = scores.dimension(dimension).expect("dimension scored");
    &d.facets
        .iter()
        .find(|f| f.id == facet)
        .expect("facet scored")
        .score
}

fn dimension<'s>(scores: &'s Scores, id: &str) -> &'s Score {
    &scores.dimension(id).expect("dimension scored").score
}

#[test]
fn agreement_items_score_percent_of_maximum() {
    let q = questionnaire(THREE_FACETS);
    let a1 = item(&q, "a1");
    // 100 * (v - 1) / 6 for v = 1..7
    let expected = [
        0.0,
        100.0 / 6.0,
        200.0 / 6.0,
        50.0,
        400.0 / 6.0,
        500.0 / 6.0,
        100.0,
    ];
    for (v, want) in (1..=7).zip(expected) {
        assert_close(item_score(&q, a1, Value(v)), want, &format!("a1 = {v}"));
    }
}

#[test]
fn reverse_items_count_from_the_other_end() {
    let q = questionnaire(THREE_FACETS);
    let a2 = item(&q, "a2");
    // v' = 1 + 7 - v: 1 -> 7 -> 100; 2 -> 6 -> 100*5/6; 4 -> 4 -> 50; 7 -> 1 -> 0
    assert_close(item_score(&q, a2, Value(1)), 100.0, "a2 = 1");
    assert_close(item_score(&q, a2, Value(2)), 500.0 / 6.0, "a2 = 2");
    assert_close(item_score(&q, a2, Value(4)), 50.0, "a2 = 4");
    assert_close(item_score(&q, a2, Value(7)), 0.0, "a2 = 7");
}

#[test]
fn anchored_items_score_a_quarter_per_level() {
    let q = questionnaire(THREE_FACETS);
    let a4 = item(&q, "a4");
    // 100 * (L - 1) / 4 = 25 (L - 1)
    for (level, want) in [(1, 0.0), (2, 25.0), (3, 50.0), (4, 75.0), (5, 100.0)] {
        assert_close(
            item_score(&q, a4, Value(level)),
            want,
            &format!("a4 = {level}"),
        );
    }
}

#[test]
fn dont_know_and_values_outside_the_scale_have_no_item_score() {
    let q = questionnaire(THREE_FACETS);
    assert_eq!(item_score(&q, item(&q, "a1"), DontKnow), None);
    assert_eq!(item_score(&q, item(&q, "a1"), Value(0)), None);
    assert_eq!(item_score(&q, item(&q, "a1"), Value(8)), None);
    assert_eq!(item_score(&q, item(&q, "a2"), Value(8)), None);
    assert_eq!(item_score(&q, item(&q, "a4"), Value(6)), None);
}

#[test]
fn a_full_assessment_matches_the_hand_computation() {
    let q = questionnaire(THREE_FACETS);
    let s = score(
        &q,
        &responses(&[
            ("a1", Value(5)),
            ("a2", Value(3)),
            ("a3", Value(7)),
            ("a4", Value(2)),
            ("a5", Value(2)),
            ("b1", Value(4)),
            ("b2", DontKnow),
            ("b3", Value(6)),
        ]),
    );
    // a_one: a1 = 100*4/6; a2 reversed 8-3 = 5 -> 100*4/6; a3 = 100
    //        (400/6 + 400/6 + 100) / 3 = 700/9 = 77.78
    let a_one = facet(&s, "alpha", "a_one");
    assert_close(a_one.value, 700.0 / 9.0, "a_one");
    assert_eq!(a_one.band.as_deref(), Some("Managed"));
    // a_two: a4 level 2 = 25; a5 = 100*1/6; (25 + 100/6) / 2 = 125/6 = 20.83
    let a_two = facet(&s, "alpha", "a_two");
    assert_close(a_two.value, 125.0 / 6.0, "a_two");
    assert_eq!(a_two.band.as_deref(), Some("Repeatable"));
    // alpha, facet weights 1 and 3: (1*700/9 + 3*125/6) / 4 = (1400/18 + 1125/18) / 4
    //        = 2525/72 = 35.07 (the unweighted mean would be 49.31)
    let alpha = dimension(&s, "alpha");
    assert_close(alpha.value, 2525.0 / 72.0, "alpha");
    assert_eq!(alpha.band.as_deref(), Some("Repeatable"));
    // b_one: b1 = 50, b2 don't know (missing, not 50), b3 = 100*5/6; 2 of 3 answered is
    //        enough: (50 + 500/6) / 2 = 200/3 = 66.67
    let b_one = facet(&s, "beta", "b_one");
    assert_close(b_one.value, 200.0 / 3.0, "b_one");
    assert_eq!((b_one.answered, b_one.dont_know, b_one.total), (2, 1, 3));
    let beta = dimension(&s, "beta");
    assert_close(beta.value, 200.0 / 3.0, "beta");
    assert_eq!(beta.band.as_deref(), Some("Managed"));
    // overall, dimension weights 3 and 1: (3*2525/72 + 200/3) / 4 = (2525/24 + 1600/24) / 4
    //        = 4125/96 = 42.96875
    assert_close(s.overall.value, 4125.0 / 96.0, "overall");
    assert_eq!(s.overall.band.as_deref(), Some("Defined"));
    // coverage: a_one 3/3, a_two 2/2, alpha 5/5, beta 2/3, overall 7/8
    assert_close(Some(a_one.coverage()), 1.0, "a_one coverage");
    assert_close(Some(alpha.coverage()), 1.0, "alpha coverage");
    assert_close(Some(beta.coverage()), 2.0 / 3.0, "beta coverage");
    assert_eq!((alpha.answered, alpha.total), (5, 5));
    assert_eq!(
        (s.overall.answered, s.overall.dont_know, s.overall.total),
        (7, 1, 8)
    );
    assert_close(Some(s.overall.coverage()), 7.0 / 8.0, "overall coverage");
    // responses: 7 values and 1 "don't know" in the overall; b_one 2 values + 1 don't know
    assert_eq!(s.overall.responded(), 8);
    assert_eq!(b_one.responded(), 3);
    // weakest: alpha 35.07 < beta 66.67; a_two 20.83 is the lowest facet
    assert_eq!(s.weakest_dimension.as_deref(), Some("alpha"));
    assert_eq!(s.weakest_facet, Some(facet_ref("alpha", "a_two")));
}

fn facet_ref(dimension: &str, facet: &str) -> FacetRef {
    FacetRef {
        dimension: dimension.to_string(),
        facet: facet.to_string(),
    }
}

#[test]
fn dont_know_is_missing_never_the_midpoint() {
    let q = questionnaire(THREE_FACETS);
    let s = score(
        &q,
        &responses(&[("b1", Value(7)), ("b2", Value(7)), ("b3", DontKnow)]),
    );
    // (100 + 100) / 2 = 100; counting don't know as 50 would give 250/3 = 83.33
    let b_one = facet(&s, "beta", "b_one");
    assert_close(b_one.value, 100.0, "b_one");
    assert_eq!((b_one.answered, b_one.dont_know, b_one.total), (2, 1, 3));
}

#[test]
fn a_facet_below_two_thirds_answered_is_left_out_of_its_dimension() {
    let q = questionnaire(THREE_FACETS);
    let s = score(
        &q,
        &responses(&[
            ("a1", Value(7)),
            ("a2", Value(1)),
            ("a3", Value(4)),
            ("a4", Value(3)),
            ("b1", Value(4)),
            ("b2", DontKnow),
        ]),
    );
    // a_one: 100, reversed 8-1 = 7 -> 100, 50: (100 + 100 + 50) / 3 = 250/3 = 83.33
    assert_close(facet(&s, "alpha", "a_one").value, 250.0 / 3.0, "a_one");
    // a_two: 1 of 2 answered (1/2 < 2/3): no score, though a4 alone would be 50
    let a_two = facet(&s, "alpha", "a_two");
    assert_eq!((a_two.value, a_two.band.as_deref()), (None, None));
    assert_eq!((a_two.answered, a_two.total), (1, 2));
    // alpha: 1 of its 2 facets scored, and a dimension needs two thirds of its facets
    // (2 of 2), so it has no score; counting a_two as 0 would give (250/3)/4 = 20.83, and
    // as 50 would give (250/3 + 150)/4 = 58.33 (a dimension scored from 2 of 3 facets is
    // in `a_dimension_with_two_of_three_facets_is_scored_from_those_two`)
    let alpha = dimension(&s, "alpha");
    assert_eq!((alpha.value, alpha.band.as_deref()), (None, None));
    // b_one: 1 of 3 answered, 1 don't know: no score, so beta has none either
    let beta = dimension(&s, "beta");
    assert_eq!((beta.value, beta.band.as_deref()), (None, None));
    assert_eq!((beta.answered, beta.dont_know, beta.total), (1, 1, 3));
    // overall: no dimension scored, so no score; answered 3 + 1 + 1 = 5 of 8
    assert_eq!((s.overall.value, s.overall.band.as_deref()), (None, None));
    assert_eq!((s.overall.answered, s.overall.total), (5, 8));
    // unscored entries are never the weakest
    assert_eq!(s.weakest_dimension, None);
    assert_eq!(s.weakest_facet, Some(facet_ref("alpha", "a_one")));
}

/// gamma (weight 1): g_one (weight 1) = x1, x2, x3; g_two (weight 2) = y1; g_three = z1.
/// delta (weight 1): d_one = w1. All 1-7, so 1 -> 0, 4 -> 50, 7 -> 100.
const DIMENSION_RULE: &str = "
id: dimension-rule
version: '1'
title: Dimension rule
description: A dimension of three facets beside one of one.
language: en
scales:
  agree7:
    kind: agreement
    options: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d},
              {value: 5, label: e}, {value: 6, label: f}, {value: 7, label: g}]
dimensions:
  - id: gamma
    title: Gamma
    summary: Three facets.
    weight: 1
    facets:
      - id: g_one
        title: G one
        items:
          - { id: x1, text: X1, scale: agree7, help: h, probe: p }
          - { id: x2, text: X2, scale: agree7, help: h, probe: p }
          - { id: x3, text: X3, scale: agree7, help: h, probe: p }
      - id: g_two
        title: G two
        weight: 2
        items:
          - { id: y1, text: Y1, scale: agree7, help: h, probe: p }
      - id: g_three
        title: G three
        items:
          - { id: z1, text: Z1, scale: agree7, help: h, probe: p }
  - id: delta
    title: Delta
    summary: One facet.
    weight: 1
    facets:
      - id: d_one
        title: D one
        items:
          - { id: w1, text: W1, scale: agree7, help: h, probe: p }
advice: {}
";

#[test]
fn a_dimension_with_two_of_three_facets_is_scored_from_those_two() {
    let q = questionnaire(DIMENSION_RULE);
    let s = score(
        &q,
        &responses(&[
            ("x1", Value(7)),
            ("x2", Value(7)),
            ("x3", DontKnow),
            ("y1", Value(4)),
            ("w1", Value(1)),
        ]),
    );
    // g_one: 2 of 3 answered is two thirds: (100 + 100) / 2 = 100; g_two = 50; g_three
    // unanswered: 0 of 1, no score
    assert_close(facet(&s, "gamma", "g_one").value, 100.0, "g_one");
    assert_eq!(facet(&s, "gamma", "g_three").value, None);
    // gamma: 2 of 3 facets scored, enough: (1 * 100 + 2 * 50) / 3 = 200/3 = 66.67
    let gamma = dimension(&s, "gamma");
    assert_close(gamma.value, 200.0 / 3.0, "gamma");
    assert_eq!(gamma.band.as_deref(), Some("Managed"));
    assert_eq!(s.dimension("gamma").and_then(|d| d.missing()), None);
    // delta: 1 of 1 facet scored: w1 = 1 -> 0
    assert_close(dimension(&s, "delta").value, 0.0, "delta");
    // overall: both dimensions scored: (200/3 + 0) / 2 = 100/3 = 33.33, Repeatable
    assert_close(s.overall.value, 100.0 / 3.0, "overall");
    assert_eq!(s.overall.band.as_deref(), Some("Repeatable"));
    assert_eq!(s.overall_missing(), None);
    assert_eq!(s.weakest_dimension.as_deref(), Some("delta"));
}

#[test]
fn a_dimension_with_one_of_three_facets_and_the_overall_have_no_score() {
    let q = questionnaire(DIMENSION_RULE);
    let s = score(&q, &responses(&[("y1", Value(4)), ("w1", Value(7))]));
    // g_two = 50, but it is 1 of gamma's 3 facets: gamma needs 2
    assert_close(facet(&s, "gamma", "g_two").value, 50.0, "g_two");
    let gamma = s.dimension("gamma").expect("gamma");
    assert_eq!(
        (gamma.score.value, gamma.score.band.as_deref()),
        (None, None)
    );
    let missing = gamma.missing().expect("gamma has no score");
    assert_eq!(
        missing,
        Missing::Facets {
            scored: 1,
            total: 3,
            needed: 2
        }
    );
    assert_eq!(missing.to_string(), "1 of 3 facets scored (needs 2)");
    // g_one: 0 of 3 answered, needs 2
    let g_one = &gamma.facets[0];
    assert_eq!(
        g_one.missing().map(|m| m.to_string()).as_deref(),
        Some("0 of 3 answered (needs 2)")
    );
    // delta = 100 from its one facet of one
    assert_close(dimension(&s, "delta").value, 100.0, "delta");
    // overall: gamma has no score, so neither has the overall (50 and 100 would give 75)
    assert_eq!((s.overall.value, s.overall.band.as_deref()), (None, None));
    let missing = s.overall_missing().expect("no overall score");
    assert_eq!(missing.to_string(), "Gamma has no score");
    // the weakest are named among the scored only: delta, and g_two at 50
    assert_eq!(s.weakest_dimension.as_deref(), Some("delta"));
    assert_eq!(s.weakest_facet, Some(facet_ref("gamma", "g_two")));
}

#[test]
fn two_thirds_in_whole_numbers() {
    // 1 of 1, 2 of 2, 2 of 3, 3 of 4, 4 of 5, 4 of 6: the fewest parts that make 2/3
    let needed: Vec<usize> = (1..=6).map(scoring::needed).collect();
    assert_eq!(needed, [1, 2, 2, 3, 4, 4]);
    let named = |id: &str, title: &str| Unscored {
        id: id.into(),
        title: title.into(),
    };
    let two = Missing::Dimensions {
        unscored: vec![
            named("data_governance", "Data governance"),
            named("communication", "Communication"),
        ],
    };
    assert_eq!(
        two.sentence(),
        "not enough answers: Data governance and Communication have no score"
    );
    assert_eq!(
        two.to_string(),
        "Data governance and Communication have no score"
    );
}

#[test]
fn a_quick_check_with_one_answer_has_no_overall_score_band_or_advice() {
    // Version 1.0.0 (retired, still compiled in) had facets of one item.
    let quick = retired("quick-check", "1.0.0").expect("compiled in");
    let q = &quick.questionnaire;
    assert_eq!(q.item_count(), 15);
    // sv_goal_3 is the only item of its facet: that facet is scored, nothing above it
    let s = score(q, &responses(&[("sv_goal_3", Value(5))]));
    assert!(facet(&s, "shared_vision", "goal_alignment").value.is_some());
    let vision = s.dimension("shared_vision").expect("shared vision");
    assert_eq!(
        (vision.score.value, vision.score.band.as_deref()),
        (None, None)
    );
    assert_eq!(
        vision.missing().map(|m| m.to_string()).as_deref(),
        Some("1 of 3 facets scored (needs 2)")
    );
    assert!(s.dimensions.iter().all(|d| d.score.band.is_none()));
    assert_eq!((s.overall.value, s.overall.band.as_deref()), (None, None));
    assert_eq!(
        s.overall_missing().map(|m| m.to_string()).as_deref(),
        Some(
            "Shared vision, Complementary strengths, Communication, Data governance and \
             Dynamic capabilities have no score"
        )
    );
    assert_eq!(s.weakest_dimension, None);
}

#[test]
fn a_quick_check_2_with_one_answer_scores_nothing_and_says_why() {
    let quick = builtin("quick-check").expect("built in");
    let q = &quick.questionnaire;
    assert_eq!(q.version, "2.1.0");
    // sv_joint_aims is one of the three items of the merged facet: 1 of 3 answered is
    // below two thirds, so neither the facet nor anything above it has a score.
    let s = score(q, &responses(&[("sv_joint_aims", Value(5))]));
    let vision = s.dimension("shared_vision").expect("shared goals");
    let merged = &vision.facets[0];
    assert_eq!(merged.id, "shared_vision_first_look");
    assert_eq!(
        (merged.score.value, merged.score.band.as_deref()),
        (None, None)
    );
    assert_eq!(
        merged.missing().map(|m| m.to_string()).as_deref(),
        Some("1 of 3 answered (needs 2)")
    );
    assert!(s.dimensions.iter().all(|d| d.score.value.is_none()));
    assert_eq!((s.overall.value, s.overall.band.as_deref()), (None, None));
    assert_eq!(s.weakest_dimension, None);
}

#[test]
fn an_old_snapshot_is_held_to_the_rules() {
    // A snapshot saved under the old, looser rules: gamma scored from g_two alone and the
    // overall from the dimensions that had a score.
    let q = questionnaire(DIMENSION_RULE);
    let mut old = score(&q, &responses(&[("y1", Value(4)), ("w1", Value(7))]));
    old.dimensions[0].score.value = Some(50.0);
    old.dimensions[0].score.band = Some("Defined".into());
    old.overall.value = Some(75.0);
    old.overall.band = Some("Managed".into());
    old.weakest_dimension = Some("gamma".into());
    let now = old.with_coverage_rules();
    let gamma = &now.dimensions[0].score;
    assert_eq!((gamma.value, gamma.band.as_deref()), (None, None));
    assert_eq!(
        (now.overall.value, now.overall.band.as_deref()),
        (None, None)
    );
    assert_eq!(now.weakest_dimension.as_deref(), Some("delta"));
    assert_close(now.dimensions[1].score.value, 100.0, "delta kept");
}

#[test]
fn values_outside_the_scale_are_ignored() {
    let q = questionnaire(THREE_FACETS);
    let s = score(
        &q,
        &responses(&[("a1", Value(9)), ("a2", Value(3)), ("a3", Value(7))]),
    );
    // a1 = 9 is not on 1-7: a_one = (400/6 + 100) / 2 = 250/3, from 2 answered items
    let a_one = facet(&s, "alpha", "a_one");
    assert_close(a_one.value, 250.0 / 3.0, "a_one");
    assert_eq!((a_one.answered, a_one.dont_know, a_one.total), (2, 0, 3));
    let s = score(
        &q,
        &responses(&[("a1", Value(9)), ("a2", Value(8)), ("a3", Value(7))]),
    );
    // only a3 counts: 1 of 3 is not enough
    assert_eq!(facet(&s, "alpha", "a_one").value, None);
}

#[test]
fn scores_on_band_boundaries_belong_to_the_upper_band() {
    let q = questionnaire(SIX_POINTS);
    // 100 * (v - 1) / 5: 0, 20, 40, 60, 80, 100; the last band includes 100
    let cases = [
        (1, 0.0, "Initial"),
        (2, 20.0, "Repeatable"),
        (3, 40.0, "Defined"),
        (4, 60.0, "Managed"),
        (5, 80.0, "Optimized"),
        (6, 100.0, "Optimized"),
    ];
    for (v, value, band) in cases {
        let s = score(&q, &responses(&[("x", Value(v))]));
        for (what, got) in [
            ("facet", facet(&s, "only", "single")),
            ("dimension", dimension(&s, "only")),
            ("overall", &s.overall),
        ] {
            assert_close(got.value, value, &format!("{what} for x = {v}"));
            assert_eq!(got.band.as_deref(), Some(band), "{what} for x = {v}");
        }
    }
}

#[test]
fn the_first_of_equally_weak_areas_is_named() {
    let q = questionnaire(THREE_FACETS);
    let all_fours = ["a1", "a2", "a3", "a5", "b1", "b2", "b3"].map(|id| (id, Value(4)));
    // every item 50 (a2 reversed 8-4 = 4; a4 level 3): every facet and dimension is 50
    let mut answers = responses(&all_fours);
    answers.insert("a4".into(), Value(3));
    let s = score(&q, &answers);
    assert_eq!(s.weakest_dimension.as_deref(), Some("alpha"));
    assert_eq!(s.weakest_facet, Some(facet_ref("alpha", "a_one")));
    // a_one all 100 (a2 = 1 reversed is 7); a_two and b_one both 50
    answers.extend(responses(&[
        ("a1", Value(7)),
        ("a2", Value(1)),
        ("a3", Value(7)),
    ]));
    let s = score(&q, &answers);
    // alpha = (1*100 + 3*50) / 4 = 62.5 > beta 50
    assert_close(dimension(&s, "alpha").value, 62.5, "alpha");
    assert_eq!(s.weakest_dimension.as_deref(), Some("beta"));
    // a_two and b_one tie at 50: a_two comes first
    assert_eq!(s.weakest_facet, Some(facet_ref("alpha", "a_two")));
}

#[test]
fn more_than_thirty_percent_dont_know_is_a_knowledge_gap() {
    let q = questionnaire(THREE_FACETS);
    let s = score(
        &q,
        &responses(&[
            ("b1", DontKnow),
            ("b2", Value(4)),
            ("b3", Value(4)),
            ("a1", Value(4)),
        ]),
    );
    // b_one: 1 of 3 don't know = 33% > 30%; overall 1 of 8 = 12.5%
    assert!(facet(&s, "beta", "b_one").knowledge_gap());
    assert!(dimension(&s, "beta").knowledge_gap());
    assert!(!s.overall.knowledge_gap());
    assert!(!facet(&s, "alpha", "a_one").knowledge_gap());
    // exactly 30% is not above 30%
    let counts = |dont_know| Score {
        value: None,
        band: None,
        answered: 10 - dont_know,
        dont_know,
        total: 10,
    };
    assert!(!counts(3).knowledge_gap());
    assert!(counts(4).knowledge_gap());
}

#[test]
fn no_answers_give_no_scores_and_no_weakest_area() {
    let q = questionnaire(THREE_FACETS);
    let s = score(&q, &BTreeMap::new());
    assert_eq!(s.overall.value, None);
    assert_eq!((s.overall.answered, s.overall.total), (0, 8));
    assert_eq!(s.overall.coverage(), 0.0);
    assert!(s.dimensions.iter().all(|d| d.score.value.is_none()));
    assert_eq!((s.weakest_dimension, s.weakest_facet), (None, None));
}

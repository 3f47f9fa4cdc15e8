//! An organization's trend, checked against series worked out by hand (arithmetic in the
//! comments). On 1-7 an item scores 100 * (v - 1) / 6: 1 -> 0, 4 -> 50, 7 -> 100.

use chrono::DateTime;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::compare::{Direction, Verdict};
use ecoready::documents::TrendDocument;
use ecoready::noise::NoiseTable;
use ecoready::questionnaire::{DefaultReliability, Questionnaire, parse};
use ecoready::report::text;
use ecoready::trend::{AreaReason, trend};

const TOLERANCE: f64 = 1e-9;

/// alpha: f1 = a1, a2; f2 = a3. beta: b = b1, b2. All on 1-7, every weight 1.
const V1: &str = include_str!("fixtures/two-dimensions.yaml");

/// The fixture with a tiny default MDC95 on every area (alpha .99, SD 1: SEM 0.1, MDC95
/// 0.28), so every change these tests make is real and the lists rank them all; the noise
/// itself is tested in `real_change_*` below.
fn v1() -> Questionnaire {
    with_noise(0.99, 1.0)
}

/// The fixture with the default `(value, sd)` on every dimension and facet.
fn with_noise(value: f64, sd: f64) -> Questionnaire {
    let mut q = parse(V1).unwrap();
    let default = DefaultReliability {
        value,
        sd,
        source: "test".to_string(),
    };
    for d in &mut q.dimensions {
        d.reliability = Some(default.clone());
        for f in &mut d.facets {
            f.reliability = Some(default.clone());
        }
    }
    q
}

fn close(actual: Option<f64>, expected: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: no value"));
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "{what}: {actual} != {expected}"
    );
}

/// An assessment of `org` answered `[a1, a2, a3, b1, b2]`, completed at `at` if `complete`.
fn answered(
    q: &Questionnaire,
    id: &str,
    org: &str,
    round: Option<&str>,
    at: &str,
    values: [u8; 5],
    complete: bool,
) -> (Assessment, Questionnaire) {
    let values = values.map(Some);
    let mut made = by(q, id, "", round, at, values);
    made.0.organization.name = org.to_string();
    if !complete {
        made.0.status = ecoready::assessment::Status::Draft;
    }
    made
}

/// A complete assessment of Acme by `respondent`, answered `[a1, a2, a3, b1, b2]` with
/// `None` for "don't know".
fn by(
    q: &Questionnaire,
    id: &str,
    respondent: &str,
    round: Option<&str>,
    at: &str,
    values: [Option<u8>; 5],
) -> (Assessment, Questionnaire) {
    let at = DateTime::parse_from_rfc3339(at).unwrap();
    let setup = Setup {
        organization: Organization {
            name: "Acme".to_string(),
            sector: String::new(),
        },
        respondent: Respondent {
            name: respondent.to_string(),
            role: String::new(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: round.map(str::to_string),
    };
    let digest = format!("digest of {}", q.version);
    let mut a = Assessment::start(id.to_string(), setup, q, &digest, at);
    for (item, value) in ["a1", "a2", "a3", "b1", "b2"].into_iter().zip(values) {
        if q.find_item(item).is_some() {
            let response = value.map_or(Response::DontKnow, Response::Value);
            a.respond(q, item, response, at);
        }
    }
    a.complete(q, at);
    (a, q.clone())
}

/// The same assessment filed under another spelling of the organization's name.
fn in_org(name: &str, mut made: (Assessment, Questionnaire)) -> (Assessment, Questionnaire) {
    made.0.organization.name = name.to_string();
    made
}

/// Acme: two in round "Baseline" (all 50, all 100), two on 1 April without a round, one
/// in "Q3"; plus a draft and another organization, both left out. Given out of order.
fn check_ins() -> Vec<(Assessment, Questionnaire)> {
    let q = v1();
    vec![
        by(
            &q,
            "q3",
            " ANN ",
            Some("Q3"),
            "2025-07-01T10:00:00+02:00",
            [7, 7, 7, 1, 1].map(Some),
        ),
        by(
            &q,
            "base-1",
            "Ann",
            Some("Baseline"),
            "2025-01-10T10:00:00+01:00",
            [4, 4, 4, 4, 4].map(Some),
        ),
        in_org(
            " acme",
            by(
                &q,
                "april-am",
                "ann",
                None,
                "2025-04-01T09:00:00+02:00",
                [7, 7, 1, 4, 4].map(Some),
            ),
        ),
        in_org(
            " ACME ",
            by(
                &q,
                "base-2",
                "Bob",
                Some("baseline"),
                "2025-01-12T10:00:00+01:00",
                [7, 7, 7, 7, 7].map(Some),
            ),
        ),
        by(
            &q,
            "april-pm",
            "Bob",
            None,
            "2025-04-01T15:00:00+02:00",
            [4, 4, 1, 7, 7].map(Some),
        ),
        answered(
            &q,
            "draft",
            "Acme",
            Some("Q4"),
            "2025-10-01T10:00:00+02:00",
            [1, 1, 1, 1, 1],
            false,
        ),
        answered(
            &q,
            "other",
            "Beta",
            Some("Q3"),
            "2025-07-01T10:00:00+02:00",
            [1, 1, 1, 1, 1],
            true,
        ),
    ]
}

#[test]
fn points_group_by_round_or_day_and_average_the_respondents() {
    let t = trend("acme", &check_ins());
    assert_eq!(t.organization, "Acme");
    let dimensions: Vec<&str> = t.dimensions.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(dimensions, ["alpha", "beta"]);
    let ids: Vec<Vec<&str>> = t
        .points
        .iter()
        .map(|p| p.assessment_ids.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        ids,
        [
            vec!["base-1", "base-2"],
            vec!["april-am", "april-pm"],
            vec!["q3"]
        ]
    );
    let rounds: Vec<Option<&str>> = t.points.iter().map(|p| p.round.as_deref()).collect();
    assert_eq!(rounds, [Some("baseline"), None, Some("Q3")]);
    let respondents: Vec<usize> = t.points.iter().map(|p| p.respondents).collect();
    assert_eq!(respondents, [2, 2, 1]);
    // A point's date is the latest in its group.
    assert_eq!(t.points[0].date.to_rfc3339(), "2025-01-12T10:00:00+01:00");
    assert_eq!(t.points[1].date.to_rfc3339(), "2025-04-01T15:00:00+02:00");

    // Baseline: the mean of all-50 and all-100 is 75 everywhere.
    let base = &t.points[0];
    close(base.overall, 75.0, "baseline overall");
    close(base.dimensions[0], 75.0, "baseline alpha");
    close(base.dimensions[1], 75.0, "baseline beta");
    // 1 April. Morning: f1 100, f2 0, alpha 50, beta 50, overall 50.
    // Afternoon: f1 50, f2 0, alpha 25, beta 100, overall 62.5.
    // Means: alpha 37.5, beta 75, overall 56.25; facets f1 75, f2 0, b 75.
    let april = &t.points[1];
    close(april.overall, 56.25, "april overall");
    close(april.dimensions[0], 37.5, "april alpha");
    close(april.dimensions[1], 75.0, "april beta");
    close(april.facets[0], 75.0, "april f1");
    close(april.facets[1], 0.0, "april f2");
    // Q3: f1 100, f2 100, alpha 100; beta 0; overall 50.
    let q3 = &t.points[2];
    close(q3.overall, 50.0, "q3 overall");
    close(q3.dimensions[0], 100.0, "q3 alpha");
    close(q3.dimensions[1], 0.0, "q3 beta");

    // First to last, like for like: Ann alone is at both (Bob only at the baseline).
    // Ann: all 50 -> alpha 100, beta 0, overall 50: alpha +50, beta -50, overall 0.
    let change = t.change.as_ref().unwrap();
    assert_eq!(change.respondents, ["ANN"]);
    let left: Vec<(&str, &str)> = change
        .left_out
        .iter()
        .map(|l| (l.assessment_id.as_str(), l.reason.as_str()))
        .collect();
    assert_eq!(left, [("base-2", "not at the later check-in")]);
    close(change.overall.delta.change, 0.0, "overall change");
    assert_eq!(change.overall.delta.direction, Direction::Same);
    assert_eq!((change.overall.respondents, change.overall.items), (1, 5));
    close(change.dimensions[0].delta.change, 50.0, "alpha change");
    close(change.dimensions[1].delta.change, -50.0, "beta change");
    assert_eq!(change.dimensions[1].items, 2);
    // One step per pair of neighbouring points; baseline -> April has Ann and Bob.
    assert_eq!(t.steps.len(), 2);
    assert_eq!(t.steps[0].respondents, ["ann", "Bob"]);
    assert!(t.steps[0].left_out.is_empty());
    // Ann f2 50 -> 0, Bob f2 100 -> 0: mean change -75.
    close(t.steps[0].facets[1].delta.change, -75.0, "f2 step");
}

#[test]
fn most_improved_and_concerns_compare_the_first_and_last_points() {
    let t = trend("Acme", &check_ins());
    // Like for like (Ann): alpha, f1 and f2 all 50 -> 100 (+50); ties keep questionnaire
    // order.
    let improved: Vec<(&str, Option<&str>, Option<f64>, usize)> = t
        .most_improved
        .iter()
        .map(|a| {
            (
                a.dimension.as_str(),
                a.facet.as_deref(),
                a.change,
                a.respondents,
            )
        })
        .collect();
    assert_eq!(
        improved,
        [
            ("alpha", None, Some(50.0), 1),
            ("alpha", Some("f1"), Some(50.0), 1),
            ("alpha", Some("f2"), Some(50.0), 1)
        ]
    );
    assert!(
        t.most_improved
            .iter()
            .all(|a| a.reason == AreaReason::Improved)
    );
    assert_eq!(t.most_improved[1].title, "F one");
    assert_eq!(t.most_improved[1].dimension_title, "Alpha");
    // Falls: beta and its facet b, 50 -> 0 (-50).
    type Listed<'a> = (Option<&'a str>, Option<f64>, f64, Option<f64>);
    let concerns: Vec<Listed> = t
        .concerns
        .iter()
        .map(|a| (a.facet.as_deref(), a.first, a.last, a.change))
        .collect();
    assert_eq!(
        concerns,
        [
            (None, Some(50.0), 0.0, Some(-50.0)),
            (Some("b"), Some(50.0), 0.0, Some(-50.0))
        ]
    );
    assert_eq!(t.concerns[0].reason, AreaReason::Declined);
    assert_eq!(AreaReason::Declined.word(), "declined");
}

#[test]
fn without_declines_the_concerns_are_the_lowest_areas_now() {
    let q = v1();
    let both = vec![
        answered(
            &q,
            "one",
            "Acme",
            Some("a"),
            "2025-01-10T10:00:00+01:00",
            [4, 4, 4, 4, 4],
            true,
        ),
        answered(
            &q,
            "two",
            "Acme",
            Some("b"),
            "2025-02-10T10:00:00+01:00",
            [7, 7, 4, 5, 5],
            true,
        ),
    ];
    let t = trend("Acme", &both);
    // Last: f1 100, f2 50, alpha 75, b 66.67 (5 -> 66.67), beta 66.67. First: all 50.
    // Improved: f1 +50, alpha +25, beta +16.67, b +16.67; f2 unchanged is not listed.
    let improved: Vec<&str> = t.most_improved.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(improved, ["F one", "Alpha", "Beta", "B"]);
    // Nothing declined: the lowest scores at the last point among the areas that did not
    // improve. Only F two is unchanged; an improvement is never an area of concern.
    let concerns: Vec<(&str, f64)> = t
        .concerns
        .iter()
        .map(|a| (a.title.as_str(), a.last))
        .collect();
    assert_eq!(concerns, [("F two", 50.0)]);
    assert!(t.concerns.iter().all(|a| a.reason == AreaReason::LowestNow));
    assert_eq!(AreaReason::LowestNow.word(), "lowest now");
}

#[test]
fn dimensions_come_from_the_latest_questionnaire_and_missing_ones_are_none() {
    // An earlier version without beta.
    let (head, rest) = V1.split_once("  - id: beta").unwrap();
    let advice = &rest[rest.find("advice:").unwrap()..];
    let v0 = parse(&format!("{head}{advice}").replace("version: '1'", "version: '0'")).unwrap();
    let v1 = v1();
    let both = vec![
        answered(
            &v0,
            "old",
            "Acme",
            None,
            "2025-01-10T10:00:00+01:00",
            [4, 4, 4, 0, 0],
            true,
        ),
        answered(
            &v1,
            "new",
            "Acme",
            None,
            "2025-02-10T10:00:00+01:00",
            [7, 7, 7, 7, 7],
            true,
        ),
    ];
    let t = trend("Acme", &both);
    assert_eq!(t.dimensions.len(), 2);
    assert_eq!(t.points[0].dimensions, [Some(50.0), None]);
    assert_eq!(t.points[1].dimensions, [Some(100.0), Some(100.0)]);
    // Each point says which questionnaire it rests on, and the change that they differ.
    assert_eq!(t.points[0].questionnaires, ["two-dimensions@0"]);
    assert_eq!(t.points[1].questionnaires, ["two-dimensions@1"]);
    let change = t.change.as_ref().unwrap();
    assert!(!change.same_questionnaire);
    // Beta only exists in version 1: not comparable. Alpha 50 -> 100 on a1-a3.
    assert_eq!(change.dimensions[1].delta.direction, Direction::Unknown);
    assert_eq!(change.dimensions[1].respondents, 0);
    close(change.dimensions[0].delta.change, 50.0, "alpha change");
    assert_eq!(change.dimensions[0].items, 3);
    // Beta has no first score, so it is in neither list.
    assert!(t.most_improved.iter().all(|a| a.dimension == "alpha"));
}

#[test]
fn an_organization_without_complete_assessments_has_no_points() {
    let t = trend("Nobody", &check_ins());
    assert!(t.points.is_empty());
    assert!(t.most_improved.is_empty() && t.concerns.is_empty());
}

#[test]
fn a_points_overall_agrees_with_its_own_dimension_column() {
    let q = v1();
    // Q4: Ann all 7 (alpha 100, beta 100). Bob alpha all 1 (0) and "don't know" on beta,
    // so Bob has no beta score and no overall of his own. The old point overall, the mean
    // of the respondents' overalls, was 100 (or 50 counting Bob's alpha-only overall),
    // while the dimension column read alpha 50, beta 100.
    let q4 = vec![
        by(
            &q,
            "ann",
            "Ann",
            Some("Q4"),
            "2025-10-01T10:00:00+02:00",
            [Some(7); 5],
        ),
        by(
            &q,
            "bob",
            "Bob",
            Some("Q4"),
            "2025-10-01T11:00:00+02:00",
            [Some(1), Some(1), Some(1), None, None],
        ),
    ];
    let t = trend("Acme", &q4);
    let point = &t.points[0];
    // Facets: f1 (100 + 0) / 2 = 50, f2 50, b 100 (Ann alone). Alpha 50, beta 100.
    close(point.dimensions[0], 50.0, "alpha");
    close(point.dimensions[1], 100.0, "beta");
    // Overall: the weighted mean of that column, (50 + 100) / 2 = 75.
    close(point.overall, 75.0, "overall");
    assert_eq!(point.respondent_names, ["Ann", "Bob"]);
    assert_eq!(point.questionnaires, ["two-dimensions@1"]);
}

/// Q3 and Q4 of Ann and Bob; at Q4 Bob answered "don't know" on all of beta.
fn dont_know_at_q4() -> Vec<(Assessment, Questionnaire)> {
    let q = v1();
    vec![
        by(
            &q,
            "ann-3",
            "Ann",
            Some("Q3"),
            "2025-07-01T10:00:00+02:00",
            [Some(4); 5],
        ),
        by(
            &q,
            "bob-3",
            "Bob",
            Some("Q3"),
            "2025-07-01T11:00:00+02:00",
            [Some(7); 5],
        ),
        by(
            &q,
            "ann-4",
            "Ann",
            Some("Q4"),
            "2025-10-01T10:00:00+02:00",
            [Some(7); 5],
        ),
        by(
            &q,
            "bob-4",
            "Bob",
            Some("Q4"),
            "2025-10-01T11:00:00+02:00",
            [Some(7), Some(7), Some(7), None, None],
        ),
    ]
}

#[test]
fn a_change_that_rests_on_one_of_two_respondents_says_so() {
    let t = trend("Acme", &dont_know_at_q4());
    // Points: beta at Q3 is (50 + 100) / 2 = 75, at Q4 100 (Ann alone). The old trend
    // listed beta "+25.0" as most improved, comparing Ann and Bob with Ann alone.
    close(t.points[0].dimensions[1], 75.0, "Q3 beta");
    close(t.points[1].dimensions[1], 100.0, "Q4 beta");
    // Like for like only Ann covers beta at both: 50 -> 100, +50, on her 2 beta items.
    let change = t.change.as_ref().unwrap();
    assert_eq!(change.respondents, ["Ann", "Bob"]);
    let beta = &change.dimensions[1];
    close(beta.delta.change, 50.0, "beta like for like");
    assert_eq!((beta.respondents, beta.items), (1, 2));
    // Alpha rests on both: Ann 50 -> 100, Bob 100 -> 100; mean +25 on 3 + 3 items.
    let alpha = &change.dimensions[0];
    close(alpha.delta.change, 25.0, "alpha like for like");
    assert_eq!((alpha.respondents, alpha.items), (2, 6));
    let listed = t
        .most_improved
        .iter()
        .find(|a| a.dimension == "beta" && a.facet.is_none());
    let listed = listed.unwrap();
    assert_eq!(listed.change, Some(50.0));
    assert_eq!((listed.respondents, listed.items), (1, 2));
    // Overall: Bob has none at Q4 (no beta score, and the overall needs every dimension),
    // so it rests on Ann alone: 50 -> 100.
    close(change.overall.delta.change, 50.0, "overall like for like");
    assert_eq!((change.overall.respondents, change.overall.items), (1, 5));
}

#[test]
fn a_respondent_who_drops_out_does_not_move_the_change() {
    let q = v1();
    // Q1: Ann all 4 (50), Bob all 7 (100): the round mean is 75. Q2: Ann all 4 again,
    // Bob gone. The old trend read -25 everywhere and listed every area as declined.
    let rounds = vec![
        by(
            &q,
            "ann-1",
            "Ann",
            Some("Q1"),
            "2025-01-01T10:00:00+01:00",
            [Some(4); 5],
        ),
        by(
            &q,
            "bob-1",
            "bob",
            Some("Q1"),
            "2025-01-01T11:00:00+01:00",
            [Some(7); 5],
        ),
        by(
            &q,
            "ann-2",
            "ann ",
            Some("Q2"),
            "2025-04-01T10:00:00+02:00",
            [Some(4); 5],
        ),
    ];
    let t = trend("Acme", &rounds);
    close(t.points[0].overall, 75.0, "Q1 overall");
    close(t.points[1].overall, 50.0, "Q2 overall");
    let change = t.change.as_ref().unwrap();
    assert_eq!(change.respondents, ["ann"]);
    assert_eq!(change.left_out.len(), 1);
    assert_eq!(change.left_out[0].name, "bob");
    assert_eq!(change.left_out[0].reason, "not at the later check-in");
    assert!(!change.whole());
    // Ann did not change: 0 everywhere, nothing declined.
    close(change.overall.delta.change, 0.0, "overall like for like");
    assert_eq!(change.overall.delta.direction, Direction::Same);
    assert!(t.concerns.iter().all(|a| a.reason == AreaReason::LowestNow));
    assert!(t.most_improved.is_empty());
}

#[test]
fn the_text_says_beside_the_figures_what_they_rest_on() {
    use ecoready::documents::TrendDocument;
    use ecoready::report::text;
    let q = v1();
    let mut all = dont_know_at_q4();
    // Cid joins at Q4: another set of respondents than at Q3.
    all.push(by(
        &q,
        "cid-4",
        "Cid",
        Some("Q4"),
        "2025-10-01T12:00:00+02:00",
        [Some(1); 5],
    ));
    let doc = TrendDocument::new(&trend("Acme", &all));
    assert!(doc.respondents_changed(1));
    assert!(!doc.questionnaire_changed(1));
    let out = text::trend(&doc);
    // Respondents 2 then 3, marked; the mark is explained; Cid is named as left out.
    assert!(out.contains("3 *"), "{out}");
    assert!(out.contains("* other respondents"), "{out}");
    assert!(
        out.contains("Left out: Cid (cid-4): not at the earlier check-in."),
        "{out}"
    );
    // Beta's change rests on Ann alone.
    let beta = out.lines().find(|l| l.starts_with("Beta")).unwrap();
    assert!(
        beta.contains("+50.0") && beta.contains("1 resp. · 2 items"),
        "{beta}"
    );
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["change"]["dimensions"][1]["respondents"], 1);
    assert_eq!(json["change"]["dimensions"][1]["items"], 2);
    assert_eq!(json["points"][1]["questionnaires"][0], "two-dimensions@1");
    assert_eq!(json["change"]["left_out"][0]["name"], "Cid");
}

#[test]
fn an_area_no_respondent_covers_at_both_points_is_not_comparable() {
    let q = v1();
    // Beta "don't know" at Q1, answered at Q2: nothing to compare it with.
    let rounds = vec![
        by(
            &q,
            "ann-1",
            "Ann",
            Some("Q1"),
            "2025-01-01T10:00:00+01:00",
            [Some(4), Some(4), Some(4), None, None],
        ),
        by(
            &q,
            "ann-2",
            "Ann",
            Some("Q2"),
            "2025-04-01T10:00:00+02:00",
            [Some(7); 5],
        ),
    ];
    let t = trend("Acme", &rounds);
    let change = t.change.as_ref().unwrap();
    assert_eq!(change.dimensions[1].delta.change, None);
    assert_eq!(
        change.dimensions[1].delta.direction.word(),
        "not comparable"
    );
    let out = ecoready::report::text::trend(&ecoready::documents::TrendDocument::new(&t));
    let beta = out.lines().find(|l| l.starts_with("Beta")).unwrap();
    assert!(beta.contains("not comparable"), "{beta}");
    assert!(!t.most_improved.iter().any(|a| a.dimension == "beta"));
}

#[test]
fn an_area_that_cannot_be_compared_is_no_area_of_concern() {
    // The same two check-ins: alpha rises 50 -> 100 like for like, beta (100 at Q2) has
    // no score at Q1. Nothing fell and nothing stayed level like for like, so there is no
    // area of concern: beta at 100 is not "lowest now", and neither is alpha, which rose.
    let q = v1();
    let rounds = vec![
        by(
            &q,
            "ann-1",
            "Ann",
            Some("Q1"),
            "2025-01-01T10:00:00+01:00",
            [Some(4), Some(4), Some(4), None, None],
        ),
        by(
            &q,
            "ann-2",
            "Ann",
            Some("Q2"),
            "2025-04-01T10:00:00+02:00",
            [Some(7); 5],
        ),
    ];
    let t = trend("Acme", &rounds);
    assert!(t.concerns.is_empty(), "{:?}", t.concerns);
    let out = ecoready::report::text::trend(&ecoready::documents::TrendDocument::new(&t));
    assert!(
        out.contains("None: every area that can be compared like for like improved by more than measurement noise."),
        "{out}"
    );
}

#[test]
fn the_worked_example_of_the_docs() {
    // docs/history.md, "Trend": Ann and Bob at Q3; at Q4 Bob answers "don't know" on all
    // of beta and Cid joins.
    let q = v1();
    let mut all = dont_know_at_q4();
    all.push(by(
        &q,
        "cid-4",
        "Cid",
        Some("Q4"),
        "2025-10-01T12:00:00+02:00",
        [Some(1); 5],
    ));
    let t = trend("Acme", &all);
    close(t.points[0].overall, 75.0, "Q3 overall");
    // Q4: alpha (100 + 100 + 0) / 3, beta (100 + 0) / 2, overall their mean.
    close(t.points[1].dimensions[0], 200.0 / 3.0, "Q4 alpha");
    close(t.points[1].dimensions[1], 50.0, "Q4 beta");
    close(t.points[1].overall, 175.0 / 3.0, "Q4 overall");
    let change = t.change.as_ref().unwrap();
    close(change.dimensions[0].delta.change, 25.0, "alpha");
    close(change.dimensions[1].delta.change, 50.0, "beta");
    close(change.overall.delta.change, 50.0, "overall");
    // Every area improved like for like: nothing is an area of concern.
    assert!(t.concerns.is_empty(), "{:?}", t.concerns);
    let dimensions: Vec<&str> = t
        .most_improved
        .iter()
        .filter(|a| a.facet.is_none())
        .map(|a| a.dimension.as_str())
        .collect();
    assert_eq!(dimensions, ["beta", "alpha"]);
    // The text says so rather than leaving the section out.
    let text = ecoready::report::text::trend(&ecoready::documents::TrendDocument::new(&t));
    assert!(
        text.contains("Areas of concern")
            && text.contains("None: every area that can be compared like for like improved by more than measurement noise."),
        "{text}"
    );
}

#[test]
fn real_change_only_changes_beyond_their_mdc95_are_listed() {
    // alpha: 0.5 and SD 30: SEM = 30 * sqrt(0.5) = 21.213, MDC95 = 2.771859 * 21.213 =
    // 58.80, so alpha's +50 is within noise. beta: 0.73 and SD 22: SEM = 22 * sqrt(0.27)
    // = 11.432, MDC95 = 31.69, so beta's -50 is real.
    let wide = with_noise(0.5, 30.0);
    let narrow = with_noise(0.73, 22.0);
    let mut noise = NoiseTable::defaults(&wide);
    let beta = NoiseTable::defaults(&narrow);
    noise.set("beta", None, beta.dimension("beta"));
    noise.set("beta", Some("b"), beta.facet("beta", "b"));
    let t = trend("Acme", &check_ins()).judged_by(&noise);
    assert!(t.most_improved.is_empty(), "{:?}", t.most_improved);
    let alpha = &t.change.as_ref().unwrap().dimensions[0];
    assert_eq!(alpha.delta.change, Some(50.0));
    assert_eq!(alpha.delta.verdict(), Verdict::WithinNoise);
    let mdc95 = alpha.delta.noise.map_or(0.0, |n| n.mdc95);
    assert!((mdc95 - 58.80).abs() < 0.01, "{mdc95}");
    let declined: Vec<(Option<&str>, Option<Verdict>)> = t
        .concerns
        .iter()
        .map(|a| (a.facet.as_deref(), a.verdict))
        .collect();
    assert_eq!(
        declined,
        [
            (None, Some(Verdict::Real)),
            (Some("b"), Some(Verdict::Real))
        ]
    );
    let b = t.concerns[1].noise.unwrap();
    assert!((b.mdc95 - 31.69).abs() < 0.01, "{}", b.mdc95);
    let text = text::trend(&TrendDocument::new(&t));
    assert!(
        text.contains("None: no area rose by more than measurement noise."),
        "{text}"
    );
    assert!(text.contains("within noise (< 58.8)"), "{text}");
}

#[test]
fn real_change_an_area_without_an_estimate_is_never_called_real() {
    // The plain fixture has no defaults: the +50 and -50 have no estimate, nothing is
    // listed as improved or declined, and the concerns fall back to the lowest now.
    let q = parse(V1).unwrap();
    let made: Vec<(Assessment, Questionnaire)> = check_ins()
        .into_iter()
        .map(|(a, _)| (a, q.clone()))
        .collect();
    let t = trend("Acme", &made);
    assert!(t.most_improved.is_empty());
    assert!(t.concerns.iter().all(|a| a.reason == AreaReason::LowestNow));
    let alpha = &t.change.as_ref().unwrap().dimensions[0];
    assert_eq!(alpha.delta.verdict(), Verdict::NoEstimate);
    assert!(
        TrendDocument::new(&t)
            .noise_note
            .contains("none (5 areas: no estimate")
    );
}

//! An organization's trend, checked against series worked out by hand (arithmetic in the
//! comments). On 1-7 an item scores 100 * (v - 1) / 6: 1 -> 0, 4 -> 50, 7 -> 100.

use chrono::DateTime;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::compare::Direction;
use ecoready::questionnaire::{Questionnaire, parse};
use ecoready::trend::{AreaReason, trend};

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
    let at = DateTime::parse_from_rfc3339(at).unwrap();
    let setup = Setup {
        organization: Organization {
            name: org.to_string(),
            sector: String::new(),
        },
        respondent: Respondent::default(),
        mode: Mode::SelfAssessment,
        advisor: None,
        round: round.map(str::to_string),
    };
    let mut a = Assessment::start(id.to_string(), setup, q, "digest", at);
    for (item, value) in ["a1", "a2", "a3", "b1", "b2"].into_iter().zip(values) {
        if q.find_item(item).is_some() {
            a.respond(q, item, Response::Value(value), at);
        }
    }
    if complete {
        a.complete(q, at);
    }
    (a, q.clone())
}

/// Acme: two in round "Baseline" (all 50, all 100), two on 1 April without a round, one
/// in "Q3"; plus a draft and another organization, both left out. Given out of order.
fn check_ins() -> Vec<(Assessment, Questionnaire)> {
    let q = parse(V1).unwrap();
    vec![
        answered(
            &q,
            "q3",
            "Acme",
            Some("Q3"),
            "2025-07-01T10:00:00+02:00",
            [7, 7, 7, 1, 1],
            true,
        ),
        answered(
            &q,
            "base-1",
            "Acme",
            Some("Baseline"),
            "2025-01-10T10:00:00+01:00",
            [4, 4, 4, 4, 4],
            true,
        ),
        answered(
            &q,
            "april-am",
            "acme",
            None,
            "2025-04-01T09:00:00+02:00",
            [7, 7, 1, 4, 4],
            true,
        ),
        answered(
            &q,
            "base-2",
            " ACME ",
            Some("baseline"),
            "2025-01-12T10:00:00+01:00",
            [7, 7, 7, 7, 7],
            true,
        ),
        answered(
            &q,
            "april-pm",
            "Acme",
            None,
            "2025-04-01T15:00:00+02:00",
            [4, 4, 1, 7, 7],
            true,
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

    // First to last: overall 75 -> 50 (-25), alpha 75 -> 100 (+25), beta 75 -> 0 (-75).
    close(t.overall_change.change, -25.0, "overall change");
    assert_eq!(t.overall_change.direction, Direction::Down);
    close(t.dimension_changes[0].change, 25.0, "alpha change");
    close(t.dimension_changes[1].change, -75.0, "beta change");
}

#[test]
fn most_improved_and_concerns_compare_the_first_and_last_points() {
    let t = trend("Acme", &check_ins());
    // Rises: alpha, f1 and f2 all 75 -> 100 (+25); ties keep questionnaire order.
    let improved: Vec<(&str, Option<&str>, f64)> = t
        .most_improved
        .iter()
        .map(|a| (a.dimension.as_str(), a.facet.as_deref(), a.change))
        .collect();
    assert_eq!(
        improved,
        [
            ("alpha", None, 25.0),
            ("alpha", Some("f1"), 25.0),
            ("alpha", Some("f2"), 25.0)
        ]
    );
    assert!(
        t.most_improved
            .iter()
            .all(|a| a.reason == AreaReason::Improved)
    );
    assert_eq!(t.most_improved[1].title, "F one");
    assert_eq!(t.most_improved[1].dimension_title, "Alpha");
    // Falls: beta and its facet b, 75 -> 0 (-75).
    let concerns: Vec<(Option<&str>, f64, f64, f64)> = t
        .concerns
        .iter()
        .map(|a| (a.facet.as_deref(), a.first, a.last, a.change))
        .collect();
    assert_eq!(
        concerns,
        [(None, 75.0, 0.0, -75.0), (Some("b"), 75.0, 0.0, -75.0)]
    );
    assert_eq!(t.concerns[0].reason, AreaReason::Declined);
    assert_eq!(AreaReason::Declined.word(), "declined");
}

#[test]
fn without_declines_the_concerns_are_the_lowest_areas_now() {
    let q = parse(V1).unwrap();
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
    // Nothing declined: the lowest scores at the last point, lowest first.
    let concerns: Vec<(&str, f64)> = t
        .concerns
        .iter()
        .map(|a| (a.title.as_str(), a.last))
        .collect();
    assert_eq!(concerns.len(), 5);
    assert_eq!(concerns[0], ("F two", 50.0));
    assert_eq!(concerns[1].0, "Beta");
    assert!((concerns[1].1 - 200.0 / 3.0).abs() < TOLERANCE);
    assert_eq!(concerns[4], ("F one", 100.0));
    assert!(t.concerns.iter().all(|a| a.reason == AreaReason::LowestNow));
    assert_eq!(AreaReason::LowestNow.word(), "lowest now");
}

#[test]
fn dimensions_come_from_the_latest_questionnaire_and_missing_ones_are_none() {
    // An earlier version without beta.
    let (head, rest) = V1.split_once("  - id: beta").unwrap();
    let advice = &rest[rest.find("advice:").unwrap()..];
    let v0 = parse(&format!("{head}{advice}").replace("version: '1'", "version: '0'")).unwrap();
    let v1 = parse(V1).unwrap();
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
    assert_eq!(t.dimension_changes[1].direction, Direction::Unknown);
    // Beta has no first score, so it is in neither list.
    assert!(t.most_improved.iter().all(|a| a.dimension == "alpha"));
}

#[test]
fn an_organization_without_complete_assessments_has_no_points() {
    let t = trend("Nobody", &check_ins());
    assert!(t.points.is_empty());
    assert!(t.most_improved.is_empty() && t.concerns.is_empty());
}

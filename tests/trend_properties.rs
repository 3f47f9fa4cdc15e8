//! Random answer sets (values, "don't know" and gaps) for two respondents at two check-ins,
//! one of whom may miss the second: the trend's changes are always like for like, a
//! check-in's overall always agrees with its dimension column, and an improvement is never
//! an area of concern.

use chrono::DateTime;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::compare::like_for_like;
use ecoready::questionnaire::{Questionnaire, parse};
use ecoready::trend::{AreaReason, trend};
use proptest::collection::vec;
use proptest::prelude::*;

/// alpha: f1 = a1, a2; f2 = a3. beta: b = b1, b2. All on 1-7, every weight 1.
const V1: &str = include_str!("fixtures/two-dimensions.yaml");
const ITEMS: [&str; 5] = ["a1", "a2", "a3", "b1", "b2"];

/// One answer: unanswered, "don't know", or a value on 1-7.
fn answer() -> impl Strategy<Value = Option<Response>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Response::DontKnow)),
        4 => (1u8..=7).prop_map(|v| Some(Response::Value(v))),
    ]
}

fn assessment(
    q: &Questionnaire,
    id: &str,
    name: &str,
    round: &str,
    at: &str,
    answers: &[Option<Response>],
) -> (Assessment, Questionnaire) {
    let at = DateTime::parse_from_rfc3339(at).unwrap();
    let setup = Setup {
        organization: Organization {
            name: "Acme".to_string(),
            sector: String::new(),
        },
        respondent: Respondent {
            name: name.to_string(),
            role: String::new(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: Some(round.to_string()),
    };
    let mut a = Assessment::start(id.to_string(), setup, q, "digest", at);
    for (item, response) in ITEMS.iter().zip(answers) {
        if let Some(response) = response {
            a.respond(q, item, *response, at);
        }
    }
    a.complete(q, at);
    (a, q.clone())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn changes_are_like_for_like_and_points_agree_with_their_columns(
        ann_1 in vec(answer(), 5),
        bob_1 in vec(answer(), 5),
        ann_2 in vec(answer(), 5),
        bob_2 in vec(answer(), 5),
        bob_stays in any::<bool>(),
    ) {
        let q = parse(V1).unwrap();
        let mut all = vec![
            assessment(&q, "ann-1", "Ann", "Q1", "2025-01-01T10:00:00+01:00", &ann_1),
            assessment(&q, "bob-1", "Bob", "Q1", "2025-01-01T11:00:00+01:00", &bob_1),
            assessment(&q, "ann-2", "Ann", "Q2", "2025-04-01T10:00:00+02:00", &ann_2),
        ];
        if bob_stays {
            all.push(assessment(&q, "bob-2", "Bob", "Q2", "2025-04-01T11:00:00+02:00", &bob_2));
        }
        let t = trend("Acme", &all);
        prop_assert_eq!(t.points.len(), 2);

        // A check-in's overall is the mean of its dimension column (weights 1), and exists
        // only when every dimension has a score.
        for point in &t.points {
            match (point.dimensions[0], point.dimensions[1]) {
                (Some(a), Some(b)) => {
                    prop_assert!(point.overall.is_some_and(|o| close(o, (a + b) / 2.0)));
                }
                _ => prop_assert_eq!(point.overall, None),
            }
        }

        // Every change is the mean of the respondents' own like-for-like changes.
        let change = t.change.as_ref().unwrap();
        let mut pairs = vec![(&all[0], &all[2])];
        if bob_stays {
            pairs.push((&all[1], &all[3]));
        }
        let scored: Vec<_> = pairs
            .iter()
            .map(|((a, qa), (b, qb))| like_for_like((&a.responses(), qa), (&b.responses(), qb)))
            .collect();
        let expected = |pick: &dyn Fn(&ecoready::scoring::Scores) -> Option<f64>| {
            let diffs: Vec<f64> = scored
                .iter()
                .filter_map(|l| Some(pick(&l.after)? - pick(&l.before)?))
                .collect();
            (!diffs.is_empty()).then(|| diffs.iter().sum::<f64>() / diffs.len() as f64)
        };
        let same = |actual: Option<f64>, wanted: Option<f64>| match (actual, wanted) {
            (Some(a), Some(w)) => close(a, w),
            (None, None) => true,
            _ => false,
        };
        prop_assert!(same(change.overall.delta.change, expected(&|s| s.overall.value)));
        for (d, id) in ["alpha", "beta"].iter().enumerate() {
            let wanted = expected(&|s| s.dimension(id)?.score.value);
            prop_assert!(same(change.dimensions[d].delta.change, wanted));
            // A comparable change rests on somebody's answers; a change on nobody's is
            // "not comparable".
            prop_assert_eq!(
                change.dimensions[d].delta.change.is_some(),
                change.dimensions[d].respondents > 0
            );
        }
        if !bob_stays {
            prop_assert_eq!(change.left_out.len(), 1);
            prop_assert_eq!(change.respondents.len(), 1);
        }

        // An improvement is never an area of concern; what is listed as improved rose.
        for area in &t.concerns {
            prop_assert!(area.change.is_none_or(|c| c < 0.05));
            prop_assert!(area.reason != AreaReason::Improved);
        }
        for area in &t.most_improved {
            prop_assert!(area.change.is_some_and(|c| c >= 0.05));
            prop_assert!(area.respondents >= 1 && area.items >= 1);
        }
    }
}

//! The agreement index rwg(j) and the round view, checked against numbers worked out by
//! hand (the arithmetic is in the comments). Item scores are 100 * (v - 1) / 6 on 1-7.

use chrono::DateTime;
use ecoready::agreement::{CONTESTED_BELOW, latest_round, round_view, rwg_j};
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::questionnaire::{Questionnaire, parse};

const TOLERANCE: f64 = 1e-9;

/// alpha: f1 = a1, a2; f2 = a3. beta: b = b1, b2. All on 1-7, every weight 1.
const TWO_DIMENSIONS: &str = include_str!("fixtures/two-dimensions.yaml");

fn questionnaire() -> Questionnaire {
    parse(TWO_DIMENSIONS).unwrap()
}

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a value");
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "{actual} != {expected}"
    );
}

/// A complete (or draft) assessment of `org` in `round`, answered with `answers`
/// (`0` = don't know), completed at `at`.
fn answered(
    q: &Questionnaire,
    id: &str,
    org: &str,
    round: Option<&str>,
    at: &str,
    answers: &[(&str, u8)],
    complete: bool,
) -> (Assessment, Questionnaire) {
    let at = DateTime::parse_from_rfc3339(at).unwrap();
    let setup = Setup {
        organization: Organization {
            name: org.to_string(),
            sector: String::new(),
        },
        respondent: Respondent {
            name: format!("person {id}"),
            role: "role".to_string(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: round.map(str::to_string),
    };
    let mut a = Assessment::start(id.to_string(), setup, q, "digest", at);
    for &(item, value) in answers {
        let response = match value {
            0 => Response::DontKnow,
            v => Response::Value(v),
        };
        a.respond(q, item, response, at);
    }
    if complete {
        a.complete(q, at);
    }
    (a, q.clone())
}

#[test]
fn rwg_j_of_the_worked_example() {
    // Item 1: mean 6, squared deviations 1 + 0 + 1 = 2, sample variance 2 / 2 = 1.
    // Item 2: variance 0. s² = (1 + 0) / 2 = 0.5; σ² = (49 - 1) / 12 = 4; s²/σ² = 0.125.
    // rwg(j) = 2 * 0.875 / (2 * 0.875 + 0.125) = 1.75 / 1.875 = 14/15.
    close(
        rwg_j(&[vec![5.0, 6.0, 7.0], vec![4.0, 4.0, 4.0]], 7),
        14.0 / 15.0,
    );
}

#[test]
fn identical_answers_agree_fully() {
    // Every variance 0: J * 1 / (J * 1 + 0) = 1.
    close(rwg_j(&[vec![3.0, 3.0], vec![5.0, 5.0, 5.0]], 7), 1.0);
}

#[test]
fn more_spread_than_random_answers_is_clamped_to_zero() {
    // [1, 7]: mean 4, (9 + 9) / (2 - 1) = 18 > σ² = 4: the formula would go negative.
    assert_eq!(rwg_j(&[vec![1.0, 7.0], vec![1.0, 7.0]], 7), Some(0.0));
    // On 5 points σ² = (25 - 1) / 12 = 2; [2, 4] has (1 + 1) / 1 = 2 = σ²: exactly 0.
    assert_eq!(rwg_j(&[vec![2.0, 4.0]], 5), Some(0.0));
}

#[test]
fn items_with_fewer_than_two_answers_are_skipped() {
    // Only the first item counts, J = 1: s² = 1, s²/σ² = 0.25, 0.75 / (0.75 + 0.25) = 0.75.
    close(rwg_j(&[vec![5.0, 6.0, 7.0], vec![4.0], vec![]], 7), 0.75);
    assert_eq!(rwg_j(&[vec![5.0], vec![6.0]], 7), None);
    assert_eq!(rwg_j(&[], 7), None);
}

/// The two-dimensions fixture with b1 on a 5-point scale: beta mixes 5 and 7 points.
fn mixed_scales() -> Questionnaire {
    let yaml = TWO_DIMENSIONS
        .replace(
            "scales:\n",
            "scales:\n  agree5:\n    kind: agreement\n    options: [{value: 1, label: a}, \
             {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d}, \
             {value: 5, label: e}]\n",
        )
        .replace(
            "{ id: b1, text: B1, scale: agree7",
            "{ id: b1, text: B1, scale: agree5",
        );
    parse(&yaml).unwrap()
}

#[test]
fn agreement_is_computed_on_one_scale_at_a_time_and_never_pooled_overall() {
    let q = mixed_scales();
    let at = |h| format!("2025-05-01T{h}:00:00+02:00");
    let both = |b1| [("a1", 4), ("a2", 4), ("a3", 4), ("b1", b1), ("b2", 4)];
    let round = vec![
        answered(&q, "p1", "Mix", Some("r"), &at(10), &both(1), true),
        answered(&q, "p2", "Mix", Some("r"), &at(11), &both(3), true),
    ];
    let view = round_view("Mix", "r", &round);
    // Alpha: a1-a3 [4, 4] on 7 points, variance 0: rwg 1.
    close(view.dimensions[0].spread.rwg, 1.0);
    // Beta, 5 points: b1 [1, 3], variance (1 + 1) / 1 = 2 = σ² (25 - 1) / 12: ratio 1,
    // no agreement: 0.00. 7 points: b2 [4, 4], variance 0: 1.00. Its agreement is the
    // lowest, 0.00 on agree5, so beta is contested.
    let beta = &view.dimensions[1].spread;
    let by_scale: Vec<(&str, usize, usize, Option<f64>)> = beta
        .by_scale
        .iter()
        .map(|s| (s.scale.as_str(), s.points, s.items, s.rwg))
        .collect();
    assert_eq!(
        by_scale,
        [("agree5", 5, 1, Some(0.0)), ("agree7", 7, 1, Some(1.0))]
    );
    assert_eq!(beta.rwg, Some(0.0));
    assert_eq!(beta.rwg_scale.as_deref(), Some("agree5"));
    assert!(beta.contested);
    // The old pooled index divided each variance by its own σ² and averaged: beta
    // (1 + 0) / 2 = 0.5, J = 2: 1 / 1.5 = 0.67; overall (0 + 0 + 0 + 1 + 0) / 5 = 0.2,
    // J = 5: 4 / 4.2 = 0.95, neither contested. Now there is no overall agreement; the
    // round names its least agreed dimension instead.
    assert_eq!(view.overall.rwg, None);
    assert!(!view.overall.contested);
    let lowest = view.lowest.as_ref().unwrap();
    assert_eq!(
        (lowest.dimension.as_str(), lowest.rwg, lowest.scale.as_str()),
        ("beta", 0.0, "agree5")
    );
    assert!(lowest.contested);
    // Item scores: b1 on 1-5, 1 -> 0 and 3 -> 50; b2 4 -> 50. Beta: p1 25, p2 50.
    close(beta.mean, 37.5);
}

#[test]
fn drafts_and_other_questionnaires_are_left_out_with_the_reason() {
    let q = questionnaire();
    let mut v2 = q.clone();
    v2.version = "2".to_string();
    let at = |h| format!("2025-05-01T{h}:00:00+02:00");
    let all = [("a1", 4), ("a2", 4), ("a3", 4), ("b1", 4), ("b2", 4)];
    let mut newer = answered(&v2, "p3", "Acme", Some("r"), &at(12), &all, true);
    newer.0.questionnaire.digest = "another digest".to_string();
    let round = vec![
        answered(&q, "p1", "Acme", Some("r"), &at(10), &all, true),
        answered(&q, "p2", "Acme", Some("r"), &at(11), &all, true),
        newer,
        answered(&q, "d1", "Acme", Some("r"), &at(13), &all, false),
    ];
    let view = round_view("Acme", "r", &round);
    // Two of three complete ones answered two-dimensions@1: the round is read on it.
    assert_eq!(view.questionnaire.as_ref().unwrap().version, "1");
    let ids: Vec<&str> = view.respondents.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["p1", "p2"]);
    let left: Vec<(&str, &str)> = view
        .left_out
        .iter()
        .map(|l| (l.id.as_str(), l.reason.as_str()))
        .collect();
    assert_eq!(
        left,
        [
            (
                "p3",
                "answered two-dimensions@2, not the round's two-dimensions@1"
            ),
            ("d1", "a draft: not finished yet")
        ]
    );
    // The same in the JSON and the text of `round`.
    let doc = ecoready::documents::RoundDocument::new(&view);
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["left_out"][1]["status"], "draft");
    assert_eq!(json["left_out"][0]["reason"], left[0].1);
    assert!(json["overall"]["rwg"].is_null());
    let text = ecoready::report::text::round(&doc);
    assert!(text.contains("Left out"), "{text}");
    assert!(
        text.contains("d1  person d1, role: a draft: not finished yet"),
        "{text}"
    );
}

/// Three respondents of Acme in round "Baseline", and assessments that must be left out.
fn three_respondents() -> Vec<(Assessment, Questionnaire)> {
    let q = questionnaire();
    vec![
        answered(
            &q,
            "r1",
            "Acme",
            Some("Baseline"),
            "2025-03-01T10:00:00+01:00",
            &[("a1", 5), ("a2", 4), ("a3", 7), ("b1", 1), ("b2", 7)],
            true,
        ),
        answered(
            &q,
            "r2",
            "acme ",
            Some("baseline"),
            "2025-03-02T10:00:00+01:00",
            &[("a1", 6), ("a2", 4), ("a3", 7), ("b1", 7), ("b2", 1)],
            true,
        ),
        answered(
            &q,
            "r3",
            "ACME",
            Some("Baseline"),
            "2025-03-03T10:00:00+01:00",
            &[("a1", 7), ("a2", 4), ("a3", 0), ("b1", 4), ("b2", 4)],
            true,
        ),
        // Left out: a draft, another round, another organization.
        answered(
            &q,
            "draft",
            "Acme",
            Some("Baseline"),
            "2025-03-04T10:00:00+01:00",
            &[("a1", 1), ("a2", 1), ("a3", 1), ("b1", 1), ("b2", 1)],
            false,
        ),
        answered(
            &q,
            "later",
            "Acme",
            Some("Q3"),
            "2025-09-01T10:00:00+02:00",
            &[("a1", 1), ("a2", 1), ("a3", 1), ("b1", 1), ("b2", 1)],
            true,
        ),
        answered(
            &q,
            "other",
            "Beta",
            Some("Baseline"),
            "2025-03-01T10:00:00+01:00",
            &[("a1", 1), ("a2", 1), ("a3", 1), ("b1", 1), ("b2", 1)],
            true,
        ),
    ]
}

#[test]
fn round_view_has_hand_computed_means_ranges_and_agreement() {
    let view = round_view("Acme", "BASELINE", &three_respondents());
    let ids: Vec<&str> = view.respondents.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2", "r3"]);
    assert_eq!(view.round, "Baseline");
    // The draft of the round is listed as left out, not silently dropped.
    let left: Vec<&str> = view.left_out.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(left, ["draft"]);

    let alpha = &view.dimensions[0];
    let f1 = &alpha.facets[0].spread;
    // f1 item scores: r1 (66.67 + 50) / 2 = 175/3, r2 (83.33 + 50) / 2 = 200/3,
    // r3 (100 + 50) / 2 = 75. Mean (175/3 + 200/3 + 225/3) / 3 = 200/3.
    assert_eq!(f1.respondents, 3);
    close(f1.mean, 200.0 / 3.0);
    close(f1.min, 175.0 / 3.0);
    close(f1.max, 75.0);
    // Raw values a1 [5, 6, 7], a2 [4, 4, 4]: the worked example, 14/15.
    close(f1.rwg, 14.0 / 15.0);
    assert!(!f1.contested);

    let f2 = &alpha.facets[1].spread;
    // r3 answered a3 "don't know": no score and no value; r1 and r2 both 7 (score 100).
    assert_eq!(f2.respondents, 2);
    close(f2.mean, 100.0);
    close(f2.rwg, 1.0);

    // alpha = mean of its facets: r1 (175/3 + 100) / 2 = 475/6, r2 500/6; r3 scored only
    // f1, 1 of 2 facets, below two thirds: no alpha score. Mean (475 + 500) / 6 / 2 = 975/12.
    close(alpha.spread.mean, 975.0 / 12.0);
    close(alpha.spread.min, 475.0 / 6.0);
    close(alpha.spread.max, 500.0 / 6.0);
    // Items a1 (variance 1), a2 (0), a3 (0): s² = 1/3, s²/σ² = 1/12, J = 3:
    // 3 * 11/12 / (3 * 11/12 + 1/12) = 33/34.
    close(alpha.spread.rwg, 33.0 / 34.0);

    let beta = &view.dimensions[1].spread;
    // Everyone scores 50 (0 + 100, 100 + 0, 50 + 50), so the range hides the disagreement:
    // b1 [1, 7, 4] and b2 [7, 1, 4] both have variance 18 / 2 = 9 > σ² = 4, rwg 0.
    close(beta.mean, 50.0);
    close(beta.min, 50.0);
    close(beta.max, 50.0);
    assert_eq!(beta.rwg, Some(0.0));
    assert!(beta.contested);

    // Overall (weights 1), of r1 and r2 (r3 has no alpha, so no overall):
    // r1 (475/6 + 50) / 2 = 775/12, r2 (500/6 + 50) / 2 = 800/12; mean 1575/24.
    // No agreement over all items: the lowest dimension, beta at 0, stands in for it.
    close(view.overall.mean, 1575.0 / 24.0);
    assert_eq!(view.overall.rwg, None);
    let lowest = view.lowest.as_ref().unwrap();
    assert_eq!((lowest.dimension.as_str(), lowest.rwg), ("beta", 0.0));
    assert_eq!(lowest.scale, "agree7");
}

#[test]
fn agreement_of_exactly_one_half_is_not_contested() {
    assert_eq!(CONTESTED_BELOW, 0.5);
    let q = questionnaire();
    let pair = |second_a3: u8| {
        let common = |a3| [("a1", 4), ("a2", 4), ("a3", a3), ("b1", 4), ("b2", 4)];
        vec![
            answered(
                &q,
                "p1",
                "Pair",
                Some("x"),
                "2025-01-01T10:00:00+00:00",
                &common(3),
                true,
            ),
            answered(
                &q,
                "p2",
                "Pair",
                Some("x"),
                "2025-01-01T11:00:00+00:00",
                &common(second_a3),
                true,
            ),
        ]
    };
    // a3 [3, 5]: variance (1 + 1) / 1 = 2, ratio 2/4 = 0.5, J = 1: 0.5 / (0.5 + 0.5) = 0.5.
    let f2 = &round_view("Pair", "x", &pair(5)).dimensions[0].facets[1].spread;
    close(f2.rwg, 0.5);
    assert!(!f2.contested);
    // a3 [3, 6]: variance 9 / 2 = 4.5 > 4: clamped to 0, contested.
    let f2 = &round_view("Pair", "x", &pair(6)).dimensions[0].facets[1].spread;
    assert_eq!(f2.rwg, Some(0.0));
    assert!(f2.contested);
}

#[test]
fn a_single_respondent_has_no_agreement_and_nothing_contested() {
    let q = questionnaire();
    let one = vec![answered(
        &q,
        "solo",
        "Solo",
        Some("x"),
        "2025-01-01T10:00:00+00:00",
        &[("a1", 1), ("a2", 7), ("a3", 4), ("b1", 4), ("b2", 4)],
        true,
    )];
    let view = round_view("Solo", "x", &one);
    assert_eq!(view.overall.respondents, 1);
    assert_eq!(view.overall.rwg, None);
    assert!(!view.overall.contested);
    assert!(
        view.dimensions
            .iter()
            .all(|d| d.spread.rwg.is_none() && !d.spread.contested)
    );
}

#[test]
fn the_latest_round_comes_from_the_latest_complete_labelled_assessment() {
    // "later" (Q3, September) is the newest complete one of Acme; the Beta one and the
    // draft do not count.
    assert_eq!(
        latest_round("acme", &three_respondents()).as_deref(),
        Some("Q3")
    );
    assert_eq!(latest_round("Nobody", &three_respondents()), None);
}

#[test]
fn the_round_screen_lists_who_is_left_out_and_the_lowest_agreement() {
    use ecoready::tui::screens::round_view::lines;
    use ecoready::tui::theme::Theme;
    let q = mixed_scales();
    let at = |h| format!("2025-05-01T{h}:00:00+02:00");
    let both = |b1| [("a1", 4), ("a2", 4), ("a3", 4), ("b1", b1), ("b2", 4)];
    let round = vec![
        answered(&q, "p1", "Mix", Some("r"), &at(10), &both(1), true),
        answered(&q, "p2", "Mix", Some("r"), &at(11), &both(3), true),
        answered(&q, "p3", "Mix", Some("r"), &at(12), &both(5), false),
    ];
    let view = round_view("Mix", "r", &round);
    let shown: Vec<String> = lines(&Theme::from_no_color(Some("1")), &view, 80)
        .iter()
        .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let text = shown.join("\n");
    assert!(
        text.contains("person p3: a draft: not finished yet"),
        "{text}"
    );
    assert!(
        text.contains("Lowest agreement: Beta 0.00 (agree5)  CONTESTED"),
        "{text}"
    );
    // Beta mixes scales: its agreement names the scale it comes from.
    let beta = shown
        .iter()
        .find(|l| l.trim_start().starts_with("Beta"))
        .unwrap();
    assert!(beta.contains("0.00 (agree5)"), "{beta}");
}

#[test]
fn each_respondents_score_stands_beside_the_spread_in_respondent_order() {
    let view = round_view("Acme", "Baseline", &three_respondents());
    let f1 = &view.dimensions[0].facets[0].spread;
    // The f1 scores worked out above: r1 175/3, r2 200/3, r3 75.
    assert_eq!(f1.scores.len(), 3);
    close(f1.scores[0], 175.0 / 3.0);
    close(f1.scores[1], 200.0 / 3.0);
    close(f1.scores[2], 75.0);
    // r3 answered a3 "don't know": no f2 score, and the gap stays in its place.
    let f2 = &view.dimensions[0].facets[1].spread;
    close(f2.scores[0], 100.0);
    close(f2.scores[1], 100.0);
    assert_eq!(f2.scores[2], None);
    // The organization's rounds, newest first, each once.
    assert_eq!(view.rounds, ["Q3", "Baseline"]);
}

#[test]
fn the_agenda_holds_items_answered_half_the_scale_apart_widest_first() {
    let view = round_view("Acme", "Baseline", &three_respondents());
    // Item scores 100 * (v - 1) / 6: a1 5, 6, 7 -> 66.7 to 100, 33.3 apart (off);
    // a2 all 4 (off); a3 7, 7 and "don't know" (0 apart: don't know is no difference);
    // b1 1, 7, 4 -> 0, 100, 50 and b2 7, 1, 4: 100 apart each (on, questionnaire order).
    let items: Vec<(&str, f64)> = view
        .agenda
        .iter()
        .map(|i| (i.item.as_str(), i.apart))
        .collect();
    assert_eq!(items, [("b1", 100.0), ("b2", 100.0)]);
    let b1 = &view.agenda[0];
    assert_eq!(b1.facet, "B");
    assert_eq!(b1.dimension, "Beta");
    let answers: Vec<Option<&str>> = b1.answers.iter().map(|a| a.answer.as_deref()).collect();
    assert_eq!(answers, [Some("a"), Some("g"), Some("d")]);
    let scores: Vec<Option<f64>> = b1.answers.iter().map(|a| a.score).collect();
    assert_eq!(scores, [Some(0.0), Some(100.0), Some(50.0)]);
}

#[test]
fn exactly_half_the_scale_apart_is_on_the_agenda_and_a_step_less_is_not() {
    let q = questionnaire();
    let at = |day: u8| format!("2025-03-0{day}T10:00:00+01:00");
    // a1: 1 and 4 -> 0 and 50, exactly 50 apart (on). a2: 1 and 3 -> 0 and 33.3 (off).
    // a3: "don't know" and 7 (off). b1 and b2 alike.
    let mut first = answered(
        &q,
        "x1",
        "Acme",
        Some("R"),
        &at(1),
        &[("a1", 1), ("a2", 1), ("a3", 0), ("b1", 2), ("b2", 2)],
        true,
    );
    let noted = DateTime::parse_from_rfc3339(&at(1)).unwrap();
    first.0.set_note(&q, "a1", "we never meet".into(), noted);
    let second = answered(
        &q,
        "x2",
        "Acme",
        Some("R"),
        &at(2),
        &[("a1", 4), ("a2", 3), ("a3", 7), ("b1", 2), ("b2", 2)],
        true,
    );
    let view = round_view("Acme", "R", &[first, second]);
    let items: Vec<&str> = view.agenda.iter().map(|i| i.item.as_str()).collect();
    assert_eq!(items, ["a1"]);
    assert_eq!(view.agenda[0].apart, 50.0);
    assert_eq!(view.agenda[0].answers[0].note, "we never meet");
    assert_eq!(view.agenda[0].answers[1].note, "");
}

#[test]
fn one_respondent_has_no_agenda() {
    let all = three_respondents();
    let view = round_view("Acme", "Q3", &all);
    assert_eq!(view.respondents.len(), 1);
    assert!(view.agenda.is_empty());
}

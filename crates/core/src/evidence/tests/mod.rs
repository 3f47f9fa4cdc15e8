//! The statistics against figures worked out by hand (the arithmetic in the comments),
//! and the rules for too few firms, pairs, items and spread.

use chrono::{Duration, TimeZone, Utc};

use super::figures::{item_evidence, listwise, reliability, retest};
use super::stats::{corrected_item_total, cronbach_alpha, feldt_interval, icc_2_1, mdc95, sem};
use super::*;
use crate::assessment::Assessment;
use crate::assessment::{Organization, Respondent, Response, Setup, Timestamp};
use crate::questionnaire::builtin;

mod noise;

/// Four firms, three items. Item variances (n - 1): 20/3, 8/3, 20/3, summing to 16;
/// totals 6, 14, 14, 22 have variance 128/3; alpha = 3/2 * (1 - 16 / (128/3)) = 0.9375.
fn four_firms() -> Vec<Vec<f64>> {
    vec![
        vec![2.0, 3.0, 1.0],
        vec![4.0, 5.0, 5.0],
        vec![6.0, 5.0, 3.0],
        vec![8.0, 7.0, 7.0],
    ]
}

fn close(got: f64, want: f64, tolerance: f64) {
    assert!((got - want).abs() < tolerance, "got {got}, want {want}");
}

#[test]
fn alpha_by_hand() {
    close(cronbach_alpha(&four_firms()).unwrap(), 0.9375, 1e-12);
}

#[test]
fn alpha_needs_two_items_and_spread() {
    // One item: nothing to be consistent with.
    assert_eq!(cronbach_alpha(&[vec![1.0], vec![2.0], vec![3.0]]), None);
    // Zero variance: every firm answered alike.
    assert_eq!(cronbach_alpha(&vec![vec![50.0, 50.0]; 40]), None);
}

#[test]
fn corrected_item_total_by_hand() {
    // Item 1: 2, 4, 6, 8 (mean 5); the rest: 4, 10, 8, 14 (mean 9).
    // Deviations: (-3)(-5) + (-1)(1) + (1)(-1) + (3)(5) = 28; squares 20 and 52;
    // r = 28 / sqrt(20 * 52) = 0.86824.
    close(
        corrected_item_total(&four_firms(), 0).unwrap(),
        0.868_243,
        1e-6,
    );
}

#[test]
fn feldt_interval_matches_the_f_table() {
    // n = 11 firms, k = 3 items: F(10, 20). Tables: F.975(10, 20) = 2.7737 and
    // F.025(10, 20) = 1 / F.975(20, 10) = 1 / 3.4185 = 0.29253.
    // alpha = .8: 1 - .2 * 2.7737 = .44526 and 1 - .2 * .29253 = .94149.
    let (lower, upper) = feldt_interval(0.8, 11, 3).unwrap();
    close(lower, 0.44526, 1e-3);
    close(upper, 0.94149, 1e-3);
    assert_eq!(feldt_interval(0.8, 11, 1), None);
}

#[test]
fn icc_2_1_by_hand() {
    // Five firms at two check-ins. Grand mean 59; occasion means 58 and 60.
    // Row means 55, 67.5, 35, 82.5, 55: SS firms = 2 * (16 + 72.25 + 576 + 552.25 + 16)
    // = 2465; SS occasions = 5 * (1 + 1) = 10; SS total = 2640; SS error = 165.
    // MSR = 2465/4 = 616.25, MSC = 10, MSE = 165/4 = 41.25.
    // ICC = (616.25 - 41.25) / (616.25 + 41.25 + 2 * (10 - 41.25) / 5) = 575 / 645.
    let pairs = [
        (50.0, 60.0),
        (70.0, 65.0),
        (30.0, 40.0),
        (80.0, 85.0),
        (60.0, 50.0),
    ];
    close(icc_2_1(&pairs).unwrap(), 575.0 / 645.0, 1e-12);
    // No spread at all: undefined.
    assert_eq!(icc_2_1(&[(50.0, 50.0); 25]), None);
}

#[test]
fn icc_matches_a_naive_anova() {
    // A second implementation written out longhand: the two-way table with its sums.
    let pairs: Vec<(f64, f64)> = (0..23)
        .map(|i| {
            let i = f64::from(i);
            (i * 3.0 % 17.0 + 20.0, i * 5.0 % 13.0 + i)
        })
        .collect();
    let n = pairs.len() as f64;
    let cells: Vec<[f64; 2]> = pairs.iter().map(|&(a, b)| [a, b]).collect();
    let grand = cells.iter().flatten().sum::<f64>() / (2.0 * n);
    let mut ss_rows = 0.0;
    for row in &cells {
        let m = (row[0] + row[1]) / 2.0;
        ss_rows += 2.0 * (m - grand) * (m - grand);
    }
    let mut ss_cols = 0.0;
    for j in 0..2 {
        let m = cells.iter().map(|r| r[j]).sum::<f64>() / n;
        ss_cols += n * (m - grand) * (m - grand);
    }
    let mut ss_all = 0.0;
    for v in cells.iter().flatten() {
        ss_all += (v - grand) * (v - grand);
    }
    let msr = ss_rows / (n - 1.0);
    let msc = ss_cols;
    let mse = (ss_all - ss_rows - ss_cols) / (n - 1.0);
    let naive = (msr - mse) / (msr + mse + 2.0 * (msc - mse) / n);
    close(icc_2_1(&pairs).unwrap(), naive, 1e-12);
}

#[test]
fn sem_and_mdc95_by_hand() {
    // SD 10, alpha .84: 10 * sqrt(.16) = 4; MDC95 = 1.96 * 1.41421 * 4 = 11.087.
    close(sem(10.0, 0.84).unwrap(), 4.0, 1e-12);
    close(mdc95(4.0), 11.087_434, 1e-6);
    assert_eq!(sem(10.0, -0.2), None);
}

/// A check-in of firm `firm` on day `day` with these item values.
fn check_in(firm: usize, day: i64, items: Vec<ItemValue>) -> CheckIn {
    let start: Timestamp = Utc
        .with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
        .unwrap()
        .fixed_offset();
    CheckIn {
        firm: format!("firm {firm}"),
        date: start + Duration::days(day),
        respondents: 1,
        items,
    }
}

/// `count` firms answering a two-item facet with values that vary together.
fn consistent_firms(count: usize) -> Vec<CheckIn> {
    (0..count)
        .map(|i| {
            let level = (i % 5) as f64 * 25.0;
            let other = if i % 2 == 0 {
                level
            } else {
                (level - 25.0).max(0.0)
            };
            check_in(i, 0, vec![ItemValue::Value(level), ItemValue::Value(other)])
        })
        .collect()
}

fn two_items() -> Area {
    Area {
        facets: vec![(1.0, vec![0, 1])],
    }
}

#[test]
fn fewer_than_thirty_firms_give_no_figure() {
    let firms = consistent_firms(29);
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let r = reliability(&two_items(), &refs, &[]);
    assert_eq!(r.firms, 29);
    assert_eq!(r.alpha, None);
    assert_eq!(r.sem, None);
    assert_eq!(r.not_shown.as_deref(), Some("too few firms (29 of 30)"));
    // Thirty are enough.
    let firms = consistent_firms(30);
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let r = reliability(&two_items(), &refs, &[]);
    let rows: Vec<Vec<f64>> = firms
        .iter()
        .map(|c| c.items.iter().filter_map(|v| v.value()).collect())
        .collect();
    close(r.alpha.unwrap(), cronbach_alpha(&rows).unwrap(), 1e-12);
    // The facet's score is the mean of its two items; SEM and MDC95 follow from its SD.
    let scores: Vec<f64> = rows.iter().map(|r| (r[0] + r[1]) / 2.0).collect();
    let expected_sem = stats::sd(&scores).unwrap() * (1.0 - r.alpha.unwrap()).sqrt();
    close(r.sem.unwrap(), expected_sem, 1e-12);
    close(r.mdc95.unwrap(), 1.96 * 2f64.sqrt() * expected_sem, 1e-12);
    assert!(r.alpha_ci95.is_some());
}

#[test]
fn one_item_and_zero_variance_say_why() {
    let firms = consistent_firms(40);
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let one = Area {
        facets: vec![(1.0, vec![0])],
    };
    let r = reliability(&one, &refs, &[]);
    assert_eq!(r.alpha, None);
    assert!(r.not_shown.unwrap().contains("one item"));
    let same: Vec<CheckIn> = (0..40)
        .map(|i| check_in(i, 0, vec![ItemValue::Value(50.0), ItemValue::Value(50.0)]))
        .collect();
    let refs: Vec<&CheckIn> = same.iter().collect();
    let r = reliability(&two_items(), &refs, &[]);
    assert_eq!(r.alpha, None);
    assert_eq!(
        r.not_shown.as_deref(),
        Some("the firms' totals do not vary")
    );
}

#[test]
fn dont_know_is_left_out_listwise() {
    // 35 firms; five of them said "don't know" on the second item: 30 remain.
    let mut firms = consistent_firms(35);
    for c in firms.iter_mut().take(5) {
        c.items[1] = ItemValue::DontKnow;
    }
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let r = reliability(&two_items(), &refs, &[]);
    assert_eq!(r.firms, 30);
    assert!(r.alpha.is_some());
    // The item's share of "don't know": 5 of 35 = 14%, not flagged.
    let rows = listwise(&refs, &[0, 1]);
    let item = item_evidence(&refs, 1, &rows, 1);
    close(item.dont_know.unwrap(), 5.0 / 35.0, 1e-12);
    assert_eq!(item.answered, 30);
    assert!(!item.flags.contains(&ItemFlag::ManyDontKnow));
}

#[test]
fn all_dont_know_is_flagged_and_has_no_mean() {
    let firms: Vec<CheckIn> = (0..30)
        .map(|i| check_in(i, 0, vec![ItemValue::Value(50.0), ItemValue::DontKnow]))
        .collect();
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let rows = listwise(&refs, &[0, 1]);
    let item = item_evidence(&refs, 1, &rows, 1);
    assert_eq!(item.dont_know, Some(1.0));
    assert_eq!(item.mean, None);
    assert_eq!(item.flags, vec![ItemFlag::ManyDontKnow]);
    let r = reliability(&two_items(), &refs, &[]);
    assert_eq!(r.not_shown.as_deref(), Some("too few firms (0 of 30)"));
}

#[test]
fn item_figures_and_flags_by_hand() {
    // 40 firms: 8 at 0, 4 at 100, the rest at 50 on the first item. Floor 8/40 = 20%
    // (flagged, > 15%), ceiling 4/40 = 10% (not). Mean = (0*8 + 100*4 + 50*28) / 40 = 45.
    let firms: Vec<CheckIn> = (0..40)
        .map(|i| {
            let v = match i {
                0..8 => 0.0,
                8..12 => 100.0,
                _ => 50.0,
            };
            check_in(i, 0, vec![ItemValue::Value(v), ItemValue::Value(50.0)])
        })
        .collect();
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let rows = listwise(&refs, &[0, 1]);
    let item = item_evidence(&refs, 0, &rows, 0);
    close(item.floor.unwrap(), 0.2, 1e-12);
    close(item.ceiling.unwrap(), 0.1, 1e-12);
    close(item.mean.unwrap(), 45.0, 1e-12);
    // The other item does not vary: no item-total correlation, so no flag for it.
    assert_eq!(item.item_total, None);
    assert_eq!(item.flags, vec![ItemFlag::Floor]);
    // Fewer than 30 firms: no item figure at all.
    let few: Vec<&CheckIn> = refs.iter().copied().take(29).collect();
    let item = item_evidence(&few, 0, &listwise(&few, &[0, 1]), 0);
    assert_eq!(item.mean, None);
    assert_eq!(item.not_shown.as_deref(), Some("too few firms (29 of 30)"));
}

#[test]
fn retest_needs_twenty_pairs_less_than_ninety_days_apart() {
    let mut check_ins = Vec::new();
    for firm in 0..21 {
        let level = (firm % 5) as f64 * 20.0;
        let value = |v: f64| vec![ItemValue::Value(v), ItemValue::Value(v)];
        check_ins.push(check_in(firm, 0, value(level)));
        // Firm 0 comes back after 90 days: not a pair.
        let gap = if firm == 0 { 90 } else { 30 };
        check_ins.push(check_in(firm, gap, value(level + 5.0)));
    }
    let pairs = retest_pairs(&check_ins);
    assert_eq!(pairs.len(), 20);
    let r = retest(&two_items(), &pairs);
    let expected: Vec<(f64, f64)> = pairs
        .iter()
        .map(|(a, b)| (a.items[0].value().unwrap(), b.items[0].value().unwrap()))
        .collect();
    close(r.icc.unwrap(), icc_2_1(&expected).unwrap(), 1e-12);
    let r = retest(&two_items(), &pairs[..19]);
    assert_eq!(r.icc, None);
    assert_eq!(r.not_shown.as_deref(), Some("too few pairs (19 of 20)"));
}

#[test]
fn respondents_of_one_round_are_averaged_item_by_item() {
    let loaded = builtin("ecosystem-readiness").unwrap();
    let q = &loaded.questionnaire;
    let reference = QuestionnaireRef {
        id: q.id.clone(),
        version: q.version.clone(),
        digest: loaded.digest.clone(),
    };
    let at: Timestamp = Utc
        .with_ymd_and_hms(2026, 2, 1, 9, 0, 0)
        .unwrap()
        .fixed_offset();
    let first = q.items().next().unwrap().item;
    let (min, max) = q.value_range(first).unwrap();
    let make = |n: usize, org: &str, value: Response, complete: bool| {
        let setup = Setup {
            organization: Organization {
                name: org.into(),
                sector: String::new(),
            },
            respondent: Respondent::default(),
            mode: Default::default(),
            advisor: None,
            round: Some("Baseline".into()),
        };
        let mut a = Assessment::start(format!("a{n}"), setup, q, &loaded.digest, at);
        a.respond(q, &first.id, value, at);
        if complete {
            a.complete(q, at + Duration::minutes(n as i64));
        }
        a
    };
    let assessments = vec![
        make(1, "Acme", Response::Value(min), true),
        make(2, " ACME ", Response::Value(max), true),
        make(3, "Acme", Response::Value(max), false),
        make(4, "Other", Response::DontKnow, true),
    ];
    let s = sample(q, &reference, &assessments);
    assert_eq!((s.assessments, s.drafts, s.check_ins.len()), (3, 1, 2));
    let acme = s.check_ins.iter().find(|c| c.firm == "acme").unwrap();
    assert_eq!(acme.respondents, 2);
    // 0 and 100 (or 100 and 0, for a reverse item) average to 50.
    assert_eq!(acme.items[0], ItemValue::Value(50.0));
    let other = s.check_ins.iter().find(|c| c.firm == "other").unwrap();
    assert_eq!(other.items[0], ItemValue::DontKnow);
    assert_eq!(other.items[1], ItemValue::Missing);
    // Another content of the questionnaire is left out and counted.
    let elsewhere = QuestionnaireRef {
        digest: "another".into(),
        ..reference
    };
    let s = sample(q, &elsewhere, &assessments);
    assert_eq!((s.assessments, s.other_questionnaire), (0, 3));
}

#[test]
fn one_item_without_spread_gives_alpha_zero_and_no_omega_or_sem() {
    // The second item is 50 for every firm: its variance is 0, so the total varies exactly
    // as the first item does: alpha = 2 * (1 - v / v) = 0. Omega needs correlations, which
    // an item without spread does not have; SEM needs alpha above 0.
    let firms: Vec<CheckIn> = (0..30)
        .map(|i| {
            let v = (i % 3) as f64 * 50.0;
            check_in(i, 0, vec![ItemValue::Value(v), ItemValue::Value(50.0)])
        })
        .collect();
    let refs: Vec<&CheckIn> = firms.iter().collect();
    let r = reliability(&two_items(), &refs, &[]);
    close(r.alpha.unwrap(), 0.0, 1e-12);
    assert_eq!(r.omega, None);
    assert_eq!(r.omega_not_shown.as_deref(), Some("an item does not vary"));
    assert_eq!(r.sem, None);
    assert_eq!(r.mdc95, None);
    assert!(r.not_shown.unwrap().contains("not above 0"));
}

#[test]
fn a_dimension_score_weights_its_facets() {
    // Facet one (weight 1) has items 20 and 40, mean 30; facet two (weight 3) has 80 and
    // 100, mean 90. Weighted: (30 * 1 + 90 * 3) / 4 = 75.
    let dimension = Area {
        facets: vec![(1.0, vec![0, 1]), (3.0, vec![2, 3])],
    };
    let values = [20.0, 40.0, 80.0, 100.0].map(ItemValue::Value).to_vec();
    close(
        dimension.score(&check_in(0, 0, values)).unwrap(),
        75.0,
        1e-12,
    );
    // A facet with one of its two items is below two thirds: no score; one of two facets
    // is below two thirds of the facets: no dimension score either.
    let values = vec![
        ItemValue::Value(20.0),
        ItemValue::DontKnow,
        ItemValue::Value(80.0),
        ItemValue::Value(100.0),
    ];
    assert_eq!(dimension.score(&check_in(0, 0, values)), None);
}

#[test]
fn four_items_of_one_factor_recover_their_loadings() {
    // Correlations made from loadings .7, .6, .5, .8 (r_ij = l_i * l_j): the one-factor fit
    // must give the loadings back, and omega = 2.6² / (2.6² + 4 - 1.74) = 6.76 / 9.02.
    let loadings = [0.7, 0.6, 0.5, 0.8];
    let r: Vec<Vec<f64>> = (0..4)
        .map(|i| {
            (0..4)
                .map(|j| {
                    if i == j {
                        1.0
                    } else {
                        loadings[i] * loadings[j]
                    }
                })
                .collect()
        })
        .collect();
    let fitted = omega::one_factor_loadings(&r).unwrap();
    for (got, want) in fitted.iter().zip(loadings) {
        close(*got, want, 1e-6);
    }
    close(omega::omega(&r).unwrap(), 6.76 / 9.02, 1e-6);
}

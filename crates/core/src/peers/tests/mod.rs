//! Percentiles, deciles and norms against figures worked out by hand (the arithmetic in
//! the comments), and the rules for too few firms and small groups.

use std::collections::BTreeMap;

use chrono::DateTime;

use super::norms::Period;
use super::rank::{FromDeciles, deciles, from_deciles, mid_rank};
use super::*;

fn close(got: f64, want: f64) {
    assert!((got - want).abs() < 1e-9, "got {got}, want {want}");
}

fn at(text: &str) -> crate::assessment::Timestamp {
    DateTime::parse_from_rfc3339(text).unwrap()
}

#[test]
fn mid_rank_by_hand() {
    // 60 among [40, 50, 60, 60, 70]: 2 below, 2 equal: 100 * (2 + 1) / 5 = 60.
    close(
        mid_rank(60.0, &[40.0, 50.0, 60.0, 60.0, 70.0]).unwrap(),
        60.0,
    );
    // Above all four: 100 * 4 / 4 = 100; below all: 0.
    close(mid_rank(99.0, &[1.0, 2.0, 3.0, 4.0]).unwrap(), 100.0);
    close(mid_rank(0.0, &[1.0, 2.0, 3.0, 4.0]).unwrap(), 0.0);
    // 55 among 10 firms 10, 20, ..., 100: 5 below, none equal: 50.
    let tens: Vec<f64> = (1..=10).map(|k| 10.0 * k as f64).collect();
    close(mid_rank(55.0, &tens).unwrap(), 50.0);
    assert_eq!(mid_rank(50.0, &[]), None);
}

#[test]
fn deciles_by_hand() {
    // 11 values 0, 10, ..., 100: h = 10 * p lands on a value each time: 10, 20, ..., 90.
    let values: Vec<f64> = (0..=10).map(|k| 10.0 * k as f64).collect();
    let d = deciles(&values).unwrap();
    for (k, got) in d.iter().enumerate() {
        close(*got, 10.0 * (k + 1) as f64);
    }
    // 10 values 1..=10 (unsorted): 10th percentile h = 9 * 0.1 = 0.9: 1 + 0.9 * (2 - 1)
    // = 1.9; median h = 4.5: 5 + 0.5 = 5.5; 90th h = 8.1: 9 + 0.1 = 9.1.
    let values = [10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0];
    let d = deciles(&values).unwrap();
    close(d[0], 1.9);
    close(d[4], 5.5);
    close(d[8], 9.1);
    // One value: every decile is it.
    assert_eq!(deciles(&[42.0]).unwrap(), [42.0; 9]);
    assert_eq!(deciles(&[]), None);
}

#[test]
fn percentile_from_deciles_by_hand() {
    let d = [20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 85.0, 90.0];
    // 45 lies halfway between the 30th (40) and the 40th (50) percentile: 35.
    assert_eq!(from_deciles(45.0, &d), FromDeciles::Percentile(35.0));
    // 82 between 80 (70th) and 85 (80th): 70 + 10 * 2 / 5 = 74.
    assert_eq!(from_deciles(82.0, &d), FromDeciles::Percentile(74.0));
    // On a decile: its percentile.
    assert_eq!(from_deciles(20.0, &d), FromDeciles::Percentile(10.0));
    assert_eq!(from_deciles(90.0, &d), FromDeciles::Percentile(90.0));
    // Beyond the deciles no figure is made up.
    assert_eq!(from_deciles(19.9, &d), FromDeciles::BelowTenth);
    assert_eq!(from_deciles(95.0, &d), FromDeciles::AboveNinetieth);
    // Equal deciles (30th to 50th all 50): a score of 50 takes their mean, 40.
    let flat = [10.0, 20.0, 50.0, 50.0, 50.0, 60.0, 70.0, 80.0, 90.0];
    assert_eq!(from_deciles(50.0, &flat), FromDeciles::Percentile(40.0));
}

fn entry(firm: &str, sector: &str, round: &str, date: &str, overall: Option<f64>) -> Entry {
    Entry {
        firm: firm.to_lowercase(),
        sector: sector.to_lowercase(),
        questionnaire: ("q".into(), "1".into()),
        check_in: format!("round:{round}"),
        date: at(date),
        scores: vec![
            (OVERALL.into(), overall),
            ("dim".into(), overall.map(|v| v / 2.0)),
        ],
    }
}

#[test]
fn each_firm_counts_once_with_its_latest_check_in_averaged_over_respondents() {
    let mut other_version = entry("A", "x", "old", "2026-01-01T00:00:00Z", Some(0.0));
    other_version.questionnaire.1 = "2".into();
    let entries = vec![
        entry("A", "x", "baseline", "2026-01-10T00:00:00Z", Some(10.0)),
        // The later round of A, two respondents: (60 + 80) / 2 = 70; a third without a
        // score does not pull the mean.
        entry("A", "x", "q2", "2026-04-10T00:00:00Z", Some(60.0)),
        entry("A", "X ", "q2", "2026-04-11T00:00:00Z", Some(80.0)),
        entry("A", "x", "q2", "2026-04-09T00:00:00Z", None),
        entry("B", "y", "baseline", "2026-02-01T00:00:00Z", Some(40.0)),
        other_version,
    ];
    let firms = latest_check_ins(&entries, "q", "1");
    assert_eq!(firms.len(), 2);
    let a = &firms[0];
    assert_eq!((a.firm.as_str(), a.respondents), ("a", 3));
    close(a.score(OVERALL).unwrap(), 70.0);
    close(a.score("dim").unwrap(), 35.0);
    assert_eq!(a.date, at("2026-04-11T00:00:00Z"));
    close(firms[1].score(OVERALL).unwrap(), 40.0);
}

fn firm(name: &str, sector: &str, overall: f64) -> Firm {
    Firm {
        firm: name.to_lowercase(),
        sector: sector.to_lowercase(),
        date: at("2026-05-01T00:00:00Z"),
        respondents: 1,
        scores: BTreeMap::from([(OVERALL.to_string(), overall)]),
    }
}

fn subject(sector: &str, overall: Option<f64>) -> Subject {
    Subject {
        organization: " Subject Ltd ".into(),
        sector: sector.into(),
        questionnaire: "q".into(),
        version: "1".into(),
        areas: vec![(OVERALL.into(), "Overall readiness".into(), overall)],
    }
}

#[test]
fn percentiles_need_ten_other_firms_and_leave_the_firm_itself_out() {
    // Nine others in retail and the subject's own earlier check-in: too few.
    let mut firms: Vec<Firm> = (1..=9)
        .map(|k| firm(&format!("f{k}"), "Retail", 10.0 * k as f64))
        .collect();
    firms.push(firm("subject ltd", "retail", 0.0));
    let standing = standing(&subject(" RETAIL ", Some(55.0)), &firms, &[]);
    let overall = &standing.sources[0].areas[0];
    assert!(!overall.all_sectors.shown);
    assert_eq!(
        overall.all_sectors.says,
        "too few firms to compare (9 of 10)"
    );
    assert_eq!(overall.all_sectors.percentile, None);
    // A tenth other firm, in manufacturing: 10 firms overall, still 9 in retail.
    // 55 among 10, 20, ..., 90, 100: 5 below: 50.
    firms.push(firm("f10", "manufacturing", 100.0));
    let standing = standing_of(&firms, "retail", Some(55.0));
    let overall = &standing.sources[0].areas[0];
    assert_eq!(overall.all_sectors.percentile, Some(50.0));
    assert_eq!(overall.all_sectors.firms, 10);
    assert_eq!(
        overall.all_sectors.says,
        "50th percentile among 10 other firms in this data directory"
    );
    assert_eq!(overall.sector.says, "too few firms to compare (9 of 10)");
    assert_eq!(standing.sector.as_deref(), Some("retail"));
}

fn standing_of(firms: &[Firm], sector: &str, overall: Option<f64>) -> PeerStanding {
    standing(&subject(sector, overall), firms, &[])
}

#[test]
fn sector_is_compared_trimmed_and_ignoring_case_and_absent_sector_says_so() {
    let firms: Vec<Firm> = (1..=10)
        .map(|k| firm(&format!("f{k}"), "Retail", 10.0 * k as f64))
        .collect();
    // 20 among 10..100: 1 below, 1 equal: 100 * 1.5 / 10 = 15.
    let standing = standing_of(&firms, "  retail", Some(20.0));
    assert_eq!(standing.sources[0].areas[0].sector.percentile, Some(15.0));
    let without = standing_of(&firms, " ", Some(20.0));
    assert_eq!(without.sources[0].areas[0].sector.says, "no sector given");
    assert_eq!(without.sector, None);
    let unscored = standing_of(&firms, "retail", None);
    assert_eq!(
        unscored.sources[0].areas[0].all_sectors.says,
        "no score to place"
    );
}

fn norms_with(sector: Option<&str>, firms: usize) -> NormsGroup {
    NormsGroup {
        questionnaire: "q".into(),
        version: "1".into(),
        sector: sector.map(str::to_string),
        period: Period {
            from: "2026-Q1".into(),
            to: "2026-Q3".into(),
        },
        areas: vec![NormsArea {
            area: OVERALL.into(),
            firms,
            deciles: [20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 85.0, 90.0],
        }],
    }
}

#[test]
fn norms_give_their_own_figure_and_say_which_norms() {
    let norms = Norms {
        schema_version: 1,
        source: "Northern advisors".into(),
        groups: vec![norms_with(None, 240)],
    };
    let standing = standing(&subject("retail", Some(45.0)), &[], &[norms]);
    assert_eq!(standing.sources.len(), 2);
    let from_norms = &standing.sources[1];
    assert_eq!(from_norms.period.as_deref(), Some("2026-Q1 to 2026-Q3"));
    let overall = &from_norms.areas[0];
    assert_eq!(overall.all_sectors.percentile, Some(35.0));
    assert_eq!(
        overall.all_sectors.says,
        "35th percentile among 240 firms in imported norms 'Northern advisors' (2026-Q1 to 2026-Q3)"
    );
    assert!(!overall.sector.shown);
    // The local figure stays apart: too few firms here.
    assert!(!standing.sources[0].areas[0].all_sectors.shown);
}

#[test]
fn exported_groups_leave_out_fewer_than_ten_firms() {
    // 12 firms: 9 in retail, 3 in farming; every sector together is 12.
    let mut firms: Vec<Firm> = (1..=9)
        .map(|k| firm(&format!("r{k}"), "retail", 10.0 * k as f64))
        .collect();
    firms.extend((1..=3).map(|k| firm(&format!("f{k}"), "farming", 5.0)));
    let groups = group_norms("q", "1", &[OVERALL.into(), "dim".into()], &firms);
    assert_eq!(
        groups.len(),
        1,
        "only the group of all sectors has 10 firms"
    );
    let all = &groups[0];
    assert_eq!(all.sector, None);
    // No firm has a score on "dim": the area is left out, not written with 0 firms.
    assert_eq!(all.areas.len(), 1);
    assert_eq!(all.areas[0].firms, 12);
    assert_eq!(all.period.words(), "2026-Q2");
    // Sorted: 5, 5, 5, 10, 20, ..., 90 (v[0] .. v[11]); the median h = 11 * 0.5 = 5.5:
    // v[5] + 0.5 * (v[6] - v[5]) = 30 + 0.5 * 10 = 35.
    close(all.areas[0].deciles[4], 35.0);
    assert!(group_norms("q", "1", &[OVERALL.into()], &firms[..9]).is_empty());
}

#[test]
fn quarters_by_hand() {
    assert_eq!(quarter(&at("2026-03-31T23:59:00+00:00")), "2026-Q1");
    assert_eq!(quarter(&at("2026-04-01T00:00:00+02:00")), "2026-Q2");
    assert_eq!(quarter(&at("2026-12-01T00:00:00Z")), "2026-Q4");
}

#[test]
fn norms_problems_name_the_field() {
    let mut group = norms_with(Some("Retail"), 9);
    group.areas[0].deciles[3] = 10.0;
    group.period.to = "2026-Q5".into();
    let norms = Norms {
        schema_version: 2,
        source: " ".into(),
        groups: vec![group, norms_with(None, 10), norms_with(None, 10)],
    };
    let problems = norms.problems();
    let expected = [
        "schema_version: 2 is not a norms format",
        "source: must not be empty",
        "groups[0].sector: must be trimmed and lowercase",
        "groups[0].period.to: \"2026-Q5\" is not a quarter",
        "groups[0].areas[0].firms: 9 firms; norms hold no group of fewer than 10",
        "groups[0].areas[0].deciles: must not decrease",
        "groups[2].sector: a second group",
    ];
    for want in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(want)),
            "{want:?} missing from {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    let good = Norms {
        schema_version: 1,
        source: "ok".into(),
        groups: vec![norms_with(Some("retail"), 10)],
    };
    assert!(good.problems().is_empty());
}

#[test]
fn ordinals() {
    let words: Vec<String> = [1.0, 2.0, 3.0, 4.0, 11.0, 12.4, 21.0, 62.0, 99.6]
        .into_iter()
        .map(ordinal)
        .collect();
    assert_eq!(
        words,
        [
            "1st percentile",
            "2nd percentile",
            "3rd percentile",
            "4th percentile",
            "11th percentile",
            "12th percentile",
            "21st percentile",
            "62nd percentile",
            "100th percentile"
        ]
    );
}

#[test]
fn nothing_to_show_is_said_in_one_sentence() {
    let firms: Vec<Firm> = (1..=3)
        .map(|k| firm(&format!("f{k}"), "retail", 10.0 * k as f64))
        .collect();
    let standing = standing_of(&firms, "retail", Some(20.0));
    assert_eq!(
        standing.lines(),
        [
            "Too few firms to compare (3 of 10) on q@1 in this data directory, and no imported norms place it."
        ]
    );
}

#[test]
fn a_score_beyond_the_deciles_is_placed_without_a_figure() {
    let norms = Norms {
        schema_version: 1,
        source: "N".into(),
        groups: vec![norms_with(None, 50)],
    };
    let standing = standing(&subject("", Some(5.0)), &[], &[norms]);
    let placed = &standing.sources[1].areas[0].all_sectors;
    assert_eq!(
        (placed.percentile, placed.beyond),
        (None, Some("below_10th"))
    );
    assert!(placed.shown);
    assert_eq!(
        placed.says,
        "below the 10th percentile among 50 firms in imported norms 'N' (2026-Q1 to 2026-Q3)"
    );
    assert_eq!(
        standing.lines()[1..],
        [
            "Among the other firms in this data directory:",
            "  Overall readiness: too few firms to compare (0 of 10)",
            "In imported norms 'N' (2026-Q1 to 2026-Q3):",
            "  Overall readiness: below the 10th percentile of 50 firms",
        ]
    );
}

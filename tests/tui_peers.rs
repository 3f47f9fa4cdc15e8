//! Results place the firm among the other firms of the data directory: twelve firms of one
//! sector answer in shifted patterns, the first one's results show its percentiles with
//! the number of firms they rest on and where they come from.

mod support;

use ecoready::peers::ordinal;
use support::fixtures::{answered_with, full, opened, shown, store};

#[test]
fn results_show_percentiles_with_n_and_source() {
    let (_dir, store) = store();
    let q = full();
    for k in 0..12 {
        let a = answered_with(
            &format!("20260314-0900{k:02}-firm"),
            &format!("Firm {k:02}"),
            "Robin Owner",
            true,
            &q,
            k,
        );
        store.save(&a).unwrap();
    }
    let first = answered_with(
        "20260314-090000-firm",
        "Firm 00",
        "Robin Owner",
        true,
        &q,
        0,
    );
    let mut app = opened(&store, first.clone());
    let screen = shown(&mut app, &store, Vec::new(), (120, 60));
    insta::assert_snapshot!("results_with_peers_120x60", screen);
    assert!(screen.contains("Among peers"), "{screen}");
    assert!(
        screen.contains("Among the other firms in this data"),
        "{screen}"
    );
    // The overall percentile by hand, from the others' stored overall scores.
    let own = first.scores.as_ref().unwrap().overall.value.unwrap();
    let others: Vec<f64> = store
        .list()
        .assessments
        .iter()
        .filter(|a| a.organization.name != "Firm 00")
        .map(|a| a.scores.as_ref().unwrap().overall.value.unwrap())
        .collect();
    assert_eq!(others.len(), 11);
    let below = others.iter().filter(|&&v| v < own).count() as f64;
    let equal = others.iter().filter(|&&v| v == own).count() as f64;
    let percentile = 100.0 * (below + 0.5 * equal) / 11.0;
    let flat: String = screen
        .lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    let expected = format!("Overall readiness: {} of 11 firms", ordinal(percentile));
    assert!(flat.contains(&expected), "{expected:?} in {screen}");
}

//! `ecoready export --all` run as the real binary on the report fixtures with a plan
//! (tests/report_support): the export of every assessment, written while each
//! organization's files are read, is each organization's own export in turn (Acme's
//! baseline and check-in, then Beta's draft), and `--output` writes the same bytes.

#[path = "report_support/mod.rs"]
mod support;

use std::fs;

use support::*;

/// Lines of a CSV document (CRLF line ends), without the empty rest after the last one.
fn lines(csv: &str) -> Vec<&str> {
    let body = csv.strip_suffix("\r\n").unwrap_or(csv);
    body.split("\r\n").collect()
}

#[test]
fn the_long_export_of_everything_is_each_organizations_export_in_turn() {
    let sandbox = planned_sandbox();
    let long = ["--format", "csv", "--csv-layout", "long"];
    let all = sandbox.stdout(&[&["export", "--all"][..], &long].concat());
    let acme = sandbox.stdout(&[&["export", "--org", ORG][..], &long].concat());
    let beta = sandbox.stdout(&[&["export", "--org", "beta ltd"][..], &long].concat());
    // Beta's rows follow Acme's under the one header (and the document ends there).
    let beta_rows = beta.split_once("\r\n").unwrap().1;
    assert!(!beta_rows.is_empty());
    assert_eq!(all, format!("{acme}{beta_rows}"));
}

#[test]
fn the_wide_export_of_everything_gives_every_row_the_plan_columns_of_any() {
    let sandbox = planned_sandbox();
    let all = sandbox.stdout(&["export", "--all", "--format", "csv"]);
    let acme = sandbox.stdout(&["export", "--org", ORG, "--format", "csv"]);
    let beta = sandbox.stdout(&["export", "--org", "Beta Ltd", "--format", "csv"]);
    let (all, acme, beta) = (lines(&all), lines(&acme), lines(&beta));
    assert_eq!(all.len(), 4, "{all:?}");
    // Acme made and reviewed the plan: its export has the plan's columns, as --all does.
    assert!(acme[0].contains("plan_reviewed_of"), "{}", acme[0]);
    assert_eq!(all[..3], acme[..]);
    // Beta's draft has no plan: its own export has no plan columns, and in --all its
    // row has them empty.
    assert!(!beta[0].contains("plan_"), "{}", beta[0]);
    let extra = all[3].strip_prefix(beta[1]).expect("Beta's row first");
    let plan_columns = all[0].split(',').count() - beta[0].split(',').count();
    assert_eq!(extra, ",".repeat(plan_columns));
}

#[test]
fn output_writes_the_export_of_everything_that_standard_output_gets() {
    let sandbox = planned_sandbox();
    for layout in ["wide", "long"] {
        let args = ["export", "--all", "--format", "csv", "--csv-layout", layout];
        let printed = sandbox.stdout(&args);
        let path = sandbox.scratch(&format!("all-{layout}.csv"));
        let path_text = path.to_str().unwrap();
        let written = sandbox.stdout(&[&args[..], &["--output", path_text]].concat());
        assert_eq!(written, "", "{layout}");
        assert_eq!(fs::read_to_string(&path).unwrap(), printed, "{layout}");
    }
}

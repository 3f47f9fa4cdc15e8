//! `ecoready export` run as the real binary: the JSON reports are the `--json` documents,
//! every CSV number is `show --json`'s rounded to one decimal, `--output` writes the file
//! (and nothing on standard output), dates follow the locale, and bad usage exits with 2.

#[path = "report_support/mod.rs"]
mod support;

use std::fs;

use serde_json::Value;
use support::*;

fn records(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(Result::unwrap).collect())
}

/// A CSV cell equals a JSON score rounded to one decimal (both empty/null when absent).
fn assert_rounded(cell: &str, json: &Value, what: &str) {
    match json.as_f64() {
        Some(value) => {
            let shown: f64 = cell.parse().unwrap_or_else(|_| panic!("{what}: {cell:?}"));
            // One decimal: the printed number is within half a tenth of the exact one.
            assert!(
                (shown - value).abs() <= 0.05 + 1e-9,
                "{what}: {shown} vs {value}"
            );
        }
        None => assert_eq!(cell, "", "{what}"),
    }
}

#[test]
fn the_json_reports_are_the_json_documents_of_show_compare_and_trend() {
    let sandbox = Sandbox::with_fixtures();
    assert_eq!(
        sandbox.stdout(&["export", BASELINE_ID, "--format", "json"]),
        sandbox.stdout(&["show", BASELINE_ID, "--json"])
    );
    assert_eq!(
        sandbox.stdout(&[
            "export",
            "--compare",
            CHECK_IN_ID,
            "20250110",
            "--format",
            "json"
        ]),
        sandbox.stdout(&["compare", CHECK_IN_ID, "20250110", "--json"])
    );
    assert_eq!(
        sandbox.stdout(&["export", "--org", ORG, "--format", "json"]),
        sandbox.stdout(&["trend", "--org", ORG, "--json"])
    );
}

/// The band column of a score in the wide CSV: its band, or for a score without a value
/// "not enough answers" and what is missing.
fn band_cell(score: &Value) -> String {
    match (score["band"].as_str(), score["missing"]["text"].as_str()) {
        (Some(band), _) => band.to_string(),
        (None, Some(missing)) => format!("not enough answers: {missing}"),
        (None, None) => String::new(),
    }
}

#[test]
fn every_csv_score_is_the_show_json_score_rounded() {
    let sandbox = Sandbox::with_fixtures();
    let (header, rows) = records(&sandbox.stdout(&["export", "--all", "--format", "csv"]));
    // Ordered by organization, then oldest first: Acme's two, then Beta's draft.
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(ids, [BASELINE_ID, CHECK_IN_ID, DRAFT_ID]);
    let cell = |row: &csv::StringRecord, name: &str| {
        let at = header.iter().position(|h| h == name).unwrap();
        row[at].to_string()
    };
    for row in &rows {
        let shown = sandbox.stdout(&["show", &row[0], "--json"]);
        let shown: Value = serde_json::from_str(&shown).unwrap();
        let scores = &shown["assessment"]["scores"];
        assert_rounded(
            &cell(row, "overall"),
            &scores["overall"]["score"],
            "overall",
        );
        assert_eq!(cell(row, "overall_band"), band_cell(&scores["overall"]));
        let coverage = scores["overall"]["coverage"].as_f64().unwrap() * 100.0;
        assert_rounded(
            &cell(row, "overall_coverage"),
            &Value::from(coverage),
            "coverage",
        );
        for d in scores["dimensions"].as_array().unwrap() {
            let id = d["id"].as_str().unwrap();
            assert_rounded(&cell(row, id), &d["score"], id);
            assert_eq!(cell(row, &format!("{id}_band")), band_cell(d));
            for f in d["facets"].as_array().unwrap() {
                let name = format!("{id}.{}", f["id"].as_str().unwrap());
                assert_rounded(&cell(row, &name), &f["score"], &name);
            }
        }
    }
}

#[test]
fn every_long_csv_answer_is_the_show_json_answer() {
    let sandbox = Sandbox::with_fixtures();
    let text = sandbox.stdout(&[
        "export",
        BASELINE_ID,
        "--format",
        "csv",
        "--csv-layout",
        "long",
    ]);
    let (_, rows) = records(&text);
    let shown: Value =
        serde_json::from_str(&sandbox.stdout(&["show", BASELINE_ID, "--json"])).unwrap();
    let answers = shown["assessment"]["answers"].as_array().unwrap();
    assert_eq!(rows.len(), answers.len());
    for (row, answer) in rows.iter().zip(answers) {
        assert_eq!(&row[6], answer["item"].as_str().unwrap());
        let response = match &answer["response"] {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            number => number.to_string(),
        };
        assert_eq!(row[8], response, "{}", &row[6]);
        assert_rounded(&row[9], &answer["score"], &row[6]);
        assert_eq!(&row[11], answer["flagged"].to_string());
    }
}

#[test]
fn output_writes_the_file_atomically_and_nothing_on_standard_output() {
    let sandbox = Sandbox::with_fixtures();
    let on_stdout = sandbox.stdout(&["export", BASELINE_ID, "--format", "html"]);
    assert!(on_stdout.starts_with("<!DOCTYPE html>"));
    let path = sandbox.scratch("client.html");
    fs::write(&path, "an older report").unwrap();
    let path_text = path.to_str().unwrap();
    let output = sandbox.run(&[
        "export", "20250110", "--format", "html", "--output", path_text,
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("client.html"));
    assert_eq!(fs::read_to_string(&path).unwrap(), on_stdout);
    // Beside the report only the sandbox's per-machine state folder (`state`).
    let names: Vec<_> = fs::read_dir(sandbox.home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name != "state")
        .collect();
    assert_eq!(names, ["client.html"], "no temporary file is left behind");
}

#[test]
fn dates_follow_lc_all_then_lc_time_then_lang() {
    let sandbox = Sandbox::with_fixtures();
    let markdown = |env: &[(&str, &str)]| {
        let output = sandbox.run_with(&["export", BASELINE_ID, "--format", "md"], env);
        String::from_utf8(output.stdout).unwrap()
    };
    let completed = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("- **Completed:**"))
            .unwrap()
            .to_string()
    };
    assert_eq!(
        completed(&markdown(&[])),
        "- **Completed:** 2025-01-10 09:20 (+01:00)"
    );
    assert_eq!(
        completed(&markdown(&[("LC_ALL", "en_US.UTF-8")])),
        "- **Completed:** 01/10/2025 09:20 (+01:00)"
    );
    assert_eq!(
        completed(&markdown(&[
            ("LC_ALL", ""),
            ("LC_TIME", "de_DE.UTF-8"),
            ("LANG", "en_US")
        ])),
        "- **Completed:** 10.01.2025 09:20 (+01:00)"
    );
}

#[test]
fn an_organization_in_csv_is_its_assessments_and_in_markdown_its_trend() {
    let sandbox = Sandbox::with_fixtures();
    // Names match ignoring case.
    let csv = sandbox.stdout(&["export", "--org", "ACME & SÖHNE <GMBH>", "--format", "csv"]);
    let (_, rows) = records(&csv);
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(ids, [BASELINE_ID, CHECK_IN_ID]);
    let md = sandbox.stdout(&["export", "--org", ORG, "--format", "md"]);
    assert!(md.starts_with("# Readiness over time: Acme & Söhne \\<GmbH\\>\n"));
    // The baseline has no Communication score, so no overall (every dimension is needed),
    // and nothing to compare the overall with; the changes say what they rest on.
    assert!(md.contains("| **Overall readiness** | not enough answers | 61.4 | not comparable |"));
    assert!(md.contains(
        "| **Data governance** | 25.0 | 37.5 | +12.5 ▲ (1 resp. · 4 items; within noise (< 24.8)) |"
    ));
    assert!(md.contains("| **Communication** | not enough answers | 77.8 | not comparable |"));
}

#[test]
fn bad_usage_exits_with_status_2_and_prints_no_report() {
    let sandbox = Sandbox::with_fixtures();
    let bad: [&[&str]; 7] = [
        &["export", "--format", "md"],
        &["export", BASELINE_ID, "--org", ORG, "--format", "md"],
        &["export", BASELINE_ID, "--format", "pdf"],
        &["export", BASELINE_ID],
        &["export", "--all", "--format", "md"],
        &[
            "export",
            "--compare",
            BASELINE_ID,
            CHECK_IN_ID,
            "--format",
            "csv",
            "--csv-layout",
            "long",
        ],
        &["export", "nosuchid", "--format", "json"],
    ];
    for args in bad {
        let output = sandbox.run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let output = sandbox.run(&["export", "--org", "Nobody", "--format", "csv"]);
    assert_eq!(output.status.code(), Some(2));
}

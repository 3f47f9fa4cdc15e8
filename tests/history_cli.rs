//! `compare`, `trend`, `round`, `list --round` and `remove`, run as the real binary on
//! three check-ins of one organization recorded through the library. The numbers printed
//! must be the library's own scores.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::process::Output;

use chrono::Duration;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::documents::rfc3339;
use ecoready::questionnaire::{Item, Questionnaire};
use ecoready::store::Store;
use serde_json::Value;
use support::{Sandbox, assert_close, default_questionnaire, stderr, stdout, time};

const ORG: &str = "Acme GmbH";

/// Runs the binary on the sandbox. Without `RUST_BACKTRACE=0` an inherited
/// `RUST_BACKTRACE=1` makes every failing run symbolize a backtrace, which takes seconds.
fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    sandbox
        .bare_command()
        .env("RUST_BACKTRACE", "0")
        .env("RUST_LIB_BACKTRACE", "0")
        .arg("--data-dir")
        .arg(sandbox.data.path())
        .args(args)
        .output()
        .unwrap()
}

/// Runs a `--json` command that must succeed and parses its one document.
fn json(sandbox: &Sandbox, args: &[&str]) -> Value {
    let output = run(sandbox, args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The value worth 100 (`high`) or 0 on an item, reverse items included.
fn extreme(q: &Questionnaire, item: &Item, high: bool) -> Response {
    let (min, max) = q.value_range(item).unwrap();
    Response::Value(if item.reverse == high { min } else { max })
}

/// The middle of the scale: 50 on every item.
fn middle(q: &Questionnaire, item: &Item) -> Response {
    let (min, max) = q.value_range(item).unwrap();
    Response::Value((min + max) / 2)
}

/// Records a complete check-in of [`ORG`]; `answer` gets each item's dimension id.
fn record(
    store: &Store,
    round: &str,
    respondent: &str,
    started: &str,
    answer: impl Fn(&Questionnaire, &Item, &str) -> Response,
) -> Assessment {
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let start = time(started);
    let setup = Setup {
        organization: Organization {
            name: ORG.to_string(),
            sector: "logistics".to_string(),
        },
        respondent: Respondent {
            name: respondent.to_string(),
            role: "owner".to_string(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: Some(round.to_string()),
    };
    let mut a = Assessment::start(store.new_id(&start), setup, q, &loaded.digest, start);
    for r in q.items() {
        let response = answer(q, r.item, &r.dimension.id);
        a.respond(q, &r.item.id, response, start + Duration::minutes(1));
    }
    a.complete(q, start + Duration::minutes(12));
    store.keep_questionnaire(q, &loaded.text).unwrap();
    store.save(&a).unwrap();
    a
}

/// Baseline all 50; Q2 shared vision 100, the rest 50; Q3 two respondents: everything 100
/// except dynamic capabilities, which one rates 0 and the other 100.
fn three_check_ins(sandbox: &Sandbox) -> [Assessment; 4] {
    let store = sandbox.store();
    let baseline = record(
        &store,
        "Baseline",
        "Ana",
        "2025-01-10T09:00:00+01:00",
        |q, i, _| middle(q, i),
    );
    let q2 = record(
        &store,
        "Q2",
        "Ana",
        "2025-04-10T09:00:00+02:00",
        |q, i, d| {
            if d == "shared_vision" {
                extreme(q, i, true)
            } else {
                middle(q, i)
            }
        },
    );
    let q3 = record(
        &store,
        "Q3",
        "Ana",
        "2025-07-10T09:00:00+02:00",
        |q, i, d| extreme(q, i, d != "dynamic_capabilities"),
    );
    let q3_second = record(
        &store,
        "Q3",
        "Ben",
        "2025-07-11T09:00:00+02:00",
        |q, i, _| extreme(q, i, true),
    );
    [baseline, q2, q3, q3_second]
}

fn score_of(a: &Assessment, dimension: &str) -> f64 {
    let scores = a.scores.as_ref().unwrap();
    scores.dimension(dimension).unwrap().score.value.unwrap()
}

fn overall_of(a: &Assessment) -> f64 {
    a.scores.as_ref().unwrap().overall.value.unwrap()
}

#[test]
fn compare_json_has_the_library_scores_and_their_changes() {
    let sandbox = Sandbox::new();
    let [baseline, _, q3, _] = three_check_ins(&sandbox);
    // Given newest first: the earlier one is still "before".
    let doc = json(&sandbox, &["compare", &q3.id[..17], &baseline.id, "--json"]);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["before"]["id"], baseline.id.as_str());
    assert_eq!(doc["after"]["id"], q3.id.as_str());
    assert_eq!(doc["before"]["organization"]["name"], ORG);
    assert_eq!(doc["before"]["round"], "Baseline");
    assert_eq!(doc["after"]["date"], rfc3339(&q3.completed_at.unwrap()));
    assert_eq!(doc["same_questionnaire"], true);
    // Baseline: every score 50. Q3: 100 everywhere but dynamic capabilities (0); overall
    // is the library's weighted mean.
    assert_close(&doc["overall"]["before"], 50.0, "overall before");
    assert_close(&doc["overall"]["after"], overall_of(&q3), "overall after");
    assert_close(
        &doc["overall"]["change"],
        overall_of(&q3) - 50.0,
        "overall change",
    );
    let q = default_questionnaire().questionnaire;
    let dimensions = doc["dimensions"].as_array().unwrap();
    assert_eq!(dimensions.len(), q.dimensions.len());
    for (dimension, json) in q.dimensions.iter().zip(dimensions) {
        let (before, after) = (
            score_of(&baseline, &dimension.id),
            score_of(&q3, &dimension.id),
        );
        assert_close(&json["before"], before, &dimension.id);
        assert_close(&json["after"], after, &dimension.id);
        assert_close(&json["change"], after - before, &dimension.id);
        let expected = if dimension.id == "dynamic_capabilities" {
            "down"
        } else {
            "up"
        };
        assert_eq!(json["direction"], expected, "{}", dimension.id);
    }
    // Every item moved by 50, up or down.
    let moved = doc["moved_items"].as_array().unwrap();
    assert_eq!(moved.len(), q.item_count());
    assert!(
        moved
            .iter()
            .all(|m| m["change"].as_f64().unwrap().abs() == 50.0)
    );
    assert_eq!(
        doc["not_compared"]["items_only_after"],
        Value::Array(vec![])
    );

    let text = run(&sandbox, &["compare", &baseline.id, &q3.id]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    let text = stdout(&text);
    assert!(text.contains("Items that moved most"), "{text}");
    assert!(text.contains("▲") && text.contains("▼"), "{text}");
    assert!(text.contains("Both used the same questionnaire"), "{text}");
}

#[test]
fn trend_json_has_one_point_per_round_with_the_library_scores() {
    let sandbox = Sandbox::new();
    let [baseline, q2, q3, q3_second] = three_check_ins(&sandbox);
    let doc = json(&sandbox, &["trend", "--org", "acme gmbh", "--json"]);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["organization"], ORG);
    let points = doc["points"].as_array().unwrap();
    let rounds: Vec<&str> = points
        .iter()
        .map(|p| p["round"].as_str().unwrap())
        .collect();
    assert_eq!(rounds, ["Baseline", "Q2", "Q3"]);
    assert_eq!(points[0]["date"], rfc3339(&baseline.completed_at.unwrap()));
    assert_eq!(points[2]["date"], rfc3339(&q3_second.completed_at.unwrap()));
    assert_eq!(
        points[2]["assessment_ids"],
        serde_json::json!([q3.id, q3_second.id])
    );
    assert_close(&points[0]["overall"], overall_of(&baseline), "baseline");
    assert_close(&points[1]["overall"], overall_of(&q2), "q2");
    // Q3 is the mean of its two respondents.
    let q3_mean = (overall_of(&q3) + overall_of(&q3_second)) / 2.0;
    assert_close(&points[2]["overall"], q3_mean, "q3");
    assert_eq!(points[2]["respondents"], 2);
    // Q2: shared vision 100, the other dimensions 50.
    let q2_dimensions = points[1]["dimensions"].as_array().unwrap();
    assert_eq!(q2_dimensions[0]["dimension"], "shared_vision");
    assert_close(&q2_dimensions[0]["score"], 100.0, "q2 shared vision");
    assert_close(&q2_dimensions[1]["score"], 50.0, "q2 second dimension");
    assert_eq!(
        points[2]["respondent_names"],
        serde_json::json!(["Ana", "Ben"])
    );
    // The change is like for like: Ana alone was at the baseline and at Q3; Ben, new at
    // Q3, is left out instead of lifting the mean.
    assert_close(
        &doc["change"]["overall"]["change"],
        overall_of(&q3) - 50.0,
        "change",
    );
    assert_eq!(doc["change"]["overall"]["respondents"], 1);
    assert_eq!(doc["change"]["respondents"], serde_json::json!(["Ana"]));
    assert_eq!(doc["change"]["left_out"][0]["name"], "Ben");
    // Ana's dynamic capabilities fell from 50 to 0 (Ben's 100 hid that in the mean);
    // everything else rose from 50 to 100.
    assert_eq!(doc["most_improved"].as_array().unwrap().len(), 5);
    assert_eq!(doc["concerns"][0]["reason"], "declined");
    assert_eq!(doc["concerns"][0]["dimension"], "dynamic_capabilities");
    assert_close(&doc["concerns"][0]["change"], -50.0, "dynamic capabilities");

    let text = run(&sandbox, &["trend", "--org", ORG]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    let text = stdout(&text);
    assert!(
        text.contains("Most improved") && text.contains("Areas of concern"),
        "{text}"
    );
    assert!(text.contains("2025-07-11"), "{text}");
    assert!(text.contains("Left out: Ben"), "{text}");
}

#[test]
fn round_defaults_to_the_latest_round_and_marks_disagreement() {
    let sandbox = Sandbox::new();
    let [_, _, q3, q3_second] = three_check_ins(&sandbox);
    let doc = json(&sandbox, &["round", "--org", ORG, "--json"]);
    assert_eq!(doc["round"], "Q3");
    let ids: Vec<&str> = doc["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [q3.id.as_str(), q3_second.id.as_str()]);
    for dimension in doc["dimensions"].as_array().unwrap() {
        // Every item of this questionnaire is on the five described levels, so each
        // dimension has one answer scale and agreement is on it.
        assert_eq!(dimension["by_scale"][0]["scale"], "levels5", "{dimension}");
        assert_eq!(dimension["by_scale"][0]["points"], 5, "{dimension}");
        assert_eq!(dimension["by_scale"].as_array().unwrap().len(), 1);
        if dimension["id"] == "dynamic_capabilities" {
            // Lowest against highest value on every item: variance (max - min)² / 2 is 8
            // on 1-5, above σ² = 2: clamped to 0.
            assert_close(&dimension["rwg"], 0.0, "dynamic capabilities");
            assert_eq!(dimension["contested"], true);
            assert_close(&dimension["min"], 0.0, "min");
            assert_close(&dimension["max"], 100.0, "max");
        } else {
            assert_close(&dimension["rwg"], 1.0, dimension["id"].as_str().unwrap());
            assert_eq!(dimension["contested"], false);
        }
    }
    // No pooled overall agreement; the least agreed dimension is named instead.
    assert!(doc["overall"]["rwg"].is_null());
    assert_eq!(doc["lowest_agreement"]["dimension"], "dynamic_capabilities");
    assert_eq!(doc["left_out"], serde_json::json!([]));
    let text = stdout(&run(&sandbox, &["round", "--org", ORG, "--round", "q3"]));
    assert!(text.contains("CONTESTED"), "{text}");
    assert!(
        text.contains("Lowest agreement: Spotting and acting on change 0.00"),
        "{text}"
    );
    let unknown = run(&sandbox, &["round", "--org", ORG, "--round", "Q9"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("\"Q3\", \"Q2\", \"Baseline\""),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn list_filters_by_organization_and_round() {
    let sandbox = Sandbox::new();
    let [_, q2, ..] = three_check_ins(&sandbox);
    let doc = json(
        &sandbox,
        &["list", "--org", "ACME GMBH", "--round", " q2 ", "--json"],
    );
    let ids: Vec<&str> = doc["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [q2.id.as_str()]);
    let none = json(&sandbox, &["list", "--round", "Q2 check-in", "--json"]);
    assert_eq!(none["assessments"], Value::Array(vec![]));
}

#[test]
fn an_unknown_organization_is_bad_input_naming_the_known_ones() {
    let sandbox = Sandbox::new();
    three_check_ins(&sandbox);
    let output = run(&sandbox, &["trend", "--org", "Acme", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(
        stderr(&output).contains("\"Acme GmbH\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn remove_moves_the_file_to_the_trash_only_when_confirmed() {
    let sandbox = Sandbox::new();
    let [baseline, q2, ..] = three_check_ins(&sandbox);
    let file = sandbox
        .data
        .path()
        .join("assessments")
        .join(format!("{}.yaml", q2.id));
    let bytes = std::fs::read(&file).unwrap();

    // Standard input is not a terminal here: without --yes nothing happens.
    let refused = run(&sandbox, &["remove", &q2.id]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    assert_eq!(std::fs::read(&file).unwrap(), bytes);

    let moved = run(&sandbox, &["remove", &q2.id, "--yes"]);
    assert_eq!(moved.status.code(), Some(0), "{}", stderr(&moved));
    let trashed = sandbox
        .data
        .path()
        .join("trash")
        .join(format!("{}.yaml", q2.id));
    assert!(
        stdout(&moved).contains(&trashed.display().to_string()),
        "{}",
        stdout(&moved)
    );
    assert!(!file.exists());
    assert_eq!(std::fs::read(&trashed).unwrap(), bytes);
    let listed = json(&sandbox, &["list", "--json"]);
    let ids: Vec<&str> = listed["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&q2.id.as_str()) && ids.contains(&baseline.id.as_str()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(trashed.parent().unwrap())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}

#[test]
fn the_trash_never_overwrites_an_earlier_file_of_the_same_name() {
    let sandbox = Sandbox::new();
    let [baseline, ..] = three_check_ins(&sandbox);
    let store = sandbox.store();
    let first = store.trash(&baseline.id).unwrap();
    // The same id saved again (e.g. restored by hand) and removed a second time.
    store.save(&baseline).unwrap();
    let second = store.trash(&baseline.id).unwrap();
    assert_eq!(
        first.file_name().unwrap().to_str().unwrap(),
        format!("{}.yaml", baseline.id)
    );
    assert_eq!(
        second.file_name().unwrap().to_str().unwrap(),
        format!("{}.2.yaml", baseline.id)
    );
    assert!(first.exists() && second.exists());
    let gone = run(&sandbox, &["remove", &baseline.id, "--yes"]);
    assert_eq!(gone.status.code(), Some(2), "no such assessment any more");
}

#[test]
fn the_round_report_puts_each_respondent_and_the_agenda_in_every_format() {
    let sandbox = Sandbox::new();
    let [_, _, q3, q3_second] = three_check_ins(&sandbox);
    let q = default_questionnaire().questionnaire;
    let capabilities = q
        .dimensions
        .iter()
        .find(|d| d.id == "dynamic_capabilities")
        .unwrap();
    let contested_items: Vec<&str> = capabilities
        .facets
        .iter()
        .flat_map(|f| &f.items)
        .map(|i| i.id.as_str())
        .collect();

    // JSON: the round document, with each respondent's score per area and the agenda:
    // Ana answered the capabilities items at the lowest level and Ben at the highest,
    // 100 points apart; every other item alike.
    let doc = json(
        &sandbox,
        &["export", "--org", ORG, "--round-report", "--format", "json"],
    );
    assert_eq!(doc["round"], "Q3");
    assert_eq!(doc["rounds"], serde_json::json!(["Q3", "Q2", "Baseline"]));
    let dimension = doc["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "dynamic_capabilities")
        .unwrap();
    assert_close(&dimension["scores"][0], 0.0, "Ana");
    assert_close(&dimension["scores"][1], 100.0, "Ben");
    let agenda: Vec<&str> = doc["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["item"].as_str().unwrap())
        .collect();
    assert_eq!(agenda, contested_items);
    assert_close(&doc["agenda"][0]["apart"], 100.0, "apart");
    assert_eq!(doc["agenda"][0]["answers"][0]["answer"], "level 1");
    assert_eq!(doc["agenda"][0]["answers"][1]["answer"], "level 5");

    // Markdown and HTML: both names as columns, the agenda with the answers.
    let md = stdout(&run(
        &sandbox,
        &["export", "--org", ORG, "--round-report", "--format", "md"],
    ));
    assert!(
        md.starts_with("# Round report: Acme GmbH, round \"Q3\""),
        "{md}"
    );
    assert!(md.contains("| Area | Ana | Ben | Mean |"), "{md}");
    assert!(md.contains("- **Ana**: level 1"), "{md}");
    let html = stdout(&run(
        &sandbox,
        &["export", "--org", ORG, "--round-report", "--format", "html"],
    ));
    assert!(
        html.contains("<h2>Agenda: items answered far apart</h2>"),
        "{html}"
    );
    assert!(
        html.contains(&format!("<code>{}</code>", q3_second.id)),
        "{html}"
    );

    // CSV: a row per area and respondent, then per agenda item and respondent.
    let csv = stdout(&run(
        &sandbox,
        &[
            "export",
            "--org",
            ORG,
            "--round-report",
            "--round",
            "q3",
            "--format",
            "csv",
        ],
    ));
    let agenda_rows = csv.lines().filter(|l| l.starts_with("agenda,")).count();
    assert_eq!(agenda_rows, 2 * contested_items.len(), "{csv}");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("dimension,dynamic_capabilities,")
                && l.contains(&q3.id)
                && l.contains(",Ana,")),
        "{csv}"
    );

    // One respondent: the report says an agenda needs two.
    let baseline = stdout(&run(
        &sandbox,
        &[
            "export",
            "--org",
            ORG,
            "--round-report",
            "--round",
            "Baseline",
            "--format",
            "md",
        ],
    ));
    assert!(
        baseline.contains("An agenda needs at least two respondents in the round."),
        "{baseline}"
    );
    let unknown = run(
        &sandbox,
        &[
            "export",
            "--org",
            ORG,
            "--round-report",
            "--round",
            "Q9",
            "--format",
            "md",
        ],
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("its rounds:"),
        "{}",
        stderr(&unknown)
    );
}

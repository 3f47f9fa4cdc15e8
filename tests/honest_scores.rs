//! No verdict without enough answers, on every surface that shows one assessment: a quick
//! check with 1 of its 15 questions answered has no overall score, no band, no meaning and
//! no advice, and every surface says what is missing instead. The quick check is version
//! 1.0.0 (retired, still compiled in), whose facets of one item give the case of one
//! scored facet under dimensions without a score.

// This file uses a few of the command-line helpers only.
#[allow(dead_code)]
#[path = "cli_support/mod.rs"]
mod support;

use chrono::Duration;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::questionnaire::{Loaded, retired};
use serde_json::Value;
use support::*;

/// The one answer: sv_goal_3 is the only item of "Goals you share with partners", so that
/// facet is scored (1 of 1) and nothing above it is (Shared vision: 1 of 3 facets).
const ONE_ANSWER: &str = "sv_goal_3";

const OVERALL_MISSING: &str = "not enough answers: Shared vision, Complementary strengths, \
     Communication, Data governance and Dynamic capabilities have no score";

/// The quick check 1.0.0.
fn quick_1_0() -> Loaded {
    retired("quick-check", "1.0.0").unwrap()
}

/// Stores a completed quick check with one answer; returns its id.
fn one_of_fifteen(sandbox: &Sandbox) -> String {
    let loaded = quick_1_0();
    let q = &loaded.questionnaire;
    assert_eq!(q.item_count(), 15);
    let store = sandbox.store();
    let start = time("2026-09-15T09:00:00+02:00");
    let setup = Setup {
        organization: Organization {
            name: "Acme".to_string(),
            sector: String::new(),
        },
        respondent: Respondent {
            name: "Ana".to_string(),
            role: String::new(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    };
    let mut a = Assessment::start(store.new_id(&start), setup, q, &loaded.digest, start);
    a.respond(
        q,
        ONE_ANSWER,
        Response::Value(5),
        start + Duration::minutes(1),
    );
    a.complete(q, start + Duration::minutes(2));
    store.keep_questionnaire(q, &loaded.text).unwrap();
    store.save(&a).unwrap();
    a.id
}

/// Every band name of the quick check; none may be printed for these scores.
fn band_names() -> Vec<String> {
    let loaded = quick_1_0();
    loaded
        .questionnaire
        .bands
        .iter()
        .map(|b| b.name.clone())
        .collect()
}

fn assert_no_band(text: &str) {
    for band in band_names() {
        // The one scored facet has a band; no other line may.
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| l.contains(&band) && !l.contains("Goals you share with partners"))
            .collect();
        assert!(lines.is_empty(), "band {band} shown: {lines:?}\n{text}");
    }
}

#[test]
fn show_text_says_what_is_missing_and_gives_no_band_meaning_or_advice() {
    let sandbox = Sandbox::new();
    let id = one_of_fifteen(&sandbox);
    let output = sandbox.run(&["show", &id]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains(&format!("Overall readiness: {OVERALL_MISSING}")),
        "{text}"
    );
    assert!(
        text.contains("not enough answers: 1 of 3 facets scored (needs 2)"),
        "{text}"
    );
    assert!(
        text.contains("not enough answers: 0 of 1 answered (needs 1)"),
        "{text}"
    );
    assert!(!text.contains("Next steps"), "{text}");
    assert!(!text.contains("Weakest dimension"), "{text}");
    assert_no_band(&text);
}

#[test]
fn show_and_list_json_have_null_scores_with_what_is_missing() {
    let sandbox = Sandbox::new();
    let id = one_of_fifteen(&sandbox);
    let show = sandbox.json(&["show", &id, "--json"]);
    let list = sandbox.json(&["list", "--json"]);
    for scores in [
        &show["assessment"]["scores"],
        &list["assessments"][0]["scores"],
    ] {
        let overall = &scores["overall"];
        assert_eq!(overall["score"], Value::Null);
        assert_eq!(overall["band"], Value::Null);
        assert_eq!(overall["missing"]["kind"], "dimensions");
        let unscored: Vec<&str> = overall["missing"]["unscored"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        assert_eq!(unscored.len(), 5);
        assert_eq!(unscored[0], "shared_vision");
        let vision = &scores["dimensions"][0];
        assert_eq!(
            (&vision["score"], &vision["band"]),
            (&Value::Null, &Value::Null)
        );
        assert_eq!(
            vision["missing"],
            serde_json::json!({ "kind": "facets", "scored": 1, "total": 3, "needed": 2,
                                "text": "1 of 3 facets scored (needs 2)" })
        );
        // The scored facet has a value and no `missing`.
        let goals = &vision["facets"][0];
        assert!(goals["score"].is_number());
        assert_eq!(goals["missing"], Value::Null);
        assert_eq!(scores["weakest_dimension"], Value::Null);
    }
    assert_eq!(show["assessment"]["advice"], serde_json::json!([]));
}

#[test]
fn every_report_of_the_assessment_says_what_is_missing() {
    let sandbox = Sandbox::new();
    let id = one_of_fifteen(&sandbox);
    let report = |format: &str| {
        let output = sandbox.run(&["export", &id, "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stdout(&output)
    };
    let md = report("md");
    assert!(md.contains(&format!("**{OVERALL_MISSING}**")), "{md}");
    assert!(
        md.contains(
            "| **Shared vision** | not enough answers: 1 of 3 facets scored (needs 2) |  |"
        )
    );
    assert!(!md.contains("Next steps"), "{md}");
    // The bands table lists every band with its range: not a verdict.
    let bands = band_names();
    let legend = |l: &&str| bands.iter().any(|b| l.starts_with(&format!("| {b} | ")));
    let verdicts: Vec<&str> = md.lines().filter(|l| !legend(l)).collect();
    assert_no_band(&verdicts.join("\n"));
    let html = report("html");
    assert!(
        html.contains(&format!("<p class=\"overall\">{OVERALL_MISSING}</p>")),
        "{html}"
    );
    assert!(html.contains("not enough answers: 1 of 3 facets scored (needs 2)"));
    let csv = report("csv");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let at = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(at("overall"), "");
    assert_eq!(at("overall_band"), OVERALL_MISSING);
    assert_eq!(at("shared_vision"), "");
    assert_eq!(
        at("shared_vision_band"),
        "not enough answers: 1 of 3 facets scored (needs 2)"
    );
    let json: Value = serde_json::from_str(&report("json")).unwrap();
    let overall = &json["assessment"]["scores"]["overall"];
    assert_eq!(
        (&overall["score"], &overall["band"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(overall["missing"]["kind"], "dimensions");
}

#[test]
fn a_snapshot_saved_under_looser_rules_shows_no_verdict_either() {
    let sandbox = Sandbox::new();
    let id = one_of_fifteen(&sandbox);
    // What an older ecoready saved: the overall score from the one scored dimension.
    let path = walk(sandbox.data.path())
        .into_iter()
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy() == format!("{id}.yaml"))
        })
        .expect("the assessment's file");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut file: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    // The edit is made as a person would and accepted (the checksum written again).
    file.as_mapping_mut().unwrap().remove("checksum");
    let overall = &mut file["scores"]["overall"];
    overall["value"] = serde_yaml::Value::from(66.66666666666667);
    overall["band"] = serde_yaml::Value::from("Managed");
    let edited = ecoready::integrity::seal(&serde_yaml::to_string(&file).unwrap());
    std::fs::write(&path, edited).unwrap();
    let show = sandbox.json(&["show", &id, "--json"]);
    assert_eq!(
        show["assessment"]["scores"]["overall"]["score"],
        Value::Null
    );
    assert_eq!(show["assessment"]["scores"]["overall"]["band"], Value::Null);
    let list = sandbox.json(&["list", "--json"]);
    assert_eq!(
        list["assessments"][0]["scores"]["overall"]["band"],
        Value::Null
    );
    let table = stdout(&sandbox.run(&["list"]));
    assert!(!table.contains("Managed"), "{table}");
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

//! Version 1.0.0 of the built-in questionnaires stays readable after 2.0.0 became the
//! built-in: an assessment made with 1.0.0 shows and re-scores as answered even without a
//! kept copy of its questionnaire, 1.0.0 is never offered for a new assessment, and a
//! comparison or trend between 1.0.0 and 2.0.0 (which share no question) says so plainly
//! on every surface instead of showing empty tables.

#[allow(dead_code)]
mod cli_support;

use chrono::Duration;
use cli_support::{Sandbox, assert_close, stderr, stdout, time};
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::questionnaire::{Loaded, builtin, retired};
use ecoready::scoring;
use ecoready::store::Store;

const ORG: &str = "Alder Bakery";

/// What every surface says between 1.0.0 and the current 2.1.0 of the full instrument.
const NOTHING_COMPARED: &str = "These check-ins used different questionnaire versions \
     (ecosystem-readiness 1.0.0 and ecosystem-readiness 2.1.0) with no question in common: \
     nothing can be compared.";

/// A complete assessment of `ORG` on `loaded`, every item at the middle of its scale but
/// the first at its top; saved without keeping a copy of the questionnaire (as if the copy
/// had been lost, or the data directory moved without it).
fn saved(store: &Store, loaded: &Loaded, started: &str, round: &str) -> Assessment {
    let q = &loaded.questionnaire;
    let start = time(started);
    let setup = Setup {
        organization: Organization {
            name: ORG.to_string(),
            sector: "food".to_string(),
        },
        respondent: Respondent {
            name: "Robin".to_string(),
            role: "owner".to_string(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: Some(round.to_string()),
    };
    let mut a = Assessment::start(store.new_id(&start), setup, q, &loaded.digest, start);
    for r in q.items() {
        let (min, max) = q.value_range(r.item).unwrap();
        let value = if r.index == 0 { max } else { (min + max) / 2 };
        a.respond(
            q,
            &r.item.id,
            Response::Value(value),
            start + Duration::minutes(1),
        );
    }
    a.complete(q, start + Duration::minutes(20));
    store.save(&a).unwrap();
    a
}

fn old_and_new(sandbox: &Sandbox) -> (Assessment, Assessment) {
    let store = sandbox.store();
    let v1 = retired("ecosystem-readiness", "1.0.0").unwrap();
    let v2 = builtin("ecosystem-readiness").unwrap();
    let old = saved(&store, &v1, "2025-01-10T09:00:00+01:00", "baseline");
    let new = saved(&store, &v2, "2026-01-10T09:00:00+01:00", "year two");
    // No copy was kept: 1.0.0 must come from the binary itself.
    let kept = std::fs::read_dir(store.questionnaires_dir())
        .map(|entries| entries.count())
        .unwrap_or(0);
    assert_eq!(kept, 0);
    (old, new)
}

#[test]
fn a_1_0_assessment_without_a_kept_copy_shows_and_rescores_as_answered() {
    let sandbox = Sandbox::new();
    let (old, _) = old_and_new(&sandbox);
    let v1 = retired("ecosystem-readiness", "1.0.0").unwrap();
    let output = sandbox.run(&["show", &old.id, "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let shown = &doc["assessment"];
    assert_eq!(shown["questionnaire"]["version"], "1.0.0");
    let expected = scoring::score(&v1.questionnaire, &old.responses());
    let overall = expected.overall.value.unwrap();
    assert_close(&shown["scores"]["overall"]["score"], overall, "overall");
    assert_eq!(
        shown["scores"]["overall"]["band"],
        expected.overall.band.unwrap().as_str()
    );
    // The text names its 1.0.0 dimensions (2.0.0 renamed them).
    let text = stdout(&sandbox.run(&["show", &old.id]));
    assert!(text.contains("Data governance"), "{text}");
    assert!(!text.contains("Shared data and digital tools"), "{text}");
}

#[test]
fn only_the_current_versions_are_offered_for_a_new_assessment() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["questionnaires", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let listed: Vec<(String, String)> = doc["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let field = |name: &str| q[name].as_str().unwrap().to_string();
            (field("id"), field("version"))
        })
        .collect();
    let expected = [("ecosystem-readiness", "2.1.0"), ("quick-check", "2.1.0")]
        .map(|(id, version)| (id.to_string(), version.to_string()));
    assert_eq!(listed, expected);
}

#[test]
fn compare_between_versions_says_nothing_can_be_compared_in_text_and_json() {
    let sandbox = Sandbox::new();
    let (old, new) = old_and_new(&sandbox);
    let output = sandbox.run(&["compare", &old.id, &new.id]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(NOTHING_COMPARED), "{text}");
    // No table of empty changes.
    assert!(!text.contains("Overall readiness"), "{text}");
    assert!(!text.contains("Like for like"), "{text}");

    let output = sandbox.run(&["compare", &old.id, &new.id, "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(doc["not_compared"]["note"], NOTHING_COMPARED);
    assert_eq!(doc["not_compared"]["shared_items"], 0);
    assert_eq!(doc["not_compared"]["both_answered"], 0);
    assert_eq!(doc["same_questionnaire"], false);
    assert!(doc["overall"]["change"].is_null(), "{doc}");
    assert!(doc["moved_items"].as_array().unwrap().is_empty());

    // The reports say it too, with no scores table.
    for format in ["md", "html"] {
        let output = sandbox.run(&["export", "--compare", &old.id, &new.id, "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let report = stdout(&output);
        let flat: String = report.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(NOTHING_COMPARED), "{format}: {report}");
        let heading = ["## Scores", "<h2>Scores</h2>"];
        assert!(
            heading.iter().all(|h| !report.contains(h)),
            "{format}: {report}"
        );
    }
}

#[test]
fn a_trend_across_versions_says_nothing_can_be_compared_in_text_and_json() {
    let sandbox = Sandbox::new();
    old_and_new(&sandbox);
    let output = sandbox.run(&["trend", "--org", ORG, "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let points = doc["points"].as_array().unwrap();
    assert_eq!(points.len(), 2);
    // The 1.0.0 check-in is listed, but its scores are not put in the rows of 2.0.0's
    // facets and dimensions (several ids are the same, the questions are not), where
    // they would read as a change; the 2.0.0 check-in has its own.
    assert_eq!(points[0]["questionnaires"][0], "ecosystem-readiness@1.0.0");
    assert!(points[0]["overall"].is_null(), "{}", points[0]);
    assert_eq!(points[0]["dimensions"].as_array().unwrap().len(), 5);
    for area in points[0]["dimensions"].as_array().unwrap() {
        assert!(area["score"].is_null(), "{area}");
    }
    assert!(points[1]["overall"].is_number(), "{}", points[1]);
    let change = &doc["change"];
    assert_eq!(change["no_common_questions"], NOTHING_COMPARED);
    assert_eq!(change["same_questionnaire"], false);
    assert!(change["overall"]["change"].is_null());
    for area in change["dimensions"].as_array().unwrap() {
        assert!(area["change"].is_null(), "{area}");
    }
    assert!(doc["most_improved"].as_array().unwrap().is_empty());

    let output = sandbox.run(&["trend", "--org", ORG]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(NOTHING_COMPARED), "{text}");
    // Not the ordinary sentence about like-for-like changes, which would suggest some.
    assert!(!flat.contains("Changes are like for like"), "{text}");

    let output = sandbox.run(&["export", "--org", ORG, "--format", "md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let flat: String = stdout(&output)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(NOTHING_COMPARED), "{flat}");
}

#[test]
fn the_same_versions_compare_as_before() {
    // Two 2.0.0 assessments: the ordinary note, and no sentence about versions.
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let v2 = builtin("ecosystem-readiness").unwrap();
    let a = saved(&store, &v2, "2026-01-10T09:00:00+01:00", "one");
    let b = saved(&store, &v2, "2026-04-10T09:00:00+02:00", "two");
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&sandbox.run(&["compare", &a.id, &b.id, "--json"]))).unwrap();
    let note = doc["not_compared"]["note"].as_str().unwrap();
    assert!(
        note.starts_with("Both used the same questionnaire"),
        "{note}"
    );
    assert_eq!(
        doc["not_compared"]["shared_items"],
        v2.questionnaire.item_count()
    );
    let trend: serde_json::Value =
        serde_json::from_str(&stdout(&sandbox.run(&["trend", "--org", ORG, "--json"]))).unwrap();
    assert!(trend["change"]["no_common_questions"].is_null());
}

#[test]
fn the_compare_screen_says_nothing_can_be_compared_instead_of_a_table() {
    let sandbox = Sandbox::new();
    let (old, new) = old_and_new(&sandbox);
    let v1 = retired("ecosystem-readiness", "1.0.0").unwrap();
    let v2 = builtin("ecosystem-readiness").unwrap();
    let c = ecoready::compare::compare((&old, &v1.questionnaire), (&new, &v2.questionnaire));
    let theme = ecoready::tui::theme::Theme::MONOCHROME;
    let lines = ecoready::tui::screens::compare_view::lines(&theme, &c, 80);
    let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let flat = text
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(NOTHING_COMPARED), "{text:#?}");
    assert!(!flat.contains("Overall readiness"), "{text:#?}");
    assert!(!flat.contains("before after change"), "{text:#?}");
}

#[test]
fn a_2_0_assessment_compares_question_by_question_with_2_1() {
    // 2.1.0 only added reliability defaults: 2.0.0 stays built in, byte for byte, and
    // shares every item id, so the comparison is whole and judged by 2.1.0's defaults.
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let v20 = retired("ecosystem-readiness", "2.0.0").unwrap();
    let v21 = builtin("ecosystem-readiness").unwrap();
    assert_ne!(v20.digest, v21.digest);
    assert_eq!(
        v20.questionnaire
            .items()
            .map(|r| &r.item.id)
            .collect::<Vec<_>>(),
        v21.questionnaire
            .items()
            .map(|r| &r.item.id)
            .collect::<Vec<_>>()
    );
    let old = saved(&store, &v20, "2026-01-10T09:00:00+01:00", "baseline");
    let new = saved(&store, &v21, "2026-04-10T09:00:00+01:00", "Q2");
    let output = sandbox.run(&["compare", &old.id, &new.id, "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(doc["before"]["questionnaire"]["version"], "2.0.0");
    assert_eq!(doc["not_compared"]["both_answered"], 55);
    assert_eq!(doc["overall"]["change"], 0.0);
    assert_eq!(doc["dimensions"][0]["verdict"], "within noise");
    assert_eq!(
        doc["dimensions"][0]["noise"]["source"],
        "questionnaire_default"
    );
}

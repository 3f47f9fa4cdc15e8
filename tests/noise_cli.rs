//! Compare and trend say which measurement noise they judged a change by: the
//! questionnaire's published default while the data directory has too few firms, the data
//! directory's own MDC95 (the figure `ecoready evidence` prints) from 30 firms on.

#[path = "portfolio/mod.rs"]
mod portfolio;
#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use portfolio::portfolio;
use serde_json::Value;
use support::{Sandbox, default_questionnaire, stdout};

/// The ids of a firm's assessments, oldest first.
fn ids_of(sandbox: &Sandbox, firm: &str) -> Vec<String> {
    let mut ids: Vec<String> = sandbox
        .store()
        .list()
        .assessments
        .into_iter()
        .filter(|a| a.organization.name == firm)
        .map(|a| a.id)
        .collect();
    ids.sort();
    ids
}

/// The ids of Firm 01's two visits, oldest first (the portfolio's second firm has one
/// respondent and answers twice).
fn firm_01(sandbox: &Sandbox) -> [String; 2] {
    let ids = ids_of(sandbox, "Firm 01");
    assert_eq!(ids.len(), 2, "{ids:?}");
    [ids[0].clone(), ids[1].clone()]
}

/// Every dimension's `noise` of a compare document.
fn dimension_noise(doc: &Value) -> Vec<Value> {
    doc["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["noise"].clone())
        .collect()
}

#[test]
fn with_too_few_firms_compare_uses_the_questionnaires_default() {
    let sandbox = Sandbox::new();
    portfolio(&sandbox.store(), &default_questionnaire(), 12, 12);
    let [before, after] = firm_01(&sandbox);
    let doc = sandbox.json(&["compare", &before, &after, "--json"]);
    for noise in dimension_noise(&doc) {
        assert_eq!(noise["source"], "questionnaire_default", "{noise}");
        assert!(noise.get("firms").is_none(), "{noise}");
    }
    // Shared goals: 9 items, default .86 and SD 20: SEM = 20 * sqrt(.14) = 7.483,
    // MDC95 = 2.771859 * 7.483 = 20.74.
    let shared_goals = &doc["dimensions"][0]["noise"]["mdc95"];
    assert!(
        (shared_goals.as_f64().unwrap() - 20.74).abs() < 0.01,
        "{shared_goals}"
    );
    assert!(
        doc["noise_note"]
            .as_str()
            .unwrap()
            .contains("published default")
    );
    let text = stdout(&sandbox.run(&["compare", &before, &after]));
    assert!(
        text.contains("the published default in the questionnaire (23 areas"),
        "{text}"
    );
}

#[test]
fn from_thirty_firms_compare_and_trend_use_the_data_directorys_own() {
    let sandbox = Sandbox::new();
    portfolio(&sandbox.store(), &default_questionnaire(), 40, 12);
    let [before, after] = firm_01(&sandbox);
    let evidence = sandbox.json(&["evidence", "--json"]);
    let doc = sandbox.json(&["compare", &before, &after, "--json"]);
    for (d, noise) in dimension_noise(&doc).iter().enumerate() {
        let measured = &evidence["dimensions"][d];
        assert_eq!(noise["source"], "data_directory", "{noise}");
        assert_eq!(noise["firms"], measured["firms"], "{noise}");
        assert_eq!(noise["mdc95"], measured["mdc95"], "{noise}");
        let verdict = &doc["dimensions"][d]["verdict"];
        let change = doc["dimensions"][d]["change"].as_f64().unwrap();
        let mdc95 = noise["mdc95"].as_f64().unwrap();
        let expected = if change.abs() >= mdc95 {
            "real"
        } else {
            "within noise"
        };
        assert_eq!(verdict, expected, "{change} against {mdc95}");
    }
    assert!(
        doc["noise_note"]
            .as_str()
            .unwrap()
            .contains("from 40 firms in this data directory"),
        "{}",
        doc["noise_note"]
    );
    let trend = sandbox.json(&["trend", "--org", "Firm 01", "--json"]);
    let first = &trend["change"]["dimensions"][0]["noise"];
    assert_eq!(first["source"], "data_directory", "{first}");
    assert_eq!(first["firms"], 40);
    let text = stdout(&sandbox.run(&["trend", "--org", "Firm 01"]));
    assert!(text.contains("in this data directory"), "{text}");
}

#[test]
fn the_measured_noise_is_cached_until_an_assessment_file_changes() {
    let sandbox = Sandbox::new();
    let loaded = default_questionnaire();
    portfolio(&sandbox.store(), &loaded, 30, 0);
    // Files changed in the last two seconds are not trusted to show a later change.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    // Firm 00 has two respondents at its one visit.
    let ids = ids_of(&sandbox, "Firm 00");
    let cache = sandbox
        .store()
        .state_dirs()
        .cache
        .join(ecoready::store::NOISE_INDEX_FILE);
    let first = sandbox.json(&["compare", &ids[0], &ids[1], "--json"]);
    assert_eq!(first["dimensions"][0]["noise"]["firms"], 30);
    let written = std::fs::read_to_string(&cache).expect("the cache is written");
    assert!(written.contains(&loaded.digest), "{written}");
    // The next comparison reads the cache, not the files: a firm count planted in it
    // shows up in the answer.
    std::fs::write(&cache, written.replace("\"firms\":30", "\"firms\":29")).unwrap();
    let again = sandbox.json(&["compare", &ids[0], &ids[1], "--json"]);
    assert_eq!(again["dimensions"][0]["noise"]["firms"], 29);
    assert_eq!(
        again["dimensions"][0]["noise"]["mdc95"],
        first["dimensions"][0]["noise"]["mdc95"]
    );
    // Five more firms: the folder changed, so the figures are made again from 35.
    let more = Sandbox::new();
    portfolio(&more.store(), &loaded, 35, 0);
    for entry in std::fs::read_dir(more.store().assessments_dir()).unwrap() {
        let entry = entry.unwrap();
        let target = sandbox.store().assessments_dir().join(entry.file_name());
        if !target.exists() {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
    let after = sandbox.json(&["compare", &ids[0], &ids[1], "--json"]);
    assert_eq!(after["dimensions"][0]["noise"]["firms"], 35);
}

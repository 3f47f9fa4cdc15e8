//! The non-interactive commands, run as the real binary against a data directory prepared
//! through the library. Expected scores are worked out by hand from the questionnaire's
//! structure (the built-in content may change, so item counts are read, not hard-coded).

#[path = "cli_support/mod.rs"]
mod support;

use ecoready::questionnaire::builtins;
use serde_json::Value;
use support::*;

#[test]
fn list_json_has_ids_status_organization_dates_and_hand_computed_scores() {
    let sandbox = Sandbox::new();
    let [all_100, all_50, draft] = three_assessments(&sandbox);
    let q = default_questionnaire().questionnaire;
    let document = sandbox.json(&["list", "--json"]);
    assert_eq!(document["schema_version"], 1);
    let listed = document["assessments"].as_array().unwrap();
    // Newest started first.
    let ids: Vec<&str> = listed.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [draft.as_str(), all_50.as_str(), all_100.as_str()]);

    let (d, b, a) = (&listed[0], &listed[1], &listed[2]);
    assert_eq!(a["status"], "complete");
    assert_eq!(a["organization"]["name"], "Acme");
    assert_eq!(a["organization"]["sector"], "food processing");
    assert_eq!(a["respondent"]["role"], "owner");
    assert_eq!(a["mode"], "interview");
    assert_eq!(a["advisor"], "Sam Lee");
    assert_eq!(a["round"], "baseline");
    assert_eq!(a["questionnaire"]["id"], "ecosystem-readiness");
    assert_eq!(a["started_at"], "2025-01-10T09:00:00+01:00");
    assert_eq!(a["completed_at"], "2025-01-10T09:10:00+01:00");
    assert_eq!(a["answered"], q.item_count());
    assert_eq!(a["total_items"], q.item_count());
    assert_close(&a["scores"]["overall"]["coverage"], 1.0, "coverage");
    // Every item scores 100, so every mean and weighted mean is 100.
    assert_all_scores(&a["scores"], &q, 100.0);
    // Every item scores 100 * (mid - min) / (max - min) = 50.
    assert_all_scores(&b["scores"], &q, 50.0);

    assert_eq!(d["status"], "draft");
    assert_eq!(d["organization"]["name"], "Beta");
    assert_eq!(d["completed_at"], Value::Null);
    // One "don't know" and nothing else: it counts as a response but not as a score.
    assert_eq!(d["answered"], 1);
    assert_eq!(d["scores"]["overall"]["dont_know"], 1);
    assert_eq!(d["scores"]["overall"]["answered"], 0);
    assert_eq!(d["scores"]["overall"]["score"], Value::Null);
    assert_eq!(d["scores"]["overall"]["band"], Value::Null);
    for dimension in d["scores"]["dimensions"].as_array().unwrap() {
        assert_eq!(dimension["score"], Value::Null, "{}", dimension["id"]);
    }
    assert_eq!(d["scores"]["weakest_dimension"], Value::Null);

    let answers = &sandbox.json(&["show", &draft, "--json"])["assessment"]["answers"];
    assert_eq!(answers[0]["response"], "dont_know");
    assert_eq!(answers[0]["score"], Value::Null);
    assert_eq!(answers[1]["response"], Value::Null);
}

#[test]
fn reverse_items_score_zero_when_agreed_with() {
    let sandbox = Sandbox::new();
    let id = prepare(
        &sandbox.store(),
        "Acme",
        "2025-01-10T09:00:00+01:00",
        top,
        true,
    );
    let q = default_questionnaire().questionnaire;
    let shown = &sandbox.json(&["show", &id, "--json"])["assessment"];
    // Highest value everywhere: a facet with n items of which r are reverse scores
    // (100 * (n - r) + 0 * r) / n; a dimension is the weighted mean of its facets and the
    // overall score the weighted mean of the dimensions.
    let mut overall = (0.0, 0.0);
    for (dimension, json) in q
        .dimensions
        .iter()
        .zip(shown["scores"]["dimensions"].as_array().unwrap())
    {
        let mut sum = (0.0, 0.0);
        for (facet, json) in dimension
            .facets
            .iter()
            .zip(json["facets"].as_array().unwrap())
        {
            let reverse = facet.items.iter().filter(|i| i.reverse).count() as f64;
            let n = facet.items.len() as f64;
            let expected = 100.0 * (n - reverse) / n;
            assert_close(&json["score"], expected, &facet.id);
            sum = (sum.0 + facet.weight * expected, sum.1 + facet.weight);
        }
        assert_close(&json["score"], sum.0 / sum.1, &dimension.id);
        overall = (
            overall.0 + dimension.weight * sum.0 / sum.1,
            overall.1 + dimension.weight,
        );
    }
    assert_close(
        &shown["scores"]["overall"]["score"],
        overall.0 / overall.1,
        "overall",
    );
    for (r, answer) in q.items().zip(shown["answers"].as_array().unwrap()) {
        let (_, max) = q.value_range(r.item).unwrap();
        assert_eq!(answer["item"], r.item.id.as_str());
        assert_eq!(answer["response"], max);
        assert_close(
            &answer["score"],
            if r.item.reverse { 0.0 } else { 100.0 },
            &r.item.id,
        );
    }
}

#[test]
fn org_filter_is_case_insensitive_and_exact() {
    let sandbox = Sandbox::new();
    let [all_100, all_50, _] = three_assessments(&sandbox);
    let acme = sandbox.json(&["list", "--org", "aCME", "--json"]);
    let ids: Vec<&str> = acme["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [all_50.as_str(), all_100.as_str()]);
    let partial = sandbox.json(&["list", "--org", "Acm", "--json"]);
    assert_eq!(partial["assessments"].as_array().unwrap().len(), 0);

    let text = sandbox.run(&["list", "--org", "Nobody"]);
    assert_eq!(text.status.code(), Some(0));
    assert!(stdout(&text).contains("ecoready new"), "{}", stdout(&text));
}

#[test]
fn show_json_has_the_same_scores_as_list_plus_answers_and_advice() {
    let sandbox = Sandbox::new();
    let ids = three_assessments(&sandbox);
    let q = default_questionnaire().questionnaire;
    let listed = sandbox.json(&["list", "--json"]);
    for listed in listed["assessments"].as_array().unwrap() {
        let id = listed["id"].as_str().unwrap();
        assert!(ids.iter().any(|i| i == id));
        let shown = sandbox.json(&["show", id, "--json"]);
        assert_eq!(shown["schema_version"], 1);
        let shown = &shown["assessment"];
        for field in [
            "id",
            "status",
            "organization",
            "started_at",
            "completed_at",
            "scores",
        ] {
            assert_eq!(shown[field], listed[field], "{id} {field}");
        }
        assert_eq!(shown["answers"].as_array().unwrap().len(), q.item_count());
        let scored: Vec<&Value> = shown["scores"]["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| !d["band"].is_null())
            .collect();
        let advice = shown["advice"].as_array().unwrap();
        assert_eq!(
            advice.len(),
            scored.len(),
            "one advice entry per scored dimension"
        );
        for (dimension, advice) in scored.iter().zip(advice) {
            let (id, band) = (
                dimension["id"].as_str().unwrap(),
                dimension["band"].as_str().unwrap(),
            );
            assert_eq!(advice["dimension"], id);
            assert_eq!(advice["band"], band);
            assert_eq!(advice["steps"], serde_json::json!(q.advice_for(id, band)));
        }
    }
}

#[test]
fn a_unique_prefix_resolves_and_unknown_or_ambiguous_ids_exit_2() {
    let sandbox = Sandbox::new();
    let [all_100, _, _] = three_assessments(&sandbox);
    // Ids are `YYYYMMDD-HHMMSS-xxxx`; the January date part is unique to one assessment.
    let shown = sandbox.json(&["show", &all_100[..8], "--json"]);
    assert_eq!(shown["assessment"]["id"], all_100.as_str());

    let unknown = sandbox.run(&["show", "19990101"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("19990101"),
        "{}",
        stderr(&unknown)
    );

    // All three were started in 2025.
    let ambiguous = sandbox.run(&["show", "2025"]);
    assert_eq!(ambiguous.status.code(), Some(2));
    assert!(
        stderr(&ambiguous).contains("matches 3"),
        "{}",
        stderr(&ambiguous)
    );
}

#[test]
fn resume_refuses_a_complete_assessment_and_an_empty_store() {
    let sandbox = Sandbox::new();
    let none = sandbox.run(&["resume"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("no draft to resume"),
        "{}",
        stderr(&none)
    );

    let id = prepare(
        &sandbox.store(),
        "Acme",
        "2025-01-10T09:00:00+01:00",
        middle,
        true,
    );
    let complete = sandbox.run(&["resume", &id]);
    assert_eq!(complete.status.code(), Some(2));
    assert!(
        stderr(&complete).contains(&format!("ecoready show {id}")),
        "{}",
        stderr(&complete)
    );
}

#[test]
fn new_with_an_unknown_questionnaire_id_names_the_available_ones() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["new", "--questionnaire", "no-such-questionnaire"]);
    assert_eq!(output.status.code(), Some(2));
    for loaded in builtins() {
        assert!(
            stderr(&output).contains(&loaded.questionnaire.id),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn validate_reports_ok_files_and_every_problem_with_its_line() {
    let sandbox = Sandbox::new();
    let loaded = default_questionnaire();
    let good = sandbox.home.path().join("good.yaml");
    std::fs::write(&good, &loaded.text).unwrap();
    // An unknown field on line 2, right after the `id:` line.
    let (first, rest) = loaded.text.split_once('\n').unwrap();
    let bad = sandbox.home.path().join("bad.yaml");
    std::fs::write(&bad, format!("{first}\ncolour: green\n{rest}")).unwrap();
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());

    let ok = sandbox.run(&["validate", good]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let items = loaded.questionnaire.item_count();
    assert_eq!(stdout(&ok), format!("{good}: ok ({items} items)\n"));

    let both = sandbox.run(&["validate", bad, good]);
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains(&format!("{bad}:2:")),
        "{}",
        stderr(&both)
    );
    assert!(stderr(&both).contains("colour"), "{}", stderr(&both));
    // The good file after the bad one is still checked.
    assert!(
        stdout(&both).contains(&format!("{good}: ok")),
        "{}",
        stdout(&both)
    );
}

#[test]
fn questionnaires_json_lists_every_built_in() {
    let sandbox = Sandbox::new();
    let document = sandbox.json(&["questionnaires", "--json"]);
    let listed = document["questionnaires"].as_array().unwrap();
    let expected = builtins();
    assert!(expected.len() >= 2);
    assert_eq!(listed.len(), expected.len());
    for (loaded, json) in expected.iter().zip(listed) {
        assert_eq!(json["id"], loaded.questionnaire.id.as_str());
        assert_eq!(json["version"], loaded.questionnaire.version.as_str());
        assert_eq!(json["items"], loaded.questionnaire.item_count());
        assert_eq!(json["origin"], "built-in");
        assert_eq!(json["digest"], loaded.digest.as_str());
    }
}

#[test]
fn an_unreadable_file_is_reported_and_list_still_succeeds() {
    let sandbox = Sandbox::new();
    let id = prepare(
        &sandbox.store(),
        "Acme",
        "2025-01-10T09:00:00+01:00",
        middle,
        true,
    );
    let garbage = sandbox
        .store()
        .assessments_dir()
        .join("20250101-000000-beef.yaml");
    std::fs::write(&garbage, "schema_version: 1\nid: [unclosed\n").unwrap();
    for args in [&["list", "--json"][..], &["list"][..]] {
        let output = sandbox.run(args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("warning: skipped"),
            "{}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("20250101-000000-beef.yaml"),
            "{}",
            stderr(&output)
        );
        assert!(stdout(&output).contains(&id));
    }
    assert!(garbage.exists(), "the unreadable file is left alone");
}

#[test]
fn list_text_is_a_table_with_scores_and_draft_progress() {
    let sandbox = Sandbox::new();
    let [all_100, _, draft] = three_assessments(&sandbox);
    let q = default_questionnaire().questionnaire;
    let output = sandbox.run(&["list"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("Score"),
        "{text}"
    );
    let row = |id: &str| *lines.iter().find(|l| l.starts_with(id)).unwrap();
    assert!(row(&all_100).contains("2025-01-"), "{text}");
    assert!(
        row(&all_100).contains(&format!("100.0 {}", band_of(&q, 100.0))),
        "{text}"
    );
    assert!(
        row(&draft).contains(&format!("draft 1/{} answered", q.item_count())),
        "{text}"
    );

    let empty = Sandbox::new().run(&["list"]);
    assert!(
        stdout(&empty).contains("No assessments yet"),
        "{}",
        stdout(&empty)
    );
}

#[test]
fn show_text_has_bands_weakest_areas_advice_flags_and_notes() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Acme", "2025-01-10T09:00:00+01:00", top, false);
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let mut assessment = store.load(&id).unwrap();
    let first = q.item_at(0).unwrap().item.id.clone();
    let at = time("2025-01-10T09:05:00+01:00");
    assessment.toggle_flag(q, &first, at);
    assessment.set_note(q, &first, "Ask the sales lead".to_string(), at);
    assessment.complete(q, at);
    store.save(&assessment).unwrap();

    let output = sandbox.run(&["show", &id]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let scores = assessment.scores.clone().unwrap();
    for dimension in &scores.dimensions {
        let band = dimension.score.band.as_deref().unwrap();
        assert!(text.contains(band), "band {band} missing:\n{text}");
        for step in q.advice_for(&dimension.id, band) {
            assert!(
                text.contains(step.as_str()),
                "advice missing: {step}\n{text}"
            );
        }
    }
    let weakest = scores.weakest_dimension.as_deref().unwrap();
    let weakest_title = &q.dimension(weakest).unwrap().title;
    assert!(
        text.contains(&format!("Weakest dimension: {weakest_title}")),
        "{text}"
    );
    assert!(
        text.contains("Flagged for review") && text.contains(&format!("[{first}]")),
        "{text}"
    );
    assert!(text.contains("Ask the sales lead"), "{text}");
    assert!(
        text.contains("Sam Lee") && text.contains("Acme (food processing)"),
        "{text}"
    );
}

#[test]
fn the_data_directory_can_come_from_the_environment() {
    let sandbox = Sandbox::new();
    let id = prepare(
        &sandbox.store(),
        "Acme",
        "2025-01-10T09:00:00+01:00",
        middle,
        true,
    );
    let output = sandbox
        .bare_command()
        .env("ECOREADY_DATA_DIR", sandbox.data.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let document: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["assessments"][0]["id"], id.as_str());
}

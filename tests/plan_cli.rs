//! `ecoready plan`, run as the real binary: a plan made from one check-in's results, at
//! most five priorities, reviewed at the next check-in beside its facets' like-for-like
//! change (worked out by hand below), stored in the assessment files.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use chrono::Duration;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::questionnaire::Loaded;
use ecoready::store::Store;
use support::{Sandbox, default_questionnaire, stderr, stdout, time};

const ORG: &str = "Alder Bakery";

/// A complete check-in answering every item at `level` (1-5), `days` after the first.
fn check_in(store: &Store, loaded: &Loaded, id: &str, level: u8, days: i64) -> Assessment {
    let q = &loaded.questionnaire;
    let at = time("2026-03-02T09:00:00+01:00") + Duration::days(days);
    let setup = Setup {
        organization: Organization {
            name: ORG.into(),
            sector: "food".into(),
        },
        respondent: Respondent {
            name: "Ana".into(),
            role: "owner".into(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: Some(format!("day {days}")),
    };
    let mut a = Assessment::start(id.into(), setup, q, &loaded.digest, at);
    for r in q.items() {
        a.respond(q, &r.item.id, Response::Value(level), at);
    }
    a.complete(q, at + Duration::minutes(20));
    store.save(&a).unwrap();
    a
}

#[test]
fn a_plan_is_made_capped_at_five_and_reviewed_at_the_next_check_in() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let facets: Vec<&str> = q
        .dimensions
        .iter()
        .flat_map(|d| &d.facets)
        .map(|f| f.id.as_str())
        .collect();
    check_in(&store, &loaded, "20260302-090000-aaaa", 3, 0);

    // No plan yet: the facets to pick from, every one at level 3 = 50.
    let text = stdout(&sandbox.run(&["plan", "--org", ORG]));
    assert!(text.contains("No plan yet."), "{text}");
    let doc = sandbox.json(&["plan", "--org", ORG, "--json"]);
    assert_eq!(doc["plans"], serde_json::json!([]));
    assert_eq!(doc["candidates"].as_array().unwrap().len(), facets.len());
    assert_eq!(doc["candidates"][0]["score"], 50.0);

    // Five priorities; a sixth is refused, as is an unknown facet.
    let added = sandbox.run(&[
        "plan",
        "--org",
        ORG,
        "--add",
        facets[0],
        "--owner",
        "Ana",
        "--due",
        "2026-06-30",
        "--note",
        "meet the mill monthly",
    ]);
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
    for facet in &facets[1..5] {
        let output = sandbox.run(&["plan", "--org", ORG, "--add", facet]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let sixth = sandbox.run(&["plan", "--org", ORG, "--add", facets[5]]);
    assert_eq!(sixth.status.code(), Some(2));
    assert!(
        stderr(&sixth).contains("at most 5 priorities"),
        "{}",
        stderr(&sixth)
    );
    let unknown = sandbox.run(&["plan", "--org", ORG, "--remove", "no_such_facet"]);
    assert_eq!(unknown.status.code(), Some(2));
    let bad_date = sandbox.run(&["plan", "--org", ORG, "--add", facets[5], "--due", "30.6."]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        stderr(&bad_date).contains("YYYY-MM-DD"),
        "{}",
        stderr(&bad_date)
    );

    // Nothing to review before the next check-in.
    let early = sandbox.run(&[
        "plan", "--org", ORG, "--review", facets[0], "--status", "done",
    ]);
    assert_eq!(early.status.code(), Some(2));
    assert!(
        stderr(&early).contains("no plan to review"),
        "{}",
        stderr(&early)
    );

    // The plan is in the first check-in's file, which now says schema version 3 (2 added
    // the plan, 3 the checksum line).
    let file =
        std::fs::read_to_string(store.assessments_dir().join("20260302-090000-aaaa.yaml")).unwrap();
    assert!(file.starts_with("schema_version: 3"), "{file}");
    assert!(file.contains("meet the mill monthly"), "{file}");

    // The next check-in: every item at level 5 = 100. The first priority is done, the
    // second dropped; the others are not reviewed.
    check_in(&store, &loaded, "20260601-090000-bbbb", 5, 91);
    for (facet, status) in [(facets[0], "done"), (facets[1], "dropped")] {
        let output = sandbox.run(&[
            "plan",
            "--org",
            ORG,
            "--review",
            facet,
            "--status",
            status,
            "--note",
            "see minutes",
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let doc = sandbox.json(&["plan", "--org", ORG, "--json"]);
    let stage = &doc["plans"][0];
    assert_eq!(stage["assessment"], "20260302-090000-aaaa");
    assert_eq!(stage["reviewed_in"], "20260601-090000-bbbb");
    let first = &stage["priorities"][0];
    assert_eq!(first["owner"], "Ana");
    assert_eq!(first["due"], "2026-06-30");
    assert_eq!(first["status"], "done");
    assert_eq!(first["review_note"], "see minutes");
    // Like for like on the facet's items: level 3 = 50 before, level 5 = 100 after.
    assert_eq!(first["before"], 50.0);
    assert_eq!(first["after"], 100.0);
    assert_eq!(first["change"], 50.0);
    assert_eq!(stage["priorities"][1]["status"], "dropped");
    assert_eq!(stage["priorities"][2]["status"], serde_json::Value::Null);
    // Goal alignment's default reliability 0.67, SD 20: MDC95 = 1.96 * sqrt(2) * 20 *
    // sqrt(0.33) = 31.85, so +50 on its 3 items is a real change.
    assert_eq!(first["items"], 3);
    assert_eq!(first["verdict"], "real");
    assert_eq!(first["noise"]["source"], "questionnaire_default");
    let mdc95 = first["noise"]["mdc95"].as_f64().unwrap();
    assert!((mdc95 - 31.85).abs() < 0.01, "{mdc95}");
    let text = stdout(&sandbox.run(&["plan", "--org", ORG]));
    assert!(text.contains("50.0 → 100.0"), "{text}");
    assert!(text.contains("+50.0 ▲ on 3 items"), "{text}");
    assert!(text.contains("real (≥ 31.8)"), "{text}");
    assert!(text.contains("not reviewed"), "{text}");
    assert!(text.contains("Reviewed in 20260601-090000-bbbb."), "{text}");
}

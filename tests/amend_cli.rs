//! Correcting an assessment through the real binary: `edit` changes its setup, `reopen`
//! changes answers in the (plain) wizard, and `show` gives the amendment log.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;

use cli_support::{Sandbox, default_questionnaire, middle, prepare, stderr, stdout};
use ecoready::assessment::Response;
use ecoready::scoring;

#[test]
fn edit_changes_the_given_fields_only_and_logs_them_on_a_complete_assessment() {
    let sandbox = Sandbox::new();
    let id = prepare(
        &sandbox.store(),
        "alder bakery",
        "2026-03-01T10:00:00+01:00",
        middle,
        true,
    );
    let document = sandbox.json(&[
        "edit",
        &id[..12],
        "--org",
        "Alder Bakery",
        "--round",
        "Q3 check-in",
        "--reason",
        "typed in lower case",
        "--json",
    ]);
    assert_eq!(
        document["changed"],
        serde_json::json!(["organization", "round"])
    );
    assert_eq!(
        document["assessment"]["organization"]["name"],
        "Alder Bakery"
    );
    assert_eq!(
        document["assessment"]["respondent"]["name"], "Ana Ruiz",
        "kept"
    );
    assert_eq!(document["assessment"]["status"], "complete");

    let shown = sandbox.json(&["show", &id, "--json"]);
    let log = &shown["assessment"]["amendments"];
    assert_eq!(log["entries"].as_array().unwrap().len(), 2);
    assert_eq!(log["entries"][0]["change"], "setup");
    assert_eq!(log["entries"][0]["field"], "organization");
    assert_eq!(log["entries"][0]["old"], "alder bakery");
    assert_eq!(log["entries"][0]["reason"], "typed in lower case");
    assert_eq!(
        log["amended_at"],
        serde_json::Value::Null,
        "not completed again"
    );

    let text = stdout(&sandbox.run(&["show", &id]));
    assert!(text.contains("Changes after completion"), "{text}");
    assert!(
        text.contains(
            "Setup: organization changed from \"alder bakery\" to \"Alder Bakery\" \
             (reason: typed in lower case)"
        ),
        "{text}"
    );

    let again = stdout(&sandbox.run(&["edit", &id, "--org", "Alder Bakery"]));
    assert_eq!(again, format!("Nothing changed in assessment {id}.\n"));
}

#[test]
fn edit_refuses_a_field_past_its_limit_and_an_empty_organization() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Alder", "2026-03-01T10:00:00+01:00", middle, true);
    let before = store.load(&id).unwrap();
    let long = "r".repeat(101);
    for args in [
        vec!["edit", id.as_str(), "--round", long.as_str()],
        vec!["edit", id.as_str(), "--org", " "],
    ] {
        let output = sandbox.run(&args);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    }
    let refused = stderr(&sandbox.run(&["edit", &id, "--round", &long]));
    assert!(
        refused.contains("the round label is limited to 100 characters (this one has 101)"),
        "{refused}"
    );
    assert_eq!(store.load(&id).unwrap(), before);
}

#[test]
fn a_draft_open_in_another_window_is_not_edited() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Alder", "2026-03-01T10:00:00+01:00", middle, false);
    let _window = store.lock_draft(&id).unwrap();
    let output = sandbox.run(&["edit", &id, "--round", "Q3"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("open"), "{}", stderr(&output));
    assert_eq!(store.load(&id).unwrap().round.as_deref(), Some("baseline"));
}

#[test]
fn reopen_changes_an_answer_in_the_plain_wizard_and_completing_recomputes_the_scores() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Alder", "2026-03-01T10:00:00+01:00", middle, true);
    let first_completed = store.load(&id).unwrap().completed_at;
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let first = q.item_at(0).unwrap().item;
    let (_, max) = q.value_range(first).unwrap();

    // The first question answered with its top value, every other one kept (Enter),
    // then Enter on the review finishes.
    let input = format!("{max}\n{}\n", "\n".repeat(q.item_count() - 1));
    let output =
        sandbox.run_with_input(&["reopen", &id, "--plain", "--reason", "misheard"], &input);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let saved = store.load(&id).unwrap();
    assert_eq!(saved.status, ecoready::assessment::Status::Complete);
    assert_eq!(saved.completed_at, first_completed, "the first date stays");
    let mut responses = saved.responses();
    assert_eq!(responses[&first.id], Response::Value(max));
    // Every other answer is still the middle of its scale.
    responses.remove(&first.id);
    assert!(
        q.items()
            .skip(1)
            .all(|r| Some(responses[&r.item.id]) == middle(q, r.item))
    );
    let expected = scoring::score(q, &saved.responses()).overall.value.unwrap();

    let shown = sandbox.json(&["show", &id, "--json"]);
    let log = &shown["assessment"]["amendments"];
    let changes: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["change"].as_str().unwrap())
        .collect();
    assert_eq!(changes, ["reopened", "answer", "scores_recomputed"]);
    assert_eq!(log["entries"][0]["reason"], "misheard");
    assert_eq!(log["entries"][1]["item"], first.id.as_str());
    assert_eq!(log["entries"][1]["new"], max.to_string());
    // Every item at its middle scores 50 (see `middle`).
    cli_support::assert_close(&log["entries"][2]["overall_before"], 50.0, "before");
    cli_support::assert_close(&log["entries"][2]["overall_after"], expected, "after");
    cli_support::assert_close(
        &shown["assessment"]["scores"]["overall"]["score"],
        expected,
        "the snapshot is the recomputed one",
    );
    assert!(expected > 50.0);
    assert_ne!(log["amended_at"], serde_json::Value::Null);

    let markdown = stdout(&sandbox.run(&["export", &id, "--format", "md"]));
    assert!(
        markdown.contains("## Changes after completion"),
        "{markdown}"
    );
    assert!(markdown.contains("Completed again: scores recomputed (overall 50.0 before"));
    let html = stdout(&sandbox.run(&["export", &id, "--format", "html"]));
    assert!(html.contains("<h2>Changes after completion</h2>"), "{html}");
    assert!(
        html.contains("Reopened to change answers (reason: misheard)"),
        "{html}"
    );
}

#[test]
fn a_draft_is_not_reopened() {
    let sandbox = Sandbox::new();
    let id = prepare(
        &sandbox.store(),
        "Alder",
        "2026-03-01T10:00:00+01:00",
        middle,
        false,
    );
    let output = sandbox.run_with_input(&["reopen", &id, "--plain"], "");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("not complete"),
        "{}",
        stderr(&output)
    );
}

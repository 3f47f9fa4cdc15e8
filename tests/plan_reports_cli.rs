//! A check-in's plan on every surface that reports, run as the real binary on the report
//! fixtures (tests/report_support): the baseline made a plan of two priorities, the
//! check-in reviewed it and made its own. The changes are worked out by hand at
//! `planned_baseline`: goal alignment 66.67 -> 83.33 (+16.67 on 2 items, real: MDC95
//! 12.40), responsibility and agreed use 37.5 -> 50 (+12.5 on 2 items, no estimate).

#[path = "report_support/mod.rs"]
mod support;

use support::*;

fn close(value: &serde_json::Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|v| (v - expected).abs() < 0.005)
}

fn json(sandbox: &Sandbox, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&sandbox.stdout(args)).unwrap()
}

#[test]
fn show_prints_the_plan_reviewed_and_the_plan_made() {
    let sandbox = planned_sandbox();
    let text = sandbox.stdout(&["show", CHECK_IN_ID]);
    assert!(text.contains("Plan reviewed at this check-in"), "{text}");
    assert!(text.contains("66.7 → 83.3"), "{text}");
    assert!(text.contains("+16.7 ▲ on 2 items"), "{text}");
    assert!(text.contains("real (≥ 12.4)"), "{text}");
    assert!(text.contains("37.5 → 50.0"), "{text}");
    assert!(text.contains("+12.5 ▲ on 2 items"), "{text}");
    assert!(text.contains("in progress"), "{text}");
    // The review note's markup is shown as text, never run.
    assert!(text.contains("<b>Steward</b> named"), "{text}");
    assert!(text.contains("Plan made from this check-in"), "{text}");
    assert!(text.contains("Write the breach plan"), "{text}");
    assert!(
        text.contains("Open: reviewed at the next check-in."),
        "{text}"
    );

    // The baseline made the plan the check-in reviewed.
    let text = sandbox.stdout(&["show", BASELINE_ID]);
    assert!(!text.contains("Plan reviewed at this check-in"), "{text}");
    assert!(text.contains("Plan made from this check-in"), "{text}");
    assert!(
        text.contains(&format!("Reviewed in {CHECK_IN_ID}.")),
        "{text}"
    );

    // Without a plan: no section at all.
    let text = sandbox.stdout(&["show", DRAFT_ID]);
    assert!(
        !text.contains("Plan reviewed") && !text.contains("Plan made"),
        "{text}"
    );
}

#[test]
fn show_json_has_a_typed_plan_field_only_where_there_is_a_plan() {
    let sandbox = planned_sandbox();
    let doc = json(&sandbox, &["show", CHECK_IN_ID, "--json"]);
    let plan = &doc["assessment"]["plan"];
    let reviewed = &plan["reviewed"];
    assert_eq!(reviewed["assessment"], BASELINE_ID);
    assert_eq!(reviewed["reviewed_in"], CHECK_IN_ID);
    let goals = &reviewed["priorities"][0];
    assert_eq!(goals["facet"], "goal_alignment");
    assert_eq!(goals["status"], "done");
    assert!(close(&goals["before"], 66.667), "{goals}");
    assert!(close(&goals["after"], 83.333), "{goals}");
    assert!(close(&goals["change"], 16.667), "{goals}");
    assert_eq!(goals["items"], 2);
    assert_eq!(goals["verdict"], "real");
    assert!(close(&goals["noise"]["mdc95"], 12.396), "{goals}");
    let ownership = &reviewed["priorities"][1];
    assert_eq!(ownership["status"], "in_progress");
    assert!(close(&ownership["change"], 12.5), "{ownership}");
    assert_eq!(ownership["verdict"], "no estimate");
    assert_eq!(ownership["noise"], serde_json::Value::Null);
    let made = &plan["made"];
    assert_eq!(made["assessment"], CHECK_IN_ID);
    assert_eq!(made["reviewed_in"], serde_json::Value::Null);
    assert_eq!(made["priorities"][0]["facet"], "security");
    assert_eq!(made["priorities"][0]["due"], "2025-12-31");
    assert_eq!(made["priorities"][0]["status"], serde_json::Value::Null);

    let draft = json(&sandbox, &["show", DRAFT_ID, "--json"]);
    assert!(draft["assessment"].get("plan").is_none(), "{draft}");
}

#[test]
fn exports_carry_the_plan_in_every_format() {
    let sandbox = planned_sandbox();
    let md = sandbox.stdout(&["export", CHECK_IN_ID, "--format", "md"]);
    assert!(md.contains("## Plan reviewed at this check-in"), "{md}");
    assert!(
        md.contains("| +16.7 ▲ on 2 items | real (≥ 12.4) |"),
        "{md}"
    );
    let html = sandbox.stdout(&["export", CHECK_IN_ID, "--format", "html"]);
    assert!(
        html.contains("<h2>Plan made from this check-in</h2>"),
        "{html}"
    );
    assert!(html.contains("&lt;b&gt;Steward&lt;/b&gt;"), "{html}");
    let doc: serde_json::Value =
        serde_json::from_str(&sandbox.stdout(&["export", CHECK_IN_ID, "--format", "json"]))
            .unwrap();
    assert_eq!(
        doc["assessment"]["plan"]["reviewed"]["priorities"][0]["verdict"],
        "real"
    );

    // CSV: the wide row gains the plan's columns, named by facet.
    let csv = sandbox.stdout(&["export", CHECK_IN_ID, "--format", "csv"]);
    let mut lines = csv.split("\r\n");
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cell = |name: &str| {
        let at = header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{name}: {csv}"));
        row[at]
    };
    assert_eq!(cell("plan_reviewed_of"), BASELINE_ID);
    assert_eq!(cell("plan_reviewed.goal_alignment.status"), "done");
    assert_eq!(cell("plan_reviewed.goal_alignment.before"), "66.7");
    assert_eq!(cell("plan_reviewed.goal_alignment.change"), "16.7");
    assert_eq!(cell("plan_reviewed.goal_alignment.items"), "2");
    assert_eq!(cell("plan_reviewed.goal_alignment.verdict"), "real");
    assert_eq!(cell("plan_reviewed.goal_alignment.mdc95"), "12.4");
    assert_eq!(cell("plan_reviewed.ownership_use.verdict"), "no estimate");
    assert_eq!(cell("plan_made.security.owner"), "IT");
    assert_eq!(cell("plan_made.security.due"), "2025-12-31");

    // The organization's CSV: the baseline's row has the plan it made, the draft's none.
    let csv = sandbox.stdout(&["export", "--org", ORG, "--format", "csv"]);
    assert!(csv.contains("plan_made.ownership_use.note"), "{csv}");
    // A plan note a spreadsheet would run is neutralised.
    assert!(csv.contains("'=name a steward"), "{csv}");
}

#[test]
fn trend_shows_each_plan_beside_the_check_ins_it_spans() {
    let sandbox = planned_sandbox();
    let doc = json(&sandbox, &["trend", "--org", ORG, "--json"]);
    let plans = doc["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2, "{doc}");
    // Baseline is point 0, the check-in point 1 (the draft is another firm's).
    assert_eq!(plans[0]["made_point"], 0);
    assert_eq!(plans[0]["reviewed_point"], 1);
    assert_eq!(plans[0]["assessment"], BASELINE_ID);
    assert!(close(&plans[0]["priorities"][0]["change"], 16.667));
    assert_eq!(plans[0]["priorities"][0]["verdict"], "real");
    assert_eq!(plans[1]["made_point"], 1);
    assert_eq!(plans[1]["reviewed_point"], serde_json::Value::Null);

    let text = sandbox.stdout(&["trend", "--org", ORG]);
    assert!(text.contains("Improvement plans"), "{text}");
    assert!(
        text.contains(
            "Plan made at the check-in of 2025-01-10 (round \"baseline\"), reviewed at the \
             check-in\n  of 2025-07-01 (round \"Q3 check-in\")"
        ),
        "{text}"
    );
    assert!(text.contains("+16.7 ▲ on 2 items"), "{text}");
    assert!(
        text.contains("open: reviewed at the\n  next check-in"),
        "{text}"
    );

    let md = sandbox.stdout(&["export", "--org", ORG, "--format", "md"]);
    assert!(md.contains("## Improvement plans"), "{md}");
    assert!(
        md.contains("| done | 66.7 → 83.3 | +16.7 ▲ on 2 items | real (≥ 12.4) |"),
        "{md}"
    );
}

#[test]
fn without_any_plan_trend_and_exports_are_as_before() {
    let sandbox = Sandbox::with_fixtures();
    let doc = json(&sandbox, &["trend", "--org", ORG, "--json"]);
    assert!(doc.get("plans").is_none(), "{doc}");
    let text = sandbox.stdout(&["trend", "--org", ORG]);
    assert!(!text.contains("Improvement plans"), "{text}");
    let csv = sandbox.stdout(&["export", "--org", ORG, "--format", "csv"]);
    assert!(!csv.contains("plan_"), "{csv}");
}

#[test]
fn show_text_of_the_plan_fits_a_terminal_with_the_note_wrapped() {
    let sandbox = planned_sandbox();
    let text = sandbox.stdout(&["show", CHECK_IN_ID]);
    let start = text.find("Plan reviewed at this check-in").unwrap();
    let section = &text[start..];
    let section = &section[..section.find("\n\n").unwrap_or(section.len())];
    // Every line of the section, the table and the wrapped note, fits a terminal.
    for line in section.lines() {
        assert!(line.chars().count() <= 90, "{line:?}\n{section}");
    }
    assert!(
        section.contains(
            "  - Goals you share with partners (Ana Ruiz, due 2025-06-30): done\n    \
             Facet 66.7 → 83.3, +16.7 ▲ on 2 items, real (≥ 12.4)\n    Review: Agreed in March\n"
        ),
        "{section}"
    );
}

#[test]
fn trend_text_of_the_plans_fits_a_terminal() {
    let sandbox = planned_sandbox();
    let text = sandbox.stdout(&["trend", "--org", ORG]);
    let start = text.find("Improvement plans").unwrap();
    let section = &text[start..];
    let section = &section[..section.find("\n\n").unwrap_or(section.len())];
    for line in section.lines() {
        assert!(line.chars().count() <= 120, "{line:?}\n{section}");
    }
    assert!(
        section.contains(
            "  - Goals you share with partners (Ana Ruiz, due 2025-06-30): done\n    \
             Facet 66.7 → 83.3, +16.7 ▲ on 2 items, real (≥ 12.4)\n"
        ),
        "{section}"
    );
    // The open plan: not reviewed, no change yet.
    assert!(
        section.contains("  - Security and breach response (IT, due 2025-12-31): not reviewed\n"),
        "{section}"
    );
    let after = section
        .split("  - Security and breach response (IT, due 2025-12-31): not reviewed\n")
        .nth(1)
        .unwrap_or_default();
    assert!(!after.starts_with("    Facet"), "{section}");
}

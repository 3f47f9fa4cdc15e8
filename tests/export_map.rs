//! Reports include the organization's ecosystem map when it has one.

mod ecomap_support;
mod support;

use std::process::Command;

use ecomap_support::bakery;
use support::fixtures::{answered, full, store};

fn export(data: &std::path::Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .arg("--data-dir")
        .arg(data)
        .arg("export")
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn an_assessment_report_carries_the_map_of_its_organization() {
    let (_dir, store) = store();
    let q = full();
    let map = bakery();
    let assessment = answered("20260314-090000-aaaa", &map.organization, true, &q);
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let data = store.root().to_path_buf();

    let without = export(&data, &["20260314", "--format", "md"]);
    assert!(!without.contains("Ecosystem map"), "{without}");

    store.save_map(&map).unwrap();
    let markdown = export(&data, &["20260314", "--format", "md"]);
    assert!(markdown.contains("## Ecosystem map"), "{markdown}");
    let first_partner = &map.partners[0].name;
    assert!(markdown.contains(first_partner.as_str()), "{markdown}");

    let json: serde_json::Value =
        serde_json::from_str(&export(&data, &["20260314", "--format", "json"])).unwrap();
    assert_eq!(
        json["ecosystem_map"]["organization"],
        map.organization.as_str()
    );

    let html = export(&data, &["20260314", "--format", "html"]);
    assert!(html.contains("<svg") && html.contains(first_partner.as_str()));
}

/// The bakery's assessment completed on 2026-09-15, with map versions saved on
/// 2026-03-01, 2026-06-01 (the one standing on 2026-09-15) and 2026-12-02 (after it).
fn assessment_between_map_versions() -> (tempfile::TempDir, ecoready::store::Store) {
    let (dir, store) = store();
    let q = full();
    let mut assessment = answered("20260914-090000-aaaa", "Alder Bakery", false, &q);
    assessment.complete(&q.questionnaire, ecomap_support::at(9, 15, 10));
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let mut march = bakery();
    march.saved_at = ecomap_support::at(3, 1, 9);
    march.partners.retain(|p| p.name != "PayNow");
    let mut june = bakery();
    june.saved_at = ecomap_support::at(6, 1, 9);
    let mut december = bakery();
    december.saved_at = ecomap_support::at(12, 2, 9);
    december.partners.retain(|p| p.name != "Town Council");
    ecomap_support::save_in_line(&store, &[march, june, december]);
    (dir, store)
}

#[test]
fn a_report_shows_the_map_that_stood_when_the_assessment_was_completed() {
    let (_dir, store) = assessment_between_map_versions();
    let data = store.root().to_path_buf();
    let markdown = export(&data, &["20260914", "--format", "md"]);
    assert!(markdown.contains("map saved 2026-06-01"), "{markdown}");
    // Changes are counted from the version before it, not from one after the assessment.
    assert!(
        markdown.contains("### Changes since 2026-03-01"),
        "{markdown}"
    );
    assert!(markdown.contains("- Added: PayNow"), "{markdown}");
    assert!(!markdown.contains("2026-12-02"), "{markdown}");

    let json: serde_json::Value =
        serde_json::from_str(&export(&data, &["20260914", "--format", "json"])).unwrap();
    let map = &json["ecosystem_map"];
    assert_eq!(map["saved_at"], "2026-06-01T09:00:00+01:00");
    assert_eq!(
        map["insights"]["changes"]["since"],
        "2026-03-01T09:00:00+01:00"
    );
    // The June map still has the Town Council that December's dropped.
    let names: Vec<&str> = map["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Town Council"), "{names:?}");
}

#[test]
fn a_report_of_an_assessment_before_the_first_map_says_there_was_none() {
    let (_dir, store) = store();
    let q = full();
    let mut assessment = answered("20260914-090000-aaaa", "Alder Bakery", false, &q);
    assessment.complete(&q.questionnaire, ecomap_support::at(9, 15, 10));
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let mut december = bakery();
    december.saved_at = ecomap_support::at(12, 2, 9);
    store.save_map(&december).unwrap();
    let data = store.root().to_path_buf();

    let markdown = export(&data, &["20260914", "--format", "md"]);
    assert!(
        markdown.contains(
            "No ecosystem map had been saved by 2026-09-15, the date of this assessment; the \
             first one was saved on 2026-12-02."
        ),
        "{markdown}"
    );
    assert!(!markdown.contains("Harbour Logistics"), "{markdown}");
    let html = export(&data, &["20260914", "--format", "html"]);
    assert!(html.contains("No ecosystem map had been saved by 2026-09-15"));
    assert!(
        !html.contains("Harbour Logistics"),
        "no drawing of a later map"
    );
    let json: serde_json::Value =
        serde_json::from_str(&export(&data, &["20260914", "--format", "json"])).unwrap();
    assert!(json["ecosystem_map"].is_null(), "{json}");
    assert!(json.as_object().unwrap().contains_key("ecosystem_map"));
}

fn show(data: &std::path::Path, id: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .arg("--data-dir")
        .arg(data)
        .args(["show", id])
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn show_names_the_map_that_stood_when_the_assessment_was_completed() {
    let (_dir, between) = assessment_between_map_versions();
    let shown = show(between.root(), "20260914");
    assert!(
        shown.contains("\nEcosystem map of 2026-06-01 (the version that stood on 2026-09-15)\n"),
        "{shown}"
    );
    // Its changes count from March; December's version is not the one shown.
    assert!(shown.contains("Since the map of 2026-03-01"), "{shown}");
    assert!(!shown.contains("2026-12-02"), "{shown}");

    let (_dir, store) = store();
    let q = full();
    let mut assessment = answered("20260914-090000-aaaa", "Alder Bakery", false, &q);
    assessment.complete(&q.questionnaire, ecomap_support::at(9, 15, 10));
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    store.save(&assessment).unwrap();
    let mut december = bakery();
    december.saved_at = ecomap_support::at(12, 2, 9);
    store.save_map(&december).unwrap();
    let shown = show(store.root(), "20260914");
    assert!(
        shown.contains("No ecosystem map had been saved by 2026-09-15"),
        "{shown}"
    );
}

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

//! The map in reports (Markdown, HTML with SVG, JSON) and on the command line.

mod ecomap_support;

use std::process::Command;

use ecomap_support::{at, bakery, bakery_a_year_earlier, map_of, partner, save_in_line};
use ecoready::documents::MapDocument;
use ecoready::ecomap::{Layer, insights, latest_insights};
use ecoready::report::{html, markdown};
use ecoready::store::Store;
use serde_json::Value;

/// A map whose partner texts try to break out of tables and markup.
fn hostile() -> ecoready::ecomap::EcosystemMap {
    let mut evil = partner("evil", "<b>bold</b>", Layer::Extended, 3, &[]);
    evil.name = "<script>alert(1)</script> | *x* \u{1b}[31m".into();
    evil.we_bring = "a \"quote\" & 'apostrophe'".into();
    map_of("Alder & <Co>", at(3, 14, 9), vec![evil])
}

#[test]
fn markdown_lists_every_layer_and_escapes_user_text() {
    let map = bakery();
    let md = markdown::map_section(&map, &insights(&map, Some(&bakery_a_year_earlier())));
    assert!(
        md.starts_with(
            "## Ecosystem map\n\nAlder Bakery at the centre; 10 partners; map saved 2026-03-14.\n"
        ),
        "{md}"
    );
    assert!(md.contains("### Immediate network (4)"), "{md}");
    assert!(md.contains("### Extended network (3)"), "{md}");
    assert!(md.contains("### Enabling environment (3)"), "{md}");
    assert!(md.contains(
        "| Harbour Logistics | logistics | supplier | tangible, relational | cold transport twice a week | steady volumes | ●●●●○ 4 |"
    ), "{md}");
    assert!(
        md.contains("### Changes since 2025-03-14\n\n- Added: Town Café Group, PayNow\n"),
        "{md}"
    );
    assert!(
        md.contains("- Moved layer: Food Innovation Lab (Enabling → Extended)\n"),
        "{md}"
    );

    let map = hostile();
    let md = markdown::map_section(&map, &insights(&map, None));
    assert!(!md.contains("<script>") && !md.contains("<b>"), "{md}");
    assert!(!md.contains('\u{1b}'), "{md}");
    // Escaped like every other Markdown in the reports: backslashes, never `&lt;`/`&amp;`.
    assert!(
        md.contains("\\<script\\>alert(1)\\</script\\> \\| \\*x\\*"),
        "{md}"
    );
    assert!(md.contains("a \"quote\" & 'apostrophe'"), "{md}");
    assert!(!md.contains("&amp;") && !md.contains("&lt;"), "{md}");
    // One row in the Extended table: seven cells, no extra ones from the `|` in the name.
    let row = md.lines().find(|l| l.contains("alert")).unwrap();
    assert_eq!(row.matches(" | ").count(), 6, "{row}");
}

#[test]
fn html_draws_the_rings_in_svg_and_escapes_user_text() {
    let map = bakery();
    let html = html::map_section(&map, &insights(&map, None));
    assert!(html.starts_with("<section class=\"ecosystem-map\">"));
    assert!(html.trim_end().ends_with("</section>"));
    assert_eq!(html.matches("<svg ").count(), 1);
    // Three rings, the firm at the centre and one dot per partner: 3 + 1 + 10 circles.
    assert_eq!(html.matches("<circle ").count(), 14);
    assert!(html.contains(">Immediate network (4)</text>"), "{html}");
    assert!(html.contains("Miller &amp; Sons Flour"), "{html}");
    assert!(!html.contains("Miller & Sons"), "{html}");
    assert_eq!(html.matches("<table>").count(), 3);

    let map = hostile();
    let html = html::map_section(&map, &insights(&map, None));
    assert!(
        !html.contains("<script>") && !html.contains("<b>"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("Alder &amp; &lt;Co&gt;"), "{html}");
    assert!(
        html.contains("a &quot;quote&quot; &amp; &#39;apostrophe&#39;"),
        "{html}"
    );
    assert!(!html.contains('\u{1b}'));
    // Only the empty layers say so; the one partner is in the extended network.
    assert_eq!(html.matches("No partners in this layer yet.").count(), 2);
}

#[test]
fn json_document_holds_the_map_and_its_figures() {
    let map = bakery();
    let doc = MapDocument::new(&map, &insights(&map, Some(&bakery_a_year_earlier())));
    let json: Value = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["organization"], "Alder Bakery");
    assert_eq!(json["saved_at"], "2026-03-14T09:00:00+01:00");
    assert_eq!(json["partners"].as_array().unwrap().len(), 10);
    assert_eq!(json["partners"][0]["layer"], "immediate");
    assert_eq!(json["partners"][0]["brings"][1], "relational");
    let found = &json["insights"];
    assert_eq!(found["partners"], 10);
    // 1 - 0.18 (see the insights tests); compared with a tolerance for the float.
    assert!((found["diversity"]["gini_simpson"].as_f64().unwrap() - 0.82).abs() < 1e-9);
    assert_eq!(found["layers"][2]["status"], "filled");
    assert_eq!(found["missing_resources"], Value::Array(vec![]));
    assert_eq!(found["concentration"]["total_tie_strength"], 28);
    assert_eq!(found["changes"]["since"], "2025-03-14T09:00:00+01:00");
    assert_eq!(found["changes"]["moved"][0]["to"], "extended");
}

fn run(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .env_remove("ECOREADY_DATA_DIR")
        .env("HOME", home.path())
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("NO_COLOR", "1")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn map_command_prints_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    save_in_line(&store, &[bakery_a_year_earlier(), bakery()]);

    let output = run(dir.path(), &["map", "--org", "alder bakery"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with(
            "Ecosystem map of Alder Bakery\nsaved 2026-03-14 09:00 · 2 versions · 10 partners\n"
        ),
        "{text}"
    );
    assert!(text.contains("\nImmediate network (4)\n  ●●●●● Miller & Sons Flour (food) · supplier · brings tangible\n"), "{text}");
    assert!(
        text.contains("        they bring: organic flour; we bring: a long-term contract\n"),
        "{text}"
    );
    assert!(
        text.contains("Changes since 2025-03-14\n  Added: Town Café Group, PayNow\n"),
        "{text}"
    );

    let output = run(dir.path(), &["map", "--org", "Alder Bakery", "--json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let history = store.map_history("Alder Bakery").unwrap();
    let (latest, expected) = latest_insights(&history).unwrap();
    assert_eq!(
        json,
        serde_json::to_value(MapDocument::new(latest, &expected)).unwrap()
    );
    assert_eq!(json["insights"]["changes"]["added"][1], "PayNow");

    let output = run(dir.path(), &["map", "--org", "Birch Logistics"]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(
        err.contains("no ecosystem map of \"Birch Logistics\" yet"),
        "{err}"
    );
}

#[test]
fn reports_take_the_map_section_in_the_right_place() {
    use ecoready::report::json;
    let map = bakery();
    let found = insights(&map, None);

    let md = markdown::add_map("# Report\n\nScores.\n\n\n", &map, &found);
    assert!(
        md.starts_with("# Report\n\nScores.\n\n## Ecosystem map\n"),
        "{md}"
    );

    let page = "<html><body>\n<h1>Report</h1>\n<footer>made by ecoready</footer>\n</body></html>\n";
    let html = html::add_map(page, &map, &found);
    let section = html.find("<section class=\"ecosystem-map\">").unwrap();
    assert!(html.find("<h1>Report</h1>").unwrap() < section);
    assert!(section < html.find("<footer>").unwrap());
    assert!(html.ends_with("</footer>\n</body></html>\n"), "{html}");
    let bare = html::add_map("<body><p>x</p></body>", &map, &found);
    assert!(bare.ends_with("</section>\n</body>"), "{bare}");

    // The report's own fields keep their text and order; the map comes last.
    let report = "{\n  \"schema_version\": 1,\n  \"zeta\": {\n    \"nested\": {}\n  },\n  \"alpha\": [1, 2]\n}\n";
    let joined = json::add_map(report, &map, &found).unwrap();
    assert!(
        joined.starts_with("{\n  \"schema_version\": 1,\n  \"zeta\": {\n    \"nested\": {}\n  },\n  \"alpha\": [1, 2],\n  \"ecosystem_map\": {\n    \"schema_version\": 1,\n"),
        "{joined}"
    );
    let value: Value = serde_json::from_str(&joined).unwrap();
    assert_eq!(
        value["ecosystem_map"],
        serde_json::to_value(MapDocument::new(&map, &found)).unwrap()
    );
    assert_eq!(value["zeta"]["nested"], serde_json::json!({}));
    let empty: Value = serde_json::from_str(&json::add_map("{}", &map, &found).unwrap()).unwrap();
    assert_eq!(empty["ecosystem_map"]["organization"], "Alder Bakery");
    assert!(json::add_map("[1, 2]", &map, &found).is_err());
}

/// The `<svg>` element of the map's HTML section.
fn map_svg(map: &ecoready::ecomap::EcosystemMap) -> String {
    let html = html::map_section(map, &insights(map, None));
    let start = html.find("<svg").unwrap();
    let end = html.find("</svg>").unwrap() + "</svg>".len();
    html[start..end].to_string()
}

#[test]
fn the_map_drawing_prints_at_least_8_pt_at_a4_width() {
    let svg = map_svg(&bakery());
    // viewBox width 980 printed across A4 less 15 mm margins (180 mm).
    assert!(svg.contains("viewBox=\"0 0 980 760\""), "{svg}");
    let mm_per_unit = 180.0 / 980.0;
    let eight_pt_mm = 8.0 * 25.4 / 72.0;
    let sizes: Vec<f64> = svg
        .split("font-size=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
        .collect();
    assert!(!sizes.is_empty());
    for size in sizes {
        assert!(
            size * mm_per_unit >= eight_pt_mm,
            "font-size {size} prints at {:.2} mm, under 8 pt",
            size * mm_per_unit
        );
    }
}

#[test]
fn long_partner_names_wrap_and_the_longest_are_given_in_full_below_the_drawing() {
    let mut map = bakery();
    map.partners[0].name = "Harbour Logistics Group".into();
    map.partners[1].name = "Northern Regional Agricultural Cooperative Society Ltd".into();
    let svg = map_svg(&map);
    // 23 characters: two lines, nothing cut (the old drawing cut names at 16).
    assert!(
        svg.contains(">Harbour</tspan>") && svg.contains(">Logistics Group</tspan>"),
        "{svg}"
    );
    // Too long for two lines: shortened with a number, and given in full in the legend.
    assert!(svg.contains(">Regional… (1)</tspan>"), "{svg}");
    let html = html::map_section(&map, &insights(&map, None));
    assert!(
        html.contains(
            "<figcaption>Shortened on the drawing: (1) Northern Regional Agricultural \
             Cooperative Society Ltd.</figcaption>"
        ),
        "{html}"
    );
    // A map whose names all fit needs no legend.
    assert!(!html::map_section(&bakery(), &insights(&bakery(), None)).contains("Shortened"));
}

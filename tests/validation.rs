//! Every validation rule against a fixture that breaks it: the message must name the file,
//! the exact line, the field and the offending value.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use ecoready::questionnaire::{BUILTIN, LoadError, Scale, parse};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/questionnaires")
}

fn fixture(name: &str) -> String {
    let path = fixtures_dir().join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What one broken fixture must produce.
struct Expected {
    file: &'static str,
    /// How many problems the file has in all (most break exactly one rule once).
    problems: usize,
    /// The line, field and words of the problem the fixture is about.
    line: usize,
    field: &'static str,
    mentions: &'static [&'static str],
}

const fn expect(
    file: &'static str,
    problems: usize,
    line: usize,
    field: &'static str,
    mentions: &'static [&'static str],
) -> Expected {
    Expected {
        file,
        problems,
        line,
        field,
        mentions,
    }
}

const ITEM_1_0: &str = "dimensions[0].facets[0].items[1]";

/// One entry per broken fixture; the lines were read off the files by hand.
#[rustfmt::skip]
const EXPECTED: &[Expected] = &[
    // Rule 1: ids unique across dimensions, facets and items.
    expect("duplicate-item-id.yaml", 1, 55, "dimensions[1].facets[0].items[0].id", &["`sv_goal_1`", "dimensions[0].facets[0].items[0] (line 35)"]),
    expect("facet-id-same-as-dimension.yaml", 1, 51, "dimensions[1].facets[0].id", &["`shared_vision`", "dimension at dimensions[0] (line 27)"]),
    // Rule 2: items refer to defined scales.
    expect("missing-scale.yaml", 1, 42, "dimensions[0].facets[0].items[1].scale", &["`sv_goal_2`", "`agree5`", "defined: agree7, maturity3"]),
    // Rule 3: nothing empty.
    expect("no-dimensions.yaml", 3, 26, "dimensions", &["no dimensions"]),
    expect("empty-dimension.yaml", 1, 50, "dimensions[1].facets", &["`data_governance`", "no facets"]),
    expect("empty-facet.yaml", 1, 54, "dimensions[1].facets[0].items", &["`ownership`", "no items"]),
    // Rule 4: bands cover 0-100 exactly once.
    expect("no-bands.yaml", 4, 22, "bands", &["no bands", "0 to 100"]),
    expect("band-gap.yaml", 1, 24, "bands[1].min", &["gap", "`Low` (ends at 40)", "`Middle` (starts at 45)"]),
    expect("band-overlap.yaml", 1, 24, "bands[1].min", &["`Middle` starts at 35", "`Low` ends at 40", "in both"]),
    expect("band-not-from-0.yaml", 1, 23, "bands[0].min", &["`Low` starts at 5", "start at 0"]),
    expect("band-not-to-100.yaml", 1, 25, "bands[2].max", &["`High` ends at 90", "end at 100"]),
    expect("band-empty-range.yaml", 2, 24, "bands[1].max", &["`Middle` runs from 40 to 40"]),
    expect("duplicate-band-name.yaml", 1, 25, "bands[2].name", &["`Middle`", "bands 2 and 3"]),
    // Rule 5: weights are finite and > 0.
    expect("zero-weight.yaml", 1, 30, "dimensions[0].weight", &["`shared_vision`", "weight 0", "greater than 0"]),
    expect("negative-facet-weight.yaml", 1, 53, "dimensions[1].facets[0].weight", &["`ownership`", "weight -1.5"]),
    expect("nan-weight.yaml", 1, 49, "dimensions[1].weight", &["`data_governance`", "weight NaN"]),
    // Rule 6: anchors exactly for anchored items, one per level.
    expect("anchored-missing-level.yaml", 1, 60, "dimensions[1].facets[0].items[0].anchors", &["`dg_owner_1`", "2 anchors", "`maturity3` has 3 levels"]),
    expect("anchored-empty-anchor.yaml", 1, 62, "dimensions[1].facets[0].items[0].anchors[1]", &["level 2", "`dg_owner_1`", "empty"]),
    expect("agreement-with-anchors.yaml", 1, 44, "dimensions[0].facets[0].items[1].anchors", &["`sv_goal_2`", "agreement scale `agree7`", "never be shown"]),
    expect("anchored-reverse.yaml", 1, 58, "dimensions[1].facets[0].items[0].reverse", &["`dg_owner_1`", "anchored", "`reverse`"]),
    // Rule 7: scale definitions fit the answer keys 1-9.
    expect("scale-one-option.yaml", 1, 11, "scales.agree7.options", &["`agree7` has 1 option;", "at least 2"]),
    expect("scale-too-many-options.yaml", 1, 11, "scales.agree7.options", &["`agree7` has 10 options", "at most 9"]),
    expect("scale-duplicate-value.yaml", 1, 15, "scales.agree7.options[3].value", &["option 4", "value 3", "option 3"]),
    expect("scale-empty-label.yaml", 1, 17, "scales.agree7.options[5].label", &["option 6 (value 6)", "`agree7`", "empty"]),
    expect("scale-too-many-levels.yaml", 2, 21, "scales.maturity3.levels", &["`maturity3` has 10 levels", "between 2 and 9"]),
    expect("scale-one-level.yaml", 2, 21, "scales.maturity3.levels", &["`maturity3` has 1 level;"]),
    // Rule 8: required text.
    expect("blank-item-text.yaml", 1, 41, "dimensions[0].facets[0].items[1].text", &["text of item `sv_goal_2`", "empty"]),
    expect("blank-version.yaml", 1, 3, "version", &["`version`", "empty"]),
    expect("blank-facet-title.yaml", 1, 52, "dimensions[1].facets[0].title", &["title of facet `ownership`", "empty"]),
    expect("facet-advice-blank.yaml", 1, 53, "dimensions[1].facets[0].advice", &["advice of facet `ownership`", "empty"]),
    // Rule 9: ids are safe in file names and JSON keys.
    expect("bad-id.yaml", 1, 40, "dimensions[0].facets[0].items[1].id", &["`SV goal 2`", "lowercase letters, digits"]),
    expect("bad-questionnaire-id.yaml", 1, 2, "id", &["questionnaire id `../fixture`"]),
    // Rule 10: advice refers to what exists and says something.
    expect("advice-unknown-dimension.yaml", 1, 69, "advice.data_governance2", &["`data_governance2`", "does not exist", "shared_vision, data_governance"]),
    expect("advice-unknown-band.yaml", 1, 68, "advice.shared_vision.Medium", &["`Medium`", "Low, Middle, High"]),
    expect("advice-empty-list.yaml", 1, 68, "advice.shared_vision.Middle", &["`shared_vision`", "`Middle`", "empty list"]),
    expect("advice-empty-step.yaml", 1, 72, "advice.data_governance.Low[1]", &["step 2", "`data_governance`", "`Low`", "empty"]),
    // Rule 11: a default reliability is a coefficient in (0, 1), an sd on 0-100 and a source.
    expect("reliability-value-out-of-range.yaml", 1, 56, "dimensions[1].facets[0].reliability.value", &["facet `ownership`", "is 1.2", "between 0 and 1"]),
    expect("reliability-sd-zero.yaml", 1, 57, "dimensions[1].facets[0].reliability.sd", &["facet `ownership`", "sd 0", "at most 100"]),
    expect("reliability-source-empty.yaml", 1, 58, "dimensions[1].facets[0].reliability.source", &["reliability source of facet `ownership`", "empty"]),
    expect("reliability-source-too-long.yaml", 1, 58, "dimensions[1].facets[0].reliability.source", &["facet `ownership`", "320 characters", "at most 300"]),
    // Caught while parsing, before the rules run.
    expect("unknown-field.yaml", 1, 45, ITEM_1_0, &["unknown field `hint`"]),
    expect("missing-field.yaml", 1, 40, ITEM_1_0, &["missing field `probe`"]),
    expect("duplicate-key.yaml", 1, 48, "", &["duplicate key `title`"]),
];

fn problems(file: &str) -> Vec<String> {
    match parse(&fixture(file)) {
        Ok(_) => panic!("{file} should not parse"),
        Err(error) => error.describe(file),
    }
}

#[test]
fn each_broken_fixture_names_its_line_field_and_value() {
    let mut failures = Vec::new();
    for expected in EXPECTED {
        let described = problems(expected.file);
        let prefix = match expected.field {
            "" => format!("{}:{}: ", expected.file, expected.line),
            field => format!("{}:{}: {field}: ", expected.file, expected.line),
        };
        let found = described.iter().any(|line| {
            line.starts_with(&prefix) && expected.mentions.iter().all(|m| line.contains(m))
        });
        if !found || described.len() != expected.problems {
            failures.push(format!(
                "{}: wanted {} problem(s), one starting `{prefix}` and mentioning {:?}; got:\n  {}",
                expected.file,
                expected.problems,
                expected.mentions,
                described.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_in_the_folder_is_checked() {
    let on_disk: BTreeSet<String> = fs::read_dir(fixtures_dir())
        .expect("fixtures folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name != "valid-minimal.yaml")
        .collect();
    let listed: BTreeSet<String> = EXPECTED.iter().map(|e| e.file.to_string()).collect();
    assert_eq!(on_disk, listed);
    assert_eq!(listed.len(), EXPECTED.len(), "a fixture is listed twice");
}

#[test]
fn the_valid_fixture_parses_with_everything_in_place() {
    let q = parse(&fixture("valid-minimal.yaml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(q.id, "fixture-minimal");
    assert_eq!(q.item_count(), 3);
    assert_eq!(q.bands.len(), 3);
    assert_eq!(q.dimensions[1].facets[0].weight, 1.5);
    // A facet without a weight counts once.
    assert_eq!(q.dimensions[0].facets[0].weight, 1.0);
    assert!(q.dimensions[0].facets[0].items[1].reverse);
    assert_eq!(q.scales["maturity3"], Scale::Anchored { levels: 3 });
    assert_eq!(q.advice_for("shared_vision", "Middle").len(), 1);
}

#[test]
fn every_problem_is_reported_in_document_order() {
    // Five unrelated breaks in one file, made here out of order on purpose; the advice map is
    // read in key order (data_governance before shared_vision), the file has it the other way.
    let text = fixture("valid-minimal.yaml")
        .replace("    Middle: [Write", "    Medium: [Write")
        .replace("    weight: 2\n", "    weight: 0\n")
        .replace("name: Middle, min: 40,", "name: Middle, min: 45,")
        .replace("          - id: sv_goal_2\n", "          - id: sv_goal_1\n")
        .replace(
            "    Low:\n      - Name one",
            "    Lowest:\n      - Name one",
        );
    let Err(LoadError::Invalid(errors)) = parse(&text) else {
        panic!("five broken rules should give validation errors");
    };
    let found: Vec<(Option<usize>, &str)> =
        errors.iter().map(|e| (e.line, e.field.as_str())).collect();
    assert_eq!(
        found,
        vec![
            (Some(25), "bands[1].min"),
            (Some(31), "dimensions[0].weight"),
            (Some(41), "dimensions[0].facets[0].items[1].id"),
            (Some(69), "advice.shared_vision.Medium"),
            (Some(71), "advice.data_governance.Lowest"),
        ]
    );
}

#[test]
fn every_builtin_questionnaire_is_valid() {
    for builtin in BUILTIN {
        if let Err(e) = parse(builtin.text) {
            panic!("{}", e.describe(builtin.file).join("\n"));
        }
    }
}

#[test]
fn builtin_ids_are_unique() {
    let ids: Vec<String> = BUILTIN
        .iter()
        .filter_map(|b| parse(b.text).ok())
        .map(|q| q.id)
        .collect();
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), BUILTIN.len(), "every built-in parses");
    assert_eq!(unique.len(), ids.len(), "built-in ids repeat: {ids:?}");
}

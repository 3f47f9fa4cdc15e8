//! The built-in instrument 2.0's own rules, beyond what any questionnaire must satisfy:
//! every item is a question with five described levels of observable practice, level 1
//! fits a firm without partners, each step up adds one condition, every facet rests on
//! enough items, the documentation's seed table names only items that exist, and its
//! worked examples score as written.

// This file uses two of the command-line helpers only.
#[allow(dead_code)]
mod cli_support;

use std::collections::BTreeMap;

use cli_support::{Sandbox, stdout};
use ecoready::assessment::Response;
use ecoready::questionnaire::{BUILTIN, Questionnaire, Scale, parse, retired};
use ecoready::scoring::{self, Scores};

const FULL_FILE: &str = "ecosystem-readiness.yaml";
const QUICK_FILE: &str = "quick-check.yaml";
const DOCS: &str = include_str!("../docs/instrument.md");

/// Level descriptions whose " and " was reviewed and joins no two conditions (for example
/// "research and development" as one thing): `(item id, level)`. Empty: 2.0 has none.
const AND_REVIEWED: &[(&str, usize)] = &[];

/// Collects every broken rule, so one failing run names all offending items at once.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn check(&mut self, ok: bool, problem: impl FnOnce() -> String) {
        if !ok {
            self.0.push(problem());
        }
    }

    fn assert_none(self) {
        assert!(self.0.is_empty(), "\n{}", self.0.join("\n"));
    }
}

fn load(file: &str) -> Questionnaire {
    let builtin = BUILTIN.iter().find(|b| b.file == file);
    let text = builtin
        .unwrap_or_else(|| panic!("{file} is not built in"))
        .text;
    parse(text).unwrap_or_else(|e| panic!("{}", e.describe(file).join("\n")))
}

fn full() -> Questionnaire {
    load(FULL_FILE)
}

fn quick() -> Questionnaire {
    load(QUICK_FILE)
}

fn both() -> [(&'static str, Questionnaire); 2] {
    [(FULL_FILE, full()), (QUICK_FILE, quick())]
}

/// Every item of `q` answered `level`.
fn everywhere(q: &Questionnaire, level: u8) -> BTreeMap<String, Response> {
    q.items()
        .map(|r| (r.item.id.clone(), Response::Value(level)))
        .collect()
}

#[test]
fn both_are_version_2_and_the_default_is_the_full_instrument() {
    let full = full();
    assert_eq!(
        (full.id.as_str(), full.version.as_str()),
        ("ecosystem-readiness", "2.1.0")
    );
    let quick = quick();
    assert_eq!(
        (quick.id.as_str(), quick.version.as_str()),
        ("quick-check", "2.1.0")
    );
    // At most about 60 items for the full instrument; the quick check 15.
    assert!(
        (50..=60).contains(&full.item_count()),
        "{}",
        full.item_count()
    );
    assert_eq!(quick.item_count(), 15);
    assert_eq!(
        BUILTIN[0].file, FULL_FILE,
        "the first built-in is the default"
    );
}

#[test]
fn no_item_id_of_1_0_0_is_reused_with_another_meaning() {
    // Answers are matched by item id across versions. Every 2.0 item is asked on
    // described levels that no 1.0.0 answer means, so a shared id would compare answers
    // that say different things.
    for (file, q) in both() {
        let old = retired(&q.id, "1.0.0").unwrap().questionnaire;
        let reused: Vec<&str> = q
            .items()
            .filter(|r| old.find_item(&r.item.id).is_some())
            .map(|r| r.item.id.as_str())
            .collect();
        assert!(reused.is_empty(), "{file}: {reused:?}");
    }
}

#[test]
fn ecoready_validate_passes_both_and_the_retired_versions() {
    let sandbox = Sandbox::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let files = [
        "questionnaires/ecosystem-readiness.yaml",
        "questionnaires/quick-check.yaml",
        "questionnaires/retired/ecosystem-readiness-1.0.0.yaml",
        "questionnaires/retired/quick-check-1.0.0.yaml",
    ]
    .map(|f| format!("{root}/{f}"));
    let args: Vec<&str> = std::iter::once("validate")
        .chain(files.iter().map(String::as_str))
        .collect();
    let output = sandbox.run(&args);
    assert!(output.status.success(), "{output:?}");
    let out = stdout(&output);
    for (file, items) in files.iter().zip([55, 15, 50, 15]) {
        assert!(
            out.contains(&format!("{file}: ok ({items} items)")),
            "{out}"
        );
    }
}

#[test]
fn every_item_is_a_question_with_five_described_levels() {
    let mut problems = Problems::default();
    for (file, q) in both() {
        for r in q.items() {
            let id = &r.item.id;
            let five_levels = matches!(
                q.scales.get(&r.item.scale),
                Some(Scale::Anchored { levels: 5 })
            );
            problems.check(five_levels, || {
                format!("{file}: {id} is not on five levels")
            });
            let described =
                r.item.anchors.len() == 5 && r.item.anchors.iter().all(|a| !a.trim().is_empty());
            problems.check(described, || {
                format!(
                    "{file}: {id} has {} level descriptions",
                    r.item.anchors.len()
                )
            });
            let distinct: std::collections::BTreeSet<&String> = r.item.anchors.iter().collect();
            problems.check(distinct.len() == r.item.anchors.len(), || {
                format!("{file}: {id} describes two levels alike")
            });
            problems.check(!r.item.reverse, || format!("{file}: {id} is reversed"));
            problems.check(r.item.text.trim_end().ends_with('?'), || {
                format!("{file}: {id} is not a question")
            });
        }
    }
    problems.assert_none();
}

/// The level description contains the word "and" (any case), the usual sign of two
/// conditions in one step.
fn joins_with_and(anchor: &str) -> bool {
    anchor
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case("and"))
}

#[test]
fn no_level_description_joins_two_conditions_with_and() {
    let mut problems = Problems::default();
    let mut reviewed_seen = Vec::new();
    for (file, q) in both() {
        for r in q.items() {
            for (level, anchor) in (1..).zip(&r.item.anchors) {
                if !joins_with_and(anchor) {
                    continue;
                }
                let reviewed = AND_REVIEWED.contains(&(r.item.id.as_str(), level));
                if reviewed {
                    reviewed_seen.push((r.item.id.as_str().to_string(), level));
                }
                problems.check(reviewed, || {
                    format!(
                        "{file}: {} level {level} joins with \"and\": {anchor}",
                        r.item.id
                    )
                });
            }
        }
    }
    problems.assert_none();
    // An exception that no longer occurs is taken off the list, so it cannot hide a
    // later "and" at the same place.
    for (id, level) in AND_REVIEWED {
        let seen = reviewed_seen.iter().any(|(i, l)| i == id && l == level);
        assert!(
            seen,
            "reviewed exception {id} level {level} no longer needed"
        );
    }
}

#[test]
fn the_lint_catches_an_and_joining_two_conditions() {
    // The lint above must see a joined condition, or its silence proves nothing.
    let mut q = full();
    q.dimensions[0].facets[0].items[0].anchors[2] =
        "We know the goals of our main partners and write them down.".to_string();
    let joined: Vec<String> = q
        .items()
        .flat_map(|r| r.item.anchors.clone())
        .filter(|a| joins_with_and(a))
        .collect();
    assert_eq!(joined.len(), 1, "{joined:?}");
    // "and" inside another word ("standard", "hand") is no join.
    assert!(!joins_with_and(
        "We use a standard form handed to each partner."
    ));
    assert!(joins_with_and("And we write it down."));
}

#[test]
fn every_facet_has_three_items_and_every_quick_check_facet_two() {
    let mut problems = Problems::default();
    for (file, q, least) in [(FULL_FILE, full(), 3), (QUICK_FILE, quick(), 2)] {
        for d in &q.dimensions {
            for f in &d.facets {
                problems.check(f.items.len() >= least, || {
                    format!("{file}: {} has {} items", f.id, f.items.len())
                });
            }
        }
    }
    problems.assert_none();
}

#[test]
fn the_quick_check_merges_facets_by_the_documented_rule() {
    let (full, quick) = (full(), quick());
    let mut problems = Problems::default();
    for d in &quick.dimensions {
        // The rule (docs/instrument.md section 8): one facet per dimension, named
        // `<dimension>_first_look`, holding one item from each of three facets.
        let ids: Vec<&str> = d.facets.iter().map(|f| f.id.as_str()).collect();
        let merged = format!("{}_first_look", d.id);
        problems.check(ids == [merged.as_str()], || {
            format!("{}: facets {ids:?}", d.id)
        });
        let mut sources: Vec<&str> = Vec::new();
        for item in d.facets.iter().flat_map(|f| &f.items) {
            let Some(original) = full.find_item(&item.id) else {
                problems.check(false, || {
                    format!("{} is not in the full instrument", item.id)
                });
                continue;
            };
            problems.check(original.item == item, || {
                format!("{} differs from the full instrument", item.id)
            });
            problems.check(original.dimension.id == d.id, || {
                format!("{} sits in another dimension", item.id)
            });
            sources.push(original.facet.id.as_str());
        }
        let mut distinct = sources.clone();
        distinct.sort_unstable();
        distinct.dedup();
        problems.check(
            distinct.len() == sources.len() && sources.len() == 3,
            || format!("{}: items from facets {sources:?}", d.id),
        );
    }
    problems.check(DOCS.contains("**Merge rule.**"), || {
        "docs/instrument.md does not state the merge rule".to_string()
    });
    problems.assert_none();
}

#[test]
fn level_1_of_every_item_fits_a_firm_without_partners() {
    let mut problems = Problems::default();
    for (file, q) in both() {
        for r in q.items() {
            let first = r.item.anchors.first().map(|a| a.to_lowercase());
            let fits = first
                .as_deref()
                .is_some_and(|a| a.contains("not yet") || a.contains("no partners"));
            problems.check(fits, || {
                format!(
                    "{file}: {} level 1 is {:?}",
                    r.item.id,
                    r.item.anchors.first()
                )
            });
        }
    }
    problems.assert_none();
}

/// The rows of the seed table (docs/instrument.md section 7): concept, facet cell, items
/// or reason cell.
fn seed_table() -> Vec<[String; 3]> {
    let section = DOCS
        .split("## 7. From the seed texts to the items")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("section 7 of docs/instrument.md");
    section
        .lines()
        .filter(|line| line.starts_with('|'))
        .skip(2) // the header and its rule
        .map(|line| {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            assert_eq!(cells.len(), 3, "seed table row {line:?}");
            [cells[0].clone(), cells[1].clone(), cells[2].clone()]
        })
        .collect()
}

/// The `code` spans of a table cell.
fn code_spans(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

#[test]
fn every_seed_concept_maps_to_items_that_exist_or_says_why_not() {
    let q = full();
    let rows = seed_table();
    assert!(rows.len() >= 20, "{} rows", rows.len());
    let facets: Vec<&str> = q
        .dimensions
        .iter()
        .flat_map(|d| d.facets.iter().map(|f| f.id.as_str()))
        .collect();
    let mut problems = Problems::default();
    for [concept, facet_cell, items_cell] in &rows {
        if facet_cell == "none" {
            // Not measured: the reason is a sentence, and names no item that does not exist.
            let reason = items_cell.split_whitespace().count() >= 5;
            problems.check(reason, || format!("{concept}: no stated reason"));
        } else {
            for facet in code_spans(facet_cell) {
                problems.check(facets.contains(&facet), || {
                    format!("{concept}: facet {facet} does not exist")
                });
            }
            let items = code_spans(items_cell);
            problems.check(!items.is_empty(), || format!("{concept}: names no item"));
        }
        for item in code_spans(items_cell) {
            problems.check(q.find_item(item).is_some(), || {
                format!("{concept}: item {item} does not exist")
            });
        }
    }
    problems.assert_none();
}

/// Every score of `scores` with a value: `(what, value, band)`.
fn every_score(scores: &Scores) -> Vec<(String, Option<f64>, Option<String>)> {
    let mut all = vec![(
        "overall".to_string(),
        scores.overall.value,
        scores.overall.band.clone(),
    )];
    for d in &scores.dimensions {
        all.push((d.id.clone(), d.score.value, d.score.band.clone()));
        for f in &d.facets {
            all.push((f.id.clone(), f.score.value, f.score.band.clone()));
        }
    }
    all
}

#[test]
fn level_1_everywhere_is_the_lowest_band_on_every_facet_dimension_and_overall() {
    for (file, q) in both() {
        let lowest = q.bands.first().map(|b| b.name.clone());
        assert_eq!(lowest.as_deref(), Some("Not yet"), "{file}");
        let scores = scoring::score(&q, &everywhere(&q, 1));
        let all = every_score(&scores);
        let facets: usize = q.dimensions.iter().map(|d| d.facets.len()).sum();
        assert_eq!(all.len(), 1 + q.dimensions.len() + facets);
        for (what, value, band) in all {
            assert_eq!(
                (value, band.as_deref()),
                (Some(0.0), lowest.as_deref()),
                "{file}: {what}"
            );
        }
        // The next step of every answer: each item describes a level 2 above the level 1
        // chosen, in other words.
        for r in q.items() {
            let [one, two, ..] = r.item.anchors.as_slice() else {
                panic!("{file}: {} has no level 2", r.item.id);
            };
            assert_ne!(one, two, "{file}: {}", r.item.id);
        }
    }
}

#[test]
fn level_5_everywhere_is_the_highest_band_everywhere() {
    // The other end of the scale, so a band table that stopped short would show.
    for (file, q) in both() {
        let highest = q.bands.last().map(|b| b.name.clone());
        assert_eq!(highest.as_deref(), Some("Far-reaching"), "{file}");
        for (what, value, band) in every_score(&scoring::score(&q, &everywhere(&q, 5))) {
            assert_eq!(
                (value, band),
                (Some(100.0), highest.clone()),
                "{file}: {what}"
            );
        }
    }
}

/// The answers of the documentation's mixed example (section 5, Example 2), read from the
/// document itself: every "`item` L (score)" or "`item` DK" in the example.
fn documented_mixed_answers() -> BTreeMap<String, Response> {
    let example = DOCS
        .split("### Example 2: a mixed firm")
        .nth(1)
        .and_then(|rest| rest.split("**Overall**").next())
        .expect("Example 2 in docs/instrument.md");
    let words: Vec<&str> = example.split_whitespace().collect();
    let mut answers = BTreeMap::new();
    for pair in words.windows(2) {
        let [name, answer] = pair else { continue };
        let Some(id) = name.strip_prefix('`').and_then(|n| n.strip_suffix('`')) else {
            continue;
        };
        let answer = answer.trim_end_matches([',', '.']);
        let response = match answer {
            "DK" => Response::DontKnow,
            level => match level.parse::<u8>() {
                Ok(level) => Response::Value(level),
                // A facet name (`goal_alignment`:) is followed by an item, not an answer.
                Err(_) => continue,
            },
        };
        answers.insert(id.to_string(), response);
    }
    answers
}

/// `value` shown to two decimals, as the documentation writes it.
fn two_decimals(value: Option<f64>) -> String {
    value.map_or("none".to_string(), |v| format!("{v:.2}"))
}

#[test]
fn the_documented_mixed_example_reproduces_to_the_decimal() {
    let q = full();
    let answers = documented_mixed_answers();
    // 52 levels and 3 "don't know": every item of the full instrument.
    assert_eq!(answers.len(), q.item_count(), "{answers:?}");
    let dont_know = answers
        .values()
        .filter(|r| **r == Response::DontKnow)
        .count();
    assert_eq!(dont_know, 3);
    let scores = scoring::score(&q, &answers);
    let facet = |d: &str, f: &str| {
        let dimension = scores.dimension(d).unwrap();
        two_decimals(
            dimension
                .facets
                .iter()
                .find(|x| x.id == f)
                .unwrap()
                .score
                .value,
        )
    };
    let dimension = |d: &str| {
        let score = &scores.dimension(d).unwrap().score;
        (
            two_decimals(score.value),
            score.band.clone().unwrap_or_default(),
        )
    };
    // The figures printed in docs/instrument.md, Example 2.
    assert_eq!(facet("shared_vision", "goal_alignment"), "33.33");
    assert_eq!(facet("shared_vision", "internal_commitment"), "25.00");
    assert_eq!(facet("shared_vision", "value_capture"), "25.00");
    assert_eq!(
        dimension("shared_vision"),
        ("27.78".into(), "Starting".into())
    );
    assert_eq!(facet("complementary_strengths", "complementarity"), "43.75");
    assert_eq!(facet("complementary_strengths", "breadth"), "25.00");
    assert_eq!(facet("complementary_strengths", "role"), "16.67");
    assert_eq!(facet("complementary_strengths", "coopetition"), "none");
    assert_eq!(
        dimension("complementary_strengths"),
        ("28.47".into(), "Starting".into())
    );
    assert_eq!(facet("communication", "information_sharing"), "58.33");
    assert_eq!(facet("communication", "joint_work"), "41.67");
    assert_eq!(facet("communication", "trust_governance"), "33.33");
    assert_eq!(
        dimension("communication"),
        ("44.44".into(), "Established".into())
    );
    assert_eq!(facet("data_governance", "ownership_use"), "25.00");
    assert_eq!(facet("data_governance", "security"), "16.67");
    assert_eq!(facet("data_governance", "agreements_compliance"), "16.67");
    assert_eq!(facet("data_governance", "digital_readiness"), "33.33");
    assert_eq!(
        dimension("data_governance"),
        ("22.92".into(), "Starting".into())
    );
    assert_eq!(facet("dynamic_capabilities", "sense"), "33.33");
    assert_eq!(facet("dynamic_capabilities", "seize"), "33.33");
    assert_eq!(facet("dynamic_capabilities", "reconfigure"), "41.67");
    assert_eq!(facet("dynamic_capabilities", "co_creation"), "33.33");
    assert_eq!(
        dimension("dynamic_capabilities"),
        ("35.42".into(), "Starting".into())
    );
    // Overall 5725/180 = 31.81, Starting, 52 of 55 answered.
    assert_eq!(two_decimals(scores.overall.value), "31.81");
    let close = scores
        .overall
        .value
        .is_some_and(|v| (v - 5725.0 / 180.0).abs() < 1e-9);
    assert!(close, "{:?}", scores.overall.value);
    assert_eq!(scores.overall.band.as_deref(), Some("Starting"));
    assert_eq!(
        (
            scores.overall.answered,
            scores.overall.dont_know,
            scores.overall.total
        ),
        (52, 3, 55)
    );
    // The knowledge gap the example names: 2 of 3 "don't know" on coopetition.
    let coopetition = scores.dimension("complementary_strengths").unwrap();
    let coopetition = coopetition
        .facets
        .iter()
        .find(|f| f.id == "coopetition")
        .unwrap();
    assert!(coopetition.score.knowledge_gap());
}

#[test]
fn the_documented_example_states_the_figures_the_test_checks() {
    // The figures above are the documentation's: if the text changes, this test and the
    // one above must change with it.
    for figure in [
        "**33.33**",
        "**27.78, Starting**",
        "1025/36 = **28.47, Starting**",
        "400/9 = **44.44, Established**",
        "275/12 = **22.92, Starting**",
        "425/12 = **35.42, Starting**",
        "5725/180 = **31.81, Starting**",
    ] {
        assert!(
            DOCS.contains(figure),
            "docs/instrument.md no longer says {figure}"
        );
    }
}

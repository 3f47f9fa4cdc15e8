//! The retired instrument 1.0.0's own rules, kept as released: assessments made with it
//! are shown and re-scored with these compiled-in files, so they must stay exactly what
//! respondents answered (short single-idea items, help and a probe on every item, advice
//! for every band, a quick check that compares item by item). Version 2.0's rules are in
//! `instrument_v2.rs`.

use std::collections::{BTreeMap, BTreeSet};

use ecoready::assessment::Response;
use ecoready::questionnaire::{BUILTIN, Item, Questionnaire, RETIRED, Scale, digest, parse};
use ecoready::scoring;

const FULL_FILE: &str = "retired/ecosystem-readiness-1.0.0.yaml";
const QUICK_FILE: &str = "retired/quick-check-1.0.0.yaml";

const DIMENSIONS: [(&str, &str); 5] = [
    ("shared_vision", "sv_"),
    ("complementary_strengths", "cs_"),
    ("communication", "cm_"),
    ("data_governance", "dg_"),
    ("dynamic_capabilities", "dc_"),
];

const BANDS: [(&str, f64, f64); 5] = [
    ("Initial", 0.0, 20.0),
    ("Repeatable", 20.0, 40.0),
    ("Defined", 40.0, 60.0),
    ("Managed", 60.0, 80.0),
    ("Optimized", 80.0, 100.0),
];

const AGREE7_LABELS: [&str; 7] = [
    "Strongly disagree",
    "Disagree",
    "Somewhat disagree",
    "Neither agree nor disagree",
    "Somewhat agree",
    "Agree",
    "Strongly agree",
];

const MAX_ITEM_WORDS: usize = 25;

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
    let retired = RETIRED.iter().find(|b| b.file == file);
    let text = retired
        .unwrap_or_else(|| panic!("{file} is not compiled in as retired"))
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

/// Every item of both questionnaires with its file and the id of its dimension.
fn every_item(rule: impl Fn(&str, &str, &Item, &mut Problems)) {
    let mut problems = Problems::default();
    for (file, q) in both() {
        for r in q.items() {
            rule(file, &r.dimension.id, r.item, &mut problems);
        }
    }
    problems.assert_none();
}

#[test]
fn retired_files_are_byte_for_byte_as_released() {
    // Assessments name their questionnaire by these digests; one changed byte and every
    // 1.0.0 assessment without a kept copy could no longer be opened.
    let released = [
        (
            FULL_FILE,
            "14fc4d3cdb824e10cda3a52cccf0c0d8ddedf1e9462979bf81c693384fb4267d",
        ),
        (
            QUICK_FILE,
            "447f822c0ae4322b42be8360df791cccdcfa88fd52a373481eeb5c82cbc7d100",
        ),
    ];
    for (file, expected) in released {
        let retired = RETIRED.iter().find(|b| b.file == file).unwrap();
        assert_eq!(digest(retired.text.as_bytes()), expected, "{file}");
    }
}

#[test]
fn retired_versions_are_not_offered_for_new_assessments() {
    for b in BUILTIN {
        let current = parse(b.text).unwrap();
        assert_ne!(current.version, "1.0.0", "{} is still 1.0.0", b.file);
    }
}

#[test]
fn ids_versions_minutes_and_item_counts_are_as_decided() {
    let expected = [
        (full(), "ecosystem-readiness", 12..=15, 36..=50),
        (quick(), "quick-check", 4..=6, 5..=15),
    ];
    for (q, id, minutes, items) in expected {
        assert_eq!((q.id.as_str(), q.version.as_str()), (id, "1.0.0"));
        let stated = q.minutes.is_some_and(|m| minutes.contains(&m));
        assert!(stated, "{id}: {:?} minutes", q.minutes);
        let count = q.item_count();
        assert!(items.contains(&count), "{id}: {count} items");
    }
}

#[test]
fn both_have_the_five_dimensions_in_order_with_weight_one() {
    let mut problems = Problems::default();
    for (file, q) in both() {
        let ids: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        let expected: Vec<&str> = DIMENSIONS.iter().map(|(id, _)| *id).collect();
        problems.check(ids == expected, || format!("{file}: dimensions {ids:?}"));
        for d in &q.dimensions {
            problems.check(d.weight == 1.0, || format!("{file}: {} weight", d.id));
            let summary = !d.summary.trim().is_empty();
            problems.check(summary, || format!("{file}: {} has no summary", d.id));
        }
    }
    problems.assert_none();
}

#[test]
fn dynamic_capabilities_has_sense_seize_reconfigure() {
    let q = full();
    let dc = q
        .dimension("dynamic_capabilities")
        .expect("dynamic capabilities");
    let facets: Vec<&str> = dc.facets.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(facets, ["sense", "seize", "reconfigure"]);
}

#[test]
fn every_facet_of_the_full_instrument_has_at_least_three_items() {
    let mut problems = Problems::default();
    for d in &full().dimensions {
        problems.check(d.facets.len() >= 3, || format!("{} has few facets", d.id));
        for f in &d.facets {
            let ids: Vec<&str> = f.items.iter().map(|i| i.id.as_str()).collect();
            let facet = format!("{}.{}", d.id, f.id);
            problems.check(ids.len() >= 3, || format!("{facet} has only {ids:?}"));
        }
    }
    problems.assert_none();
}

#[test]
fn scales_are_agree7_and_maturity5_exactly() {
    for (file, q) in both() {
        let names: Vec<&str> = q.scales.keys().map(String::as_str).collect();
        assert_eq!(names, ["agree7", "maturity5"], "{file}: scale names");
        let Some(Scale::Agreement { options }) = q.scales.get("agree7") else {
            panic!("{file}: agree7 should be an agreement scale");
        };
        let values: Vec<u8> = options.iter().map(|o| o.value).collect();
        let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(values, [1, 2, 3, 4, 5, 6, 7], "{file}: agree7 values");
        assert_eq!(labels, AGREE7_LABELS, "{file}: agree7 labels");
        let maturity = q.scales.get("maturity5");
        assert_eq!(maturity, Some(&Scale::Anchored { levels: 5 }), "{file}");
    }
}

#[test]
fn bands_are_the_five_maturity_bands_with_a_meaning() {
    for (file, q) in both() {
        let bands: Vec<(&str, f64, f64)> = q
            .bands
            .iter()
            .map(|b| (b.name.as_str(), b.min, b.max))
            .collect();
        assert_eq!(bands, BANDS, "{file}: bands");
        for b in &q.bands {
            assert!(
                !b.meaning.trim().is_empty(),
                "{file}: {} has no meaning",
                b.name
            );
        }
    }
}

#[test]
fn data_governance_items_are_anchored_with_five_one_sentence_levels() {
    every_item(|file, dimension, item, problems| {
        if dimension != "data_governance" {
            return;
        }
        let id = &item.id;
        problems.check(item.scale == "maturity5", || format!("{file}: {id} scale"));
        let levels = item.anchors.len();
        problems.check(levels == 5, || format!("{file}: {id} has {levels} anchors"));
        problems.check(!item.reverse, || {
            format!("{file}: {id} is anchored but reversed")
        });
        for (index, anchor) in item.anchors.iter().enumerate() {
            let anchor = anchor.trim();
            // One sentence: it ends with a full stop and has no sentence break inside.
            let body = anchor.strip_suffix('.');
            let one_sentence = body.is_some_and(|b| !b.is_empty() && !b.contains(". "));
            let level = index + 1;
            problems.check(one_sentence, || {
                format!("{file}: {id} level {level}: {anchor:?}")
            });
        }
    });
}

#[test]
fn other_items_are_agree7_statements_without_anchors() {
    every_item(|file, dimension, item, problems| {
        if dimension == "data_governance" {
            return;
        }
        let id = &item.id;
        problems.check(item.scale == "agree7", || format!("{file}: {id} scale"));
        problems.check(item.anchors.is_empty(), || {
            format!("{file}: {id} has anchors")
        });
        let statement = !item.text.contains('?');
        problems.check(statement, || format!("{file}: {id} is a question"));
    });
}

#[test]
fn every_item_has_help_with_an_example_and_a_probe_question() {
    every_item(|file, _, item, problems| {
        let id = &item.id;
        let has_example = item.help.contains("Example: ");
        problems.check(has_example, || format!("{file}: {id} help has no example"));
        let probe = item.probe.trim();
        let is_question = probe.len() > 1 && probe.ends_with('?');
        problems.check(is_question, || format!("{file}: {id} probe {probe:?}"));
    });
}

#[test]
fn every_item_text_is_short_and_asks_one_thing() {
    every_item(|file, _, item, problems| {
        let (id, text) = (&item.id, &item.text);
        let words = text.split_whitespace().count();
        problems.check(words <= MAX_ITEM_WORDS, || {
            format!("{file}: {id}: {words} words")
        });
        let lower = text.to_lowercase().replace(' ', "");
        problems.check(!lower.contains("and/or"), || {
            format!("{file}: {id} says and/or")
        });
        let questions = text.matches('?').count();
        problems.check(questions <= 1, || {
            format!("{file}: {id} asks {questions} questions")
        });
    });
}

#[test]
fn item_ids_are_unique_and_prefixed_by_their_dimension() {
    let prefixes = BTreeMap::from(DIMENSIONS);
    for (file, q) in both() {
        let mut seen = BTreeSet::new();
        for r in q.items() {
            let (id, dimension) = (&r.item.id, r.dimension.id.as_str());
            assert!(seen.insert(id), "{file}: {id} appears twice");
            let prefix = prefixes[dimension];
            assert!(
                id.starts_with(prefix),
                "{file}: {id} should start with {prefix}"
            );
        }
    }
}

#[test]
fn at_most_one_reverse_item_per_dimension() {
    for (file, q) in both() {
        for d in &q.dimensions {
            let items = d.facets.iter().flat_map(|f| &f.items);
            let reversed: Vec<&str> = items.filter(|i| i.reverse).map(|i| i.id.as_str()).collect();
            assert!(
                reversed.len() <= 1,
                "{file}: {} reverses {reversed:?}",
                d.id
            );
        }
    }
}

#[test]
fn advice_covers_every_dimension_and_band_with_two_to_four_steps() {
    let mut problems = Problems::default();
    for (file, q) in both() {
        let advised: Vec<&str> = q.advice.keys().map(String::as_str).collect();
        let mut expected: Vec<&str> = DIMENSIONS.iter().map(|(id, _)| *id).collect();
        expected.sort_unstable();
        problems.check(advised == expected, || {
            format!("{file}: advice for {advised:?}")
        });
        for (dimension, by_band) in &q.advice {
            let bands: BTreeSet<&str> = by_band.keys().map(String::as_str).collect();
            let known: BTreeSet<&str> = BANDS.iter().map(|(name, _, _)| *name).collect();
            let extra: Vec<_> = bands.difference(&known).collect();
            problems.check(extra.is_empty(), || {
                format!("{file}: {dimension}: {extra:?}")
            });
        }
        for (dimension, _) in DIMENSIONS {
            for (band, _, _) in BANDS {
                let steps = q.advice_for(dimension, band);
                let count = steps.iter().filter(|s| !s.trim().is_empty()).count();
                let ok = (2..=4).contains(&count) && count == steps.len();
                problems.check(ok, || format!("{file}: {dimension}/{band}: {steps:?}"));
            }
        }
    }
    problems.assert_none();
}

#[test]
fn advice_differs_from_band_to_band() {
    // Advice is specific to the band: no step repeats in another band of the same dimension.
    let q = full();
    for (dimension, _) in DIMENSIONS {
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for (band, _, _) in BANDS {
            for step in q.advice_for(dimension, band) {
                let earlier = seen.insert(step.as_str(), band);
                assert_eq!(earlier, None, "{dimension}: {step:?} repeats in {band}");
            }
        }
    }
}

#[test]
fn quick_check_items_are_identical_copies_of_full_items() {
    let (full, quick) = (full(), quick());
    let mut problems = Problems::default();
    for r in quick.items() {
        let id = &r.item.id;
        let Some(original) = full.find_item(id) else {
            problems.check(false, || format!("{id} is not in the full instrument"));
            continue;
        };
        let same_item = r.item == original.item;
        problems.check(same_item, || {
            format!("{id} differs from the full instrument")
        });
        let same_place = (&r.dimension.id, &r.facet.id, &r.facet.title)
            == (
                &original.dimension.id,
                &original.facet.id,
                &original.facet.title,
            );
        problems.check(same_place, || {
            format!("{id} sits in another dimension or facet")
        });
        // A single reversed item per facet cannot be checked against its neighbours.
        problems.check(!r.item.reverse, || {
            format!("{id} is reversed in the quick check")
        });
    }
    problems.assert_none();
}

#[test]
fn quick_check_covers_every_dimension() {
    for d in &quick().dimensions {
        let count: usize = d.facets.iter().map(|f| f.items.len()).sum();
        assert!(count >= 2, "quick check {} has {count} items", d.id);
    }
}

#[test]
fn worked_example_in_the_documentation_scores_as_written() {
    // The 1.0.0 documentation (docs/instrument.md before 2.0), section 4, communication.
    let answers = [
        ("cm_quality_1", Response::Value(6)),
        ("cm_quality_2", Response::Value(5)),
        ("cm_quality_3", Response::DontKnow),
        ("cm_quality_4", Response::Value(6)),
        ("cm_share_1", Response::Value(5)),
        ("cm_share_2", Response::Value(3)),
        ("cm_share_3", Response::DontKnow),
        ("cm_joint_1", Response::DontKnow),
        ("cm_joint_2", Response::DontKnow),
        ("cm_joint_3", Response::Value(6)),
    ];
    let responses = answers
        .into_iter()
        .map(|(id, r)| (id.to_string(), r))
        .collect();
    let scores = scoring::score(&full(), &responses);
    let communication = scores.dimension("communication").expect("communication");
    let facet = |id: &str| {
        communication
            .facets
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.score.value)
    };
    let close =
        |value: Option<f64>, expected: f64| value.is_some_and(|v| (v - expected).abs() < 1e-9);
    // 6 -> 100*5/6 = 83.33, 5 -> 66.67, 6 -> 83.33; (83.33 + 66.67 + 83.33) / 3 = 700/9 = 77.78.
    let quality = facet("information_quality").flatten();
    assert!(
        close(quality, 700.0 / 9.0),
        "information_quality {quality:?}"
    );
    // 5 -> 66.67; cm_share_2 reversed: 8 - 3 = 5 -> 66.67; mean 200/3 = 66.67.
    let sharing = facet("information_sharing").flatten();
    assert!(
        close(sharing, 200.0 / 3.0),
        "information_sharing {sharing:?}"
    );
    // One of three answered is fewer than two thirds: no score.
    assert_eq!(facet("joint_work"), Some(None));
    // (700/9 + 600/9) / 2 = 650/9 = 72.22, band Managed (60-80).
    let dimension = communication.score.value;
    assert!(close(dimension, 650.0 / 9.0), "communication {dimension:?}");
    assert_eq!(communication.score.band.as_deref(), Some("Managed"));
    let counts = (communication.score.answered, communication.score.dont_know);
    assert_eq!((counts, communication.score.total), ((6, 4), 10));
    // 4 of 10 don't know = 40% > 30%.
    assert!(communication.score.knowledge_gap());
}

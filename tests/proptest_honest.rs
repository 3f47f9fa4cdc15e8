//! Random answer sets (values, "don't know" and gaps) on the small fixture, the built-in
//! questionnaires and their retired versions 1.0.0, checked against a naive implementation written here from the rules:
//! (a) no score that fails the coverage rules has a value or a band, and neither `show`'s
//! text nor its JSON prints a band for one; (b) every change a comparison shows (facet,
//! dimension, overall) is the difference of the like-for-like scores computed here from
//! the items both sides answered.

use std::collections::BTreeMap;

use chrono::DateTime;
use ecoready::assessment::{Assessment, Response, Setup};
use ecoready::compare::compare;
use ecoready::documents::{AssessmentDetail, ShowDocument};
use ecoready::questionnaire::{Questionnaire, builtin, parse, retired};
use ecoready::report::text;
use ecoready::scoring::{item_score, score};
use proptest::collection::vec;
use proptest::prelude::*;

const TOLERANCE: f64 = 1e-9;

fn questionnaires() -> Vec<Questionnaire> {
    vec![
        parse(include_str!("fixtures/two-dimensions.yaml")).unwrap(),
        builtin("quick-check").unwrap().questionnaire,
        builtin("ecosystem-readiness").unwrap().questionnaire,
        retired("quick-check", "1.0.0").unwrap().questionnaire,
        retired("ecosystem-readiness", "1.0.0")
            .unwrap()
            .questionnaire,
    ]
}

/// One random number per item, read as: no response, "don't know", or a value on the
/// item's scale (values outside it never occur: the wizard cannot record them).
fn responses(q: &Questionnaire, draws: &[u16]) -> BTreeMap<String, Response> {
    let mut out = BTreeMap::new();
    for (r, draw) in q.items().zip(draws.iter().cycle()) {
        let (min, max) = q.value_range(r.item).unwrap();
        let choices = u16::from(max - min) + 3;
        match draw % choices {
            0 => {}
            1 => {
                out.insert(r.item.id.clone(), Response::DontKnow);
            }
            n => {
                let value = min + u8::try_from(n - 2).unwrap();
                out.insert(r.item.id.clone(), Response::Value(value));
            }
        }
    }
    out
}

/// At least two thirds, in whole numbers.
fn enough(count: usize, total: usize) -> bool {
    total > 0 && 3 * count >= 2 * total
}

/// The naive scores of one area: a facet from its items' scores, a dimension or the
/// overall from its parts' (score, weight); `None` below the rule.
fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

fn weighted(parts: &[(Option<f64>, f64)], all_needed: bool) -> Option<f64> {
    let scored: Vec<(f64, f64)> = parts
        .iter()
        .filter_map(|(v, w)| v.map(|v| (v, *w)))
        .collect();
    let passes = if all_needed {
        !parts.is_empty() && scored.len() == parts.len()
    } else {
        enough(scored.len(), parts.len())
    };
    let weights: f64 = scored.iter().map(|(_, w)| w).sum();
    (passes && weights > 0.0).then(|| scored.iter().map(|(v, w)| v * w).sum::<f64>() / weights)
}

/// Naive scores of `q` counting only the items `counts` allows: (overall, per dimension
/// (value, per facet value)).
type Naive = (Option<f64>, Vec<(Option<f64>, Vec<Option<f64>>)>);

fn naive(q: &Questionnaire, item: impl Fn(&str) -> Option<f64>) -> Naive {
    let dimensions: Vec<(Option<f64>, Vec<Option<f64>>)> = q
        .dimensions
        .iter()
        .map(|d| {
            let facets: Vec<Option<f64>> = d
                .facets
                .iter()
                .map(|f| {
                    let values: Vec<f64> = f.items.iter().filter_map(|i| item(&i.id)).collect();
                    if enough(values.len(), f.items.len()) {
                        mean(&values)
                    } else {
                        None
                    }
                })
                .collect();
            let parts: Vec<(Option<f64>, f64)> = facets
                .iter()
                .zip(&d.facets)
                .map(|(v, f)| (*v, f.weight))
                .collect();
            (weighted(&parts, false), facets)
        })
        .collect();
    let parts: Vec<(Option<f64>, f64)> = dimensions
        .iter()
        .zip(&q.dimensions)
        .map(|((v, _), d)| (*v, d.weight))
        .collect();
    (weighted(&parts, true), dimensions)
}

fn same(actual: Option<f64>, expected: Option<f64>) -> bool {
    match (actual, expected) {
        (Some(a), Some(e)) => (a - e).abs() < TOLERANCE,
        (None, None) => true,
        _ => false,
    }
}

fn assessment(q: &Questionnaire, id: &str, answers: &BTreeMap<String, Response>) -> Assessment {
    let at = DateTime::parse_from_rfc3339("2025-01-10T09:00:00+01:00").unwrap();
    let mut a = Assessment::start(id.to_string(), Setup::default(), q, "digest", at);
    for (item, response) in answers {
        a.respond(q, item, *response, at);
    }
    a
}

/// Which questionnaire (or, for the comparison, which pair), and two answer sets' draws.
fn draws() -> impl Strategy<Value = (usize, Vec<u16>, Vec<u16>)> {
    (0..5usize, vec(any::<u16>(), 60), vec(any::<u16>(), 60))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_score_below_the_rules_has_a_value_or_a_band((which, first, _) in draws()) {
        let q = &questionnaires()[which];
        let answers = responses(q, &first);
        let s = score(q, &answers);
        let item = |id: &str| {
            let r = q.find_item(id)?;
            item_score(q, r.item, *answers.get(id)?)
        };
        let (overall, dimensions) = naive(q, item);
        prop_assert!(same(s.overall.value, overall));
        prop_assert_eq!(s.overall.band.is_some(), overall.is_some());
        for (d, (value, facets)) in s.dimensions.iter().zip(&dimensions) {
            prop_assert!(same(d.score.value, *value), "{} {:?} {:?}", d.id, d.score.value, value);
            prop_assert_eq!(d.score.band.is_some(), value.is_some());
            for (f, value) in d.facets.iter().zip(facets) {
                prop_assert!(same(f.score.value, *value), "{}", f.id);
                prop_assert_eq!(f.score.band.is_some(), value.is_some());
            }
        }

        // What `show` prints: no band name on the line of a score without a value, no
        // band in its JSON, no advice for a dimension without one.
        let a = assessment(q, "20250110-090000-abcd", &answers);
        let detail = AssessmentDetail::new(&a, q, &s);
        let shown = text::show(&detail, q);
        let bands: Vec<&str> = q.bands.iter().map(|b| b.name.as_str()).collect();
        let overall_line = shown.lines().find(|l| l.starts_with("Overall readiness:")).unwrap();
        if s.overall.value.is_none() {
            prop_assert!(bands.iter().all(|b| !overall_line.contains(b)), "{}", overall_line);
            prop_assert!(overall_line.contains("not enough answers"));
        }
        for d in &s.dimensions {
            let row = shown.lines().find(|l| l.starts_with(d.title.as_str())).unwrap();
            if d.score.value.is_none() {
                prop_assert!(bands.iter().all(|b| !row.contains(b)), "{}", row);
                prop_assert!(row.contains("not enough answers"), "{}", row);
            }
        }
        let json = serde_json::to_value(ShowDocument::new(detail)).unwrap();
        let scores = &json["assessment"]["scores"];
        let mut all = vec![&scores["overall"]];
        for d in scores["dimensions"].as_array().unwrap() {
            all.push(d);
            all.extend(d["facets"].as_array().unwrap());
        }
        for score in all {
            if score["score"].is_null() {
                prop_assert!(score["band"].is_null());
                prop_assert!(score["missing"]["text"].is_string());
            }
        }
        for advice in json["assessment"]["advice"].as_array().unwrap() {
            let id = advice["dimension"].as_str().unwrap();
            prop_assert!(s.dimension(id).unwrap().score.value.is_some());
        }
    }

    #[test]
    fn every_change_is_the_like_for_like_difference((which, first, second) in draws()) {
        // The same questionnaire on both sides, and a quick check 1.0.0 against a full one
        // (whose shared items sit in the same facets, so the quick check's structure is
        // the structure both are compared on; the 2.0 quick check merges facets, see
        // compare.rs for it).
        let all = questionnaires();
        let (qb, qa) = match which {
            0..=3 => (&all[which], &all[which]),
            _ => (&all[3], &all[4]),
        };
        let (before, after) = (responses(qb, &first), responses(qa, &second));
        let c = compare(
            (&assessment(qb, "20250110-090000-aaaa", &before), qb),
            (&assessment(qa, "20250610-090000-bbbb", &after), qa),
        );
        // Naive like for like: an item counts only when both sides gave it a value.
        // The score of an item both answered, on the `side` asked for.
        let both = |side: &'static str| {
            let (before, after) = (before.clone(), after.clone());
            move |id: &str| {
                let value = |q: &Questionnaire, answers: &BTreeMap<String, Response>| {
                    item_score(q, q.find_item(id)?.item, *answers.get(id)?)
                };
                let (b, a) = (value(qb, &before)?, value(qa, &after)?);
                Some(if side == "before" { b } else { a })
            }
        };
        let (overall_b, dims_b) = naive(qb, both("before"));
        let (overall_a, dims_a) = naive(qb, both("after"));
        let change = |b: Option<f64>, a: Option<f64>| b.zip(a).map(|(b, a)| a - b);
        prop_assert!(same(c.overall.change, change(overall_b, overall_a)));
        for (d, dimension) in qb.dimensions.iter().enumerate() {
            let shown = c.dimensions.iter().find(|x| x.id == dimension.id).unwrap();
            let expected = change(dims_b[d].0, dims_a[d].0);
            prop_assert!(same(shown.delta.change, expected), "{}", dimension.id);
            for (f, facet) in dimension.facets.iter().enumerate() {
                let shown = shown.facets.iter().find(|x| x.id == facet.id).unwrap();
                let expected = change(dims_b[d].1[f], dims_a[d].1[f]);
                prop_assert!(same(shown.delta.change, expected), "{}", facet.id);
                // What it rests on: the facet's items both sides answered.
                let items = facet
                    .items
                    .iter()
                    .filter(|i| both("before")(&i.id).is_some())
                    .count();
                prop_assert_eq!(shown.delta.items, Some(items));
            }
        }
    }
}

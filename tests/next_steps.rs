//! A next step for every answer, on ecosystem readiness 2.0 read from its file (not the
//! built-in lookup): the level above each answer, facets weakest first with their advice,
//! in `show --json`, the text of `show` and plain mode, the Markdown and HTML reports and
//! the Results screen; questionnaires with agreement items keep their advice per band.

mod support;

use ecoready::assessment::{Assessment, Mode, Response};
use ecoready::documents::{AssessmentDetail, ShowDocument};
use ecoready::next_steps::{self, FacetSteps, Step};
use ecoready::questionnaire::Loaded;
use ecoready::report::{self, AssessmentReport, DateStyle};
use ecoready::tui::action::{Action, Opened};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::session::MapNotes;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app, perform_effects};
use support::fixtures::{at, drive, setup, store};

const FULL: &str = include_str!("../questionnaires/ecosystem-readiness.yaml");
const QUICK: &str = include_str!("../questionnaires/quick-check.yaml");
const WITH_AGREEMENT: &str = include_str!("fixtures/questionnaires/valid-minimal.yaml");

fn load(text: &str) -> Loaded {
    Loaded::from_text(text.to_string(), "test").expect("the questionnaire file is valid")
}

/// A completed assessment of `q` with the level `level_of` gives each item (`None`:
/// "don't know"; items it skips stay unanswered).
fn answered(q: &Loaded, level_of: impl Fn(&str, &str) -> Option<Option<u8>>) -> Assessment {
    let mut a = Assessment::start(
        "20260314-090000-abcd".into(),
        setup("Alder Bakery", "Robin Owner", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        at(14, 9),
    );
    let items: Vec<(String, String)> = q
        .questionnaire
        .items()
        .map(|r| (r.facet.id.clone(), r.item.id.clone()))
        .collect();
    for (facet, item) in items {
        let Some(level) = level_of(&facet, &item) else {
            continue;
        };
        let response = level.map_or(Response::DontKnow, Response::Value);
        a.respond(&q.questionnaire, &item, response, at(14, 10));
    }
    a.complete(&q.questionnaire, at(14, 11));
    a
}

fn detail(q: &Loaded, a: &Assessment) -> AssessmentDetail {
    AssessmentDetail::new(a, &q.questionnaire, &a.current_scores(&q.questionnaire))
}

fn steps(detail: &AssessmentDetail) -> &[FacetSteps] {
    detail
        .next_steps
        .as_deref()
        .expect("every item of 2.0 has described levels")
}

/// A mixed firm: level 3 everywhere except digital tools at 1 (score 0), co-creation at
/// 2 (25), trust at 5 (100), and spotting change with two "don't know" and one open item
/// (no score: 0 of 3 answered, needs 2).
fn mixed_level(facet: &str, item: &str) -> Option<Option<u8>> {
    match facet {
        "digital_readiness" => Some(Some(1)),
        "co_creation" => Some(Some(2)),
        "trust_governance" => Some(Some(5)),
        "sense" if item == "dc_watch_sectors" => None,
        "sense" => Some(None),
        _ => Some(Some(3)),
    }
}

#[test]
fn level_one_everywhere_gives_the_lowest_band_and_level_two_of_every_item() {
    let q = load(FULL);
    let a = answered(&q, |_, _| Some(Some(1)));
    let d = detail(&q, &a);
    let lowest = &q.questionnaire.bands[0].name;
    assert_eq!(d.summary.scores.overall.band.as_ref(), Some(lowest));
    let facets = steps(&d);
    let all_facets: usize = q
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.facets.len())
        .sum();
    assert_eq!(facets.len(), all_facets);
    assert_eq!(all_facets, 18);
    for facet in facets {
        assert_eq!(facet.score, Some(0.0), "{}", facet.facet);
        assert_eq!(facet.band.as_ref(), Some(lowest));
        assert!(facet.advice.is_some(), "{} has advice", facet.facet);
        for step in &facet.items {
            let item = q
                .questionnaire
                .find_item(&step.item)
                .expect("the step's item exists")
                .item;
            assert_eq!(
                step.step,
                Step::Next {
                    level: 1,
                    levels: 5,
                    next: item.anchors[1].clone(),
                },
                "{}",
                step.item
            );
        }
    }
    // All tied at 0: the questionnaire's order stands.
    let order: Vec<&str> = facets.iter().map(|f| f.facet.as_str()).collect();
    let asked: Vec<&str> = q
        .questionnaire
        .dimensions
        .iter()
        .flat_map(|d| d.facets.iter().map(|f| f.id.as_str()))
        .collect();
    assert_eq!(order, asked);
}

#[test]
fn a_mixed_firm_sees_its_weakest_facets_first_and_unscored_ones_last() {
    let q = load(FULL);
    let d = detail(&q, &answered(&q, mixed_level));
    let facets = steps(&d);
    let order: Vec<&str> = facets.iter().map(|f| f.facet.as_str()).collect();
    // 0, then 25, then the fourteen facets at 50 in questionnaire order, then 100, then
    // the unscored facet.
    assert_eq!(order[..2], ["digital_readiness", "co_creation"]);
    assert_eq!(order[order.len() - 2..], ["trust_governance", "sense"]);
    let middle: Vec<Option<f64>> = facets[2..16].iter().map(|f| f.score).collect();
    assert_eq!(middle, vec![Some(50.0); 14]);
    assert_eq!(facets[1].score, Some(25.0));
    assert_eq!(facets[16].score, Some(100.0));

    let trust = &facets[16];
    assert!(
        trust
            .items
            .iter()
            .all(|i| matches!(&i.step, Step::Kept { level: 5, .. }))
    );
    let sense = &facets[17];
    assert_eq!(sense.score, None);
    assert_eq!(
        sense.standing(),
        "not enough answers: 0 of 3 answered (needs 2)"
    );
    let kinds: Vec<&Step> = sense.items.iter().map(|i| &i.step).collect();
    assert_eq!(kinds, [&Step::Open, &Step::DontKnow, &Step::DontKnow]);
}

#[test]
fn show_json_carries_typed_next_steps() {
    let q = load(FULL);
    let d = detail(&q, &answered(&q, mixed_level));
    let json = serde_json::to_value(ShowDocument::new(d)).expect("serializes");
    let first = &json["assessment"]["next_steps"][0];
    assert_eq!(first["dimension"], "data_governance");
    assert_eq!(first["facet"], "digital_readiness");
    assert_eq!(first["score"], 0.0);
    assert_eq!(first["band"], "Not yet");
    assert_eq!(first["missing"], serde_json::Value::Null);
    assert!(
        first["advice"]
            .as_str()
            .is_some_and(|a| a.contains("Shared tools"))
    );
    let step = &first["items"][0]["step"];
    assert_eq!(step["kind"], "next");
    assert_eq!(step["level"], 1);
    assert_eq!(step["levels"], 5);
    assert_eq!(step["next"], "We use a shared tool with one partner.");
    let last = &json["assessment"]["next_steps"][17];
    assert_eq!(last["facet"], "sense");
    assert_eq!(last["score"], serde_json::Value::Null);
    assert_eq!(last["missing"]["kind"], "items");
    assert_eq!(last["missing"]["text"], "0 of 3 answered (needs 2)");
    assert_eq!(last["items"][0]["step"]["kind"], "open");
    assert_eq!(last["items"][1]["step"]["kind"], "dont_know");
    assert_eq!(
        json["assessment"]["next_steps"][16]["items"][0]["step"]["kind"],
        "kept"
    );
    // 2.0 gives no advice per dimension and band.
    let advice = json["assessment"]["advice"].as_array().expect("a list");
    assert!(
        advice.iter().all(|a| a["steps"] == serde_json::json!([])),
        "{advice:?}"
    );
}

#[test]
fn questionnaires_with_agreement_items_keep_their_advice_per_band() {
    let q = load(WITH_AGREEMENT);
    let levels: Vec<(String, u8)> = q
        .questionnaire
        .items()
        .map(|r| {
            let top = q.questionnaire.value_range(r.item).expect("scale").1;
            (r.item.id.clone(), top)
        })
        .collect();
    let a = answered(&q, |_, item| {
        levels
            .iter()
            .find(|(id, _)| id == item)
            .map(|(_, top)| Some(*top))
    });
    let d = detail(&q, &a);
    assert_eq!(d.next_steps, None);
    assert!(d.advice_with_titles().next().is_some(), "{:?}", d.advice);
    let json = serde_json::to_value(ShowDocument::new(d.clone())).expect("serializes");
    assert_eq!(json["assessment"]["next_steps"], serde_json::Value::Null);
    let text = report::text::show(&d, &q.questionnaire);
    assert!(!text.contains(next_steps::heading()), "{text}");
    assert!(text.contains("Next steps"), "{text}");
}

#[test]
fn show_and_reports_list_the_weakest_facets_steps_first() {
    let q = load(FULL);
    let d = detail(&q, &answered(&q, mixed_level));
    let report = AssessmentReport {
        detail: &d,
        questionnaire: &q.questionnaire,
    };
    let text = report::text::show(&d, &q.questionnaire);
    let markdown = report::markdown::assessment(&report, DateStyle::default());
    let html = report::html::assessment(&report, DateStyle::default());
    for (format, shown) in [("text", &text), ("markdown", &markdown), ("html", &html)] {
        let heading = shown.find(next_steps::heading()).expect(format);
        let digital = shown
            .find("Digital tools for working with partners (")
            .expect(format);
        let co_creation = shown
            .find("Creating and learning with partners (")
            .expect(format);
        let spotting = shown.find("Spotting change (").expect(format);
        assert!(
            heading < digital && digital < co_creation && co_creation < spotting,
            "{format}"
        );
        assert!(
            shown.contains("We use a shared tool with one partner."),
            "{format}"
        );
        assert!(shown.contains("0 of 3 answered (needs 2)"), "{format}");
        // Agreement items are gone, and with them the caveat about averaging them.
        assert!(!shown.contains("agreement items"), "{format}");
    }
    assert!(text.contains("Next (level 2 of 5): We use a shared tool with one partner."));
    assert!(text.contains("Top level (5 of 5), keep it:"), "{text}");
    assert!(text.contains("Answered \"don't know\""), "{text}");
    assert!(text.contains("Not answered yet"), "{text}");
}

#[test]
fn quick_check_results_say_they_are_a_first_look() {
    let q = load(QUICK);
    let d = detail(&q, &answered(&q, |_, _| Some(Some(2))));
    let report = AssessmentReport {
        detail: &d,
        questionnaire: &q.questionnaire,
    };
    let first_look = "A first look: 15 questions, three for each area.";
    assert!(report::text::show(&d, &q.questionnaire).contains(first_look));
    assert!(report::markdown::assessment(&report, DateStyle::default()).contains(first_look));
    assert!(report::html::assessment(&report, DateStyle::default()).contains(first_look));
    // The full questionnaire's results carry no such note: its description is for the
    // person answering, not the reader of the results.
    let full = load(FULL);
    let full_detail = detail(&full, &answered(&full, |_, _| Some(Some(2))));
    assert!(full.questionnaire.results_note.is_none());
    assert!(
        !report::text::show(&full_detail, &full.questionnaire).contains("Pick the highest level")
    );
    let shown = results(&q, answered(&q, |_, _| Some(Some(2))), 100, 30);
    assert!(
        shown.contains("A first look: 15 questions, three for each area."),
        "{shown}"
    );
}

/// The Results screen of `a`, drawn headless at this size.
fn results(q: &Loaded, a: Assessment, width: u16, height: u16) -> String {
    results_with(q, a, None, (width, height))
}

/// The Results screen of `a` with these notes from the ecosystem map, if any.
fn results_with(
    q: &Loaded,
    a: Assessment,
    map_notes: Option<MapNotes>,
    (width, height): (u16, u16),
) -> String {
    let (_dir, store) = store();
    let mut app: App = initial_app(Start::Home, vec![q.clone()], Theme::COLOR);
    app.update(Action::Opened(Box::new(Opened {
        assessment: a,
        questionnaire: q.clone(),
    })));
    perform_effects(&mut app, &store);
    assert!(matches!(app.screen, Screen::Results(_)));
    if let Some(notes) = map_notes {
        app.session
            .as_mut()
            .expect("an assessment is open")
            .map_notes = Some(notes);
    }
    drive(&mut app, &store, Vec::new(), width, height)
        .backend()
        .to_string()
}

#[test]
fn the_maps_hints_go_with_the_weakest_facet_of_its_dimension() {
    let q = load(FULL);
    let notes = MapNotes {
        saved: Some("2026-03-14".into()),
        lines: vec!["Two of four layers have no partner.".into()],
        hints: vec!["Find a partner in the public layer.".into()],
    };
    // The mixed firm's facets of "Your partners and your place among them" all score 50:
    // the first asked, "What partners bring, what you bring", is listed first.
    let shown = results_with(&q, answered(&q, mixed_level), Some(notes), (100, 200));
    let hint = shown
        .find("Find a partner in the public layer.")
        .expect("the hint is shown");
    let complementarity = shown
        .find("What partners bring, what you bring (Your partners")
        .expect("its facet is listed");
    let breadth = shown
        .find("Reach across sectors and layers (Your partners")
        .expect("the next facet is listed");
    assert!(complementarity < hint && hint < breadth, "{shown}");
    assert_eq!(
        shown.matches("Find a partner in the public layer.").count(),
        1
    );
}

#[test]
fn results_show_next_steps_weakest_facets_first() {
    let q = load(FULL);
    // Narrow enough for one column, tall enough to reach the first facets' steps.
    let shown = results(&q, answered(&q, mixed_level), 100, 90);
    insta::assert_snapshot!("results_next_steps_100x90", shown);
    let heading = shown.find(next_steps::heading()).expect("heading shown");
    let digital = shown
        .find("Digital tools for working with partners (Shared data")
        .expect("weakest facet shown");
    let co_creation = shown
        .find("Creating and learning with partners (Spotting")
        .expect("second weakest facet shown");
    assert!(heading < digital && digital < co_creation, "{shown}");
    assert!(shown.contains("Next (level 2 of 5): We use a shared tool with one"));
    assert!(shown.contains("Shared tools save the retyping"), "{shown}");
    // No block of advice per dimension and band under its own "Next steps" heading.
    let band_advice = shown
        .lines()
        .filter(|l| l.trim_matches(|c: char| c == '│' || c.is_whitespace()) == "Next steps")
        .count();
    assert_eq!(band_advice, 0, "{shown}");
}

/// The note that an overall score averages agreement and level items belongs only where
/// a questionnaire really mixes them: never on two check-ins of the all-levels 2.0.
#[test]
fn comparisons_say_the_overall_mixes_two_kinds_of_number_only_when_it_does() {
    use ecoready::compare::compare;
    use ecoready::documents::CompareDocument;
    use ecoready::questionnaire::retired;
    let caveat = "averages agreement items";
    let full = load(FULL);
    let mut later = answered(&full, |_, _| Some(Some(3)));
    later.id = "20260914-090000-abcd".into();
    let earlier = answered(&full, |_, _| Some(Some(2)));
    let levels_only = CompareDocument::new(&compare(
        (&earlier, &full.questionnaire),
        (&later, &full.questionnaire),
    ));
    assert!(!levels_only.mixes_scale_kinds);
    assert!(!report::markdown::comparison(&levels_only, DateStyle::default()).contains(caveat));
    assert!(!report::html::comparison(&levels_only, DateStyle::default()).contains(caveat));

    let v1 = retired("ecosystem-readiness", "1.0.0").expect("1.0.0 stays readable");
    assert!(v1.questionnaire.mixes_scale_kinds());
    let old = answered(&v1, |_, _| Some(Some(3)));
    let mixed = CompareDocument::new(&compare(
        (&old, &v1.questionnaire),
        (&old, &v1.questionnaire),
    ));
    assert!(mixed.mixes_scale_kinds);
    assert!(report::markdown::comparison(&mixed, DateStyle::default()).contains(caveat));
    assert!(report::html::comparison(&mixed, DateStyle::default()).contains(caveat));
}

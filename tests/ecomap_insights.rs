//! The map's insights, its changes and its sentences, with every figure worked out by hand.

mod ecomap_support;

use ecomap_support::{at, bakery, bakery_a_year_earlier, map_of, partner};
use ecoready::ecomap::{
    self, Layer, LayerStatus, ResourceKind, advice_hints, baseline, diff, insights, results_lines,
};

use Layer::{Enabling, Extended, Immediate};
use ResourceKind::{Intangible, Relational, Tangible};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn gini_simpson_and_effective_sectors_by_hand() {
    // Sectors food, food, logistics, research: p = 2/4, 1/4, 1/4.
    // Σp² = 0.25 + 0.0625 + 0.0625 = 0.375; Gini-Simpson = 1 - 0.375 = 0.625;
    // effective number of sectors = 1 / 0.375 = 2.666…
    let map = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("a", "food", Immediate, 3, &[]),
            partner("b", " Food ", Extended, 3, &[]),
            partner("c", "logistics", Immediate, 3, &[]),
            partner("d", "research", Enabling, 3, &[]),
        ],
    );
    let found = insights(&map, None);
    assert_eq!(found.diversity.sectors, 3);
    assert!(close(found.diversity.gini_simpson.unwrap(), 0.625));
    assert!(close(
        found.diversity.effective_sectors.unwrap(),
        1.0 / 0.375
    ));
    // "food" and " Food " are one sector, shown as first written.
    assert_eq!(found.sectors[0].name, "food");
    assert_eq!(found.sectors[0].partners, 2);
}

#[test]
fn one_sector_is_no_diversity_and_partners_without_sector_are_left_out() {
    // Two partners in "food" and one without a sector: p = 2/2 = 1, Σp² = 1, index 0.
    let map = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("a", "food", Immediate, 2, &[]),
            partner("b", "food", Immediate, 2, &[]),
            partner("c", "  ", Immediate, 2, &[]),
        ],
    );
    let found = insights(&map, None);
    assert_eq!(found.diversity.sectors, 1);
    assert!(close(found.diversity.gini_simpson.unwrap(), 0.0));
    assert!(close(found.diversity.effective_sectors.unwrap(), 1.0));
    assert_eq!(found.unspecified_sector, 1);
    let empty = insights(&map_of("A", at(3, 1, 9), vec![]), None);
    assert_eq!(empty.diversity.gini_simpson, None);
    assert_eq!(
        results_lines(&empty),
        ["The ecosystem map has no partners yet."]
    );
}

#[test]
fn empty_and_thin_layers_and_missing_resources() {
    // Immediate 2 partners (filled), Extended 1 (thin), Enabling 0 (empty).
    // Tangible: a and b = 2; Relational: b = 1; Intangible: nobody.
    let map = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("a", "food", Immediate, 2, &[Tangible]),
            partner("b", "logistics", Immediate, 2, &[Tangible, Relational]),
            partner("c", "research", Extended, 2, &[]),
        ],
    );
    let found = insights(&map, None);
    let statuses: Vec<(usize, LayerStatus)> = found
        .layers
        .iter()
        .map(|l| (l.partners, l.status))
        .collect();
    assert_eq!(
        statuses,
        [
            (2, LayerStatus::Filled),
            (1, LayerStatus::Thin),
            (0, LayerStatus::Empty)
        ]
    );
    assert_eq!(found.bringing(Tangible), 2);
    assert_eq!(found.bringing(Relational), 1);
    assert_eq!(found.bringing(Intangible), 0);
    assert_eq!(found.missing_resources, [Intangible]);
    let lines = results_lines(&found);
    assert_eq!(lines[0], "Extended layer is thin: 1 partner.");
    assert_eq!(lines[1], "Enabling layer is empty: no partners.");
    assert_eq!(
        lines[2],
        "No partner brings intangible resources (know-how, brands, data)."
    );
    let hints = advice_hints(&found);
    assert!(hints[0].contains("industry body"), "{hints:?}");
    assert!(hints[1].contains("regulations"), "{hints:?}");
    assert!(hints[2].contains("know-how or data"), "{hints:?}");
}

#[test]
fn concentration_in_one_sector_and_on_one_partner() {
    // Ties: food 5, food 4, logistics 4, research 1; total = 14.
    // Top partner: the tie of 5 -> 5/14 = 0.357… (>= 0.3 with 4 partners: dependent).
    // Top sector: food 5 + 4 = 9 -> 9/14 = 0.642….
    // Strong ties (>= 4): 3, two in food -> 2/3 = 0.667 (a majority of three: concentrated).
    let map = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("a", "food", Immediate, 5, &[]),
            partner("b", "food", Immediate, 4, &[]),
            partner("c", "logistics", Extended, 4, &[]),
            partner("d", "research", Enabling, 1, &[]),
        ],
    );
    let found = insights(&map, None);
    let c = found.concentration.clone();
    assert_eq!(c.total_tie_strength, 14);
    let top = c.top_partner.unwrap();
    assert_eq!((top.name.as_str(), top.amount), ("a", 5));
    assert!(close(top.share, 5.0 / 14.0));
    let sector = c.top_sector.unwrap();
    assert_eq!((sector.name.as_str(), sector.amount), ("food", 9));
    assert!(close(sector.share, 9.0 / 14.0));
    assert_eq!(c.strong_ties, 3);
    assert!(close(c.top_strong_sector.unwrap().share, 2.0 / 3.0));
    assert!(c.concentrated);
    assert!(c.dependent);
    assert!(
        results_lines(&found)
            .iter()
            .any(|l| l == "Strong ties lean on one sector: food holds 2 of 3 (67%)."),
        "{:?}",
        results_lines(&found)
    );
}

/// The strong ties (tie 4 or 5) of a map with one weak partner besides, by sector.
fn strong_ties_in(sectors: &[&str]) -> ecomap::Concentration {
    let mut partners: Vec<_> = sectors
        .iter()
        .enumerate()
        .map(|(n, s)| partner(&format!("p{n}"), s, Immediate, 5 - (n % 2) as u8, &[]))
        .collect();
    partners.push(partner("weak", "other", Extended, 1, &[]));
    insights(&map_of("A", at(3, 1, 9), partners), None).concentration
}

#[test]
fn two_strong_ties_in_two_sectors_are_no_concentration() {
    // Energy 5, logistics 4: the top sector holds 1 of 2 = 50%, not a majority; and two
    // strong ties are too few for the flag at all.
    let c = strong_ties_in(&["energy", "logistics"]);
    assert_eq!(c.strong_ties, 2);
    assert!(close(c.top_strong_sector.unwrap().share, 0.5));
    assert!(!c.concentrated);
}

#[test]
fn two_strong_ties_in_one_sector_are_too_few_to_flag() {
    // 2 of 2 = 100%, but fewer than three strong ties.
    let c = strong_ties_in(&["energy", "energy"]);
    assert!(close(c.top_strong_sector.unwrap().share, 1.0));
    assert!(!c.concentrated);
}

#[test]
fn two_of_three_strong_ties_in_one_sector_are_a_concentration() {
    // 2 of 3 = 67% > 50% with three strong ties.
    let c = strong_ties_in(&["energy", "energy", "logistics"]);
    assert_eq!(c.strong_ties, 3);
    assert!(c.concentrated);
    let found = insights(
        &map_of(
            "A",
            at(3, 1, 9),
            vec![
                partner("a", "energy", Immediate, 5, &[]),
                partner("b", "energy", Immediate, 4, &[]),
                partner("c", "logistics", Immediate, 4, &[]),
            ],
        ),
        None,
    );
    assert!(
        advice_hints(&found).iter().any(|h| h.contains("energy")),
        "{:?}",
        advice_hints(&found)
    );
}

#[test]
fn four_strong_ties_split_two_and_two_are_no_concentration() {
    // 2 of 4 = 50%: half is not a majority.
    let c = strong_ties_in(&["energy", "energy", "logistics", "logistics"]);
    assert_eq!(c.strong_ties, 4);
    assert!(close(c.top_strong_sector.unwrap().share, 0.5));
    assert!(!c.concentrated);
}

#[test]
fn spread_ties_are_neither_concentrated_nor_dependent() {
    // Four ties of 4 in four sectors: total 16; top partner 4/16 = 0.25 (< 0.3);
    // strong ties 4, the top sector holds 1 of them = 0.25 (< 0.5).
    let map = map_of(
        "A",
        at(3, 1, 9),
        ["a", "b", "c", "d"]
            .iter()
            .map(|s| partner(s, s, Immediate, 4, &[]))
            .collect(),
    );
    let c = insights(&map, None).concentration;
    assert!(close(c.top_partner.unwrap().share, 0.25));
    assert!(close(c.top_strong_sector.unwrap().share, 0.25));
    assert!(!c.concentrated);
    assert!(!c.dependent);
}

#[test]
fn changes_match_by_id_then_by_name() {
    let mut before = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("p1", "food", Immediate, 2, &[]),
            partner("p2", "food", Extended, 3, &[]),
            partner("p3", "food", Enabling, 4, &[]),
            partner("old-id", "food", Enabling, 4, &[]),
        ],
    );
    before.partners[3].name = "Echo".into();
    let mut now = map_of(
        "A",
        at(3, 9, 9),
        vec![
            partner("p1", "food", Extended, 4, &[]),
            partner("p2", "food", Extended, 1, &[]),
            partner("p4", "food", Immediate, 3, &[]),
            partner("echo", "food", Enabling, 4, &[]),
        ],
    );
    now.partners[1].name = "p2 renamed".into();
    now.partners[3].name = " echo ".into();
    let changes = diff(&before, &now);
    assert_eq!(changes.since, at(3, 1, 9));
    assert_eq!(changes.added, ["p4"]);
    assert_eq!(changes.removed, ["p3"]);
    assert_eq!(changes.moved.len(), 1);
    assert_eq!(
        (
            changes.moved[0].name.as_str(),
            changes.moved[0].from,
            changes.moved[0].to
        ),
        ("p1", Immediate, Extended)
    );
    let stronger: Vec<_> = changes
        .strengthened
        .iter()
        .map(|t| (t.name.as_str(), t.from, t.to))
        .collect();
    assert_eq!(stronger, [("p1", 2, 4)]);
    let weaker: Vec<_> = changes
        .weakened
        .iter()
        .map(|t| (t.name.as_str(), t.from, t.to))
        .collect();
    assert_eq!(weaker, [("p2 renamed", 3, 1)]);
    assert_eq!(
        ecomap::changes_sentence(&changes),
        "Since the map of 2026-03-01: 1 added, 1 removed, 1 moved layer, 1 stronger, 1 weaker."
    );
}

#[test]
fn baseline_is_the_last_version_of_an_earlier_day() {
    let version = |month, day, hour| map_of("A", at(month, day, hour), vec![]);
    let history = [
        version(3, 1, 10),
        version(3, 1, 11),
        version(3, 2, 9),
        version(3, 2, 10),
    ];
    assert_eq!(baseline(&history).unwrap().saved_at, at(3, 1, 11));
    assert!(baseline(&history[2..]).is_none());
    assert!(baseline(&history[..1]).is_none());
    assert!(baseline(&[]).is_none());
    // 23:30 at UTC-5 on 1 March is 05:30 on 2 March at UTC+1, the latest's offset: the
    // same day as the latest, so not a baseline.
    let west = chrono::FixedOffset::west_opt(5 * 3600).unwrap();
    let mut late = version(3, 1, 0);
    late.saved_at = chrono::TimeZone::with_ymd_and_hms(&west, 2026, 3, 1, 23, 30, 0).unwrap();
    assert!(baseline(&[late, version(3, 2, 9)]).is_none());
}

#[test]
fn bakery_map_a_year_on() {
    // Now: 10 partners. Sectors: food 3, government 2, logistics 1, hospitality 1,
    // research 1, software 1, business services 1 (7 sectors).
    // Σp² = (9 + 4 + 1 + 1 + 1 + 1 + 1) / 100 = 0.18; Gini-Simpson = 0.82;
    // effective sectors = 1 / 0.18 = 5.55…
    // Ties: 4+5+4+3+2+3+2+1+2+2 = 28; top partner the miller 5/28 = 0.178…;
    // top sector food 5+3+3 = 11/28 = 0.392…; strong ties: harbour 4, miller 5, café 4 =
    // 3, one each in logistics, food, hospitality: food first (more partners) 1/3.
    let now = bakery();
    let before = bakery_a_year_earlier();
    let found = insights(&now, Some(&before));
    assert_eq!(found.partners, 10);
    assert_eq!(found.diversity.sectors, 7);
    assert!(close(found.diversity.gini_simpson.unwrap(), 0.82));
    let c = &found.concentration;
    assert_eq!(c.total_tie_strength, 28);
    assert!(close(c.top_partner.as_ref().unwrap().share, 5.0 / 28.0));
    assert!(close(c.top_sector.as_ref().unwrap().share, 11.0 / 28.0));
    assert_eq!(c.strong_ties, 3);
    assert_eq!(c.top_strong_sector.as_ref().unwrap().name, "food");
    assert!(!c.concentrated && !c.dependent);
    assert!(found.missing_resources.is_empty());
    // A year earlier: no café, no PayNow, an old co-op supplier; the lab was in the
    // enabling environment and the miller's tie was 3.
    let changes = found.changes.as_ref().unwrap();
    assert_eq!(changes.added, ["Town Café Group", "PayNow"]);
    assert_eq!(changes.removed, ["Old Mill Co-op"]);
    assert_eq!(changes.moved[0].name, "Food Innovation Lab");
    assert_eq!(
        (changes.moved[0].from, changes.moved[0].to),
        (Enabling, Extended)
    );
    assert_eq!(changes.strengthened[0].name, "Miller & Sons Flour");
    assert_eq!(
        results_lines(&found),
        [
            "10 partners in 7 sectors; sector diversity 0.82 on a 0-1 scale (like 5.6 equal sectors).",
            "Since the map of 2025-03-14: 2 added, 1 removed, 1 moved layer, 1 stronger.",
        ]
    );
    assert!(advice_hints(&found).is_empty());
}

#[test]
fn partner_ids_come_from_names_and_never_repeat() {
    let mut map = map_of("A", at(3, 1, 9), vec![]);
    assert_eq!(map.new_partner_id("Harbour Logistics"), "harbour-logistics");
    assert_eq!(map.new_partner_id("  Ñandú & Co. "), "and-co");
    assert_eq!(map.new_partner_id("!!!"), "partner");
    map.partners
        .push(partner("harbour-logistics", "x", Immediate, 3, &[]));
    map.partners
        .push(partner("harbour-logistics-2", "x", Immediate, 3, &[]));
    assert_eq!(
        map.new_partner_id("Harbour logistics"),
        "harbour-logistics-3"
    );
    let long = "x".repeat(100);
    assert_eq!(map.new_partner_id(&long).len(), 40);
}

#[test]
fn broken_maps_are_described() {
    let mut map = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("a", "food", Immediate, 0, &[]),
            partner("a", "food", Immediate, 6, &[Tangible, Tangible]),
        ],
    );
    map.partners[1].name = " ".into();
    let problems = map.problems();
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(problems[0].contains("tie 0 is outside 1-5"));
    assert!(problems[1].contains("the id is used twice"));
    assert!(problems[2].contains("has no name"));
    assert!(problems[3].contains("tie 6"));
    assert!(problems[4].contains("listed twice"));
    assert!(bakery().problems().is_empty());
}

#[test]
fn the_map_sentences_speak_german_and_spanish_with_their_numbers() {
    use ecoready::i18n::{Lang, with_lang};
    // Sectors food, food, logistics, research: index 0.625 (shown 0.62: the tie rounds to
    // even), like 1 / 0.375 = 2.7 equal sectors; nobody brings relational resources.
    let map = map_of(
        "A",
        at(3, 1, 9),
        vec![
            partner("a", "food", Immediate, 3, &[Tangible]),
            partner("b", "food", Extended, 3, &[Intangible]),
            partner("c", "logistics", Immediate, 3, &[]),
            partner("d", "research", Enabling, 3, &[]),
        ],
    );
    let found = insights(&map, None);
    let lines = |lang| with_lang(lang, || results_lines(&found));
    let has = |lines: &[String], line: &str| lines.iter().any(|l| l == line);
    let english = lines(Lang::En);
    assert!(
        has(
            &english,
            "4 partners in 3 sectors; sector diversity 0.62 on a 0-1 scale (like 2.7 equal sectors)."
        ),
        "{english:?}"
    );
    let german = lines(Lang::De);
    assert!(
        has(
            &german,
            "4 Partner in 3 Branchen; Branchenvielfalt 0,62 auf einer Skala von 0 bis 1 (wie 2,7 gleich große Branchen)."
        ),
        "{german:?}"
    );
    assert!(
        has(
            &german,
            "Kein Partner bringt Beziehungen als Ressource ein (Kontakte, Ruf, Zugang zu Netzwerken)."
        ),
        "{german:?}"
    );
    let spanish = lines(Lang::Es);
    assert!(
        has(
            &spanish,
            "4 socios en 3 sectores; diversidad de sectores 0,62 en una escala de 0 a 1 (como 2,7 sectores del mismo tamaño)."
        ),
        "{spanish:?}"
    );
}

use chrono::{FixedOffset, TimeZone};

use crate::assessment::Timestamp;
use crate::ecomap::merge::{PartnerNote, heads, resolve, resolve_at};
use crate::ecomap::{EcosystemMap, Layer, Partner, Relationship, Version};

/// 2026-12-02 09:`minute` UTC.
fn at(minute: u32) -> Timestamp {
    FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 12, 2, 9, minute, 0)
        .unwrap()
}

fn partner(id: &str, tie: u8) -> Partner {
    Partner {
        id: id.to_string(),
        name: id.to_string(),
        sector: String::new(),
        layer: Layer::Immediate,
        relationship: Relationship::Other,
        brings: Vec::new(),
        brings_note: String::new(),
        we_bring: String::new(),
        tie,
        edited_at: None,
    }
}

fn edited(mut p: Partner, minute: u32) -> Partner {
    p.edited_at = Some(at(minute));
    p
}

fn version(name: &str, minute: u32, based_on: &[&str], partners: Vec<Partner>) -> Version {
    let mut map = EcosystemMap::new("Acme", at(minute));
    map.based_on = based_on.iter().map(|s| s.to_string()).collect();
    map.partners = partners;
    Version {
        name: name.to_string(),
        map,
    }
}

/// A format 2 file: no `based_on`, made from the version before it.
fn legacy(name: &str, minute: u32, partners: Vec<Partner>) -> Version {
    let mut v = version(name, minute, &[], partners);
    v.map.schema_version = 2;
    v
}

fn note(name: &str, by: &[&str]) -> PartnerNote {
    PartnerNote {
        name: name.to_string(),
        by: by.iter().map(|s| s.to_string()).collect(),
    }
}

fn ids(map: &EcosystemMap) -> Vec<(&str, u8)> {
    map.partners
        .iter()
        .map(|p| (p.id.as_str(), p.tie))
        .collect()
}

/// Base B {a:2, b:3, c:1}. X (09:10) adds d, removes b, sets a to 4. Y (09:20) adds e,
/// removes c, sets b to 5, and set a to 3 in an edit made at 09:05, before X's.
fn two_advisors() -> Vec<Version> {
    vec![
        version(
            "B",
            0,
            &[],
            vec![partner("a", 2), partner("b", 3), partner("c", 1)],
        ),
        version(
            "X",
            10,
            &["B"],
            vec![
                edited(partner("a", 4), 10),
                partner("c", 1),
                edited(partner("d", 2), 10),
            ],
        ),
        version(
            "Y",
            20,
            &["B"],
            vec![
                edited(partner("a", 3), 5),
                edited(partner("b", 5), 20),
                edited(partner("e", 1), 20),
            ],
        ),
    ]
}

#[test]
fn one_line_of_versions_has_one_head_and_no_merge() {
    let versions = vec![
        version("B", 0, &[], vec![partner("a", 2)]),
        version("C", 5, &["B"], vec![partner("a", 3)]),
    ];
    let resolved = resolve(&versions);
    assert_eq!(resolved.heads, ["C"]);
    assert_eq!(resolved.merge, None);
    assert_eq!(resolved.history.len(), 2);
    assert_eq!(resolved.current(), Some(&versions[1].map));
}

#[test]
fn files_older_than_based_on_are_one_line_of_versions() {
    let versions = vec![
        legacy("20261202-090000", 0, vec![partner("a", 2)]),
        legacy("20261202-090500", 5, vec![]),
        legacy("20261202-091000", 10, vec![partner("b", 1)]),
    ];
    assert_eq!(heads(&versions), [2]);
    assert_eq!(resolve(&versions).merge, None);
}

#[test]
fn two_parallel_versions_merge_partner_by_partner() {
    let resolved = resolve(&two_advisors());
    assert_eq!(resolved.heads, ["X", "Y"]);
    // The base's order first (a, b; c removed), then the additions as each head made them.
    let merged = resolved.current().unwrap();
    assert_eq!(ids(merged), [("a", 4), ("b", 5), ("d", 2), ("e", 1)]);
    assert_eq!(merged.based_on, ["X", "Y"]);
    assert_eq!(merged.saved_at, at(20));
    // Four versions shown: the three saved, then the merge.
    assert_eq!(resolved.history.len(), 4);
    let merge = resolved.merge.unwrap();
    assert_eq!(merge.added, [note("d", &["X"]), note("e", &["Y"])]);
    assert_eq!(merge.removed, [note("c", &["Y"])]);
    assert_eq!(merge.kept_though_removed, [note("b", &["X"])]);
    // a: X's edit at 09:10 beats Y's at 09:05 although Y was saved later.
    assert_eq!(merge.latest_edit_kept, [note("a", &["X"])]);
    assert_eq!(
        merge.sentence(None),
        "Merged from 2 versions saved in parallel on 2026-12-02 09:10 and 2026-12-02 09:20: \
         2 partners added in only some of them (d and e); 1 partner removed in some (c); \
         1 partner removed in one version but changed in another, so kept (b); \
         1 partner changed in several, the latest edit kept (a)."
    );
    // Seen from X: only what Y did is news.
    assert_eq!(
        merge.sentence(Some("X")),
        "Merged with 1 version saved elsewhere on 2026-12-02 09:20 since this map was \
         opened: 1 partner added by the other version (e); 1 partner removed by the other \
         version (c); 1 partner removed in one version but changed in another, so kept (b); \
         1 partner changed in several, the latest edit kept (a)."
    );
}

#[test]
fn without_edit_times_the_later_version_wins() {
    // Format 2 partners carry no edit time: the version's saved_at stands in.
    let versions = vec![
        version("B", 0, &[], vec![partner("a", 2)]),
        version("X", 10, &["B"], vec![partner("a", 4)]),
        version("Y", 20, &["B"], vec![partner("a", 1)]),
    ];
    let resolved = resolve(&versions);
    assert_eq!(ids(resolved.current().unwrap()), [("a", 1)]);
    assert_eq!(
        resolved.merge.unwrap().latest_edit_kept,
        [note("a", &["Y"])]
    );
}

#[test]
fn three_parallel_versions_keep_every_addition() {
    let versions = vec![
        version("B", 0, &[], vec![partner("a", 2)]),
        version("X", 10, &["B"], vec![partner("a", 2), partner("b", 1)]),
        version("Y", 20, &["B"], vec![partner("a", 2), partner("c", 3)]),
        version("Z", 30, &["B"], vec![]),
    ];
    let resolved = resolve(&versions);
    assert_eq!(resolved.heads, ["X", "Y", "Z"]);
    // a: removed by Z, left as it was by X and Y, so removed.
    assert_eq!(ids(resolved.current().unwrap()), [("b", 1), ("c", 3)]);
    let merge = resolved.merge.unwrap();
    assert_eq!(merge.added, [note("b", &["X"]), note("c", &["Y"])]);
    assert_eq!(merge.removed, [note("a", &["Z"])]);
    assert!(merge.kept_though_removed.is_empty());
    assert!(merge.latest_edit_kept.is_empty());
}

#[test]
fn the_base_is_the_newest_version_every_head_was_made_from() {
    // B -> C -> {X, Y}: C (not B) is the base, so a removed in C is no news.
    let versions = vec![
        version("B", 0, &[], vec![partner("a", 2)]),
        version("C", 5, &["B"], vec![partner("b", 2)]),
        version("X", 10, &["C"], vec![partner("b", 2), partner("x", 1)]),
        version("Y", 20, &["C"], vec![partner("b", 2), partner("y", 1)]),
    ];
    let resolved = resolve(&versions);
    assert_eq!(
        ids(resolved.current().unwrap()),
        [("b", 2), ("x", 1), ("y", 1)]
    );
    assert!(resolved.merge.unwrap().removed.is_empty());
}

#[test]
fn a_saved_merge_is_the_one_head() {
    let mut versions = two_advisors();
    let merged = resolve(&versions).current().unwrap().clone();
    versions.push(Version {
        name: "M".into(),
        map: merged.clone(),
    });
    let resolved = resolve(&versions);
    assert_eq!(resolved.heads, ["M"]);
    assert_eq!(resolved.merge, None);
    assert_eq!(resolved.current(), Some(&merged));
}

#[test]
fn additions_on_both_sides_are_one_partner_or_two() {
    let named = |id: &str, name: &str, tie: u8, minute: u32| {
        let mut p = edited(partner(id, tie), minute);
        p.name = name.into();
        p
    };
    let versions = vec![
        version("B", 0, &[], vec![]),
        version(
            "X",
            10,
            &["B"],
            vec![
                named("acme", "Acme", 2, 10),
                named("birch", "Birch", 2, 10),
                partner("same", 3),
            ],
        ),
        version(
            "Y",
            20,
            &["B"],
            vec![
                named("acme", "Acme!", 1, 20),
                named("birch", "BIRCH", 4, 20),
                partner("same", 3),
            ],
        ),
    ];
    let resolved = resolve(&versions);
    // "Birch" and "BIRCH" are one partner: the later edit (Y's tie 4) kept. "Acme" and
    // "Acme!" are two partners that got one id: both kept, the second under a fresh id.
    // `same` was added alike on both sides: nothing to say.
    assert_eq!(
        ids(resolved.current().unwrap()),
        [("acme", 2), ("acme-2", 1), ("birch", 4), ("same", 3)]
    );
    let merge = resolved.merge.unwrap();
    assert_eq!(merge.added, [note("Acme", &["X"]), note("Acme!", &["Y"])]);
    assert_eq!(merge.latest_edit_kept, [note("BIRCH", &["Y"])]);
    assert!(resolved.history.last().unwrap().problems().is_empty());
}

#[test]
fn two_first_versions_are_both_additions() {
    let versions = vec![
        version("X", 10, &[], vec![partner("a", 1)]),
        version("Y", 20, &[], vec![partner("b", 2)]),
    ];
    let resolved = resolve(&versions);
    assert_eq!(ids(resolved.current().unwrap()), [("a", 1), ("b", 2)]);
    assert_eq!(
        resolved.merge.unwrap().added,
        [note("a", &["X"]), note("b", &["Y"])]
    );
}

#[test]
fn the_map_at_a_moment_merges_only_what_was_saved_by_then() {
    let versions = two_advisors();
    let before_y = resolve_at(&versions, Some(&at(15)));
    assert_eq!(before_y.heads, ["X"]);
    assert_eq!(before_y.current(), Some(&versions[1].map));
    let after = resolve_at(&versions, Some(&at(25)));
    assert_eq!(after.heads, ["X", "Y"]);
    assert!(resolve_at(&versions, Some(&at(0))).merge.is_none());
    assert!(resolve_at(&[], None).current().is_none());
}

#[test]
fn edits_are_stamped_against_the_version_they_were_made_from() {
    let base = version(
        "B",
        0,
        &[],
        vec![partner("a", 2), edited(partner("b", 3), 1)],
    )
    .map;
    let mut map = base.clone();
    map.partners[0].tie = 5;
    map.partners.push(partner("c", 1));
    map.stamp_edits(Some(&base), at(30));
    let stamps: Vec<Option<Timestamp>> = map.partners.iter().map(|p| p.edited_at).collect();
    assert_eq!(stamps, [Some(at(30)), Some(at(1)), Some(at(30))]);
    let mut first = EcosystemMap::new("Acme", at(0));
    first.partners.push(partner("a", 1));
    first.stamp_edits(None, at(40));
    assert_eq!(first.partners[0].edited_at, Some(at(40)));
}

#[test]
fn versions_follow_the_versions_they_were_made_from() {
    use crate::ecomap::merge::in_lineage_order;
    // Saved in one second: sorted by name, the merge M came before its heads.
    let versions = vec![
        version("M", 10, &["X", "Y"], vec![]),
        version("X", 10, &["B"], vec![]),
        version("Y", 10, &["B"], vec![]),
        version("B", 10, &[], vec![]),
        version("Z", 10, &[], vec![]),
    ];
    let in_order = |versions| -> Vec<String> {
        in_lineage_order(versions)
            .into_iter()
            .map(|v| v.name)
            .collect()
    };
    assert_eq!(in_order(versions), ["B", "X", "Y", "M", "Z"]);
    // A loop (hand edits) is cut, every version kept once.
    let looped = vec![
        version("P", 1, &["Q"], vec![]),
        version("Q", 2, &["P"], vec![]),
    ];
    assert_eq!(in_order(looped), ["Q", "P"]);
}

#[test]
fn the_map_a_version_was_made_from() {
    use crate::ecomap::merge::map_of;
    let versions = two_advisors();
    let named = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        map_of(&versions, &named(&["X"])),
        Some(versions[1].map.clone())
    );
    let both = map_of(&versions, &named(&["X", "Y"])).unwrap();
    assert_eq!(ids(&both), [("a", 4), ("b", 5), ("d", 2), ("e", 1)]);
    assert_eq!(map_of(&versions, &named(&["gone"])), None);
    assert_eq!(map_of(&versions, &[]), None);
}

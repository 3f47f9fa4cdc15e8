//! Whatever text a person can enter, ecoready reads back what it saved: arbitrary text
//! (any Unicode, YAML punctuation, control and format characters, line breaks), up to each
//! field's input limit, in every free-text field of an assessment and of an ecosystem map,
//! saved through the store and read back through the store, is equal, every time.

use ecoready::assessment::{Assessment, Mode, Setup, Timestamp};
use ecoready::ecomap::{EcosystemMap, Layer, Partner, Relationship};
use ecoready::limits::{self, TextLimit};
use ecoready::questionnaire::builtin;
use ecoready::store::Store;
use proptest::collection::vec;
use proptest::prelude::*;

/// A character drawn so that what YAML treats specially comes up often.
fn character() -> impl Strategy<Value = char> {
    let yaml_punctuation: Vec<char> = "*&'\"[]{}:-?|>#!%@`,\\ ".chars().collect();
    let control: Vec<char> = ('\0'..='\u{1f}')
        .chain(['\u{7f}'])
        .chain('\u{80}'..='\u{9f}')
        .collect();
    let format_and_breaks: Vec<char> = vec![
        '\n',
        '\r',
        '\t',
        '\u{85}',
        '\u{a0}',
        '\u{ad}',
        '\u{200b}',
        '\u{200c}',
        '\u{200d}',
        '\u{200e}',
        '\u{200f}',
        '\u{2028}',
        '\u{2029}',
        '\u{202a}',
        '\u{202e}',
        '\u{2066}',
        '\u{2069}',
        '\u{feff}',
        '\u{fffe}',
        '\u{ffff}',
        '\u{e000}',
        '\u{10ffff}',
    ];
    prop_oneof![
        3 => any::<char>(),
        3 => prop::sample::select(yaml_punctuation),
        2 => prop::sample::select(control),
        2 => prop::sample::select(format_and_breaks),
        2 => prop::char::range('a', 'z'),
    ]
}

/// Text for a field with `limit`: often short, sometimes any length up to the limit,
/// sometimes exactly at it.
fn text(limit: TextLimit) -> impl Strategy<Value = String> {
    let max = limit.max_chars;
    prop_oneof![
        3 => vec(character(), 0..=12),
        2 => vec(character(), 0..=max),
        1 => vec(character(), max..=max),
    ]
    .prop_map(|chars| chars.into_iter().collect())
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse_from_rfc3339(text).unwrap()
}

/// Every setup field.
fn setup() -> impl Strategy<Value = Setup> {
    (
        text(limits::ORGANIZATION),
        text(limits::SECTOR),
        text(limits::RESPONDENT),
        text(limits::ROLE),
        text(limits::ADVISOR),
        text(limits::ROUND),
    )
        .prop_map(|(org, sector, respondent, role, advisor, round)| {
            let mut setup = Setup {
                mode: Mode::Interview,
                advisor: Some(advisor),
                round: Some(round),
                ..Setup::default()
            };
            setup.organization.name = org;
            setup.organization.sector = sector;
            setup.respondent.name = respondent;
            setup.respondent.role = role;
            setup
        })
}

fn partner() -> impl Strategy<Value = (String, String, String, String)> {
    (
        text(limits::PARTNER_NAME),
        text(limits::PARTNER_SECTOR),
        text(limits::BRINGS_NOTE),
        text(limits::WE_BRING),
    )
}

/// A name the map accepts (the forms require one): the text, or with a letter before it
/// when it is blank.
fn named(text: String) -> String {
    if text.trim().is_empty() {
        format!("N{text}")
    } else {
        text
    }
}

proptest! {
    // Enough cases to meet every kind of character in every field many times over,
    // at every length up to the limits, in a few seconds.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn every_assessment_text_reads_back_equal(
        setup in setup(),
        // One possible note per item of the quick check (15 items).
        notes in vec(prop::option::weighted(0.35, text(limits::NOTE)), 15),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("data")).unwrap();
        let loaded = builtin("quick-check").unwrap();
        let q = &loaded.questionnaire;
        prop_assert_eq!(q.item_count(), notes.len());
        // Setup text goes in as typed; `Assessment::start` only drops a blank advisor or
        // round, so they are set afterwards to keep every text.
        let started = at("2025-05-01T09:30:00+02:00");
        let mut assessment =
            Assessment::start(store.new_id(&started), setup.clone(), q, &loaded.digest, started);
        assessment.advisor = setup.advisor.clone();
        assessment.round = setup.round.clone();
        let items: Vec<String> = q.items().map(|r| r.item.id.clone()).collect();
        for (item, note) in items.iter().zip(notes) {
            if let Some(note) = note {
                assessment.set_note(q, item, note, at("2025-05-01T09:31:00+02:00"));
            }
        }
        store.save(&assessment).unwrap();
        prop_assert_eq!(&store.load(&assessment.id).unwrap(), &assessment);
        let listing = store.list();
        prop_assert!(listing.problems.is_empty(), "{:?}", listing.problems);
        prop_assert_eq!(&listing.assessments, &vec![assessment]);
    }

    #[test]
    fn every_map_text_reads_back_equal(
        organization in text(limits::ORGANIZATION),
        partners in vec(partner(), 1..4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("data")).unwrap();
        let mut map = EcosystemMap::new(named(organization), at("2025-05-01T09:30:00+02:00"));
        for (name, sector, brings_note, we_bring) in partners {
            let name = named(name);
            map.partners.push(Partner {
                id: map.new_partner_id(&name),
                name,
                sector,
                layer: Layer::Extended,
                relationship: Relationship::Collaborator,
                brings: Vec::new(),
                brings_note,
                we_bring,
                tie: 2,
                edited_at: None,
            });
        }
        store.save_map(&map).unwrap();
        let (versions, problems) = store.map_versions(&map.organization);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(&versions, &vec![map.clone()]);
        prop_assert_eq!(store.latest_map(&map.organization).unwrap(), Some(map));
    }
}

/// Text of `limit`'s full length in the character that costs most in YAML: U+FEFF is
/// written as the 6-byte escape `\uFEFF`.
fn costliest(limit: TextLimit) -> String {
    "\u{feff}".repeat(limit.max_chars)
}

/// The largest assessment the limits allow, a note of the costliest characters on every
/// item of the largest questionnaire allowed (with the longest ids), and the largest map
/// are saved, and read back, through the store.
#[test]
fn the_largest_files_the_limits_allow_are_saved_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    let loaded = builtin("quick-check").unwrap();
    let q = &loaded.questionnaire;
    let started = at("2025-05-01T09:30:00+02:00");
    let mut setup = Setup {
        mode: Mode::Interview,
        advisor: Some(costliest(limits::ADVISOR)),
        round: Some(costliest(limits::ROUND)),
        ..Setup::default()
    };
    setup.organization.name = costliest(limits::ORGANIZATION);
    setup.organization.sector = costliest(limits::SECTOR);
    setup.respondent.name = costliest(limits::RESPONDENT);
    setup.respondent.role = costliest(limits::ROLE);
    let mut assessment =
        Assessment::start(store.new_id(&started), setup, q, &loaded.digest, started);
    for n in 0..limits::MAX_ITEMS {
        let item = format!("{n:0>width$}", width = limits::MAX_ID_CHARS);
        assessment.set_note(q, &item, costliest(limits::NOTE), started);
    }
    assert_eq!(assessment.answers.len(), limits::MAX_ITEMS);
    store.save(&assessment).unwrap();
    assert_eq!(store.load(&assessment.id).unwrap(), assessment);

    let mut map = EcosystemMap::new(costliest(limits::ORGANIZATION), started);
    for n in 0..limits::MAX_PARTNERS {
        map.partners.push(Partner {
            id: format!("{n:x>40}"),
            name: costliest(limits::PARTNER_NAME),
            sector: costliest(limits::PARTNER_SECTOR),
            layer: Layer::Enabling,
            relationship: Relationship::Institution,
            brings: Vec::new(),
            brings_note: costliest(limits::BRINGS_NOTE),
            we_bring: costliest(limits::WE_BRING),
            tie: 5,
            edited_at: None,
        });
    }
    store.save_map(&map).unwrap();
    assert_eq!(store.latest_map(&map.organization).unwrap(), Some(map));
}

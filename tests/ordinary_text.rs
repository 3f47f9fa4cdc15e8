//! Text people write every day, with `*`, `&`, `'` and `[`, is saved and read back
//! through the store, the plain and full-screen wizards and the command line; text past a
//! field's limit is refused where it is typed, and nothing larger than the read limit is
//! ever written.

// Only the sandbox of the command-line helpers is needed here.
#[allow(dead_code)]
#[path = "cli_support/mod.rs"]
mod support;

use std::collections::VecDeque;
use std::io::Write;
use std::process::Stdio;

use color_eyre::eyre::Result;
use ecoready::app::exit_code;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Setup, Status, now};
use ecoready::ecomap::{EcosystemMap, Layer, Partner, Relationship};
use ecoready::limits;
use ecoready::plain::run_with;
use ecoready::questionnaire::{Loaded, builtin};
use ecoready::store::Store;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Events, Start, initial_app, run_loop};
use ecoready::yaml::MAX_DOCUMENT_BYTES;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::{Sandbox, stderr, stdout};

/// Notes that made assessments unreadable once saved (the old pre-check took them for
/// aliases, the end of a quoted string, or deep nesting).
const ORDINARY: [&str; 8] = [
    "Follow-up - *urgent*",
    "See items 3, *5* and 7",
    "Partner's view: *mixed*",
    "O'Brien's, *firm*",
    "x, &y",
    "Smith, *Jones* Ltd",
    "It's the ''doubled'' quote, 'as typed'",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ forty brackets",
];

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn fresh_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    (dir, store)
}

/// Every setup field holds `text` (the organization made unique per text).
fn setup_of(text: &str) -> Setup {
    Setup {
        organization: Organization {
            name: format!("Org {text}"),
            sector: text.into(),
        },
        respondent: Respondent {
            name: text.into(),
            role: text.into(),
        },
        mode: Mode::Interview,
        advisor: Some(text.into()),
        round: Some(text.into()),
    }
}

fn plain(store: &Store, start: Start, input: &str, interactive: bool) -> (Result<u8>, String) {
    let mut output = Vec::new();
    let outcome = run_with(input.as_bytes(), &mut output, store, start, interactive);
    (outcome, String::from_utf8(output).unwrap())
}

fn only(store: &Store) -> Assessment {
    let listing = store.list();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(listing.assessments.len(), 1);
    listing.assessments.into_iter().next().unwrap()
}

#[test]
fn ordinary_text_in_every_field_survives_the_plain_wizard_list_load_and_resume() {
    for text in ORDINARY {
        let (_dir, store) = fresh_store();
        let start = Start::New {
            setup: setup_of(text),
            questionnaire: Box::new(quick()),
        };
        let (outcome, shown) = plain(&store, start, &format!("n {text}\n4\nq\n"), false);
        assert_eq!(outcome.unwrap(), 0, "{text:?}: {shown}");
        let listed = only(&store);
        assert_eq!(listed.organization.sector, text);
        assert_eq!(listed.respondent.name, text);
        assert_eq!(listed.respondent.role, text);
        assert_eq!(listed.advisor.as_deref(), Some(text));
        assert_eq!(listed.round.as_deref(), Some(text));
        assert_eq!(listed.answers[0].note, text);
        assert_eq!(store.load(&listed.id).unwrap(), listed);
        // Resuming reads it back and saves it again; it is still readable and the same.
        let (outcome, shown) = plain(&store, Start::Resume(listed.id.clone()), "q\n", false);
        assert_eq!(outcome.unwrap(), 0, "{text:?}: {shown}");
        assert!(shown.starts_with("Resuming draft"), "{shown}");
        assert_eq!(only(&store).answers, listed.answers);
    }
}

#[test]
fn ordinary_text_in_a_map_survives_the_store() {
    let (_dir, store) = fresh_store();
    for text in ORDINARY {
        let mut map = EcosystemMap::new(format!("Org {text}"), now());
        map.partners.push(Partner {
            id: map.new_partner_id(text),
            name: text.into(),
            sector: text.into(),
            layer: Layer::Immediate,
            relationship: Relationship::Supplier,
            brings: Vec::new(),
            brings_note: text.into(),
            we_bring: text.into(),
            tie: 3,
            edited_at: None,
        });
        store.save_map(&map).unwrap();
        let (versions, problems) = store.map_versions(&map.organization);
        assert!(problems.is_empty(), "{text:?}: {problems:?}");
        assert_eq!(versions, [map.clone()]);
        assert_eq!(store.latest_map(&map.organization).unwrap(), Some(map));
    }
    assert_eq!(store.mapped_organizations().len(), ORDINARY.len());
}

/// `ecoready --plain new` with every text flag set to `text`, answering one question.
fn new_from_the_command_line(sandbox: &Sandbox, text: &str) -> std::process::Output {
    let org = format!("Org {text}");
    let mut child = sandbox
        .bare_command()
        .arg("--data-dir")
        .arg(sandbox.data.path())
        .args(["--plain", "new", "--org", &org, "--sector", text])
        .args(["--respondent", text, "--role", text, "--round", text])
        .args(["--advisor", text])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"4\nq\n").unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn ordinary_text_in_the_flags_of_new_is_listed_and_shown() {
    let sandbox = Sandbox::new();
    for text in ORDINARY {
        let output = new_from_the_command_line(&sandbox, text);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{text:?}: {}",
            stderr(&output)
        );
    }
    let listed = sandbox.run(&["list", "--json"]);
    assert_eq!(listed.status.code(), Some(0), "{}", stderr(&listed));
    assert!(stderr(&listed).is_empty(), "{}", stderr(&listed));
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let ids: Vec<&str> = listed["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), ORDINARY.len());
    for id in ids {
        let shown = sandbox.run(&["show", id]);
        assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    }
    let store = sandbox.store();
    for text in ORDINARY {
        let listing = store.list();
        assert!(
            listing
                .assessments
                .iter()
                .any(|a| a.round.as_deref() == Some(text) && a.organization.sector == text),
            "{text:?}"
        );
    }
}

#[test]
fn a_flag_past_its_limit_exits_2_naming_the_flag_and_the_limit() {
    let sandbox = Sandbox::new();
    let long = "r".repeat(limits::ROUND.max_chars + 1);
    let output = sandbox.run(&["--plain", "new", "--org", "Acme", "--round", &long]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("--round: the round label is limited to 100 characters"),
        "{message}"
    );
    assert!(stdout(&output).is_empty());
    assert!(sandbox.store().list().assessments.is_empty());
    let at_limit = "r".repeat(limits::ROUND.max_chars);
    let output = sandbox.run(&["--plain", "new", "--org", "Acme", "--round", &at_limit]);
    // Accepted (the run then stops only because the test gives it no input).
    assert!(!stderr(&output).contains("--round"), "{}", stderr(&output));
    assert_eq!(
        sandbox.store().list().assessments[0].round.as_deref(),
        Some(at_limit.as_str())
    );
}

#[test]
fn a_plain_note_past_its_limit_is_refused_and_the_draft_kept() {
    let long = "n".repeat(limits::NOTE.max_chars + 1);
    let start = || Start::New {
        setup: setup_of("Acme"),
        questionnaire: Box::new(quick()),
    };
    // Piped: the run ends naming the line and the limit; the answer before it is saved.
    let (_dir, store) = fresh_store();
    let (outcome, _) = plain(&store, start(), &format!("4\nn {long}\nq\n"), false);
    let error = outcome.unwrap_err();
    assert_eq!(exit_code(&error), 2);
    let message = format!("{error:#}");
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains("limited to 2,000 characters"), "{message}");
    let saved = only(&store);
    assert_eq!(saved.responses().len(), 1);
    assert!(saved.answers.iter().all(|a| a.note.is_empty()));
    // Interactive: explained, and a note within the limit can follow (after Enter for
    // the offered language of the answers).
    let (_dir, store) = fresh_store();
    let input = format!("\nn {long}\nn shorter\n4\nq\n");
    let (outcome, shown) = plain(&store, start(), &input, true);
    assert_eq!(outcome.unwrap(), 0);
    assert!(shown.contains("the note was not saved"), "{shown}");
    assert_eq!(only(&store).answers[0].note, "shorter");
}

#[test]
fn the_store_never_writes_a_file_its_reader_would_refuse() {
    let (_dir, store) = fresh_store();
    let loaded = quick();
    let q = &loaded.questionnaire;
    let mut assessment = Assessment::start(
        store.new_id(&now()),
        setup_of("Acme"),
        q,
        &loaded.digest,
        now(),
    );
    store.save(&assessment).unwrap();
    let before = store.load(&assessment.id).unwrap();
    // U+FEFF is written as the 6-byte escape `\uFEFF`: a note of a million is 6 MB.
    let item = q.items().next().unwrap().item.id.clone();
    assessment.set_note(q, &item, "\u{feff}".repeat(1_000_000), now());
    let error = store.save(&assessment).unwrap_err();
    let message = format!("{error:#}");
    assert!(message.contains("not saved"), "{message}");
    assert!(
        message.contains(&format!(
            "{} bytes",
            ecoready::i18n::integer(MAX_DOCUMENT_BYTES as i64)
        )),
        "{message}"
    );
    assert_eq!(store.load(&assessment.id).unwrap(), before);

    let mut map = EcosystemMap::new("Acme", now());
    map.partners.push(Partner {
        id: "p".into(),
        name: "\u{feff}".repeat(1_000_000),
        sector: String::new(),
        layer: Layer::Immediate,
        relationship: Relationship::Supplier,
        brings: Vec::new(),
        brings_note: String::new(),
        we_bring: String::new(),
        tie: 3,
        edited_at: None,
    });
    assert!(store.save_map(&map).is_err());
    assert_eq!(store.latest_map("Acme").unwrap(), None);
}

struct Keys(VecDeque<Event>);

impl Events for Keys {
    fn next(&mut self) -> Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width as usize;
    let cells: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
    cells
        .chunks(width)
        .map(|row| row.concat())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_note_editor_stops_at_the_limit_says_so_and_keeps_the_text() {
    let (_dir, store) = fresh_store();
    // A draft whose first question has a note two characters short of the limit.
    let loaded = quick();
    let q = &loaded.questionnaire;
    let mut draft = Assessment::start(
        store.new_id(&now()),
        setup_of("Acme"),
        q,
        &loaded.digest,
        now(),
    );
    let item = q.items().next().unwrap().item.id.clone();
    let almost = "a".repeat(limits::NOTE.max_chars - 2);
    draft.set_note(q, &item, almost.clone(), now());
    store.keep_questionnaire(q, &loaded.text).unwrap();
    store.save(&draft).unwrap();
    let mut app = initial_app(
        Start::Resume(draft.id.clone()),
        vec![quick()],
        Theme::MONOCHROME,
    );
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    // It opens on that question: edit the note and type five characters.
    let mut keys = vec![key(KeyCode::Char('n'))];
    keys.extend((0..5).map(|_| key(KeyCode::Char('b'))));
    run_loop(&mut terminal, &mut app, &store, &mut Keys(keys.into())).unwrap();
    let shown = screen(&terminal);
    assert!(
        shown.contains("The note is limited to 2,000 characters"),
        "{shown}"
    );
    assert!(shown.contains("2000/2000"), "{shown}");
    let finish = vec![key(KeyCode::Enter)];
    run_loop(&mut terminal, &mut app, &store, &mut Keys(finish.into())).unwrap();
    let saved = only(&store);
    assert_eq!(saved.status, Status::Draft);
    assert_eq!(saved.answers[0].note, format!("{almost}bb"));
}

#[test]
fn the_setup_form_stops_at_a_field_limit_and_says_so() {
    let (_dir, store) = fresh_store();
    let start = Start::New {
        setup: Setup {
            organization: Organization {
                name: "Acme".into(),
                sector: String::new(),
            },
            ..Setup::default()
        },
        questionnaire: Box::new(quick()),
    };
    let mut app = initial_app(start, vec![quick()], Theme::MONOCHROME);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    // Down to the sector, then five characters more than it holds.
    let mut keys = vec![key(KeyCode::Down)];
    keys.extend((0..limits::SECTOR.max_chars + 5).map(|_| key(KeyCode::Char('s'))));
    run_loop(&mut terminal, &mut app, &store, &mut Keys(keys.into())).unwrap();
    let shown = screen(&terminal);
    assert!(
        shown.contains("The sector is limited to 100 characters"),
        "{shown}"
    );
    run_loop(
        &mut terminal,
        &mut app,
        &store,
        &mut Keys(vec![key(KeyCode::Enter)].into()),
    )
    .unwrap();
    let saved = only(&store);
    assert_eq!(
        saved.organization.sector,
        "s".repeat(limits::SECTOR.max_chars)
    );
}

/// A hand-made draft of 420,000 bare `- item: a` entries (4.19 MB) was rewritten by
/// `resume` as 19.7 MB: every entry comes back with `response: null` and
/// `answered_at: null`. Such a file is now refused when read, for its number of values,
/// and left exactly as it was.
#[test]
fn a_draft_of_bare_answer_entries_is_refused_rather_than_rewritten_larger() {
    let (_dir, store) = fresh_store();
    let start = Start::New {
        setup: setup_of("Acme"),
        questionnaire: Box::new(quick()),
    };
    let (outcome, _) = plain(&store, start, "4\nq\n", false);
    assert_eq!(outcome.unwrap(), 0);
    let id = only(&store).id;
    let path = store.assessments_dir().join(format!("{id}.yaml"));
    let saved = std::fs::read_to_string(&path).unwrap();
    let bare = "- item: a\n".repeat(ecoready::yaml::MAX_NODES / 3 + 1);
    let padded = saved.replacen("answers:\n", &format!("answers:\n{bare}"), 1);
    // Sealed again, so the size is what is wrong with it.
    let padded = ecoready::integrity::reseal(&padded);
    std::fs::write(&path, &padded).unwrap();
    let (outcome, _) = plain(&store, Start::Resume(id), "3\nq\n", false);
    let message = format!("{:#}", outcome.unwrap_err());
    assert!(message.contains("more than 50,000 values"), "{message}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), padded);
}

#[test]
fn plain_setup_prompts_ask_again_for_text_past_its_limit() {
    let (_dir, store) = fresh_store();
    let start = Start::New {
        setup: Setup::default(),
        questionnaire: Box::new(quick()),
    };
    let too_long_org = "o".repeat(limits::ORGANIZATION.max_chars + 1);
    let too_long_sector = "s".repeat(limits::SECTOR.max_chars + 1);
    let input =
        format!("{too_long_org}\nAcme\n{too_long_sector}\nfood\nAnn\nowner\nbaseline\n\nq\n");
    let (outcome, shown) = plain(&store, start, &input, true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(
        shown.contains("the organization name is limited to 200 characters (this one has 201); type a shorter one"),
        "{shown}"
    );
    assert!(
        shown.contains("the sector is limited to 100 characters (this one has 101)"),
        "{shown}"
    );
    let saved = only(&store);
    assert_eq!(saved.organization.name, "Acme");
    assert_eq!(saved.organization.sector, "food");
    assert_eq!(saved.round.as_deref(), Some("baseline"));
}

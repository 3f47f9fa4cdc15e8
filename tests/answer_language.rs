//! The language of the answers chosen at setup: the plain-mode prompt and the full-screen
//! setup field, over the built-in quick check (offered in English, German and Spanish).
//! Nothing here depends on the translations' wording.

use ecoready::app::{Start, in_answer_language};
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Setup};
use ecoready::i18n::{Lang, with_lang};
use ecoready::plain::run_with;
use ecoready::questionnaire::{Loaded, builtin};
use ecoready::store::Store;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Events, initial_app, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn fresh_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    (dir, store)
}

fn setup() -> Setup {
    Setup {
        organization: Organization {
            name: "Alder Bakery".into(),
            sector: "food".into(),
        },
        respondent: Respondent {
            name: "Robin".into(),
            role: "owner".into(),
        },
        mode: Mode::SelfAssessment,
        round: Some("baseline".into()),
        ..Setup::default()
    }
}

fn new(questionnaire: Loaded) -> Start {
    Start::New {
        setup: setup(),
        questionnaire: Box::new(questionnaire),
    }
}

fn plain(store: &Store, start: Start, input: &str, interactive: bool) -> String {
    let mut output = Vec::new();
    let outcome = run_with(input.as_bytes(), &mut output, store, start, interactive);
    let shown = String::from_utf8(output).unwrap();
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    shown
}

fn only(store: &Store) -> Assessment {
    let listing = store.list();
    assert_eq!(listing.assessments.len(), 1, "{:?}", listing.problems);
    listing.assessments.into_iter().next().unwrap()
}

#[test]
fn plain_setup_offers_the_languages_and_records_the_one_chosen() {
    let (_dir, store) = fresh_store();
    // A wrong number is asked again; 2 is German; one answer (a draft with none is not
    // kept), then leave.
    let shown = with_lang(Lang::En, || {
        plain(&store, new(quick()), "7\n2\n4\nq\n", true)
    });
    let offered =
        "Language of the questions and answers:\n  1) English\n  2) Deutsch\n  3) Español\n";
    assert!(shown.contains(offered), "{shown}");
    assert!(shown.contains("Choose 1-3 (Enter for 1):"), "{shown}");
    assert!(shown.contains("choose a number from 1 to 3"), "{shown}");
    let a = only(&store);
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(a.answer_language(), "de");
    // The digest is the source questionnaire's, whatever the language.
    assert_eq!(a.questionnaire.digest, quick().digest);
}

#[test]
fn plain_setup_defaults_to_the_language_of_the_messages_and_pipes_ask_nothing() {
    let (_dir, store) = fresh_store();
    // Enter takes the default: Spanish, the language the messages are shown in.
    let shown = with_lang(Lang::Es, || plain(&store, new(quick()), "\n4\nq\n", true));
    assert!(shown.contains("(Intro para 3)"), "{shown}");
    assert_eq!(only(&store).language.as_deref(), Some("es"));

    // Piped, nothing is asked: the default applies (English here).
    let (_dir, store) = fresh_store();
    let shown = with_lang(Lang::En, || plain(&store, new(quick()), "4\nq\n", false));
    assert!(!shown.contains("Language of the questions"), "{shown}");
    assert_eq!(only(&store).language, None);
}

#[test]
fn a_language_given_before_setup_is_not_asked_again() {
    let (_dir, store) = fresh_store();
    let german = in_answer_language(&quick(), Lang::De);
    let shown = with_lang(Lang::En, || plain(&store, new(german), "4\nq\n", true));
    assert!(!shown.contains("Language of the questions"), "{shown}");
    assert_eq!(only(&store).language.as_deref(), Some("de"));
}

/// Keys for the full-screen wizard, then Ctrl-C-free leaving by running out.
struct Keys(std::collections::VecDeque<Event>);

impl Events for Keys {
    fn next(&mut self) -> color_eyre::eyre::Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// The setup screen after `keys`, at 80x24, as text.
fn setup_screen(keys: Vec<Event>, lang: Lang) -> (String, Store, tempfile::TempDir) {
    let (dir, store) = fresh_store();
    with_lang(lang, || {
        let mut app = initial_app(new(quick()), vec![quick()], Theme::MONOCHROME);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        run_loop(&mut terminal, &mut app, &store, &mut Keys(keys.into())).unwrap();
        let buffer = terminal.backend().buffer().clone();
        let text = (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n");
        (text, store, dir)
    })
}

#[test]
fn the_setup_screen_has_a_language_field_that_cycles_and_starts_in_the_language_chosen() {
    // Down to the language field (organization, sector, respondent, role, mode, round,
    // questionnaire, language), once right: German.
    let mut keys: Vec<Event> = (0..7).map(|_| key(KeyCode::Down)).collect();
    keys.push(key(KeyCode::Right));
    let (screen, _store, _dir) = setup_screen(keys.clone(), Lang::En);
    insta::assert_snapshot!("setup_language_field", screen);
    assert!(screen.contains("Answer language"), "{screen}");
    assert!(screen.contains("Deutsch"), "{screen}");
    // Enter starts the assessment in German.
    keys.push(key(KeyCode::Enter));
    let (_screen, store, _dir) = setup_screen(keys, Lang::En);
    assert_eq!(only(&store).language.as_deref(), Some("de"));
}

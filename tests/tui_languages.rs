//! The full-screen wizard in German and Spanish: the main screens at 80x24 as snapshots,
//! and, screen by screen, every label, heading and key hint English shows in full is
//! shown in full in the other languages too (German runs about a third longer).

mod support;

use ecoready::assessment::{Assessment, Mode};
use ecoready::i18n::{Lang, with_lang};
use ecoready::questionnaire;
use ecoready::store::Store;
use ecoready::strings;
use ecoready::tui::app::App;
use ecoready::tui::keymap::{self, Context};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::{Event, KeyCode};
use support::fixtures::{answered, answered_with, at, drive, full, key, opened, setup, store};

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;
const TRANSLATED: [Lang; 2] = [Lang::De, Lang::Es];

fn home() -> App {
    initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR)
}

/// The screen after `events`, drawn at 80x24 in `lang`.
fn shown(lang: Lang, make: impl FnOnce() -> App, store: &Store, events: Vec<Event>) -> String {
    with_lang(lang, || {
        let mut app = make();
        drive(&mut app, store, events, WIDTH, HEIGHT)
            .backend()
            .to_string()
    })
}

/// Two complete check-ins of one organization and a draft of another.
fn listed(store: &Store) -> Vec<Assessment> {
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    let mut saved = Vec::new();
    for (id, round, day, shift) in [
        ("20260101-090000-aaaa", "baseline", 1, 0),
        ("20260301-090000-bbbb", "mid-year", 3, 2),
    ] {
        let mut a = answered_with(id, "Alder Bakery", "Robin Owner", true, &q, shift);
        a.round = Some(round.into());
        a.started_at = at(day, 10);
        a.completed_at = Some(at(day, 11));
        a.updated_at = at(day, 11);
        store.save(&a).unwrap();
        saved.push(a);
    }
    let mut draft = answered("20260315-090000-cccc", "Birch Logistics", false, &q);
    draft.started_at = at(15, 9);
    store.save(&draft).unwrap();
    saved.push(draft);
    saved
}

/// A draft standing on its third question (help text, options, note and flag).
fn on_a_question(store: &Store) -> App {
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &full());
    draft.position = 2;
    opened(store, draft)
}

/// A complete assessment, opened on its Results.
fn on_results(store: &Store) -> App {
    opened(
        store,
        answered("20260314-090000-aaaa", "Alder Bakery", true, &full()),
    )
}

/// Setup of a guided interview, every field filled.
fn on_setup() -> App {
    initial_app(
        Start::New {
            setup: setup("Alder Bakery", "Robin Owner", Mode::Interview),
            questionnaire: Box::new(full()),
        },
        questionnaire::builtins(),
        Theme::COLOR,
    )
}

/// The help bar's hints of `context` in `lang`, as the bar writes them ("key help").
fn bar_hints(lang: Lang, context: Context, digits: u8) -> Vec<String> {
    with_lang(lang, || {
        keymap::help_bar(context, digits)
            .into_iter()
            .map(|(key, help)| format!("{key} {help}"))
            .collect()
    })
}

/// The `?` overlay's rows of `context` in `lang`: the keys, then what they do.
fn overlay_rows(lang: Lang, context: Context, digits: u8) -> Vec<(String, String)> {
    with_lang(lang, || {
        keymap::help_overlay(context, digits)
            .into_iter()
            .map(|(keys, help)| (keys, help.to_string()))
            .collect()
    })
}

/// Texts of `lang` each of which must stand whole on one row of `screen`.
fn assert_whole(lang: Lang, name: &str, screen: &str, texts: &[String]) {
    let missing: Vec<&String> = texts
        .iter()
        .filter(|t| !screen.contains(t.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "{lang:?} {name}: not shown whole: {missing:?}\n{screen}"
    );
}

/// Every text at index n of `local` is whole on `screen` where the English text at index
/// n is whole on `english` (the same screen in English). At least `least` of the English
/// ones must be shown, so the check is never empty.
fn assert_whole_as_in_english(
    lang: Lang,
    name: &str,
    (english, screen): (&str, &str),
    (english_texts, local_texts): (&[String], &[String]),
    least: usize,
) {
    assert_eq!(english_texts.len(), local_texts.len());
    let expected: Vec<String> = english_texts
        .iter()
        .zip(local_texts)
        .filter(|(en, _)| english.contains(en.as_str()))
        .map(|(_, local)| local.clone())
        .collect();
    assert!(
        expected.len() >= least,
        "{name}: English shows only {expected:?}\n{english}"
    );
    assert_whole(lang, name, screen, &expected);
}

/// In `lang`: a list of messages, each looked up in that language.
fn texts(lang: Lang, messages: &[fn() -> &'static str]) -> Vec<String> {
    with_lang(lang, || messages.iter().map(|m| m().to_string()).collect())
}

#[test]
fn home_in_german_and_spanish() {
    let (_dir, store) = store();
    listed(&store);
    let english = shown(Lang::En, home, &store, Vec::new());
    let english_hints = bar_hints(Lang::En, Context::Home, 9);
    for lang in TRANSLATED {
        let screen = shown(lang, home, &store, Vec::new());
        insta::assert_snapshot!(format!("home_{}_80x24", lang.code()), screen);
        let menu = texts(
            lang,
            &[
                strings::home_title,
                strings::menu_new,
                strings::menu_resume,
                strings::menu_history,
                strings::menu_maps,
                strings::menu_evidence,
                strings::menu_quit,
                strings::recent,
            ],
        );
        assert_whole(lang, "home", &screen, &menu);
        assert_whole_as_in_english(
            lang,
            "home's key hints",
            (&english, &screen),
            (&english_hints, &bar_hints(lang, Context::Home, 9)),
            4,
        );
    }
}

#[test]
fn setup_in_german_and_spanish() {
    let (_dir, store) = store();
    let english = shown(Lang::En, on_setup, &store, Vec::new());
    let english_hints = bar_hints(Lang::En, Context::Setup, 9);
    for lang in TRANSLATED {
        let screen = shown(lang, on_setup, &store, Vec::new());
        insta::assert_snapshot!(format!("setup_{}_80x24", lang.code()), screen);
        let mut labels = texts(
            lang,
            &[
                strings::field_organization,
                strings::field_sector,
                strings::field_mode,
                strings::field_advisor,
                strings::field_round,
                strings::field_questionnaire,
                strings::mode_interview,
            ],
        );
        labels.extend(with_lang(lang, || {
            [
                strings::respondent_field(Mode::Interview),
                strings::role_field(Mode::Interview),
            ]
            .map(str::to_string)
        }));
        assert_whole(lang, "setup", &screen, &labels);
        // The hint above the fields is there to its last word.
        let hint = with_lang(lang, strings::setup_hint);
        let last_word = hint.split_whitespace().last().unwrap_or_default();
        assert!(
            screen.contains(last_word),
            "{lang:?}: {last_word}\n{screen}"
        );
        assert_whole_as_in_english(
            lang,
            "setup's key hints",
            (&english, &screen),
            (&english_hints, &bar_hints(lang, Context::Setup, 9)),
            2,
        );
    }
}

#[test]
fn a_question_with_its_levels_in_german_and_spanish() {
    let (_dir, store) = store();
    let english = shown(Lang::En, || on_a_question(&store), &store, Vec::new());
    let digits = 5;
    let english_hints = bar_hints(Lang::En, Context::Question, digits);
    for lang in TRANSLATED {
        let screen = shown(lang, || on_a_question(&store), &store, Vec::new());
        insta::assert_snapshot!(format!("question_{}_80x24", lang.code()), screen);
        let labels = texts(lang, &[strings::dont_know, strings::note_label]);
        assert_whole(lang, "question", &screen, &labels);
        assert_whole_as_in_english(
            lang,
            "the question's key hints",
            (&english, &screen),
            (&english_hints, &bar_hints(lang, Context::Question, digits)),
            4,
        );
    }
}

/// A draft on its Review, two questions unanswered and one flagged.
fn on_review(store: &Store) -> App {
    let q = full();
    let mut draft = answered("20260314-090000-aaaa", "Alder Bakery", false, &q);
    let unanswered: Vec<String> = q
        .questionnaire
        .items()
        .skip(3)
        .take(2)
        .map(|r| r.item.id.clone())
        .collect();
    for id in &unanswered {
        draft.clear_response(&q.questionnaire, id, at(14, 10));
    }
    draft.position = q.questionnaire.item_count();
    opened(store, draft)
}

#[test]
fn review_in_german_and_spanish_keeps_its_summary_whole() {
    let (_dir, store) = store();
    for lang in TRANSLATED {
        let screen = shown(lang, || on_review(&store), &store, Vec::new());
        insta::assert_snapshot!(format!("review_{}_80x24", lang.code()), screen);
        let headings = texts(
            lang,
            &[
                strings::review_title,
                strings::finish,
                strings::unanswered,
                strings::flagged_heading,
            ],
        );
        assert_whole(lang, "review", &screen, &headings);
        // The summary above the list has two rows: the hint after it must end there.
        let hint = with_lang(lang, strings::review_hint);
        let last_word = hint.split_whitespace().last().unwrap_or_default();
        assert!(
            screen.contains(last_word),
            "{lang:?}: {last_word}\n{screen}"
        );
    }
}

#[test]
fn results_in_german_and_spanish() {
    let (_dir, store) = store();
    let english = shown(Lang::En, || on_results(&store), &store, Vec::new());
    let english_hints = bar_hints(Lang::En, Context::Results, 9);
    for lang in TRANSLATED {
        let screen = shown(lang, || on_results(&store), &store, Vec::new());
        insta::assert_snapshot!(format!("results_{}_80x24", lang.code()), screen);
        let headings = texts(
            lang,
            &[
                strings::results_title,
                strings::overall,
                strings::by_dimension,
            ],
        );
        assert_whole(lang, "results", &screen, &headings);
        assert_whole_as_in_english(
            lang,
            "the results' key hints",
            (&english, &screen),
            (&english_hints, &bar_hints(lang, Context::Results, 9)),
            4,
        );
    }
}

#[test]
fn the_help_overlay_in_german_and_spanish_shows_every_key_whole() {
    let (_dir, store) = store();
    let help = || vec![key(KeyCode::Char('?'))];
    let english = shown(Lang::En, || on_a_question(&store), &store, help());
    let english_rows = overlay_rows(Lang::En, Context::Question, 5);
    // English shows every row whole: so must the others.
    for (keys, what) in &english_rows {
        assert!(english.contains(what.as_str()) && english.contains(keys.as_str()));
    }
    for lang in TRANSLATED {
        let screen = shown(lang, || on_a_question(&store), &store, help());
        insta::assert_snapshot!(format!("help_overlay_{}_80x24", lang.code()), screen);
        let rows = overlay_rows(lang, Context::Question, 5);
        assert_eq!(rows.len(), english_rows.len());
        let whole: Vec<String> = rows
            .iter()
            .flat_map(|(keys, what)| [keys.clone(), what.clone()])
            .chain(texts(lang, &[strings::help_title, strings::help_close]))
            .collect();
        assert_whole(lang, "help overlay", &screen, &whole);
    }
}

#[test]
fn history_in_german_and_spanish() {
    let (_dir, store) = store();
    listed(&store);
    let into_history = || vec![key(KeyCode::Char('h')), key(KeyCode::Enter)];
    let english = shown(Lang::En, home, &store, into_history());
    let english_hints = bar_hints(Lang::En, Context::History, 9);
    for lang in TRANSLATED {
        let screen = shown(lang, home, &store, into_history());
        insta::assert_snapshot!(format!("history_{}_80x24", lang.code()), screen);
        let mut labels = texts(
            lang,
            &[
                strings::history_title,
                strings::search_hint,
                strings::filter_keys,
            ],
        );
        labels.extend(["Alder Bakery (2)", "baseline", "mid-year"].map(str::to_string));
        labels.extend(with_lang(lang, || {
            [
                ecoready::tr!("tui-history-name-column"),
                ecoready::tr!("tui-history-started-column"),
                ecoready::tr!("tui-history-score-column"),
                ecoready::tr!("tui-key-add-respondent"),
            ]
            .map(str::to_string)
        }));
        assert_whole(lang, "history", &screen, &labels);
        assert_whole_as_in_english(
            lang,
            "history's key hints",
            (&english, &screen),
            (&english_hints, &bar_hints(lang, Context::History, 9)),
            4,
        );
    }
}

#[test]
fn history_s_key_help_in_german_and_spanish() {
    // History has the most keys: two columns, whose longer German and Spanish texts wrap
    // instead of running off the side (every screen's help is checked word by word in
    // the overlay's own tests).
    let (_dir, store) = store();
    listed(&store);
    let help = || {
        vec![
            key(KeyCode::Char('h')),
            key(KeyCode::Enter),
            key(KeyCode::Char('?')),
        ]
    };
    for lang in TRANSLATED {
        let screen = shown(lang, home, &store, help());
        insta::assert_snapshot!(format!("history_help_{}_80x24", lang.code()), screen);
        let texts = with_lang(lang, || {
            [
                ecoready::tr!("tui-key-trash-restore"),
                ecoready::tr!("tui-key-merge-into-another"),
            ]
        });
        for text in texts {
            for word in text.split_whitespace() {
                assert!(
                    screen
                        .split(|c: char| c.is_whitespace() || c == '│')
                        .any(|w| w == word),
                    "{lang}: {word:?} of {text:?} is cut:\n{screen}"
                );
            }
        }
    }
}

#[test]
fn english_is_shown_in_english_and_the_others_are_not() {
    // A guard on the test itself: with_lang really switches the wizard's language.
    let (_dir, store) = store();
    let english = shown(Lang::En, home, &store, Vec::new());
    assert!(english.contains("Start a new assessment"), "{english}");
    let german = shown(Lang::De, home, &store, Vec::new());
    assert!(german.contains("Neue Einschätzung beginnen"), "{german}");
    assert!(!german.contains("Start a new assessment"), "{german}");
    let spanish = shown(Lang::Es, home, &store, Vec::new());
    assert!(
        spanish.contains("Empezar una evaluación nueva"),
        "{spanish}"
    );
}

/// A wizard started on Home loads its questionnaires only when Setup opens; the Setup it
/// opens still offers the questions in the interface's language, and starts them in it.
#[test]
fn a_setup_opened_from_home_asks_in_the_interface_language() {
    let (_dir, store) = store();
    for (lang, field, word) in [
        (Lang::De, "Antwortsprache", "Deutsch"),
        (Lang::Es, "Idioma de respuesta", "Español"),
    ] {
        let screen = shown(
            lang,
            || initial_app(Start::Home, Vec::new(), Theme::COLOR),
            &store,
            vec![key(KeyCode::Char('n'))],
        );
        let row = screen
            .lines()
            .find(|line| line.contains(field))
            .unwrap_or_else(|| panic!("{lang}: no answer language on\n{screen}"));
        assert!(row.contains(word), "{lang}: {row}");
    }
}

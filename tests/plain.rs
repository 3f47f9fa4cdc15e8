//! The plain wizard driven with in-memory input and output: whole assessments, back,
//! don't know, notes, flags, mistakes (explained when interactive, fatal with their line
//! number when piped), resuming, and the same record as the full-screen wizard.

use std::collections::{BTreeMap, VecDeque};

use color_eyre::eyre::Result;
use ecoready::app::exit_code;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup, Status};
use ecoready::plain::run_with;
use ecoready::questionnaire::{Loaded, builtin};
use ecoready::scoring;
use ecoready::store::Store;
use ecoready::tui::theme::Theme;
use ecoready::tui::{Events, Start, initial_app, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const NOTE: &str = "Ask about the harbour project";

fn quick() -> Loaded {
    builtin("quick-check").unwrap()
}

fn fresh_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    (dir, store)
}

fn setup(org: &str, mode: Mode) -> Setup {
    Setup {
        organization: Organization {
            name: org.into(),
            sector: "food processing".into(),
        },
        respondent: Respondent {
            name: "Robin Owner".into(),
            role: "owner".into(),
        },
        mode,
        advisor: (mode == Mode::Interview).then(|| "Dana Advisor".to_string()),
        round: Some("baseline".into()),
    }
}

fn new(org: &str) -> Start {
    Start::New {
        setup: setup(org, Mode::SelfAssessment),
        questionnaire: Box::new(quick()),
    }
}

/// Runs the plain wizard over `input`; returns its outcome and everything it printed.
fn plain(store: &Store, start: Start, input: &str, interactive: bool) -> (Result<u8>, String) {
    let mut output = Vec::new();
    let outcome = run_with(input.as_bytes(), &mut output, store, start, interactive);
    (outcome, String::from_utf8(output).unwrap())
}

/// The one assessment in the store.
fn only(store: &Store) -> Assessment {
    let listing = store.list();
    assert_eq!(listing.assessments.len(), 1, "{:?}", listing.problems);
    listing.assessments.into_iter().next().unwrap()
}

/// What the record says per item: response, note and flag (not the times).
fn recorded(a: &Assessment) -> Vec<(String, Option<Response>, String, bool)> {
    a.answers
        .iter()
        .map(|x| (x.item.clone(), x.response, x.note.clone(), x.flagged))
        .collect()
}

/// The quick check's items 4-15 answered so every one scores 50: level 3 on the five
/// levels (100 * 2 / 4 = 50).
fn middle_of_the_rest() -> String {
    let q = quick().questionnaire;
    q.items()
        .skip(3)
        .map(|r| match q.value_range(r.item).unwrap() {
            (1, 5) => "3\n",
            other => panic!("unexpected scale {other:?}"),
        })
        .collect()
}

/// A whole session: level 4 on question 1; a bad line; a note and a flag on question 2,
/// an option that does not exist, 2, back, 5; don't know on question 3; the rest in the
/// middle; Enter on the review finishes.
fn whole_session() -> String {
    format!(
        "4\nmaybe\nn {NOTE}\nf\n9\n2\nb\n5\n0\n{}\n",
        middle_of_the_rest()
    )
}

/// `whole_session` typed at a terminal: Enter first takes the offered language of the
/// answers (the language prompt is asked only interactively).
fn interactive_session() -> String {
    format!("\n{}", whole_session())
}

/// The responses `whole_session` gives.
fn expected_responses() -> BTreeMap<String, Response> {
    let q = quick().questionnaire;
    q.items()
        .map(|r| {
            let response = match r.index {
                0 => Response::Value(4),
                1 => Response::Value(5),
                2 => Response::DontKnow,
                _ => {
                    let (min, max) = q.value_range(r.item).unwrap();
                    Response::Value((min + max) / 2)
                }
            };
            (r.item.id.clone(), response)
        })
        .collect()
}

#[test]
fn a_whole_interactive_assessment_is_saved_complete_and_scored() {
    let (_dir, store) = fresh_store();
    let (outcome, shown) = plain(&store, new("Alder Bakery"), &interactive_session(), true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");

    // The mistakes were explained and the questions asked again.
    assert!(
        shown.contains("\"maybe\" is not a command; type ? for help"),
        "{shown}"
    );
    assert!(
        shown.contains("9 is not an option here: choose 1-5"),
        "{shown}"
    );
    assert!(shown.contains("Question 1 of 15 · Shared goals"), "{shown}");
    assert!(shown.contains("Question 15 of 15"), "{shown}");
    // Back on question 2 showed the answer (in the level's words), note and flag given
    // before.
    let level_2 = quick().questionnaire.item_at(1).unwrap().item.anchors[1].clone();
    assert!(
        shown.contains(&format!("  2) {level_2} (your answer)")),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Note: {NOTE}\nFlagged for review.")),
        "{shown}"
    );

    let a = only(&store);
    assert_eq!(a.status, Status::Complete);
    assert_eq!(a.organization.name, "Alder Bakery");
    assert_eq!(a.responses(), expected_responses());
    let second = quick().questionnaire.item_at(1).unwrap().item.id.clone();
    assert_eq!(a.note(&second), NOTE);
    assert!(a.is_flagged(&second));

    // Shared goals, one merged facet of three items: level 4 -> 75 and level 5 -> 100, the
    // third "don't know"; two of three answered is enough, so (75 + 100) / 2 = 87.5. The
    // other four dimensions are all 50. Overall (87.5 + 4 * 50) / 5 = 57.5.
    let q = quick().questionnaire;
    let scores = a.scores.clone().unwrap();
    let overall = scores.overall.value.unwrap();
    assert!((overall - 57.5).abs() < 1e-9, "{overall}");
    let vision = scores.dimensions[0].score.value.unwrap();
    assert!((vision - 87.5).abs() < 1e-9, "{vision}");
    assert_eq!(scores, scoring::score(&q, &expected_responses()));
    // The results printed are `show`'s, with the same numbers.
    assert!(shown.contains("\nResults\n"), "{shown}");
    assert!(
        shown.contains("Overall readiness: 57.5 Established"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Saved as assessment {}", a.id)),
        "{shown}"
    );
}

/// Key events from a list, then none.
struct Keys(VecDeque<Event>);

impl Events for Keys {
    fn next(&mut self) -> Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(text: &str) -> Vec<Event> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

#[test]
fn the_full_screen_wizard_records_the_same_for_the_same_answers() {
    let (_plain_dir, plain_store) = fresh_store();
    let (outcome, shown) = plain(
        &plain_store,
        new("Alder Bakery"),
        &interactive_session(),
        true,
    );
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    let by_plain = only(&plain_store);

    // The same session as keys: Enter starts from the prefilled setup, and every part's
    // intro needs an Enter in the full-screen wizard.
    let enter = || key(KeyCode::Enter);
    let digit = |d: char| key(KeyCode::Char(d));
    let mut keys = vec![enter(), enter(), digit('4'), digit('n')];
    keys.extend(typed(NOTE));
    keys.extend([
        enter(),
        digit('f'),
        digit('2'),
        digit('b'),
        digit('5'),
        digit('0'),
    ]);
    for part in ["333", "333", "333", "333"] {
        keys.push(enter());
        keys.extend(part.chars().map(digit));
    }
    keys.push(enter());
    let (_tui_dir, tui_store) = fresh_store();
    let mut app = initial_app(new("Alder Bakery"), vec![quick()], Theme::MONOCHROME);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    run_loop(&mut terminal, &mut app, &tui_store, &mut Keys(keys.into())).unwrap();
    let by_tui = only(&tui_store);

    assert_eq!(by_tui.status, Status::Complete);
    assert_eq!(recorded(&by_plain), recorded(&by_tui));
    assert_eq!(by_plain.scores, by_tui.scores);
    assert_eq!(by_plain.organization, by_tui.organization);
    assert_eq!(by_plain.questionnaire, by_tui.questionnaire);
}

#[test]
fn a_bad_piped_line_stops_with_its_number_and_keeps_the_draft() {
    let (_dir, store) = fresh_store();
    let (outcome, shown) = plain(&store, new("Alder Bakery"), "4\n5\nmaybe\n4\n", false);
    let report = outcome.unwrap_err();
    assert_eq!(exit_code(&report), 2);
    let message = report.to_string();
    assert!(
        message.starts_with("line 3: \"maybe\" is not a command"),
        "{message}"
    );
    let a = only(&store);
    assert!(
        message.contains(&format!("`ecoready resume {}`", a.id)),
        "{message}"
    );
    // Questions 1 and 2 are kept; the line after the mistake was not used.
    assert_eq!(a.status, Status::Draft);
    assert_eq!(a.responses().len(), 2);
    assert_eq!(a.position, 2);
    // Piped answers are echoed after their prompts, so the output reads as a transcript.
    assert!(
        shown.contains("Answer (1-5, 0 don't know, ? help): 5\n"),
        "{shown}"
    );
    assert!(!shown.contains("Results"));
}

#[test]
fn an_option_that_does_not_exist_is_a_piped_mistake_too() {
    let (_dir, store) = fresh_store();
    let (outcome, _) = plain(&store, new("Alder Bakery"), "8\n", false);
    let message = outcome.unwrap_err().to_string();
    assert!(
        message.starts_with("line 1: 8 is not an option here: choose 1-5, or 0"),
        "{message}"
    );
}

#[test]
fn piped_input_that_ends_early_is_reported_but_q_leaves_on_purpose() {
    let (_dir, store) = fresh_store();
    let (outcome, _) = plain(&store, new("Alder Bakery"), "4\n0\n", false);
    let report = outcome.unwrap_err();
    assert_eq!(exit_code(&report), 2);
    assert!(
        report
            .to_string()
            .starts_with("the input ended after line 2 before the assessment was finished"),
        "{report}"
    );
    assert_eq!(only(&store).responses().len(), 2);

    let (_dir, store) = fresh_store();
    let (outcome, shown) = plain(&store, new("Alder Bakery"), "4\nq\n", false);
    assert_eq!(outcome.unwrap(), 0);
    let a = only(&store);
    assert_eq!(
        (a.status, a.position, a.responses().len()),
        (Status::Draft, 1, 1)
    );
    assert!(shown.contains(&format!(
        "Draft saved. `ecoready resume {}` continues it.",
        a.id
    )));
}

#[test]
fn a_person_who_ends_the_input_has_simply_left() {
    let (_dir, store) = fresh_store();
    let (outcome, shown) = plain(&store, new("Alder Bakery"), "\n4\n", true);
    assert_eq!(outcome.unwrap(), 0);
    assert!(shown.contains("Draft saved."), "{shown}");
    assert_eq!(only(&store).responses().len(), 1);
}

#[test]
fn resume_continues_where_the_draft_stopped_and_finishes_with_the_same_scores() {
    let (_dir, store) = fresh_store();
    let first_half = "4\nn Ask about the harbour project\nf\n5\nq\n";
    let (outcome, _) = plain(&store, new("Alder Bakery"), first_half, false);
    assert_eq!(outcome.unwrap(), 0);
    let id = only(&store).id;
    let rest = format!("0\n{}\n", middle_of_the_rest());
    let (outcome, shown) = plain(&store, Start::Resume(id.clone()), &rest, false);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(shown.starts_with(&format!(
        "Resuming draft {id} of Alder Bakery: 2 of 15 questions answered."
    )));
    // It opens on question 3, after the intro of the part it belongs to.
    let first_question = shown.find("Question ").unwrap();
    assert!(
        shown[first_question..].starts_with("Question 3 of 15"),
        "{shown}"
    );
    assert!(shown.contains("Part 1 of 5: Shared goals"));
    let a = only(&store);
    assert_eq!(a.status, Status::Complete);
    assert_eq!(a.responses(), expected_responses());
    // The same answers as the whole session above: overall 57.5 (worked out there).
    let overall = a.scores.unwrap().overall.value.unwrap();
    assert!((overall - 57.5).abs() < 1e-9, "{overall}");
}

/// Typed input that, when the wizard first reads it, notes whether another window
/// would be refused the draft.
struct LockProbe<'a> {
    store: &'a Store,
    id: &'a str,
    typed: &'a [u8],
    refused: Option<bool>,
}

impl std::io::Read for LockProbe<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.refused.is_none() {
            self.refused = Some(self.store.lock_draft(self.id).is_err());
        }
        self.typed.read(buf)
    }
}

#[test]
fn a_draft_open_in_another_window_is_refused_and_left_as_it_was() {
    let (_dir, store) = fresh_store();
    let (outcome, _) = plain(&store, new("Alder Bakery"), "4\nq\n", false);
    assert_eq!(outcome.unwrap(), 0);
    let id = only(&store).id;
    let path = store.assessments_dir().join(format!("{id}.yaml"));
    let before = std::fs::read(&path).unwrap();

    // Another window (here: this process's own lock) is editing the draft.
    let other_window = store.lock_draft(&id).unwrap();
    let (outcome, shown) = plain(&store, Start::Resume(id.clone()), "5\n4\nq\n", false);
    let error = outcome.unwrap_err();
    assert!(
        format!("{error:#}").contains("open in another ecoready window"),
        "{error:#}"
    );
    assert_eq!(exit_code(&error), 1);
    assert!(!shown.contains("Question"), "nothing was asked: {shown}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the draft is untouched"
    );

    // Once that window lets go, the plain wizard continues the draft, refusing other
    // windows while it asks (the input looks when the wizard reads it), and lets go.
    drop(other_window);
    let input = LockProbe {
        store: &store,
        id: &id,
        typed: b"5\nq\n",
        refused: None,
    };
    let mut reader = std::io::BufReader::new(input);
    let mut output = Vec::new();
    let outcome = run_with(
        &mut reader,
        &mut output,
        &store,
        Start::Resume(id.clone()),
        false,
    );
    assert_eq!(outcome.unwrap(), 0);
    assert_eq!(reader.get_ref().refused, Some(true));
    assert_eq!(only(&store).responses().len(), 2);
    let lock = store.draft_lock_path(&id);
    assert!(!lock.exists(), "the lock is let go when the wizard ends");
}

#[test]
fn the_first_piped_line_names_the_organization_when_no_flag_does() {
    let (_dir, store) = fresh_store();
    let start = Start::New {
        setup: Setup::default(),
        questionnaire: Box::new(quick()),
    };
    let (outcome, _) = plain(&store, start.clone(), "  Birch Logistics \n4\nq\n", false);
    assert_eq!(outcome.unwrap(), 0);
    let a = only(&store);
    assert_eq!(a.organization.name, "Birch Logistics");
    assert_eq!(a.responses().len(), 1);

    let (_dir, store) = fresh_store();
    let (outcome, _) = plain(&store, start.clone(), "\n4\n", false);
    let message = outcome.unwrap_err().to_string();
    assert_eq!(
        message,
        "line 1: the first line must be the organization's name (or give --org NAME)"
    );
    assert!(store.list().assessments.is_empty());
    let (outcome, _) = plain(&store, start, "", false);
    assert!(
        outcome
            .unwrap_err()
            .to_string()
            .starts_with("the input is empty")
    );
}

#[test]
fn piped_input_needs_new_or_resume() {
    let (_dir, store) = fresh_store();
    let (outcome, shown) = plain(&store, Start::Home, "1\n", false);
    let report = outcome.unwrap_err();
    assert_eq!(exit_code(&report), 2);
    assert!(
        report
            .to_string()
            .contains("ecoready new --plain < answers.txt")
    );
    assert!(shown.is_empty());
    assert!(store.list().assessments.is_empty());
}

#[test]
fn go_to_jumps_and_from_the_review_answering_returns_there() {
    let (_dir, store) = fresh_store();
    // g 15 jumps ahead; s moves on to the review; g alone lists the questions and reads
    // the number on the next line; answering 2 there returns to the review; Enter finishes.
    // With questions unanswered, Enter asks first; y finishes anyway.
    let (outcome, shown) = plain(
        &store,
        new("Alder Bakery"),
        "g 15\n5\ng\n2\n1\n\ny\n",
        false,
    );
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(shown.contains("13 questions are unanswered."), "{shown}");
    assert!(shown.contains("  2. Is working time set aside"), "{shown}");
    assert!(shown.contains("[not answered]"), "{shown}");
    assert_eq!(shown.matches("\nReview\n").count(), 2, "{shown}");
    let a = only(&store);
    let q = quick().questionnaire;
    let id = |i: usize| q.item_at(i).unwrap().item.id.clone();
    let expected = BTreeMap::from([(id(14), Response::Value(5)), (id(1), Response::Value(1))]);
    assert_eq!(a.responses(), expected);
    assert_eq!(a.status, Status::Complete);
}

#[test]
fn in_an_interview_the_advisor_sees_the_prompt_and_help_on_question_mark() {
    let (_dir, store) = fresh_store();
    let start = Start::New {
        setup: setup("Alder Bakery", Mode::Interview),
        questionnaire: Box::new(quick()),
    };
    let (outcome, shown) = plain(&store, start, "?\nq\n", false);
    assert_eq!(outcome.unwrap(), 0);
    let item = quick().questionnaire.item_at(0).unwrap().item.clone();
    assert!(shown.contains(&format!("Ask: {}", item.probe)), "{shown}");
    assert!(
        shown.contains(&format!("What this means: {}", item.help)),
        "{shown}"
    );
    assert!(shown.contains("  b           back\n"), "{shown}");
}

#[test]
fn the_interactive_home_menu_asks_for_everything() {
    let (_dir, store) = fresh_store();
    // New, the quick check, an empty line for a required field (asked again), the
    // organization, a guided interview, sector, respondent and role left empty, the
    // advisor, a round, Enter for the offered language of the answers.
    let input = "1\n2\n\nAlder Bakery\n2\n\n\n\nDana Advisor\nQ3 check-in\n\nq\n";
    let (outcome, shown) = plain(&store, Start::Home, input, true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(
        shown.contains("  2) Quick check (15 questions, about 7 minutes)"),
        "{shown}"
    );
    let asked_again = "Organization (required): Please enter the organization's name first.\n\
                       Organization (required): ";
    assert!(shown.contains(asked_again), "{shown}");
    // In an interview the advisor types: the fields name the respondent as such.
    assert!(shown.contains("Respondent's role ("), "{shown}");
    assert!(!shown.contains("Your name ("), "{shown}");
    let a = only(&store);
    assert_eq!(a.organization.name, "Alder Bakery");
    assert_eq!(a.organization.sector, "");
    assert_eq!(a.mode, Mode::Interview);
    assert_eq!(a.advisor.as_deref(), Some("Dana Advisor"));
    assert_eq!(a.round.as_deref(), Some("Q3 check-in"));
    assert_eq!(a.questionnaire.id, "quick-check");

    // Resume the latest draft from the menu, answer one question, leave.
    let (outcome, shown) = plain(&store, Start::Home, "2\n4\nq\n", true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(
        shown.contains(&format!("Resuming draft {}", a.id)),
        "{shown}"
    );
    assert_eq!(only(&store).responses().len(), 1);
}

#[test]
fn finishing_with_unanswered_questions_asks_first_and_can_go_back() {
    let (_dir, store) = fresh_store();
    // The first three questions (the whole of Shared goals) are skipped with g 4; the
    // rest answered; on the review Enter asks, Enter alone goes back, then y finishes.
    let input = format!("g 4\n{}\n\n\ny\n", middle_of_the_rest());
    let (outcome, shown) = plain(&store, new("Alder Bakery"), &input, false);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    let asked = "3 questions are unanswered. Shared goals will have no score.";
    assert_eq!(shown.matches(asked).count(), 2, "{shown}");
    assert_eq!(shown.matches("Finish anyway? Type y").count(), 2, "{shown}");
    // Going back showed the review again: once on arrival, once after "no".
    assert_eq!(shown.matches("\nReview\n").count(), 2, "{shown}");
    let a = only(&store);
    assert_eq!(a.status, Status::Complete);
    // The results are labelled as partial.
    assert!(
        shown.contains("Partial: 1 dimension without a score (Shared goals)."),
        "{shown}"
    );
}

#[test]
fn an_answer_other_than_yes_goes_back_and_leaving_keeps_the_draft() {
    let (_dir, store) = fresh_store();
    let input = format!("g 4\n{}\nno\nq\n", middle_of_the_rest());
    let (outcome, shown) = plain(&store, new("Alder Bakery"), &input, false);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(shown.contains("Draft saved."), "{shown}");
    assert_eq!(only(&store).status, Status::Draft);
}

/// A new assessment of `org` from the interactive home menu: the quick check, self
/// assessment, sector, name and role left empty, then `round` typed and Enter for the
/// offered language of the answers.
fn new_from_the_menu(org: &str, round: &str) -> String {
    format!("1\n2\n{org}\n1\n\n\n\n{round}\n\nq\n")
}

#[test]
fn the_round_is_picked_from_the_organizations_labels_and_a_near_miss_is_asked_about() {
    let (_dir, store) = fresh_store();
    let (outcome, _) = plain(
        &store,
        Start::Home,
        &new_from_the_menu("Alder Bakery", "Q3 check-in"),
        true,
    );
    assert_eq!(outcome.unwrap(), 0);

    // A number picks the existing label.
    let (outcome, shown) = plain(
        &store,
        Start::Home,
        &new_from_the_menu("alder bakery", "1"),
        true,
    );
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(shown.contains("Rounds so far: 1) Q3 check-in"), "{shown}");
    let rounds: Vec<Option<String>> = store
        .list()
        .assessments
        .iter()
        .map(|a| a.round.clone())
        .collect();
    assert_eq!(rounds, vec![Some("Q3 check-in".into()); 2]);

    // "Q3 checkin" is asked about; y takes the existing label.
    let input = new_from_the_menu("Alder Bakery", "Q3 checkin\ny");
    let (outcome, shown) = plain(&store, Start::Home, &input, true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(
        shown.contains("Did you mean \"Q3 check-in\"? (y uses it, Enter keeps \"Q3 checkin\")"),
        "{shown}"
    );
    // Enter keeps what was typed: a new round is possible.
    let input = new_from_the_menu("Alder Bakery", "Q3 checkin\n");
    let (outcome, _) = plain(&store, Start::Home, &input, true);
    assert_eq!(outcome.unwrap(), 0);
    let mut rounds: Vec<String> = store
        .list()
        .assessments
        .iter()
        .filter_map(|a| a.round.clone())
        .collect();
    rounds.sort();
    assert_eq!(
        rounds,
        ["Q3 check-in", "Q3 check-in", "Q3 check-in", "Q3 checkin"]
    );
}

#[test]
fn u_undoes_the_last_answer_and_returns_to_its_question() {
    let (_dir, store) = fresh_store();
    // Question 1 answered 4, question 2 answered 2, then u: back on question 2, unanswered.
    let (outcome, shown) = plain(&store, new("Alder Bakery"), "\n4\n2\nu\nq\n", true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(shown.contains("Last answer undone"), "{shown}");
    let a = only(&store);
    assert_eq!(a.responses().len(), 1, "only question 1 keeps its answer");
    assert_eq!(a.position, 1, "left on question 2");
    let (outcome, shown) = plain(&store, Start::Resume(a.id.clone()), "u\nq\n", true);
    assert_eq!(outcome.unwrap(), 0, "{shown}");
    assert!(
        shown.contains("No answer of this session to undo."),
        "{shown}"
    );
}

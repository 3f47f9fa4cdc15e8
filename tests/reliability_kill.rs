//! A kill (SIGKILL) at any moment of a wizard run never damages an assessment or draft
//! file, and after a restart every answer confirmed before the kill is there.
//!
//! The binary runs in a real pseudo-terminal and answers questions; an answer counts as
//! confirmed once the screen has moved on (the save happens before that frame is drawn).
//! Each run is killed at a moment drawn from a seeded generator: while starting, between
//! answers, or a few milliseconds after an unconfirmed key, often in the middle of a save.
//! Set `ECOREADY_KILL_SEED` to replay another sequence.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use ecoready::assessment::{Assessment, Response};
use ecoready::questionnaire::{self, Questionnaire};
use ecoready::store::Store;
use support::pty::Session;
use support::shared::Rng;

/// How many times the wizard is killed.
const KILLS: usize = 25;
/// Kills stop once this much time has passed (at least `MIN_KILLS` happen anyway).
const BUDGET: Duration = Duration::from_secs(30);
const MIN_KILLS: usize = 10;
const ENTER: &str = "\r";

/// The 0-based question shown (`Question N of M`), if a question screen is up.
fn question_on(screen: &str) -> Option<usize> {
    let start = screen.find("Question ")? + "Question ".len();
    let digits: String = screen[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse::<usize>().ok().map(|n| n - 1)
}

/// Every file in `assessments/` parses, and the one assessment is returned.
fn check_files(data: &Path) -> Option<Assessment> {
    let store = Store::open(data).unwrap();
    let listing = store.list();
    assert!(
        listing.problems.is_empty(),
        "a file was damaged: {:?}",
        listing.problems
    );
    for entry in std::fs::read_dir(store.assessments_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        // Lock files live in the per-machine state folder, never here.
        let known = name.ends_with(".yaml") || name.starts_with(".ecoready-tmp-");
        assert!(known, "unexpected file {name}");
    }
    assert!(listing.assessments.len() <= 1, "{:?}", listing.assessments);
    listing.assessments.into_iter().next()
}

/// Answers the question on screen with a value drawn from `rng`; returns the response.
fn answer(app: &mut Session, q: &Questionnaire, index: usize, rng: &mut Rng) -> Response {
    let item = q.item_at(index).unwrap().item;
    let (min, max) = q.value_range(item).unwrap();
    let value = min + rng.below(u64::from(max - min + 1)) as u8;
    app.send(&value.to_string());
    Response::Value(value)
}

#[test]
fn kills_at_random_moments_lose_no_confirmed_answer() {
    let seed = std::env::var("ECOREADY_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2024_u64);
    let mut rng = Rng(seed | 1);
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.to_str().unwrap().to_string();
    let q = questionnaire::builtin("ecosystem-readiness")
        .unwrap()
        .questionnaire;
    let mut confirmed: BTreeMap<String, Response> = BTreeMap::new();
    let mut id: Option<String> = None;
    let started = Instant::now();
    let mut kills = 0;
    while kills < KILLS && (kills < MIN_KILLS || started.elapsed() < BUDGET) {
        let mut app = match &id {
            None => {
                let mut app = Session::start(
                    home.path(),
                    &["--data-dir", &data_arg, "new", "--org", "Kestrel Kilns"],
                    80,
                    24,
                );
                app.wait_for("New assessment");
                app.send(ENTER);
                app
            }
            Some(id) => Session::start(
                home.path(),
                &["--data-dir", &data_arg, "resume", id],
                80,
                24,
            ),
        };
        // Confirmed answers in this run, then one more key, then the kill.
        let answers = rng.below(4);
        for _ in 0..answers {
            let screen = wait_for_question_or_review(&mut app);
            let Some(index) = question_on(&screen) else {
                break;
            };
            let response = answer(&mut app, &q, index, &mut rng);
            let here = format!("Question {} of", index + 1);
            // The save happens before the next frame is drawn: any change means saved.
            app.wait_until("the next screen", |screen| !screen.contains(&here));
            confirmed.insert(q.item_at(index).unwrap().item.id.clone(), response);
        }
        if let Some(index) = question_on(&app.screen()) {
            answer(&mut app, &q, index, &mut rng);
        }
        app.read_for(Duration::from_micros(rng.below(15_000)));
        app.signal("KILL");
        app.wait_exit();
        kills += 1;

        let saved = check_files(&data);
        if let Some(saved) = &saved {
            id = Some(saved.id.clone());
            for (item, response) in &confirmed {
                assert_eq!(
                    saved.response(item),
                    Some(*response),
                    "confirmed answer to {item} lost after kill {kills} (seed {seed})"
                );
            }
        } else {
            assert!(confirmed.is_empty(), "the draft vanished (seed {seed})");
        }
    }
    assert!(kills >= MIN_KILLS, "only {kills} kills within the budget");
    assert!(
        !confirmed.is_empty(),
        "no answer was confirmed (seed {seed})"
    );

    // The restart: `resume` opens the draft where it stopped, with every answer.
    let id = id.expect("a draft was created");
    let mut app = Session::start(
        home.path(),
        &["--data-dir", &data_arg, "resume", &id],
        80,
        24,
    );
    let screen = wait_for_question_or_review(&mut app);
    let saved = Store::open(&data).unwrap().load(&id).unwrap();
    match question_on(&screen) {
        Some(index) => assert_eq!(index, saved.position, "{screen}"),
        None => assert!(screen.contains("Review"), "{screen}"),
    }
    app.send("\u{3}");
    assert_eq!(app.wait_exit(), 0);
    let after = Store::open(&data).unwrap().load(&id).unwrap();
    for (item, response) in &confirmed {
        assert_eq!(after.response(item), Some(*response), "{item}");
    }
}

/// Goes past a dimension intro if one is showing; returns the question or review screen.
fn wait_for_question_or_review(app: &mut Session) -> String {
    loop {
        let screen = app.wait_for_any(&["Question ", "Part ", "Review"]);
        if question_on(&screen).is_some() || screen.contains("Review") {
            return screen;
        }
        app.send(ENTER);
        app.wait_for_any(&["Question ", "Review"]);
    }
}

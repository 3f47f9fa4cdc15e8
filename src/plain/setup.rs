//! Before the questions: the home menu, the setup prompts for what the flags did not
//! give, and creating or opening the assessment in the store (as the full-screen wizard
//! does).

use std::io::{BufRead, Write};

use color_eyre::eyre::Result;

use super::console::Console;
use crate::app::{self, DraftLocks, Opened, Start};
use crate::assessment::{Mode, Setup};
use crate::error::InvalidInput;
use crate::limits::{self, TextLimit};
use crate::questionnaire::Loaded;
use crate::store::{self, Store};
use crate::strings;
use crate::text::sanitize;

/// Said when the user leaves before an assessment exists.
const NOTHING_SAVED: &str = "Nothing was saved.";

/// Where piped input gives the organization.
const PIPED_ORGANIZATION: &str =
    "the first line must be the organization's name (or give --org NAME)";

/// Opens or creates the assessment a start asks for, with `locks` holding its lock;
/// `None` when the user left first.
pub fn begin<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    start: Start,
    locks: &mut DraftLocks,
) -> Result<Option<Opened>> {
    match start {
        Start::Home => home(console, store, locks),
        Start::New {
            setup,
            questionnaire,
        } => match fill(console, setup, false, store)? {
            Some(setup) => start_new(console, store, setup, *questionnaire, locks),
            None => Ok(None),
        },
        Start::Resume(id) => open(console, store, &id, locks).map(Some),
    }
}

/// The home menu (only ever interactive: a script says `new` or `resume`).
fn home<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    locks: &mut DraftLocks,
) -> Result<Option<Opened>> {
    console.say_lines(&[
        strings::home_title().to_string(),
        strings::home_intro().to_string(),
        format!("  1) {}", strings::menu_new()),
        format!("  2) {}", strings::menu_resume()),
        format!("  3) {}", strings::menu_quit()),
    ])?;
    loop {
        let Some(line) = console.ask("Choose 1-3:")? else {
            return Ok(None);
        };
        match line.trim().to_lowercase().as_str() {
            "1" | "n" => {
                let catalog = store::questionnaire_catalog();
                let Some(loaded) = choose_questionnaire(console, catalog)? else {
                    return Ok(None);
                };
                let setup = app::new_setup(store::config::configured_advisor());
                return match fill(console, setup, true, store)? {
                    Some(setup) => start_new(console, store, setup, loaded, locks),
                    None => Ok(None),
                };
            }
            "2" | "r" => match app::latest_draft(store, store::config::configured_advisor()) {
                Ok(Some((id, note))) => {
                    if let Some(note) = note {
                        console.say(&clean(&note))?;
                    }
                    return open(console, store, &id, locks).map(Some);
                }
                Ok(None) => console.say(strings::no_draft())?,
                // Not "no draft": the assessments could not be listed at all.
                Err(unreadable) => console.say(&clean(&unreadable.to_string()))?,
            },
            "3" | "q" => return Ok(None),
            _ => console.reject("choose 1, 2 or 3")?,
        }
    }
}

/// The questionnaire for a new assessment: asked for when there is more than one.
fn choose_questionnaire<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    mut catalog: Vec<Loaded>,
) -> Result<Option<Loaded>> {
    if catalog.len() < 2 {
        return Ok(catalog.pop());
    }
    console.say(&format!("{}:", strings::field_questionnaire()))?;
    let lines: Vec<String> = catalog
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let q = &l.questionnaire;
            let minutes = q
                .minutes
                .map(|m| format!(", about {m} minutes"))
                .unwrap_or_default();
            let title = sanitize(&q.title, false);
            format!(
                "  {}) {title} ({} questions{minutes})",
                n + 1,
                q.item_count()
            )
        })
        .collect();
    console.say_lines(&lines)?;
    let prompt = format!("Choose 1-{} (Enter for 1):", catalog.len());
    loop {
        let Some(line) = console.ask(&prompt)? else {
            console.say(NOTHING_SAVED)?;
            return Ok(None);
        };
        let chosen = match line.trim() {
            "" => Some(0),
            text => text.parse::<usize>().ok().and_then(|n| n.checked_sub(1)),
        };
        match chosen {
            Some(index) if index < catalog.len() => return Ok(Some(catalog.swap_remove(index))),
            _ => console.reject(&format!("choose a number from 1 to {}", catalog.len()))?,
        }
    }
}

/// Asks for the setup fields the flags left empty: interactive, every field (the mode too
/// when `ask_mode`); piped, only a missing organization, from the first line. `None`
/// when the user left.
fn fill<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    mut setup: Setup,
    ask_mode: bool,
    store: &Store,
) -> Result<Option<Setup>> {
    if setup.organization.name.trim().is_empty() {
        let empty = if console.interactive() {
            strings::need_organization()
        } else {
            PIPED_ORGANIZATION
        };
        match required(
            console,
            "Organization (required):",
            empty,
            limits::ORGANIZATION,
        )? {
            Some(name) => setup.organization.name = name,
            None => return Ok(None),
        }
    }
    if !console.interactive() {
        if setup.mode == Mode::Interview && setup.advisor.is_none() {
            return Err(InvalidInput(
                "a guided interview needs the advisor's name: add --advisor NAME".into(),
            )
            .into());
        }
        return Ok(Some(setup));
    }
    console.say("Press Enter to leave a field empty.")?;
    // The mode first: in an interview the advisor types, and the fields after it name
    // the respondent as such.
    if ask_mode {
        let prompt = format!(
            "{}: 1) {} 2) {} (Enter for 1):",
            strings::field_mode(),
            strings::mode_self(),
            strings::mode_interview()
        );
        loop {
            let Some(line) = console.ask(&prompt)? else {
                console.say(NOTHING_SAVED)?;
                return Ok(None);
            };
            match line.trim() {
                "" | "1" => setup.mode = Mode::SelfAssessment,
                "2" => setup.mode = Mode::Interview,
                _ => {
                    console.reject("choose 1 or 2")?;
                    continue;
                }
            }
            break;
        }
    }
    let optional = [
        (
            strings::field_sector(),
            strings::hint_sector(),
            limits::SECTOR,
            &mut setup.organization.sector,
        ),
        (
            strings::respondent_field(setup.mode),
            strings::hint_respondent(),
            limits::RESPONDENT,
            &mut setup.respondent.name,
        ),
        (
            strings::role_field(setup.mode),
            strings::hint_role(),
            limits::ROLE,
            &mut setup.respondent.role,
        ),
    ];
    for (label, hint, limit, value) in optional {
        if value.is_empty() {
            let Some(text) = ask_text(console, &format!("{label} ({hint}):"), limit)? else {
                console.say(NOTHING_SAVED)?;
                return Ok(None);
            };
            *value = text;
        }
    }
    if setup.mode == Mode::Interview && setup.advisor.is_none() {
        let prompt = format!(
            "{} ({}, required):",
            strings::field_advisor(),
            strings::hint_advisor()
        );
        match required(console, &prompt, strings::need_advisor(), limits::ADVISOR)? {
            Some(name) => setup.advisor = Some(name),
            None => return Ok(None),
        }
    }
    if setup.round.is_none() {
        let rounds = app::organization_rounds(store, &setup.organization.name);
        let Some(round) = ask_round(console, &rounds)? else {
            console.say(NOTHING_SAVED)?;
            return Ok(None);
        };
        setup.round = Some(round).filter(|r| !r.is_empty());
    }
    Ok(Some(setup))
}

/// The round label: one of the organization's `rounds` by its number, or a new label
/// typed (one written like an existing label is asked about first). `None`: input ended.
fn ask_round<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    rounds: &[String],
) -> Result<Option<String>> {
    if rounds.is_empty() {
        let prompt = format!("{} ({}):", strings::field_round(), strings::hint_round());
        return ask_text(console, &prompt, limits::ROUND);
    }
    let numbered: Vec<String> = rounds
        .iter()
        .enumerate()
        .map(|(n, r)| format!("{}) {}", n + 1, sanitize(r, false)))
        .collect();
    console.say(&format!(
        "{} {}",
        strings::rounds_so_far(),
        numbered.join("  ")
    ))?;
    let prompt = format!(
        "{} (a number picks one; or type a new label):",
        strings::field_round()
    );
    let Some(typed) = ask_text(console, &prompt, limits::ROUND)? else {
        return Ok(None);
    };
    if let Some(picked) = typed
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| rounds.get(i))
    {
        return Ok(Some(picked.clone()));
    }
    let Some(existing) = app::similar_round(&typed, rounds) else {
        return Ok(Some(typed));
    };
    let question = format!(
        "{} \"{}\"? (y uses it, Enter keeps \"{}\"):",
        strings::round_similar(),
        sanitize(existing, false),
        sanitize(&typed, false)
    );
    match console.ask(&question)? {
        Some(answer) if answer.trim().eq_ignore_ascii_case("y") => Ok(Some(existing.to_string())),
        Some(_) => Ok(Some(typed)),
        None => Ok(None),
    }
}

/// A field that must not be empty (`empty` says so). Piped, only the organization is
/// ever asked, and input that ends here is an error: nothing else could fill it.
fn required<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    prompt: &str,
    empty: &str,
    limit: TextLimit,
) -> Result<Option<String>> {
    loop {
        let Some(text) = ask_text(console, prompt, limit)? else {
            if console.interactive() {
                console.say(NOTHING_SAVED)?;
                return Ok(None);
            }
            return Err(InvalidInput(format!("the input is empty: {PIPED_ORGANIZATION}")).into());
        };
        if !text.is_empty() {
            return Ok(Some(text));
        }
        console.reject(empty)?;
    }
}

/// A text field, cleaned, asked again (interactive) while it is longer than its limit;
/// piped, a line that is too long ends the run naming the line and the limit. `None`
/// when the input ended.
fn ask_text<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    prompt: &str,
    limit: TextLimit,
) -> Result<Option<String>> {
    loop {
        let Some(line) = console.ask(prompt)? else {
            return Ok(None);
        };
        let text = clean(&line);
        match limit.check(&text) {
            Ok(()) => return Ok(Some(text)),
            Err(message) => console.reject(&format!("{message}; type a shorter one"))?,
        }
    }
}

/// Asks the language of the answers, then creates the assessment; `None` when the input
/// ended first.
fn start_new<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    setup: Setup,
    loaded: Loaded,
    locks: &mut DraftLocks,
) -> Result<Option<Opened>> {
    match super::language::choose(console, loaded)? {
        Some(loaded) => create(console, store, setup, loaded, locks).map(Some),
        None => {
            console.say(NOTHING_SAVED)?;
            Ok(None)
        }
    }
}

/// Creates the assessment and keeps its questionnaire, as the full-screen wizard does.
fn create<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    setup: Setup,
    loaded: Loaded,
    locks: &mut DraftLocks,
) -> Result<Opened> {
    let opened = app::create(store, setup, loaded, locks)?;
    let (assessment, q) = (&opened.assessment, &opened.questionnaire.questionnaire);
    console.say(&format!(
        "Started assessment {} of {}: {}, {} questions. Every answer is saved at once.",
        assessment.id,
        clean(&assessment.organization.name),
        clean(&q.title),
        q.item_count()
    ))?;
    Ok(opened)
}

/// Opens a draft with the exact questionnaire it uses, as its one editor (as the
/// full-screen wizard does: a draft open in another window is refused).
fn open<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    id: &str,
    locks: &mut DraftLocks,
) -> Result<Opened> {
    let opened = app::open(store, id, locks)?;
    app::ensure_draft(&opened.assessment)?;
    let (assessment, q) = (&opened.assessment, &opened.questionnaire.questionnaire);
    console.say(&format!(
        "Resuming draft {id} of {}: {} of {} questions answered.",
        clean(&assessment.organization.name),
        assessment.responded_count(q),
        q.item_count()
    ))?;
    Ok(opened)
}

/// Typed or file text, trimmed and safe to show.
fn clean(text: &str) -> String {
    sanitize(text.trim(), false)
}

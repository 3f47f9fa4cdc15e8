//! The improvement plan in plain mode: after Setup (or on resuming), the review of the
//! organization's open plan as prompts, one priority at a time, each answer saved in the
//! draft at once; and the plan section printed under the results. Both go through the
//! application layer the full screen and `ecoready plan` use.

use std::io::{BufRead, Write};

use color_eyre::eyre::Result;

use super::console::Console;
use super::underneath;
use crate::app::plan;
use crate::app::{DraftLocks, Opened};
use crate::assessment::{Assessment, now};
use crate::plan::Status;
use crate::questionnaire::Questionnaire;
use crate::store::Store;
use crate::text::sanitize;

/// The prompt for a priority's status.
pub const STATUS_PROMPT: &str = "How did it go? done, in progress, dropped (Enter: review later):";
/// The prompt for the note of a priority reviewed.
pub const NOTE_PROMPT: &str = "A note on it (Enter for none):";

/// Offers the review of the open plan when `opened` (a draft) has one not fully reviewed;
/// returns the draft with the review recorded and saved.
pub fn offer_review<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    locks: &mut DraftLocks,
    mut opened: Opened,
) -> Result<Opened> {
    // The plans cannot be read (an unreadable folder): the questions go on without them.
    let q = &opened.questionnaire.questionnaire;
    let Ok(plans) = plan::around_check_in(store, &opened.assessment, q) else {
        return Ok(opened);
    };
    let due = plans.review_due(&opened.assessment);
    let Some(open) = plans.open.filter(|_| due) else {
        return Ok(opened);
    };
    console.say(&format!(
        "\nThe check-in of {} made a plan. How did each priority go?",
        open.date.format("%Y-%m-%d")
    ))?;
    for (n, priority) in open.priorities.iter().enumerate() {
        if open
            .review_of(&opened.assessment, &priority.facet)
            .is_some()
        {
            continue;
        }
        let mut planned = Vec::new();
        if !priority.owner.is_empty() {
            planned.push(format!("owner {}", sanitize(&priority.owner, false)));
        }
        if let Some(due) = priority.due {
            planned.push(format!("due {}", due.format("%Y-%m-%d")));
        }
        let planned = if planned.is_empty() {
            String::new()
        } else {
            format!(" ({})", planned.join(", "))
        };
        console.say(&format!(
            "{}. {}{planned}",
            n + 1,
            sanitize(&priority.title, false)
        ))?;
        let status = loop {
            let Some(answer) = console.ask(STATUS_PROMPT)? else {
                return Ok(opened);
            };
            if answer.trim().is_empty() {
                break None;
            }
            match Status::parse(&answer) {
                Some(status) => break Some(status),
                None => console.reject("say done, in progress or dropped, or press Enter")?,
            }
        };
        let Some(status) = status else { continue };
        let Some(note) = console.ask(NOTE_PROMPT)? else {
            return Ok(opened);
        };
        let recorded = plan::review_into(
            &open,
            &mut opened.assessment,
            &priority.facet,
            status,
            &note,
            now(),
        );
        if let Err(e) = recorded {
            console.reject(&crate::error::message(&e))?;
            continue;
        }
        if let Err(refused) = locks.save(store, &opened.assessment) {
            if !underneath::is_conflict(&refused) {
                return Err(refused);
            }
            // The draft changed or vanished on disk: the same choices as during the
            // questions; the review goes on with the version chosen.
            let q = &opened.questionnaire.questionnaire;
            let chosen = underneath::ask(console, (store, locks), &refused, &opened.assessment, q)?;
            opened.assessment = chosen;
        }
    }
    let said = if open.reviewed_by(&opened.assessment) {
        crate::strings::plan_review_done()
    } else {
        crate::strings::plan_review_later()
    };
    console.say(said)?;
    Ok(opened)
}

/// Says the plan section under the results of `assessment` (just completed): nothing
/// when it has none or the plans cannot be read.
pub fn say_progress<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    assessment: &Assessment,
    q: &Questionnaire,
) -> Result<()> {
    let lines = progress(store, assessment, q);
    if !lines.is_empty() {
        console.say("")?;
        console.say_lines(&lines)?;
    }
    Ok(())
}

/// The plan section's lines, or none when the plans cannot be read.
fn progress(store: &Store, assessment: &Assessment, q: &Questionnaire) -> Vec<String> {
    let Ok(plans) = plan::around_check_in(store, assessment, q) else {
        return Vec::new();
    };
    let hint = format!(
        "`ecoready plan --org \"{}\" --add FACET --owner NAME --due YYYY-MM-DD` makes one.",
        sanitize(&assessment.organization.name, false)
    );
    plan::progress_lines(&plans, &hint)
        .into_iter()
        .map(|line| format!("{}{}", line.kind.indent().0, line.text))
        .collect()
}

/// The question after the results that starts picking the plan's priorities.
pub const PICK_PROMPT: &str = "Pick up to 5 areas to work on until the next check-in? (y/N):";
/// The prompt for the facet of the next priority.
pub const FACET_PROMPT: &str = "Number of an area to work on (Enter: done):";

/// After the results of `assessment` (just completed): offers to pick the plan's
/// priorities from its facets, weakest first, each with an owner, a due date and a note,
/// each saved at once as `ecoready plan --add` saves it. Enter or the end of input stops.
pub fn offer_picking<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    assessment: &Assessment,
    q: &Questionnaire,
) -> Result<()> {
    let candidates = crate::plan::candidates(q, &assessment.current_scores(q));
    if candidates.is_empty() {
        return Ok(());
    }
    let Some(answer) = console.ask(PICK_PROMPT)? else {
        return Ok(());
    };
    if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
        return Ok(());
    }
    console.note_saved_work(format!(
        "Assessment {} is complete and saved; each priority is saved as soon as it is given.",
        assessment.id
    ));
    console.say("Areas of this check-in, weakest first:")?;
    let lines: Vec<String> = candidates
        .iter()
        .enumerate()
        .map(|(n, (_, title, score))| format!("{}. {} ({score:.1})", n + 1, sanitize(title, false)))
        .collect();
    console.say_lines(&lines)?;
    let mut picked = assessment.plan.len();
    while picked < crate::plan::MAX_PRIORITIES {
        let Some(answer) = console.ask(FACET_PROMPT)? else {
            return Ok(());
        };
        if answer.trim().is_empty() {
            break;
        }
        let Some((facet, title, _)) = answer
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|at| candidates.get(at))
        else {
            console.reject(&format!("give a number from 1 to {}", candidates.len()))?;
            continue;
        };
        let Some(owner) = console.ask("Who sees to it? (Enter for nobody yet):")? else {
            return Ok(());
        };
        let due = loop {
            let Some(answer) = console.ask("By when? YYYY-MM-DD (Enter for no date):")? else {
                return Ok(());
            };
            match plan::parse_due(&answer) {
                Ok(due) => break due,
                Err(why) => console.reject(&why)?,
            }
        };
        let Some(note) = console.ask("What is to be done? (Enter for no note):")? else {
            return Ok(());
        };
        let change = plan::Change::Add {
            facet: facet.clone(),
            owner,
            due,
            note,
            replace: false,
        };
        match plan::change_in(store, &assessment.id, &change) {
            Ok(_) => {
                picked += 1;
                console.say(&format!("In the plan: {}.", sanitize(title, false)))?;
            }
            Err(e) => console.reject(&crate::error::message(&e))?,
        }
    }
    console.say(&format!(
        "`ecoready plan --org \"{}\"` shows the plan.",
        sanitize(&assessment.organization.name, false)
    ))?;
    Ok(())
}

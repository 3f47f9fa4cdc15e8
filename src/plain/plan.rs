//! The improvement plan in plain mode: after Setup (or on resuming), the review of the
//! organization's open plan as prompts, one priority at a time, each answer saved in the
//! draft at once; and the plan section printed under the results. Both go through the
//! application layer the full screen and `ecoready plan` use.

use std::io::{BufRead, Write};

use color_eyre::eyre::Result;

use super::console::Console;
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
    locks: &DraftLocks,
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
        locks.save(store, &opened.assessment)?;
    }
    let said = if open.reviewed_by(&opened.assessment) {
        crate::strings::PLAN_REVIEW_DONE
    } else {
        crate::strings::PLAN_REVIEW_LATER
    };
    console.say(said)?;
    Ok(opened)
}

/// The plan section under the results of `assessment` (just completed), or nothing when
/// the plans cannot be read.
pub fn progress(store: &Store, assessment: &Assessment, q: &Questionnaire) -> Vec<String> {
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

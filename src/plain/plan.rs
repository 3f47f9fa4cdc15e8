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
use crate::tr;

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
    let date = open.date.format("%Y-%m-%d").to_string();
    console.say(&format!(
        "\n{}",
        tr!("plain-plan-review-intro", date = date)
    ))?;
    for (n, priority) in open.priorities.iter().enumerate() {
        if open
            .review_of(&opened.assessment, &priority.facet)
            .is_some()
        {
            continue;
        }
        let title = sanitize(&priority.title, false);
        let owner = sanitize(&priority.owner, false);
        let due = priority.due.map(|due| due.format("%Y-%m-%d").to_string());
        let planned = match (owner.is_empty(), due) {
            (true, None) => title,
            (false, None) => tr!("plain-plan-priority-owner", title = title, owner = owner),
            (true, Some(due)) => tr!("plain-plan-priority-due", title = title, due = due),
            (false, Some(due)) => tr!(
                "plain-plan-priority-owner-due",
                title = title,
                owner = owner,
                due = due
            ),
        };
        console.say(&format!("{}. {planned}", n + 1))?;
        let status = loop {
            let Some(answer) = console.ask(tr!("plain-plan-status-prompt"))? else {
                return Ok(opened);
            };
            if answer.trim().is_empty() {
                break None;
            }
            match Status::parse(&answer) {
                Some(status) => break Some(status),
                None => console.reject(tr!("plain-plan-bad-status"))?,
            }
        };
        let Some(status) = status else { continue };
        let Some(note) = console.ask(tr!("plain-plan-note-prompt"))? else {
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
    let hint = tr!(
        "plain-plan-make-hint",
        org = sanitize(&assessment.organization.name, false)
    );
    plan::progress_lines(&plans, &hint)
        .into_iter()
        .map(|line| format!("{}{}", line.kind.indent().0, line.text))
        .collect()
}

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
    let pick = tr!(
        "plain-plan-pick-prompt",
        count = crate::plan::MAX_PRIORITIES
    );
    let Some(answer) = console.ask(&pick)? else {
        return Ok(());
    };
    if !super::is_yes(&answer) {
        return Ok(());
    }
    console.note_saved_work(tr!("plain-plan-saved-note", id = &assessment.id));
    console.say(tr!("plain-plan-areas-heading"))?;
    let lines: Vec<String> = candidates
        .iter()
        .enumerate()
        .map(|(n, (_, title, score))| {
            let score = crate::i18n::decimal(*score, 1);
            format!("{}. {} ({score})", n + 1, sanitize(title, false))
        })
        .collect();
    console.say_lines(&lines)?;
    let mut picked = assessment.plan.len();
    while picked < crate::plan::MAX_PRIORITIES {
        let Some(answer) = console.ask(tr!("plain-plan-facet-prompt"))? else {
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
            console.reject(&tr!("plain-plan-give-number", count = candidates.len()))?;
            continue;
        };
        let Some(owner) = console.ask(tr!("plain-plan-owner-prompt"))? else {
            return Ok(());
        };
        let due = loop {
            let Some(answer) = console.ask(tr!("plain-plan-due-prompt"))? else {
                return Ok(());
            };
            match plan::parse_due(&answer) {
                Ok(due) => break due,
                Err(why) => console.reject(&why)?,
            }
        };
        let Some(note) = console.ask(tr!("plain-plan-what-prompt"))? else {
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
                console.say(&tr!("plain-plan-added", title = sanitize(title, false)))?;
            }
            Err(e) => console.reject(&crate::error::message(&e))?,
        }
    }
    console.say(&tr!(
        "plain-plan-show-hint",
        org = sanitize(&assessment.organization.name, false)
    ))?;
    Ok(())
}

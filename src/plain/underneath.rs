//! Plain mode when the open draft changed or vanished on disk (a sync, a pull, a removal
//! elsewhere): the same choices as the full-screen panel, as a prompt. A wrong answer is
//! explained and asked again (piped input too); the end of the input keeps the window's
//! version as a conflict copy, the choice that decides nothing for anyone.

use std::io::{BufRead, Write};

use color_eyre::eyre::{Report, Result, eyre};

use super::console::Console;
use crate::app::DraftLocks;
use crate::app::underneath::{self, Resolution, Resolved, Underneath};
use crate::assessment::Assessment;
use crate::questionnaire::Questionnaire;
use crate::store::{SaveConflict, Store};
use crate::tr;

/// The walk left the draft after such a choice (its version kept where it was said):
/// the error ends the walk, which ends the run as a success.
#[derive(Debug, thiserror::Error)]
#[error("the draft was left after it changed on disk")]
pub struct LeftDraft;

/// The letter that picks a choice at the prompt.
fn letter(choice: Resolution) -> char {
    match choice {
        Resolution::Merge => 'm',
        Resolution::Reload | Resolution::Restore => 'r',
        Resolution::KeepBoth => 'k',
        Resolution::LeaveRemoved => 'd',
    }
}

/// Whether a save's error is a [`SaveConflict`] ([`ask`] then asks what to do).
pub fn is_conflict(error: &Report) -> bool {
    error.downcast_ref::<SaveConflict>().is_some()
}

/// Whether a step's error is the user leaving the draft after a [`SaveConflict`].
pub fn left(error: &Report) -> bool {
    error.downcast_ref::<LeftDraft>().is_some()
}

/// Says what the refused save (`refused`, a [`SaveConflict`]) found and carries out the
/// user's choice for `mine`; returns the version the walk goes on with, or
/// [`LeftDraft`] as the error. Any other error is returned as it is.
pub fn ask<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    (store, locks): (&Store, &mut DraftLocks),
    refused: &Report,
    mine: &Assessment,
    q: &Questionnaire,
) -> Result<Assessment> {
    let Some(conflict) = refused.downcast_ref::<SaveConflict>() else {
        return Err(eyre!("{refused:#}"));
    };
    let found = Underneath::of(conflict, mine, q);
    console.say(&found.message())?;
    let offered = Resolution::offered(&found);
    for &choice in offered {
        console.say(&format!("  {}  {}", letter(choice), choice.help()))?;
    }
    let letters: Vec<String> = offered.iter().map(|c| letter(*c).to_string()).collect();
    let prompt = tr!("plain-underneath-prompt", letters = letters.join("/"));
    loop {
        let choice = match console.ask(&prompt)? {
            // Nobody is there to choose: keep both, which loses nothing and decides
            // nothing (`ecoready conflicts` shows both versions).
            None if offered.contains(&Resolution::KeepBoth) => Resolution::KeepBoth,
            None => Resolution::LeaveRemoved,
            Some(line) => {
                let typed = line.trim().to_lowercase();
                match offered.iter().find(|c| typed == letter(**c).to_string()) {
                    Some(choice) => *choice,
                    None => {
                        console.say(&tr!(
                            "plain-underneath-not-a-choice",
                            text = line.trim(),
                            letters = letters.join(", ")
                        ))?;
                        continue;
                    }
                }
            }
        };
        match underneath::resolve(store, locks, mine, q, choice) {
            Ok(resolved) => {
                console.say(&choice.done(&resolved, &mine.id))?;
                return match resolved {
                    Resolved::Continue(assessment) => Ok(*assessment),
                    Resolved::Left(_) => Err(LeftDraft.into()),
                };
            }
            Err(e) => console.say(&tr!(
                "plain-underneath-choose-again",
                problem = crate::error::message(&e)
            ))?,
        }
    }
}

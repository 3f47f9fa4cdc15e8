//! What a window does when its draft changed or vanished on disk while it was open (a
//! [`SaveConflict`]), the same for the full-screen and the plain wizard: say what is
//! there now, then merge, reload, keep both, restore or leave it removed. Every choice
//! keeps the window's own answers somewhere: in the file, beside it as a conflict copy
//! (`ecoready conflicts` merges it), or in the trash (`ecoready restore`).

use std::path::PathBuf;

use color_eyre::eyre::Result;

use super::DraftLocks;
use crate::assessment::{Assessment, Timestamp};
use crate::error::InvalidInput;
use crate::questionnaire::Questionnaire;
use crate::store::{SaveConflict, Store};
use crate::strings;

/// What is on disk instead of the window's version, as far as it can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Underneath {
    /// Another version of the draft is there.
    Changed {
        /// The draft's id.
        id: String,
        /// What the other version holds, or why it cannot be read.
        theirs: Result<TheirVersion, String>,
    },
    /// The file is gone (moved to the trash or deleted, perhaps on another machine).
    Vanished {
        /// The draft's id.
        id: String,
    },
}

/// What the other version holds, against the window's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TheirVersion {
    /// Items it has a response to.
    pub answered: usize,
    /// When its latest response was given.
    pub last_answered_at: Option<Timestamp>,
    /// The window's responses it does not hold (no response there, or another one).
    pub mine_not_there: usize,
}

/// What the user may do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Merge both versions answer by answer (the later answer wins, both notes kept),
    /// save the merge and go on with it.
    Merge,
    /// Go on with the version on disk; the window's own goes to the trash.
    Reload,
    /// Keep the window's version beside the file as a conflict copy and leave the draft.
    KeepBoth,
    /// Save the window's version again as the draft (it was removed elsewhere).
    Restore,
    /// Leave the draft removed; the window's version goes to the trash.
    LeaveRemoved,
}

impl Resolution {
    /// The choices there are for `underneath`, the recommended one first.
    pub fn offered(underneath: &Underneath) -> &'static [Resolution] {
        match underneath {
            Underneath::Changed { .. } => &[Self::Merge, Self::Reload, Self::KeepBoth],
            Underneath::Vanished { .. } => &[Self::Restore, Self::LeaveRemoved],
        }
    }
}

impl Resolution {
    /// What the choice does, as the panel and the plain prompt offer it.
    pub fn help(self) -> &'static str {
        match self {
            Resolution::Merge => strings::merge_help(),
            Resolution::Reload => strings::reload_help(),
            Resolution::KeepBoth => strings::keep_both_help(),
            Resolution::Restore => strings::restore_help(),
            Resolution::LeaveRemoved => strings::leave_removed_help(),
        }
    }

    /// What the choice did to draft `id`, as both wizards say it.
    pub fn done(self, resolved: &Resolved, id: &str) -> String {
        match (self, resolved) {
            (Resolution::Merge, _) => strings::merged().to_string(),
            (Resolution::Reload, _) => strings::reloaded(id),
            (Resolution::Restore, _) => strings::restored_with_mine().to_string(),
            (_, Resolved::Left(path)) => strings::kept_at(path, id),
            (_, Resolved::Continue(_)) => strings::merged().to_string(),
        }
    }
}

/// What a choice did.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved {
    /// The window goes on with this version, which is what the file holds now.
    Continue(Box<Assessment>),
    /// The window leaves the draft; its own version is kept at this path (a conflict
    /// copy beside the draft, or in the trash).
    Left(PathBuf),
}

impl Underneath {
    /// What `conflict` found, told against the window's version `mine` of `q`.
    pub fn of(conflict: &SaveConflict, mine: &Assessment, q: &Questionnaire) -> Self {
        match conflict {
            SaveConflict::Vanished { id } => Underneath::Vanished { id: id.clone() },
            SaveConflict::Changed { id, theirs } => Underneath::Changed {
                id: id.clone(),
                theirs: theirs
                    .as_ref()
                    .map(|theirs| TheirVersion::of(theirs, mine, q))
                    .map_err(Clone::clone),
            },
        }
    }
}

impl Underneath {
    /// What happened, plainly, with what is known of the other version.
    pub fn message(&self) -> String {
        match self {
            Underneath::Changed {
                theirs: Ok(theirs), ..
            } => strings::changed_underneath(
                theirs.answered,
                theirs.last_answered_at,
                theirs.mine_not_there,
            ),
            Underneath::Changed {
                theirs: Err(why), ..
            } => strings::changed_unreadable(why),
            Underneath::Vanished { .. } => strings::vanished_underneath().to_string(),
        }
    }
}

impl TheirVersion {
    fn of(theirs: &Assessment, mine: &Assessment, q: &Questionnaire) -> Self {
        let mine_not_there = q
            .items()
            .map(|r| &r.item.id)
            .filter(|item| {
                let own = mine.response(item);
                own.is_some() && own != theirs.response(item)
            })
            .count();
        TheirVersion {
            answered: theirs.responded_count(q),
            last_answered_at: theirs.answers.iter().filter_map(|a| a.answered_at).max(),
            mine_not_there,
        }
    }
}

/// Carries out `choice` for the window's version `mine` of `q`, whose save was refused;
/// `locks` then remembers what the file holds.
pub fn resolve(
    store: &Store,
    locks: &mut DraftLocks,
    mine: &Assessment,
    q: &Questionnaire,
    choice: Resolution,
) -> Result<Resolved> {
    let id = &mine.id;
    match choice {
        Resolution::Merge => {
            let (theirs, version) = store.load_versioned(id)?;
            let merged = crate::conflicts::merge(&[theirs, mine.clone()], q)
                .map_err(|why| InvalidInput(format!("nothing was merged: {why}")))?;
            locks.remember(id, version);
            locks.save(store, &merged.assessment)?;
            Ok(Resolved::Continue(Box::new(merged.assessment)))
        }
        Resolution::Reload => {
            let (theirs, version) = store.load_versioned(id)?;
            store.trash_version(mine)?;
            locks.remember(id, version);
            Ok(Resolved::Continue(Box::new(theirs)))
        }
        Resolution::KeepBoth => Ok(Resolved::Left(store.save_conflict_copy(mine)?)),
        Resolution::Restore => {
            locks.save_over(store, mine)?;
            Ok(Resolved::Continue(Box::new(mine.clone())))
        }
        Resolution::LeaveRemoved => Ok(Resolved::Left(store.trash_version(mine)?)),
    }
}

#[cfg(test)]
mod tests;

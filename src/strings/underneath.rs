//! What the wizards say when the open draft changed or vanished on disk (see
//! `crate::app::underneath`): the same sentences in the full-screen and the plain wizard.

use std::path::Path;

use crate::app::underneath::{Resolution, Resolved, TheirVersion, Underneath};
use crate::text::sanitize;

/// Title of the full-screen panel when another version is on disk.
pub const UNDERNEATH_TITLE: &str = "Changed on disk";
/// Title of the full-screen panel when the draft is gone from disk.
pub const UNDERNEATH_REMOVED_TITLE: &str = "Removed on disk";

/// What happened, plainly, with what is known of the other version.
pub fn underneath_message(underneath: &Underneath) -> String {
    match underneath {
        Underneath::Changed {
            theirs: Ok(theirs), ..
        } => format!(
            "This draft was changed on disk since you opened it, probably by a sync or git \
             pull: {}, {} of yours not in it.",
            their_answers(theirs),
            theirs.mine_not_there
        ),
        Underneath::Changed {
            theirs: Err(why), ..
        } => format!(
            "This draft was changed on disk since you opened it, probably by a sync or git \
             pull, and the version there cannot be read ({}). Keep both: yours is saved \
             beside it and `ecoready conflicts` shows both.",
            sanitize(why, false)
        ),
        Underneath::Vanished { .. } => "This draft was removed from disk since you opened it \
             (moved to the trash or deleted, perhaps on another machine). Your answers are \
             still here."
            .to_string(),
    }
}

fn their_answers(theirs: &TheirVersion) -> String {
    let answers = match theirs.answered {
        1 => "1 answer there".to_string(),
        n => format!("{n} answers there"),
    };
    match theirs.last_answered_at {
        Some(at) => format!(
            "{answers} (the latest given {})",
            at.format("%Y-%m-%d %H:%M")
        ),
        None => answers,
    }
}

/// What a choice does, as the panel and the plain prompt offer it.
pub fn resolution_help(choice: Resolution) -> &'static str {
    match choice {
        Resolution::Merge => {
            "merge (recommended): both sides' answers kept, the later answer wins per \
             question, both notes kept"
        }
        Resolution::Reload => "reload the version on disk (yours go to the trash)",
        Resolution::KeepBoth => {
            "keep both: yours saved beside it as a conflict copy, then back to Home"
        }
        Resolution::Restore => "restore the draft with your answers",
        Resolution::LeaveRemoved => "leave it removed (your answers go to the trash)",
    }
}

/// Short name of a choice, for the key bar.
pub fn resolution_label(choice: Resolution) -> &'static str {
    match choice {
        Resolution::Merge => "merge",
        Resolution::Reload => "reload",
        Resolution::KeepBoth => "keep both",
        Resolution::Restore => "restore",
        Resolution::LeaveRemoved => "leave removed",
    }
}

/// What a choice did (`id`: the draft's).
pub fn resolved_message(choice: Resolution, resolved: &Resolved, id: &str) -> String {
    let kept = |path: &Path| sanitize(&path.display().to_string(), false);
    match (choice, resolved) {
        (Resolution::Merge, _) => {
            "Merged: every answer of both versions is in the draft, saved.".to_string()
        }
        (Resolution::Reload, _) => format!(
            "Reloaded the version on disk; yours is in the trash (`ecoready trash` lists \
             it, `ecoready restore {id}` brings it back)."
        ),
        (Resolution::Restore, _) => "Restored: the draft is saved with your answers.".into(),
        (_, Resolved::Left(path)) => format!(
            "Your version is kept as {}; `ecoready conflicts --merge {id}` merges it.",
            kept(path)
        ),
        (_, Resolved::Continue(_)) => "Saved.".to_string(),
    }
}

/// What leaving with the panel still open did: the window's version kept as a copy.
pub fn kept_on_leaving(path: &Path, id: &str) -> String {
    format!(
        "Assessment {id} changed on disk while it was open: your version is kept as {} \
         (`ecoready conflicts --merge {id}` merges it).",
        sanitize(&path.display().to_string(), false)
    )
}

//! What the wizards say when the open draft changed or vanished on disk (the
//! application layer's `underneath` module picks the sentence): the same sentences in
//! the full-screen and the plain wizard.

use std::path::Path;

use crate::assessment::Timestamp;
use crate::text::sanitize;

/// Title of the full-screen panel when another version is on disk.
pub const UNDERNEATH_TITLE: &str = "Changed on disk";
/// Title of the full-screen panel when the draft is gone from disk.
pub const UNDERNEATH_REMOVED_TITLE: &str = "Removed on disk";

/// Another, readable version is on disk: what it holds against the window's own.
pub fn changed_underneath(
    answered: usize,
    last_answered_at: Option<Timestamp>,
    mine_not_there: usize,
) -> String {
    let answers = match answered {
        1 => "1 answer there".to_string(),
        n => format!("{n} answers there"),
    };
    let answers = match last_answered_at {
        Some(at) => format!(
            "{answers} (the latest given {})",
            at.format("%Y-%m-%d %H:%M")
        ),
        None => answers,
    };
    format!(
        "This draft was changed on disk since you opened it, probably by a sync or git \
         pull: {answers}, {mine_not_there} of yours not in it."
    )
}

/// Another version is on disk that cannot be read (`why`).
pub fn changed_unreadable(why: &str) -> String {
    format!(
        "This draft was changed on disk since you opened it, probably by a sync or git \
         pull, and the version there cannot be read ({}). Keep both: yours is saved \
         beside it and `ecoready conflicts` shows both.",
        sanitize(why, false)
    )
}

/// The draft is gone from disk.
pub const VANISHED_UNDERNEATH: &str = "This draft was removed from disk since you opened it \
    (moved to the trash or deleted, perhaps on another machine). Your answers are still here.";

/// What each choice does, as the panel and the plain prompt offer it.
pub const MERGE_HELP: &str = "merge (recommended): both sides' answers kept, the later answer \
    wins per question, both notes kept";
/// See [`MERGE_HELP`].
pub const RELOAD_HELP: &str = "reload the version on disk (yours go to the trash)";
/// See [`MERGE_HELP`].
pub const KEEP_BOTH_HELP: &str =
    "keep both: yours saved beside it as a conflict copy, then back to Home";
/// See [`MERGE_HELP`].
pub const RESTORE_HELP: &str = "restore the draft with your answers";
/// See [`MERGE_HELP`].
pub const LEAVE_REMOVED_HELP: &str = "leave it removed (your answers go to the trash)";

/// A change to an assessment that is not the open one was refused because its file
/// changed: said after the refusal.
pub const TRY_AGAIN_FRESH: &str = "Try again: the version on disk is read afresh.";

/// After a merge.
pub const MERGED: &str = "Merged: every answer of both versions is in the draft, saved.";
/// After restoring a removed draft.
pub const RESTORED_WITH_MINE: &str = "Restored: the draft is saved with your answers.";

/// After reloading draft `id` from disk.
pub fn reloaded(id: &str) -> String {
    format!(
        "Reloaded the version on disk; yours is in the trash (`ecoready trash` lists it, \
         `ecoready restore {id}` brings it back)."
    )
}

/// After the window left draft `id`, its version kept at `path`.
pub fn kept_at(path: &Path, id: &str) -> String {
    format!(
        "Your version is kept as {}; `ecoready conflicts --merge {id}` merges it.",
        sanitize(&path.display().to_string(), false)
    )
}

/// What leaving with the panel still open did: the window's version kept as a copy.
pub fn kept_on_leaving(path: &Path, id: &str) -> String {
    format!(
        "Assessment {id} changed on disk while it was open: your version is kept as {} \
         (`ecoready conflicts --merge {id}` merges it).",
        sanitize(&path.display().to_string(), false)
    )
}

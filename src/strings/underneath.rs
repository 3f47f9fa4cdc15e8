//! What the wizards say when the open draft changed or vanished on disk (the
//! application layer's `underneath` module picks the sentence): the same sentences in
//! the full-screen and the plain wizard.

use std::path::Path;

use crate::assessment::Timestamp;
use crate::text::sanitize;
use crate::tr;

/// Title of the full-screen panel when another version is on disk.
pub fn underneath_title() -> &'static str {
    tr!("wizard-underneath-title")
}
/// Title of the full-screen panel when the draft is gone from disk.
pub fn underneath_removed_title() -> &'static str {
    tr!("wizard-underneath-removed-title")
}

/// Another, readable version is on disk: what it holds against the window's own.
pub fn changed_underneath(
    answered: usize,
    last_answered_at: Option<Timestamp>,
    mine_not_there: usize,
) -> String {
    match last_answered_at {
        Some(at) => tr!(
            "wizard-changed-underneath-latest",
            count = answered,
            latest = at.format("%Y-%m-%d %H:%M").to_string(),
            mine_not_there = mine_not_there
        ),
        None => tr!(
            "wizard-changed-underneath",
            count = answered,
            mine_not_there = mine_not_there
        ),
    }
}

/// Another version is on disk that cannot be read (`why`).
pub fn changed_unreadable(why: &str) -> String {
    tr!("wizard-changed-unreadable", why = sanitize(why, false))
}

/// The draft is gone from disk.
pub fn vanished_underneath() -> &'static str {
    tr!("wizard-vanished-underneath")
}

/// What each choice does, as the panel and the plain prompt offer it.
pub fn merge_help() -> &'static str {
    tr!("wizard-merge-help")
}
/// See [`MERGE_HELP`].
pub fn reload_help() -> &'static str {
    tr!("wizard-reload-help")
}
/// See [`MERGE_HELP`].
pub fn keep_both_help() -> &'static str {
    tr!("wizard-keep-both-help")
}
/// See [`MERGE_HELP`].
pub fn restore_help() -> &'static str {
    tr!("wizard-restore-help")
}
/// See [`MERGE_HELP`].
pub fn leave_removed_help() -> &'static str {
    tr!("wizard-leave-removed-help")
}

/// A change to an assessment that is not the open one was refused because its file
/// changed: said after the refusal.
pub fn try_again_fresh() -> &'static str {
    tr!("wizard-try-again-fresh")
}

/// After a merge.
pub fn merged() -> &'static str {
    tr!("wizard-merged")
}
/// After restoring a removed draft.
pub fn restored_with_mine() -> &'static str {
    tr!("wizard-restored-with-mine")
}

/// After reloading draft `id` from disk.
pub fn reloaded(id: &str) -> String {
    tr!("wizard-reloaded", id = id)
}

/// After the window left draft `id`, its version kept at `path`.
pub fn kept_at(path: &Path, id: &str) -> String {
    tr!(
        "wizard-kept-at",
        path = sanitize(&path.display().to_string(), false),
        id = id
    )
}

/// What leaving with the panel still open did: the window's version kept as a copy.
pub fn kept_on_leaving(path: &Path, id: &str) -> String {
    tr!(
        "wizard-kept-on-leaving",
        path = sanitize(&path.display().to_string(), false),
        id = id
    )
}

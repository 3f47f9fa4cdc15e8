//! The file names sync tools give the second copy of a file both sides changed.

use serde::Serialize;

/// Which tool left a conflict, as far as its file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CopyKind {
    /// Syncthing: `<id>.sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX.yaml`.
    Syncthing,
    /// Dropbox, Nextcloud and others: `<id> (… conflicted copy …).yaml`.
    ConflictedCopy,
    /// A numbered duplicate: `<id> (1).yaml`.
    Numbered,
    /// A file holding git's conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`).
    GitMarkers,
    /// ecoready's own: a window's version of a draft that changed or vanished on disk
    /// while it was open, kept beside it (`<id>.ecoready-conflict-YYYYMMDD-HHMMSSZ.yaml`).
    Ecoready,
}

impl CopyKind {
    /// How the kind is named to people.
    pub fn describe(self) -> &'static str {
        match self {
            CopyKind::Syncthing => crate::tr!("core-copy-syncthing"),
            CopyKind::ConflictedCopy => crate::tr!("core-copy-conflicted"),
            CopyKind::Numbered => crate::tr!("core-copy-numbered"),
            CopyKind::GitMarkers => crate::tr!("core-copy-git-markers"),
            CopyKind::Ecoready => crate::tr!("core-copy-ecoready"),
        }
    }
}

/// What separates the id from the moment in the name of ecoready's own conflict copies.
pub const ECOREADY_COPY_MARK: &str = ".ecoready-conflict-";

/// The file name (without `.yaml`) of ecoready's conflict copy of assessment `id` made at
/// `stamp` (`YYYYMMDD-HHMMSSZ`, UTC).
pub fn ecoready_copy_stem(id: &str, stamp: &str) -> String {
    format!("{id}{ECOREADY_COPY_MARK}{stamp}")
}

/// The assessment id a conflict copy's file name (without `.yaml`) belongs to, and the
/// kind of copy; `None` for any other name. `is_id` says which strings are ids.
pub fn conflict_copy_of(stem: &str, is_id: impl Fn(&str) -> bool) -> Option<(String, CopyKind)> {
    if let Some((id, _)) = stem.split_once(ECOREADY_COPY_MARK) {
        return is_id(id).then(|| (id.to_string(), CopyKind::Ecoready));
    }
    if let Some((id, _)) = stem.split_once(".sync-conflict-") {
        return is_id(id).then(|| (id.to_string(), CopyKind::Syncthing));
    }
    let (id, rest) = stem.split_once(" (")?;
    let inner = rest.strip_suffix(')')?;
    // Dropbox adds a number to a second conflicted copy: `(… conflicted copy …) (1)`.
    let kind = if inner.contains("conflicted copy") {
        CopyKind::ConflictedCopy
    } else if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        CopyKind::Numbered
    } else {
        return None;
    };
    is_id(id).then(|| (id.to_string(), kind))
}

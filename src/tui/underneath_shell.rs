//! The shell's side of files changing underneath the wizard: Home's listing with the
//! state of the folder it was made from (for the tick), and a save refused because the
//! open draft changed or vanished on disk turned into the panel (or, while leaving, into
//! a conflict copy).

use super::action::Action;
use super::app::{App, Effect};
use super::saving::SaveProblem;
use super::screens::home::HomeData;
use crate::app::DraftLocks;
use crate::app::underneath::Underneath;
use crate::store::{ProgressSink, SaveConflict, Store};

/// Home's listing, with the state of the folder it was made from (taken first, so a file
/// arriving during the listing makes the next tick list again).
pub(super) fn listed(store: &Store, progress: ProgressSink<'_>) -> Action {
    let folder = store.folder_stamp();
    let mut bands = crate::app::BandLabels::default();
    let mut data = HomeData::from_summaries(&store.summaries_reporting(progress), |a, band| {
        bands.label(store, &a.questionnaire, band)
    });
    data.folder = folder;
    Action::Listed(data)
}

/// A save of the open draft refused because the file changed or vanished: the panel asks
/// what to do. While leaving, nobody can answer: the window's version is kept as a
/// conflict copy (then said on leaving), or, if even that fails, reported as unsaved.
pub(super) fn found_underneath(
    app: &mut App,
    (store, locks): (&Store, &mut DraftLocks),
    conflict: &SaveConflict,
    retry: Option<Effect>,
) {
    let id = match conflict {
        SaveConflict::Changed { id, .. } | SaveConflict::Vanished { id } => id,
    };
    let Some(session) = app.session.as_ref().filter(|s| s.assessment.id == *id) else {
        // Not the open assessment (an edit from History of a draft left earlier): no
        // answers of this window to keep; what it last knew of the file is forgotten,
        // so trying again works on the version there now.
        locks.forget(id);
        let said = format!("{conflict}. {}", crate::strings::try_again_fresh());
        return app.update(Action::Failed(said));
    };
    if app.running {
        let found = Underneath::of(conflict, &session.assessment, session.q());
        return app.update(Action::Underneath(Box::new(found)));
    }
    let id = session.assessment.id.clone();
    match store.save_conflict_copy(&session.assessment) {
        Ok(path) => app.kept_on_leaving = Some(crate::strings::kept_on_leaving(&path, &id)),
        Err(e) => app.update(Action::SaveFailed(Box::new(SaveProblem {
            retry: retry.unwrap_or(Effect::Save),
            message: format!("{conflict}; {}", crate::error::message(&e)),
        }))),
    }
}

//! What the wizard says when a save fails or the terminal is too small, and on exit
//! about what could not be saved.

use crate::tr;

messages! {
    /// Shown when the terminal is too small.
    too_small = tr!("wizard-too-small");
    /// Title of the panel shown while a save fails.
    save_panel_title = tr!("wizard-save-panel-title");
    /// The panel's promise: nothing moves on while a save fails.
    save_panel_kept = tr!("wizard-save-panel-kept");
    /// After a retry succeeded.
    save_recovered = tr!("wizard-save-recovered");
    /// On exit: nothing differs but where the user stopped.
    unsaved_place = tr!("wizard-unsaved-place");
    /// On exit: finishing the assessment was not saved.
    unsaved_finishing = tr!("wizard-unsaved-finishing");
}

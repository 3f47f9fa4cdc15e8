//! What the wizard says when a save fails or the terminal is too small, and on exit
//! about what could not be saved.

use crate::tr;

messages! {
    /// Shown when the terminal is too small.
    too_small = tr!("wizard-too-small");
    /// What to do about a terminal that is too small (before the key that leaves).
    too_small_enlarge = tr!("wizard-too-small-enlarge");
    /// After the key that leaves on the too-small screen.
    too_small_leaves = tr!("wizard-too-small-leaves");
    /// After the key that shows the keys on the too-small screen.
    too_small_keys = tr!("wizard-too-small-keys");
    /// Title of the panel shown while a save fails.
    save_panel_title = tr!("wizard-save-panel-title");
    /// The panel's promise: nothing moves on while a save fails.
    save_panel_kept = tr!("wizard-save-panel-kept");
    /// Before the retry key in the panel.
    save_panel_fix = tr!("wizard-save-panel-fix");
    /// After the retry key in the panel.
    save_panel_fix_end = tr!("wizard-save-panel-fix-end");
    /// After the leave key in the panel.
    save_panel_leave = tr!("wizard-save-panel-leave");
    /// After a retry succeeded.
    save_recovered = tr!("wizard-save-recovered");
    /// On exit: nothing differs but where the user stopped.
    unsaved_place = tr!("wizard-unsaved-place");
    /// On exit: finishing the assessment was not saved.
    unsaved_finishing = tr!("wizard-unsaved-finishing");
}

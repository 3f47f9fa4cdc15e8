//! Where a wizard run begins, shared by the full-screen and the plain line-by-line wizard.

use crate::assessment::Setup;
use crate::questionnaire::Loaded;

/// Where the wizard starts.
#[derive(Debug, Clone)]
pub enum Start {
    /// The home screen.
    Home,
    /// The setup screen for a new assessment, prefilled.
    New {
        /// Prefilled setup fields.
        setup: Setup,
        /// The questionnaire to use.
        questionnaire: Box<Loaded>,
    },
    /// Continue the draft with this id.
    Resume(String),
}

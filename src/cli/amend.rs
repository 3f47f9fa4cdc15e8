//! `ecoready edit` and `ecoready reopen`: correcting an assessment from the command line
//! through the same application functions as the wizard.

use clap::{Args, ValueEnum};
use color_eyre::eyre::Result;

use super::flags::SetupFlags;
use super::output::{print, print_json};
use crate::app::{self, DraftLocks};
use crate::assessment::{Mode, Setup};
use crate::documents::{AssessmentSummary, EditDocument};
use crate::store::Store;
use crate::tr;

/// Flags of `ecoready edit`: each given flag replaces its field; an empty value removes
/// an optional one (advisor, round).
#[derive(Debug, Args, Clone)]
pub struct EditArgs {
    pub id: String,
    #[command(flatten)]
    pub setup: SetupFlags,
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// `--mode` as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    #[value(name = "self")]
    SelfAssessment,
    Interview,
}

impl EditArgs {
    /// The setup with every given flag applied.
    fn apply(&self, setup: Setup) -> Setup {
        let mut setup = self.setup.apply(setup);
        if let Some(mode) = self.mode {
            setup.mode = match mode {
                ModeArg::SelfAssessment => Mode::SelfAssessment,
                ModeArg::Interview => Mode::Interview,
            };
        }
        setup
    }
}

/// `ecoready edit ID [--org ...] [--json]`.
pub fn edit(store: &Store, args: &EditArgs) -> Result<u8> {
    args.setup.check_limits()?;
    let id = store.resolve(&args.id)?;
    let mut locks = DraftLocks::enabled();
    let edited = app::edit_setup(
        store,
        &id,
        |setup| args.apply(setup),
        args.reason.clone(),
        &mut locks,
    )?;
    if args.json {
        let loaded = store.questionnaire_for(&edited.assessment.questionnaire)?;
        let scores = edited.assessment.current_scores(&loaded.questionnaire);
        let summary = AssessmentSummary::new(&edited.assessment, &scores);
        return print_json(&EditDocument::new(edited.changed, summary));
    }
    let said = match edited.changed.as_slice() {
        [] => tr!("cli-edit-nothing-changed", id = &id),
        fields => {
            let names: Vec<&str> = fields.iter().map(|f| f.shown_label()).collect();
            let fields = names.join(", ");
            if edited.assessment.was_completed() {
                tr!("cli-edit-changed-logged", id = &id, fields = fields)
            } else {
                tr!("cli-edit-changed", id = &id, fields = fields)
            }
        }
    };
    print(&format!("{said}\n"))
}

/// Flags of `ecoready reopen`.
#[derive(Debug, Args, Clone)]
pub struct ReopenArgs {
    pub id: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// `ecoready reopen ID`: reopens a complete assessment and returns its id, for the
/// wizard to continue at its first question.
pub fn reopen(store: &Store, args: &ReopenArgs) -> Result<String> {
    let id = store.resolve(&args.id)?;
    let opened = app::reopen(store, &id, args.reason.clone(), &mut DraftLocks::enabled())?;
    Ok(opened.assessment.id)
}

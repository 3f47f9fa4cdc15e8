//! `ecoready edit` and `ecoready reopen`: correcting an assessment from the command line
//! through the same application functions as the wizard.

use clap::{Args, ValueEnum};
use color_eyre::eyre::Result;

use super::output::{print, print_json};
use crate::app::{self, DraftLocks};
use crate::assessment::{Mode, Setup};
use crate::documents::{AssessmentSummary, EditDocument};
use crate::store::Store;

/// Flags of `ecoready edit`: each given flag replaces its field; an empty value removes
/// an optional one (advisor, round, sector, role).
#[derive(Debug, Args, Clone)]
pub struct EditArgs {
    /// Assessment id or any unique prefix of it.
    pub id: String,
    /// Organization name.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// The organization's sector.
    #[arg(long, value_name = "S")]
    pub sector: Option<String>,
    /// Who answered.
    #[arg(long, value_name = "NAME")]
    pub respondent: Option<String>,
    /// The respondent's role.
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Self-assessment or guided interview.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// The advisor's name.
    #[arg(long, value_name = "NAME")]
    pub advisor: Option<String>,
    /// The round label, e.g. "Q3 check-in".
    #[arg(long, value_name = "LABEL")]
    pub round: Option<String>,
    /// Why, kept in the amendment log of a completed assessment.
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `--mode` as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// The respondent answers alone.
    #[value(name = "self")]
    SelfAssessment,
    /// An advisor interviews the respondent.
    Interview,
}

impl EditArgs {
    /// The setup with every given flag applied.
    fn apply(&self, mut setup: Setup) -> Setup {
        let replace = |field: &mut String, flag: &Option<String>| {
            if let Some(value) = flag {
                *field = value.trim().to_string();
            }
        };
        replace(&mut setup.organization.name, &self.org);
        replace(&mut setup.organization.sector, &self.sector);
        replace(&mut setup.respondent.name, &self.respondent);
        replace(&mut setup.respondent.role, &self.role);
        if let Some(mode) = self.mode {
            setup.mode = match mode {
                ModeArg::SelfAssessment => Mode::SelfAssessment,
                ModeArg::Interview => Mode::Interview,
            };
        }
        if let Some(advisor) = &self.advisor {
            setup.advisor = Some(advisor.trim().to_string());
        }
        if let Some(round) = &self.round {
            setup.round = Some(round.trim().to_string());
        }
        setup
    }
}

/// `ecoready edit ID [--org ...] [--json]`.
pub fn edit(store: &Store, args: &EditArgs) -> Result<u8> {
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
        [] => format!("Nothing changed in assessment {id}.\n"),
        fields => {
            let names: Vec<&str> = fields.iter().map(|f| f.label()).collect();
            let logged = if edited.assessment.was_completed() {
                " (kept in its amendment log)"
            } else {
                ""
            };
            format!("Assessment {id}: changed {}{logged}.\n", names.join(", "))
        }
    };
    print(&said)
}

/// Flags of `ecoready reopen`.
#[derive(Debug, Args, Clone)]
pub struct ReopenArgs {
    /// Assessment id or any unique prefix of it.
    pub id: String,
    /// Why, kept in the amendment log.
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

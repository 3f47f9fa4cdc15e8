//! The command line: clap definitions and dispatch to the core, the store and the TUI.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use color_eyre::eyre::Result;

use crate::assessment::{Mode, Organization, Respondent, Setup};
use crate::error;
use crate::store::Store;

/// Assess how ready a small or medium business is to work in cross-sector business
/// ecosystems, keep every dated assessment on this machine, and compare check-ins.
#[derive(Debug, Parser)]
#[command(name = "ecoready", version, about, long_about = None)]
pub struct Cli {
    /// Where assessments are kept (default: the platform's data directory).
    #[arg(long, global = true, env = "ECOREADY_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// What to do; without a command the wizard starts on its home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new assessment (flags prefill the setup screen).
    New(NewArgs),
    /// Continue a draft (the most recent one without an ID).
    Resume {
        /// Assessment id or any unique prefix of it.
        id: Option<String>,
    },
    /// List stored assessments.
    List {
        /// Only this organization (case-insensitive).
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one assessment's scores.
    Show {
        /// Assessment id or any unique prefix of it.
        id: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List the questionnaires available.
    Questionnaires {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check questionnaire files and report every problem with its line.
    Validate {
        /// Questionnaire files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// Flags of `ecoready new`.
#[derive(Debug, Args, Default, Clone)]
pub struct NewArgs {
    /// Organization name.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// The organization's sector.
    #[arg(long, value_name = "S")]
    pub sector: Option<String>,
    /// Who answers.
    #[arg(long, value_name = "NAME")]
    pub respondent: Option<String>,
    /// The respondent's role.
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// A round label such as "baseline" or "Q3 check-in".
    #[arg(long, value_name = "LABEL")]
    pub round: Option<String>,
    /// A guided interview run by an advisor.
    #[arg(long)]
    pub interview: bool,
    /// The advisor's name (implies --interview).
    #[arg(long, value_name = "NAME")]
    pub advisor: Option<String>,
    /// Questionnaire id, or a questionnaire file.
    #[arg(long, value_name = "ID|FILE")]
    pub questionnaire: Option<String>,
}

impl NewArgs {
    /// The setup these flags describe.
    pub fn setup(&self) -> Setup {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        Setup {
            organization: Organization {
                name: text(&self.org),
                sector: text(&self.sector),
            },
            respondent: Respondent {
                name: text(&self.respondent),
                role: text(&self.role),
            },
            mode: if self.interview || self.advisor.is_some() {
                Mode::Interview
            } else {
                Mode::SelfAssessment
            },
            advisor: self.advisor.clone(),
            round: self.round.clone(),
        }
    }
}

/// Parses the command line, runs it, and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    if let Err(e) = color_eyre::install() {
        eprintln!("ecoready: {e}");
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(report) => {
            eprintln!("ecoready: {report:#}");
            ExitCode::from(error::exit_code(&report) as u8)
        }
    }
}

/// Runs a parsed command line; returns the exit status.
pub fn run(cli: Cli) -> Result<u8> {
    let root = match cli.data_dir {
        Some(dir) => dir,
        None => Store::default_root()?,
    };
    let store = Store::open(root)?;
    match cli.command {
        None => crate::tui::run(&store, crate::tui::Start::Home),
        Some(Command::New(args)) => {
            let questionnaire = commands::choose_questionnaire(args.questionnaire.as_deref())?;
            crate::tui::run(
                &store,
                crate::tui::Start::New {
                    setup: args.setup(),
                    questionnaire: Box::new(questionnaire),
                },
            )
        }
        Some(Command::Resume { id }) => {
            let id = commands::draft_to_resume(&store, id.as_deref())?;
            crate::tui::run(&store, crate::tui::Start::Resume(id))
        }
        Some(Command::List { org, json }) => commands::list(&store, org.as_deref(), json),
        Some(Command::Show { id, json }) => commands::show(&store, &id, json),
        Some(Command::Questionnaires { json }) => commands::questionnaires(json),
        Some(Command::Validate { files }) => commands::validate(&files),
    }
}

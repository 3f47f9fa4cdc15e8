//! The command line: clap definitions and dispatch to the core, the store and the TUI.

mod commands;
mod completions;
mod evidence;
mod export;
mod history;
mod map;
mod norms;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use color_eyre::eyre::{Report, Result};

use crate::app::Start;
use crate::assessment::{Mode, Organization, Respondent, Setup};
use crate::error::{self, InvalidInput};
use crate::limits;
use crate::store::Store;

/// Assess how ready a small or medium business is to work in cross-sector business
/// ecosystems, keep every dated assessment on this machine, and compare check-ins.
#[derive(Debug, Parser)]
#[command(name = "ecoready", version, about, long_about = None)]
pub struct Cli {
    /// Where assessments are kept (default: the platform's data directory).
    #[arg(long, global = true, env = "ECOREADY_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Plain line-by-line prompts instead of the full-screen wizard (automatic when
    /// TERM=dumb or when input or output is not a terminal).
    #[arg(long, global = true)]
    pub plain: bool,

    /// Colour theme of the full-screen wizard.
    #[arg(long, global = true, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::ThemeName>,

    /// What to do; without a command the wizard starts on its home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new assessment (flags prefill the setup screen).
    #[command(about = NEW_ABOUT)]
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
        /// Only this round label (case-insensitive).
        #[arg(long, value_name = "LABEL")]
        round: Option<String>,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Compare two assessments: per dimension and facet before, after and change.
    Compare {
        /// The earlier assessment (id or unique prefix).
        a: String,
        /// The later assessment (id or unique prefix).
        b: String,
        /// Compare even two organizations, or an assessment with itself.
        #[arg(long)]
        force: bool,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// An organization's scores over time.
    Trend {
        /// The organization (case-insensitive).
        #[arg(long, value_name = "NAME", required = true)]
        org: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Several respondents of one organization in one round: mean, range and agreement.
    Round {
        /// The organization (case-insensitive).
        #[arg(long, value_name = "NAME", required = true)]
        org: String,
        /// The round label (default: the organization's latest round).
        #[arg(long, value_name = "LABEL")]
        round: Option<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move an assessment to the trash folder in the data directory (nothing is destroyed).
    Remove {
        /// Assessment id or any unique prefix of it.
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Write a report: one assessment, a comparison, or an organization's trend.
    #[command(about = export::ABOUT)]
    Export(export::ExportArgs),
    /// An organization's ecosystem map: partners by layer, and what they bring.
    Map {
        /// The organization (case-insensitive).
        #[arg(long, value_name = "NAME", required = true)]
        org: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// How reliable the scores are: alpha, omega, item figures, retest and the smallest
    /// real change, over every assessment in the data directory.
    Evidence {
        /// Questionnaire id, or a questionnaire file (default: the built-in one).
        #[arg(long, value_name = "ID|FILE")]
        questionnaire: Option<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Anonymous norms: export this data directory's, import others' (percentiles then
    /// say which norms they use), list the imported ones.
    Norms {
        /// export, import or list.
        #[command(subcommand)]
        command: norms::NormsCommand,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout.
    Man,
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

/// What `ecoready new --help` says the command does.
const NEW_ABOUT: &str = "Start a new assessment (flags prefill the setup screen)";

/// Flags of `ecoready new`.
#[derive(Debug, Args, Default, Clone)]
// The same as the variant's, so `new --help` and the list of commands say one thing.
#[command(about = NEW_ABOUT)]
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
    /// Refuses a flag longer than its field's limit ([`crate::limits`]), naming the flag,
    /// before anything is started or saved.
    pub fn check_limits(&self) -> Result<()> {
        let flags = [
            ("--org", &self.org, limits::ORGANIZATION),
            ("--sector", &self.sector, limits::SECTOR),
            ("--respondent", &self.respondent, limits::RESPONDENT),
            ("--role", &self.role, limits::ROLE),
            ("--round", &self.round, limits::ROUND),
            ("--advisor", &self.advisor, limits::ADVISOR),
        ];
        for (flag, value, limit) in flags {
            if let Err(message) = limit.check(value.as_deref().unwrap_or("")) {
                return Err(Report::new(InvalidInput(format!("{flag}: {message}"))));
            }
        }
        Ok(())
    }

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
    if let Err(e) = error::install_hooks() {
        eprintln!("ecoready: {e}");
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(report) => {
            eprintln!("ecoready: {}", error::message(&report));
            ExitCode::from(crate::app::exit_code(&report) as u8)
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
    let wizard = |start: Start| {
        if crate::plain::wanted(cli.plain) {
            crate::plain::run(&store, start)
        } else {
            crate::tui::run(&store, start, cli.theme)
        }
    };
    match cli.command {
        None => wizard(Start::Home),
        Some(Command::New(args)) => {
            args.check_limits()?;
            let questionnaire = commands::choose_questionnaire(args.questionnaire.as_deref())?;
            wizard(Start::New {
                setup: args.setup(),
                questionnaire: Box::new(questionnaire),
            })
        }
        Some(Command::Resume { id }) => {
            let id = commands::draft_to_resume(&store, id.as_deref())?;
            wizard(Start::Resume(id))
        }
        Some(Command::List { org, round, json }) => {
            commands::list(&store, org.as_deref(), round.as_deref(), json)
        }
        Some(Command::Show { id, json }) => commands::show(&store, &id, json),
        Some(Command::Compare { a, b, force, json }) => {
            history::compare(&store, &a, &b, force, json)
        }
        Some(Command::Trend { org, json }) => history::trend(&store, &org, json),
        Some(Command::Round { org, round, json }) => {
            history::round(&store, &org, round.as_deref(), json)
        }
        Some(Command::Remove { id, yes }) => history::remove(&store, &id, yes),
        Some(Command::Export(args)) => export::export(&store, &args),
        Some(Command::Map { org, json }) => map::map(&store, &org, json),
        Some(Command::Evidence {
            questionnaire,
            json,
        }) => evidence::evidence(&store, questionnaire.as_deref(), json),
        Some(Command::Norms { command }) => norms::norms(&store, &command),
        Some(Command::Completions { shell }) => completions::completions(shell),
        Some(Command::Man) => completions::man(),
        Some(Command::Questionnaires { json }) => commands::questionnaires(json),
        Some(Command::Validate { files }) => commands::validate(&files),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn every_subcommand_is_well_defined_once_built() {
        // clap's own checks of every argument run only on a built command.
        let mut command = Cli::command();
        command.build();
        command.debug_assert();
    }

    #[test]
    fn subcommands_keep_their_descriptions() {
        let mut command = Cli::command();
        command.build();
        let about = |name: &str| {
            command
                .find_subcommand(name)
                .and_then(|sub| sub.get_about())
                .map(|about| about.to_string())
        };
        assert_eq!(about("new").as_deref(), Some(NEW_ABOUT));
        assert_eq!(about("export").as_deref(), Some(export::ABOUT));
        assert_eq!(about("list").as_deref(), Some("List stored assessments"));
    }
}

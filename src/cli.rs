//! The command line: clap definitions and dispatch to the core, the store and the TUI.

mod amend;
mod commands;
mod completions;
mod evidence;
mod export;
mod flags;
mod history;
mod integrity;
mod language;
mod map;
mod norms;
mod organizations;
mod output;
mod plan;
mod progress;
mod setup;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use color_eyre::eyre::Result;

pub use flags::{NEW_ABOUT, NewArgs, SetupFlags};

use crate::app::Start;
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

    /// Plain line-by-line prompts instead of the full-screen wizard (automatic when
    /// TERM=dumb or when input or output is not a terminal).
    #[arg(long, global = true)]
    pub plain: bool,

    /// Colour theme of the full-screen wizard.
    #[arg(long, global = true, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::ThemeName>,

    /// Language of the wizard, messages and reports: en, de or es (default: `language:`
    /// in config.yaml, else the locale's LC_ALL, LC_MESSAGES or LANG, else English).
    #[arg(long, global = true, value_name = "LANG", value_parser = language::parse_flag)]
    pub lang: Option<crate::i18n::Lang>,

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
    /// Change an assessment's organization, sector, respondent, role, mode, advisor or
    /// round (logged when it was completed).
    Edit(amend::EditArgs),
    /// Reopen a complete assessment to change answers in the wizard; every change is
    /// logged and the scores are recomputed when it is completed again.
    Reopen(amend::ReopenArgs),
    /// List stored assessments.
    List {
        /// Only this organization (case-insensitive).
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        /// Only this advisor's assessments (case-insensitive).
        #[arg(long, value_name = "NAME")]
        advisor: Option<String>,
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
    /// Rename an organization, or merge one into another, in every assessment and map.
    Org {
        /// What to do.
        #[command(subcommand)]
        command: organizations::OrgCommand,
    },
    /// List the assessments in the trash (what `restore` can bring back).
    Trash {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Move an assessment back from the trash.
    Restore {
        /// Its trash id (`ecoready trash` lists them) or any unique start of one.
        id: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
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
    /// An organization's improvement plan: up to five facets to work on until the next
    /// check-in, and how the previous plan went.
    Plan(plan::PlanArgs),
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
    /// Prepare a data directory for a team sharing it through git or a sync folder:
    /// creates it if needed and writes .gitignore, .gitattributes and .stignore (lines
    /// missing from existing ones are added; nothing else changes).
    Init {
        /// The data directory to share.
        #[arg(long, value_name = "DIR", required = true)]
        shared: PathBuf,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Where the data directory, this machine's state for it and the settings file are.
    Paths {
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout.
    Man,
    /// Assessments with versions from several machines (sync conflict copies, git
    /// conflict markers); `--merge ID` merges one answer by answer.
    Conflicts {
        /// Merge this assessment's versions (the response given last wins, every note is
        /// kept) and move their files to the trash.
        #[arg(long, value_name = "ID")]
        merge: Option<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Give an assessment a new id (when two machines made the same one); plan reviews
    /// naming it follow, the old file goes to the trash.
    Reid {
        /// Assessment id or any unique prefix of it.
        id: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Accept a file whose checksum does not match (changed outside ecoready on
    /// purpose): it is written back as it reads now, with a new checksum.
    Repair {
        /// Assessment id or any unique prefix of it.
        #[arg(required_unless_present = "map", conflicts_with = "map")]
        id: Option<String>,
        /// A map version file (in the data directory's maps/<organization>/) instead.
        #[arg(long, value_name = "FILE")]
        map: Option<PathBuf>,
        /// Print one JSON document instead of text.
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
    crate::i18n::set_current(language::resolve(cli.lang));
    // Its own data directory: nothing else is opened (or created).
    if let Some(Command::Init { shared, json }) = &cli.command {
        return setup::init_shared(shared, *json);
    }
    let root = match cli.data_dir {
        Some(dir) => dir,
        None => Store::default_root()?,
    };
    let opened = with_test_pause(Store::open(root)?);
    // Commands show a long rebuild of the index on standard error; the wizard shows it
    // on its own screen (the TUI) or not at all (plain mode keeps its lines clean).
    let store = match progress::on_terminal() {
        Some(progress) => opened.clone().with_rebuild_progress(progress),
        None => opened.clone(),
    };
    let wizard = |start: Start| {
        if crate::plain::wanted(cli.plain) {
            crate::plain::run(&opened, start)
        } else {
            crate::tui::run(&opened, start, cli.theme)
        }
    };
    match cli.command {
        None => wizard(Start::Home),
        Some(Command::New(mut args)) => {
            args.check_limits()?;
            if args.setup.advisor.is_none() {
                args.setup.advisor = commands::configured_advisor().map(str::to_string);
            }
            let questionnaire = commands::choose_questionnaire(args.questionnaire.as_deref())?;
            let questionnaire = match args.answer_lang {
                Some(lang) => commands::in_offered_language(&questionnaire, lang)?,
                None => questionnaire,
            };
            wizard(Start::New {
                setup: args.setup(),
                questionnaire: Box::new(questionnaire),
            })
        }
        Some(Command::Resume { id }) => {
            let id = commands::draft_to_resume(&store, id.as_deref())?;
            wizard(Start::Resume(id))
        }
        Some(Command::Edit(args)) => amend::edit(&store, &args),
        Some(Command::Reopen(args)) => wizard(Start::Resume(amend::reopen(&store, &args)?)),
        Some(Command::List {
            org,
            advisor,
            round,
            json,
        }) => commands::list(
            &store,
            &commands::ListFilter {
                org: org.as_deref(),
                advisor: advisor.as_deref(),
                round: round.as_deref(),
            },
            json,
        ),
        Some(Command::Show { id, json }) => commands::show(&store, &id, json),
        Some(Command::Compare { a, b, force, json }) => {
            history::compare(&store, &a, &b, force, json)
        }
        Some(Command::Trend { org, json }) => history::trend(&store, &org, json),
        Some(Command::Round { org, round, json }) => {
            history::round(&store, &org, round.as_deref(), json)
        }
        Some(Command::Remove { id, yes }) => history::remove(&store, &id, yes),
        Some(Command::Org { command }) => organizations::org(&store, &command),
        Some(Command::Trash { json }) => organizations::trash(&store, json),
        Some(Command::Restore { id, json }) => organizations::restore(&store, &id, json),
        Some(Command::Export(args)) => export::export(&store, &args),
        Some(Command::Map { org, json }) => map::map(&store, &org, json),
        Some(Command::Plan(args)) => plan::plan(&store, &args),
        Some(Command::Evidence {
            questionnaire,
            json,
        }) => evidence::evidence(&store, questionnaire.as_deref(), json),
        Some(Command::Norms { command }) => norms::norms(&store, &command),
        Some(Command::Conflicts { merge, json }) => {
            integrity::conflicts(&store, merge.as_deref(), json)
        }
        Some(Command::Reid { id, json }) => integrity::reid(&store, &id, json),
        Some(Command::Repair { id, map, json }) => {
            integrity::repair(&store, id.as_deref(), map.as_deref(), json)
        }
        Some(Command::Paths { json }) => setup::paths(&store, json),
        // Returned above, before any store is opened; the same call if it ever got here.
        Some(Command::Init { shared, json }) => setup::init_shared(&shared, json),
        Some(Command::Completions { shell }) => completions::completions(shell),
        Some(Command::Man) => completions::man(),
        Some(Command::Questionnaires { json }) => commands::questionnaires(json),
        Some(Command::Validate { files }) => commands::validate(&files),
    }
}

/// Set by the test that kills a rename of an organization mid-way: the pause, in
/// milliseconds, after each file it rewrites. Nothing else reads it.
pub const TEST_STEP_PAUSE_VAR: &str = "ECOREADY_TEST_STEP_PAUSE_MS";

fn with_test_pause(store: Store) -> Store {
    match std::env::var(TEST_STEP_PAUSE_VAR)
        .ok()
        .and_then(|ms| ms.parse().ok())
    {
        Some(ms) => store.with_step_pause(std::time::Duration::from_millis(ms)),
        None => store,
    }
}

#[cfg(test)]
mod tests;

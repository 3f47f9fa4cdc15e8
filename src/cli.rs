//! The command line: clap definitions and dispatch to the core, the store and the TUI.

mod amend;
mod commands;
mod completions;
mod evidence;
mod export;
mod flags;
pub mod help;
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

pub use flags::{NewArgs, SetupFlags};

use crate::app::Start;
use crate::error;
use crate::store::Store;

/// The command line. Its help texts come from the catalogue area `help` (see
/// [`help`]), not from comments here.
#[derive(Debug, Parser)]
#[command(name = "ecoready", version)]
pub struct Cli {
    #[arg(long, global = true, env = "ECOREADY_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[arg(long, global = true)]
    pub plain: bool,

    #[arg(long, global = true, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::ThemeName>,

    #[arg(long, global = true, value_name = "LANG", value_parser = language::parse_flag)]
    pub lang: Option<crate::i18n::Lang>,

    // None: the wizard starts on its home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands (what each one and its arguments mean: `help-<command>-…` in
/// crates/core/locales/en/help.ftl).
#[derive(Debug, Subcommand)]
pub enum Command {
    New(NewArgs),
    Resume {
        id: Option<String>,
    },
    Edit(amend::EditArgs),
    Reopen(amend::ReopenArgs),
    List {
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        #[arg(long, value_name = "NAME")]
        advisor: Option<String>,
        #[arg(long, value_name = "LABEL")]
        round: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Compare {
        // The earlier assessment, then the later one.
        a: String,
        b: String,
        #[arg(long)]
        force: bool,
        #[arg(long)]
        json: bool,
    },
    Trend {
        #[arg(long, value_name = "NAME", required = true)]
        org: String,
        #[arg(long)]
        json: bool,
    },
    Round {
        #[arg(long, value_name = "NAME", required = true)]
        org: String,
        #[arg(long, value_name = "LABEL")]
        round: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Remove {
        id: String,
        #[arg(long)]
        yes: bool,
    },
    Org {
        #[command(subcommand)]
        command: organizations::OrgCommand,
    },
    Trash {
        #[arg(long)]
        json: bool,
    },
    Restore {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Export(export::ExportArgs),
    Map {
        #[arg(long, value_name = "NAME", required = true)]
        org: String,
        #[arg(long)]
        json: bool,
    },
    Plan(plan::PlanArgs),
    Evidence {
        #[arg(long, value_name = "ID|FILE")]
        questionnaire: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Norms {
        #[command(subcommand)]
        command: norms::NormsCommand,
    },
    Init {
        #[arg(long, value_name = "DIR", required = true)]
        shared: PathBuf,
        #[arg(long)]
        json: bool,
    },
    Paths {
        #[arg(long)]
        json: bool,
    },
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
    Conflicts {
        #[arg(long, value_name = "ID")]
        merge: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Reid {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Repair {
        #[arg(required_unless_present = "map", conflicts_with = "map")]
        id: Option<String>,
        #[arg(long, value_name = "FILE")]
        map: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Questionnaires {
        #[arg(long)]
        json: bool,
    },
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// Parses the command line, runs it, and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    if let Err(e) = error::install_hooks() {
        eprintln!("ecoready: {e}");
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The help pages speak the language of the run, so it is chosen before clap parses:
    // `--lang` found in the arguments, else the config file and the locale.
    crate::i18n::set_current(language::resolve(language::flag_in(&args)));
    let cli = help::parse(args);
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

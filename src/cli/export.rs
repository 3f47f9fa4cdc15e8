//! `export`: reports in Markdown, HTML, CSV and JSON. Loads through the store, builds the
//! same documents as `show`, `compare` and `trend`, renders them with [`crate::report`]
//! and writes the result to standard output or, atomically, to a file.

use std::io;
use std::path::PathBuf;

use clap::{ArgGroup, Args, ValueEnum};
use color_eyre::eyre::Result;

use super::output::{print, warn_line};
use crate::app::export::{self, Subject};
use crate::error::InvalidInput;
use crate::report::{CsvLayout, DateStyle, Format, Options};
use crate::store::{self, Store};
use crate::text::sanitize;
use crate::tr;

/// Flags of `ecoready export`.
#[derive(Debug, Args, Clone)]
#[command(group(
    ArgGroup::new("subject")
        .required(true)
        .args(["id", "org", "compare", "all", "evidence"])
))]
pub struct ExportArgs {
    pub id: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<String>>,
    #[arg(long)]
    pub all: bool,
    #[arg(long, requires = "org")]
    pub round_report: bool,
    #[arg(long, value_name = "LABEL", requires = "round_report")]
    pub round: Option<String>,
    #[arg(long)]
    pub evidence: bool,
    #[arg(long, value_name = "ID|FILE", requires = "evidence")]
    pub questionnaire: Option<String>,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[arg(long, value_enum, default_value_t = CsvLayoutArg::Wide)]
    pub csv_layout: CsvLayoutArg,
    #[arg(long, requires = "compare")]
    pub force: bool,
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
    Csv,
    Json,
}

impl From<ExportFormat> for Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Md => Format::Markdown,
            ExportFormat::Html => Format::Html,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Json => Format::Json,
        }
    }
}

/// `--csv-layout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvLayoutArg {
    Wide,
    Long,
}

/// `ecoready export`.
pub fn export(store: &Store, args: &ExportArgs) -> Result<u8> {
    let format = Format::from(args.format);
    let layout = match args.csv_layout {
        CsvLayoutArg::Wide => CsvLayout::Wide,
        CsvLayoutArg::Long => CsvLayout::Long,
    };
    let options = Options {
        dates: DateStyle::from_environment(|name| std::env::var(name).ok()),
        csv_layout: layout,
    };
    let subject = if let Some(pair) = &args.compare {
        let [a, b] = pair.as_slice() else {
            return Err(InvalidInput(tr!("cli-export-compare-two").to_string()).into());
        };
        Subject::Comparison(a.clone(), b.clone(), args.force)
    } else if let Some(org) = &args.org {
        if args.round_report {
            Subject::Round(org.clone(), args.round.clone())
        } else {
            Subject::Organization(org.clone())
        }
    } else if args.all {
        return export_all(store, args, format, options.csv_layout);
    } else if args.evidence {
        let loaded = super::commands::choose_questionnaire(args.questionnaire.as_deref())?;
        Subject::Evidence(Box::new(loaded))
    } else if let Some(id) = &args.id {
        Subject::Assessment(id.clone())
    } else {
        return Err(InvalidInput(tr!("cli-export-what").to_string()).into());
    };
    let rendered = export::render(store, &subject, format, &options)?;
    for line in &rendered.skipped {
        warn_skipped_line(line);
    }
    for warning in &rendered.warnings {
        warn_line(&sanitize(
            &tr!("cli-warning", message = warning.as_str()),
            false,
        ));
    }
    let text = rendered.text;
    match &args.output {
        Some(path) => {
            store::write_atomically(path, text.as_bytes())?;
            wrote_report(path);
            Ok(0)
        }
        None => print(&text),
    }
}

/// `ecoready export --all`: written as the assessments are read (tens of thousands of
/// them never held at once), to standard output or atomically to the file.
fn export_all(store: &Store, args: &ExportArgs, format: Format, layout: CsvLayout) -> Result<u8> {
    export::check_all_format(format)?;
    let all = export::AllAssessments::find(store)?;
    for line in &all.skipped {
        warn_skipped_line(line);
    }
    let skipped = match &args.output {
        Some(path) => {
            let mut skipped = Vec::new();
            store::write_atomically_with(path, |file| {
                skipped = all.write(store, layout, file)?;
                Ok(())
            })?;
            skipped
        }
        None => {
            let mut out = io::BufWriter::with_capacity(WRITE_BUFFER, io::stdout().lock());
            match all.write(store, layout, &mut out) {
                Ok(skipped) => skipped,
                // A closed pipe (`| head`) is not an error, as for every other output.
                Err(e) if is_broken_pipe(&e) => return Ok(0),
                Err(e) => return Err(e),
            }
        }
    };
    for line in &skipped {
        warn_skipped_line(line);
    }
    if let Some(path) = &args.output {
        wrote_report(path);
    }
    Ok(0)
}

/// `warning: skipped <file>: <why>` for a file the report leaves out.
fn warn_skipped_line(line: &str) {
    warn_line(&tr!(
        "cli-warning",
        message = tr!("cli-skipped", problem = line)
    ));
}

/// Where the report went (on standard error: standard output stays the report's).
fn wrote_report(path: &std::path::Path) {
    let message = tr!("cli-export-wrote", path = path.display().to_string());
    warn_line(&sanitize(&message, false));
}

/// Bytes gathered before standard output is written to.
const WRITE_BUFFER: usize = 256 * 1024;

fn is_broken_pipe(error: &color_eyre::eyre::Report) -> bool {
    error
        .downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

//! `export`: reports in Markdown, HTML, CSV and JSON. Loads through the store, builds the
//! same documents as `show`, `compare` and `trend`, renders them with [`crate::report`]
//! and writes the result to standard output or, atomically, to a file.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::{ArgGroup, Args, ValueEnum};
use color_eyre::eyre::{Result, WrapErr};

use crate::assessment::Assessment;
use crate::compare::{self, date_of};
use crate::error::InvalidInput;
use crate::questionnaire::Questionnaire;
use crate::report::{self, AssessmentReport, CsvLayout, DateStyle, Format, Options};
use crate::store::{self, Problem, Store};
use crate::summary::AssessmentDetail;
use crate::summary::history::{CompareDocument, TrendDocument};
use crate::text::sanitize;
use crate::trend;

/// Flags of `ecoready export`.
#[derive(Debug, Args, Clone)]
#[command(group(
    ArgGroup::new("subject")
        .required(true)
        .args(["id", "org", "compare", "all"])
))]
pub struct ExportArgs {
    /// Assessment id (or unique prefix) to report on.
    pub id: Option<String>,
    /// An organization (case-insensitive): its trend in md, html or json; its assessments
    /// in csv.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Compare two assessments (ids or unique prefixes); the earlier one is "before".
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<String>>,
    /// Every assessment of every organization, as CSV: the portfolio of all clients.
    #[arg(long)]
    pub all: bool,
    /// The report's format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// CSV form: one row per assessment (wide) or one row per answer (long); not for
    /// --compare.
    #[arg(long, value_enum, default_value_t = CsvLayoutArg::Wide)]
    pub csv_layout: CsvLayoutArg,
    /// Write the report to FILE (replaced atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown.
    Md,
    /// A self-contained HTML page with charts, ready to print to PDF.
    Html,
    /// Comma-separated values for spreadsheets.
    Csv,
    /// The same JSON documents `--json` prints.
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
    /// One row per assessment.
    Wide,
    /// One row per answer.
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
    let text = if let Some(pair) = &args.compare {
        if format == Format::Csv && layout == CsvLayout::Long {
            return Err(InvalidInput(
                "a comparison has one CSV form; leave out --csv-layout long".to_string(),
            )
            .into());
        }
        let [a, b] = pair.as_slice() else {
            return Err(InvalidInput("--compare takes two assessment ids".to_string()).into());
        };
        report::comparison(&comparison(store, a, b)?, format, &options)
    } else if let Some(org) = &args.org {
        let assessments = organization(store, org)?;
        if format == Format::Csv {
            Ok(report::assessments_csv(&details(assessments), layout))
        } else {
            let document = TrendDocument::new(&trend::trend(org, &assessments));
            report::trend(&document, format, &options)
        }
    } else if args.all {
        if format != Format::Csv {
            return Err(InvalidInput(
                "--all writes CSV only (--format csv); `ecoready list --json` lists every \
                 assessment as JSON"
                    .to_string(),
            )
            .into());
        }
        Ok(report::assessments_csv(&details(everything(store)), layout))
    } else if let Some(id) = &args.id {
        let (assessment, q) = load_with_questionnaire(store, id)?;
        let detail = AssessmentDetail::new(&assessment, &q, &assessment.current_scores(&q));
        let single = AssessmentReport {
            detail: &detail,
            questionnaire: &q,
        };
        report::assessment(&single, format, &options)
    } else {
        return Err(InvalidInput(
            "say what to export: an ID, --org NAME, --compare A B or --all".to_string(),
        )
        .into());
    }
    .wrap_err("could not write the report as JSON")?;
    match &args.output {
        Some(path) => {
            store::write_atomically(path, text.as_bytes())?;
            let message = format!("Wrote the report to {}", path.display());
            warn_line(&sanitize(&message, false));
            Ok(0)
        }
        None => print(&text),
    }
}

/// The comparison document of two assessments, the earlier one first, exactly as
/// `compare --json` builds it.
fn comparison(store: &Store, a: &str, b: &str) -> Result<CompareDocument> {
    let first = load_with_questionnaire(store, a)?;
    let second = load_with_questionnaire(store, b)?;
    let (before, after) = if date_of(&first.0) <= date_of(&second.0) {
        (first, second)
    } else {
        (second, first)
    };
    let comparison = compare::compare((&before.0, &before.1), (&after.0, &after.1));
    Ok(CompareDocument::new(&comparison))
}

/// An assessment by id or unique prefix, with the exact questionnaire it used.
fn load_with_questionnaire(store: &Store, prefix: &str) -> Result<(Assessment, Questionnaire)> {
    let id = store.resolve(prefix)?;
    let assessment = store.load(&id)?;
    let reference = &assessment.questionnaire;
    let loaded = store.questionnaire_for(reference).wrap_err_with(|| {
        format!(
            "the questionnaire {}@{} that assessment {id} used could not be loaded",
            reference.id, reference.version
        )
    })?;
    Ok((assessment, loaded.questionnaire))
}

/// Every assessment of `org` with its questionnaire; none at all is [`InvalidInput`].
fn organization(store: &Store, org: &str) -> Result<Vec<(Assessment, Questionnaire)>> {
    let found = store.organization_assessments(org)?;
    warn_skipped(&found.problems);
    if found.assessments.is_empty() {
        let message = format!(
            "no assessments of \"{}\"; `ecoready list` shows the organizations",
            org.trim()
        );
        return Err(InvalidInput(sanitize(&message, false)).into());
    }
    Ok(found.assessments)
}

/// Every readable assessment with its questionnaire (each questionnaire loaded once);
/// the ones whose questionnaire cannot be loaded are reported and left out.
fn everything(store: &Store) -> Vec<(Assessment, Questionnaire)> {
    let listing = store.list();
    warn_skipped(&listing.problems);
    let mut questionnaires: BTreeMap<String, Option<Questionnaire>> = BTreeMap::new();
    let mut found = Vec::new();
    for assessment in listing.assessments {
        let reference = &assessment.questionnaire;
        let cached = questionnaires
            .entry(reference.digest.clone())
            .or_insert_with(|| match store.questionnaire_for(reference) {
                Ok(loaded) => Some(loaded.questionnaire),
                Err(report) => {
                    warn_line(&sanitize(&format!("warning: {report:#}"), false));
                    None
                }
            });
        match cached {
            Some(q) => found.push((assessment, q.clone())),
            None => warn_line(&sanitize(
                &format!(
                    "warning: skipped assessment {}: its questionnaire could not be loaded",
                    assessment.id
                ),
                false,
            )),
        }
    }
    found
}

/// The `show --json` detail of each assessment, ordered by organization (ignoring case),
/// then oldest first.
fn details(mut assessments: Vec<(Assessment, Questionnaire)>) -> Vec<AssessmentDetail> {
    assessments.sort_by(|(a, _), (b, _)| {
        let org = |x: &Assessment| x.organization.name.trim().to_lowercase();
        org(a)
            .cmp(&org(b))
            .then(a.started_at.cmp(&b.started_at))
            .then(a.id.cmp(&b.id))
    });
    assessments
        .iter()
        .map(|(a, q)| AssessmentDetail::new(a, q, &a.current_scores(q)))
        .collect()
}

/// Writes the report to standard output; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> Result<u8> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(e).wrap_err("could not write to standard output")
        }
        _ => Ok(0),
    }
}

/// Reports skipped files on standard error, never failing the command.
fn warn_skipped(problems: &[Problem]) {
    for problem in problems {
        let message = format!(
            "warning: skipped {}: {}",
            problem.path.display(),
            problem.message
        );
        warn_line(&sanitize(&message, false));
    }
}

/// One line on standard error; if stderr itself is gone there is nowhere left to report.
fn warn_line(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

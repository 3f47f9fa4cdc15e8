//! `ecoready norms export|import|list`: anonymous norms out of and into the data
//! directory (computed by [`crate::peers`], gathered by [`crate::app::peers`]).

use std::path::{Path, PathBuf};

use clap::Subcommand;
use color_eyre::eyre::{Report, Result, WrapErr};
use serde::Serialize;

use super::output::{print, print_json, warn_skipped};
use crate::error::InvalidInput;
use crate::peers::Norms;
use crate::peers::norms::MAX_SOURCE_CHARS;
use crate::store::{self, Store};
use crate::text::sanitize;
use crate::tr;
use crate::yaml;

/// What `ecoready norms` does.
#[derive(Debug, Subcommand)]
pub enum NormsCommand {
    Export {
        #[arg(long, value_name = "FILE", required = true)]
        output: PathBuf,
        #[arg(long, value_name = "LABEL")]
        source: Option<String>,
    },
    Import {
        file: PathBuf,
    },
    List {
        #[arg(long)]
        json: bool,
    },
}

/// Runs `ecoready norms ...`.
pub fn norms(store: &Store, command: &NormsCommand) -> Result<u8> {
    match command {
        NormsCommand::Export { output, source } => export(store, output, source.as_deref()),
        NormsCommand::Import { file } => import(store, file),
        NormsCommand::List { json } => list(store, *json),
    }
}

fn export(store: &Store, output: &Path, source: Option<&str>) -> Result<u8> {
    let source = match source {
        Some(label) => label.to_string(),
        None => crate::app::peers::default_source(),
    };
    if source.trim().is_empty() || source.chars().count() > MAX_SOURCE_CHARS {
        return Err(Report::new(InvalidInput(tr!(
            "cli-norms-source-length",
            max = MAX_SOURCE_CHARS
        ))));
    }
    let (norms, problems) = crate::app::peers::export_norms(store, &source);
    warn_skipped(&problems);
    let bad = norms.problems();
    if !bad.is_empty() {
        return Err(Report::new(InvalidInput(bad.join("; "))));
    }
    let text = yaml::to_string(&norms).wrap_err_with(|| tr!("cli-norms-yaml-failed"))?;
    store::write_atomically(output, text.as_bytes())?;
    let areas: usize = norms.groups.iter().map(|g| g.areas.len()).sum();
    let said = tr!(
        "cli-norms-exported",
        file = sanitize(&output.display().to_string(), false),
        groups = norms.groups.len(),
        areas = areas,
        min_firms = crate::peers::norms::MIN_GROUP,
    );
    print(&format!("{said}\n"))
}

fn import(store: &Store, file: &Path) -> Result<u8> {
    let norms = store::read_norms_file(file)?;
    let path = store.import_norms(&norms)?;
    let said = tr!(
        "cli-norms-imported",
        source = format!("{:?}", sanitize(&norms.source, false)),
        groups = norms.groups.len(),
        file = sanitize(&path.display().to_string(), false)
    );
    print(&format!("{said}\n"))
}

/// `norms list --json`.
#[derive(Debug, Serialize)]
struct NormsListDocument {
    schema_version: u32,
    norms: Vec<NormsListed>,
}

/// One imported norms file.
#[derive(Debug, Serialize)]
struct NormsListed {
    file: String,
    source: String,
    groups: Vec<GroupListed>,
}

/// One group: questionnaire version, sector, period and the firms in its areas.
#[derive(Debug, Serialize)]
struct GroupListed {
    questionnaire: String,
    sector: Option<String>,
    period: String,
    areas: usize,
    most_firms: usize,
}

fn list(store: &Store, json: bool) -> Result<u8> {
    let imported = store.imported_norms();
    warn_skipped(&imported.problems);
    let document = NormsListDocument {
        schema_version: crate::documents::JSON_SCHEMA_VERSION,
        norms: imported
            .norms
            .iter()
            .map(|(path, norms)| listed(path, norms))
            .collect(),
    };
    if json {
        return print_json(&document);
    }
    if document.norms.is_empty() {
        return print(&format!("{}\n", tr!("cli-norms-none")));
    }
    let mut out = String::new();
    for n in &document.norms {
        out.push_str(&format!(
            "{} ({})\n",
            sanitize(&n.source, false),
            sanitize(&n.file, false)
        ));
        for g in &n.groups {
            let sector = g.sector.as_deref().unwrap_or(tr!("cli-norms-all-sectors"));
            let firms = tr!("cli-norms-firms", firms = g.most_firms, areas = g.areas);
            out.push_str(&format!(
                "  {} · {} · {} · {firms}\n",
                sanitize(&g.questionnaire, false),
                sanitize(sector, false),
                g.period,
            ));
        }
    }
    print(&out)
}

fn listed(path: &Path, norms: &Norms) -> NormsListed {
    NormsListed {
        file: path.display().to_string(),
        source: norms.source.clone(),
        groups: norms
            .groups
            .iter()
            .map(|g| GroupListed {
                questionnaire: format!("{}@{}", g.questionnaire, g.version),
                sector: g.sector.clone(),
                period: g.period.words(),
                areas: g.areas.len(),
                most_firms: g.areas.iter().map(|a| a.firms).max().unwrap_or(0),
            })
            .collect(),
    }
}

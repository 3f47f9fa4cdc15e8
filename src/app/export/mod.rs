//! Exporting: building a report for a subject (loads through the store, builds the same
//! documents as `show`, `compare` and `trend`, renders them with [`crate::report`], and adds
//! the organization's ecosystem map when it has one), shared by `ecoready export` and the
//! screens' export key, and writing the screens' HTML page into the data directory's
//! `reports/` folder. Every assessment at once (`--all`) is written as it is read
//! (`all.rs`).

mod all;

pub use all::AllAssessments;

use std::path::PathBuf;

use color_eyre::eyre::{Result, WrapErr};

use crate::assessment::{Assessment, Timestamp};
use crate::compare;
use crate::documents::{AssessmentDetail, CompareDocument, RoundDocument, TrendDocument};
use crate::ecomap;
use crate::error::InvalidInput;
use crate::questionnaire::{Loaded, Questionnaire};
use crate::report::{self, AssessmentReport, CsvLayout, DateStyle, Format, Options};
use crate::store::{Problem, Store, Summaries};
use crate::text::sanitize;
use crate::tr;

/// What a report is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// One assessment (id or unique prefix).
    Assessment(String),
    /// Two assessments (ids or unique prefixes); the earlier one is "before". The flag
    /// compares them even when [`compare::objection`] refuses (`--force`).
    Comparison(String, String, bool),
    /// An organization: its trend, or (as CSV) its assessments.
    Organization(String),
    /// An organization's round (the latest labelled one without a label): each
    /// respondent's scores, agreement, and the agenda of items answered far apart.
    Round(String, Option<String>),
    /// Every assessment (CSV only): the portfolio of all clients.
    All,
    /// The instrument report on one questionnaire over the whole data directory.
    Evidence(Box<Loaded>),
}

/// A rendered report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The report's text.
    pub text: String,
    /// A file name that says what it is, e.g. `ecoready-acme-gmbh-2025-01-10.html`.
    pub file_name: String,
    /// Files skipped while loading (unreadable, or their questionnaire is missing).
    pub skipped: Vec<String>,
    /// What the report warns of (a comparison with a draft, or one that was forced).
    pub warnings: Vec<String>,
}

/// Refuses, as bad input, to compare `a` with `b` when [`compare::objection`] objects,
/// unless `force`.
pub fn check_comparable(a: &Assessment, b: &Assessment, force: bool) -> Result<()> {
    match compare::objection(a, b) {
        Some(objection) if !force => {
            Err(InvalidInput(tr!("app-not-compared", objection = objection.to_string())).into())
        }
        _ => Ok(()),
    }
}

/// Renders the report of a subject in a format.
pub fn render(
    store: &Store,
    subject: &Subject,
    format: Format,
    options: &Options,
) -> Result<Rendered> {
    let mut skipped = Vec::new();
    let mut warnings = Vec::new();
    // The organization whose map the report carries, and the moment whose map version it
    // shows (`None`: the latest, for a trend that spans every version).
    let (text, file_name, organization, moment) = match subject {
        Subject::Comparison(a, b, force) => {
            if format == Format::Csv && options.csv_layout == CsvLayout::Long {
                return Err(InvalidInput(tr!("app-compare-csv-long").to_string()).into());
            }
            let (a, qa) = store.assessment_with_questionnaire(a)?;
            let (b, qb) = store.assessment_with_questionnaire(b)?;
            check_comparable(&a, &b, *force)?;
            let document =
                CompareDocument::new(&super::noise::compared(store, (&a, &qa), (&b, &qb))?);
            warnings.clone_from(&document.warnings);
            let text = report::comparison(&document, format, options);
            let name = report::comparison_file_name(&document, format);
            // The map that stood when the later of the two was recorded.
            let moment = a.recorded_at().max(b.recorded_at());
            (
                text,
                name,
                Some(document.after.organization.name.clone()),
                Some(moment),
            )
        }
        Subject::Organization(org) => {
            let listing = store.summaries().readable()?;
            let assessments = organization(store, &listing, org, &mut skipped)?;
            if format == Format::Csv {
                let text = Ok(report::assessments_csv(
                    &details(store, assessments)?,
                    options.csv_layout,
                ));
                let name = report::file_name(&format!("{org} assessments"), format);
                (text, name, None, None)
            } else {
                let document =
                    TrendDocument::new(&super::noise::trended(store, org, &assessments)?);
                let peers = super::peers::trend_standing(store, &listing, &assessments, &document);
                let document = document.with_peers(peers.standing);
                let name = report::trend_file_name(&document, format);
                (
                    report::trend(&document, format, options),
                    name,
                    Some(org.clone()),
                    None,
                )
            }
        }
        Subject::Round(org, label) => {
            let listing = store.summaries().readable()?;
            let assessments = organization(store, &listing, org, &mut skipped)?;
            let view = super::round::round_of(org, label.as_deref(), &assessments)?;
            let document = RoundDocument::new(&view);
            let name = report::round_file_name(&document, format);
            // The map that stood when the round's last respondent finished.
            let moment = view.respondents.iter().map(|r| r.date).max();
            (
                report::round(&document, format, options),
                name,
                Some(document.organization.clone()),
                moment,
            )
        }
        Subject::All => {
            check_all_format(format)?;
            let all = all::AllAssessments::find(store)?;
            skipped.extend(all.skipped.iter().cloned());
            let mut bytes = Vec::new();
            skipped.extend(all.write(store, options.csv_layout, &mut bytes)?);
            let text = Ok(String::from_utf8_lossy(&bytes).into_owned());
            (
                text,
                // File names stay English in every language, so scripts find them.
                report::file_name("all assessments", format),
                None,
                None,
            )
        }
        Subject::Evidence(loaded) => {
            let gathered = super::evidence::gather(store, loaded)?;
            note_problems(&gathered.skipped, &mut skipped);
            let Some(text) = report::evidence(&gathered.document, format) else {
                return Err(InvalidInput(tr!("app-export-evidence-formats").to_string()).into());
            };
            let name = report::evidence_file_name(&gathered.document, format);
            (text, name, None, None)
        }
        Subject::Assessment(id) => {
            let (assessment, q) = store.assessment_with_questionnaire(id)?;
            let scores = assessment.current_scores(&q);
            // Files skipped on the way leave their firms out of the peers, as in `show`.
            let peers = super::peers::standing(store, &assessment, &scores).standing;
            let plan = super::plan::of_check_in(store, &assessment)?;
            let detail = AssessmentDetail::new(&assessment, &q, &scores)
                .with_peers(peers)
                .with_plan(plan);
            let single = AssessmentReport {
                detail: &detail,
                questionnaire: &q,
            };
            let name = report::assessment_file_name(&detail, format);
            (
                report::assessment(&single, format, options),
                name,
                Some(assessment.organization.name.clone()),
                Some(assessment.recorded_at()),
            )
        }
    };
    let text = text.wrap_err_with(|| tr!("app-report-json-failed"))?;
    let text = with_map(
        store,
        organization.as_deref(),
        moment.as_ref(),
        format,
        text,
    )?;
    Ok(Rendered {
        text,
        file_name,
        skipped,
        warnings,
    })
}

/// Adds the organization's ecosystem map and its insights to a report, when the
/// organization has a map (CSV stays one table): the map as it stood at `moment`, or
/// the latest without one. When the first version came after `moment`, the report says
/// so instead of showing a map its answers never saw.
fn with_map(
    store: &Store,
    organization: Option<&str>,
    moment: Option<&Timestamp>,
    format: Format,
    text: String,
) -> Result<String> {
    let Some(organization) = organization else {
        return Ok(text);
    };
    let versions = store.map_lineage_of(organization)?;
    let Some(first) = versions.first().map(|v| &v.map) else {
        return Ok(text);
    };
    // Versions saved in parallel by then are merged, and the report says so.
    let resolved = ecomap::resolve_at(&versions, moment);
    let standing = ecomap::resolved_insights(&resolved);
    let Some((map, insights)) = standing else {
        // Only a moment before the first version leaves none standing.
        let Some(moment) = moment else {
            return Ok(text);
        };
        let sentence = ecomap::no_map_sentence(moment, first);
        return Ok(match format {
            Format::Markdown => report::markdown::add_map_note(&text, &sentence),
            Format::Html => report::html::add_map_note(&text, &sentence),
            Format::Json => {
                report::json::add_no_map(&text).wrap_err_with(|| tr!("app-report-map-failed"))?
            }
            Format::Csv => text,
        });
    };
    Ok(match format {
        Format::Markdown => report::markdown::add_map(&text, map, &insights),
        Format::Html => report::html::add_map(&text, map, &insights),
        Format::Json => report::json::add_map(&text, map, &insights)
            .wrap_err_with(|| tr!("app-report-map-failed"))?,
        Format::Csv => text,
    })
}

/// One line per skipped file.
fn note_problems(problems: &[Problem], skipped: &mut Vec<String>) {
    skipped.extend(
        problems
            .iter()
            .map(|p| sanitize(&format!("{}: {}", p.path.display(), p.message), false)),
    );
}

/// Every assessment of `org` among `listing` with its questionnaire; none at all is
/// [`InvalidInput`].
fn organization(
    store: &Store,
    listing: &Summaries,
    org: &str,
    skipped: &mut Vec<String>,
) -> Result<Vec<(Assessment, Questionnaire)>> {
    let found = store.organization_assessments_in(listing, org);
    note_problems(&found.problems, skipped);
    if found.assessments.is_empty() {
        let message = tr!("app-org-no-assessments", org = org.trim());
        return Err(InvalidInput(sanitize(&message, false)).into());
    }
    Ok(found.assessments)
}

/// The `show --json` detail of each assessment (one organization's) with its plan,
/// ordered as an export of many assessments.
fn details(
    store: &Store,
    mut assessments: Vec<(Assessment, Questionnaire)>,
) -> Result<Vec<AssessmentDetail>> {
    assessments.sort_by(|(a, _), (b, _)| all::export_order(a, b));
    let plans = all::plans_of(store, &assessments)?;
    Ok(assessments
        .iter()
        .zip(plans)
        .map(|((a, q), plan)| AssessmentDetail::new(a, q, &a.current_scores(q)).with_plan(plan))
        .collect())
}

/// Refuses, as bad input, an export of every assessment in another format than CSV.
pub fn check_all_format(format: Format) -> Result<()> {
    if format == Format::Csv {
        return Ok(());
    }
    Err(InvalidInput(tr!("app-export-all-csv-only").to_string()).into())
}

/// Writes the HTML report of `subject` into the data directory (dates as the environment
/// asks for them) and returns where it went.
pub fn write_report(store: &Store, subject: &Subject) -> Result<PathBuf> {
    let options = Options {
        dates: DateStyle::from_environment(|name| std::env::var(name).ok()),
        ..Default::default()
    };
    let rendered = render(store, subject, Format::Html, &options)?;
    store.write_report(&rendered.file_name, &rendered.text)
}

//! `export --all`: every client's assessments as one CSV, written while the files are read
//! one organization at a time. The index gives the assessments and their order, so no
//! listing of every parsed assessment is ever held: each organization's files are read,
//! rendered and dropped, every questionnaire is loaded once and lent to all that used it,
//! and the long layout's rows go out as they are made. (The wide layout's columns are the
//! union of every row's, so its rows wait, as written cells, for the header.)

use std::borrow::Borrow;
use std::io::Write;

use color_eyre::eyre::{Result, WrapErr};

use crate::assessment::Assessment;
use crate::documents::{AssessmentDetail, AssessmentSummary, CheckInPlanSummary};
use crate::questionnaire::Questionnaire;
use crate::report::{self, CsvLayout, WideRows};
use crate::store::{LoadedQuestionnaires, Store, Summaries};
use crate::text::same_name;
use crate::tr;

/// Long rows gathered before they are written out.
const WRITE_FROM_BYTES: usize = 64 * 1024;

/// What an export of every assessment reads: the listing, and what was skipped before a
/// file is read (unreadable files, assessments whose questionnaire cannot be loaded).
pub struct AllAssessments {
    listing: Summaries,
    questionnaires: LoadedQuestionnaires,
    /// Positions in `listing` of the assessments exported, in the export's order.
    order: Vec<usize>,
    /// One line per file or assessment left out.
    pub skipped: Vec<String>,
}

impl AllAssessments {
    /// Every readable assessment whose questionnaire can be loaded, ordered by
    /// organization (ignoring case), then oldest first.
    pub fn find(store: &Store) -> Result<Self> {
        let listing = store.summaries().readable()?;
        let mut skipped = Vec::new();
        super::note_problems(&listing.problems, &mut skipped);
        let mut questionnaires = LoadedQuestionnaires::default();
        let mut order = Vec::with_capacity(listing.summaries.len());
        for (at, summary) in listing.summaries.iter().enumerate() {
            let assessment = &summary.assessment;
            let reference = &assessment.questionnaire;
            match questionnaires.get(store, reference) {
                Ok(_) => order.push(at),
                Err(_) => skipped.push(questionnaire_missing(assessment)),
            }
        }
        let of = |at: &usize| &listing.summaries[*at].assessment;
        order.sort_by(|a, b| export_order(of(a), of(b)));
        Ok(Self {
            listing,
            questionnaires,
            order,
            skipped,
        })
    }

    /// Writes the CSV to `out`, one organization at a time; returns the assessments left
    /// out on the way (a file changed since the index looked at it and cannot be read).
    pub fn write(
        mut self,
        store: &Store,
        layout: CsvLayout,
        out: &mut dyn Write,
    ) -> Result<Vec<String>> {
        let context = tr!("app-export-write-failed");
        let mut skipped = Vec::new();
        let mut wide = WideRows::default();
        let mut long = String::new();
        if layout == CsvLayout::Long {
            long = report::long_csv_start();
        }
        let summaries = &self.listing.summaries;
        let firms = self.order.chunk_by(|a, b| {
            same_name(
                &summaries[*a].assessment.organization.name,
                &summaries[*b].assessment.organization.name,
            )
        });
        for firm in firms {
            let mut read = Vec::with_capacity(firm.len());
            for at in firm {
                let id = &summaries[*at].assessment.id;
                match store.load(id) {
                    Ok(assessment) => read.push(assessment),
                    Err(e) => skipped.push(tr!(
                        "app-export-skipped",
                        id = id,
                        problem = format!("{e:#}")
                    )),
                }
            }
            let firm = with_questionnaires(store, &mut self.questionnaires, read, &mut skipped);
            let plans = plans_of(store, &firm)?;
            for ((assessment, q), plan) in firm.iter().zip(plans) {
                let scores = assessment.current_scores(q);
                match layout {
                    CsvLayout::Wide => {
                        wide.push(&AssessmentSummary::new(assessment, &scores), plan.as_ref());
                    }
                    CsvLayout::Long => {
                        let detail = AssessmentDetail::new(assessment, q, &scores);
                        report::push_long_csv_rows(&mut long, &detail);
                        if long.len() >= WRITE_FROM_BYTES {
                            out.write_all(long.as_bytes()).wrap_err(context)?;
                            long.clear();
                        }
                    }
                }
            }
        }
        if layout == CsvLayout::Wide {
            for line in wide.into_lines() {
                out.write_all(line.as_bytes()).wrap_err(context)?;
            }
        }
        out.write_all(long.as_bytes()).wrap_err(context)?;
        out.flush().wrap_err(context)?;
        Ok(skipped)
    }
}

/// An organization's assessments, each with the questionnaire it used (loaded once for
/// the whole export); one whose questionnaire can no longer be loaded is noted.
fn with_questionnaires(
    store: &Store,
    questionnaires: &mut LoadedQuestionnaires,
    assessments: Vec<Assessment>,
    skipped: &mut Vec<String>,
) -> Vec<(Assessment, std::sync::Arc<Questionnaire>)> {
    let mut found = Vec::with_capacity(assessments.len());
    for assessment in assessments {
        let reference = &assessment.questionnaire;
        match questionnaires.get(store, reference) {
            Ok(q) => found.push((assessment, q)),
            Err(_) => skipped.push(questionnaire_missing(&assessment)),
        }
    }
    found
}

/// What an export says of an assessment left out for its questionnaire.
fn questionnaire_missing(assessment: &Assessment) -> String {
    let reference = &assessment.questionnaire;
    tr!(
        "app-export-questionnaire-missing",
        id = &assessment.id,
        questionnaire = format!("{}@{}", reference.id, reference.version)
    )
}

/// The order of an export of many assessments: by organization (ignoring case), then
/// oldest first.
pub(super) fn export_order(a: &Assessment, b: &Assessment) -> std::cmp::Ordering {
    let org = |x: &Assessment| x.organization.name.trim().to_lowercase();
    org(a)
        .cmp(&org(b))
        .then(a.started_at.cmp(&b.started_at))
        .then(a.id.cmp(&b.id))
}

/// What each of an organization's assessments (oldest first) has to do with its plans:
/// a plan is made and reviewed within one organization, so its history is judged from
/// its own check-ins. Only an organization with a plan pays for it.
pub(super) fn plans_of<Q: Borrow<Questionnaire>>(
    store: &Store,
    firm: &[(Assessment, Q)],
) -> Result<Vec<Option<CheckInPlanSummary>>> {
    let planned = firm
        .iter()
        .any(|(a, _)| !a.plan.is_empty() || a.plan_review.is_some());
    if !planned {
        return Ok(vec![None; firm.len()]);
    }
    // The plan's history takes each check-in beside its own questionnaire.
    let owned: Vec<(Assessment, Questionnaire)> = firm
        .iter()
        .map(|(a, q)| (a.clone(), q.borrow().clone()))
        .collect();
    let history = crate::app::plan::judged_history(store, &owned)?;
    Ok(firm
        .iter()
        .map(|(a, _)| CheckInPlanSummary::new(&history.of_check_in(&a.id)))
        .collect())
}

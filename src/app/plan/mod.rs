//! The improvement plan of an organization, read and changed through the store: the plan
//! lives in the check-in it was made from (the organization's latest complete assessment
//! when it is made), its review in the check-in after it. Shared by `ecoready plan` and
//! the wizard.

mod check_in;
mod words;

use std::collections::BTreeMap;

pub use check_in::{CheckInPlans, JudgedPriority, OpenPlan, around_check_in, review_into};
pub use words::{LineKind, PlanLine, progress_lines};

use chrono::NaiveDate;
use color_eyre::eyre::Result;

use super::DraftLocks;
use crate::assessment::{Assessment, Status, now};
use crate::documents::CheckInPlanSummary;
use crate::error::InvalidInput;
use crate::noise::NoiseTable;
use crate::plan::{self, PlanHistory};
use crate::questionnaire::Questionnaire;
use crate::store::{SaveConflict, Store};
use crate::text::sanitize;
use crate::tr;

/// What `ecoready plan --org NAME` shows: the plans over time and the facets a new plan
/// is picked from (the latest complete check-in's, weakest first).
#[derive(Debug, Clone, PartialEq)]
pub struct PlanView {
    /// The organization as written in its latest assessment.
    pub organization: String,
    /// Every plan, oldest first, with how it went.
    pub history: PlanHistory,
    /// `(facet id, title, score)` of the latest complete check-in, weakest first.
    pub candidates: Vec<(String, String, f64)>,
}

/// The organization's plans and the facets to pick from.
pub fn view(store: &Store, org: &str) -> Result<PlanView> {
    let assessments = organization(store, org)?;
    let latest = latest_complete(&assessments);
    Ok(PlanView {
        organization: assessments
            .iter()
            .max_by_key(|(a, _)| a.recorded_at())
            .map_or_else(
                || org.trim().to_string(),
                |(a, _)| a.organization.name.clone(),
            ),
        history: judged_history(store, &assessments)?,
        candidates: latest
            .map(|(a, q)| plan::candidates(q, &a.current_scores(q)))
            .unwrap_or_default(),
    })
}

/// Every plan among `assessments` (one organization's) with how it went, each facet's
/// change judged against the noise of the reviewing check-in's questionnaire as
/// `compare` judges it: the data directory's MDC95 where it has enough firms, else the
/// published default.
pub fn judged_history(
    store: &Store,
    assessments: &[(Assessment, Questionnaire)],
) -> Result<PlanHistory> {
    let mut tables: BTreeMap<String, NoiseTable> = BTreeMap::new();
    for (reviewer, q) in assessments.iter().filter(|(a, _)| a.plan_review.is_some()) {
        let reference = &reviewer.questionnaire;
        if !tables.contains_key(&reference.digest) {
            let table = super::noise::noise(store, q, reference)?;
            tables.insert(reference.digest.clone(), table);
        }
    }
    Ok(plan::history_judged(assessments, &|reviewer, _| {
        tables.get(&reviewer.questionnaire.digest).cloned()
    }))
}

/// What `assessment` has to do with its organization's plans (the plan it reviewed, the
/// plan made from it), as `show` and the assessment's reports carry it; `None` when it
/// did neither, without reading anything else then.
pub fn of_check_in(store: &Store, assessment: &Assessment) -> Result<Option<CheckInPlanSummary>> {
    if assessment.plan.is_empty() && assessment.plan_review.is_none() {
        return Ok(None);
    }
    let found = store.organization_assessments(&assessment.organization.name)?;
    let history = judged_history(store, &found.assessments)?;
    Ok(CheckInPlanSummary::new(
        &history.of_check_in(&assessment.id),
    ))
}

/// A change to an organization's plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Add (or, with `true`, replace) the priority of a facet in the latest complete
    /// check-in's plan.
    Add {
        /// Facet id.
        facet: String,
        /// Who sees to it.
        owner: String,
        /// By when.
        due: Option<NaiveDate>,
        /// What is to be done.
        note: String,
        /// Replace the facet's priority if planned already.
        replace: bool,
    },
    /// Take a facet out of the latest complete check-in's plan.
    Remove(String),
    /// Review a priority of the open plan in the check-in after it.
    Review {
        /// Facet id.
        facet: String,
        /// How it went.
        status: plan::Status,
        /// What happened.
        note: String,
    },
}

/// Applies `change` to `org`'s plan and saves the assessment it lives in (a draft only
/// while no other window has it open); returns that assessment's id.
pub fn change(store: &Store, org: &str, change: &Change) -> Result<String> {
    let assessments = organization(store, org)?;
    Ok(apply(store, &assessments, change)?.id)
}

/// Applies `change` to the plan of the check-in `id` (the wizard's Plan screen), refused
/// unless it is its organization's latest complete check-in, where plans are made: the
/// plan then stays where `ecoready plan` finds it. Returns the assessment as saved.
pub fn change_in(store: &Store, id: &str, change: &Change) -> Result<Assessment> {
    let shown = store.load(id)?;
    let assessments = organization(store, &shown.organization.name)?;
    match latest_complete(&assessments) {
        Some((latest, _)) if latest.id == id => apply(store, &assessments, change),
        latest => Err(InvalidInput(not_where_plans_are_made(
            &shown.organization.name,
            latest.map(|(a, _)| a),
        ))
        .into()),
    }
}

/// Why a plan is not made from a check-in: which one it is made from instead.
pub fn not_where_plans_are_made(organization: &str, latest: Option<&Assessment>) -> String {
    let organization = sanitize(organization, false);
    match latest {
        Some(latest) => tr!(
            "app-plan-made-from-latest",
            org = organization,
            date = latest.recorded_at().format("%Y-%m-%d").to_string(),
            id = &latest.id
        ),
        None => tr!("app-plan-no-complete-check-in", org = organization),
    }
}

/// A due date as typed: empty for none, else YYYY-MM-DD (the wizard's form and
/// `--due`).
pub fn parse_due(text: &str) -> std::result::Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| tr!("app-not-a-date", text = sanitize(text, false)))
}

fn apply(
    store: &Store,
    assessments: &[(Assessment, Questionnaire)],
    change: &Change,
) -> Result<Assessment> {
    let at = now();
    let target = match change {
        Change::Add {
            facet,
            owner,
            due,
            note,
            replace,
        } => {
            let (holder, q) = latest_complete(assessments).ok_or_else(no_complete)?;
            let priority = plan::priority(q, facet, owner, *due, note).map_err(invalid)?;
            let plan = plan::with_priority(&holder.plan, priority, *replace).map_err(invalid)?;
            let mut holder = holder.clone();
            holder.set_plan(plan, at);
            holder
        }
        Change::Remove(facet) => {
            let (holder, _) = latest_complete(assessments).ok_or_else(no_complete)?;
            if !holder.plan.iter().any(|p| &p.facet == facet) {
                return Err(invalid(plan::PlanError::NotInPlan(facet.clone())));
            }
            let mut holder = holder.clone();
            let plan = holder
                .plan
                .iter()
                .filter(|p| &p.facet != facet)
                .cloned()
                .collect();
            holder.set_plan(plan, at);
            holder
        }
        Change::Review {
            facet,
            status,
            note,
        } => {
            let (reviewer, _) = assessments
                .iter()
                .max_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()))
                .ok_or_else(no_complete)?;
            let (holder, _) = plan::open_plan(assessments, Some(reviewer))
                .ok_or_else(|| InvalidInput(tr!("app-plan-nothing-to-review").to_string()))?;
            let mut reviewer = reviewer.clone();
            review_into(
                &OpenPlan::of(holder),
                &mut reviewer,
                facet,
                *status,
                note,
                at,
            )?;
            reviewer
        }
    };
    // A draft may be open in a wizard: write it only while holding its lock, so neither
    // overwrites the other. A complete assessment is never held open.
    let mut locks = if target.status == Status::Draft {
        DraftLocks::enabled()
    } else {
        DraftLocks::disabled()
    };
    locks.acquire(store, &target.id)?;
    // What was read must still be what the file holds (a sync or pull may have brought
    // another version since): the change is made to what was read, never over another.
    let read = assessments
        .iter()
        .map(|(a, _)| a)
        .find(|a| a.id == target.id);
    let (on_disk, version) = store.load_versioned(&target.id)?;
    if read != Some(&on_disk) {
        return Err(SaveConflict::Changed {
            id: target.id.clone(),
            theirs: Ok(Box::new(on_disk)),
        }
        .into());
    }
    locks.remember(&target.id, version);
    locks.save(store, &target)?;
    Ok(target)
}

/// The newest complete assessment: the check-in a new plan is made from.
fn latest_complete(
    assessments: &[(Assessment, Questionnaire)],
) -> Option<&(Assessment, Questionnaire)> {
    assessments
        .iter()
        .filter(|(a, _)| a.status == Status::Complete)
        .max_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()).then(a.id.cmp(&b.id)))
}

fn organization(store: &Store, org: &str) -> Result<Vec<(Assessment, Questionnaire)>> {
    let found = store.organization_assessments(org)?;
    if found.assessments.is_empty() {
        let message = tr!("app-org-no-assessments", org = org.trim());
        return Err(InvalidInput(sanitize(&message, false)).into());
    }
    Ok(found.assessments)
}

fn no_complete() -> color_eyre::eyre::Report {
    InvalidInput(tr!("app-plan-no-complete").to_string()).into()
}

fn invalid(error: plan::PlanError) -> color_eyre::eyre::Report {
    InvalidInput(sanitize(&error.to_string(), false)).into()
}

#[cfg(test)]
mod tests;

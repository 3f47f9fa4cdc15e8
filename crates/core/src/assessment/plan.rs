//! The improvement plan as the assessment file holds it: the priorities made from this
//! check-in's results, and this check-in's review of an earlier plan. What is done with
//! them is in the `plan` module, which builds on this one.

use crate::tr;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A facet to work on until the next check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Facet id.
    pub facet: String,
    /// The facet's title when the plan was made.
    pub title: String,
    /// Who sees to it.
    #[serde(default)]
    pub owner: String,
    /// By when.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// What is to be done, in the owner's words.
    #[serde(default)]
    pub note: String,
}

/// How a priority of the previous plan went; in files and JSON `done`, `in_progress`,
/// `dropped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Done.
    Done,
    /// Under way, not finished.
    InProgress,
    /// Given up, on purpose.
    Dropped,
}

impl Status {
    /// Every status, in the order they are offered.
    pub const ALL: [Status; 3] = [Status::Done, Status::InProgress, Status::Dropped];

    /// The status in words.
    pub fn word(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::InProgress => "in progress",
            Status::Dropped => "dropped",
        }
    }

    /// The status in words of the current language ("erledigt"), as screens show it;
    /// [`Status::word`] is how files and CSV write it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Done => tr!("report-plan-status-done"),
            Status::InProgress => tr!("report-plan-status-in-progress"),
            Status::Dropped => tr!("report-plan-status-dropped"),
        }
    }

    /// The status from its word, its file spelling (`in-progress` too) or its label in the
    /// current language, ignoring case.
    pub fn parse(text: &str) -> Option<Status> {
        let text = text.trim().to_lowercase().replace(['-', '_'], " ");
        Status::ALL
            .into_iter()
            .find(|s| s.word() == text || s.label().to_lowercase() == text)
    }
}

/// One priority of the previous plan, reviewed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Facet id of the priority.
    pub facet: String,
    /// How it went.
    pub status: Status,
    /// What happened, in words.
    #[serde(default)]
    pub note: String,
}

/// The review, in a check-in, of the plan made at an earlier one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanReview {
    /// Id of the assessment holding the plan reviewed.
    pub plan_of: String,
    /// One per priority reviewed so far.
    #[serde(default)]
    pub reviews: Vec<Review>,
}

//! Assessment records: who answered which questionnaire, when, and what they answered.
//!
//! Pure data and operations on it; the store reads and writes these records.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Timelike};
use serde::{Deserialize, Serialize};

pub mod plan;

use self::plan::{PlanReview, Priority};
use crate::questionnaire::Questionnaire;
pub use crate::questionnaire::{DONT_KNOW, Response};
use crate::scoring::{self, Scores};

mod amendment;
pub use amendment::{AmendRefusal, Amendment, SetupField, mode_name};

/// The assessment file format version this build writes.
///
/// 2 added the amendment log (`amendments`) and the improvement plan (`plan`,
/// `plan_review`); a version 1 file is read as one without them. 3 added the checksum
/// line every file ends with ([`crate::integrity`]); older files have none and are read
/// as before, a version 3 file without one is incomplete.
pub const SCHEMA_VERSION: u32 = 3;

/// The language an assessment without a `language` field was answered in.
pub const ENGLISH: &str = "en";

/// The first format version whose files always end with a checksum line.
pub const FIRST_SEALED_VERSION: u32 = 3;

/// A point in time with the user's time-zone offset.
pub type Timestamp = DateTime<FixedOffset>;

/// The current local time with its offset, to the second (files stay readable).
pub fn now() -> Timestamp {
    let now = chrono::Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// One dated assessment of one respondent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Format version of the file; newer versions than [`SCHEMA_VERSION`] are refused.
    pub schema_version: u32,
    /// Unique id, also the file name.
    pub id: String,
    /// The firm assessed.
    pub organization: Organization,
    /// The person answering.
    pub respondent: Respondent,
    /// Self-assessment or guided interview.
    pub mode: Mode,
    /// The advisor running an interview.
    #[serde(default)]
    pub advisor: Option<String>,
    /// A label grouping check-ins, e.g. "baseline" or "Q3 check-in".
    #[serde(default)]
    pub round: Option<String>,
    /// Which questionnaire, which version, and the digest of its exact content.
    pub questionnaire: QuestionnaireRef,
    /// The language the questions were read and answered in (`de`, `es`), when it is not
    /// English; absent in English and in every file written before answers could be given
    /// in another language. Answers and scores do not depend on it: every language shows
    /// the same items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// When answering began.
    pub started_at: Timestamp,
    /// When anything last changed.
    pub updated_at: Timestamp,
    /// When the respondent finished.
    #[serde(default)]
    pub completed_at: Option<Timestamp>,
    /// Draft or complete.
    pub status: Status,
    /// Position (0-based item index) to continue from when resuming a draft.
    #[serde(default)]
    pub position: usize,
    /// Every item that has an answer, a note or a flag, in questionnaire order.
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// The scores computed at completion (recomputed when completed again after a
    /// reopening).
    #[serde(default)]
    pub scores: Option<Scores>,
    /// The improvement plan made from these results (the `plan` module works with it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<Priority>,
    /// This check-in's review of the plan made at an earlier one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_review: Option<PlanReview>,
    /// Every change made after the first completion, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<Amendment>,
}

/// The firm assessed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// The firm's name.
    pub name: String,
    /// Its sector, e.g. "food processing".
    #[serde(default)]
    pub sector: String,
}

/// The person answering.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    /// Their name.
    #[serde(default)]
    pub name: String,
    /// Their role in the firm.
    #[serde(default)]
    pub role: String,
}

/// How the assessment is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The respondent answers alone.
    #[default]
    #[serde(rename = "self")]
    SelfAssessment,
    /// An advisor interviews the respondent.
    Interview,
}

/// Whether the respondent has finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Still being answered; saved after every answer.
    Draft,
    /// Finished and scored.
    Complete,
}

/// Identifies the exact questionnaire content an assessment used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    /// Questionnaire id.
    pub id: String,
    /// Questionnaire version.
    pub version: String,
    /// SHA-256 of the questionnaire file's bytes, hex.
    pub digest: String,
}

/// What was recorded for one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The item's id.
    pub item: String,
    /// The response, if one was given.
    #[serde(default)]
    pub response: Option<Response>,
    /// A free-text note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Marked for review.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub flagged: bool,
    /// When the response was last given.
    #[serde(default)]
    pub answered_at: Option<Timestamp>,
}

impl Answer {
    fn new(item: &str) -> Self {
        Self {
            item: item.to_string(),
            response: None,
            note: String::new(),
            flagged: false,
            answered_at: None,
        }
    }

    fn is_empty(&self) -> bool {
        self.response.is_none() && self.note.is_empty() && !self.flagged
    }
}

/// Everything needed to start an assessment, as entered on the Setup screen or as flags.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Setup {
    /// The firm.
    pub organization: Organization,
    /// The person answering.
    pub respondent: Respondent,
    /// Self-assessment or interview.
    pub mode: Mode,
    /// Advisor's name, for interviews.
    pub advisor: Option<String>,
    /// Round label.
    pub round: Option<String>,
}

impl Assessment {
    /// A new draft for `questionnaire` (whose file content has `digest`), started at `at`,
    /// answered in the language of `questionnaire`'s texts (a translated copy's language).
    pub fn start(
        id: String,
        setup: Setup,
        questionnaire: &Questionnaire,
        digest: &str,
        at: Timestamp,
    ) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            id,
            organization: setup.organization,
            respondent: setup.respondent,
            mode: setup.mode,
            advisor: setup.advisor.filter(|a| !a.trim().is_empty()),
            round: setup.round.filter(|r| !r.trim().is_empty()),
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
                digest: digest.to_string(),
            },
            language: (questionnaire.language != ENGLISH).then(|| questionnaire.language.clone()),
            started_at: at,
            updated_at: at,
            completed_at: None,
            status: Status::Draft,
            position: 0,
            answers: Vec::new(),
            scores: None,
            plan: Vec::new(),
            plan_review: None,
            amendments: Vec::new(),
        }
    }

    /// Replaces the improvement plan (the `plan` module checks it first).
    pub fn set_plan(&mut self, plan: Vec<Priority>, at: Timestamp) {
        self.plan = plan;
        self.schema_version = SCHEMA_VERSION;
        self.touch(at);
    }

    /// Replaces this check-in's review of an earlier plan.
    pub fn set_plan_review(&mut self, review: PlanReview, at: Timestamp) {
        self.plan_review = Some(review);
        self.schema_version = SCHEMA_VERSION;
        self.touch(at);
    }

    /// The language the questions were answered in: `language`, or English without it.
    pub fn answer_language(&self) -> &str {
        self.language.as_deref().unwrap_or(ENGLISH)
    }

    /// The record for an item, if anything was recorded.
    pub fn answer(&self, item: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.item == item)
    }

    /// The response to an item, if any.
    pub fn response(&self, item: &str) -> Option<Response> {
        self.answer(item).and_then(|a| a.response)
    }

    /// Every response by item id, for scoring.
    pub fn responses(&self) -> BTreeMap<String, Response> {
        self.answers
            .iter()
            .filter_map(|a| a.response.map(|r| (a.item.clone(), r)))
            .collect()
    }

    /// Records a response to an item (logged as an amendment while reopened).
    pub fn respond(&mut self, q: &Questionnaire, item: &str, response: Response, at: Timestamp) {
        let old = self.response(item);
        let answer = self.entry(q, item);
        answer.response = Some(response);
        answer.answered_at = Some(at);
        self.log_answer_change(item, old, Some(response), at);
        self.touch(at);
    }

    /// Removes the response to an item, keeping its note and flag (logged as an
    /// amendment while reopened).
    pub fn clear_response(&mut self, q: &Questionnaire, item: &str, at: Timestamp) {
        let old = self.response(item);
        self.entry(q, item).response = None;
        self.prune();
        self.log_answer_change(item, old, None, at);
        self.touch(at);
    }

    /// Puts back what was recorded for `item` before a change (`None`: nothing was) and
    /// forgets amendments logged since the log had `amendments` entries: the change is
    /// undone as if it had not been made.
    pub fn restore_answer(
        &mut self,
        q: &Questionnaire,
        item: &str,
        recorded: Option<Answer>,
        amendments: usize,
        at: Timestamp,
    ) {
        let entry = self.entry(q, item);
        *entry = recorded.unwrap_or_else(|| Answer::new(item));
        self.prune();
        self.amendments.truncate(amendments);
        self.touch(at);
    }

    /// Replaces an item's note.
    pub fn set_note(&mut self, q: &Questionnaire, item: &str, note: String, at: Timestamp) {
        self.entry(q, item).note = note;
        self.prune();
        self.touch(at);
    }

    /// Flags an item for review, or removes the flag.
    pub fn toggle_flag(&mut self, q: &Questionnaire, item: &str, at: Timestamp) {
        let answer = self.entry(q, item);
        answer.flagged = !answer.flagged;
        self.prune();
        self.touch(at);
    }

    /// Whether an item is flagged for review.
    pub fn is_flagged(&self, item: &str) -> bool {
        self.answer(item).is_some_and(|a| a.flagged)
    }

    /// The note on an item, empty if none.
    pub fn note(&self, item: &str) -> &str {
        self.answer(item).map_or("", |a| a.note.as_str())
    }

    /// How many items of `q` have a response (a value or don't know).
    pub fn responded_count(&self, q: &Questionnaire) -> usize {
        q.items()
            .filter(|r| self.response(&r.item.id).is_some())
            .count()
    }

    /// Marks the assessment complete and stores the score snapshot. Completed again after
    /// a reopening, it keeps its first completion date and logs the recomputed scores.
    pub fn complete(&mut self, q: &Questionnaire, at: Timestamp) {
        if self.was_completed() {
            return self.complete_again(q, at);
        }
        self.scores = Some(scoring::score(q, &self.responses()));
        self.status = Status::Complete;
        self.completed_at = Some(at);
        self.touch(at);
    }

    /// When its results were last recorded: when it was completed, or a draft's last
    /// change. Its results are shown with the ecosystem map that stood at this moment.
    pub fn recorded_at(&self) -> Timestamp {
        self.completed_at.unwrap_or(self.updated_at)
    }

    /// The scores: the snapshot of a complete assessment (held to today's coverage rules,
    /// which an older ecoready may not have applied, and titled in `q`'s language, which
    /// may not be the one it was answered in), or computed now for a draft.
    pub fn current_scores(&self, q: &Questionnaire) -> Scores {
        match (&self.scores, self.status) {
            (Some(scores), Status::Complete) => {
                scores.clone().with_coverage_rules().with_titles_of(q)
            }
            _ => scoring::score(q, &self.responses()),
        }
    }

    fn touch(&mut self, at: Timestamp) {
        self.updated_at = at;
    }

    /// The record for `item`, created in questionnaire order if missing.
    fn entry(&mut self, q: &Questionnaire, item: &str) -> &mut Answer {
        let position = match self.answers.iter().position(|a| a.item == item) {
            Some(position) => position,
            None => {
                let order = |id: &str| q.find_item(id).map_or(usize::MAX, |r| r.index);
                let wanted = order(item);
                let at = self
                    .answers
                    .iter()
                    .position(|a| order(&a.item) > wanted)
                    .unwrap_or(self.answers.len());
                self.answers.insert(at, Answer::new(item));
                at
            }
        };
        &mut self.answers[position]
    }

    fn prune(&mut self) {
        self.answers.retain(|a| !a.is_empty());
    }
}

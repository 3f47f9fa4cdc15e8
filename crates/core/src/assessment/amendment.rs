//! Changes made to an assessment after it was first completed, kept in the file so a
//! correction never hides what was answered before: reopening, each changed answer, each
//! changed setup field, and the scores recomputed when it is completed again.

use serde::{Deserialize, Serialize};

use super::{Assessment, Mode, Response, Setup, Status, Timestamp};
use crate::limits::MAX_AMENDMENTS;
use crate::questionnaire::Questionnaire;
use crate::scoring;

/// Why an assessment cannot be amended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmendRefusal {
    /// Only a complete assessment is reopened; a draft is simply continued.
    NotComplete,
    /// The log has no room for what this change may add.
    LogFull,
}

impl std::fmt::Display for AmendRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AmendRefusal::NotComplete => f.write_str(crate::tr!("core-amend-not-complete")),
            AmendRefusal::LogFull => {
                f.write_str(&crate::tr!("core-amend-log-full", max = MAX_AMENDMENTS))
            }
        }
    }
}

impl std::error::Error for AmendRefusal {}

/// One entry of an assessment's amendment log, oldest first in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case", deny_unknown_fields)]
pub enum Amendment {
    /// A complete assessment was opened again to change answers.
    Reopened {
        /// When.
        at: Timestamp,
        /// Why, as the person reopening it said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// An answer changed after completion.
    Answer {
        /// When.
        at: Timestamp,
        /// The item's id.
        item: String,
        /// The response before (none: no response).
        old: Option<Response>,
        /// The response after (none: the response was removed).
        new: Option<Response>,
    },
    /// A setup field (organization, respondent, round...) changed after completion.
    Setup {
        /// When.
        at: Timestamp,
        /// Which field.
        field: SetupField,
        /// Its value before (empty: none).
        old: String,
        /// Its value after (empty: none).
        new: String,
        /// Why, as the person editing it said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// Completed again: the scores snapshot was recomputed from the amended answers.
    ScoresRecomputed {
        /// When.
        at: Timestamp,
        /// The overall score before (none: not enough answers for one).
        overall_before: Option<f64>,
        /// The overall score after.
        overall_after: Option<f64>,
    },
}

impl Amendment {
    /// When the change was made.
    pub fn at(&self) -> Timestamp {
        match self {
            Amendment::Reopened { at, .. }
            | Amendment::Answer { at, .. }
            | Amendment::Setup { at, .. }
            | Amendment::ScoresRecomputed { at, .. } => *at,
        }
    }
}

/// A field of an assessment's setup, as named in the amendment log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetupField {
    /// The organization's name.
    Organization,
    /// The organization's sector.
    Sector,
    /// The respondent's name.
    Respondent,
    /// The respondent's role.
    Role,
    /// Self-assessment or interview.
    Mode,
    /// The advisor's name.
    Advisor,
    /// The round label.
    Round,
}

impl SetupField {
    /// How people call the field.
    pub fn label(self) -> &'static str {
        match self {
            SetupField::Organization => "organization",
            SetupField::Sector => "sector",
            SetupField::Respondent => "respondent",
            SetupField::Role => "role",
            SetupField::Mode => "mode",
            SetupField::Advisor => "advisor",
            SetupField::Round => "round",
        }
    }

    /// The field's name as a sentence in the current language shows it.
    pub fn shown_label(self) -> &'static str {
        match self {
            SetupField::Organization => crate::tr!("core-setup-field-organization"),
            SetupField::Sector => crate::tr!("core-setup-field-sector"),
            SetupField::Respondent => crate::tr!("core-setup-field-respondent"),
            SetupField::Role => crate::tr!("core-setup-field-role"),
            SetupField::Mode => crate::tr!("core-setup-field-mode"),
            SetupField::Advisor => crate::tr!("core-setup-field-advisor"),
            SetupField::Round => crate::tr!("core-setup-field-round"),
        }
    }
}

/// How a mode is written in the file and in the amendment log.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => "self",
        Mode::Interview => "interview",
    }
}

impl Assessment {
    /// The setup it was started with, as last edited.
    pub fn setup(&self) -> Setup {
        Setup {
            organization: self.organization.clone(),
            respondent: self.respondent.clone(),
            mode: self.mode,
            advisor: self.advisor.clone(),
            round: self.round.clone(),
        }
    }

    /// Whether it was completed at least once: changes to it are then logged.
    pub fn was_completed(&self) -> bool {
        self.completed_at.is_some()
    }

    /// Whether it was completed once and is open again for changes.
    pub fn is_reopened(&self) -> bool {
        self.status == Status::Draft && self.was_completed()
    }

    /// Replaces the setup; on an assessment completed before, every field that changes is
    /// logged with its old and new value and `reason`. Returns the fields that changed.
    pub fn edit_setup(
        &mut self,
        setup: Setup,
        reason: Option<String>,
        at: Timestamp,
    ) -> Result<Vec<SetupField>, AmendRefusal> {
        // Seven fields: at most seven entries.
        self.room_for(7)?;
        let blank_is_none = |v: Option<String>| v.filter(|t| !t.trim().is_empty());
        let (advisor, round) = (blank_is_none(setup.advisor), blank_is_none(setup.round));
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let changes = [
            (
                SetupField::Organization,
                self.organization.name.clone(),
                setup.organization.name.clone(),
            ),
            (
                SetupField::Sector,
                self.organization.sector.clone(),
                setup.organization.sector.clone(),
            ),
            (
                SetupField::Respondent,
                self.respondent.name.clone(),
                setup.respondent.name.clone(),
            ),
            (
                SetupField::Role,
                self.respondent.role.clone(),
                setup.respondent.role.clone(),
            ),
            (
                SetupField::Mode,
                mode_name(self.mode).to_string(),
                mode_name(setup.mode).to_string(),
            ),
            (SetupField::Advisor, text(&self.advisor), text(&advisor)),
            (SetupField::Round, text(&self.round), text(&round)),
        ];
        let changed: Vec<_> = changes
            .into_iter()
            .filter(|(_, old, new)| old != new)
            .collect();
        if self.was_completed() {
            let reason = reason.filter(|r| !r.trim().is_empty());
            self.amendments
                .extend(changed.iter().map(|(field, old, new)| Amendment::Setup {
                    at,
                    field: *field,
                    old: old.clone(),
                    new: new.clone(),
                    reason: reason.clone(),
                }));
        }
        self.organization = setup.organization;
        self.respondent = setup.respondent;
        self.mode = setup.mode;
        self.advisor = advisor;
        self.round = round;
        if !changed.is_empty() {
            self.touch(at);
        }
        Ok(changed.into_iter().map(|(field, _, _)| field).collect())
    }

    fn room_for(&self, entries: usize) -> Result<(), AmendRefusal> {
        if self.was_completed() && self.amendments.len() + entries > MAX_AMENDMENTS {
            return Err(AmendRefusal::LogFull);
        }
        Ok(())
    }

    /// Opens a complete assessment of `q` again for changes to its answers: it becomes a
    /// draft (its snapshot and first completion date are kept until it is completed
    /// again) and the walk starts at the first question. Refused, and nothing changes, if
    /// it is not complete or its log has no room for a change of every item.
    pub fn reopen(
        &mut self,
        q: &Questionnaire,
        reason: Option<String>,
        at: Timestamp,
    ) -> Result<(), AmendRefusal> {
        if self.status != Status::Complete {
            return Err(AmendRefusal::NotComplete);
        }
        // The reopening, one entry per item at most (see `log_answer_change`), the
        // recomputed scores.
        self.room_for(q.item_count() + 2)?;
        self.status = Status::Draft;
        self.position = 0;
        let reason = reason.filter(|r| !r.trim().is_empty());
        self.amendments.push(Amendment::Reopened { at, reason });
        self.touch(at);
        Ok(())
    }

    /// When it was last completed again after an amendment, if ever.
    pub fn amended_at(&self) -> Option<Timestamp> {
        self.amendments.iter().rev().find_map(|a| match a {
            Amendment::ScoresRecomputed { at, .. } => Some(*at),
            _ => None,
        })
    }

    /// Logs a change of `item`'s response made while reopened. Changed again in the same
    /// reopening, its entry says the first old answer and the latest new one (and goes
    /// when they are the same again), so a reopening logs each item once at most.
    pub(super) fn log_answer_change(
        &mut self,
        item: &str,
        old: Option<Response>,
        new: Option<Response>,
        at: Timestamp,
    ) {
        if !self.is_reopened() || old == new {
            return;
        }
        let this_reopening = self
            .amendments
            .iter()
            .rposition(|a| matches!(a, Amendment::Reopened { .. }))
            .map_or(0, |i| i + 1);
        let earlier = self.amendments[this_reopening..]
            .iter()
            .position(|a| matches!(a, Amendment::Answer { item: i, .. } if i == item))
            .map(|i| i + this_reopening);
        let first_old = match earlier {
            Some(i) => match self.amendments.remove(i) {
                Amendment::Answer { old, .. } => old,
                _ => old,
            },
            None => old,
        };
        if first_old != new {
            self.amendments.push(Amendment::Answer {
                at,
                item: item.to_string(),
                old: first_old,
                new,
            });
        }
    }

    /// Completes it again after a reopening: the snapshot is recomputed and the log says
    /// so with the overall score before and after; the first completion date is kept.
    pub(super) fn complete_again(&mut self, q: &Questionnaire, at: Timestamp) {
        let before = self
            .scores
            .clone()
            .and_then(|s| s.with_coverage_rules().overall.value);
        let scores = scoring::score(q, &self.responses());
        self.amendments.push(Amendment::ScoresRecomputed {
            at,
            overall_before: before,
            overall_after: scores.overall.value,
        });
        self.scores = Some(scores);
        self.status = Status::Complete;
        self.touch(at);
    }
}

#[cfg(test)]
mod tests;

//! The amendment log as `show --json` and every report give it: each change after the
//! first completion with its date and one sentence saying what changed, written here once
//! so every format says it alike.

use serde::Serialize;

use super::{serialize_rfc3339, serialize_rfc3339_option};
use crate::assessment::{Amendment, Assessment, Response, SetupField, Timestamp};
use crate::questionnaire::Questionnaire;

/// An assessment's amendment log, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AmendmentsSummary {
    /// When it was last completed again after an amendment (RFC 3339), or null; its
    /// first completion stays `completed_at`.
    #[serde(serialize_with = "serialize_rfc3339_option")]
    pub amended_at: Option<Timestamp>,
    /// Every change after the first completion, oldest first (empty: none).
    pub entries: Vec<AmendmentEntry>,
}

/// One change after the first completion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AmendmentEntry {
    /// `reopened`, `answer`, `setup` or `scores_recomputed`.
    pub change: &'static str,
    /// When (RFC 3339 with offset).
    #[serde(serialize_with = "serialize_rfc3339")]
    pub at: Timestamp,
    /// The item whose answer changed (`answer` only).
    pub item: Option<String>,
    /// The setup field that changed (`setup` only).
    pub field: Option<SetupField>,
    /// The value before, as shown: an answer's value, "don't know" or "no answer"; a
    /// setup field's text ("" when it had none). Null for the other changes.
    pub old: Option<String>,
    /// The value after, as `old`.
    pub new: Option<String>,
    /// The reason given (reopening, setup edits), or null.
    pub reason: Option<String>,
    /// `scores_recomputed`: the overall score before and after (null: not enough
    /// answers for one, or another change).
    pub overall_before: Option<f64>,
    /// As `overall_before`, after.
    pub overall_after: Option<f64>,
    /// One sentence saying what changed (not escaped).
    pub description: String,
}

impl AmendmentsSummary {
    /// The log of `assessment`, its items named as `questionnaire` words them.
    pub fn new(assessment: &Assessment, questionnaire: &Questionnaire) -> Self {
        Self {
            amended_at: assessment.amended_at(),
            entries: assessment
                .amendments
                .iter()
                .map(|a| AmendmentEntry::new(a, questionnaire))
                .collect(),
        }
    }

    /// Whether the assessment was ever changed after completion.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// An answer as the log shows it.
fn answer_text(response: Option<Response>) -> String {
    match response {
        Some(Response::Value(v)) => v.to_string(),
        Some(Response::DontKnow) => "don't know".to_string(),
        None => "no answer".to_string(),
    }
}

/// An answer as the log's sentence shows it, in the current language.
fn answer_words(response: Option<Response>) -> String {
    match response {
        Some(Response::Value(v)) => v.to_string(),
        Some(Response::DontKnow) => crate::tr!("core-amend-dont-know").to_owned(),
        None => crate::tr!("core-amend-no-answer").to_owned(),
    }
}

fn quoted_or_none(text: &str) -> String {
    match text.trim() {
        "" => crate::tr!("core-amend-none").to_owned(),
        text => crate::tr!("core-amend-quoted", text = text),
    }
}

fn one_decimal(score: Option<f64>) -> String {
    score.map_or_else(
        || crate::scoring::not_enough_answers().to_string(),
        |v| crate::i18n::decimal(v, 1),
    )
}

impl AmendmentEntry {
    fn new(amendment: &Amendment, questionnaire: &Questionnaire) -> Self {
        let blank = Self {
            change: "",
            at: amendment.at(),
            item: None,
            field: None,
            old: None,
            new: None,
            reason: None,
            overall_before: None,
            overall_after: None,
            description: String::new(),
        };
        let with_reason = |sentence: String, reason: &Option<String>| match reason {
            Some(reason) => crate::tr!(
                "core-amend-with-reason",
                sentence = sentence,
                reason = reason.as_str()
            ),
            None => sentence,
        };
        match amendment {
            Amendment::Reopened { reason, .. } => Self {
                change: "reopened",
                reason: reason.clone(),
                description: with_reason(crate::tr!("core-amend-reopened").into(), reason),
                ..blank
            },
            Amendment::Answer { item, old, new, .. } => {
                let description = match questionnaire.find_item(item) {
                    Some(r) => crate::tr!(
                        "core-amend-answer",
                        number = (r.index + 1).to_string(),
                        text = r.item.text.as_str(),
                        item = item.as_str(),
                        old = answer_words(*old),
                        new = answer_words(*new)
                    ),
                    None => crate::tr!(
                        "core-amend-answer-unknown-item",
                        item = item.as_str(),
                        old = answer_words(*old),
                        new = answer_words(*new)
                    ),
                };
                let (old, new) = (answer_text(*old), answer_text(*new));
                Self {
                    change: "answer",
                    item: Some(item.clone()),
                    description,
                    old: Some(old),
                    new: Some(new),
                    ..blank
                }
            }
            Amendment::Setup {
                field,
                old,
                new,
                reason,
                ..
            } => {
                let sentence = crate::tr!(
                    "core-amend-setup",
                    field = field.shown_label(),
                    old = quoted_or_none(old),
                    new = quoted_or_none(new)
                );
                Self {
                    change: "setup",
                    field: Some(*field),
                    old: Some(old.clone()),
                    new: Some(new.clone()),
                    reason: reason.clone(),
                    description: with_reason(sentence, reason),
                    ..blank
                }
            }
            Amendment::ScoresRecomputed {
                overall_before,
                overall_after,
                ..
            } => Self {
                change: "scores_recomputed",
                overall_before: *overall_before,
                overall_after: *overall_after,
                description: crate::tr!(
                    "core-amend-scores-recomputed",
                    before = one_decimal(*overall_before),
                    after = one_decimal(*overall_after)
                ),
                ..blank
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    #[test]
    fn each_change_is_said_in_one_sentence() {
        let text = include_str!("../../../../tests/fixtures/assessments/v2.yaml");
        let a: Assessment = yaml::from_str(text).unwrap();
        // The version of the quick check the fixture answered.
        let loaded = crate::questionnaire::builtin_with_digest(&a.questionnaire.digest).unwrap();
        let log = AmendmentsSummary::new(&a, &loaded.questionnaire);
        let said: Vec<&str> = log.entries.iter().map(|e| e.description.as_str()).collect();
        let item = loaded.questionnaire.find_item("sv_goal_3").unwrap();
        assert_eq!(
            said,
            vec![
                "Reopened to change answers (reason: Ana corrected the first answer)".to_string(),
                format!(
                    "Question {} \"{}\" (sv_goal_3): changed from 2 to 1",
                    item.index + 1,
                    item.item.text
                ),
                "Setup: round changed from \"base line\" to \"baseline\"".to_string(),
                "Completed again: scores recomputed (overall 51.2 before, 50.0 after)".to_string(),
            ]
        );
        assert_eq!(log.entries[1].old.as_deref(), Some("2"));
        assert_eq!(log.amended_at, Some(log.entries[3].at));
    }

    #[test]
    fn the_log_speaks_the_current_language_and_its_data_stays_as_recorded() {
        let text = include_str!("../../../../tests/fixtures/assessments/v2.yaml");
        let a: Assessment = yaml::from_str(text).unwrap();
        let loaded = crate::questionnaire::builtin_with_digest(&a.questionnaire.digest).unwrap();
        let log = crate::i18n::with_lang(crate::i18n::Lang::De, || {
            AmendmentsSummary::new(&a, &loaded.questionnaire)
        });
        let said: Vec<&str> = log.entries.iter().map(|e| e.description.as_str()).collect();
        assert_eq!(
            said[0],
            "Wieder geöffnet, um Antworten zu ändern (Grund: Ana corrected the first answer)"
        );
        assert_eq!(
            said[2],
            "Angaben: Runde von „base line“ auf „baseline“ geändert"
        );
        assert_eq!(
            said[3],
            "Erneut abgeschlossen: Punktwerte neu berechnet (gesamt 51,2 vorher, 50,0 nachher)"
        );
        // The values themselves are data: as recorded, whatever the language.
        assert_eq!(log.entries[1].old.as_deref(), Some("2"));
        assert_eq!(log.entries[2].new.as_deref(), Some("baseline"));
    }
}

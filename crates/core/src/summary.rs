//! The stable JSON documents printed by `--json` (and embedded in reports), built from the
//! core types. Pure: no terminal and no disk.
//!
//! The shapes are a public contract documented in the README: fields may be added, but
//! none is renamed, removed or changes type without raising [`JSON_SCHEMA_VERSION`].

pub mod caveat;
pub mod history;
pub mod text;

pub use caveat::{Unfinished, caveat};

use chrono::SecondsFormat;
use serde::Serialize;

use crate::assessment::{
    Assessment, Mode, Organization, QuestionnaireRef, Respondent, Response, Status, Timestamp,
};
use crate::questionnaire::{Loaded, Questionnaire};
use crate::scoring::{self, FacetRef, Missing, NOT_ENOUGH_ANSWERS, Score, Scores};

/// Version of the JSON documents' shape; every document carries it as `schema_version`.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// `ecoready list --json`: every assessment listed, newest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// One summary per assessment.
    pub assessments: Vec<AssessmentSummary>,
}

impl ListDocument {
    /// A list document holding these summaries.
    pub fn new(assessments: Vec<AssessmentSummary>) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            assessments,
        }
    }
}

/// `ecoready show --json`: one assessment with its answers and advice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShowDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The assessment.
    pub assessment: AssessmentDetail,
}

impl ShowDocument {
    /// A show document for this assessment.
    pub fn new(assessment: AssessmentDetail) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            assessment,
        }
    }
}

/// `ecoready questionnaires --json`: every questionnaire available.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnairesDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Built-in questionnaires first, then the user's.
    pub questionnaires: Vec<QuestionnaireSummary>,
}

impl QuestionnairesDocument {
    /// A questionnaires document holding these summaries.
    pub fn new(questionnaires: Vec<QuestionnaireSummary>) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            questionnaires,
        }
    }
}

/// Who, when, which questionnaire, and the scores of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentSummary {
    /// The full assessment id.
    pub id: String,
    /// `draft` or `complete`.
    pub status: Status,
    /// The firm: `name`, `sector`.
    pub organization: Organization,
    /// The person answering: `name`, `role`.
    pub respondent: Respondent,
    /// `self` or `interview`.
    pub mode: Mode,
    /// The advisor's name, or null.
    pub advisor: Option<String>,
    /// The round label, or null.
    pub round: Option<String>,
    /// The questionnaire: `id`, `version`, `digest`.
    pub questionnaire: QuestionnaireRef,
    /// RFC 3339 with offset.
    pub started_at: String,
    /// RFC 3339 with offset.
    pub updated_at: String,
    /// RFC 3339 with offset, null for a draft.
    pub completed_at: Option<String>,
    /// Items with a response: a value or "don't know".
    pub answered: usize,
    /// Items in the questionnaire.
    pub total_items: usize,
    /// "Draft: not finished, ..." or "Partial: N dimensions without a score (...)"; null
    /// for a complete assessment with every dimension scored.
    pub caveat: Option<String>,
    /// The scores (the completion snapshot, or computed now for a draft).
    pub scores: ScoresSummary,
}

impl AssessmentSummary {
    /// The summary of `assessment` with its `scores`.
    pub fn new(assessment: &Assessment, scores: &Scores) -> Self {
        Self {
            id: assessment.id.clone(),
            status: assessment.status,
            organization: assessment.organization.clone(),
            respondent: assessment.respondent.clone(),
            mode: assessment.mode,
            advisor: assessment.advisor.clone(),
            round: assessment.round.clone(),
            questionnaire: assessment.questionnaire.clone(),
            started_at: rfc3339(&assessment.started_at),
            updated_at: rfc3339(&assessment.updated_at),
            completed_at: assessment.completed_at.as_ref().map(rfc3339),
            answered: scores.overall.responded(),
            total_items: scores.overall.total,
            caveat: caveat(assessment.status, scores),
            scores: ScoresSummary::new(scores),
        }
    }
}

/// Overall, per-dimension and per-facet scores, and the weakest areas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoresSummary {
    /// Overall readiness.
    pub overall: ScoreSummary,
    /// Every dimension, in questionnaire order.
    pub dimensions: Vec<DimensionSummary>,
    /// Id of the lowest-scoring dimension, or null when none has a score.
    pub weakest_dimension: Option<String>,
    /// `{dimension, facet}` of the lowest-scoring facet, or null when none has a score.
    pub weakest_facet: Option<FacetRef>,
}

impl ScoresSummary {
    /// The summary of `scores`.
    pub fn new(scores: &Scores) -> Self {
        Self {
            overall: ScoreSummary::new(&scores.overall, scores.overall_missing()),
            dimensions: scores
                .dimensions
                .iter()
                .map(|d| DimensionSummary {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    score: ScoreSummary::new(&d.score, d.missing()),
                    facets: d
                        .facets
                        .iter()
                        .map(|f| FacetSummary {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            score: ScoreSummary::new(&f.score, f.missing()),
                        })
                        .collect(),
                })
                .collect(),
            weakest_dimension: scores.weakest_dimension.clone(),
            weakest_facet: scores.weakest_facet.clone(),
        }
    }
}

/// One score as printed: full precision, on 0-100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreSummary {
    /// 0-100, or null when there were not enough answers.
    pub score: Option<f64>,
    /// The band's name, or null without a score.
    pub band: Option<String>,
    /// Items answered with a value.
    pub answered: usize,
    /// Items answered "don't know".
    pub dont_know: usize,
    /// Items in scope.
    pub total: usize,
    /// `answered / total`, 0-1.
    pub coverage: f64,
    /// More than 30% of the items were answered "don't know".
    pub knowledge_gap: bool,
    /// Why there is no score (null when there is one).
    pub missing: Option<MissingSummary>,
}

impl ScoreSummary {
    /// The summary of one score, with what it lacks when it has no value.
    pub fn new(score: &Score, missing: Option<Missing>) -> Self {
        Self {
            score: score.value,
            band: score.band.clone(),
            answered: score.answered,
            dont_know: score.dont_know,
            total: score.total,
            coverage: score.coverage(),
            knowledge_gap: score.knowledge_gap(),
            missing: missing.map(MissingSummary::new),
        }
    }

    /// What surfaces show in place of the value of a score without one: "not enough
    /// answers: 1 of 3 facets scored (needs 2)" (not sanitized); `None` with a value.
    pub fn not_enough_answers(&self) -> Option<String> {
        if self.score.is_some() {
            return None;
        }
        Some(match &self.missing {
            Some(missing) => missing.what.sentence(),
            None => NOT_ENOUGH_ANSWERS.to_string(),
        })
    }
}

/// What a score without a value lacks: the parts the coverage rules count, and in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingSummary {
    /// `kind` (`items`, `facets` or `dimensions`) and its counts or names, inline.
    #[serde(flatten)]
    pub what: Missing,
    /// In words, e.g. "1 of 3 facets scored (needs 2)" or "Communication has no score".
    pub text: String,
}

impl MissingSummary {
    /// The summary of what is missing.
    pub fn new(what: Missing) -> Self {
        Self {
            text: what.to_string(),
            what,
        }
    }
}

/// A dimension's score and its facets' scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionSummary {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The score fields, inline.
    #[serde(flatten)]
    pub score: ScoreSummary,
    /// Its facets, in questionnaire order.
    pub facets: Vec<FacetSummary>,
}

/// A facet's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetSummary {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The score fields, inline.
    #[serde(flatten)]
    pub score: ScoreSummary,
}

/// Everything `show` prints: the summary, every item's answer, and the advice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentDetail {
    /// The same fields as in `list`, inline.
    #[serde(flatten)]
    pub summary: AssessmentSummary,
    /// Every item of the questionnaire, in the order asked.
    pub answers: Vec<AnswerSummary>,
    /// Next steps for each scored dimension at its band.
    pub advice: Vec<AdviceSummary>,
}

impl AssessmentDetail {
    /// The detail of `assessment`, answered against `questionnaire`, with its `scores`.
    pub fn new(assessment: &Assessment, questionnaire: &Questionnaire, scores: &Scores) -> Self {
        let answers = questionnaire
            .items()
            .map(|r| {
                let recorded = assessment.answer(&r.item.id);
                let response = recorded.and_then(|a| a.response);
                AnswerSummary {
                    item: r.item.id.clone(),
                    text: r.item.text.clone(),
                    dimension: r.dimension.id.clone(),
                    facet: r.facet.id.clone(),
                    response,
                    score: response.and_then(|v| scoring::item_score(questionnaire, r.item, v)),
                    note: recorded.map(|a| a.note.clone()).unwrap_or_default(),
                    flagged: recorded.is_some_and(|a| a.flagged),
                    answered_at: recorded.and_then(|a| a.answered_at.as_ref().map(rfc3339)),
                }
            })
            .collect();
        let advice = scores
            .dimensions
            .iter()
            .filter_map(|d| {
                let band = d.score.band.as_ref()?;
                Some(AdviceSummary {
                    dimension: d.id.clone(),
                    band: band.clone(),
                    steps: questionnaire.advice_for(&d.id, band).to_vec(),
                })
            })
            .collect();
        Self {
            summary: AssessmentSummary::new(assessment, scores),
            answers,
            advice,
        }
    }
}

/// One item and what was recorded for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerSummary {
    /// Item id.
    pub item: String,
    /// The item's text.
    pub text: String,
    /// Id of its dimension.
    pub dimension: String,
    /// Id of its facet.
    pub facet: String,
    /// A number, `"dont_know"`, or null when unanswered.
    pub response: Option<Response>,
    /// The item's score on 0-100 (reverse items already reversed), or null.
    pub score: Option<f64>,
    /// The note, empty when none.
    pub note: String,
    /// Marked for review.
    pub flagged: bool,
    /// RFC 3339 with offset, or null.
    pub answered_at: Option<String>,
}

/// The questionnaire's next steps for one dimension at its band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdviceSummary {
    /// Dimension id.
    pub dimension: String,
    /// The band the dimension's score falls in.
    pub band: String,
    /// The steps, empty when the questionnaire gives none.
    pub steps: Vec<String>,
}

/// One questionnaire that `new --questionnaire` can use.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireSummary {
    /// Questionnaire id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// Its title.
    pub title: String,
    /// How many items it has.
    pub items: usize,
    /// Roughly how many minutes answering takes, or null.
    pub minutes: Option<u32>,
    /// `built-in`, or the file it was read from.
    pub origin: String,
    /// SHA-256 of its text, hex.
    pub digest: String,
}

impl QuestionnaireSummary {
    /// The summary of a loaded questionnaire.
    pub fn new(loaded: &Loaded) -> Self {
        let q = &loaded.questionnaire;
        Self {
            id: q.id.clone(),
            version: q.version.clone(),
            title: q.title.clone(),
            items: q.item_count(),
            minutes: q.minutes,
            origin: loaded.origin.clone(),
            digest: loaded.digest.clone(),
        }
    }
}

/// A timestamp as RFC 3339 with its offset (never shortened to `Z`).
pub fn rfc3339(at: &Timestamp) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_keep_their_offset_even_at_utc() {
        let at = chrono::DateTime::parse_from_rfc3339("2025-06-01T12:00:00Z").unwrap();
        assert_eq!(rfc3339(&at), "2025-06-01T12:00:00+00:00");
    }

    #[test]
    fn score_fields_sit_inline_in_a_facet() {
        let score = Score {
            value: None,
            band: None,
            answered: 1,
            dont_know: 2,
            total: 4,
        };
        let facet = FacetSummary {
            id: "sense".to_string(),
            title: "Sense".to_string(),
            score: ScoreSummary::new(
                &score,
                Some(Missing::Items {
                    answered: 1,
                    total: 4,
                    needed: 3,
                }),
            ),
        };
        // coverage = answered / total = 1 / 4; knowledge gap: 2 / 4 = 0.5 > 0.3.
        assert_eq!(
            serde_json::to_value(&facet).unwrap(),
            serde_json::json!({
                "id": "sense", "title": "Sense", "score": null, "band": null, "answered": 1,
                "dont_know": 2, "total": 4, "coverage": 0.25, "knowledge_gap": true,
                "missing": { "kind": "items", "answered": 1, "total": 4, "needed": 3,
                             "text": "1 of 4 answered (needs 3)" }
            })
        );
        assert_eq!(
            facet.score.not_enough_answers().as_deref(),
            Some("not enough answers: 1 of 4 answered (needs 3)")
        );
    }
}

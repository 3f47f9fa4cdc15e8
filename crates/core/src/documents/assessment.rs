//! The `list --json` and `show --json` documents: one assessment's who, when, which
//! questionnaire and scores, and for `show` every answer, the next steps and the advice.

use serde::Serialize;

use super::amendments::AmendmentsSummary;
use super::plan::CheckInPlanSummary;
use super::scores::ScoresSummary;
use super::{JSON_SCHEMA_VERSION, caveat, serialize_rfc3339, serialize_rfc3339_option};
use crate::assessment::{
    Assessment, Mode, Organization, QuestionnaireRef, Respondent, Response, SetupField, Status,
    Timestamp,
};
use crate::next_steps::{self, FacetSteps};
use crate::peers::PeerStanding;
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Scores};

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

/// [`ListDocument`] with its summaries made as it is written (by the reports' JSON
/// writer, which writes as it goes): the same JSON, without every summary held at once. It can be written once; written again, its list is empty.
pub struct ListDocumentStream<I> {
    assessments: std::cell::Cell<Option<I>>,
}

impl<I: Iterator<Item = AssessmentSummary>> ListDocumentStream<I> {
    /// The list document of the summaries `assessments` gives.
    pub fn new(assessments: I) -> Self {
        Self {
            assessments: std::cell::Cell::new(Some(assessments)),
        }
    }
}

impl<I: Iterator<Item = AssessmentSummary>> Serialize for ListDocumentStream<I> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        /// The list, made as it is written.
        struct Summaries<I>(std::cell::Cell<Option<I>>);
        impl<I: Iterator<Item = AssessmentSummary>> Serialize for Summaries<I> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.0.take().into_iter().flatten())
            }
        }
        let mut document = serializer.serialize_struct("ListDocument", 2)?;
        document.serialize_field("schema_version", &JSON_SCHEMA_VERSION)?;
        document.serialize_field("assessments", &Summaries(self.assessments.take().into()))?;
        document.end()
    }
}

/// `ecoready show --json`: one assessment with its answers, next steps and advice.
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

/// `ecoready edit --json`: which setup fields changed, and the assessment as saved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EditDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The fields whose value changed (`organization`, `sector`, `respondent`, `role`,
    /// `mode`, `advisor`, `round`); empty when nothing changed and nothing was written.
    pub changed: Vec<SetupField>,
    /// The assessment as saved, with the fields of `list`.
    pub assessment: AssessmentSummary,
}

impl EditDocument {
    /// The document of an edit that changed `changed`.
    pub fn new(changed: Vec<SetupField>, assessment: AssessmentSummary) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            changed,
            assessment,
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
    #[serde(serialize_with = "serialize_rfc3339")]
    pub started_at: Timestamp,
    /// RFC 3339 with offset.
    #[serde(serialize_with = "serialize_rfc3339")]
    pub updated_at: Timestamp,
    /// RFC 3339 with offset, null for a draft.
    #[serde(serialize_with = "serialize_rfc3339_option")]
    pub completed_at: Option<Timestamp>,
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
    /// The caveat in the current language (the `caveat` field keeps English for JSON).
    pub fn shown_caveat(&self) -> Option<String> {
        let unscored: Vec<&str> = self
            .scores
            .dimensions
            .iter()
            .filter(|d| d.score.score.is_none())
            .map(|d| d.title.as_str())
            .collect();
        super::caveat::caveat_text(self.status, self.answered, self.total_items, &unscored)
    }

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
            started_at: assessment.started_at,
            updated_at: assessment.updated_at,
            completed_at: assessment.completed_at,
            answered: scores.overall.responded(),
            total_items: scores.overall.total,
            // JSON keeps English words; reports word it anew ([`Self::shown_caveat`]).
            caveat: crate::i18n::with_lang(crate::i18n::Lang::En, || {
                caveat(assessment.status, scores)
            }),
            scores: ScoresSummary::new(scores),
        }
    }
}

/// Everything `show` prints: the summary, every item's answer, the next steps and the
/// advice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentDetail {
    /// The same fields as in `list`, inline.
    #[serde(flatten)]
    pub summary: AssessmentSummary,
    /// Every item of the questionnaire, in the order asked.
    pub answers: Vec<AnswerSummary>,
    /// On a questionnaire whose items all describe levels: every facet's next steps,
    /// weakest first; null on one with agreement items, which keeps `advice` instead.
    pub next_steps: Option<Vec<FacetSteps>>,
    /// The questionnaire's advice for each scored dimension at its band (empty when it
    /// gives none).
    pub advice: Vec<AdviceSummary>,
    /// Every change made after the first completion, and when it was last completed
    /// again.
    pub amendments: AmendmentsSummary,
    /// Where a complete assessment stands among the other firms and imported norms
    /// (`docs/norms.md`); absent for a draft and wherever it was not asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peers: Option<PeerStanding>,
    /// The plan this check-in reviewed and the plan made from it (see
    /// [`CheckInPlanSummary`]); absent when it did neither, or where it was not asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<CheckInPlanSummary>,
}

impl AssessmentDetail {
    /// The same detail with bands named as `q` shows them (see
    /// [`ScoresSummary::with_band_labels`]), for reports a person reads.
    pub fn with_band_labels(&self, q: &Questionnaire) -> Self {
        let mut shown = self.clone();
        shown.summary.scores = shown.summary.scores.with_band_labels(q);
        for advice in &mut shown.advice {
            advice.band = q.band_label(&advice.band).to_owned();
        }
        let next_steps = shown.next_steps.iter_mut().flatten();
        for band in next_steps.filter_map(|facet| facet.band.as_mut()) {
            *band = q.band_label(band).to_owned();
        }
        shown
    }

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
                    answered_at: recorded.and_then(|a| a.answered_at),
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
            next_steps: next_steps::next_steps(questionnaire, &assessment.responses(), scores),
            advice,
            amendments: AmendmentsSummary::new(assessment, questionnaire),
            peers: None,
            plan: None,
        }
    }

    /// The same detail with where the assessment stands among peers.
    pub fn with_peers(mut self, peers: Option<PeerStanding>) -> Self {
        self.peers = peers;
        self
    }

    /// The same detail with the plan the check-in made and reviewed.
    pub fn with_plan(mut self, plan: Option<CheckInPlanSummary>) -> Self {
        self.plan = plan;
        self
    }
}

impl AssessmentDetail {
    /// The advice that has steps, each with its dimension's title (the id when the
    /// dimension is not among the scores): what every rendering lists as next steps.
    pub fn advice_with_titles(&self) -> impl Iterator<Item = (&str, &AdviceSummary)> {
        let dimensions = &self.summary.scores.dimensions;
        self.advice
            .iter()
            .filter(|a| !a.steps.is_empty())
            .map(|advice| {
                let title = dimensions
                    .iter()
                    .find(|d| d.id == advice.dimension)
                    .map_or(advice.dimension.as_str(), |d| d.title.as_str());
                (title, advice)
            })
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
    #[serde(serialize_with = "serialize_rfc3339_option")]
    pub answered_at: Option<Timestamp>,
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

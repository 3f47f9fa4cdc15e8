//! The `round --json` document.

use serde::Serialize;

use super::{JSON_SCHEMA_VERSION, serialize_rfc3339};
use crate::agreement::{
    APART_AT_LEAST, AgendaItem, CONTESTED_BELOW, RoundView, ScaleAgreement, Spread,
};
use crate::assessment::{Mode, QuestionnaireRef, Respondent, Status, Timestamp};

/// `ecoready round --org NAME [--round LABEL] --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The organization's name.
    pub organization: String,
    /// The round label.
    pub round: String,
    /// Agreement below this marks an area contested (0.5).
    pub contested_below: f64,
    /// The questionnaire the round is read on (`id`, `version`, `digest`), or null.
    pub questionnaire: Option<QuestionnaireRef>,
    /// Every complete assessment of the round on that questionnaire, oldest first.
    pub respondents: Vec<RoundRespondentSummary>,
    /// Drafts and assessments of another questionnaire in the round, with the reason.
    pub left_out: Vec<LeftOutRespondentSummary>,
    /// Spread of the overall scores; `rwg` is always null (scales are never pooled).
    pub overall: SpreadSummary,
    /// The dimension with the lowest agreement, or null.
    pub lowest_agreement: Option<LowestAgreementSummary>,
    /// Every dimension, with its facets.
    pub dimensions: Vec<DimensionSpreadSummary>,
    /// Item scores this far apart (0-100) or more put an item on the agenda (50).
    pub agenda_apart_at_least: f64,
    /// The items the respondents answered far apart, widest first: `item`, `text`,
    /// `dimension`, `facet`, `apart`, and `answers` in the order of `respondents`
    /// (`answer` in words or null, `score`, `note`).
    pub agenda: Vec<AgendaItem>,
    /// Every round label of the organization, newest first.
    pub rounds: Vec<String>,
}

impl RoundDocument {
    /// The document of a round view.
    pub fn new(view: &RoundView) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            organization: view.organization.clone(),
            round: view.round.clone(),
            contested_below: CONTESTED_BELOW,
            respondents: view
                .respondents
                .iter()
                .map(|r| RoundRespondentSummary {
                    id: r.id.clone(),
                    respondent: Respondent {
                        name: r.name.clone(),
                        role: r.role.clone(),
                    },
                    mode: r.mode,
                    date: r.date,
                    overall: r.overall,
                })
                .collect(),
            questionnaire: view.questionnaire.clone(),
            left_out: view
                .left_out
                .iter()
                .map(|l| LeftOutRespondentSummary {
                    id: l.id.clone(),
                    respondent: Respondent {
                        name: l.name.clone(),
                        role: l.role.clone(),
                    },
                    status: l.status,
                    reason: l.reason.clone(),
                })
                .collect(),
            overall: view.overall.clone(),
            lowest_agreement: view.lowest.as_ref().map(|l| LowestAgreementSummary {
                dimension: l.dimension.clone(),
                title: l.title.clone(),
                rwg: l.rwg,
                scale: l.scale.clone(),
                contested: l.contested,
            }),
            dimensions: view
                .dimensions
                .iter()
                .map(|d| DimensionSpreadSummary {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    spread: d.spread.clone(),
                    facets: d
                        .facets
                        .iter()
                        .map(|f| FacetSpreadSummary {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            spread: f.spread.clone(),
                        })
                        .collect(),
                })
                .collect(),
            agenda_apart_at_least: APART_AT_LEAST,
            agenda: view.agenda.clone(),
            rounds: view.rounds.clone(),
        }
    }
}

/// One respondent of a round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundRespondentSummary {
    /// The full assessment id.
    pub id: String,
    /// `name`, `role`.
    pub respondent: Respondent,
    /// `self` or `interview`.
    pub mode: Mode,
    /// Completion time, RFC 3339 with offset.
    #[serde(serialize_with = "serialize_rfc3339")]
    pub date: Timestamp,
    /// Their overall score, or null.
    pub overall: Option<f64>,
}

/// How far the respondents' scores on one area lie apart, as the round's own result
/// holds it: `respondents`, `mean`, `min`, `max`, `rwg` (the lowest of `by_scale`, null
/// with fewer than two answers on every item), `rwg_scale`, `by_scale`, `contested`, and
/// `scores`, each respondent's score in the order of `respondents`.
pub type SpreadSummary = Spread;

/// Agreement on the items of one answer scale: `scale`, `points`, `items`, `rwg`.
pub type ScaleAgreementSummary = ScaleAgreement;

/// A respondent of the round who takes no part in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOutRespondentSummary {
    /// The full assessment id.
    pub id: String,
    /// `name`, `role`.
    pub respondent: Respondent,
    /// `draft` or `complete`.
    pub status: Status,
    /// Why, in plain words.
    pub reason: String,
}

/// The least agreed dimension of a round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LowestAgreementSummary {
    /// Dimension id.
    pub dimension: String,
    /// Dimension title.
    pub title: String,
    /// Its rwg(j).
    pub rwg: f64,
    /// The answer scale it was computed on.
    pub scale: String,
    /// Below `contested_below`.
    pub contested: bool,
}

/// A dimension's spread, with its facets'.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionSpreadSummary {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The spread fields, inline.
    #[serde(flatten)]
    pub spread: SpreadSummary,
    /// Its facets.
    pub facets: Vec<FacetSpreadSummary>,
}

/// A facet's spread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetSpreadSummary {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The spread fields, inline.
    #[serde(flatten)]
    pub spread: SpreadSummary,
}
